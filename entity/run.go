package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// Kinds of mentions.
const (
	mCountry  uint8 = iota + 1 // a state as an actor: name, adjective, metonym
	mLocation                  // a place: a city, a capital used as a place, a sea
	mOrg                       // an organisation of the KB or found by pattern
	mPerson                    // a person (KB or found from context)
	mDrop                      // a match that turned out to be nothing
)

// ment is one mention found in the text.
type ment struct {
	i, j       int // token span
	start, end int // byte span
	kind       uint8
	ref        int32   // KB country or org index; -1 for pattern organisations
	cands      []int32 // KB people a person mention may be
	person     *person
	country    string // a location's or pattern organisation's country
	name       string // a location's or pattern organisation's name
	orgKind    string
	rule       string
	capital    bool // a capital or seat of power standing for its state
	adj        bool // a demonym or adjective ("Russian")
	inOrg      bool // a capital inside an organisation's name ("King's College London")
	local      bool // a pattern organisation named in another language, no place given
	weak       bool // a capital of data/weakcapitals.txt, kept only with support
}

// person is a person of the document, from the KB or from context.
type person struct {
	kb           int32 // KB person index or -1
	name         string
	keys         []string // folded name words
	role         string
	affiliation  string
	country      string
	textCountry  string // country the text gives
	rule         string
	leader       bool
	roleFromText bool
	inOffice     bool // a KB person with a term in force at the document's date
	textName     bool // name spelt as in the text (textSpelling)
	first        int  // byte offset of the first mention
	nMentions    int
	lastFull     int   // byte offset of the last full-name mention
	ent          int32 // 1 + the person's entity while entities runs, or 0
	firstMent    int32 // the mention at first (finishPeople)
}

// run is the work on one document.
type run struct {
	s     *Stage
	lx    *lexicon
	d     *axis.Document
	text  string
	date  string
	toks  []tok
	keys  string  // the token keys that differ from the text (tok.keyIn)
	own   []int32 // token → mention index, -1 if none
	ments []ment
	// segments: runs of tokens in one sentence
	segStart, segEnd []int
	segCase          []uint8 // segNormal, segTitle (headline case), segUpper, segByline
	people           []*person
	byKey            map[string]*person // context people by name keys
	pending          []pending
	sc               *scratch
	// georgiaWords counts the document's words for the state of Georgia
	// (usGeorgia), -1 until counted
	georgiaWords int
	// settled, named: see namesCountry; main, mainSet: see mainCountry
	settled bool
	named   map[string]namedState
	main    string
	mainSet bool
}

// grow returns s emptied, with room for n elements.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

func growBytes(b []byte, n int) []byte { return grow(b, n) }

const (
	segNormal uint8 = iota
	segTitle
	segUpper
	// segByline: the author's name, which is no person of the story
	segByline
	// segBody: a body sentence while segments are classified (then
	// segNormal or segTitle)
	segBody
)

// scratch is the memory of one run kept for the next: token, mention and
// segment buffers.
type scratch struct {
	run              run // the run itself
	arena            []byte
	toks             []tok
	own              []int32
	ments            []ment
	segStart, segEnd []int
	segCase          []uint8
	entOf, order     []int32
	hits             []hit
	accs             []entAcc
	named            []int32
	// refs and gen: see refSlot
	refs [3][]refSlot
	gen  uint32
	// byKB maps a KB person to the run's record (nil when none)
	byKB []*person
	// persons: chunks of person records, the first nPersons in use
	persons  []*[32]person
	nPersons int
	// cands: the KB people of the gazetteer's person mentions (ment.cands)
	cands []int32
	// byKey and byName: the maps of run.byKey and of entities, kept
	byKey  map[string]*person
	byName map[string]int32
	// alias: the aliases of the document's people (see aliases); aliasBuf
	// holds the first person of each
	alias    map[string][]*person
	aliasBuf []*person
	// starts: the tokens names start with (nameStarts)
	starts []int32
	// caps and thes: the capitalised tokens (shapeCap, shapeUpper) and the
	// tokens "the", in order (segment lists them, and starts)
	caps, thes []int32
	// titleRefs: the buffers of titleReferences
	byStart, seen, added []int32
}

// byKeyMap returns the scratch's (empty) map of context people by name.
func (sc *scratch) byKeyMap() map[string]*person {
	if sc.byKey == nil {
		sc.byKey = map[string]*person{}
	}
	return sc.byKey
}

// newPerson returns a zeroed person record of the run.
func (r *run) newPerson() *person {
	sc := r.sc
	c, k := sc.nPersons/32, sc.nPersons%32
	if c == len(sc.persons) {
		sc.persons = append(sc.persons, new([32]person))
	}
	sc.nPersons++
	return &sc.persons[c][k]
}

// getScratch returns a scratch from the stage's pool.
func (s *Stage) getScratch() *scratch {
	if sc, ok := s.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

// release clears what r holds of the document and returns its buffers to
// the pool.
func (r *run) release() {
	sc := r.sc
	clear(r.ments)
	// sc.hits holds nothing of the document (token spans, the matcher's
	// entries): not cleared, which would cost its capacity after a long one
	clear(sc.accs)
	sc.accs = sc.accs[:0]
	for _, p := range r.people {
		if p.kb >= 0 {
			sc.byKB[p.kb] = nil
		}
	}
	for c := 0; c*32 < sc.nPersons; c++ {
		clear(sc.persons[c][:min(32, sc.nPersons-c*32)])
	}
	sc.nPersons = 0
	sc.cands = sc.cands[:0]
	// clearing a map costs its capacity: keep only small ones
	if len(sc.alias) > 256 {
		sc.alias = nil
	}
	if len(sc.byKey) > 256 {
		sc.byKey = nil
	}
	if len(sc.byName) > 256 {
		sc.byName = nil
	}
	clear(sc.alias)
	clear(sc.byKey)
	clear(sc.byName)
	clear(sc.aliasBuf)
	sc.aliasBuf = sc.aliasBuf[:0]
	sc.toks, sc.own, sc.ments = r.toks[:0], r.own[:0], r.ments[:0]
	sc.segStart, sc.segEnd, sc.segCase = r.segStart[:0], r.segEnd[:0], r.segCase[:0]
	clear(r.people)
	clear(r.pending)
	people, pending := r.people[:0], r.pending[:0]
	s := r.s
	*r = run{people: people, pending: pending} // sc.run: nothing of the document kept
	s.pool.Put(sc)
}

// annotate sets the vocabulary id and lexicon flags of t, whose key is key.
func (s *Stage) annotate(t *tok, key string) {
	if t.shape == shapeOther && len(key) == 1 {
		c := key[0]
		t.vid = s.punct[c&0x7f] // ASCII: one byte
		if c < 0x80 {
			t.flags = s.punctFlags[c]
		}
		return
	}
	w, ok := s.info.get(key)
	if !ok {
		t.vid = -1
		return
	}
	t.vid, t.flags = w.vid, w.flags
}

func newRun(s *Stage, d *axis.Document) *run {
	sc := s.getScratch()
	r := &sc.run
	*r = run{s: s, lx: s.lx, d: d, text: d.Text, date: d.Meta.Date, sc: sc, georgiaWords: -1,
		people: r.people, pending: r.pending}
	if len(sc.byKB) != len(s.kb.People) {
		sc.byKB = make([]*person, len(s.kb.People))
	}
	var tz tokenizer
	tz.init(grow(sc.toks, len(d.Text)/5+16), d.Text, growBytes(sc.arena, len(d.Text)/4+16))
	tz.lex(s)
	r.toks, r.keys = tz.finish()
	sc.arena = tz.arena
	r.ments = grow(sc.ments, len(r.toks)/6+8)
	r.segStart, r.segEnd, r.segCase = grow(sc.segStart, len(d.Sentences)+8), grow(sc.segEnd, len(d.Sentences)+8), sc.segCase[:0]
	r.own = grow(sc.own, len(r.toks))[:len(r.toks)]
	own := r.own
	for k := range r.toks {
		own[k] = -1
		if t := &r.toks[k]; t.vid == vidUnknown {
			s.annotate(t, r.keyOf(t)) // a token the scanner made
		}
	}
	r.segment()
	return r
}

// segment assigns each token a segment: the sentence holding it, or a run
// of tokens between sentences (split further at blank lines).
func (r *run) segment() {
	sents := r.d.Sentences
	toks := r.toks
	const far = int(^uint(0) >> 1)
	// the sentence si that may hold the next token: [sStart, sEnd)
	si := 0
	sStart, sEnd := far, far
	if len(sents) > 0 {
		sStart, sEnd = sents[0].Start, sents[0].End
	}
	seg, lastSent := -1, -2
	for k := range toks {
		t := &toks[k]
		if t.start >= sEnd {
			for si < len(sents) && sents[si].End <= t.start {
				si++
			}
			sStart, sEnd = far, far
			if si < len(sents) {
				sStart, sEnd = sents[si].Start, sents[si].End
			}
		}
		cur := -1
		if sStart <= t.start {
			cur = si
		}
		if seg < 0 || cur != lastSent || cur < 0 && k > 0 && t.start-toks[k-1].end >= 2 &&
			strings.Contains(r.text[toks[k-1].end:t.start], "\n\n") {
			if seg >= 0 {
				r.segEnd[seg] = k
			}
			seg++
			r.segStart = append(r.segStart, k)
			r.segEnd = append(r.segEnd, k)
			c := segNormal
			if cur >= 0 && sents[cur].Kind == axis.KindByline {
				c = segByline
			}
			if cur >= 0 && sents[cur].Kind == axis.KindBody {
				c = segBody
			}
			r.segCase = append(r.segCase, c)
		}
		lastSent = cur
		t.sent = int32(seg)
	}
	if seg >= 0 {
		r.segEnd[seg] = len(toks)
	}
	// each segment's counts, then its case; the capitalised tokens and the
	// tokens "the" listed on the way
	caps, thes := grow(r.sc.caps, len(toks))[:len(toks)], grow(r.sc.thes, len(toks))[:len(toks)]
	starts := grow(r.sc.starts, len(toks))[:len(toks)]
	nCaps, nThes, nStarts := 0, 0, 0
	for g := range r.segStart {
		cnt := r.countSegment(g)
		r.classify(g, &cnt)
		for k := r.segStart[g]; k < r.segEnd[g]; k++ {
			t := &toks[k]
			caps[nCaps] = int32(k)
			nCaps += b2i(t.shape >= shapeCap)
			thes[nThes] = int32(k)
			nThes += int(t.flags / fThe & 1)
			starts[nStarts] = int32(k)
			nStarts += int(t.flags / fStart & 1)
		}
	}
	r.sc.caps, r.sc.thes, r.sc.starts = caps[:nCaps], thes[:nThes], starts[:nStarts]
}

// countSegment counts the tokens of segment g, without a branch a token
// (shapes in 12-bit fields, flushed before they can overflow).
func (r *run) countSegment(g int) segCounts {
	var cnt segCounts
	toks := r.toks[r.segStart[g]:r.segEnd[g]]
	for len(toks) > 0 {
		part := toks[:min(len(toks), 0xfff)]
		toks = toks[len(part):]
		var shapes uint64
		content := 0
		credit := uint32(0)
		for k := range part {
			t := &part[k]
			shapes += 1 << (12 * uint(t.shape))
			kl := t.end - t.start // the key's length
			kl ^= (kl ^ int(t.kn)) & -b2i(t.ka != 0)
			// a lower-case word that is no short function word
			content += b2i(t.shape == shapeLower) & (b2i(t.flags&fFunction == 0) | b2i(kl > 3))
			credit |= t.flags & fCreditFirst
		}
		cnt.add(shapes, content, credit)
	}
	return cnt
}

// b2i returns 1 for true and 0 for false, without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// segCounts counts the tokens of a segment by shape: content, the lower-case
// words that are no short function words; credit, whether words that may
// open a credit line occur (more than zero).
type segCounts struct {
	shapes          [shapeUpper + 1]int
	content, credit int
}

// add adds the counts of segment's loop: shapes in 12 bits each, the
// content words and the credit flags or-ed together.
func (c *segCounts) add(shapes uint64, content int, credit uint32) {
	for sh := range c.shapes {
		c.shapes[sh] += int(shapes >> (12 * sh) & 0xfff)
	}
	c.content += content
	c.credit += int(credit / fCreditFirst)
}

// classify sets the case of segment g, whose tokens cnt counts: a credit
// line is a byline, a segment of capitalised words a title, of upper-case
// ones upper.
func (r *run) classify(g int, cnt *segCounts) {
	body := r.segCase[g] == segBody
	if body {
		r.segCase[g] = segNormal
	}
	if cnt.credit > 0 && r.credit(g) {
		r.segCase[g] = segByline
	}
	if r.segCase[g] != segNormal {
		return
	}
	caps, upper, lower := cnt.shapes[shapeCap], cnt.shapes[shapeUpper], cnt.content
	words := caps + upper + cnt.shapes[shapeLower]
	switch {
	case words >= 3 && upper*10 >= words*8:
		r.segCase[g] = segUpper
	case words >= 4 && lower*5 <= caps+upper && caps >= 3 && !body,
		body && words >= 4 && lower*10 <= caps+upper && caps >= 3:
		// a body sentence dense with names ("Foreign Minister Choe Son
		// Hui met Russian Ambassador ... said") is no headline
		r.segCase[g] = segTitle
	}
}

// credit reports whether segment g credits the journalists of the story:
// "Reporting by ...; Editing by ...", "... contributed to this report."
func (r *run) credit(g int) bool {
	i, end := r.segStart[g], r.segEnd[g]
	if i < end && r.tkey(i) == "(" {
		i++
	}
	for k := r.segStart[g]; k < end; k++ {
		if r.toks[k].flags&fCreditFirst == 0 {
			continue
		}
		phrase := r.lx.creditIn
		if k == i {
			phrase = r.lx.creditOpen
		}
		var buf [128]byte
		key := append(buf[:0], r.tkey(k)...)
		for x := k + 1; x < k+5 && x < end; x++ {
			key = append(append(key, ' '), r.tkey(x)...)
			if phrase[string(key)] || k == i && r.lx.creditIn[string(key)] {
				return true
			}
		}
	}
	return false
}

func (r *run) run() {
	r.gazetteer()
	r.northSouth()
	r.orgPatterns()
	r.localOrgs()
	r.personPatterns()
	r.kbPeople()
	r.aliases()
	r.titleReferences()
	r.finishPeople()
}

// key returns token k's key, or "" out of range.
func (r *run) key(k int) string {
	if k < 0 || k >= len(r.toks) {
		return ""
	}
	return r.toks[k].keyIn(r.text, r.keys)
}

// tkey returns token k's key.
func (r *run) tkey(k int) string { return r.toks[k].keyIn(r.text, r.keys) }

// keyOf returns the key of t, a token of the run.
func (r *run) keyOf(t *tok) string { return t.keyIn(r.text, r.keys) }

// role returns the role class of token k's word (lexicon.role), or
// roleNone out of range.
func (r *run) role(k int) uint8 {
	if k < 0 || k >= len(r.toks) {
		return roleNone
	}
	return r.toks[k].roleClass()
}

// has reports whether token k is in range and has one of flags f.
func (r *run) has(k int, f uint32) bool {
	return k >= 0 && k < len(r.toks) && r.toks[k].flags&f != 0
}

// sameSeg reports whether tokens a and b are in one segment.
func (r *run) sameSeg(a, b int) bool {
	return a >= 0 && b >= 0 && a < len(r.toks) && b < len(r.toks) && r.toks[a].sent == r.toks[b].sent
}

func (r *run) capWord(k int) bool {
	return k >= 0 && k < len(r.toks) && (r.toks[k].shape == shapeCap || r.toks[k].shape == shapeUpper)
}

// addMent records a mention over tokens [i, j) and marks them taken.
func (r *run) addMent(m ment) int32 {
	m.start, m.end = r.toks[m.i].start, r.toks[m.j-1].end
	idx := int32(len(r.ments))
	r.ments = append(r.ments, m)
	for k := m.i; k < m.j; k++ {
		r.own[k] = idx
	}
	return idx
}

// owner returns the mention covering token k, or nil.
func (r *run) owner(k int) *ment {
	if k < 0 || k >= len(r.own) || r.own[k] < 0 {
		return nil
	}
	return &r.ments[r.own[k]]
}

// countryLike reports whether m names a state or a place in one.
func countryLike(m *ment) bool { return m != nil && (m.kind == mCountry || m.kind == mLocation) }

// ethnicSuffix words after a demonym and a hyphen make it a reference to a
// people or a language: "Serb-majority", "Russian-speaking".
var ethnicSuffix = map[string]bool{"majority": true, "minority": true, "populated": true, "dominated": true,
	"speaking": true, "speakers": true, "inhabited": true, "descent": true}

var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"around": true, "across": true, "into": true, "via": true, "throughout": true}

// gazetteer runs the compiled matcher and decides what each match is.
func (r *run) gazetteer() {
	hits := r.s.m.match(r.sc.hits[:0], r.toks, r.sc.starts, true)
	defer func() { r.sc.hits = hits[:0] }()
	k := r.s.kb
	for _, h := range hits {
		e := pick(h.entries)
		m := ment{i: h.i, j: h.j, kind: 0, ref: e.ref, rule: "kb"}
		// a place named after an actor: "Kim Il Sung Square", "Jordan Valley", "Gulf of Aden"
		if end, ok := r.locHeadAfter(h.j); ok && e.kind != gOrg {
			m.j = end
			m.kind = mLocation
			m.name = r.text[r.toks[h.i].start:r.toks[end-1].end]
			if e.kind == gCapital || e.kind == gPlace {
				m.country = r.entryCountry(e)
			}
			m.rule = "pattern:place-head"
			r.addMent(m)
			continue
		}
		if start, ok := r.locHeadBefore(h.i); ok && e.kind != gOrg && e.kind != gPerson {
			m.i = start
			m.kind = mLocation
			m.name = r.text[r.toks[start].start:r.toks[h.j-1].end]
			m.rule = "pattern:place-head"
			r.addMent(m)
			continue
		}
		if (e.kind == gCapital || e.kind == gPlace || e.kind == gOrg && hasKind(h.entries, gCapital)) && r.instrumentAfter(h.j) {
			continue // "the Rome Statute", "the Minsk agreements"
		}
		if (e.kind == gCapital || e.kind == gPlace) && r.usCity(h, e) {
			// "Athens, Georgia", "Moscow, Idaho", "the University of Georgia in Athens"
			m.kind, m.country, m.ref, m.rule = mLocation, "USA", -1, "pattern:us-city"
			m.name = r.text[r.toks[h.i].start:r.toks[h.j-1].end]
			r.addMent(m)
			continue
		}
		switch e.kind {
		case gCountry, gCapital, gPlace:
			if e.single && r.partOfName(h.i) {
				continue // "Jordan Peterson", "Israel Katz", "George Washington"
			}
		case gOrg:
			if e.single && r.toks[h.i].shape == shapeCap && r.surnameAfterName(h.i) {
				continue // "Richard Wagner", "Thérèse Kayikwamba Wagner": not the Wagner Group
			}
			if e.single && e.acro && r.toks[h.i].shape == shapeCap && r.nameNotAcronym(h.i) {
				continue // "Senator Rand Paul", "Rand Paul said": a given name, not RAND
			}
		}
		switch e.kind {
		case gCountry, gMetonym:
			m.kind, m.capital = mCountry, e.kind == gMetonym
			if e.kind == gCountry && k.Countries[e.ref].Code == "GEO" && r.usGeorgia(h.i) {
				m.kind, m.country, m.name, m.ref = mLocation, "USA", r.text[r.toks[h.i].start:r.toks[h.j-1].end], -1
				m.rule = "pattern:us-state"
			}
		case gAdjective:
			if r.key(h.i-1) == "ethnic" {
				continue
			}
			if h.j < len(r.toks) && r.toks[h.j].joined && ethnicSuffix[r.tkey(h.j)] {
				continue // "Serb-majority towns", "Russian-speaking regions": people, not the state
			}
			m.kind, m.adj = mCountry, true
		case gCapital:
			m.kind, m.capital = mCountry, true
			m.weak = r.s.weakCap[e.ref]
			if r.locative(h.i, h.j) {
				m.kind = mLocation
				m.country = k.Countries[e.ref].Code
				m.name = r.text[r.toks[h.i].start:r.toks[h.j-1].end]
			}
		case gPlace:
			m.kind = mLocation
			m.country = r.s.lx.places[e.ref].country
			m.name = r.text[r.toks[h.i].start:r.toks[h.j-1].end]
			m.ref = -1
		case gOrg:
			m.kind = mOrg
			// "BRUSSELS (AP) —", "talks in Brussels": the city, not the EU
			for _, x := range h.entries {
				if x.kind == gCapital && r.locative(h.i, h.j) {
					m.kind, m.ref = mLocation, -1
					m.country = k.Countries[x.ref].Code
					m.name = r.text[r.toks[h.i].start:r.toks[h.j-1].end]
					break
				}
			}
		case gPerson:
			m.kind = mPerson
			// the candidates: a slice of the run's buffer, capped
			n0 := len(r.sc.cands)
			for _, x := range h.entries {
				if x.kind == gPerson && !containsRef(r.sc.cands[n0:], x.ref) {
					r.sc.cands = append(r.sc.cands, x.ref)
				}
			}
			if n := len(r.sc.cands); n > n0 {
				m.cands = r.sc.cands[n0:n:n]
			}
			if e.single && r.toks[h.i].flags&fStop != 0 {
				m.rule = "kb:weak" // "May": only with the full name in the text
			}
		}
		r.addMent(m)
	}
	r.weakCapitals()
}

// weakCapitals drops the capitals of data/weakcapitals.txt named without
// support: their state named elsewhere in the document, or a preposition
// of place before and no capitalised word after ("in Kingston", not
// "Kingston Police" nor "the Green Valley Militia").
func (r *run) weakCapitals() {
	for idx := range r.ments {
		m := &r.ments[idx]
		if !m.weak || m.kind != mCountry && m.kind != mLocation {
			continue
		}
		code := r.s.kb.Countries[m.ref].Code
		named := false
		for x := range r.ments {
			o := &r.ments[x]
			if x != idx && !o.weak && countryLike(o) && r.mentCountry(o) == code {
				named = true
				break
			}
		}
		m.weak = false
		theOK := !strings.HasPrefix(r.s.kb.Countries[m.ref].Capital, "The ") || r.key(m.i-1) == "the"
		nextCap := r.sameSeg(m.j-1, m.j) && r.capWord(m.j)
		prep := r.key(m.i - 1)
		if prep == "the" {
			prep = r.key(m.i - 2)
		}
		supported := (locativePreps[prep] || prep == "from" || prep == "to") && !nextCap
		if theOK && (supported || named && !nextCap) {
			if r.key(m.i-1) == "the" && r.own[m.i-1] < 0 && strings.HasPrefix(r.s.kb.Countries[m.ref].Capital, "The ") {
				m.i-- // "The Valley"
				m.start = r.toks[m.i].start
				r.own[m.i] = int32(idx)
			}
			if supported {
				m.kind, m.country, m.name = mLocation, code, r.text[m.start:m.end]
			}
			continue
		}
		m.kind = mDrop
		for k := m.i; k < m.j; k++ {
			if r.own[k] == int32(idx) {
				r.own[k] = -1
			}
		}
	}
}

// northSouth takes "the North" and "the South" for North and South Korea
// in a story that names either Korea (as a state, a capital or a place in
// it): "Seoul said the North had fired a missile". Not before a name or a
// complement ("the North Atlantic", "the South of France").
func (r *run) northSouth() {
	north, south := r.s.countryRef["PRK"], r.s.countryRef["KOR"]
	if north < 0 || south < 0 {
		return
	}
	korea := -1 // unknown until a candidate is seen
	for _, c := range r.sc.caps {
		k := int(c)
		t := &r.toks[k]
		if k < 1 || t.flags&fNorthSouth == 0 || t.shape != shapeCap || r.own[k] >= 0 || r.toks[k-1].flags&fThe == 0 ||
			!r.sameSeg(k-1, k) || r.segCase[t.sent] != segNormal {
			continue
		}
		if n := k + 1; n < len(r.toks) && r.sameSeg(k, n) && (r.capWord(n) || r.toks[n].joined || r.key(n) == "of") {
			continue
		}
		if korea < 0 {
			korea = 0
			if r.namesCountry("PRK") || r.namesCountry("KOR") {
				korea = 1
			}
		}
		if korea == 0 {
			return
		}
		ref := north
		if r.keyOf(t) == "south" {
			ref = south
		}
		r.addMent(ment{i: k, j: k + 1, kind: mCountry, ref: ref, rule: "pattern:korea"})
	}
}

// pick chooses among the names of one span: an organisation or person over
// a country name over a metonym, capital, adjective, place.
func pick(es []entry) entry {
	rank := func(k uint8) int {
		switch k {
		case gOrg:
			return 0
		case gPerson:
			return 1
		case gCountry:
			return 2
		case gMetonym:
			return 3
		case gCapital:
			return 4
		case gAdjective:
			return 5
		}
		return 6
	}
	best := es[0]
	for _, e := range es[1:] {
		if e.kind == gPerson && best.kind != gPerson && e.single {
			continue // a country, not a one-word person alias
		}
		if rank(e.kind) < rank(best.kind) {
			best = e
		}
	}
	return best
}

func (r *run) entryCountry(e entry) string {
	switch e.kind {
	case gCountry, gCapital, gAdjective, gMetonym:
		return r.s.kb.Countries[e.ref].Code
	case gPlace:
		return r.lx.places[e.ref].country
	}
	return ""
}

// locHeadAfter reports whether the words from token j on finish a place
// name: up to two more capitalised words and a place head ("Square",
// "Sea"). It returns the end of the place name.
func (r *run) locHeadAfter(j int) (int, bool) {
	if r.toks[j-1].poss {
		return 0, false
	}
	for k := j; k < j+3 && k < len(r.toks) && r.sameSeg(j-1, k); k++ {
		if !r.capWord(k) {
			return 0, false
		}
		if r.toks[k].flags&fLocAfter != 0 {
			return k + 1, true
		}
		if r.toks[k].poss {
			return 0, false
		}
	}
	return 0, false
}

// locHeadBefore reports whether the words before token i open a place name
// ("Gulf of", "Sea of", "Lake", "Camp") and returns its start.
func (r *run) locHeadBefore(i int) (int, bool) {
	if i >= 2 && r.key(i-1) == "of" && r.capWord(i-2) && r.lx.locBefore2[r.key(i-2)+" of"] {
		return i - 2, true
	}
	if i >= 1 && r.capWord(i-1) && r.lx.locBefore2[r.key(i-1)] {
		return i - 1, true
	}
	return 0, false
}

// partOfName reports whether a one-word place or country name at token i is
// really part of a person's name: "Jordan Peterson", "George Washington".
func (r *run) partOfName(i int) bool {
	t := &r.toks[i]
	if r.segCase[t.sent] != segNormal {
		return false
	}
	if !t.poss && t.flags&fGiven != 0 && r.sameSeg(i, i+1) && r.nameWord(i+1) && !r.toks[i+1].joined &&
		!r.hitAt(i+1) {
		return true
	}
	if r.sameSeg(i-1, i) && r.capWord(i-1) && r.toks[i-1].flags&fGiven != 0 {
		return true
	}
	return false
}

// usCity reports whether the capital or place of hit h, entry e, is a US
// town of the same name: a US state follows after a comma ("Athens,
// Georgia", "Paris, Tex."), or it follows "in" after a name taken for a US
// state ("the University of Georgia in Athens").
func (r *run) usCity(h hit, e entry) bool {
	if r.key(h.i-1) == "in" {
		if o := r.owner(h.i - 2); o != nil && o.kind == mLocation && o.rule == "pattern:us-state" && r.sameSeg(h.i-2, h.i) {
			return true
		}
	}
	if r.key(h.j) != "," || !r.sameSeg(h.j, h.j+1) || r.toks[h.j-1].poss {
		return false
	}
	end := r.usStateAt(h.j + 1)
	if end < 0 {
		return false
	}
	switch r.key(end) {
	case "and", "or":
		return false // "Moscow, Georgia and Ukraine": a list
	}
	// "Tbilisi, Georgia": the state's name is the city's country
	if _, es := r.s.m.longestAt(r.toks, h.j+1); es != nil {
		city := r.entryCountry(e)
		for _, x := range es {
			if x.kind == gCountry && r.s.kb.Countries[x.ref].Code == city {
				return false
			}
		}
	}
	return true
}

// usStateAt returns the end of a US state's name or abbreviation starting
// at token k ("Georgia", "New York", "Ga.", "N.Y."), or -1.
func (r *run) usStateAt(k int) int {
	if !r.capWord(k) {
		return -1
	}
	var buf [2]string
	n, x := 0, k
	best := -1
	for n < 2 && x < len(r.toks) && r.capWord(x) && r.sameSeg(k, x) {
		buf[n] = r.tkey(x)
		n++
		x++
		if r.key(x) == "." && r.toks[x-1].end == r.toks[x].start {
			x++
		}
		key := buf[0]
		if n == 2 {
			key += " " + buf[1]
		}
		if r.lx.usState[key] {
			best = x
		}
	}
	return best
}

// instrumentAfter reports whether an agreement or process word follows the
// place name ending at token j: "Rome Statute", "Paris climate agreement".
func (r *run) instrumentAfter(j int) bool {
	if !r.sameSeg(j-1, j) || r.toks[j-1].poss {
		return false
	}
	if r.lx.instrument[r.key(j)] {
		return true
	}
	return r.sameSeg(j, j+1) && r.toks[j].shape == shapeLower && r.toks[j].flags&(fFunction|fStop) == 0 &&
		r.lx.instrument[r.key(j+1)]
}

func hasKind(es []entry, kind uint8) bool {
	for _, e := range es {
		if e.kind == kind {
			return true
		}
	}
	return false
}

// surnameAfterName reports whether the word at token i ends a person's
// name: one to three name words stand before it, the first a given name or
// after a title ("Envoy Amélie Bongo Wagner").
func (r *run) surnameAfterName(i int) bool {
	if r.segCase[r.toks[i].sent] != segNormal || r.toks[i].joined {
		return false
	}
	c := i
	for c > i-3 && r.sameSeg(c-1, i) && r.own[c-1] < 0 && !r.toks[c-1].poss && r.nameWord(c-1) && !r.toks[c].joined {
		c--
		if r.toks[c].flags&fGiven != 0 {
			return true
		}
	}
	if c == i {
		return false
	}
	x := c - 1
	if r.key(x) == "." {
		x--
	}
	return r.sameSeg(x, c) && r.role(x) >= roleTitle && r.own[x] < 0
}

// nameNotAcronym reports whether the Title-case word at token i, which
// matches an acronym of the gazetteer ("Rand" for RAND), is rather a
// person's name: it follows a person's title ("Senator Rand") or comes
// before a capitalised word that may be a surname ("Rand Paul"). "Nato
// said", "Nato allies" and "Unesco's" stay the acronym.
func (r *run) nameNotAcronym(i int) bool {
	t := &r.toks[i]
	if r.segCase[t.sent] != segNormal || t.joined || t.poss {
		return false
	}
	x := i - 1
	if r.key(x) == "." {
		x--
	}
	if x >= 0 && r.sameSeg(x, i) && r.role(x) >= roleTitle && r.own[x] < 0 {
		return true
	}
	return i+1 < len(r.toks) && r.sameSeg(i, i+1) && !r.toks[i+1].joined && r.nameWord(i+1)
}

// hitAt reports whether a gazetteer name starts at token k.
func (r *run) hitAt(k int) bool {
	j, _ := r.s.m.longestAt(r.toks, k)
	return j > 0
}

// nameWord reports whether token k may be a word of a person's name.
func (r *run) nameWord(k int) bool {
	if k < 0 || k >= len(r.toks) {
		return false
	}
	t := &r.toks[k]
	if t.shape != shapeCap {
		return false
	}
	if t.flags&(fStop|fLocAfter) == fStop || t.flags&(fRole|fOrgHead|fSpeech) != 0 {
		return false
	}
	return true
}

// usGeorgia weighs the evidence that "Georgia" at token i is the US state.
func (r *run) usGeorgia(i int) bool {
	us, geo := 0, 0
	seg := r.toks[i].sent
	for k := r.segStart[seg]; k < r.segEnd[seg]; k++ {
		switch r.tkey(k) {
		case "atlanta", "republican", "republicans", "democrat", "democrats", "democratic", "governor", "gov",
			"senator", "sen", "county", "gop", "voters", "savannah", "primary", "congressman", "congresswoman":
			us++
		case "tbilisi", "georgian", "georgians", "abkhazia", "ossetia", "caucasus", "kremlin", "moscow":
			geo++
		}
	}
	if r.key(i-1) == "of" && r.key(i-2) == "state" {
		us += 2
	}
	// "Athens, Georgia": a US town before
	if o := r.owner(i - 2); r.key(i-1) == "," && o != nil && o.rule == "pattern:us-city" {
		return true
	}
	// "the University of Georgia in Athens": an institution in a town of
	// another state
	if r.key(i-1) == "of" && r.has(i-2, fOrgHead) && r.key(i+1) == "in" && i+2 < len(r.toks) {
		if _, es := r.s.m.longestAt(r.toks, i+2); es != nil {
			for _, x := range es {
				if (x.kind == gCapital || x.kind == gPlace) && r.entryCountry(x) != "GEO" && r.entryCountry(x) != "" {
					return true
				}
			}
		}
	}
	if r.georgiaWords < 0 {
		// the document's words for the state of Georgia, counted once
		r.georgiaWords = 0
		for k := range r.toks {
			switch r.tkey(k) {
			case "tbilisi", "georgian", "georgians", "abkhazia", "ossetia":
				r.georgiaWords++
			}
		}
	}
	return us > geo+r.georgiaWords
}

// locative reports whether a capital at token i is a place rather than the
// government: "a summit in Washington", a dateline "PYONGYANG, ...".
func (r *run) locative(i, j int) bool {
	if r.toks[i].poss {
		return false
	}
	if locativePreps[r.key(i-1)] && r.sameSeg(i-1, i) {
		return true
	}
	// dateline: "PYONGYANG, June 18", "Pyongyang, North Korea - ...", "BRUSSELS (AP) —",
	// "Geneva (Reuters) -" opening a paragraph
	lineStart := i == 0 || strings.Contains(r.text[r.toks[i-1].end:r.toks[i].start], "\n")
	if lineStart && j < len(r.toks) && r.toks[i].shape == shapeUpper {
		switch r.tkey(j) {
		case "(", "—", "–", "-":
			return true
		}
	}
	if lineStart && j < len(r.toks) && r.tkey(j) == "(" {
		// "(Agency)" then a dash
		for x := j + 1; x < j+5 && x+1 < len(r.toks); x++ {
			if r.tkey(x) == ")" {
				switch r.tkey(x + 1) {
				case "—", "–", "-":
					return true
				}
				break
			}
		}
	}
	if j < len(r.toks) && r.tkey(j) == "," && lineStart {
		if r.toks[i].shape == shapeUpper {
			return true
		}
		rest := r.text[r.toks[j].end:min(len(r.text), r.toks[j].end+40)]
		if k := strings.IndexAny(rest, ".\n"); k >= 0 {
			rest = rest[:k]
		}
		return strings.Contains(rest, " - ") || strings.Contains(rest, " – ") || strings.Contains(rest, " — ") ||
			strings.Contains(rest, "--") || strings.Contains(rest, "(")
	}
	return false
}

// personFor returns the person record for KB person p.
func (r *run) personForKB(p int32) *person {
	if x := r.sc.byKB[p]; x != nil {
		return x
	}
	kp := r.s.kb.People[p]
	x := r.newPerson()
	*x = person{kb: p, name: kp.Name, keys: r.s.kbx.name[p], rule: r.s.kbx.rule[p], first: -1}
	switch t := kp.TermAt(r.date); {
	case t != nil && inForce(t, r.date):
		x.role, x.country, x.inOffice = t.Role, t.Country, true
		x.leader = r.s.kbx.leaderRole[t.Role]
		if t.Org != "" {
			x.affiliation = t.Org
		}
	case t != nil:
		// a term that ended before the date: a former role, which the
		// text may replace
		x.role, x.country = r.s.kbx.formerRole[t.Role], t.Country
	default:
		// no role yet at the date: the text's, and the state of a later term
		x.country = kp.CountryAt(r.date)
	}
	r.sc.byKB[p] = x
	r.people = append(r.people, x)
	return x
}

// entAcc gathers one entity and its mentions while entities runs.
type entAcc struct {
	e     axis.Entity
	first int
	n     int // mentions
}

// refSlot maps a KB index to the entity made for it in the run of
// generation gen (older generations are stale: no clearing between runs).
type refSlot struct {
	gen uint32
	acc int32
}

// entities builds the document's entities from the mentions.
func (r *run) entities() []axis.Entity {
	sc := r.sc
	k := r.s.kb
	if sc.gen++; sc.gen == 1 || len(sc.refs[0]) != len(k.Countries) {
		sc.refs = [3][]refSlot{make([]refSlot, len(k.Countries)), make([]refSlot, len(k.Orgs)), make([]refSlot, len(k.People))}
		sc.gen = 1
	}
	accs := sc.accs[:0]
	// KB entities by kind (0 country, 1 organisation, 2 person) and index
	get := func(kind int, ref int32, mk func() axis.Entity) int32 {
		sl := &sc.refs[kind][ref]
		if sl.gen == sc.gen {
			return sl.acc
		}
		accs = append(accs, entAcc{e: mk(), first: -1})
		*sl = refSlot{sc.gen, int32(len(accs) - 1)}
		return sl.acc
	}
	// context people by name keys
	byName := sc.byName // made when first needed, kept in the scratch
	// locations and pattern organisations by kind and name in any case
	// (strings.EqualFold): see foldKey
	// (strings.EqualFold): a linear search among the first few, then a map
	// by foldKey
	namedAccs := sc.named[:0] // in order of creation
	var byFold map[string]int32
	var buf [64]byte
	kindOf := func(a int32) uint8 {
		if accs[a].e.Kind == axis.EntityLocation {
			return mLocation
		}
		return mOrg
	}
	addNamed := func(a int32) {
		if byFold == nil {
			if namedAccs = append(namedAccs, a); len(namedAccs) <= 16 {
				return
			}
			byFold = map[string]int32{}
			for _, a := range namedAccs {
				key := foldKey(append(buf[:0], kindOf(a)), accs[a].e.Name)
				if _, ok := byFold[string(key)]; !ok {
					byFold[string(key)] = a
				}
			}
			return
		}
		key := foldKey(append(buf[:0], kindOf(a)), accs[a].e.Name)
		if _, ok := byFold[string(key)]; !ok {
			byFold[string(key)] = a
		}
	}
	named := func(kind uint8, name string, mk func() axis.Entity) int32 {
		if byFold == nil {
			for _, a := range namedAccs {
				if kindOf(a) == kind && strings.EqualFold(accs[a].e.Name, name) {
					return a
				}
			}
		} else if a, ok := byFold[string(foldKey(append(buf[:0], kind), name))]; ok {
			return a
		}
		accs = append(accs, entAcc{e: mk(), first: -1})
		a := int32(len(accs) - 1)
		addNamed(a)
		return a
	}
	defer func() { sc.named = namedAccs }()
	// mentions → entity
	of := sc.entOf[:0]
	for idx := range r.ments {
		m := &r.ments[idx]
		a := int32(-1)
		switch {
		case m.inOrg:
		case m.kind == mCountry:
			a = get(0, m.ref, func() axis.Entity {
				c := k.Countries[m.ref]
				return axis.Entity{Kind: axis.EntityCountry, Name: c.Name, Country: c.Code, Code: c.Code, Rule: "kb:country"}
			})
		case m.kind == mLocation:
			a = named(mLocation, m.name, func() axis.Entity {
				return axis.Entity{Kind: axis.EntityLocation, Name: m.name, Country: m.country, Rule: m.rule}
			})
		case m.kind == mOrg && m.ref >= 0:
			a = get(1, m.ref, func() axis.Entity {
				o := k.Orgs[m.ref]
				c := o.Country
				if c == "" && o.Kind == "igo" {
					c = o.Code
				}
				return axis.Entity{Kind: axis.EntityOrganization, Name: o.Name, Country: c, Code: o.Code, Rule: "kb:org"}
			})
			if k.Orgs[m.ref].Code == "" && a == int32(len(accs)-1) && accs[a].n == 0 {
				addNamed(a) // just made: found by name like a pattern organisation
			}
		case m.kind == mOrg:
			a = named(mOrg, m.name, func() axis.Entity {
				return axis.Entity{Kind: axis.EntityOrganization, Name: m.name, Country: m.country, Rule: m.rule}
			})
			if accs[a].e.Country == "" {
				accs[a].e.Country = m.country
			}
		case m.kind == mPerson && m.person != nil:
			p := m.person
			mk := func() axis.Entity {
				return axis.Entity{Kind: axis.EntityPerson, Name: p.name, Country: p.country, Role: p.role,
					Affiliation: p.affiliation, Rule: p.rule}
			}
			if p.kb >= 0 {
				a = get(2, p.kb, mk)
				break
			}
			if p.ent > 0 {
				a = p.ent - 1
				break
			}
			key := strings.Join(p.keys, " ")
			var ok bool
			if a, ok = byName[key]; !ok {
				if byName == nil {
					byName = map[string]int32{}
					sc.byName = byName
				}
				accs = append(accs, entAcc{e: mk(), first: -1})
				a = int32(len(accs) - 1)
				byName[key] = a
			}
			p.ent = a + 1
		}
		of = append(of, a)
		if a >= 0 {
			ac := &accs[a]
			ac.n++
			if ac.first < 0 || m.start < ac.first {
				ac.first = m.start
			}
		}
	}
	sc.entOf, sc.accs = of, accs
	// one backing array for every entity's mentions
	total := 0
	for i := range accs {
		total += accs[i].n
	}
	all := make([]axis.Mention, total)
	off := 0
	for i := range accs {
		accs[i].e.Mentions = all[off : off : off+accs[i].n]
		off += accs[i].n
	}
	for idx, a := range of {
		if a < 0 {
			continue
		}
		m := &r.ments[idx]
		e := &accs[a].e
		e.Mentions = append(e.Mentions, axis.Mention{Start: m.start, End: m.end, Text: r.text[m.start:m.end]})
	}
	order := sc.order[:0]
	for i := range accs {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(x, y int32) int { return accs[x].first - accs[y].first })
	sc.order = order
	ents := make([]axis.Entity, len(accs))
	for i, a := range order {
		e := &ents[i]
		*e = accs[a].e
		e.ID = entityID(i + 1)
		slices.SortFunc(e.Mentions, func(x, y axis.Mention) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			return x.End - y.End
		})
		ms := e.Mentions[:0]
		for _, m := range e.Mentions {
			if len(ms) > 0 && ms[len(ms)-1].Start == m.Start && ms[len(ms)-1].End == m.End {
				continue
			}
			ms = append(ms, m)
		}
		e.Mentions = ms
	}
	return ents
}

// foldKey appends to dst a key of name equal for two names exactly when
// strings.EqualFold holds: each rune replaced by the least rune of its
// case-folding orbit.
func foldKey(dst []byte, name string) []byte {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			for _, r := range name[i:] {
				least := r
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					least = min(least, f)
				}
				dst = utf8.AppendRune(dst, least)
			}
			return dst
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A' // 'K' < 'k' < the Kelvin sign; 'S' < 's' < 'ſ'
		}
		dst = append(dst, c)
	}
	return dst
}

// entityIDs are the IDs of the first entities of a document.
var entityIDs = func() []string {
	ids := make([]string, 256)
	for i := range ids {
		ids[i] = "e" + itoa(i+1)
	}
	return ids
}()

// entityID returns the ID of the n-th entity (from 1): "e1", "e2", ...
func entityID(n int) string {
	if n <= len(entityIDs) {
		return entityIDs[n-1]
	}
	return "e" + itoa(n)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func containsRef(rs []int32, r int32) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
