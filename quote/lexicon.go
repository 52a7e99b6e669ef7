package quote

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Cue flags.
const (
	cueTell  = 1 << iota // takes the addressee as object: medium
	cueWeak              // attributes only a near quotation
	cuePrep              // the speaker follows ("according to X")
	cueNoInv             // never inverted
	cuePart              // a participle: the speaker is the clause's subject
	cueFar               // a plain verb of saying: governs a quotation further away
	cueName              // a verb of naming: may govern a quoted name
	cuePoss              // a noun of speech: its possessor speaks ("Trump's remarks")
)

// Noun classes.
const (
	nounPerson   = 1 + iota // a role held by a person: "spokesman"
	nounBody                // an institution: "ministry"
	nounDocument            // a text: "declaration"
	nounTitle               // a word only found in titles: "Prime"
)

// cue is one form of a speech cue.
type cue struct {
	form  string   // as written: "said", "according to"
	rest  []string // further words of a multi-word form
	flags int
}

// noun is one form of a speaker noun.
type noun struct {
	key    string // the first singular form of its line: synonyms share it
	class  int
	plural bool
}

// Lexicon is the compiled extraction data of the quote stage: speech cues,
// speaker nouns, media nouns and capitalised words that are not names.
// Build one with NewLexicon and Load; it is read-only afterwards and safe
// for concurrent use.
type Lexicon struct {
	cues     map[string][]cue // first word (lower case) → forms
	nouns    map[string]noun  // lower case
	media    map[string]bool  // as written, and lower case
	notNames map[string]bool  // as written
	given    map[string]byte  // given name as written → 'm' or 'f'
	// fold maps the capitalised form of every word the stage looks up
	// (Said, The, Minister) to lower case, so that lookups do not allocate.
	fold map[string]string

	voc   atomic.Pointer[vocab] // compiled on first use, dropped by Load
	vocMu sync.Mutex
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon {
	lx := &Lexicon{cues: map[string][]cue{}, nouns: map[string]noun{},
		media: map[string]bool{}, notNames: map[string]bool{}, given: map[string]byte{}, fold: map[string]string{}}
	for _, m := range []map[string]bool{pronouns, dets, particles, introWords, auxWords, minor, clauseWords, clauseBreaks, activeWords, clauseOpeners} {
		for k := range m {
			lx.addFold(k)
		}
	}
	for _, k := range []string{"and", "or", "but", "nor", "as", "well", "so", "so-called", "called", "quoted", "quotes",
		"cited", "cites", "him", "her", "them", "one", "of", "for", "the", "who", "which", "per", "according", "to",
		"via", "through", "in", "on", "at", "vice", "deputy", "former", "ex", "assistant", "lieutenant", "under", "co"} {
		lx.addFold(k)
	}
	return lx
}

// addFold records the capitalised and upper-case forms of lower-case w.
func (lx *Lexicon) addFold(w string) {
	if w == "" {
		return
	}
	r, n := utf8.DecodeRuneInString(w)
	lx.fold[string(unicode.ToUpper(r))+w[n:]] = w
	lx.fold[strings.ToUpper(w)] = w
}

// Load adds the entries of one data file, whose kind is given by its base
// name: cues*.txt, nouns*.txt, media*.txt, notnames*.txt or given*.txt (the formats are
// described at the top of the embedded files of the same name). The file
// is validated whole first: a malformed line is reported as name:line and
// nothing of the file is added.
func (lx *Lexicon) Load(name string, r io.Reader) error {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	var kind string
	for _, k := range []string{"cues", "nouns", "media", "notnames", "given"} {
		if strings.HasPrefix(base, k) {
			kind = k
		}
	}
	if kind == "" {
		return fmt.Errorf("load %s: unknown kind of quote data (want cues, nouns, media, notnames or given in the name)", name)
	}
	tmp := NewLexicon()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		var err error
		switch kind {
		case "cues":
			err = tmp.parseCue(line, lx)
		case "nouns":
			err = tmp.parseNoun(line, lx)
		case "media":
			for _, f := range strings.Split(line, "|") {
				f = strings.TrimSpace(f)
				if f == "" || strings.ContainsAny(f, " \t") {
					err = fmt.Errorf("bad medium %q", f)
					break
				}
				tmp.media[f] = true
				tmp.media[strings.ToLower(f)] = true
			}
		case "notnames":
			w := strings.TrimSpace(line)
			if strings.ContainsAny(w, " \t") {
				err = fmt.Errorf("one word a line, got %q", w)
			}
			tmp.notNames[w] = true
		case "given":
			err = tmp.parseGiven(line)
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	for k, v := range tmp.cues {
		lx.cues[k] = append(lx.cues[k], v...)
		lx.addFold(k)
		for _, c := range v {
			for _, r := range c.rest {
				lx.addFold(r)
			}
		}
	}
	for k, v := range tmp.nouns {
		lx.nouns[k] = v
		lx.addFold(k)
	}
	for k := range tmp.media {
		lx.media[k] = true
	}
	for k := range tmp.notNames {
		lx.notNames[k] = true
	}
	for k, v := range tmp.given {
		lx.given[k] = v
	}
	lx.voc.Store(nil)
	return nil
}

// parseGiven reads a line of given names: GENDER (m or f), a tab, the
// names separated by '|'.
func (lx *Lexicon) parseGiven(line string) error {
	g, names, ok := strings.Cut(line, "\t")
	if !ok || (g != "m" && g != "f") {
		return fmt.Errorf("want m or f, a tab and names, got %q", line)
	}
	for _, n := range strings.Split(names, "|") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if strings.ContainsAny(n, " \t") {
			return fmt.Errorf("given name %q: one word a name", n)
		}
		if old, dup := lx.given[n]; dup && old != g[0] {
			return fmt.Errorf("given name %q listed as both m and f", n)
		}
		lx.given[n] = g[0]
	}
	return nil
}

func (lx *Lexicon) parseCue(line string, base *Lexicon) error {
	forms, flagText, _ := strings.Cut(line, "\t")
	flags := 0
	for _, f := range strings.Fields(flagText) {
		switch f {
		case "tell":
			flags |= cueTell | cueNoInv
		case "weak":
			flags |= cueWeak
		case "prep":
			flags |= cuePrep
		case "noinv":
			flags |= cueNoInv
		case "far":
			flags |= cueFar
		case "name":
			flags |= cueName
		case "poss":
			flags |= cuePoss
		default:
			return fmt.Errorf("unknown cue flag %q", f)
		}
	}
	for _, f := range strings.Split(forms, "|") {
		words := strings.Fields(strings.ToLower(f))
		if len(words) == 0 {
			return fmt.Errorf("empty cue form in %q", forms)
		}
		c := cue{form: strings.Join(words, " "), rest: words[1:], flags: flags}
		if strings.HasSuffix(words[0], "ing") && flags&cuePrep == 0 {
			c.flags |= cuePart
		}
		for _, old := range append(lx.cues[words[0]], base.cues[words[0]]...) {
			if old.form == c.form {
				return fmt.Errorf("cue %q given twice", c.form)
			}
		}
		lx.cues[words[0]] = append(lx.cues[words[0]], c)
	}
	return nil
}

func (lx *Lexicon) parseNoun(line string, base *Lexicon) error {
	cols := strings.Split(line, "\t")
	if len(cols) < 2 || len(cols) > 3 {
		return fmt.Errorf("want CLASS<TAB>SINGULAR[<TAB>PLURAL], got %d columns", len(cols))
	}
	class := map[string]int{"person": nounPerson, "body": nounBody, "document": nounDocument, "title": nounTitle}[cols[0]]
	if class == 0 {
		return fmt.Errorf("unknown noun class %q", cols[0])
	}
	var key string
	add := func(forms string, plural bool) error {
		for _, f := range strings.Split(forms, "|") {
			f = strings.ToLower(strings.TrimSpace(f))
			if f == "" {
				continue
			}
			if strings.ContainsAny(f, " \t") {
				return fmt.Errorf("noun %q: one word a form", f)
			}
			if key == "" {
				key = f
			}
			if _, dup := lx.nouns[f]; dup {
				return fmt.Errorf("noun %q given twice", f)
			}
			if _, dup := base.nouns[f]; dup {
				return fmt.Errorf("noun %q given twice", f)
			}
			lx.nouns[f] = noun{key: key, class: class, plural: plural}
		}
		return nil
	}
	if err := add(cols[1], false); err != nil {
		return err
	}
	if key == "" {
		return fmt.Errorf("no singular form")
	}
	if len(cols) == 3 {
		return add(cols[2], true)
	}
	return nil
}

// LoadFile adds a data file from disk (see Load).
func (lx *Lexicon) LoadFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("load %s: %w", p, err)
	}
	defer f.Close()
	return lx.Load(p, f)
}

// DefaultLexicon returns the lexicon built from the embedded data files. It
// is loaded once; do not modify it.
var DefaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	lx := NewLexicon()
	ents, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("quote data: %w", err)
	}
	for _, e := range ents {
		f, err := dataFS.Open("data/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("quote data: %w", err)
		}
		err = lx.Load("quote/data/"+e.Name(), f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
})

// Clone returns a copy of lx that can be extended without changing lx.
func (lx *Lexicon) Clone() *Lexicon {
	c := NewLexicon()
	for k, v := range lx.cues {
		c.cues[k] = append([]cue(nil), v...)
	}
	for k, v := range lx.nouns {
		c.nouns[k] = v
	}
	for k := range lx.media {
		c.media[k] = true
	}
	for k := range lx.notNames {
		c.notNames[k] = true
	}
	for k, v := range lx.given {
		c.given[k] = v
	}
	for k, v := range lx.fold {
		c.fold[k] = v
	}
	return c
}
