// Package event codes events between actors in CAMEO and PLOVER.
//
// Patterns (see pattern.go for the file format) are indexed by their first
// word; each word of a sentence costs one map lookup. A match is turned into
// events by finding its actors among the entity mentions around it: the
// subject before the trigger, the object after it or in a slot the pattern
// names, with passive voice, coordination ("the US and South Korea"),
// possessors of noun triggers ("Putin's visit") and pronouns handled by
// rules. Each event is dated from a date in its sentence, else the
// document date, and carries its modality (asserted, alleged with who
// claims it, denied, negated, future, hypothetical).
package event

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/kb"
)

// Name of the stage.
const Name = "event"

// PrecisionDocument says an event's date is the document's, for want of a
// better one.
const PrecisionDocument = "document"

// Stage is the event stage.
type Stage struct {
	pats *Patterns
	err  error
	kb   *kb.KB
}

var (
	defaultOnce sync.Once
	defaultPats *Patterns
	defaultErr  error
)

func loadDefault() (*Patterns, error) {
	defaultOnce.Do(func() { defaultPats, defaultErr = DefaultPatterns() })
	return defaultPats, defaultErr
}

// New returns the event stage with the embedded patterns.
func New() *Stage {
	p, err := loadDefault()
	k, _ := kb.Default()
	return &Stage{pats: p, err: err, kb: k}
}

// NewWithFiles returns the event stage with the embedded patterns and the
// users' pattern files.
func NewWithFiles(files ...string) (*Stage, error) {
	ps, err := DefaultPatterns()
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if err := ps.LoadFile(f); err != nil {
			return nil, err
		}
	}
	k, _ := kb.Default()
	return &Stage{pats: ps, kb: k}, nil
}

// Patterns returns the stage's patterns.
func (s *Stage) Patterns() *Patterns { return s.pats }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (s *Stage) Process(ctx context.Context, d *axis.Document) error {
	_, err := s.Code(ctx, d, false)
	return err
}

// Code fills d.Events and d.Treaties and, when trace is set, returns an
// explanation of every sentence.
func (s *Stage) Code(ctx context.Context, d *axis.Document, trace bool) ([]SentenceTrace, error) {
	if s.err != nil {
		return nil, fmt.Errorf("load patterns: %w", s.err)
	}
	c := newCoder(s, d, trace)
	for i := range d.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				c.release()
				coders.Put(c)
				return nil, err
			}
		}
		c.sentence(i)
	}
	// the coder's buffer is reused; the document gets a copy of its size
	d.Events = make([]axis.Event, len(c.events))
	copy(d.Events, c.events)
	d.Treaties = findTreaties(c)
	tr := c.traces
	c.release()
	coders.Put(c)
	return tr, nil
}

// actor is an entity mention that can take part in an event.
type actor struct {
	ent      *axis.Entity
	start    int // byte offsets
	end      int
	t0, t1   int    // token span in the sentence's tokens
	code     string // ISO3 or IGO code
	location bool
	person   bool
	domestic bool // a state's forces or people named by a common noun ("police")
	igo      bool // an intergovernmental organisation of the knowledge base
}

// phrase is a run of mentions naming one actor ("Russian President
// Vladimir Putin"); head is the mention that stands for it.
type phrase struct {
	t0, t1 int
	head   actor
}

// one returns the group of the one phrase p, kept in the sentence's
// arena.
func (c *coder) one(p phrase) []phrase {
	c.arena = append(c.arena, p)
	n := len(c.arena)
	return c.arena[n-1 : n : n]
}

// oneActor returns the group of the one actor a, named outside the
// sentence's phrases.
func (c *coder) oneActor(a *actor) []phrase {
	return c.one(phrase{t0: -1, t1: -1, head: *a})
}

// candidates returns the list of the one candidate group g, kept in the
// sentence's arena of candidates.
func (c *coder) candidates(g []phrase) [][]phrase {
	c.cands = append(c.cands, g)
	n := len(c.cands)
	return c.cands[n-1 : n : n]
}

// SentenceTrace explains one sentence.
type SentenceTrace struct {
	Sentence int
	Text     string
	Actors   []string
	Matches  []string
	Misses   []string
	Events   []string
}

type coder struct {
	st      *Stage
	d       *axis.Document
	mention []actor // every actor mention of the document, by offset
	spare   []actor // a buffer for sorting mentions
	order   []int32
	keys    []uint64
	// buffers of anaphors
	added  []actor
	counts []codeCount
	orgs   []int
	events []axis.Event
	toks   []tok
	trig   []int32 // the tokens that start a pattern
	capCls class   // the classes of the sentence's capitalised words
	// buffers of the matches of a sentence
	ms, taken, failed []match
	phr               []phrase
	brokers           []actor // mediators named in compounds ("US-brokered")
	trace             bool
	traces            []SentenceTrace
	cur               *SentenceTrace
	// lastSubject is the subject of the previous sentence, for pronouns.
	lastSubject []phrase
	lastPerson  *actor
	sent        sentState
	forms       formTable // lower-case forms of capitalised words (token.go)
	treatySents []int     // sentences naming a treaty
	// prevActors are the previous sentence's actors; lastGroup the last
	// list of coordinated actors ("the US, Japan and South Korea")
	prevActors []actor
	prevLinked bool // an event of the previous sentence links two actors
	groups     [][]actor
	// topic is the headline's first actor, for "they" and "it" with no
	// nearer antecedent
	topic *actor
	// acts are the latest matches with a source, coded or not, for the
	// acts a later noun names ("condemned the strikes")
	acts []act
	si   int // the sentence being coded
	// arena holds the groups of phrases made while coding a sentence,
	// cands the lists of candidate groups; they are emptied at the start
	// of each
	arena []phrase
	cands [][]phrase
	late  [][]phrase // subjectsBefore's objects of prepositions
	// spareGroups are the backing arrays of groups forgotten
	spareGroups [][]actor
	topicBuf    actor        // backs topic
	ttoks       []tok        // the tokens of a treaty sentence
	parts       []axis.Actor // venue's parties
	// backing stores of lastSubject and lastPerson
	subjectBuf [1]phrase
	personBuf  actor
	idx        docIndex // index.go
	evIdx      eventIndex
	mIdx       mentionIndex
}

// act is a match with its source: what a later "the strikes" may name.
type act struct {
	src    actor
	plover string
	tgt    string // target's code, or ""
	tgtA   actor  // the target, when hasTgt
	hasTgt bool
	start  int // byte offset of the trigger
	si     int // its sentence
}

// maxActs bounds the acts remembered.
const maxActs = 32

var nonActorOrgKinds = map[string]bool{"media": true, "university": true, "thinktank": true, "company": true}

// coders keeps coders for reuse: their token, phrase and mention buffers
// and the lower-case forms of capitalised words outlive a document.
var coders = sync.Pool{New: func() any { return &coder{} }}

func newCoder(s *Stage, d *axis.Document, trace bool) *coder {
	c := coders.Get().(*coder)
	c.st, c.d, c.trace = s, d, trace
	c.events = c.events[:0]
	for i := range d.Entities {
		e := &d.Entities[i]
		a := actor{ent: e}
		switch e.Kind {
		case axis.EntityCountry:
			a.code = e.Code
			if a.code == "" {
				a.code = e.Country
			}
		case axis.EntityPerson:
			a.code = e.Country
			a.person = true
		case axis.EntityOrganization:
			if s.kb != nil {
				o := s.kb.Org(e.Code)
				if e.Code != "" && o != nil && nonActorOrgKinds[o.Kind] {
					continue
				}
				a.igo = o != nil && o.Kind == "igo"
			}
			a.code = e.Country
			if a.code == "" {
				a.code = e.Code
			}
		case axis.EntityLocation:
			a.code = e.Country
			a.location = true
		}
		if a.code == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			a.start, a.end = m.Start, m.End
			// "Kenyans", "Georgians": a state's people, who may protest
			// against their own government
			a.domestic = e.Kind == axis.EntityCountry && peopleName(d.Text[m.Start:m.End], e.Name)
			c.mention = append(c.mention, a)
		}
	}
	c.sortMentions()
	c.anaphors()
	c.indexDocument()
	c.resetIndexes()
	return c
}

// sortMentions orders the mentions by offset and drops those nested in or
// overlapping an earlier one. It sorts an index and moves each mention
// once, in place.
func (c *coder) sortMentions() {
	ms := c.mention
	if !slices.IsSortedFunc(ms, byOffset) {
		if !c.sortKeys() {
			c.order = c.order[:0]
			for i := range ms {
				c.order = append(c.order, int32(i))
			}
			slices.SortFunc(c.order, func(a, b int32) int { return cmpOffset(&ms[a], &ms[b]) })
		}
		// put each mention in its place, one cycle of the order at a time
		order := c.order
		for k := range ms {
			if order[k] < 0 || int(order[k]) == k {
				continue
			}
			tmp := ms[k]
			for j := k; ; {
				src := int(order[j])
				order[j] = -1
				if src == k {
					ms[j] = tmp
					break
				}
				ms[j] = ms[src]
				j = src
			}
		}
	}
	n, last := 0, -1
	for k := range c.mention {
		if c.mention[k].start < last {
			continue
		}
		if n != k {
			c.mention[n] = c.mention[k]
		}
		last = c.mention[n].end
		n++
	}
	c.mention = c.mention[:n]
}

// Bits of a mention's sort key: its start, its length subtracted from
// the largest, its index.
const (
	keyStartBits = 28
	keyLenBits   = 14
	keyIndexBits = 64 - keyStartBits - keyLenBits
)

// sortKeys sets c.order to the mentions' indexes in the order of
// cmpOffset by sorting integer keys, and reports whether it could: the
// mentions must fit the keys and no two may have the same span, whose
// order the comparison sort leaves to chance.
func (c *coder) sortKeys() bool {
	ms := c.mention
	if len(ms) >= 1<<keyIndexBits {
		return false
	}
	keys := c.keys[:0]
	for i := range ms {
		n := ms[i].end - ms[i].start
		if ms[i].start >= 1<<keyStartBits || n <= 0 || n >= 1<<keyLenBits {
			return false
		}
		keys = append(keys, uint64(ms[i].start)<<(keyLenBits+keyIndexBits)|uint64(1<<keyLenBits-1-n)<<keyIndexBits|uint64(i))
	}
	slices.Sort(keys)
	c.keys = keys
	for k := 1; k < len(keys); k++ {
		if keys[k]>>keyIndexBits == keys[k-1]>>keyIndexBits {
			return false
		}
	}
	c.order = c.order[:0]
	for _, k := range keys {
		c.order = append(c.order, int32(k&(1<<keyIndexBits-1)))
	}
	return true
}

// byOffset orders mentions by start, the longer first.
func byOffset(a, b actor) int {
	return cmpOffset(&a, &b)
}

func cmpOffset(a, b *actor) int {
	if a.start != b.start {
		return a.start - b.start
	}
	return b.end - a.end
}

// release drops what a coder holds of its document, keeping its buffers.
func (c *coder) release() {
	clear(c.events) // drop what the events point to
	clear(c.idx.entity)
	for _, g := range c.groups {
		clear(g)
		c.spareGroups = append(c.spareGroups, g[:0])
	}
	clear(c.groups)
	clear(c.acts)
	idx := docIndex{dateMaxEnd: c.idx.dateMaxEnd[:0], quoteMaxEnd: c.idx.quoteMaxEnd[:0], sentDates: c.idx.sentDates[:0], entity: c.idx.entity}
	evIdx, mIdx := c.evIdx, c.mIdx
	*c = coder{
		idx: idx, evIdx: evIdx, mIdx: mIdx,
		events: c.events[:0], arena: c.arena[:0], cands: c.cands[:0], late: c.late[:0], spareGroups: c.spareGroups, ttoks: c.ttoks[:0], parts: c.parts[:0],
		mention: c.mention[:0], spare: c.spare[:0], order: c.order[:0], keys: c.keys[:0], added: c.added[:0], counts: c.counts[:0], orgs: c.orgs[:0], toks: c.toks[:0], trig: c.trig[:0], ms: c.ms[:0], taken: c.taken[:0], failed: c.failed[:0], phr: c.phr[:0], brokers: c.brokers[:0], forms: c.forms,
		treatySents: c.treatySents[:0], prevActors: c.prevActors[:0], groups: c.groups[:0], acts: c.acts[:0],
	}
}

// duplicate reports whether sentence si already has an event with these
// actors and category (its events are the last ones coded): a sentence
// reports one event of a kind between two actors, whatever the CAMEO code.
func (c *coder) duplicate(si int, src, tgt, plover string) bool {
	return c.duplicateAt(si, src, tgt, plover) >= 0
}

// duplicateAt returns the index of the event duplicate reports, or -1.
func (c *coder) duplicateAt(si int, src, tgt, plover string) int {
	for i := len(c.events) - 1; i >= 0 && c.events[i].Sentence == si; i-- {
		e := &c.events[i]
		if e.Source.Country == src && e.Target.Country == tgt && e.PLOVER == plover {
			return i
		}
	}
	return -1
}

// finerCode reports whether CAMEO code a says more than b: a sub-code, or
// a specified code beside an unspecified one ("145" beside "140").
func finerCode(a, b string) bool {
	return len(a) > len(b) || len(a) == len(b) && a[len(a)-1] != '0' && b[len(b)-1] == '0'
}

// eventIDs are the first event ids, made once.
var eventIDs = func() []string {
	ids := make([]string, 256)
	for i := range ids {
		ids[i] = "v" + strconv.Itoa(i)
	}
	return ids
}()

// eventID returns the id of the nth event ("v1").
func eventID(n int) string {
	if n < len(eventIDs) {
		return eventIDs[n]
	}
	return "v" + strconv.Itoa(n)
}

// precisionRank orders date precisions: a date of the text beats the
// document's, a day beats a month.
func precisionRank(p string) int {
	switch p {
	case axis.PrecisionDay:
		return 3
	case axis.PrecisionMonth:
		return 2
	case axis.PrecisionYear:
		return 1
	}
	return 0
}

// match is one pattern matched in a sentence.
type match struct {
	p       *Pattern
	nominal bool // the trigger is a noun: the pattern's flag, or after a determiner ("the attacks on")
	t0, t1  int  // token span
	slotS   int
	slotT   int
	slotP   int
}

// directedSlot reports whether m's target slot is in the text after a
// preposition that points the act at a third party ("to", "into",
// "against" ...), as in "contribute jets to the operation".
func (c *coder) directedSlot(m match) bool {
	if m.slotT < 1 || m.slotT >= len(c.toks) {
		return false
	}
	switch c.toks[m.slotT-1].low {
	case "to", "into", "toward", "towards", "against", "at", "for", "on":
		return true
	}
	return false
}

func (c *coder) sentence(si int) {
	c.si = si
	c.arena, c.cands = c.arena[:0], c.cands[:0]
	s := c.d.Sentences[si]
	if s.Start < 0 || s.End > len(c.d.Text) || s.Start >= s.End {
		return
	}
	if c.trace {
		c.traces = append(c.traces, SentenceTrace{Sentence: si, Text: c.d.Text[s.Start:s.End]})
		c.cur = &c.traces[len(c.traces)-1]
	}
	if s.Kind == axis.KindByline || s.Kind == axis.KindDateline {
		return
	}
	c.toks = c.sentenceTokens(c.toks[:0], si)
	trig := c.trig
	if c.capCls&clsTreatyHead != 0 {
		c.treatySents = append(c.treatySents, si)
		c.markTreatyNames()
	}
	c.buildPhrases(s)
	if c.trace {
		for _, p := range c.phr {
			c.cur.Actors = append(c.cur.Actors, fmt.Sprintf("%s=%s", c.d.Text[c.toks[p.t0].start:c.toks[p.t1-1].end], p.head.code))
		}
	}
	ms := c.ms[:0]
	for _, i := range trig {
		i := int(i)
		if s.Kind != axis.KindHeadline && c.inName(i) || c.toks[i].treaty {
			continue
		}
		ps := c.st.pats
		id := c.toks[i].id
		next := int32(-1) // the id of the token after the trigger
		if i+1 < len(c.toks) {
			next = c.toks[i+1].id
		}
		g := &ps.trigs[id]
		if !g.other && (next < 0 || g.next&wordBit(next) == 0) {
			continue // no test of the next token passes
		}
		tests, pats := ps.tryList[g.start:g.end], ps.tryPats[g.start:g.end]
		for k := range tests {
			x := &tests[k]
			switch {
			case x.n == 0:
			case x.hi == 1:
				if x.w0 != 0 && next != x.w0 || x.w0 == 0 && (next < 0 || x.mask&wordBit(next) == 0 || !hasWord(ps.tryWords[x.off:x.off+uint32(x.n)], next)) {
					continue
				}
			case !c.probe(x, i+int(x.lo), i+int(x.hi)):
				continue
			}
			if m, ok := c.match(&pats[k], i); ok {
				ms = append(ms, m)
			}
		}
	}
	// where matches overlap the most specific one that yields an event
	// wins; clusters of overlapping matches are coded left to right
	c.sent = sentState{}
	first := len(c.events)
	// ms is in order of t0: patterns are tried word by word
	for i := 0; i < len(ms); {
		j, end := i+1, ms[i].t1
		for j < len(ms) && ms[j].t0 < end {
			end = max(end, ms[j].t1)
			j++
		}
		cl := ms[i:j]
		if len(cl) > 1 {
			slices.SortStableFunc(cl, func(a, b match) int { return b.p.Specificity - a.p.Specificity })
		}
		taken, failed := c.taken[:0], c.failed[:0]
		for _, m := range cl {
			blocked := false
			for _, t := range taken {
				if overlaps(m, t) {
					blocked = true
					break
				}
			}
			// a bare intransitive reading gives way to a longer pattern
			// that failed ("pulled out of the negotiations" is no retreat)
			for _, f := range failed {
				if m.p.Intransitive && f.p.Specificity > m.p.Specificity && f.t0 <= m.t0 && m.t1 <= f.t1 {
					blocked = true
				}
			}
			if blocked {
				continue
			}
			if m.p.Null {
				// codes nothing and silences the matches it overlaps
				taken = append(taken, m)
				if c.trace {
					c.cur.Matches = append(c.cur.Matches, fmt.Sprintf("%s %q → no event (null pattern)", m.p.ID, c.d.Text[c.toks[m.t0].start:c.toks[m.t1-1].end]))
				}
				continue
			}
			if c.code(si, m) {
				taken = append(taken, m)
			} else {
				failed = append(failed, m)
			}
		}
		c.taken, c.failed = taken, failed
		i = j
	}
	c.ms = ms
	c.venue(si, first)
	c.brokered(si, first)
	c.judgedMove(si, first)
	if s.Kind == axis.KindHeadline && c.topic == nil {
		for k := range c.phr {
			if !c.phr[k].head.location {
				c.topicBuf = c.phr[k].head
				c.topic = &c.topicBuf
				break
			}
		}
	}
	c.prevLinked = false
	for k := first; k < len(c.events); k++ {
		if c.events[k].Target.Country != "" {
			c.prevLinked = true
		}
	}
	c.prevActors = c.prevActors[:0]
	for k := range c.phr {
		if !c.phr[k].head.location {
			c.prevActors = append(c.prevActors, c.phr[k].head)
		}
	}
	for k := 0; k+1 < len(c.phr); k++ {
		if c.coordinated(c.phr[k].t1, c.phr[k+1].t0) {
			var g []actor
			if n := len(c.spareGroups); n > 0 {
				g, c.spareGroups = c.spareGroups[n-1][:0], c.spareGroups[:n-1]
			}
			g = append(g, c.phr[k].head)
			j := k + 1
			for ; j < len(c.phr) && c.coordinated(c.phr[j-1].t1, c.phr[j].t0); j++ {
				g = append(g, c.phr[j].head)
			}
			c.groups = append(c.groups, g)
			if len(c.groups) > 6 {
				c.spareGroups = append(c.spareGroups, c.groups[0])
				n := copy(c.groups, c.groups[1:])
				c.groups[n] = nil
				c.groups = c.groups[:n]
			}
			k = j - 1
		}
	}
	// remember the subject for pronouns in the next sentence: an actor
	// that opens it
	c.lastSubject = nil
	for k := range c.phr {
		// or the first actor after a fronted phrase ("As a party to the
		// statute, Mongolia ...")
		if p := &c.phr[k]; !p.head.location && (p.t0 <= 3 || k == 0 && c.toks[p.t0-1].low == ",") {
			c.subjectBuf[0] = *p
			c.lastSubject = c.subjectBuf[:1]
			break
		}
	}
	for i := len(c.phr) - 1; i >= 0; i-- {
		if c.phr[i].head.person {
			c.personBuf = c.phr[i].head
			c.lastPerson = &c.personBuf
			break
		}
	}
}

var titleWords = toSet("president leader minister prime foreign defence defense secretary state of spokesman spokeswoman spokesperson chancellor king queen general commander chief head deputy vice supreme premier envoy ambassador counterpart senator official dictator ruler monarch crown prince emir sheikh")

// apposWords join an organisation to a member named after it: "ICC member
// Mongolia", "NATO ally Turkey"; the member heads the phrase.
var apposWords = toSet("member members ally allies neighbour neighbor partner")

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// buildPhrases finds the actor mentions of the sentence and groups runs of
// them into phrases.
func (c *coder) buildPhrases(s axis.Sentence) {
	c.phr = c.phr[:0]
	c.brokers = c.brokers[:0]
	lo := sort.Search(len(c.mention), func(i int) bool { return c.mention[i].start >= s.Start })
	ti := 0
	for k := lo; k < len(c.mention) && c.mention[k].start < s.End; k++ {
		a := c.mention[k]
		for ti < len(c.toks) && c.toks[ti].end <= a.start {
			ti++
		}
		if ti >= len(c.toks) {
			break
		}
		a.t0 = ti
		a.t1 = ti + 1
		for a.t1 < len(c.toks) && c.toks[a.t1].start < a.end {
			a.t1++
		}
		if c.dateline(a) || c.datelineCountry(a) {
			continue
		}
		if backedBy(c.d.Text, a.end) {
			continue // "Iran-backed militias": a sponsor, not the actor
		}
		if a.igo && c.someMember(a) {
			continue // "a NATO member fired": one member, unnamed
		}
		if brokeredBy(c.d.Text, a.end) {
			c.brokers = append(c.brokers, a) // "a US-brokered deal": a mediator, not a party
			continue
		}
		if n := len(c.phr); n > 0 && c.glue(c.phr[n-1].t1, a.t0) {
			p := &c.phr[n-1]
			p.t1 = a.t1
			if a.person || !p.head.person {
				if !(a.location && !p.head.location) {
					p.head = a
				}
			}
			continue
		}
		c.phr = append(c.phr, phrase{t0: a.t0, t1: a.t1, head: a})
	}
}

// isTrigger reports whether token i is a lower-case word that starts a
// pattern: after "and" it starts a coordinated verb phrase.
func (c *coder) isTrigger(i int) bool {
	t := c.toks[i]
	return !t.cap && t.cls&clsTrigger != 0
}

// inName reports whether token i is a capitalised word inside a name
// ("Rapid Support Forces", "Armed Forces"): no trigger there.
func (c *coder) inName(i int) bool {
	if !c.toks[i].cap || i == 0 {
		return false
	}
	p := c.toks[i-1]
	return p.cap && !p.punct || i+1 < len(c.toks) && c.toks[i+1].cap && !c.toks[i+1].punct && i > 0 && !isBoundary(p.low) && p.low != ","
}

// dateline reports whether mention a is a dateline's place at the start
// of a sentence: "ABUJA, Aug 10 —", "BRUSSELS (AP) —", "NEW DELHI/ISLAMABAD –".
func (c *coder) dateline(a actor) bool {
	if a.t0 > 2 || a.t1 >= len(c.toks) || a.end-a.start < 3 {
		return false
	}
	for i := 0; i < a.t0; i++ {
		if !c.isUpperWord(i) && c.toks[i].low != "/" {
			return false
		}
	}
	for i := a.t0; i < a.t1; i++ {
		if !c.isUpperWord(i) && !c.toks[i].punct {
			return false
		}
	}
	switch c.toks[a.t1].low {
	case ",", "(", "—", "–", "-", "/":
		return true
	}
	return false
}

// datelineCountry reports whether mention a is the region or country
// after a dateline's city: "TBILISI, Georgia (AP) —", "ZVECAN, Kosovo --".
func (c *coder) datelineCountry(a actor) bool {
	if a.t0 < 2 || a.t0 > 5 || a.t1 >= len(c.toks) || c.toks[a.t0-1].low != "," {
		return false
	}
	for i := 0; i < a.t0-1; i++ {
		if !c.isUpperWord(i) && c.toks[i].low != "/" {
			return false
		}
	}
	switch c.toks[a.t1].low {
	case "(", "—", "–", "-", "--":
		return true
	}
	return false
}

// isUpperWord reports whether token i is a word in capitals ("ABUJA").
func (c *coder) isUpperWord(i int) bool {
	t := c.toks[i]
	if t.punct {
		return false
	}
	w := c.d.Text[t.start:t.end]
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// glue reports whether tokens [i, j) join two mentions into one phrase:
// titles and possessives ("Russian President Vladimir Putin", "North
// Korea's Kim").
func (c *coder) glue(i, j int) bool {
	if j-i > 3 || j < i {
		return false
	}
	for k := i; k < j; k++ {
		t := c.toks[k]
		if t.low == "'s" || (t.cap && !t.punct && k > 0) || t.cls&(clsTitle|clsAppos) != 0 {
			continue
		}
		return false
	}
	return true
}

// probe reports whether a token from lo to hi is one of x's words.
func (c *coder) probe(x *try, lo, hi int) bool {
	words := c.st.pats.tryWords[x.off : x.off+uint32(x.n)]
	for k := lo; k <= hi && k < len(c.toks); k++ {
		if id := c.toks[k].id; x.mask&wordBit(id) != 0 && hasWord(words, id) {
			return true
		}
	}
	return false
}

// match tries the pattern of x with its first word at token i.
func (c *coder) match(x *tryPat, i int) (match, bool) {
	m := match{p: x.p, t0: i, slotS: -1, slotT: -1, slotP: -1}
	end, ok := c.matchFrom(x.elems, 1, i+1, &m)
	if !ok {
		return m, false
	}
	m.t1 = end
	m.nominal = x.p.Nominal || c.determined(i) || c.nounForm(i)
	return m, true
}

// namedDoer reports whether the target slot at t names the doers of the
// act a verb takes as its object: "welcomed the deal signed by Egypt and
// Israel", "the truce between Israel and Hamas".
func (c *coder) namedDoer(t int) bool {
	if t <= 0 || t >= len(c.toks) {
		return false
	}
	w := c.toks[t-1].low
	return w == "by" || w == "between"
}

// nounForm reports whether the verb form at i is a noun or an adjective:
// a plural after a numeral or a weapon ("12 million artillery shells",
// "two strikes"), a participle between a numeral and a noun ("frees three
// detained sailors").
func (c *coder) nounForm(i int) bool {
	if i == 0 {
		return false
	}
	w := c.toks[i].low
	plural := strings.HasSuffix(w, "s")
	if !plural && !strings.HasSuffix(w, "ed") {
		return false
	}
	k := i - 1
	if plural && weaponNouns[c.toks[k].low] {
		return true
	}
	for k > 0 && (weaponNouns[c.toks[k].low] || numberScale[c.toks[k].low]) {
		k--
	}
	if !isNumeral(c.toks[k].low) {
		return false
	}
	if plural {
		return true
	}
	// "three detained sailors": a noun after the participle
	if i+1 >= len(c.toks) {
		return false
	}
	if !c.nounAt(i + 1) {
		return false
	}
	// a name after it must modify a noun too ("detained Japanese
	// fishermen", not "protested Sunday against"), or be a people
	// ("frees four detained Americans")
	return !c.toks[i+1].cap || i+2 < len(c.toks) && !c.toks[i+2].cap && c.nounAt(i+2) || c.peopleAt(i+1)
}

// peopleAt reports whether an actor named by a plural ("Americans",
// "Britons") starts at token i.
func (c *coder) peopleAt(i int) bool {
	if !strings.HasSuffix(c.toks[i].low, "s") || i+1 < len(c.toks) && c.toks[i+1].low == "'s" {
		return false
	}
	for k := range c.phr {
		if c.phr[k].t0 == i {
			return c.phr[k].t1 == i+1
		}
	}
	return false
}

// nounAt reports whether token i may be a noun or its modifier: no
// punctuation, determiner, preposition, clause word or pronoun.
func (c *coder) nounAt(i int) bool {
	return !c.toks[i].punct && !c.is(i, clsDeterminer|clsPrep|clsClauseStop|clsPronoun)
}

// weaponNouns make the plural after them a noun: "artillery shells".
var weaponNouns = toSet("artillery tank mortar howitzer rocket naval cluster")

// numberScale words stand between a numeral and its noun: "12 million shells".
var numberScale = toSet("million millions billion billions thousand thousands hundred hundreds dozen dozens")

// isNumeral reports whether w counts: "12", "three", "dozens"; not a
// year ("in 2014 annexed Crimea").
func isNumeral(w string) bool {
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	return w != "" && w[0] >= '0' && w[0] <= '9' || numeralWords[w]
}

var numeralWords = toSet("two three four five six seven eight nine ten eleven twelve several dozens hundreds thousands millions")

// onUpon reports whether w turns a verb before an object into a phrasal
// verb ("call on", "call upon").
func onUpon(w string) bool { return w == "on" || w == "upon" }

func (c *coder) matchFrom(el []element, e, ti int, m *match) (int, bool) {
	if e == len(el) {
		return ti, true
	}
	x := &el[e]
	switch x.kind {
	case elemSlot:
		switch x.slot {
		case 'S':
			m.slotS = ti
		case 'T':
			m.slotT = ti
		case 'P':
			m.slotP = ti
		}
		if e+1 == len(el) {
			return ti, true
		}
		// an inner slot spans the actor it names ("accuse~ $T of"); an
		// object right after the trigger is not one after "on" ("called
		// on China on Monday to" is an appeal, not a call to China)
		if g := c.groupAt(ti, 3, true); len(g) > 0 && !(e == 1 && g[0].t0 == ti+1 && onUpon(c.toks[ti].low)) {
			if end, ok := c.matchFrom(el, e+1, g[len(g)-1].t1, m); ok {
				return end, true
			}
		}
		if ti < len(c.toks) {
			if c.is(ti, clsPronoun) {
				return c.matchFrom(el, e+1, ti+1, m)
			}
		}
		return 0, false
	case elemGap:
		// a plain word after the gap is looked for here (a pattern does
		// not end with a gap)
		next := &el[e+1]
		for k := 0; k <= int(x.gap) && ti+k <= len(c.toks); k++ {
			if k > 0 && isBoundary(c.toks[ti+k-1].low) {
				break
			}
			if next.plain && (ti+k == len(c.toks) || !next.has(c.toks[ti+k].id)) {
				continue
			}
			if end, ok := c.matchFrom(el, e+1, ti+k, m); ok {
				return end, true
			}
		}
		return 0, false
	}
	if ti < len(c.toks) && x.has(c.toks[ti].id) {
		if end, ok := c.matchFrom(el, e+1, ti+1, m); ok {
			return end, true
		}
	}
	for _, seq := range x.seqs {
		if ti+len(seq) > len(c.toks) {
			continue
		}
		ok := true
		for k, w := range seq {
			if c.toks[ti+k].id != w {
				ok = false
				break
			}
		}
		if ok {
			if end, ok := c.matchFrom(el, e+1, ti+len(seq), m); ok {
				return end, true
			}
		}
	}
	if x.optional {
		return c.matchFrom(el, e+1, ti, m)
	}
	return 0, false
}

// adjunctPreps open a phrase about the subject's own meeting or accord:
// "during a visit", "after the talks" (not "after the strike": whose is
// unknown).
var adjunctPreps = toSet("during after before following amid on in at for since until upon")

// inAdjunct reports whether the noun at t stands in a prepositional phrase
// of the clause ("during a visit to Pyongyang"), not as a verb's object
// ("condemned the attacks").
func (c *coder) inAdjunct(t int) bool {
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		if c.is(i, clsAdjunct) {
			return true
		}
		if !c.is(i, clsDeterminer|clsNounMod) {
			return false
		}
	}
	return false
}

// determined reports whether a determiner makes the word at i a noun:
// "the attacks on", "the latest strike on".
func (c *coder) determined(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if c.is(k, clsDeterminer) {
			return true
		}
		if !c.is(k, clsNounMod) {
			return false
		}
	}
	return false
}

// determiners make the word after them a noun: "the attacks on".
var determiners = toSet("the a an these those its their his her our 's")

func isQuoteMark(w string) bool { return w == "\"" || w == "“" || w == "”" }

func overlaps(a, b match) bool { return a.t0 < b.t1 && b.t0 < a.t1 }

// sentState is what earlier matches of a sentence tell later ones.
type sentState struct {
	requestEnd int      // token end of a request or threat ("urged X to ..."), or 0
	accuser    *actor   // source of an accusation ("accused X of ...")
	accuseEnd  int      // its token end
	lastTgts   []phrase // targets of the last event
}

func isBoundary(w string) bool {
	switch w {
	case ".", ";", ":", "?", "!", "(", ")", "—", "–", "\"", "“", "”":
		return true
	}
	return false
}

// clauseStop ends the search for an object after a trigger.
var clauseStop = toSet(", ; : ( ) — – that which who whom whose while because but although though after before when where as said says say told according if unless until since whereas")

var locPreps = toSet("to into against on in at near toward towards from")

// stative participles read as adjectives: "Qatar has been engaged in talks".
var stative = toSet("engaged involved committed determined prepared interested concerned allied aligned opposed set scheduled expected supposed poised due willing ready")

var beForms = toSet("is are was were be been being 's")

var reportVerbs = toSet("said says say saying alleged alleges alleging claimed claims claim claiming accused accuses accusing reported reports told tells stated states insisted insists believed believes thought warned according charged charges suggested suggests maintained maintains argued argues asserted asserts")

var pronouns = map[string]byte{
	"he": 'p', "she": 'p', "his": 'p', "her": 'p', "him": 'p',
	"they": 'g', "their": 'g', "it": 'g', "its": 'g',
	"we": 'q', "our": 'q', "us": 'q', "i": 'q', "my": 'q',
}

// subjectBefore returns the candidate subjects before token t, nearest
// first: each is a group of coordinated phrases.
func (c *coder) subjectsBefore(t int, stop int) [][]phrase {
	var first []phrase // a group the nearest words name
	t = c.skipInserted(t, stop)
	// a pronoun nearer than any phrase stands for an antecedent
	k := len(c.phr) - 1
	for k >= 0 && c.phr[k].t1 > t {
		k--
	}
	nearest := -1
	if k >= 0 {
		nearest = c.phr[k].t1
	}
	for i := t - 1; i >= nearest && i >= stop && i >= 0; i-- {
		if g := c.numbered(i); len(g) > 0 {
			first = g
			break
		}
		if kind, ok := c.pronoun(i); ok && i >= nearest {
			first = c.resolvePronoun(kind, i)
			break
		}
	}
	// the candidates are made in the arena from here on: nothing below
	// calls subjectsBefore again
	start := len(c.cands)
	if len(first) > 0 {
		c.cands = append(c.cands, first)
	}
	late := c.late[:0] // objects of prepositions, used when nothing else is found
	for k >= 0 {
		if c.phr[k].t0 < stop {
			break
		}
		if c.phr[k].head.location {
			k--
			continue
		}
		j := k - 1
		for j >= 0 && c.coordinated(c.phr[j].t1, c.phr[j+1].t0) {
			j--
		}
		// the group is the run of phrases without its places, the last
		// kept: a run without places is taken as it is
		g := c.phr[j+1 : k+1 : k+1]
		for x := j + 1; x < k; x++ {
			if c.phr[x].head.location {
				start := len(c.arena)
				for x := j + 1; x <= k; x++ {
					if x == k || !c.phr[x].head.location {
						c.arena = append(c.arena, c.phr[x])
					}
				}
				g = c.arena[start:len(c.arena):len(c.arena)]
				break
			}
		}
		if c.afterPreposition(g[0].t0) {
			late = append(late, g)
		} else {
			c.cands = append(c.cands, g)
		}
		k = j
	}
	c.cands = append(c.cands, late...)
	clear(late)
	c.late = late[:0]
	if len(c.cands) == start {
		return nil
	}
	return c.cands[start:len(c.cands):len(c.cands)]
}

// headNouns stand for the actors of their "of" phrase.
var headNouns = toSet("leaders ministers officials governments heads representatives delegations presidents envoys diplomats members")

// skipInserted steps back over a relative clause or apposition that ends
// right before token t ("Guterres, who had urged both countries to ...,
// welcomed"): the subject stands before it.
func (c *coder) skipInserted(t, stop int) int {
	orig := t
	if t >= 3 && isQuoteMark(c.toks[t-1].low) && c.toks[t-2].low == "," {
		t-- // the clause ends in a quotation: `urged "restraint,” welcomed`
	}
	if t < 2 || c.toks[t-1].low != "," {
		return orig
	}
	for k := t - 2; k > stop && k >= t-30; k-- {
		w := c.toks[k].low
		if isBoundary(w) && !isQuoteMark(w) {
			return orig
		}
		if w == "," {
			switch c.toks[k+1].low {
			case "who", "which", "whose", "a", "an", "the":
				return k
			}
			return orig
		}
	}
	return orig
}

var prepositions = toSet("in of on at for with from to by about against into over under between among across through toward towards within without")

// afterPreposition reports whether the phrase starting at token t is the
// object of a preposition ("in the Ukraine war").
func (c *coder) afterPreposition(t int) bool {
	for i := t - 1; i >= 0 && i >= t-3; i-- {
		w := c.toks[i].low
		if w == "of" && i > 0 && c.is(i-1, clsTitle|clsHeadNoun) {
			return false // "the leaders of France and Germany"
		}
		if c.is(i, clsPrep) {
			return true
		}
		if w != "the" && w != "a" && w != "an" && !c.is(i, clsNounMod) {
			return false
		}
	}
	return false
}

func (c *coder) resolvePronoun(kind byte, at int) []phrase {
	switch kind {
	case 'q':
		if sp := c.quoteSpeaker(c.toks[at].start); sp != nil {
			return sp
		}
	case 'p':
		for k := len(c.phr) - 1; k >= 0; k-- {
			if c.phr[k].t1 <= at && c.phr[k].head.person {
				return c.phr[k : k+1 : k+1]
			}
		}
		if c.lastPerson != nil {
			return c.oneActor(c.lastPerson)
		}
	case 'g':
		// "the ministers said they would ...": the reporting verb's subject
		if r := at - 1; !pronounPossessive(c.toks[at].low) && r > 0 {
			if c.toks[r].low == "that" {
				r--
			}
			if r > 0 && c.is(r, clsReport) {
				if cs := c.subjectsBefore(r, 0); len(cs) > 0 {
					return cs[0]
				}
			}
		}
		if pronounPossessive(c.toks[at].low) {
			for k := len(c.phr) - 1; k >= 0; k-- {
				if c.phr[k].t1 <= at && !c.phr[k].head.location && !c.phr[k].head.person {
					return c.phr[k : k+1 : k+1]
				}
			}
		}
		for k := 0; k < len(c.phr); k++ {
			if c.phr[k].t1 <= at && !c.phr[k].head.location && !c.phr[k].head.person {
				return c.phr[k : k+1 : k+1]
			}
		}
		if len(c.lastSubject) > 0 {
			start := len(c.arena)
			for _, p := range c.lastSubject {
				c.arena = append(c.arena, phrase{t0: -1, t1: -1, head: p.head})
			}
			return c.arena[start:len(c.arena):len(c.arena)]
		}
		if c.topic != nil && !c.topic.person {
			return c.oneActor(c.topic)
		}
	}
	return nil
}

var coordGlue = toSet(", and or as well both & the leaders leader of his her their counterparts counterpart heads head officials")

// coordinated reports whether tokens [i, j) join two phrases in a list:
// "the US, Japan and South Korea", "Biden and the leaders of Japan".
func (c *coder) coordinated(i, j int) bool {
	if j <= i || j-i > 5 {
		return false
	}
	conj, comma := false, false
	for k := i; k < j; k++ {
		w := c.toks[k].low
		if !c.is(k, clsCoordGlue) || w == "both" {
			return false // "both" opens a list: ", both Hungary and Turkey"
		}
		switch w {
		case "and", "or", "&":
			conj = true
		case ",":
			comma = true
		}
	}
	if conj || !comma {
		return conj
	}
	// a comma alone does not join a fronted phrase to the subject ("At
	// the United Nations, Russia vetoed"), unless the list goes on
	// ("In Japan, Korea and China") or the phrase is comitative ("Along
	// with Finland, Sweden applied")
	for k := range c.phr {
		if c.phr[k].t1 != i {
			continue
		}
		b := c.phr[k].t0 - 1
		for b >= 0 && c.is(b, clsDeterminer) {
			b--
		}
		if b < 0 || !c.is(b, clsPrep) || c.toks[b].low == "with" {
			return true
		}
		return k+2 < len(c.phr) && c.phr[k+1].t0 == j && c.coordinated(c.phr[k+1].t1, c.phr[k+2].t0)
	}
	return true
}

// groupAt returns the coordinated phrases starting at the first phrase at
// or after token t, if it starts within max tokens and no clause boundary
// intervenes.
func (c *coder) groupAt(t, max int, locations bool) []phrase {
	k := 0
	for k < len(c.phr) && c.phr[k].t0 < t {
		k++
	}
	for k < len(c.phr) && c.phr[k].head.location {
		if locations && c.phr[k].t0 > 0 {
			w := c.toks[c.phr[k].t0-1].low
			if c.is(c.phr[k].t0-1, clsLocPrep) && (max <= 4 || (w != "in" && w != "at")) {
				break
			}
		}
		k++
	}
	if k >= len(c.phr) || c.phr[k].t0-t > max {
		return nil
	}
	for i := t; i < c.phr[k].t0; i++ {
		w := c.toks[i].low
		if c.is(i, clsClauseStop|clsReport) || (isBoundary(w) && !isQuoteMark(w)) {
			return nil
		}
		if w == "and" && i+1 < len(c.toks) && c.isTrigger(i+1) {
			return nil // "denies restricting aid and blames the UN"
		}
	}
	j := k + 1
	for ; j < len(c.phr) && c.coordinated(c.phr[j-1].t1, c.phr[j].t0); j++ {
		// "... in Ukraine, Putin warned": a new clause's subject
		if t := c.phr[j].t1; t < len(c.toks) && c.is(t, clsReport) {
			break
		}
	}
	return c.phr[k:j:j] // capped: a caller's append copies
}

func (c *coder) quoteSpeaker(off int) []phrase {
	lo, hi := c.quotesAt(off)
	for i := lo; i < hi; i++ {
		q := &c.d.Quotes[i]
		if off >= q.Start && off < q.End && q.Speaker != "" {
			if k := c.entityIndex(q.Speaker); k >= 0 {
				e := &c.d.Entities[k]
				a := actor{ent: e, code: e.Country, person: e.Kind == axis.EntityPerson}
				if a.code == "" {
					a.code = e.Code
				}
				if a.code == "" {
					return nil
				}
				return c.oneActor(&a)
			}
		}
	}
	return nil
}

func (c *coder) isPassive(m match) bool {
	if m.nominal {
		return false
	}
	w := c.toks[m.t0].low
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || c.isParticiple(w)) || c.is(m.t0, clsStative) {
		return false
	}
	if c.reducedRelative(m) {
		return true
	}
	for i := m.t0 - 1; i >= 0 && i >= m.t0-3; i-- {
		t := c.toks[i].low
		if c.is(i, clsBe) {
			return t != "'s" || i == m.t0-1
		}
		if !strings.HasSuffix(t, "ly") && t != "not" && t != "also" && t != "reportedly" && t != "allegedly" {
			return false
		}
	}
	return false
}

// reducedRelative reports whether the participle of m follows the noun it
// is said of and names an agent or a place after it: "French researcher
// detained in Moscow", "the resolution, vetoed by Russia,".
func (c *coder) reducedRelative(m match) bool {
	i := m.t0 - 1
	if i < 0 || m.t1 >= len(c.toks) || !strings.HasSuffix(c.toks[m.t0].low, "ed") {
		return false
	}
	if nx := c.toks[m.t1].low; nx != "by" && (nx != "in" || m.p.PLOVER != "COERCE") {
		return false
	}
	w := c.toks[i].low
	return w == "," || c.peopleAt(i) || !c.toks[i].cap && c.nounAt(i) && !c.is(i, clsClauseBreak|clsGroupNoun|clsTitle) && !agentNouns[w] && !strings.HasSuffix(w, "ly")
}

// agentNouns do what a participle after them says: "police detained".
var agentNouns = toSet("police forces troops authorities soldiers guards officers army military agents regime government junta militants rebels fighters officials coastguard navy")

func (c *coder) isParticiple(w string) bool { return c.st.pats.participles[w] }

// mediation codes: the subject mediates between the participants.
var mediation = map[string]bool{"045": true, "039": true}

// isFriendly reports whether category plover is no event between a state
// and its own people or forces ("Kim met his generals").
func isFriendly(plover string) bool {
	switch plover {
	case "AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID":
		return true
	}
	return false
}

// symmetric categories: coordinated subjects without an object act on
// each other ("Iran and Saudi Arabia agreed").
var symmetric = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true}

// code turns a match into events and reports whether it made any.
func (c *coder) code(si int, m match) (coded bool) {
	var srcs, tgts []phrase
	var cands [][]phrase
	reciprocal, mutual := false, false
	how := "" // how a target not named in the clause was found, for explain
	trig := c.d.Text[c.toks[m.t0].start:c.toks[m.t1-1].end]
	miss := func(why string) bool {
		if c.trace {
			c.cur.Misses = append(c.cur.Misses, fmt.Sprintf("%s %q (%s %s): %s", m.p.ID, trig, m.p.Code, m.p.PLOVER, why))
		}
		return false
	}
	if QuadClass(m.p.Code) <= 2 && c.refusedBefore(m.t0) {
		return miss("refused") // "ruled out negotiations with": the rejection is the event
	}
	if c.evaluatedAfter(m.t1) {
		return miss("evaluated, not done") // "said talks with Paris were pointless"
	}
	isRequest := m.p.is(pfRequest)
	if c.sent.requestEnd > 0 && m.t0 >= c.sent.requestEnd && !c.clauseBreak(c.sent.requestEnd, m.t0) {
		return miss("asked for, not done")
	}
	if isRequest {
		// a request or threat made (not one that found no actors)
		// makes what follows in its clause what was asked for
		defer func() {
			if c.sent.requestEnd == 0 && coded {
				c.sent.requestEnd = m.t1
			}
		}()
	}
	switch {
	case m.slotP >= 0:
		g := c.groupAt(m.slotP, 3, false)
		if len(g) == 1 {
			// "between the army led by General X and the RSF"
			g = append(g, c.secondParty(g[0].t1)...)
		}
		for i := m.slotP; len(g) < 2 && i < m.slotP+3 && i < len(c.toks); i++ {
			g = c.numbered(i)
		}
		if len(g) >= 2 {
			srcs, tgts, reciprocal = g, nil, true
		}
		if m.p.is(pfMediation) && !m.nominal && len(g) >= 2 {
			// "Egypt mediated between Israel and Hamas": the mediator
			// consults each party
			if cs := c.subjectsBefore(m.t0, 0); len(cs) > 0 && !sameActors(cs[0], g) {
				srcs, tgts, reciprocal = cs[0], g, false
			}
		}
	case m.slotS >= 0:
		// "from Syrian territory", "from Gaza": a place may be the source
		srcs = c.groupAt(m.slotS, 4, m.slotS > 0 && c.toks[m.slotS-1].low == "from")
		if m.slotT >= 0 {
			tgts = c.groupAt(m.slotT, 6, true)
		} else if c := c.subjectsBefore(m.t0, 0); len(c) > 0 {
			tgts = c[0]
		}
	case c.isPassive(m):
		for i := m.t1; i < len(c.toks) && i < m.t1+6; i++ {
			if c.toks[i].low == "by" {
				srcs = c.groupAt(i+1, 3, false)
				break
			}
		}
		if len(srcs) == 0 && m.p.PLOVER == "COERCE" && m.t1 < len(c.toks) && c.toks[m.t1].low == "in" {
			// "a French researcher (was) detained in Moscow": the
			// place's state holds them
			srcs = c.groupAt(m.t1+1, 1, true)
		}
		if c := c.subjectsBefore(m.t0, 0); len(c) > 0 {
			tgts = c[0]
		}
	default:
		if m.slotT > 0 && m.slotT < len(c.toks) && c.is(m.slotT, clsPronoun) && pronouns[c.toks[m.slotT].low] == 'g' && !pronounPossessive(c.toks[m.slotT].low) &&
			c.toks[m.slotT-1].low != "that" {
			tgts = c.objectPronoun(m.t0) // "called on it to"
		} else if m.slotT >= 0 {
			tgts = c.groupAt(m.slotT, 4, true)
			if len(tgts) > 0 && tgts[0].t0 > m.slotT && m.p.is(pfVenue) && c.venueAt(tgts[0]) {
				tgts = nil // "met in Washington": a place the pattern did not ask for
			}
			if len(tgts) > 0 && tgts[0].t0 > m.slotT && c.agentAt(tgts[0].t0) {
				tgts = nil // "arrest suspects wanted by the court": an agent
			}
			if len(tgts) > 0 && c.purposeBetween(m.slotT, tgts[0].t0) {
				tgts = nil // "work with its partners to ensure Mongolia ...": the slot holds no actor
			}
			if len(tgts) == 0 {
				tgts = c.modifierIn(m)
			}
		} else {
			tgts = c.groupAt(m.t0+1, 12, true)
			if len(tgts) > 0 && m.p.is(pfVenue) && c.venueAt(tgts[0]) {
				tgts = nil // "signed the deal at the State Department": a place
			}
			if len(tgts) > 0 && tgts[0].t0 > m.t1 && c.agentAt(tgts[0].t0) {
				tgts = nil // "arrest suspects wanted by the court": an agent
			}
		}
		if len(tgts) > 0 {
			tgts = c.moreTargets(tgts)
		}
		from := m.t1
		if m.slotT >= 0 {
			from = m.slotT
		}
		if len(tgts) == 0 {
			tgts = c.numberedAfter(from)
		}
		if len(tgts) == 0 && c.eachOther(from) {
			mutual = true
		}
		// "accused North Korea of sending ...": the gerund's subject is
		// the accused
		if m.t0 > 0 && strings.HasSuffix(c.toks[m.t0].low, "ing") && len(c.sent.lastTgts) > 0 {
			if w := c.toks[m.t0-1].low; w == "of" || w == "for" {
				// those named before the gerund ("thanked Iraq for
				// hosting ... as well as China for supporting")
				g := c.sent.lastTgts
				for len(g) > 1 && g[len(g)-1].t0 > m.t0 {
					g = g[:len(g)-1]
				}
				cands = c.candidates(g)
			}
		}
		if cands == nil && !m.nominal && strings.HasSuffix(c.toks[m.t0].low, "ing") && m.t0 > 0 && participialLead[c.toks[m.t0-1].low] {
			// "After signing the treaty, Russia and North Korea ..."
			for i := m.t1; i < len(c.toks); i++ {
				if c.toks[i].low == "," {
					if g := c.groupAt(i+1, 4, false); len(g) > 0 {
						cands = c.candidates(g)
						if len(tgts) > 0 && tgts[0].t0 == g[0].t0 {
							tgts = nil
						}
					}
					break
				}
			}
		}
		if cands == nil && m.nominal && !c.afterLightVerb(m.t0) {
			cands = c.possessor(m.t0)
			if cands == nil && !m.p.Nominal && m.p.is(pfVenue) && c.inAdjunct(m.t0) {
				// "signed a treaty during a visit to Pyongyang": the
				// subject's visit
				if cands = c.subjectsBefore(m.t0, 0); len(cands) > 1 {
					cands = cands[:1] // the subject or nobody
				}
			}
		} else if cands == nil {
			cands = c.subjectsBefore(m.t0, 0)
		}
		if len(cands) == 0 && !m.nominal {
			// words quoted with no subject of their own are the speaker's
			if sp := c.quoteSpeaker(c.toks[m.t0].start); sp != nil {
				cands = c.candidates(sp)
			}
		}
		if len(cands) > 0 {
			srcs = cands[0]
			// a source that is its own target gives way to the next,
			// not across a clause's opening ("Israel says hostages were
			// seized when Hamas gunmen stormed across Gaza's border" is
			// no attack by Israel but one on it)
			for _, g := range cands {
				if !sameActors(g, tgts) {
					if len(g) > 0 && g[0].t1 <= m.t0 && g[0].t1 > 0 && c.clauseOpensBetween(g[len(g)-1].t1, cands[0][0].t0) {
						// the place it acted from is no target; the one
						// acted on is named before, as for an act without
						// an object ("UN inspectors ... before a Russian
						// veto")
						tgts = g
						break
					}
					srcs = g
					break
				}
			}
		}
		// coordinated subjects act on each other unless the pattern sends
		// the act to another party: "contribute jets to $T" with its target
		// unknown is not Germany's help to France, but "A and B held a
		// phone call" or "A and B signed and ratified" is between them
		if len(tgts) == 0 && len(srcs) >= 2 && (m.p.Reciprocal || m.p.is(pfSymmetric) && !c.directedSlot(m)) {
			reciprocal = true
		}
	}
	if len(srcs) == 0 {
		return miss("no source")
	}
	if m.p.PLOVER == "RETREAT" && srcs[0].head.person && leaveWords[c.toks[m.t0].low] {
		return miss("a person leaving a place travels") // "the minister left Cairo after talks"
	}
	if m.slotS >= 0 && len(tgts) == 0 && len(srcs) >= 2 && (m.p.Reciprocal || m.p.is(pfSymmetric)) {
		reciprocal = true // "the signing of the treaty by Russia and North Korea"
	}
	if mutual && len(srcs) >= 2 {
		reciprocal = true
	}
	if reciprocal && m.p.Mutual {
		mutual = true
	}
	denial := c.is(m.t0, clsDeny)
	code, plover := m.p.Code, m.p.PLOVER
	// a threat of sanctions, tariffs or strikes on a named actor aims at
	// it ("threatened tariffs on Peru"), not at whoever imposed tariffs
	threatNamed := plover == "THREATEN" && m.slotT > m.t0+1 && len(tgts) > 0
	if !reciprocal && (m.p.is(pfActObject) || denial) && !m.nominal && m.slotS < 0 && !(len(tgts) > 0 && c.namedDoer(m.slotT)) && !threatNamed {
		// "condemned the strikes": the one who struck; "welcomed the
		// deal": its parties; "denied it": no one, unless accused
		// a rejection keeps the target it names when the act is unknown
		// ("rejected the deal with Ankara")
		if t, ok := c.actObject(m, srcs[0].head.code); ok && !(len(t) == 0 && plover == "REJECT" && len(tgts) > 0) {
			tgts = t
			switch {
			case len(t) == 0:
			case plover == "SUPPORT":
				how = "the act's parties"
			default:
				how = "the act's doer"
			}
		}
	}
	if m.p.Code == "045" && (len(tgts) == 0 || sameActors(srcs, tgts)) {
		tgts = c.mediated(srcs[0].head.code) // "talks mediated by the United States"
	}
	if len(tgts) == 0 && !reciprocal && srcs[0].head.domestic && (m.p.PLOVER == "PROTEST" || m.p.PLOVER == "COERCE") {
		if a := c.state(srcs[0].head.code); a != nil {
			tgts = c.oneActor(a) // protesters against their government
		}
	}
	if len(tgts) == 0 && !reciprocal && m.p.Respond {
		if a := c.counterpart(srcs[0].head.code, denial); a != nil {
			tgts, how = c.oneActor(a), "the latest attacker or accuser"
		} else if denial && c.sufferedAfter(m.t1) {
			return miss("denies undergoing an act, not doing one") // "denied that it is being pushed out"
		} else if denial {
			code, plover = "016", "REJECT" // "denied attacking the convoy": a denial of responsibility, aimed at no one
			how = "no accusation to answer: 016 deny responsibility"
		}
	}
	if plover == "RETREAT" && len(tgts) > 0 && tgts[0].head.igo {
		// "withdrew from ECOWAS" is quitting it, as "quit ECOWAS" is:
		// CAMEO 166, which PLOVER counts as SANCTION
		code, plover = "166", "SANCTION"
	}
	if len(tgts) == 0 && !reciprocal && m.p.Parties {
		if g := c.adversaries(); len(g) == 2 && g[0].head.code != srcs[0].head.code && g[1].head.code != srcs[0].head.code {
			tgts, how = g, "the sides of the latest conflict"
		}
	}
	if len(tgts) == 0 && !reciprocal && m.p.Recipient {
		if a := c.recipient(si, srcs[0].head.code); a != nil {
			tgts, how = c.oneActor(a), "the recipient in context"
		}
	}
	if c.trace {
		note := ""
		switch {
		case how != "" && len(tgts) > 0:
			note = fmt.Sprintf(" (target %s: %s)", tgts[0].head.code, how)
		case how != "":
			note = " (" + how + ")"
		}
		c.cur.Matches = append(c.cur.Matches, fmt.Sprintf("%s %q → %s %s%s", m.p.ID, trig, m.p.Code, m.p.PLOVER, note))
	}
	if reciprocal && len(tgts) == 0 && len(srcs) > 1 {
		c.recordAct(srcs[0], m, srcs[1:2]) // "X and Y signed a deal": each the other's party
	} else {
		c.recordAct(srcs[0], m, tgts)
	}
	if prev := c.appositiveOf(si, m); prev != nil {
		// "Russia vetoed the draft, the only one of the council's members
		// to vote against it": the subject of the clause votes, and "it"
		// is what it vetoed
		if a := c.mentionOf(prev.Source); a != nil {
			srcs, how = c.oneActor(a), "the subject of the clause the apposition is set after"
		}
		if m.slotT >= 0 && m.slotT < len(c.toks) && appositivePronouns[c.toks[m.slotT].low] {
			if prev.Target.Code == "" {
				return miss("restates the act of its clause")
			}
			if a := c.mentionOf(prev.Target); a != nil {
				tgts = c.oneActor(a)
			}
		}
	}
	keep := false
	if len(tgts) == 0 && !reciprocal && plover == "MOBILIZE" && m.slotT >= 0 {
		// "sent warships to the Caribbean, in a show of force against
		// Cuba": the actor a deployment to a place is aimed at, named
		// later in the sentence; else the deployment alone (source and
		// type are clear)
		for k := range c.phr {
			p := c.phr[k]
			if p.t0 < m.t1 {
				continue
			}
			if c.newClause(m.t1, p.t0) || c.agentAt(p.t0) {
				break
			}
			if !p.head.location && p.head.code != srcs[0].head.code {
				tgts, how = c.phr[k:k+1:k+1], "the actor named after the deployment"
				break
			}
		}
		// or the state the previous sentence names last ("Tensions with
		// Cuba grew. The US sent warships to the Caribbean.")
		for i := len(c.prevActors) - 1; len(tgts) == 0 && i >= 0; i-- {
			if a := &c.prevActors[i]; !a.location && !a.person && !a.igo && a.code != srcs[0].head.code {
				tgts, how = c.oneActor(a), "the state named in the previous sentence"
			}
		}
		keep = true
	}
	if len(tgts) == 0 && !reciprocal && !m.p.Intransitive && !keep && code == m.p.Code {
		return miss("no target")
	}
	if len(tgts) == 0 && !reciprocal && srcs[0].t0 > 0 && code == m.p.Code {
		// "UN inspectors ... before a Russian veto": the one acted on is
		// named before the actor
		for k := len(c.phr) - 1; k >= 0; k-- {
			p := c.phr[k]
			if p.t1 <= srcs[0].t0 && !p.head.location && p.head.code != srcs[0].head.code {
				tgts = c.phr[k : k+1 : k+1]
				break
			}
		}
	}
	start, end := c.toks[m.t0].start, c.toks[m.t1-1].end
	cueLo, cueHi := c.window(m)
	mod, claim := c.modality(m, srcs[0])
	if mod == axis.ModalityHypothetical && m.t0 > 0 && strings.HasSuffix(c.toks[m.t0].low, "ing") && documentNouns[c.toks[m.t0-1].low] {
		// "weighing a resolution censuring Iran": what a text still
		// being considered would say is no act
		return miss("content of a text under consideration")
	}
	if m.p.Warned {
		// "Mexico would face severe tariffs, Trump said": the speaker
		// threatens the subject
		if claim == nil {
			claim = c.reporterAfter(m.t1)
		}
		if claim == nil || mod != axis.ModalityFuture && mod != axis.ModalityHypothetical || claim.code == srcs[0].head.code {
			return miss("no one warns")
		}
		tgts, srcs = srcs, c.oneActor(claim)
		claim, mod = nil, axis.ModalityAsserted
	}
	date, prec := c.date(si, start)
	made := 0
	emit := func(s, t *actor, code, plover, rule, mod string, claim *actor) {
		if t != nil && c.conditionalThreat(m, s, t, plover, mod) {
			// "would impose sanctions unless", "said it would raise tariffs
			// on X" after X's own: the act is held over X, not done
			code, plover, mod = threatCode(plover, code), "THREATEN", axis.ModalityAsserted
		}
		if t != nil && s.code == t.code && !internal(s, t) && !((s.domestic || t.domestic) && !isFriendly(plover)) {
			return // a state's own people and forces oppose it, they do not meet it
		}
		tgt := ""
		if t != nil {
			tgt = t.code
		}
		if plover == "SUPPORT" && t != nil && c.armed(t) {
			code, plover = "070", "AID" // backing rebels or militias is material support
		}
		made++
		if k := c.duplicateAt(si, s.code, tgt, plover); k >= 0 {
			// one event a sentence: the best-dated reading
			e := &c.events[k]
			changed := false
			if precisionRank(prec) > precisionRank(e.DatePrecision) {
				e.Date, e.DatePrecision, changed = date, prec, true
			}
			if finerCode(code, e.CAMEO) {
				// "protesters stormed the embassy": 145, not 140
				e.CAMEO, e.QuadClass, e.Goldstein, e.Rule, changed = code, QuadClass(code), codes[code].Goldstein, rule, true
			}
			if c.trace && changed {
				c.cur.Events = append(c.cur.Events, fmt.Sprintf("%s again by %s (%s): now %s, %s (%s)", e.ID, rule, code, e.CAMEO, e.Date, e.DatePrecision))
			}
			return
		}
		if code == "050" && (c.duplicate(si, s.code, tgt, "AGREE") || c.duplicate(si, tgt, s.code, "AGREE")) {
			// "agreed to restore ties", "signed an agreement establishing
			// relations": what the accord says, not a second event
			return
		}
		cc := m.p.cameo
		if code != m.p.Code {
			cc = codes[code]
		}
		ev := axis.Event{
			ID: eventID(len(c.events) + 1), Source: toActor(s), CAMEO: code, PLOVER: plover,
			QuadClass: QuadClass(code), Goldstein: cc.Goldstein, Date: date, DatePrecision: prec,
			Modality: mod, Sentence: si, Start: start, End: end, Rule: rule,
		}
		if t != nil {
			ev.Target = toActor(t)
		}
		if claim != nil {
			ev.ClaimedBy = claim.ent.Name
		}
		ev.Mode = c.modeOf(cueLo, cueHi, plover, code, m.p)
		ev.Context = c.contextOf(cueLo, cueHi, code, m.p)
		c.events = append(c.events, ev)
		if c.trace {
			c.cur.Events = append(c.cur.Events, fmt.Sprintf("%s %s %s %s (%s, goldstein %.1f) %s %s (%s)%s%s",
				ev.ID, s.code, plover, orNone(ev.Target.Country), code, cc.Goldstein, mod, date, prec, by(ev.ClaimedBy), modeNote(ev.Mode, ev.Context)))
		}
	}
	if reciprocal {
		for i := range srcs {
			for j := i + 1; j < len(srcs); j++ {
				emit(&srcs[i].head, &srcs[j].head, code, plover, m.p.ID, mod, claim)
				if mutual {
					emit(&srcs[j].head, &srcs[i].head, code, plover, m.p.ID, mod, claim)
				}
			}
		}
	} else {
		for i := range srcs {
			if len(tgts) == 0 {
				emit(&srcs[i].head, nil, code, plover, m.p.ID, mod, claim)
				continue
			}
			for j := range tgts {
				emit(&srcs[i].head, &tgts[j].head, code, plover, m.p.ID, mod, claim)
			}
		}
	}
	if made == 0 {
		return miss("source is target")
	}
	// a claim that someone else used force or armed a third party is an
	// accusation by the claimant
	if mod == axis.ModalityAlleged && claim != nil && len(tgts) > 0 && (m.p.is(pfClaimAccuses) || QuadClass(code) >= 3 && c.finding(m.t0)) && !c.inQuote(start) {
		for i := range srcs {
			if sameActors([]phrase{{head: *claim}}, tgts) {
				continue
			}
			emit(claim, &srcs[i].head, "112", "ACCUSE", "claim:"+m.p.ID, axis.ModalityAsserted, nil)
		}
	}
	if m.p.is(pfAccuse) && !reciprocal {
		a := srcs[0].head
		c.sent.accuser, c.sent.accuseEnd = &a, m.t1
	}
	c.sent.lastTgts = tgts
	return true
}

var lightVerbs = toSet("held hold holds holding had has have having made make makes making launched launch launches launching conducted conduct conducts began begin begins started start starts completed complete completes finished finish finishes paid pay pays carried carry carries continued continue continues resumed resume resumes waged wage wages signed sign signs expressed express expresses offered offer offers gave give gives provided provide provides announced announce announces ordered order orders ordering staged stage stages staging")

// noun modifiers that may stand between a possessor and its noun
var nounMods = toSet("'s the a an new latest first full-scale all-out full his her its their own recent planned proposed historic official state two-day three-day bilateral high-level military economic mutual strategic comprehensive continued ongoing unprovoked brutal illegal")

// afterLightVerb reports whether the noun at t is the object of a light
// verb ("held talks", "made a visit", "launched an invasion").
func (c *coder) afterLightVerb(t int) bool {
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		w := c.toks[i].low
		if c.is(i, clsLight) {
			return true
		}
		if !c.is(i, clsNounMod) && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// possessor returns the actor that owns the noun at t: "Putin's visit",
// "a Russian veto", "his visit".
func (c *coder) possessor(t int) [][]phrase {
	i := t - 1
	for i >= 0 && c.is(i, clsNounMod) && !pronounPossessive(c.toks[i].low) {
		i--
	}
	if i < 0 {
		return nil
	}
	if pronounPossessive(c.toks[i].low) {
		if g := c.resolvePronoun(pronouns[c.toks[i].low], i); len(g) > 0 {
			return c.candidates(g)
		}
		return nil
	}
	for k := len(c.phr) - 1; k >= 0; k-- {
		if c.phr[k].t1 == i+1 && !c.phr[k].head.location {
			j := k
			for j > 0 && c.coordinated(c.phr[j-1].t1, c.phr[j].t0) {
				j--
			}
			return c.candidates(c.phr[j : k+1 : k+1])
		}
	}
	return nil
}

// pronoun returns the kind of the pronoun at token i.
func (c *coder) pronoun(i int) (byte, bool) {
	if !c.is(i, clsPronoun) {
		return 0, false
	}
	k, ok := pronouns[c.toks[i].low]
	return k, ok
}

func pronounPossessive(w string) bool {
	return w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "my"
}

var participialLead = toSet("after before since while upon by when")

var clauseBreaks = toSet(", ; after before when while because since but although as")

// clauseBreak reports whether a new clause starts in tokens [i, j).
func (c *coder) clauseBreak(i, j int) bool {
	for k := i; k < j && k < len(c.toks); k++ {
		if c.is(k, clsClauseBreak) {
			return true
		}
	}
	return false
}

// clauseOpensBetween reports whether a subordinate clause opens between
// tokens i and j ("says ... when", "said that").
func (c *coder) clauseOpensBetween(i, j int) bool {
	for k := i; k < j && k < len(c.toks); k++ {
		switch c.toks[k].low {
		case "when", "that", "after", "before", "because", "while", "as", "since", "if":
			return true
		}
	}
	return false
}

// newClause reports whether a clause with a verb of its own may start
// between tokens i and j: "sent warships, and Japan condemned it" (a
// clause of cause may name the one a deployment answers: "after Russian
// drones crossed into Poland").
func (c *coder) newClause(i, j int) bool {
	for k := i; k < j; k++ {
		if c.is(k, clsReport) || deployStops[c.toks[k].low] {
			return true
		}
	}
	return false
}

var deployStops = toSet("; and but while whereas before when which who that")

// refusedBefore reports whether a verb of refusal governs the noun at t in
// its clause: "refused talks with", "ruled out any negotiations with",
// "rejected an offer of talks with".
func (c *coder) refusedBefore(t int) bool {
	for i := t - 1; i >= 0 && i >= t-8; i-- {
		w := c.toks[i].low
		if isBoundary(w) || c.is(i, clsClauseStop) || w == "and" || w == "or" {
			return false
		}
		if refusalWords[w] {
			return true
		}
		if i > 0 && (w == "out" && ruleWords[c.toks[i-1].low] || w == "down" && turnWords[c.toks[i-1].low]) {
			return true
		}
	}
	return false
}

// evaluatedAfter reports whether the noun phrase of a nominal trigger ending
// at t is the subject of an evaluative copula: "talks with X were not wise",
// "cooperation with Y is impossible", "a deal would be a mistake".
func (c *coder) evaluatedAfter(t int) bool {
	for i := t; i < len(c.toks) && i < t+8; i++ {
		w := c.toks[i].low
		if isBoundary(w) || w == "," || c.is(i, clsClauseStop) {
			return false
		}
		if !c.is(i, clsBe) || w == "'s" {
			continue
		}
		for k := i + 1; k < len(c.toks) && k <= i+4; k++ {
			w := c.toks[k].low
			if evalWords[w] {
				return true
			}
			if w != "not" && w != "never" && w != "be" && w != "a" && w != "an" && !strings.HasSuffix(w, "ly") && !evalDegree[w] {
				return false
			}
		}
		return false
	}
	return false
}

var (
	evalWords  = toSet("wise unwise pointless useless futile impossible meaningless fruitless premature unrealistic unthinkable worthless counterproductive senseless hopeless unnecessary unacceptable mistake error waste non-starter nonstarter")
	evalDegree = toSet("too very so still simply now already")
)

var (
	refusalWords = toSet("reject rejects rejected rejecting refuse refuses refused refusing decline declines declined declining spurn spurns spurned spurning rebuff rebuffs rebuffed rebuffing shun shuns shunned shunning")
	ruleWords    = toSet("rule rules ruled ruling")
	turnWords    = toSet("turn turns turned turning")
)

// finding reports whether the claim of the act at t is an inquiry's
// finding: "a panel of UN experts said in a report that Rwanda had
// deployed troops", "investigators found".
func (c *coder) finding(t int) bool {
	for i := t - 1; i >= 0; i-- {
		w := c.toks[i].low
		if isBoundary(w) {
			return false
		}
		if findingWords[w] {
			return true
		}
	}
	return false
}

var findingWords = toSet("report reports experts investigators inquiry probe monitors")

// claimAccuses: categories whose claim by a third party accuses the actor.
var claimAccuses = map[string]bool{"AID": true}

// modeNote is an event's mode and context for explain.
func modeNote(mode string, ctx []string) string {
	out := ""
	if mode != "" {
		out = " mode " + mode
	}
	if len(ctx) > 0 {
		out += " context " + strings.Join(ctx, ",")
	}
	return out
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func by(s string) string {
	if s == "" {
		return ""
	}
	return " claimed by " + s
}

var numberWords = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4, "warring": 2}

var groupNouns = toSet("countries nations sides leaders governments states neighbours neighbors allies parties rivals adversaries foes belligerents")

// adversaryNouns name the two parties of a conflict: "both sides", "the
// warring parties" are the source and target of the latest hostile event
// when it is more recent than any list of actors.
var adversaryNouns = toSet("sides parties rivals adversaries foes belligerents")

// conflictKinds: categories of events between adversaries.
var conflictKinds = map[string]bool{"ASSAULT": true, "THREATEN": true, "COERCE": true, "MOBILIZE": true}

// numbered resolves "the two countries", "both sides", "the three
// leaders" ending at token i: the actors of the previous sentence when
// they are that many, else the last coordinated group of that size.
func (c *coder) numbered(i int) []phrase {
	if i == 0 && c.toks[0].low == "both" && len(c.toks) > 1 && !c.toks[1].cap && !c.is(1, clsGroupNoun|clsPrep) && c.toks[1].low != "sides" {
		// "Both have sent delegations": the two named last together
		for k := len(c.groups) - 1; k >= 0; k-- {
			if g := c.distinct(c.groups[k], 2, 2); g != nil {
				return g
			}
		}
		return nil
	}
	if !c.is(i, clsGroupNoun) || i == 0 {
		return nil
	}
	n, ok := numberWords[c.toks[i-1].low]
	if !ok && c.toks[i-1].low == "the" && adversaryNouns[c.toks[i].low] {
		n, ok = 2, true // "the parties", "the sides"
	}
	if !ok {
		return nil
	}
	// the previous sentence's actors when an event there links them, then
	// the lists of coordinated actors, latest first
	if n == 2 && adversaryNouns[c.toks[i].low] {
		if g := c.adversaries(); len(g) == 2 {
			return g
		}
	}
	if c.prevLinked {
		if g := c.distinct(c.prevActors, n, n); g != nil {
			return g
		}
	}
	for k := len(c.groups) - 1; k >= 0; k-- {
		if g := c.distinct(c.groups[k], n, n); g != nil {
			return g
		}
	}
	if !c.prevLinked {
		return c.distinct(c.prevActors, n, n)
	}
	return nil
}

// distinct returns the actors of as with distinct codes, the first of
// each, when they are from lo to hi; else nil.
func (c *coder) distinct(as []actor, lo, hi int) []phrase {
	start := len(c.arena)
	for _, a := range as {
		seen := false
		for _, p := range c.arena[start:] {
			if p.head.code == a.code {
				seen = true
				break
			}
		}
		if !seen {
			c.arena = append(c.arena, phrase{t0: -1, t1: -1, head: a})
		}
	}
	if n := len(c.arena) - start; n < lo || n > hi {
		c.arena = c.arena[:start]
		return nil
	}
	return c.arena[start:len(c.arena):len(c.arena)]
}

// adversaries returns the two parties of the latest hostile event between
// two states when no list of two actors was named after it.
func (c *coder) adversaries() []phrase {
	c.readEvents()
	if i := c.evIdx.conflict; i >= 0 {
		e := &c.events[i]
		for k := len(c.groups) - 1; k >= 0; k-- {
			if g := c.groups[k]; len(g) == 2 && g[0].start > e.Start {
				return nil // a later pair: "India and Pakistan" named after the event
			}
		}
		s, t := c.mentionOf(e.Source), c.mentionOf(e.Target)
		if s == nil || t == nil {
			return nil
		}
		start := len(c.arena)
		c.arena = append(c.arena, phrase{t0: -1, t1: -1, head: *s}, phrase{t0: -1, t1: -1, head: *t})
		return c.arena[start:len(c.arena):len(c.arena)]
	}
	return nil
}

// mentionOf returns a mention of an event's actor, or nil.
func (c *coder) mentionOf(a axis.Actor) *actor {
	for k := range c.mention {
		if m := &c.mention[k]; m.ent.ID == a.Entity && m.code == a.Country {
			return m
		}
	}
	return nil
}

// armedNouns name armed groups.
var armedNouns = toSet("rebels rebel militia militias fighters insurgents guerrillas paramilitaries paramilitary")

// armed reports whether actor a is named as an armed group ("Houthi
// rebels", "the militia").
func (c *coder) armed(a *actor) bool {
	if a.start < 0 || a.end > len(c.d.Text) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(c.d.Text[a.start:a.end])) {
		if armedNouns[w] {
			return true
		}
	}
	if rest := c.d.Text[a.end:]; len(rest) > 1 {
		w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
		return armedNouns[strings.ToLower(strings.Trim(w, ",.;"))]
	}
	return false
}

// state returns a mention of the country with code, or nil.
func (c *coder) state(code string) *actor {
	for k := range c.mention {
		if m := &c.mention[k]; m.code == code && m.ent.Kind == axis.EntityCountry {
			a := *m
			return &a
		}
	}
	return nil
}

// secondParty finds the "and Y" of "between X ... and Y" after token t,
// in the same clause.
func (c *coder) secondParty(t int) []phrase {
	for i := t; i < len(c.toks) && i < t+10; i++ {
		w := c.toks[i].low
		if isBoundary(w) || c.is(i, clsClauseStop) {
			return nil
		}
		if w == "and" {
			if g := c.groupAt(i+1, 3, false); len(g) > 0 {
				return g[:1]
			}
			return nil
		}
	}
	return nil
}

// mediated returns the parties a mediator brings together: the latest
// list of coordinated actors without the mediator.
func (c *coder) mediated(mediator string) []phrase {
	for k := len(c.groups) - 1; k >= 0; k-- {
		start := len(c.arena)
		for _, a := range c.groups[k] {
			if a.code != mediator {
				c.arena = append(c.arena, phrase{t0: -1, t1: -1, head: a})
			}
		}
		if len(c.arena)-start >= 2 {
			return c.arena[start:len(c.arena):len(c.arena)]
		}
		c.arena = c.arena[:start]
	}
	return nil
}

// moreTargets adds the targets of a repeated preposition: "out of Mali in
// 2022 and out of Burkina Faso and Niger".
func (c *coder) moreTargets(tgts []phrase) []phrase {
	first, last := tgts[0], tgts[len(tgts)-1]
	if first.t0 < 1 || last.t1 <= 0 {
		return tgts
	}
	if last.t1+1 < len(c.toks) && c.toks[last.t1].low == "for" {
		// "thanked Iraq for hosting the talks as well as China for
		// supporting them": each thanked
		for i := last.t1 + 1; i+3 < len(c.toks) && i < last.t1+30; i++ {
			if w := c.toks[i].low; isBoundary(w) && !isQuoteMark(w) || w == ";" {
				break
			}
			if c.toks[i].low == "as" && c.toks[i+1].low == "well" && c.toks[i+2].low == "as" {
				if g := c.groupAt(i+3, 6, false); len(g) > 0 && g[0].t1 < len(c.toks) && c.followedByFor(g[len(g)-1].t1) {
					return append(tgts[:len(tgts):len(tgts)], g...)
				}
				break
			}
		}
	}
	prep := c.toks[first.t0-1].low
	if !c.is(first.t0-1, clsPrep) {
		return tgts
	}
	for i := last.t1; i+2 < len(c.toks) && i < last.t1+8; i++ {
		w := c.toks[i].low
		if isBoundary(w) || c.is(i, clsClauseStop) && w != "," {
			break
		}
		if w != "and" {
			continue
		}
		j := i + 1
		if c.toks[j].low == "out" && j+1 < len(c.toks) {
			j++
		}
		if c.toks[j].low != prep {
			break
		}
		if g := c.groupAt(j+1, 2, true); len(g) > 0 {
			return append(tgts[:len(tgts):len(tgts)], g...)
		}
		break
	}
	return tgts
}

// followedByFor reports whether "for" comes at token i or within a few
// words of it ("China for supporting", "the government of China for").
func (c *coder) followedByFor(i int) bool {
	for k := i; k < len(c.toks) && k < i+8; k++ {
		if w := c.toks[k].low; w == "for" {
			return true
		} else if isBoundary(w) || c.is(k, clsClauseStop) {
			return false
		}
	}
	return false
}

// objectPronoun resolves "it" or "them" as the object of the trigger at
// t: not the clause's own subject but the subject of the previous
// sentence, else the latest other actor before the subject.
func (c *coder) objectPronoun(t int) []phrase {
	var subj []phrase
	if cs := c.subjectsBefore(t, 0); len(cs) > 0 {
		subj = cs[0]
	}
	if len(c.lastSubject) > 0 && !sameActors(c.lastSubject, subj) {
		return c.oneActor(&c.lastSubject[0].head)
	}
	for i := len(c.prevActors) - 1; i >= 0; i-- {
		a := c.prevActors[i]
		if !sameActors([]phrase{{head: a}}, subj) && !a.person {
			return c.oneActor(&a)
		}
	}
	return nil
}

// numberedAfter resolves "the two countries", "both sides" among the
// first words from token t.
func (c *coder) numberedAfter(t int) []phrase {
	for i := t + 1; i < len(c.toks) && i <= t+3; i++ {
		if c.is(i-1, clsClauseStop) || isBoundary(c.toks[i-1].low) {
			return nil
		}
		if g := c.numbered(i); len(g) > 0 {
			return g
		}
	}
	return nil
}

// eachOther reports whether "each other" or "one another" follows token t
// closely: coordinated subjects act on one another, both ways.
func (c *coder) eachOther(t int) bool {
	for i := t; i+1 < len(c.toks) && i <= t+2; i++ {
		a, b := c.toks[i].low, c.toks[i+1].low
		if a == "each" && b == "other" || a == "one" && b == "another" {
			return true
		}
	}
	return false
}

// appositiveOf returns the event of the clause that an appositive "the
// only one of X to V", "one of X to V" after a comma describes the subject
// of, when m is its verb; nil otherwise.
func (c *coder) appositiveOf(si int, m match) *axis.Event {
	if m.t0 < 4 || c.toks[m.t0-1].low != "to" {
		return nil
	}
	comma := -1
	for i := m.t0 - 2; i >= 0 && i >= m.t0-12; i-- {
		w := c.toks[i].low
		if w == "," {
			comma = i
			break
		}
		if isBoundary(w) || c.is(i, clsClauseStop) {
			return nil
		}
	}
	if comma < 0 || comma+2 >= m.t0 {
		return nil
	}
	w0, w1 := c.toks[comma+1].low, c.toks[comma+2].low
	if !(w0 == "one" && w1 == "of" || w0 == "the" && appositiveFirst[w1]) {
		return nil
	}
	start := c.toks[comma].start
	for k := len(c.events) - 1; k >= 0; k-- {
		e := &c.events[k]
		if e.Sentence != si {
			break
		}
		if e.End <= start {
			return e
		}
	}
	return nil
}

var (
	appositiveFirst    = toSet("only sole first last lone")
	appositivePronouns = toSet("it them this")
)

// reporterAfter returns the subject of a reporting verb closing the
// sentence after token t: "..., Trump said", "..., said Trump".
func (c *coder) reporterAfter(t int) *actor {
	for i := t; i+1 < len(c.toks); i++ {
		if c.toks[i].low != "," {
			continue
		}
		if c.is(i+1, clsReport) {
			if g := c.groupAt(i+2, 3, false); len(g) > 0 {
				return &g[0].head
			}
			return nil
		}
		if g := c.groupAt(i+1, 3, false); len(g) > 0 && g[0].t1 < len(c.toks) && c.is(g[len(g)-1].t1, clsReport) {
			return &g[0].head
		}
	}
	return nil
}

// purposeBetween reports whether an infinitive of purpose opens between
// tokens i and j ("its partners to ensure"): an actor after it is not in
// the slot at i.
func (c *coder) purposeBetween(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if c.toks[k].low == "to" && !c.toks[k+1].cap && !c.toks[k+1].punct && !c.is(k+1, clsDeterminer|clsNumber) {
			return true
		}
	}
	return false
}

// sufferedAfter reports whether the clause after a denial ending at t is
// passive ("denied that it is being pushed out", "denied it was forced"):
// what is denied is done to the denier, no act of its own.
func (c *coder) sufferedAfter(t int) bool {
	for k := t; k+1 < len(c.toks) && k < t+6; k++ {
		w := c.toks[k].low
		if w == "," || isBoundary(w) {
			return false
		}
		if (w == "being" || w == "been" || c.is(k, clsBe) && w != "'s") && strings.HasSuffix(c.toks[k+1].low, "ed") {
			return true
		}
	}
	return false
}

// conditionalThreat reports whether a sanction or use of force of m, said
// to come (future: "will", "said it would"), is a threat: it depends on a condition ("if", "unless" in its
// sentence), or answers a hostile act of its target with "would" ("said he
// would raise tariffs on U.S. goods" after U.S. tariffs on his country).
func (c *coder) conditionalThreat(m match, s, t *actor, plover, mod string) bool {
	if plover != "SANCTION" && plover != "ASSAULT" || mod != axis.ModalityFuture {
		return false
	}
	for i := m.t1; i < len(c.toks); i++ {
		if w := c.toks[i].low; w == ";" {
			break
		} else if w == "if" || w == "unless" {
			return true
		}
	}
	if len(c.toks) > 0 && (c.toks[0].low == "if" || c.toks[0].low == "unless") {
		return true
	}
	for i := m.t0 - 1; i >= 0 && i >= m.t0-3; i-- {
		if c.toks[i].low == "would" {
			a := c.counterpart(s.code, false)
			return a != nil && a.code == t.code
		}
	}
	return false
}

// threatCode is the threat of the act coded code: cutting ties is a
// non-force threat (131), other sanctions administrative (132), force 138.
func threatCode(plover, code string) string {
	switch {
	case plover == "ASSAULT":
		return "138"
	case strings.HasPrefix(code, "161"):
		return "131"
	}
	return "132"
}

// answered categories: a response (denial, retaliation, refusal, acceptance
// of an invitation) answers them.
var hostile = map[string]bool{"ACCUSE": true, "THREATEN": true, "ASSAULT": true, "COERCE": true, "SANCTION": true, "REQUEST": true}

// counterpart is the source of the last hostile event against code; for
// a denial, the last accusation (nobody denies what nobody claimed). Events
// that did not happen (negated, hypothetical, future) call for no answer.
func (c *coder) counterpart(code string, denial bool) *actor {
	// the events against code that call for an answer (readEvents): a
	// state's own people or forces (no entity of their own) may accuse
	// it too: "Opposition parties accused officers ..., which the
	// ministry denied"
	c.readEvents()
	l := c.evIdx.hostile[code]
	for i := len(l) - 1; i >= 0; i-- {
		e := &c.events[l[i]]
		if denial && e.PLOVER != "ACCUSE" {
			continue
		}
		if m := c.mentionOf(e.Source); m != nil {
			a := *m
			return &a
		}
	}
	return nil
}

// agentAt reports whether the actor at t follows "by" (and determiners):
// the agent of a participle, not an object.
func (c *coder) agentAt(t int) bool {
	k := t - 1
	for k > 0 && c.is(k, clsDeterminer) {
		k--
	}
	return k >= 0 && c.toks[k].low == "by"
}

// someMember reports whether the organisation mention a names an unnamed
// member: "a NATO member", "an EU state" (not "NATO member Turkey").
func (c *coder) someMember(a actor) bool {
	if a.t0 == 0 || a.t1+1 >= len(c.toks) {
		return false
	}
	switch c.toks[a.t0-1].low {
	case "a", "an", "another", "one":
	default:
		return false
	}
	if !memberNouns[c.toks[a.t1].low] {
		return false
	}
	n := c.toks[a.t1+1]
	return !n.cap || n.punct
}

var memberNouns = toSet("member state country nation ally")

// leaveWords are the forms of "leave": a person who leaves travels, forces
// that leave retreat.
var leaveWords = toSet("leave leaves left leaving")

// backedBy reports whether the mention ending at off is the first part
// of a compound naming a sponsor: "Iran-backed", "Russian-funded".
func backedBy(text string, off int) bool {
	if off >= len(text) || text[off] != '-' {
		return false
	}
	rest := text[off+1:]
	for _, w := range []string{"backed", "funded", "armed", "supported", "aligned", "allied"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// brokeredBy reports whether the mention ending at off is the first part
// of a compound naming a mediator: "US-brokered", "Qatari-mediated".
func brokeredBy(text string, off int) bool {
	if off >= len(text) || text[off] != '-' {
		return false
	}
	rest := text[off+1:]
	for _, w := range []string{"brokered", "mediated", "sponsored", "hosted"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// brokered codes the mediator of an agreement named in a compound ("sign a
// US-brokered peace deal") as mediating between its parties (CAMEO 045).
func (c *coder) brokered(si, first int) {
	if len(c.brokers) == 0 {
		return
	}
	n := len(c.events)
	for _, b := range c.brokers {
		for k := first; k < n; k++ {
			e := c.events[k]
			if e.PLOVER != "AGREE" && e.PLOVER != "CONSULT" {
				continue
			}
			for _, p := range []axis.Actor{e.Source, e.Target} {
				if p.Country == "" || p.Country == b.code || c.duplicate(si, b.code, p.Country, "CONSULT") {
					continue
				}
				ev := e
				ev.ID = eventID(len(c.events) + 1)
				ev.Source, ev.Target, ev.CAMEO, ev.PLOVER = toActor(&b), p, "045", "CONSULT"
				ev.QuadClass, ev.Goldstein, ev.Rule, ev.ClaimedBy = QuadClass("045"), codes["045"].Goldstein, "brokered", ""
				ev.Mode = "third-party"
				c.events = append(c.events, ev)
				if c.trace {
					c.cur.Events = append(c.cur.Events, fmt.Sprintf("%s %s CONSULT %s (045, goldstein %.1f) brokers the agreement %s (%s)",
						ev.ID, b.code, p.Country, ev.Goldstein, ev.Date, ev.DatePrecision))
				}
			}
		}
	}
}

var venueNouns = toSet("talks negotiations summit meeting meetings consultations")

// venue codes the host of talks held on its soil: "agreed ... after talks
// in China" makes China consult with both parties (CAMEO 043).
func (c *coder) venue(si, first int) {
	parts := c.parts[:0]
	defer func() { c.parts = parts[:0] }()
	for k := first; k < len(c.events); k++ {
		e := &c.events[k]
		if e.PLOVER != "CONSULT" && e.PLOVER != "AGREE" || e.Target.Country == "" {
			continue
		}
		parts = append(parts, e.Source, e.Target)
	}
	if len(parts) == 0 {
		return
	}
	for i := 0; i+2 < len(c.toks); i++ {
		if !c.is(i, clsVenueNoun) || (c.toks[i+1].low != "in" && c.toks[i+1].low != "at") {
			continue
		}
		g := c.groupAt(i+1, 3, true)
		if len(g) != 1 || g[0].t0 > i+3 {
			continue
		}
		host := g[0].head
		for _, p := range parts {
			if p.Country == host.code {
				return // a participant's own capital
			}
		}
		seen := map[string]bool{}
		for _, p := range parts {
			if seen[p.Country] {
				continue
			}
			seen[p.Country] = true
			if c.duplicate(si, host.code, p.Country, "CONSULT") {
				continue
			}
			date, prec := c.date(si, c.toks[i].start)
			ev := axis.Event{
				ID: eventID(len(c.events) + 1), Source: toActor(&host), Target: p, CAMEO: "043", PLOVER: "CONSULT",
				QuadClass: 1, Goldstein: codes["043"].Goldstein, Date: date, DatePrecision: prec,
				Modality: axis.ModalityAsserted, Sentence: si, Start: c.toks[i].start, End: g[0].head.end, Rule: "venue",
				Mode: "third-party", // a meeting hosted by a third party
			}
			c.events = append(c.events, ev)
			if c.trace {
				c.cur.Events = append(c.cur.Events, fmt.Sprintf("%s %s CONSULT %s (043, goldstein %.1f) hosts the talks %s (%s)", ev.ID, host.code, p.Country, ev.Goldstein, date, prec))
			}
		}
		return
	}
}

// judgedMove codes the judgement an object relative clause passes on the
// act of its sentence: "X did this, in a move Y hailed as historic" is Y's
// praise of X (051); "a step Z condemned" Z's disapproval (111).
func (c *coder) judgedMove(si, first int) {
	if first == len(c.events) {
		return
	}
	for i := 0; i+3 < len(c.toks); i++ {
		if c.toks[i].low != "," {
			continue
		}
		j := i + 1
		if c.toks[j].low == "in" {
			j++
		}
		if w := c.toks[j].low; w != "a" && w != "the" || !moveNouns[c.toks[j+1].low] {
			continue
		}
		j += 2
		if j < len(c.toks) && (c.toks[j].low == "that" || c.toks[j].low == "which") {
			j++
		}
		g := c.groupAt(j, 2, false)
		if len(g) == 0 || g[0].t0 > j+1 {
			continue
		}
		v := g[len(g)-1].t1
		if v >= len(c.toks) {
			continue
		}
		code, plover := "", ""
		switch w := c.toks[v].low; {
		case praiseVerbs[w]:
			code, plover = "051", "SUPPORT"
		case blameVerbs[w]:
			code, plover = "111", "ACCUSE"
		default:
			continue
		}
		var act *axis.Event
		for k := len(c.events) - 1; k >= first; k-- {
			if c.events[k].End <= c.toks[i].start {
				act = &c.events[k]
				break
			}
		}
		if act == nil {
			return
		}
		date, prec := c.date(si, c.toks[v].start)
		for _, p := range g {
			if p.head.code == act.Source.Country || c.duplicate(si, p.head.code, act.Source.Country, plover) {
				continue
			}
			ev := axis.Event{
				ID: eventID(len(c.events) + 1), Source: toActor(&p.head), Target: act.Source, CAMEO: code, PLOVER: plover,
				QuadClass: QuadClass(code), Goldstein: codes[code].Goldstein, Date: date, DatePrecision: prec,
				Modality: axis.ModalityAsserted, Sentence: si, Start: c.toks[i+1].start, End: c.toks[v].end, Rule: "judged move",
			}
			c.events = append(c.events, ev)
			if c.trace {
				c.cur.Events = append(c.cur.Events, fmt.Sprintf("%s %s %s %s (%s) judges the act %s", ev.ID, p.head.code, plover, act.Source.Country, code, act.ID))
			}
		}
		return
	}
}

var (
	moveNouns   = toSet("move step decision")
	praiseVerbs = toSet("hailed welcomed praised applauded lauded commended")
	blameVerbs  = toSet("condemned criticised criticized denounced decried slammed deplored")
)

// internal reports whether two actors of one state are distinct parties
// inside it (an army and a militia, a ministry and the state): one of them
// an organisation, neither a person.
func internal(a, b *actor) bool {
	return a.ent != b.ent && (a.ent.Kind == axis.EntityOrganization || b.ent.Kind == axis.EntityOrganization) &&
		a.ent.Kind != axis.EntityPerson && b.ent.Kind != axis.EntityPerson
}

func sameActors(a, b []phrase) bool {
	for _, x := range a {
		for _, y := range b {
			if x.head.code == y.head.code {
				return true
			}
		}
	}
	return false
}

func toActor(a *actor) axis.Actor {
	code := a.ent.Code
	if code == "" {
		code = a.code
	}
	return axis.Actor{Entity: a.ent.ID, Name: a.ent.Name, Country: a.code, Code: code}
}

var negators = toSet("not n't never no neither nor")
var futureCues = toSet("will shall 'll")
var hypoCues = toSet("would could might may if should")
var denyCues = toSet("denied denies deny denying")
var intendCues = toSet("plans plan planned intends intend intended expected set going aims seeks vowed pledged")

// deliberation verbs put what follows in doubt: "will consider shooting
// down drones", "is weighing sanctions", "mulls sending troops".
// documentNouns name texts whose content a participle after them gives
// ("a resolution censuring Iran").
var documentNouns = toSet("resolution resolutions motion draft text statement declaration proposal")

var deliberateCues = toSet("consider considers considered considering weigh weighs weighed weighing mull mulls mulled mulling contemplate contemplates contemplated contemplating ponder ponders pondered pondering debate debates debating discuss discusses discussing explore explores exploring")

// modality of a match and who claims it.
func (c *coder) modality(m match, src phrase) (string, *actor) {
	mod := axis.ModalityAsserted
	// a negation before "and" is the first verb's own ("would not be
	// intimidated and called on"); a future or condition is shared ("will
	// meet and sign")
	crossed := false
	lim := m.t0 - 4
	for i := m.t0 - 1; i >= 0 && i >= lim; i-- {
		w := c.toks[i].low
		if w == "to" && i > 0 && (c.is(i-1, clsIntend) || c.toks[i-1].low == "seek") {
			lim = min(lim, i-4) // "would not seek to open talks": the aim's mode is the act's
		}
		if isBoundary(w) || w == "," {
			break
		}
		if (w == "and" || w == "but") && !c.is(i+1, clsNegator) && strings.HasSuffix(c.toks[m.t0].low, "ed") {
			crossed = true // a finite verb of its own ("did not meet and talk" shares it)
		}
		if c.toks[i].cap && i > 0 {
			continue // "May 29", "Will Smith"
		}
		switch {
		case c.is(i, clsNegator):
			if !crossed {
				mod = axis.ModalityNegated
			}
		case c.is(i, clsDeliberate) && mod != axis.ModalityNegated:
			mod = axis.ModalityHypothetical
		case c.is(i, clsFuture) && mod == axis.ModalityAsserted:
			mod = axis.ModalityFuture
		case w == "would" && mod == axis.ModalityAsserted && c.reportedBefore(i):
			mod = axis.ModalityFuture // "said they would impose"
		case c.is(i, clsHypo) && mod == axis.ModalityAsserted:
			mod = axis.ModalityHypothetical
		case w == "to" && i > 0 && c.is(i-1, clsIntend) && mod == axis.ModalityAsserted:
			mod = axis.ModalityFuture
		case mod == axis.ModalityAsserted && isAllegedCue(w):
			mod = axis.ModalityAlleged // "reportedly sent", "allegedly supplied"
		case w == "to" && i > 1 && hearsay[c.toks[i-1].low] && c.is(i-2, clsBe) && mod == axis.ModalityAsserted:
			mod = axis.ModalityAlleged // "is said to have sent", "are believed to"
		}
	}
	// who says so: a quote's speaker, or the subject of a reporting verb
	var claim *actor
	if sp := c.quoteSpeaker(c.toks[m.t0].start); sp != nil {
		claim = &sp[0].head
	}
	if claim == nil && c.sent.accuser != nil && m.t0 >= c.sent.accuseEnd {
		claim = c.sent.accuser
	}
	if claim == nil {
		crossed := false // a coordinated verb: "denies X and blames Y"
		for i := m.t0 - 1; i >= 0; i-- {
			if c.toks[i].cap {
				continue
			}
			w := c.toks[i].low
			if w == "and" || w == "but" {
				crossed = true
			}
			if c.is(i, clsDeny) && mod == axis.ModalityAsserted && !crossed {
				mod = axis.ModalityDenied
			}
			if !c.is(i, clsReport) {
				continue
			}
			if w == "according" {
				if g := c.groupAt(i+1, 3, false); len(g) > 0 {
					claim = &g[0].head
				} else if mod == axis.ModalityAsserted {
					mod = axis.ModalityAlleged // "according to reports"
				}
				break
			}
			if cs := c.subjectsBefore(i, 0); len(cs) > 0 {
				claim = &cs[0][0].head
			} else if g := c.groupAt(i+1, 3, false); len(g) > 0 {
				claim = &g[0].head // "..., said Wang"
			}
			if claim != nil && claim.start == src.head.start && claim.ent == src.head.ent {
				claim = nil // the reporter is the actor
			}
			break
		}
	}
	if claim == nil && mod == axis.ModalityAsserted {
		// "..., according to reports", "..., according to Seoul"
		for i := m.t1; i+1 < len(c.toks); i++ {
			if c.toks[i].low == "according" && c.toks[i+1].low == "to" {
				if g := c.groupAt(i+2, 3, false); len(g) > 0 {
					claim = &g[0].head
				} else {
					mod = axis.ModalityAlleged
				}
				break
			}
		}
	}
	if claim != nil && claim.code == src.head.code {
		claim = nil // the actor speaks for itself
	}
	if claim != nil && mod == axis.ModalityAsserted {
		mod = axis.ModalityAlleged
	}
	return mod, claim
}

// isAllegedCue reports whether w puts an event in doubt without saying
// who claims it.
func isAllegedCue(w string) bool {
	switch w {
	case "reportedly", "allegedly", "purportedly", "supposedly", "apparently":
		return true
	}
	return false
}

// hearsay participles: "is said to", "are believed to".
var hearsay = toSet("said believed thought reported alleged understood rumoured rumored suspected claimed")

// announceVerbs introduce what someone will do: "announced it would
// supply jets" is future, not hypothetical.
var announceVerbs = toSet("announced announces announce confirmed confirms promised promises pledged pledges vowed vows declared declares indicated signalled signaled")

// reportedBefore reports whether a reporting verb comes shortly before
// token i in its clause ("said they would").
func (c *coder) reportedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := c.toks[k].low
		if c.is(k, clsReport) || announceVerbs[c.toks[k].low] {
			return true
		}
		if isBoundary(w) || w == "," {
			return false
		}
	}
	return false
}

// date of an event at byte offset off in sentence si: the nearest date in
// the sentence, else the document date.
func (c *coder) date(si, off int) (string, string) {
	s := c.d.Sentences[si]
	best, bestDist, lead := -1, 1<<30, -1
	for _, i := range c.datesIn(si) {
		dt := &c.d.Dates[i]
		if dt.Value == "" || dt.Precision == axis.PrecisionDuration || strings.HasPrefix(dt.Value, "P") {
			continue
		}
		dist := dt.Start - off
		lo, hi := off, dt.Start
		if dist < 0 {
			dist = off - dt.End
			lo, hi = dt.End, off
		}
		// a date in another clause is not this event's, unless it opens
		// the sentence: "In 2006, X did this, and Y did that"
		// a date in a relative clause after the event dates that clause's
		// state, not the event ("vetoed the text on Sudan, where a war has
		// raged since April 2023")
		if dt.Start > off && relClauseBetween(c.d.Text[off:dt.Start]) {
			continue
		}
		if between := c.d.Text[lo:hi]; strings.Contains(between, ", and ") || strings.Contains(between, ", but ") || strings.Contains(between, ";") {
			if leadDate(c.d.Text, s.Start, dt) {
				lead = int(i)
			}
			continue
		}
		if dist < bestDist {
			best, bestDist = int(i), dist
		}
	}
	if best < 0 {
		best = lead
	}
	if best >= 0 {
		return c.d.Dates[best].Value, c.d.Dates[best].Precision
	}
	if c.d.Meta.Date != "" {
		return c.d.Meta.Date, PrecisionDocument
	}
	return "", ""
}

// relClauseBetween reports whether text between an event and a later date
// opens a relative clause set off by a comma (", where", ", which", ", who").
func relClauseBetween(s string) bool {
	for _, w := range [...]string{", where ", ", which ", ", who ", ", whose "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// leadDate reports whether date dt opens the sentence starting at start,
// set off by a comma: "In 2006, ...", "On March 3, ...".
func leadDate(text string, start int, dt *axis.Date) bool {
	if dt.Start-start > 6 || dt.End >= len(text) || text[dt.End] != ',' {
		return false
	}
	return strings.IndexByte(strings.TrimSpace(text[start:dt.Start]), ' ') < 0
}

// actObjects: categories whose object may be an act rather than an actor
// ("condemned the strikes", "vowed a response to the attack").
var actObjects = map[string]bool{"ACCUSE": true, "THREATEN": true, "SUPPORT": true, "REJECT": true}

// actNouns name acts, with the categories of the events they stand for;
// "" stands for any event.
var actNouns = func() map[string][]string {
	m := map[string][]string{}
	add := func(words string, kinds ...string) {
		for _, w := range strings.Fields(words) {
			m[w] = kinds
		}
	}
	add("strike strikes airstrike airstrikes attack attacks bombing bombings shelling invasion incursion incursions offensive raid raids assault killing killings massacre aggression bombardment shooting assassination", "ASSAULT")
	add("test tests launch launches firing drills exercises deployment buildup build-up", "MOBILIZE", "ASSAULT")
	add("sanctions expulsion expulsions embargo tariffs", "SANCTION")
	add("arrest arrests detention detentions seizure crackdown", "COERCE")
	add("threats ultimatum", "THREATEN")
	add("deal agreement treaty pact accord truce ceasefire memorandum", "AGREE")
	add("move decision decisions actions step steps measures", "")
	return m
}()

// actObject finds an act named as the object of the trigger of m ("the
// strikes", "Russia's invasion", "the attack by Hamas", "the attacks on
// Israel") and returns who did it: the possessor or agent named with it,
// else the source of the latest such act (not self) on the named victim.
// ok is false when the object is no act.
func (c *coder) actObject(m match, self string) ([]phrase, bool) {
	var owner []phrase
	i := m.t0 + 1
	noun := -1
	support := m.p.PLOVER == "SUPPORT"
	if a := c.pronounAct(m); a != nil {
		// "..., and N'Djamena denied it", "Abuja welcomed it"
		if support {
			return c.parties(a, self), true
		}
		if a.src.code == self {
			return nil, true
		}
		return c.oneActor(&a.src), true
	}
	if c.is(m.t0, clsDeny) {
		return nil, false // "denied shelling the post": one's own act
	}
	for n := 0; i < len(c.toks) && n < 6; n++ {
		if p := c.phraseAt(i); p != nil {
			if p.head.location || owner != nil {
				return nil, false // "the attack on Kharkiv", an actor object
			}
			owner = c.one(*p)
			i = p.t1
			if i < len(c.toks) && c.toks[i].low == "'s" {
				i++
			}
			continue
		}
		t := c.toks[i]
		if _, ok := actNouns[t.low]; ok && !t.cap {
			noun = i
			break
		}
		if t.cap && i+1 < len(c.toks) && c.toks[i+1].low == "'s" && (n == 0 || c.toks[i-1].low == "the") {
			i += 2 // a time's possessive: "Friday's attack"
			continue
		}
		if t.punct || t.cap || t.cls&(clsClauseStop|clsPrep) != 0 || t.low == "and" || t.low == "or" {
			return nil, false
		}
		i++
	}
	if noun < 0 {
		return nil, false
	}
	if owner != nil {
		// "condemned Russia's invasion", "the Syrian strikes"; not "condemned
		// Russia for the strikes": the actor must modify the noun
		if owner[0].t1 == noun || owner[0].t1+1 == noun && c.toks[owner[0].t1].low == "'s" {
			return owner, true
		}
		return nil, false
	}
	kinds := actNouns[c.toks[noun].low]
	victim := ""
	if j := noun + 1; j+1 < len(c.toks) {
		switch w := c.toks[j].low; {
		case w == "by" || w == "from" || w == "of" && kinds[0] == "":
			if g := c.groupAt(j+1, 3, false); len(g) > 0 {
				return g, true // "the attack by Hamas", "the decision of Turkey"
			}
		case w == "on" || w == "against" || w == "in" || w == "at" || w == "of" || w == "targeting":
			if g := c.groupAt(j+1, 4, true); len(g) > 0 {
				victim = g[0].head.code
			}
		}
	}
	for k := len(c.acts) - 1; k >= c.actsFrom(); k-- {
		a := &c.acts[k]
		if a.start >= c.toks[m.t0].start || a.src.code == self && !support || a.src.code == victim {
			continue
		}
		if victim != "" && a.tgt != victim {
			continue
		}
		if kinds[0] != "" && !slices.Contains(kinds, a.plover) {
			continue
		}
		if kinds[0] == "" && (a.plover == "ACCUSE" || a.plover == "REQUEST") {
			continue // "the move": an act, not words
		}
		if support || a.plover == "AGREE" {
			// "welcomed the deal", "condemned the agreement": its parties
			return c.parties(a, self), true
		}
		return c.oneActor(&a.src), true
	}
	return nil, true
}

// pronounAct returns the act an "it" or "this" right after the trigger of
// m stands for ("..., and the UN condemned it"): the latest act of the
// sentence before the trigger, else of the sentence before; nil when the
// pronoun is no whole object or no act is recorded.
func (c *coder) pronounAct(m match) *act {
	i := m.t0 + 1
	if i >= len(c.toks) || c.toks[i].low != "it" && c.toks[i].low != "this" {
		return nil
	}
	if j := i + 1; j < len(c.toks) {
		if t := c.toks[j]; !t.punct && t.cls&clsClauseStop == 0 && t.low != "and" && t.low != "but" {
			return nil // "denied it had sent troops": a clause, not an object
		}
	}
	start := c.toks[m.t0].start
	for k := len(c.acts) - 1; k >= c.actsFrom(); k-- {
		a := &c.acts[k]
		if a.si < c.si-1 {
			break
		}
		if a.start >= start || a.plover == "ACCUSE" || a.plover == "REQUEST" {
			continue
		}
		return a
	}
	return nil
}

// parties returns the actors of act a other than self.
func (c *coder) parties(a *act, self string) []phrase {
	start := len(c.arena)
	if a.src.code != self {
		c.arena = append(c.arena, phrase{t0: -1, t1: -1, head: a.src})
	}
	if a.hasTgt && a.tgtA.code != self && a.tgtA.code != a.src.code {
		c.arena = append(c.arena, phrase{t0: -1, t1: -1, head: a.tgtA})
	}
	if len(c.arena) == start {
		return nil
	}
	return c.arena[start:len(c.arena):len(c.arena)]
}

// phraseAt returns the actor phrase starting at token i, or nil.
func (c *coder) phraseAt(i int) *phrase {
	for k := range c.phr {
		if c.phr[k].t0 == i {
			return &c.phr[k]
		}
		if c.phr[k].t0 > i {
			break
		}
	}
	return nil
}

// recordAct remembers the source of match m for later nouns naming it.
func (c *coder) recordAct(src phrase, m match, tgts []phrase) {
	if len(tgts) == 0 && (strings.HasSuffix(c.toks[m.t0].low, "ing") || src.t0 >= 0 && c.afterPreposition(src.t0)) {
		return // "..., killing 12 people": a participle's subject is not known
	}
	a := act{src: src.head, plover: m.p.PLOVER, start: c.toks[m.t0].start, si: c.si}
	if len(tgts) > 0 {
		a.tgt, a.tgtA, a.hasTgt = tgts[0].head.code, tgts[0].head, true
	}
	if len(c.acts) == 2*maxActs {
		// the older half is forgotten at once, not one act at a time
		n := copy(c.acts, c.acts[maxActs:])
		clear(c.acts[n:])
		c.acts = c.acts[:n]
	}
	c.acts = append(c.acts, a)
}

// actsFrom is the index in c.acts of the oldest act remembered: the
// latest maxActs are.
func (c *coder) actsFrom() int {
	return max(0, len(c.acts)-maxActs)
}

// modifierIn returns the actor that modifies a noun inside the match m
// when its target slot found none: "train Moroccan soldiers", "train
// Ukraine's pilots".
func (c *coder) modifierIn(m match) []phrase {
	for k := range c.phr {
		p := c.phr[k]
		if p.t0 <= m.t0 || p.t1 >= m.t1 || p.head.location || p.head.t0 != p.t0 {
			continue // not a run of names ("Sweden NATO bid"): whose is unclear
		}
		if c.is(p.t1, clsPrep|clsClauseStop) || c.toks[p.t1].low == "and" {
			continue // "aid from Japan to", an actor in a phrase of its own
		}
		return c.phr[k : k+1 : k+1]
	}
	return nil
}

// recipientWindow is how many sentences back a recipient of aid is sought.
const recipientWindow = 6

// recipient returns who receives aid that src gives without naming a
// recipient: the recipient of the latest aid, else the latest actor that
// asked for something (not of src's own), else the state the text is most
// about.
func (c *coder) recipient(si int, src string) *actor {
	for k := len(c.acts) - 1; k >= c.actsFrom(); k-- {
		a := &c.acts[k]
		if si-a.si > recipientWindow {
			break
		}
		if a.plover == "AID" && a.tgt != "" && a.tgt != src {
			return c.mentionCode(a.tgt)
		}
		if a.plover == "REQUEST" && a.src.code != src && (a.tgt == "" || a.tgt == src) {
			r := a.src
			return &r
		}
	}
	return c.mainState(src)
}

// mentionCode returns the latest mention of the actor with code before the
// current sentence, or nil.
func (c *coder) mentionCode(code string) *actor {
	if k, ok := c.latestBefore(c.d.Sentences[c.si].Start)[code]; ok {
		return &c.mention[k]
	}
	return nil
}

// mainState returns a mention of the state mentioned most up to the
// current sentence, other than not; nil when it is not mentioned at
// least twice.
func (c *coder) mainState(not string) *actor {
	counts := c.statesBefore(c.d.Sentences[c.si].End)
	best := -1
	for j := range counts {
		if counts[j].code != not && counts[j].n >= 2 && (best < 0 || counts[j].n > counts[best].n) {
			best = j
		}
	}
	if best < 0 {
		return nil
	}
	a := c.mention[counts[best].last]
	return &a
}

// venueKinds: categories of meetings and accords, which happen in a
// place; a strike "in Iran" is on Iran.
var venueKinds = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true, "SUPPORT": true}

// venueAt reports whether phrase p names where something happens: "in
// Washington", "at the State Department"; not an intergovernmental body
// ("blocked the resolution at the Security Council").
func (c *coder) venueAt(p phrase) bool {
	i := p.t0 - 1
	if i >= 0 && c.toks[i].low == "the" {
		i--
	}
	if i < 0 {
		return false
	}
	switch c.toks[i].low {
	case "in":
		return true
	case "at":
		return p.head.ent.Kind != axis.EntityOrganization || p.head.ent.Country != ""
	}
	return false
}

// peopleName reports whether a country's mention names its people: a
// plural demonym ("Kenyans", "Israelis"), not the state's own name
// ("the Philippines").
func peopleName(text, name string) bool {
	n := len(text)
	return n > 3 && text[n-1] == 's' && text[n-2] != '\'' && !strings.EqualFold(text, name) &&
		!strings.HasSuffix(name, text) && strings.IndexByte(text, ' ') < 0
}
