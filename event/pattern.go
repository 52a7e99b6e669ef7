package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Pattern files (data/patterns-*.txt and users' own files) have one pattern
// a line:
//
//	CODE [PLOVER] <TAB> PATTERN [<TAB> FLAGS]
//
// CODE is a CAMEO code of data/cameo.tsv; PLOVER overrides the category the
// code maps to. CODE "-" makes a null pattern: where it matches nothing is
// coded and the patterns it overlaps are silenced ("advised its citizens to
// leave Lebanon" is no retreat from Lebanon). PATTERN is a sequence of space-separated elements matched
// against the words of a sentence, case-insensitively:
//
//	word        the word itself
//	a|b|c       any of the words
//	a_b         the words a b in sequence, as one alternative
//	word~       the word and its inflections (sign~: sign signs signed
//	            signing; irregular forms come from data/verbs.txt)
//	elem?       the element may be absent
//	..          a gap of up to four words
//	...         a gap of up to eight words
//	$T          the target: the actor (or coordinated actors) starting here
//	$S          the source, when it follows the trigger ("accused~ by $S"):
//	            the actor before the trigger is then the target
//	$P          the participants: coordinated actors ("talks between $P")
//	            acting on one another
//
// The first element must be a word; its forms index the pattern, so each
// word of a sentence costs one map lookup. Without $T the target is the
// first actor after the match in the same clause; without $S the source is
// the actor before the trigger (the subject, or the possessor of a noun:
// "Putin's visit to Pyongyang", "a Russian veto"). FLAGS is a list of
// words: "intransitive" keeps an event whose target is unknown,
// "respond" makes an event without a target answer the last actor that
// accused, threatened or attacked the source ("Islamabad denied any role":
// REJECT aimed at the accuser; "vowed to retaliate"),
// "recipient" makes aid without a named target go to the actor the text
// names as receiving aid or asking for it ("pledged 500 million euros in
// military aid"),
// "reciprocal" makes coordinated subjects act on each other ("Iran and
// Saudi Arabia agreed"), "mutual" both ways ("India and Pakistan exchanged
// fire"), "nominal" marks a noun trigger (no passive), "parties" makes an
// appeal without a named target go to the two sides of the latest conflict
// ("called for restraint"), "warned" makes the subject the target of a
// threat by the one who says it will or would come ("Mexico would face
// tariffs, Trump said").
// '#' starts a comment line. The PLOVER mode and context of an event
// come from data/modes.tsv and data/contexts.tsv (mode.go), not from the
// pattern.

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// Element kinds.
const (
	elemWord = iota
	elemGap
	elemSlot
)

type element struct {
	words    []int32   // word ids, sorted
	seqs     [][]int32 // multi-word alternatives ("air_defence")
	mask     uint64    // maskOf(words)
	gap      int32
	kind     uint8
	slot     byte // 'S', 'T' or 'P'
	optional bool
	plain    bool // a required word without sequences: one token, one of words
}

// Pattern is one compiled line of a pattern file.
type Pattern struct {
	ID           string // file:line
	Code         string
	PLOVER       string
	Text         string
	Intransitive bool
	Reciprocal   bool
	Nominal      bool
	Respond      bool
	Recipient    bool
	Mutual       bool
	Parties      bool
	Warned       bool // the subject is warned of the act by who says so
	Null         bool // codes nothing, silences what it overlaps
	elems        []element
	// Specificity orders matches at one place: more words win.
	Specificity int
	flags       patFlags
	cameo       Code      // codes[Code]
	modes       []modeCue // the modes of Code
	contexts    uint32    // the contexts of Code
}

// patFlags say what the coder asks of a pattern's code and category.
type patFlags uint8

const (
	pfRequest      patFlags = 1 << iota // REQUEST or THREATEN
	pfVenue                             // venueKinds
	pfSymmetric                         // symmetric
	pfActObject                         // actObjects
	pfMediation                         // mediation
	pfClaimAccuses                      // claimAccuses
	pfAccuse                            // a CAMEO code 11x
)

// is reports whether the pattern has flag f.
func (p *Pattern) is(f patFlags) bool { return p.flags&f != 0 }

// setFlags sets the flags of the pattern's code and category.
func (p *Pattern) setFlags() {
	set := func(f patFlags, ok bool) {
		if ok {
			p.flags |= f
		}
	}
	set(pfRequest, p.PLOVER == "REQUEST" || p.PLOVER == "THREATEN")
	set(pfVenue, venueKinds[p.PLOVER] || p.Code == "0871") // a truce "in Gaza": a place
	set(pfSymmetric, symmetric[p.PLOVER])
	set(pfActObject, actObjects[p.PLOVER])
	set(pfMediation, mediation[p.Code])
	set(pfClaimAccuses, claimAccuses[p.PLOVER])
	set(pfAccuse, strings.HasPrefix(p.Code, "11"))
	p.cameo = codes[p.Code]
}

// try returns the pattern to try with its quick test, whose words it
// appends to pool: the second element when it is a required word, or the
// word after a leading gap.
func (p *Pattern) try(pool []int32) (try, []int32) {
	var words []int32
	var t try
	switch {
	case len(p.elems) > 1 && p.elems[1].plain:
		words, t.lo, t.hi = p.elems[1].words, 1, 1
	case len(p.elems) > 2 && p.elems[1].kind == elemGap && p.elems[2].plain:
		words, t.lo, t.hi = p.elems[2].words, 1, uint8(1+p.elems[1].gap)
	}
	if len(words) == 1 {
		t.w0 = words[0]
	}
	t.mask = maskOf(words)
	t.off, t.n = uint32(len(pool)), uint16(len(words))
	return t, append(pool, words...)
}

// has reports whether the word with id w is one of the element's words.
func (e *element) has(w int32) bool { return e.mask&wordBit(w) != 0 && hasWord(e.words, w) }

// wordBit is the bit of word id w in a mask of words: a mask with the
// bits of a list of words rules out most others at once.
func wordBit(w int32) uint64 { return 1 << (uint32(w) % 64) }

// maskOf returns the mask of words.
func maskOf(words []int32) uint64 {
	var m uint64
	for _, w := range words {
		m |= wordBit(w)
	}
	return m
}

// hasWord reports whether w is one of the sorted ids of words.
func hasWord(words []int32, w int32) bool {
	if len(words) <= 8 {
		for _, x := range words {
			if x == w {
				return true
			}
		}
		return false
	}
	_, ok := slices.BinarySearch(words, w)
	return ok
}

// try is the quick test of a pattern to try where its first word is:
// the n words it needs among the tokens from lo to hi after it
// (Patterns.tryWords[off:]; n is 0 when there is no such test). The tests
// of all words are in one array of small entries, the patterns beside it
// (tryPat), so that most patterns are ruled out without reading them.
type try struct {
	mask   uint64 // maskOf the n words
	w0     int32  // the one word, or 0
	off    uint32
	n      uint16
	lo, hi uint8
}

// trigger sums up the tries of a word: next has the bits of the words
// that may follow it in the tries whose test is the next token; other
// tells whether it has other tries.
type trigger struct {
	start, end uint32
	next       uint64
	other      bool
}

// tryPat is the pattern of a try.
type tryPat struct {
	p     *Pattern
	elems []element // p.elems
}

// Patterns is an index of patterns by the forms of their first word.
type Patterns struct {
	// vocab numbers every word of the patterns from 1; a sentence's
	// words are looked up once and matched by number
	vocab map[string]int32
	byID  [][]*Pattern // patterns by the id of their first word
	// the same with their quick tests: the tries of word id are
	// tryList[trigs[id].start:trigs[id].end], their patterns tryPats[...]
	trigs    []trigger
	tryList  []try
	tryPats  []tryPat
	tryWords []int32
	all      []*Pattern
	// irregular verbs: base to other forms
	irregular map[string][]string
	// participles: irregular past participles ("met", "held", "sent")
	participles map[string]bool
	// class holds the word classes of each id (class.go)
	class []class
	table vocabTable
	// ascii holds the ids of the one-byte words, idPoss and idNeg those
	// of 's and n't
	ascii         [utf8.RuneSelf]int32
	idPoss, idNeg int32
	// cues are the words and codes of modes and contexts (mode.go)
	cues cueTables
	// gen counts the loads: the ids and classes of words a coder keeps
	// are those of one load
	gen int
}

// Len is the number of patterns.
func (ps *Patterns) Len() int { return len(ps.all) }

// All returns every pattern, in load order.
func (ps *Patterns) All() []*Pattern { return ps.all }

// LineError is a malformed line of a pattern file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// newPatterns returns an empty index using the embedded irregular verbs.
func newPatterns() (*Patterns, error) {
	ps := &Patterns{vocab: map[string]int32{}, byID: make([][]*Pattern, 1), irregular: map[string][]string{}, participles: map[string]bool{}}
	b, err := dataFS.ReadFile("data/verbs.txt")
	if err != nil {
		return nil, fmt.Errorf("read verbs: %w", err)
	}
	for _, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Fields(strings.ToLower(ln))
		ps.irregular[f[0]] = f[1:]
		for i, w := range f[1:] {
			// the -ing form some lines list ("quit quit quitting") is no
			// participle: "was quitting" is not passive
			if (i == len(f)-2 || i == 1) && !strings.HasSuffix(w, "ing") {
				ps.participles[w] = true
			}
		}
	}
	ps.addClasses()
	if err := ps.loadCues(); err != nil {
		return nil, err
	}
	return ps, nil
}

// DefaultPatterns loads the embedded pattern files.
func DefaultPatterns() (*Patterns, error) {
	ps, err := newPatterns()
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("read patterns: %w", err)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "patterns") || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		f, err := dataFS.Open(path.Join("data", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read patterns: %w", err)
		}
		err = ps.Load(e.Name(), f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// LoadFile adds the patterns of the file at p.
func (ps *Patterns) LoadFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("read patterns %s: %w", p, err)
	}
	defer f.Close()
	return ps.Load(p, f)
}

// Load adds the patterns read from r, named name in errors. The file is
// validated whole: on a malformed line nothing of it is added and the error
// is a *LineError. Load must not be called while a stage using ps is
// coding.
func (ps *Patterns) Load(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var add []*Pattern
	n := 0
	for sc.Scan() {
		n++
		ln := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(strings.TrimSpace(ln), "#") {
			continue
		}
		p, msg := ps.parseLine(ln)
		if msg != "" {
			return &LineError{File: name, Line: n, Msg: msg}
		}
		p.ID = path.Base(name) + ":" + strconv.Itoa(n)
		add = append(add, p)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read patterns %s: %w", name, err)
	}
	for len(ps.byID) <= len(ps.vocab) {
		ps.byID = append(ps.byID, nil)
	}
	for len(ps.class) <= len(ps.vocab) {
		ps.class = append(ps.class, 0)
	}
	for _, p := range add {
		p.setFlags()
		p.modes, p.contexts = ps.cues.modeCode[p.Code], ps.cues.ctxCode[p.Code]
		ps.all = append(ps.all, p)
		for _, w := range p.elems[0].words {
			ps.byID[w] = append(ps.byID[w], p)
			ps.class[w] |= clsTrigger
		}
	}
	ps.gen++
	for _, l := range ps.byID {
		slices.SortStableFunc(l, func(a, b *Pattern) int { return b.Specificity - a.Specificity })
	}
	ps.pack()
	ps.trigs = make([]trigger, len(ps.byID))
	ps.tryList, ps.tryPats, ps.tryWords = nil, nil, nil
	for id, l := range ps.byID {
		g := &ps.trigs[id]
		g.start = uint32(len(ps.tryList))
		for _, p := range l {
			var t try
			t, ps.tryWords = p.try(ps.tryWords)
			ps.tryList = append(ps.tryList, t)
			ps.tryPats = append(ps.tryPats, tryPat{p: p, elems: p.elems})
			if t.n > 0 && t.hi == 1 {
				g.next |= t.mask
			} else {
				g.other = true
			}
		}
		g.end = uint32(len(ps.tryList))
	}
	ps.buildTable()
	return nil
}

// pack moves the elements of the patterns, and their words, to one array
// each, in the order the patterns are tried: the patterns of a word are
// matched reading memory in order.
func (ps *Patterns) pack() {
	var ne, nw int
	for _, p := range ps.all {
		ne += len(p.elems)
		for i := range p.elems {
			nw += len(p.elems[i].words)
		}
	}
	elems, words := make([]element, 0, ne), make([]int32, 0, nw)
	done := make(map[*Pattern]bool, len(ps.all))
	move := func(p *Pattern) {
		if done[p] {
			return
		}
		done[p] = true
		start := len(elems)
		for _, e := range p.elems {
			w := len(words)
			words = append(words, e.words...)
			e.words = words[w:len(words):len(words)]
			elems = append(elems, e)
		}
		p.elems = elems[start:len(elems):len(elems)]
	}
	for _, l := range ps.byID {
		for _, p := range l {
			move(p)
		}
	}
	for _, p := range ps.all {
		move(p)
	}
}

// intern returns the id of word w, numbering it if it is new.
func (ps *Patterns) intern(w string) int32 {
	id, ok := ps.vocab[w]
	if !ok {
		id = int32(len(ps.vocab) + 1)
		ps.vocab[w] = id
	}
	return id
}

func (ps *Patterns) parseLine(ln string) (*Pattern, string) {
	f := strings.Split(ln, "\t")
	if len(f) < 2 || len(f) > 3 {
		return nil, "want CODE [PLOVER] <tab> PATTERN [<tab> FLAGS]"
	}
	head := strings.Fields(f[0])
	if len(head) == 0 || len(head) > 2 {
		return nil, fmt.Sprintf("bad code field %q", f[0])
	}
	c, ok := codes[head[0]]
	if !ok && head[0] != "-" {
		return nil, fmt.Sprintf("unknown CAMEO code %q", head[0])
	}
	p := &Pattern{Code: head[0], PLOVER: c.PLOVER, Text: strings.TrimSpace(f[1])}
	if head[0] == "-" {
		if len(head) == 2 {
			return nil, "a null pattern (code -) has no PLOVER category"
		}
		p.Null, p.PLOVER = true, "-"
	}
	if len(head) == 2 {
		if !ploverCategories[head[1]] {
			return nil, fmt.Sprintf("unknown PLOVER category %q", head[1])
		}
		p.PLOVER = head[1]
	}
	if p.PLOVER == "" {
		return nil, fmt.Sprintf("CAMEO code %s has no PLOVER category; give one", head[0])
	}
	if len(f) == 3 {
		for _, fl := range strings.Fields(f[2]) {
			switch fl {
			case "intransitive":
				p.Intransitive = true
			case "reciprocal":
				p.Reciprocal = true
			case "respond":
				p.Respond = true
			case "nominal":
				p.Nominal = true
			case "mutual":
				p.Mutual, p.Reciprocal = true, true
			case "recipient":
				p.Recipient = true
			case "parties":
				p.Parties = true
			case "warned":
				p.Warned, p.Intransitive = true, true
			default:
				return nil, fmt.Sprintf("unknown flag %q", fl)
			}
		}
	}
	for _, tok := range strings.Fields(p.Text) {
		var e element
		src := tok
		switch {
		case tok == "..":
			e.kind, e.gap = elemGap, 4
		case tok == "...":
			e.kind, e.gap = elemGap, 8
		case tok == "$S" || tok == "$T" || tok == "$P":
			e.kind, e.slot = elemSlot, tok[1]
		default:
			if strings.HasSuffix(tok, "?") {
				e.optional = true
				tok = tok[:len(tok)-1]
			}
			e.kind = elemWord
			for _, alt := range strings.Split(tok, "|") {
				if alt == "" {
					return nil, fmt.Sprintf("empty alternative in %q", src)
				}
				alt = strings.ToLower(strings.ReplaceAll(alt, "’", "'"))
				if strings.HasSuffix(alt, "~") {
					for _, w := range ps.inflect(alt[:len(alt)-1]) {
						e.words = append(e.words, ps.intern(w))
					}
					continue
				}
				if strings.ContainsAny(alt, "$~.") {
					return nil, fmt.Sprintf("bad word %q", alt)
				}
				if strings.Contains(alt, "_") {
					if len(p.elems) == 0 {
						return nil, fmt.Sprintf("the first word may not be several words: %q", alt)
					}
					var seq []int32
					for _, w := range strings.Split(alt, "_") {
						if w == "" {
							return nil, fmt.Sprintf("empty word in %q", alt)
						}
						seq = append(seq, ps.intern(w))
					}
					e.seqs = append(e.seqs, seq)
					continue
				}
				e.words = append(e.words, ps.intern(alt))
			}
			slices.Sort(e.words)
			e.words = slices.Compact(e.words)
			e.mask = maskOf(e.words)
			longest := 1
			for _, q := range e.seqs {
				longest = max(longest, len(q))
			}
			if !e.optional {
				p.Specificity += longest
			}
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) == 0 || p.elems[0].kind != elemWord || p.elems[0].optional {
		return nil, "a pattern must start with a required word"
	}
	for i := range p.elems {
		e := &p.elems[i]
		e.plain = e.kind == elemWord && !e.optional && len(e.seqs) == 0
	}
	if last := p.elems[len(p.elems)-1]; last.kind == elemGap {
		return nil, "a pattern must not end with a gap"
	}
	return p, ""
}

// inflect returns the forms of a verb or noun: base, -s, -ed, -ing and
// irregular forms.
func (ps *Patterns) inflect(w string) []string {
	out := []string{w}
	if strings.Contains(w, " ") {
		return out
	}
	if irr, ok := ps.irregular[w]; ok {
		out = append(out, irr...)
		out = append(out, sForm(w))
		if !hasSuffixIn(irr, "ing") {
			out = append(out, ingForm(w))
		}
		if !hasSuffixIn(irr, "ed") && len(irr) == 0 {
			out = append(out, edForm(w))
		}
		return out
	}
	return append(out, sForm(w), edForm(w), ingForm(w))
}

func hasSuffixIn(l []string, suf string) bool {
	for _, s := range l {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func sForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "o"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

func edForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	}
	return w + "ed"
}

func ingForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case n > 2 && w[n-1] == 'e' && w[n-2] != 'e' && w[n-2] != 'y' && w[n-2] != 'o':
		return w[:n-1] + "ing"
	}
	return w + "ing"
}
