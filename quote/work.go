package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/axis-news/axis"
)

// Speaker kinds.
const (
	kUnknown = iota
	kPerson
	kOrg
	kCountry
	kGroup
)

// speaker is who a quotation is attributed to.
type speaker struct {
	ent   int // index in Document.Entities, or -1
	name  string
	kind  int
	role  string // as the text gives it: "spokesman", "Lt Col"
	affil string // the organisation the text gives with the role
	para  int
}

// result is the decision about one quoted span.
type result struct {
	ok     bool
	spk    speaker
	cue    string
	medium string
	weak   bool // the speaker is unresolved or only guessed
	// inherit: no attribution of its own; the speaker goes on from the
	// quotation or sentence before
	inherit bool
}

// ment is an entity mention, for lookups by offset.
type ment struct{ start, end, ent int }

// work is the state of the stage for one document.
type work struct {
	lx        *Lexicon
	voc       *vocab
	ents      []lexEntry // voc.entries
	d         *axis.Document
	text      string
	paras     [][2]int
	paraKind  []string
	spans     []span
	toks      []token
	sents     []sentence
	qtok      [][2]int // per span: first and last token (marks included)
	marks     markSet  // the quotation marks of spans, for tokenize
	markBuf   []mark   // scratch of pairMarks
	ments     []ment
	mkeys     []uint64 // scratch of sortMents
	mkeys2    []uint64 // scratch of sortKeys
	mbucket   []int32  // scratch of sortKeys
	mtmp      []ment   // scratch of sortMents
	res       []result
	last      *speaker // the last attributed speaker: nil or &lastSpk
	lastSpk   speaker
	words     *wordCache // kept in the pool with the work
	contCue   bool       // the cue being resolved goes on from the last speaker (added)
	curSpan   int        // the quotation being attributed by fromCue, or -1
	cur       int        // the quotation being decided (those before it are in res)
	binding1  bool       // a role is being bound (no nested binding)
	ownerPron bool       // the pronoun before a body is being resolved (his campaign)

	gender  []byte             // per entity: titleGender's answer, 0 not yet known
	wordIdx map[string][]int32 // see wordsLike
	names   map[string]*nameScan
	nounIdx map[string][]int32 // see nounsOf
	nameKey []byte
	media   []int32 // the quotations decided so far with a named speaker and a medium
	mediaBy map[string]*mediaList
}

const maxInt = int(^uint(0) >> 1)

// workPool keeps the buffers of finished documents for the next ones.
var workPool = sync.Pool{New: func() any { return new(work) }}

// release returns w's buffers to the pool.
func (w *work) release() {
	*w = work{toks: w.toks[:0], sents: w.sents[:0], ments: w.ments[:0], spans: w.spans[:0],
		paras: w.paras[:0], paraKind: w.paraKind[:0], mkeys: w.mkeys[:0], mkeys2: w.mkeys2[:0], mbucket: w.mbucket[:0], mtmp: w.mtmp[:0],
		gender: w.gender[:0], media: w.media[:0], nameKey: w.nameKey[:0], res: w.res[:0], qtok: w.qtok[:0],
		marks: w.marks.reset(), markBuf: w.markBuf[:0], words: w.words}
	workPool.Put(w)
}

func newWork(lx *Lexicon, d *axis.Document) *work {
	w := workPool.Get().(*work)
	w.lx, w.voc, w.d, w.text = lx, lx.vocab(), d, d.Text
	w.ents = w.voc.entries
	if w.words == nil {
		w.words = &wordCache{voc: w.voc}
	}
	w.curSpan = -1
	for _, p := range d.Paragraphs {
		if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End {
			continue
		}
		w.paras = append(w.paras, [2]int{p.Start, p.End})
		w.paraKind = append(w.paraKind, p.Kind)
	}
	if len(w.paras) == 0 {
		w.paras = [][2]int{{0, len(d.Text)}}
		w.paraKind = []string{axis.KindBody}
	}
	n := 0
	for _, e := range d.Entities {
		n += len(e.Mentions)
	}
	if cap(w.ments) < n {
		w.ments = make([]ment, 0, n)
	}
	for i, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
				w.ments = append(w.ments, ment{m.Start, m.End, i})
			}
		}
	}
	if !slices.IsSortedFunc(w.ments, cmpMent) {
		w.sortMents()
	}
	return w
}

// sortMents sorts w.ments by start. Without two mentions starting at one
// offset, sorting keys of start and index gives the one order there is,
// faster than comparing mentions; with such ties it sorts as it always
// did, so the mention a tie yields stays the same.
func (w *work) sortMents() {
	keys := w.mkeys[:0]
	for i, m := range w.ments {
		if m.start >= 1<<31 || len(w.ments) >= 1<<31 {
			slices.SortFunc(w.ments, cmpMent)
			return
		}
		keys = append(keys, uint64(m.start)<<32|uint64(i))
	}
	w.mkeys = keys
	w.sortKeys(keys)
	for k := 1; k < len(keys); k++ {
		if keys[k]>>32 == keys[k-1]>>32 {
			slices.SortFunc(w.ments, cmpMent)
			return
		}
	}
	sorted := w.mtmp[:0]
	for _, k := range keys {
		sorted = append(sorted, w.ments[uint32(k)])
	}
	w.ments, w.mtmp = sorted, w.ments[:0]
}

func cmpMent(a, b ment) int { return a.start - b.start }

// sortKeys sorts the keys of sortMents (start<<32 | index, all distinct)
// as slices.Sort does: it places them by the 64-byte stretch of text
// their mention starts in, then sorts by insertion the few that share a
// stretch.
func (w *work) sortKeys(keys []uint64) {
	if len(keys) < 16 {
		slices.Sort(keys)
		return
	}
	nb := len(w.text)>>6 + 2
	if cap(w.mbucket) < nb {
		w.mbucket = make([]int32, nb)
	}
	count := w.mbucket[:nb]
	clear(count)
	for _, k := range keys {
		count[k>>38+1]++
	}
	for b := 1; b < nb; b++ {
		count[b] += count[b-1]
	}
	out := slices.Grow(w.mkeys2[:0], len(keys))[:len(keys)]
	for _, k := range keys {
		b := k >> 38
		out[count[b]] = k
		count[b]++
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	copy(keys, out)
	w.mkeys2 = out
}

func (m *markSet) Len() int           { return len(m.pos) }
func (m *markSet) Less(i, j int) bool { return m.pos[i] < m.pos[j] }
func (m *markSet) Swap(i, j int) {
	m.pos[i], m.pos[j] = m.pos[j], m.pos[i]
	m.kind[i], m.kind[j] = m.kind[j], m.kind[i]
	m.size[i], m.size[j] = m.size[j], m.size[i]
}

func (w *work) run() {
	w.spans, w.markBuf = pairMarks(w.text, w.paras, w.spans, w.markBuf)
	if len(w.spans) == 0 {
		return
	}
	w.tokenizeAll()
	w.splitUnclosed()
	w.assignQuotes()
	w.res = slices.Grow(w.res[:0], len(w.spans))[:len(w.spans)]
	clear(w.res)
	for k := range w.spans {
		w.cur = k
		r := w.attribute(k)
		if r.ok && r.spk.name != "" {
			w.lastSpk = r.spk
			w.last = &w.lastSpk
		}
		w.res[k] = r
		if r.ok && r.spk.name != "" && r.medium != "" {
			w.media = append(w.media, int32(k))
		}
	}
	// a quotation running over paragraphs (a paragraph that opens a quote
	// without closing it goes on in the next one that begins with a quote
	// mark) takes the speaker named at its end, unless it has an
	// attribution of its own: the speaker before it spoke earlier
	for k := len(w.spans) - 2; k >= 0; k-- {
		r, n := &w.res[k], w.res[k+1]
		if w.spans[k].cont && r.ok && (r.weak || r.inherit) && n.ok && !n.weak {
			r.spk, r.cue, r.medium, r.weak, r.inherit = n.spk, n.cue, n.medium, false, n.inherit
		}
	}
	// and the part of it that opens a paragraph keeps its speaker when its
	// own attribution names no one ("...,” she added)
	for k := 1; k < len(w.spans); k++ {
		r, p := &w.res[k], w.res[k-1]
		if w.spans[k].contPrev && w.spans[k-1].cont && r.ok && r.weak && p.ok && (!p.weak || r.spk.name == "" && p.spk.name != "") {
			r.spk, r.weak = p.spk, p.weak
		}
	}
	w.borrowSpeakers()
	n := 0
	for k := range w.spans {
		if w.res[k].ok {
			n++
		}
	}
	w.d.Quotes = slices.Grow(w.d.Quotes, n)
	for k, s := range w.spans {
		r := w.res[k]
		if !r.ok {
			continue
		}
		q := axis.Quote{Text: w.text[s.start:s.end], Start: s.start, End: s.end,
			SpeakerName: r.spk.name, Role: r.spk.role, Affiliation: r.spk.affil, Cue: r.cue, Medium: r.medium}
		if r.spk.ent >= 0 {
			e := &w.d.Entities[r.spk.ent]
			q.Speaker = e.ID
			if e.Kind == axis.EntityPerson {
				q.Role, q.Affiliation = personRole(e, r.spk)
			}
			q.Country = e.Country
			if q.Country == "" && e.Kind != axis.EntityPerson {
				q.Country = e.Code
			}
		}
		w.d.Quotes = append(w.d.Quotes, q)
	}
}

// personRole returns the role and affiliation a quotation gives person e
// speaking as s: the entity's, unless the text names the speaker's office
// in apposition (a spokesman for X, Lt Col Ana Ruiz) and the entity's
// role is another (a rank) or none; the entity's affiliation, else the
// one the text gives with the role.
func personRole(e *axis.Entity, s speaker) (role, affil string) {
	role, affil = e.Role, e.Affiliation
	if s.role != "" {
		head := s.role[strings.LastIndexByte(s.role, ' ')+1:]
		if role == "" || !strings.Contains(strings.ToLower(role), strings.ToLower(head)) {
			role = s.role
		}
	}
	if affil == "" {
		affil = s.affil
	}
	return role, affil
}

// tokenizeAll tokenizes every paragraph and splits the tokens into
// sentences, following the segment stage's sentences where there are any.
func (w *work) tokenizeAll() {
	ms := &w.marks
	for _, s := range w.spans {
		if s.openLen > 0 {
			ms.pos, ms.kind, ms.size = append(ms.pos, s.openPos), append(ms.kind, tOpen), append(ms.size, s.openLen)
		}
		if s.closeLen > 0 {
			ms.pos, ms.kind, ms.size = append(ms.pos, s.closePos), append(ms.kind, tClose), append(ms.size, s.closeLen)
		}
	}
	sort.Sort(ms)
	if cap(w.toks) < len(w.text)/5 {
		w.toks = make([]token, 0, len(w.text)/5)
	}
	ds := w.d.Sentences
	si := 0
	for pi, p := range w.paras {
		first := len(w.toks)
		w.toks = tokenizeFast(w.toks, w.text, p[0], p[1], ms)
		// each token goes into the sentence being built, w.sents[len(w.sents)]
		toks := w.toks
		start := first
		sent := int32(len(w.sents))
		next := maxInt // where the segment stage's next sentence starts
		if si < len(ds) {
			next = ds[si].Start
		}
		for i := first; i < len(toks); i++ {
			t := &toks[i]
			brk := false
			if int(t.start) >= next {
				for si < len(ds) && ds[si].Start <= int(t.start) {
					if ds[si].Start > int(toks[start].start) && i > start {
						brk = true
					}
					si++
				}
				next = maxInt
				if si < len(ds) {
					next = ds[si].Start
				}
			}
			// (boundaryBefore finds nothing but after a mark or punctuation)
			if i > start && !brk && (t.kind == tOpen || t.kind == tWord && t.caps) && (toks[i-1].kind == tClose || toks[i-1].kind == tPunct) {
				brk = w.boundaryBefore(i, len(ds) == 0)
			}
			if brk && toks[i-1].kind == tClose && w.askedAfter(i, len(toks)) {
				brk = false // “Where was he?” Governor Tim Walz asked.
			}
			if brk {
				w.sents = append(w.sents, sentence{first: start, end: i, para: pi})
				start = i
				sent++
			}
			t.sent = sent
		}
		if start < len(toks) {
			w.sents = append(w.sents, sentence{first: start, end: len(toks), para: pi})
		}
	}
}

// boundaryBefore reports whether a sentence starts at token i beyond the
// segment stage's boundaries: after a closing mark that ends a sentence
// ("...end." "Next ...") or, when there are no sentences, after a full stop.
func (w *work) boundaryBefore(i int, own bool) bool {
	t := &w.toks[i]
	startsNew := t.kind == tOpen || (t.kind == tWord && t.caps)
	if !startsNew {
		return false
	}
	p := &w.toks[i-1]
	if p.kind == tClose && p.start > 0 {
		c := w.text[p.start-1]
		return c == '.' || c == '?' || c == '!'
	}
	if p.kind == tPunct {
		c := w.text[p.start]
		if c == '?' || c == '!' {
			return true
		}
		if c == '.' {
			if t.kind == tOpen {
				return true
			}
			if own && i >= 2 && w.toks[i-2].kind == tWord && int(w.toks[i-2].end) == int(p.start) {
				prev := w.text[w.toks[i-2].start:w.toks[i-2].end]
				return len(prev) > 2 || prev == strings.ToLower(prev)
			}
		}
	}
	return false
}

// askedAfter reports whether a quotation that closes on a question or an
// exclamation before token i is attributed by the words from i: a short
// capitalised name, then a verb of saying (“Fight!” Trump shouted).
func (w *work) askedAfter(i, end int) bool {
	if p := w.toks[i-1].start; p == 0 || w.text[p-1] != '?' && w.text[p-1] != '!' {
		return false
	}
	for j := i; j < end && j < i+5; j++ {
		t := &w.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.caps {
			continue
		}
		if j == i {
			return false
		}
		for _, c := range w.lex(j).cues {
			if c.flags&(cuePoss|cuePrep|cueWeak) == 0 && len(c.rest) == 0 {
				return true
			}
		}
		return false
	}
	return false
}

// splitUnclosed ends an unclosed quotation that is not continued in the
// next paragraph where an attribution interrupts it (Blinken "made clear
// that ..., he said, adding ...).
func (w *work) splitUnclosed() {
	for k := range w.spans {
		s := &w.spans[k]
		if s.closeLen > 0 || s.cont {
			continue
		}
		i := w.tokAt(s.start)
		for ; i < len(w.toks) && int(w.toks[i].start) < s.end; i++ {
			t := w.toks[i]
			if t.kind != tPunct || w.text[t.start] != ',' {
				continue
			}
			// ", he said", ", Smith said", ", said Smith", ", the minister said"
			for j := i + 1; j < len(w.toks) && j <= i+4 && int(w.toks[j].start) < s.end; j++ {
				c, _ := w.cueAt(j)
				// (before the quotations are marked: forget what cueAt kept)
				w.toks[j].miss &^= nounCueKnown | nounCueYes
				if c != nil && c.flags&(cueWeak|cuePart|cuePrep) == 0 {
					subj := j == i+1 || w.isPronoun(i+1) || w.toks[i+1].caps || w.isDet(i+1)
					if subj {
						s.closePos = int(t.start)
						s.start, s.end = trimSpan(w.text, s.start, int(t.start))
						goto next
					}
				}
				if w.toks[j].kind != tWord {
					break
				}
			}
		}
	next:
	}
}

// tokAt returns the index of the first token starting at or after off.
func (w *work) tokAt(off int) int {
	return sort.Search(len(w.toks), func(i int) bool { return int(w.toks[i].start) >= off })
}

// assignQuotes marks the tokens of each quotation, its marks included.
func (w *work) assignQuotes() {
	w.qtok = slices.Grow(w.qtok[:0], len(w.spans))[:len(w.spans)]
	i := 0
	for k, s := range w.spans {
		lo, hi := s.openPos, s.end
		if s.closeLen > 0 {
			hi = s.closePos + s.closeLen
		}
		if s.openLen == 0 {
			lo = s.start
		}
		for i < len(w.toks) && int(w.toks[i].start) < lo {
			i++
		}
		first := i
		for i < len(w.toks) && int(w.toks[i].start) < hi {
			w.toks[i].q = int32(k)
			i++
		}
		w.qtok[k] = [2]int{first, i - 1}
	}
}

// word returns the text of token i.
func (w *work) word(i int) string {
	t := w.toks[i]
	return w.text[t.start:t.end]
}

// lowerWord returns token i in lower case: the word itself when it has
// no upper-case letter or when the stage looks up no word like it (see
// Lexicon.fold).
func (w *work) lowerWord(i int) string {
	t := &w.toks[i]
	if t.lower || t.lex < 0 {
		return w.text[t.start:t.end]
	}
	if e := w.lex(i); e != &noEntry {
		return e.lower
	}
	return w.text[t.start:t.end]
}

// lex returns the vocabulary entry of token i in lower case (lowerWord),
// or noEntry; the answer is kept on the token.
func (w *work) lex(i int) *lexEntry {
	if k := w.toks[i].lex; k > 0 {
		return &w.ents[k-1]
	}
	return w.lookup(i)
}

// lookup finds the vocabulary entry of token i for lex.
func (w *work) lookup(i int) *lexEntry {
	t := &w.toks[i]
	if t.lex < 0 {
		return &noEntry
	}
	n := t.end - t.start
	head, h := textKey(w.text, int(t.start), int(t.end))
	// words of eight bytes at most are kept in a small cache of the
	// work, which stays warm from one document to the next
	c := &w.words.slots[h%uint64(len(w.words.slots))]
	key := uint32(n)<<1 | b2u(t.lower)
	if n <= 8 && w.words.voc == w.voc && c.head == head && c.key == key {
		t.lex = c.lex
		if c.lex < 0 {
			return &noEntry
		}
		return &w.voc.entries[c.lex-1]
	}
	var k int32
	var ok bool
	if t.lower {
		k, ok = w.voc.lower.get(w.text[t.start:t.end], head, h)
	} else {
		k, ok = w.voc.upper.get(w.text[t.start:t.end], head, h)
	}
	t.lex = -1
	if ok {
		t.lex = k + 1
	}
	if n <= 8 {
		if w.words.voc != w.voc {
			*w.words = wordCache{voc: w.voc}
		}
		*c = wordCacheSlot{head: head, key: key, lex: t.lex}
	}
	if !ok {
		return &noEntry
	}
	return &w.voc.entries[k]
}

// wordCache keeps what lookup found for recent words of up to eight
// bytes, by hash: their bytes (zero beyond), length and lower flag, and
// token.lex.
type wordCache struct {
	voc   *vocab
	slots [256]wordCacheSlot
}

type wordCacheSlot struct {
	head uint64
	key  uint32 // length<<1 | lower; 0 for an empty slot
	lex  int32
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// is reports whether token i is a word outside quotations whose lower
// case form is in one of the word classes of bits (wDet, ...).
func (w *work) is(i int, bits uint32) bool {
	return w.isWordOut(i) && w.lex(i).bits&bits != 0
}

// isWordOut reports whether token i is a word outside quotations.
func (w *work) isWordOut(i int) bool {
	return i >= 0 && i < len(w.toks) && w.toks[i].kind == tWord && w.toks[i].q < 0
}

// firstWordOfSentence reports whether token i is the first word outside
// quotations of its sentence.
func (w *work) firstWordOfSentence(i int) bool {
	s := w.sents[w.toks[i].sent]
	for j := i - 1; j >= s.first; j-- {
		if w.isWordOut(j) {
			return false
		}
	}
	return true
}

// cueAt returns the cue that starts at token i and its last token.
func (w *work) cueAt(i int) (*cue, int) {
	if !w.isWordOut(i) {
		return nil, i
	}
	t := w.toks[i]
	if !t.lower && !t.caps {
		return nil, i
	}
	e := w.lex(i)
	cs := e.cues
	if len(cs) == 0 || !t.lower && !w.firstWordOfSentence(i) {
		return nil, i
	}
	if w.is(i-1, wDet) || i > 0 && w.toks[i-1].kind == tPoss ||
		strings.HasSuffix(e.lower, "ing") && i > 1 && w.isDet(i-2) && w.isWordOut(i-1) && w.toks[i-1].lower && w.lex(i-1).cues == nil && !w.nounIs(i-1) {
		return nil, i // a noun: an audio warning, the statement's comments, Trump's claims
	}
	var best *cue
	bestLast := i
	for k := range cs {
		c := &cs[k]
		if c.flags&cuePoss != 0 || !t.lower && c.flags&(cuePart|cuePrep) == 0 {
			continue
		}
		last := i
		ok := true
		for _, r := range c.rest {
			last++
			if !w.isWordOut(last) || w.lowerWord(last) != r {
				ok = false
				break
			}
		}
		if ok && (best == nil || last > bestLast) {
			best, bestLast = c, last
		}
	}
	if best != nil && i > 1 {
		if w.toks[i].miss&nounCueKnown == 0 {
			w.readNounCue(i)
		}
		if w.toks[i].miss&nounCueYes != 0 {
			return nil, i // a noun after its modifier: the British claims, Macron's renewed offer
		}
	}
	return best, bestLast
}

// nounModifiers are adjectives that sit between a determiner and a noun
// that could be read as a cue: the latest remarks, a fresh offer.
var nounModifiers = map[string]bool{"new": true, "latest": true, "recent": true, "false": true, "earlier": true,
	"previous": true, "fresh": true, "initial": true, "original": true, "official": true, "public": true,
	"similar": true, "own": true, "formal": true, "final": true, "last": true, "first": true}

// demonymEnds end the adjectives of nationality (British, Iranian,
// Chinese, Israeli, French, Greek, Swiss).
var demonymEnds = []string{"ish", "ian", "ean", "ese", "an", "i", "ch", "ek", "ss"}

// pastForms are cues in the past tense that end in no -ed: never nouns.
var pastForms = map[string]bool{"said": true, "told": true, "wrote": true, "written": true, "spoke": true,
	"spoken": true, "saw": true, "read": true}

// readNounCue keeps on token i, a cue word, whether it reads as a noun
// after a determiner or possessive and one modifier: the British claims,
// Macron's renewed offer; not "those detained said", "the French insist".
func (w *work) readNounCue(i int) {
	w.toks[i].miss |= nounCueKnown
	if w.readsAsNoun(i) {
		w.toks[i].miss |= nounCueYes
	}
}

func (w *work) readsAsNoun(i int) bool {
	p := i - 2
	poss := w.toks[p].kind == tPoss
	if !poss && !w.is(p, wDet) {
		return false // (the possessive pronouns are determiners too)
	}
	lw := w.lowerWord(i)
	if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || pastForms[lw] || !w.modifierWord(i-1) {
		return false
	}
	if poss || possPronouns[w.lowerWord(p)] != "" {
		return true
	}
	switch w.lowerWord(p) {
	case "those", "these", "both":
		return false // those detained say
	}
	// a nationality adjective after a determiner names a people unless
	// the noun is plural: the British claims, the French insist
	return w.toks[i-1].lower || strings.HasSuffix(lw, "s")
}

// modifierWord reports whether token i, a word outside quotations, reads
// as an adjective before a noun: a participle in -ed, a common adjective,
// or a nationality adjective the entity stage tied to a country.
func (w *work) modifierWord(i int) bool {
	if !w.isWordOut(i) || len(w.lex(i).cues) > 0 {
		return false
	}
	t := w.toks[i]
	lw := w.lowerWord(i)
	if t.lower {
		return strings.HasSuffix(lw, "ed") && len(lw) > 4 || nounModifiers[lw]
	}
	m := w.mentionAt(int(t.start))
	if m < 0 || w.d.Entities[w.ments[m].ent].Kind != axis.EntityCountry {
		return false
	}
	for _, suf := range demonymEnds {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

func (w *work) isPronoun(i int) bool { return w.is(i, wPronoun) }

var dets = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "another": true, "both": true, "this": true, "that": true, "these": true, "those": true}

func (w *work) isDet(i int) bool { return w.is(i, wDet) }

// nounAt returns the speaker noun of token i, if it is one.
func (w *work) nounAt(i int) (noun, bool) {
	if !w.isWordOut(i) {
		return noun{}, false
	}
	e := w.lex(i)
	return e.noun, e.isNoun
}

// isNotName reports whether capitalised token i is a known non-name; the
// answer is kept on the token.
func (w *work) isNotName(i int) bool {
	t := &w.toks[i]
	if t.miss&notNameKnown == 0 {
		t.miss |= notNameKnown
		if w.lx.notNames[w.text[t.start:t.end]] {
			t.miss |= notNameYes
		}
	}
	return t.miss&notNameYes != 0
}

// isNameWord reports whether token i may be part of a proper name.
func (w *work) isNameWord(i int) bool {
	if !w.isWordOut(i) || !w.toks[i].caps || w.isNotName(i) || partyTag(w.word(i)) {
		return false
	}
	return true
}

// mentionAt returns the mention covering byte offset off, or -1.
func (w *work) mentionAt(off int) int {
	k := sort.Search(len(w.ments), func(i int) bool { return w.ments[i].start > off }) - 1
	for ; k >= 0; k-- {
		m := w.ments[k]
		if m.start <= off && off < m.end {
			return k
		}
		if off-m.start > 200 {
			break
		}
	}
	return -1
}

// inQuote reports whether byte offset off lies inside a quotation.
func (w *work) inQuote(off int) bool {
	k := sort.Search(len(w.spans), func(i int) bool { return w.spans[i].openPos > off }) - 1
	if k < 0 {
		return false
	}
	s := w.spans[k]
	end := s.end
	if s.closeLen > 0 {
		end = s.closePos + s.closeLen
	}
	return off < end
}
