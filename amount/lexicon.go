package amount

import (
	"github.com/axis-news/axis/internal/lex"

	_ "embed"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

//go:embed data/units.tsv
var unitsTSV string

// Kinds of lexicon entries (entry.flags).
const (
	fSymbol = 1 << iota
	fCode
	fCurrency
	fScale
	fVague
	fNumber
	fMeasure
	fPercent
	fApprox
	fAnaphor
	fNoncount
	fPlural
	fStop
	fVote
	fIndefinite
)

var kinds = map[string]uint32{
	"symbol": fSymbol, "code": fCode, "currency": fCurrency, "scale": fScale, "vague": fVague,
	"number": fNumber, "measure": fMeasure, "percent": fPercent, "approx": fApprox,
	"anaphor": fAnaphor, "noncount": fNoncount, "plural": fPlural, "stop": fStop, "vote": fVote,
	"indefinite": fIndefinite,
}

// entry is what the lexicon knows about a word or phrase; one may have
// several kinds ("over" is an approximator and a stop word).
type entry struct {
	flags    uint32
	words    int     // tokens in the phrase
	currency string  // symbol, code, currency
	unit     string  // measure, percent
	scale    float64 // scale; vague: the multiplier
	value    float64 // number, vague
}

// Lexicon is the compiled word list of the amount scanner.
type Lexicon struct {
	words   lex.Table[int32]
	list    []*entry          // entries by index; list[0] is nil     // single words and symbols
	phrases map[string]*entry // several words: "more than", "per cent"
	first   map[string]bool   // first words of phrases
	// starts has the signature bit (see table) of each word that may start
	// an amount: a scanner looks other words up only near numbers.
	starts lex.SigSet
	// needs has the signature bit of each word with one of the flags of
	// needed, and of the scale words: a sentence without a number or one
	// of those holds no amount.
	needs lex.SigSet
}

// needed are the flags of which every amount needs a word, unless it has a
// number: a number word ("two"), a vague or indefinite one ("dozens",
// "several") or a scale word after "a" or "an" ("a million").
const needed = fNumber | fVague | fIndefinite

func newLexicon() *Lexicon {
	lx := &Lexicon{phrases: map[string]*entry{}, first: map[string]bool{}, list: []*entry{nil}}
	lx.markStart("a") // a dozen, a million
	lx.markStart("an")
	return lx
}

// DefaultLexicon returns a new lexicon holding the embedded units.
func DefaultLexicon() (*Lexicon, error) {
	lx := newLexicon()
	if err := lx.Load(strings.NewReader(unitsTSV), "amount/data/units.tsv"); err != nil {
		return nil, err
	}
	return lx, nil
}

// LoadFile adds the entries of the file at path.
func (lx *Lexicon) LoadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	return lx.Load(f, path)
}

// Load adds entries read from r in the format of data/units.tsv:
// KIND<TAB>WORDS<TAB>UNIT<TAB>VALUE, '#' comments and blank lines ignored.
// Errors name the file and line.
func (lx *Lexicon) Load(r io.Reader, name string) error {
	return lex.ReadTSV(r, name, 4, func(f []string) error {
		return lx.add(f[0], strings.ToLower(f[1]), f[2], f[3])
	})
}

func (lx *Lexicon) markStart(w string) {
	lx.starts.Add(w)
}

// mayStart reports whether the word w may start an amount; false positives
// are fine (the word is then looked up), false negatives are not.
func (lx *Lexicon) mayStart(w string) bool {
	return lx.starts.Has(w)
}

// mayHold reports whether text[start:end] may hold an amount: whether it
// has a number, a word with one of the flags of needed, or a scale word
// right after "a" or "an".
func (lx *Lexicon) mayHold(text string, start, end int) bool {
	return lex.Mentions(text, start, end, &lx.needs, func(i, j int) bool {
		e, ok := lx.words.Get(text[i:j])
		if !ok {
			return false
		}
		f := lx.list[e].flags
		return f&needed != 0 || f&fScale != 0 && afterArticle(text, start, i)
	})
}

// afterArticle reports whether the word at i follows the word "a" or "an"
// in text[start:i] with only white space between, as Lex sees it. Where
// other than ASCII makes that unclear it says yes.
func afterArticle(text string, start, i int) bool {
	j := i
	for j > start && isSpaceByte(text[j-1]) {
		j--
	}
	if j > start && text[j-1] >= utf8.RuneSelf {
		return true // perhaps a space, perhaps a letter
	}
	if j == i {
		return false
	}
	k := j
	for k > start && isLetterByte(text[k-1]) {
		k--
	}
	if k > start && text[k-1] >= utf8.RuneSelf {
		return true
	}
	w := text[k:j]
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func (lx *Lexicon) add(kind, words, unit, val string) error {
	flag, ok := kinds[kind]
	if !ok {
		return fmt.Errorf("unknown kind %q", kind)
	}
	fields := strings.Fields(words)
	if len(fields) == 0 || len(fields) > 3 {
		return fmt.Errorf("%s: want one to three words, have %q", kind, words)
	}
	key := strings.Join(fields, " ")
	var e *entry
	if len(fields) > 1 {
		lx.first[fields[0]] = true
		if e = lx.phrases[key]; e == nil {
			e = &entry{words: len(fields)}
			lx.phrases[key] = e
		}
	} else if i, ok := lx.words.Get(key); ok {
		e = lx.list[i]
	} else {
		e = &entry{words: 1}
		lx.list = append(lx.list, e)
		lx.words.Put(key, int32(len(lx.list)-1))
	}
	e.flags |= flag
	if flag&(fNumber|fVague|fIndefinite|fCode|fSymbol) != 0 && len(fields) == 1 {
		lx.markStart(key)
	}
	if flag&(needed|fScale) != 0 && len(fields) == 1 {
		lx.needs.Add(key)
	}
	num := func(s string) (float64, error) {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v <= 0 {
			return 0, fmt.Errorf("%s %q: %q is not a positive number", kind, words, s)
		}
		return v, nil
	}
	var err error
	switch flag {
	case fSymbol, fCode, fCurrency:
		if len(unit) != 3 || strings.ToUpper(unit) != unit {
			return fmt.Errorf("%s %q: %q is not an ISO 4217 code", kind, words, unit)
		}
		e.currency = unit
	case fScale:
		e.scale, err = num(val)
	case fVague:
		if e.scale, err = num(unit); err == nil {
			e.value, err = num(val)
		}
	case fNumber, fIndefinite:
		e.value, err = num(val)
	case fMeasure, fPercent:
		if unit == "" || unit == "-" {
			return fmt.Errorf("%s %q: no unit", kind, words)
		}
		e.unit = unit
	}
	return err
}
