package temporal

import (
	"github.com/axis-news/axis/internal/lex"

	_ "embed"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

//go:embed data/lexicon.tsv
var lexiconTSV string

// Word categories of the lexicon (entry.flags).
const (
	fMonth = 1 << iota
	fWeekday
	fNumber
	fUnit
	fRelday
	fModifier
	fShift
	fRelation
	fRecent
	fYearcue
	fDet
	fYearnoun
	fYearverb
	fFuture
	fApprox
	fApproxFirst // first word of a several-word approximator
	fNamePart    // makes a weekday before it part of a name ("Sunday Times")
	fPrep        // a preposition that may stand before a date ("On Friday")
)

var categories = map[string]uint32{
	"month": fMonth, "weekday": fWeekday, "number": fNumber, "unit": fUnit,
	"relday": fRelday, "modifier": fModifier, "shift": fShift, "relation": fRelation,
	"recent": fRecent, "yearcue": fYearcue, "det": fDet, "yearnoun": fYearnoun,
	"yearverb": fYearverb, "future": fFuture, "approx": fApprox, "namepart": fNamePart,
	"prep": fPrep,
}

// entry is what the lexicon knows about one lower-case word. A word may
// belong to several categories ("this" is a modifier and a determiner).
type entry struct {
	flags    uint32
	month    int     // 1..12
	abbrev   bool    // a month abbreviation ("Dec")
	weekday  int     // 1 Monday .. 7 Sunday
	num      float64 // number value
	unit     string  // Y M W D H MIN DEC CEN WE N
	relday   int     // days from the document date
	modifier int     // -1 last, 0 this, 1 next
	relation int     // -1 before, 0 ago, 1 after
}

// Lexicon is the compiled word list of the temporal scanner.
type Lexicon struct {
	words  lex.Table[int32]
	list   []*entry        // entries by index; list[0] is nil
	approx map[string]bool // multi-word approximators: "more than"
	// starts has the signature bit (see table) of each word that may start
	// a date: a scanner looks other words up only near those.
	starts lex.SigSet
	// needs has the signature bit of each word with one of the flags of
	// needed: a sentence without a number or one of those words holds no
	// date.
	needs lex.SigSet
}

// needed are the flags of which every date needs a word, unless it has a
// number: a month or weekday name, a relative day or a unit ("two years
// ago", "last week"; "last" alone is nothing).
const needed = fMonth | fWeekday | fRelday | fUnit

func newLexicon() *Lexicon {
	return &Lexicon{approx: map[string]bool{}, list: []*entry{nil}}
}

// DefaultLexicon returns a new lexicon holding the embedded word list.
func DefaultLexicon() (*Lexicon, error) {
	lx := newLexicon()
	if err := lx.Load(strings.NewReader(lexiconTSV), "temporal/data/lexicon.tsv"); err != nil {
		return nil, err
	}
	return lx, nil
}

// LoadFile adds the entries of the file at path to the lexicon.
func (lx *Lexicon) LoadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	return lx.Load(f, path)
}

// Load adds entries read from r, in the format of data/lexicon.tsv:
// CATEGORY<TAB>WORDS<TAB>VALUE, '#' comments and blank lines ignored. name
// is used in errors, which give the file and line.
func (lx *Lexicon) Load(r io.Reader, name string) error {
	return lex.ReadTSV(r, name, 3, func(f []string) error {
		return lx.add(f[0], strings.ToLower(f[1]), f[2])
	})
}

func (lx *Lexicon) markStart(w string) {
	lx.starts.Add(w)
}

// mayStart reports whether the word w may start a date; false positives
// are fine (the word is then looked up), false negatives are not.
func (lx *Lexicon) mayStart(w string) bool {
	return lx.starts.Has(w)
}

// mayHold reports whether text[start:end] may hold a date: whether it has
// a number or a word with one of the flags of needed.
func (lx *Lexicon) mayHold(text string, start, end int) bool {
	return lex.Mentions(text, start, end, &lx.needs, func(i, j int) bool {
		e, ok := lx.words.Get(text[i:j])
		return ok && lx.list[e].flags&needed != 0
	})
}

// entry returns the entry of word, adding an empty one if needed.
func (lx *Lexicon) entry(word string) *entry {
	if i, ok := lx.words.Get(word); ok {
		return lx.list[i]
	}
	lx.list = append(lx.list, &entry{})
	lx.words.Put(word, int32(len(lx.list)-1))
	return lx.list[len(lx.list)-1]
}

func (lx *Lexicon) add(cat, word, val string) error {
	flag, ok := categories[cat]
	if !ok {
		return fmt.Errorf("unknown category %q", cat)
	}
	if word == "" {
		return fmt.Errorf("empty word")
	}
	if strings.Contains(word, " ") {
		if flag != fApprox {
			return fmt.Errorf("%s %q: only approx entries may have several words", cat, word)
		}
		lx.approx[word] = true
		first := word[:strings.IndexByte(word, ' ')]
		lx.entry(first).flags |= fApproxFirst
		lx.markStart(first)
		return nil
	}
	e := lx.entry(word)
	e.flags |= flag
	if flag&(fMonth|fWeekday|fNumber|fRelday|fModifier|fShift|fRecent|fApprox) != 0 {
		lx.markStart(word)
	}
	if flag&needed != 0 {
		lx.needs.Add(word)
	}
	atoi := func(lo, hi int) (int, error) {
		v, err := strconv.Atoi(val)
		if err != nil || v < lo || v > hi {
			return 0, fmt.Errorf("%s %q: value %q is not a number from %d to %d", cat, word, val, lo, hi)
		}
		return v, nil
	}
	var err error
	switch flag {
	case fMonth:
		e.month, err = atoi(1, 12)
		e.abbrev = len(word) <= 4 && word != "may" && word != "june" && word != "july"
	case fWeekday:
		e.weekday, err = atoi(1, 7)
	case fNumber:
		e.num, err = strconv.ParseFloat(val, 64)
		if err != nil || e.num <= 0 {
			err = fmt.Errorf("number %q: bad value %q", word, val)
		}
	case fUnit:
		switch val {
		case "Y", "M", "W", "D", "H", "MIN", "DEC", "CEN", "WE", "N":
			e.unit = val
		default:
			err = fmt.Errorf("unit %q: unknown designator %q (want Y M W D H MIN DEC CEN WE N)", word, val)
		}
	case fRelday:
		e.relday, err = atoi(-7, 7)
	case fModifier:
		e.modifier, err = atoi(-1, 1)
	case fRelation:
		e.relation, err = atoi(-1, 1)
	}
	return err
}
