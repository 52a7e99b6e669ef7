package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// Candidate kinds: what the subject phrase of a cue is.
const (
	cNone  = iota
	cPron  // he, she, they, it
	cEnt   // a person entity
	cName  // a name or an institution's name
	cRole  // a role or institution noun: the spokesman, the ministry, the declaration
	cGroup // Iran and Saudi Arabia
)

// cand is the subject phrase of a cue, before resolution.
type cand struct {
	kind     int
	a, b     int // tokens of the phrase
	ent      int // entity, or -1
	nameA    int // first token of the name (cName), or -1
	nameB    int
	inst     bool // an institution's name (the US State Department)
	noun     noun
	poss     int // entity of the possessor or complement (Kristersson’s office), or -1
	definite bool
	indef    bool   // an indefinite article: a spokesperson for ...
	viaRole  bool   // cEnt through a role noun the entity stage linked (the spokesman)
	role     string // the role in apposition to a name (the spokesman, Ana Ruiz)
	affil    string // and its organisation
	pron     string
	members  []cand
}

var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "bint": true,
	"de": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "di": true, "del": true, "della": true, "ben": true}

// subjectPreps open a phrase that hangs on the subject before it.
var subjectPreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "with": true, "on": true, "inside": true}

var whWords = map[string]bool{"what": true, "whom": true, "whose": true, "where": true, "when": true, "how": true, "why": true}

var auxWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "that": true, "which": true, "who": true, "will": true, "would": true}

var introWords = map[string]bool{"when": true, "while": true, "after": true, "before": true, "as": true,
	"if": true, "although": true, "though": true, "because": true, "since": true, "in": true, "on": true,
	"at": true, "during": true, "following": true, "despite": true, "with": true, "without": true,
	"asked": true, "according": true, "meanwhile": true, "however": true, "but": true, "and": true,
	"also": true, "for": true, "by": true, "from": true, "under": true, "amid": true, "like": true,
	"unlike": true, "once": true, "earlier": true, "later": true, "separately": true, "instead": true}

// cueSubject returns the phrase that speaks through the cue at [i, last].
func (w *work) cueSubject(i, last, depth int) cand {
	c, _ := w.cueAt(i)
	if c == nil {
		return cand{}
	}
	if c.flags&cuePrep != 0 {
		a, b := w.chunkForwardRange(last + 1)
		if a > b {
			return cand{}
		}
		x := w.analyse(a, b)
		if x.kind == cRole && x.noun.class == nounDocument && x.poss < 0 {
			// according to a memo released by the campaign: its author
			if y, ok := w.author(b + 1); ok {
				return y
			}
		}
		if x.kind == cRole || x.kind == cEnt && w.toks[b].lower {
			if y, ok := w.appositive(x, b); ok {
				return y // according to their lawyer, Sarah Chen
			}
		}
		return x
	}
	if c.flags&cuePart != 0 && depth < 2 {
		se := w.sents[w.toks[i].sent]
		// the agency quoted him as saying
		if i-1 > se.first && w.isWordOut(i-1) && w.lowerWord(i-1) == "as" {
			for j := i - 2; j >= se.first && j >= i-6; j-- {
				if lw := w.lowerWord(j); w.isWordOut(j) && (lw == "quoted" || lw == "quotes" || lw == "cited" || lw == "cites") {
					switch w.lowerWord(j + 1) {
					case "him":
						return cand{kind: cPron, pron: "he", a: j + 1, b: j + 1, ent: -1, poss: -1}
					case "her":
						return cand{kind: cPron, pron: "she", a: j + 1, b: j + 1, ent: -1, poss: -1}
					case "them":
						return cand{kind: cPron, pron: "they", a: j + 1, b: j + 1, ent: -1, poss: -1}
					}
					if a, b := w.chunkForwardRange(j + 1); a <= b {
						return w.analyse(a, b)
					}
				}
			}
		}
		// an absolute phrase: ..., with Chief Secretary Ana Ruiz calling
		// it a “vital partner”: the phrase after "with" speaks
		p := i - 1
		if w.isWordOut(p) && w.toks[p].lower && (w.lowerWord(p) == "also" || strings.HasSuffix(w.lowerWord(p), "ly")) {
			p-- // with Ana Ruiz also calling it ...
		}
		if p > se.first && w.isWordOut(p) && w.chunkable(p) {
			if a, b := w.chunkAround(p); b == p && a > se.first && w.isWordOut(a-1) && w.lowerWord(a-1) == "with" {
				if x := w.analyse(a, b); x.kind != cNone {
					return x
				}
			}
		}
		// the clause the participle hangs on comes before it (“...,” X
		// said, adding ...); a participle that opens its sentence hangs on
		// the clause after it
		best, bestLast := -1, -1
		for j := i - 1; j >= se.first && best < 0; j-- {
			if c2, l2 := w.cueAt(j); c2 != nil && c2.flags&(cuePart|cuePrep) == 0 {
				best, bestLast = j, l2
			}
		}
		for j := i + 1; j < se.end && best < 0; j++ {
			if c2, l2 := w.cueAt(j); c2 != nil && c2.flags&(cuePart|cuePrep) == 0 {
				best, bestLast = j, l2
			}
		}
		if best >= 0 {
			return w.cueSubject(best, bestLast, depth+1)
		}
		return w.sentenceSubject(int(w.toks[i].sent), i)
	}
	to := i - 1
	if w.isWordOut(to) && w.toks[to].lower && strings.HasSuffix(w.lowerWord(to), "ly") {
		to-- // to publicly call on him
	}
	if to >= 0 && w.isWordOut(to) && w.lowerWord(to) == "to" && w.toks[i].lower {
		// an infinitive: Democrats seized on the document to warn of ...
		if x := w.sentenceSubject(int(w.toks[i].sent), to); x.kind != cNone {
			return x
		}
	}
	if n := last + 1; strings.HasSuffix(w.lowerWord(i), "ed") && w.isWordOut(n) && w.lowerWord(n) == "by" {
		// a participle with its agent: the board, praised by Trump as
		// “pit bulls”; the plan, described by Harris as “reckless”
		if x, ok := w.byAgent(n); ok {
			return x
		}
	}
	if w.passiveCue(i) {
		// the summit was called “a success” by the hosts: the agent
		// speaks, never the subject
		if x, ok := w.byAgent(last + 1); ok {
			return x
		}
		// According to X, members were warned ...: X speaks
		se := w.sents[w.toks[i].sent]
		for j := se.first; j < se.end; j++ {
			if j == i || !w.isWordOut(j) {
				continue
			}
			if c2, l2 := w.cueAt(j); c2 != nil && c2.flags&cuePrep != 0 && depth < 2 {
				return w.cueSubject(j, l2, depth+1)
			}
		}
		return cand{}
	}
	if c.flags&cueNoInv == 0 && w.inverted(i, last) {
		a, b := w.chunkForwardRange(last + 1)
		if a <= b {
			return w.analyse(a, b)
		}
	}
	return w.backwardSubject(i)
}

// campaignRoles are the roles of a race, which a story gives its
// candidates without naming them as offices.
var campaignRoles = map[string]bool{"nominee": true, "candidate": true, "challenger": true}

var passiveAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// passiveCue reports whether the cue at token i is a participle in the
// passive: was called, were described as, is said.
func (w *work) passiveCue(i int) bool {
	wd := w.lowerWord(i)
	if !strings.HasSuffix(wd, "ed") && wd != "said" && wd != "told" && wd != "written" {
		return false
	}
	j := i - 1
	for j >= 0 && w.isWordOut(j) && strings.HasSuffix(w.lowerWord(j), "ly") {
		j-- // was widely described
	}
	return w.is(j, wPassive)
}

// byAgent returns the phrase after "by" within the clause from token n:
// the agent of a passive cue.
func (w *work) byAgent(n int) (cand, bool) {
	if n >= len(w.toks) {
		return cand{}, false
	}
	se := w.sents[w.toks[n].sent]
	words := 0
	for j := n; j < se.end && words <= 10; j++ {
		t := w.toks[j]
		if t.q >= 0 {
			continue
		}
		if t.kind == tPunct && (w.text[t.start] == ';' || w.text[t.start] == ':') {
			break
		}
		if t.kind != tWord {
			continue
		}
		words++
		if w.lowerWord(j) != "by" {
			continue
		}
		// by the hosts, by opposition leader Ahmed Musa
		for k := j + 1; k < se.end && k <= j+4 && w.isWordOut(k); k++ {
			if w.candidateHead(k) {
				a, b := w.chunkAround(k)
				x := w.analyse(a, b)
				return x, x.kind != cNone
			}
		}
		return cand{}, false
	}
	return cand{}, false
}

// author returns the phrase after "by" or "from" at token n, past a
// participle (a memo released by X, a statement from X).
func (w *work) author(n int) (cand, bool) {
	if w.isWordOut(n) && w.toks[n].lower && strings.HasSuffix(w.word(n), "ed") {
		n++
	}
	if !w.isWordOut(n) {
		return cand{}, false
	}
	switch w.lowerWord(n) {
	case "by", "from":
	default:
		return cand{}, false
	}
	a, b := w.chunkForwardRange(n + 1)
	if a > b {
		return cand{}, false
	}
	x := w.analyse(a, b)
	return x, x.kind != cNone
}

// inverted reports whether the cue at [i, last] has its subject after it:
// “...,” said Leif-Eric Easley; ..., said Wang, adding.
func (w *work) inverted(i, last int) bool {
	n := last + 1
	if !w.isWordOut(n) || w.isPronoun(n) {
		return false
	}
	p := i - 1
	afterQuote := p >= 0 && (w.toks[p].kind == tClose ||
		(w.toks[p].kind == tPunct && w.text[w.toks[p].start] == ',' && p > 0 && w.toks[p-1].kind == tClose))
	if afterQuote {
		// a title or scare quote before the cue is no quotation it closes
		// (The senator, who wrote “Hillbilly Elegy,” said the party ...)
		q := p
		if w.toks[p].kind != tClose {
			q = p - 1
		}
		if x := int(w.toks[q].q); x >= 0 && x < w.cur && x < len(w.res) && !w.res[x].ok {
			return false
		}
	}
	afterComma := p >= 0 && w.toks[p].kind == tPunct && w.text[w.toks[p].start] == ','
	if !afterQuote && !afterComma {
		return false
	}
	_, isNoun := w.nounAt(n)
	startOK := w.isNameWord(n) || (isNoun && w.lex(n).noun.class != nounTitle) ||
		(w.isDet(n) && (w.isNameWord(n+1) || w.nounIs(n+1)))
	if !startOK {
		return false
	}
	if afterQuote {
		return true
	}
	_, b := w.chunkForwardRange(n)
	nx := b + 1
	if nx >= w.sents[w.toks[i].sent].end || w.toks[nx].kind == tPunct {
		return true
	}
	switch w.lowerWord(nx) {
	case "on", "in", "at", "according", "as", "adding", "during", "after", "before", "when", "citing", "referring", "who", "told", "noting", "saying":
		return true
	}
	return false
}

func (w *work) nounIs(i int) bool {
	n, ok := w.nounAt(i)
	return ok && n.class != nounTitle
}

// candidateHead reports whether token i may head a subject phrase.
func (w *work) candidateHead(i int) bool {
	if !w.isWordOut(i) {
		return false
	}
	if w.isNameWord(i) {
		return true
	}
	return w.nounIs(i) && w.toks[i].lower
}

// onlyAdverbs reports whether tokens [a, b) are lower-case words that
// cannot be a subject (also, has, later) or days and months.
func (w *work) onlyAdverbs(a, b int) bool {
	for i := a; i < b; i++ {
		t := w.toks[i]
		if t.q >= 0 {
			return false
		}
		if t.kind != tWord {
			return false
		}
		if t.caps {
			if !w.isNotName(i) {
				return false
			}
			continue
		}
		lw := w.word(i)
		if pronouns[lw] || w.nounIs(i) || lw == "and" || lw == "who" || lw == "which" {
			return false
		}
	}
	return true
}

// backwardSubject finds the subject before the cue at token i.
func (w *work) backwardSubject(i int) cand {
	se := w.sents[w.toks[i].sent]
	// what critics call, what some voters describe as: the words between
	// "what" and the cue are its subject, whatever they are
	for j := i - 1; j >= se.first && j >= i-4 && w.isWordOut(j); j-- {
		if w.lowerWord(j) != "what" {
			continue
		}
		if j+1 < i && !w.candidateHeadIn(j+1, i) && w.lex(j+1).bits&wPronoun == 0 {
			b := i - 1
			for b > j+1 && (w.lex(b).bits&wAux != 0 || strings.HasSuffix(w.lowerWord(b), "ly")) {
				b-- // what conservatives have long called
			}
			return cand{kind: cName, inst: true, a: j + 1, b: b, nameA: j + 1, nameB: b, ent: -1, poss: -1}
		}
		break
	}
	appos := false
	apA, apB := -1, -1 // the apposition skipped
	for j := i - 1; j >= se.first && j >= i-40; j-- {
		t := w.toks[j]
		if t.q >= 0 {
			continue
		}
		switch t.kind {
		case tPunct:
			ch := w.text[t.start]
			if (ch == ',' || w.isDash(j)) && !appos && w.onlyAdverbs(j+1, i) {
				// an apposition or aside: X, a professor at Y, said
				for k := j - 1; k >= se.first; k-- {
					if w.toks[k].q < 0 && w.toks[k].kind == tPunct && (w.text[w.toks[k].start] == ',' || w.isDash(k)) {
						apA, apB = k+1, j-1
						j = k
						appos = true
						break
					}
					if w.toks[k].kind == tClose {
						break
					}
				}
			} else if ch == ',' && appos && w.partyTagBefore(j) > 0 {
				// Rep. Jamie Raskin, D-Md., the top Democrat ..., said
				j = w.partyTagBefore(j)
			} else if ch == ';' {
				return cand{}
			}
			continue
		case tWord:
		default:
			continue
		}
		lw := w.lowerWord(j)
		if (lw == "and" || lw == "but" || lw == "or" || lw == "yet" || lw == "then") && w.onlyAdverbs(j+1, i) {
			// X called the deal illegal and said ...
			return w.sentenceSubject(int(w.toks[i].sent), j)
		}
		if t.lower && w.lex(j).bits&wPronoun != 0 {
			return cand{kind: cPron, pron: lw, a: j, b: j, ent: -1, poss: -1}
		}
		if t.caps && w.lex(j).bits&wPronoun != 0 && j == se.first {
			return cand{kind: cPron, pron: lw, a: j, b: j, ent: -1, poss: -1}
		}
		if w.candidateHead(j) {
			a, b := w.chunkAround(j)
			// a phrase after a preposition hangs on the noun before it:
			// Election officials in Georgia said
			for n := 0; n < 3 && a-2 >= se.first && w.is(a-1, wSubjPrep) &&
				w.candidateHead(a-2) && w.toks[a-2].q < 0; n++ {
				a, b = w.chunkAround(a - 2)
			}
			x := w.analyse(a, b)
			possessor := apA >= 0 && b+1 < apA-1 // Trump's running mate, JD Vance, said
			if (x.kind == cRole || x.kind == cEnt && w.toks[b].lower || possessor) && apA >= 0 && apA <= apB {
				// Putin's top aide, Yuri Ushakov, said: the name is in the apposition
				if h := apB; w.candidateHead(h) {
					ca, cb := w.chunkAround(h)
					if y := w.analyse(ca, cb); ca == apA && (y.kind == cEnt || y.kind == cName && !y.inst) {
						return w.withRole(y, x)
					}
				}
			}
			return x
		}
	}
	if apA >= 0 && apA+2 <= apB && w.candidateHead(apB) {
		// Others, such as Heritage Foundation president Kevin Roberts, argue
		switch w.lowerWord(apA) {
		case "such", "including", "like", "notably":
			if ca, cb := w.chunkAround(apB); ca > apA {
				if y := w.analyse(ca, cb); y.kind == cEnt || y.kind == cName && !y.inst {
					return y
				}
			}
		}
	}
	return cand{}
}

// candidateHeadIn reports whether a token of [a, b) may head a subject.
func (w *work) candidateHeadIn(a, b int) bool {
	for i := a; i < b; i++ {
		if w.candidateHead(i) {
			return true
		}
	}
	return false
}

// partyTagBefore returns the comma before a party tag (", D-Md.,") that
// ends at the comma j, or -1.
func (w *work) partyTagBefore(j int) int {
	k := j - 1
	if k >= 0 && w.toks[k].kind == tPunct && w.text[w.toks[k].start] == '.' {
		k--
	}
	if k < 1 || !partyTag(w.word(k)) || w.toks[k-1].kind != tPunct || w.text[w.toks[k-1].start] != ',' {
		return -1
	}
	return k - 1
}

// partyTag reports whether word is a US party and state tag: D-Md, R-Ohio,
// I-Vt.
func partyTag(word string) bool {
	if len(word) < 3 || word[1] != '-' || !strings.ContainsRune("DRI", rune(word[0])) {
		return false
	}
	return word[2] >= 'A' && word[2] <= 'Z'
}

func (w *work) isDash(i int) bool {
	t := w.toks[i]
	s := w.text[t.start:t.end]
	return s == "—" || s == "–" || (s == "-" && t.start > 0 && w.text[t.start-1] == ' ')
}

// sentenceSubject finds the subject at the start of sentence s, before
// token limit, past an introductory phrase.
func (w *work) sentenceSubject(s, limit int) cand {
	se := w.sents[s]
	j := w.afterDateline(se.first, limit)
	for j < limit && !w.isWordOut(j) {
		j++
	}
	if j < limit {
		lw := w.lowerWord(j)
		if w.lex(j).bits&wIntro != 0 || strings.HasSuffix(lw, "ing") {
			for k := j; k < limit; k++ {
				if w.toks[k].q < 0 && w.toks[k].kind == tPunct && w.text[w.toks[k].start] == ',' {
					j = k + 1
					break
				}
			}
		}
	}
	for ; j < limit && j < se.end; j++ {
		if !w.isWordOut(j) {
			continue
		}
		if w.lex(j).bits&wPronoun != 0 {
			return cand{kind: cPron, pron: w.lowerWord(j), a: j, b: j, ent: -1, poss: -1}
		}
		if w.candidateHead(j) || w.isDet(j) && w.nounIs(j+1) {
			if w.isDet(j) {
				j++
			}
			a, b := w.chunkAround(j)
			x := w.analyse(a, b)
			if x.kind == cRole || x.kind == cEnt && w.toks[b].lower {
				if y, ok := w.appositive(x, b); ok {
					return y // the opposition leader, Ahmed Musa, ...
				}
			}
			return x
		}
		if c, _ := w.cueAt(j); c != nil {
			break
		}
	}
	return cand{}
}

// appositive returns the name set off by commas right after role phrase x
// ending at token b (the spokesperson, Ammar Moussa, ...), with x as its
// role.
func (w *work) appositive(x cand, b int) (cand, bool) {
	if x.kind == cRole && w.is(b+1, wRolePrep) {
		// the role's complement runs to the comma: an adviser to the
		// prime minister, Dr Sam Okafor
		for e := b + 2; e < len(w.toks) && e <= b+9 && w.toks[e].sent == w.toks[b].sent; e++ {
			if t := w.toks[e]; t.kind == tPunct && w.text[t.start] == ',' {
				if e > b+2 {
					x.b, b = e-1, e-1
				}
				break
			}
			if t := w.toks[e]; t.q >= 0 || t.kind != tWord && t.kind != tPoss {
				break
			}
			if c, _ := w.cueAt(e); c != nil {
				break
			}
		}
	}
	if b+2 >= len(w.toks) || w.toks[b+1].kind != tPunct || w.text[w.toks[b+1].start] != ',' ||
		w.toks[b+1].sent != w.toks[b+2].sent {
		return cand{}, false
	}
	// titles and ranks before the name: Rep. Jim Jordan, Lt Col Ana
	// Ruiz, Brig. Gen. Omar Haddad
	h := b + 2
	for h < b+8 && h < len(w.toks) && (w.abbrevDot(h) || w.isTitle(h) || w.nounIs(h) && w.toks[h].caps) {
		h++
	}
	if h >= len(w.toks) || !w.isNameWord(h) || w.nounIs(h) {
		return cand{}, false
	}
	a2, b2 := w.chunkAround(h)
	if a2 != b+2 {
		return cand{}, false
	}
	if n := b2 + 1; n < len(w.toks) && w.toks[n].sent == w.toks[b2].sent &&
		!(w.toks[n].kind == tPunct && (w.text[w.toks[n].start] == ',' || w.text[w.toks[n].start] == '.' || w.isDash(n))) {
		return cand{}, false
	}
	y := w.analyse(a2, b2)
	if y.kind == cEnt || y.kind == cName && !y.inst {
		return w.withRole(y, x), true
	}
	return cand{}, false
}

// rolePreps open the complement of a role noun: a spokesman for X, an
// adviser to X, a researcher at X.
var rolePreps = map[string]bool{"of": true, "for": true, "at": true, "to": true, "in": true, "with": true, "from": true, "on": true}

// nameBefore returns the name that role phrase x, starting at token a,
// is in apposition to: "Col. Ivan Petrov, spokesman for the Northern
// Command", "Kofi Mensah, a spokesman for the African Union".
func (w *work) nameBefore(x cand, a int) (cand, bool) {
	c := a - 1
	if c < 1 || w.toks[c].kind != tPunct || w.text[w.toks[c].start] != ',' || w.toks[c-1].sent != w.toks[a].sent ||
		!w.isNameWord(c-1) || w.nounIs(c-1) {
		return cand{}, false
	}
	a2, b2 := w.chunkAround(c - 1)
	if b2 != c-1 {
		return cand{}, false
	}
	y := w.analyse(a2, b2)
	if y.kind == cEnt || y.kind == cName && !y.inst && w.personName(y) {
		return w.withRole(y, x), true
	}
	return cand{}, false
}

// roleForBody splits the unnamed role phrase c of the form "a spokesperson
// for the Justice Department", whose complement is a body (not a person),
// into the role (spokesperson) and the body as the text names it (Justice
// Department).
func (w *work) roleForBody(c cand) (role, body string, ok bool) {
	if c.poss < 0 || w.d.Entities[c.poss].Kind == axis.EntityPerson {
		return "", "", false
	}
	head, compl := -1, -1
	for i := c.a; i <= c.b; i++ {
		if w.is(i, wRolePrep) {
			compl = i
			break
		}
		if w.toks[i].kind == tPoss {
			return "", "", false
		}
		if w.nounIs(i) && !w.isTitle(i) {
			head = i
		}
	}
	if head < 0 || compl < 0 || compl >= c.b {
		return "", "", false
	}
	start := c.a
	for i := c.a; i < head; i++ {
		if w.isDet(i) {
			start = i + 1
		}
	}
	from := compl + 1
	for from < c.b && w.isDet(from) {
		from++
	}
	return w.phrase(start, head), w.phrase(from, c.b), true
}

// withRole gives person phrase y the role and affiliation of role phrase
// x in apposition to it: "A spokesman for the Ministry of Defence, Lt Col
// Ana Ruiz": spokesman, Ministry of Defence; "Putin's top aide, Yuri
// Ushakov": top aide.
func (w *work) withRole(y, x cand) cand {
	if x.kind != cRole || x.noun.class != nounPerson || x.noun.plural {
		return y
	}
	head, compl := -1, x.b+1
	for i := x.a; i <= x.b; i++ {
		if w.is(i, wRolePrep) {
			compl = i
			break
		}
		if w.nounIs(i) && !w.isTitle(i) {
			head = i
		}
	}
	if head < 0 {
		return y
	}
	start := x.a
	for i := x.a; i < head; i++ {
		if w.toks[i].kind == tPoss || w.isDet(i) {
			start = i + 1
		}
	}
	y.role = w.phrase(start, head)
	org := func(e int) bool { return e >= 0 && w.d.Entities[e].Kind == axis.EntityOrganization }
	switch {
	case org(x.poss):
		y.affil = w.d.Entities[x.poss].Name
	case compl <= x.b:
		for _, m := range w.mentionsIn(int(w.toks[compl].start), int(w.toks[x.b].end)) {
			if org(m.ent) {
				y.affil = w.d.Entities[m.ent].Name
				break
			}
		}
	}
	return y
}

// afterDateline returns the first token after a dateline that opens the
// tokens [i, limit) (TALLAHASSEE, Fla. – ; WASHINGTON (AP) -), or i.
func (w *work) afterDateline(i, limit int) int {
	if !w.isWordOut(i) || !w.toks[i].caps || w.toks[i].end-w.toks[i].start < 3 {
		return i
	}
	if wd := w.word(i); strings.ToUpper(wd) != wd {
		return i
	}
	for j := i + 1; j < limit && j < i+10; j++ {
		t := w.toks[j]
		if t.kind == tWord && t.lower {
			return i
		}
		if t.kind == tPunct && w.isDash(j) {
			return j + 1
		}
	}
	return i
}

// chunkable reports whether token i may be inside a name phrase.
func (w *work) chunkable(i int) bool {
	if !w.isWordOut(i) {
		return i >= 0 && i < len(w.toks) && w.toks[i].kind == tPoss && w.toks[i].q < 0
	}
	return w.isNameWord(i) || w.nounIs(i) || w.isTitle(i)
}

func (w *work) isTitle(i int) bool {
	n, ok := w.nounAt(i)
	return ok && n.class == nounTitle && w.toks[i].caps
}

func (w *work) isConnector(i int) bool {
	if !w.isWordOut(i) {
		return false
	}
	switch w.lowerWord(i) {
	case "of", "for", "and":
		return true
	}
	return w.lex(i).bits&wParticle != 0
}

// chunkAround returns the name phrase around token h.
func (w *work) chunkAround(h int) (int, int) {
	se := w.sents[w.toks[h].sent]
	a := h
	for a-1 >= se.first && a > h-12 {
		p := a - 1
		switch {
		case w.abbrevDot(p):
			a = p - 1
			continue
		case w.chunkable(p) && !(w.toks[p].kind == tWord && w.toks[p].lower && !w.nounIs(p)):
			a = p
			continue
		case w.isDet(p) || (w.is(p, wDet) && w.toks[p].caps) || w.isWordOut(p) && w.lowerWord(p) == "one":
			if p-1 >= se.first && w.isWordOut(p-1) && (w.lowerWord(p-1) == "of" || w.lowerWord(p-1) == "for") {
				a = p
				continue
			}
			a = p
		case w.isConnector(p) && p-1 >= se.first && w.chunkable(p-1) && w.toks[p-1].kind == tWord &&
			(!w.toks[p-1].lower || w.nounIs(p-1) && w.lowerWord(p) != "and"):
			a = p
			continue
		case w.isWordOut(p) && w.toks[p].lower:
			// adjectives after a determiner: a determined Rodríguez
			lc := 0
			for k := p; k >= se.first && k >= p-3; k-- {
				if t := w.toks[k]; t.kind == tPoss && t.q < 0 && k-1 >= se.first && w.isNameWord(k-1) {
					// Egypt's foreign ministry
					a = k - 1
					for a-1 >= se.first && w.isNameWord(a-1) {
						a--
					}
					break
				}
				if !w.isWordOut(k) {
					break
				}
				if w.isDet(k) {
					a = k
					break
				}
				if !w.toks[k].lower && !w.chunkable(k) {
					break
				}
				lw := w.lowerWord(k)
				if w.toks[k].lower {
					lc++
					if lc > 2 || w.nounIs(k) || w.lex(k).bits&wWh != 0 || strings.HasSuffix(lw, "ed") && !w.isDet(k-1) {
						break
					}
				}
				if e := w.lex(k); e.bits&(wPronoun|wMinor|wIntro|wAux) != 0 || (w.toks[k].lower && e.cues != nil) {
					break
				}
			}
		}
		break
	}
	b := h
	for b+1 < se.end && b < h+12 {
		n := b + 1
		switch {
		case w.abbrevDot(n) && w.isNameWord(n+1):
			b = n // Mr. Johnson, Sen. John Fetterman
		case w.toks[n].kind == tPoss && w.toks[n].q < 0 && w.chunkable(n+1) && n+1 < se.end:
			b = n
		case w.isNameWord(n) || w.isTitle(n):
			b = n
		case w.nounIs(n) && (w.toks[b].caps || w.toks[b].kind == tPoss || w.nounIs(b)):
			b = n
		case w.isConnector(n) && n+1 < se.end && (w.isNameWord(n+1) || w.isTitle(n+1) ||
			(w.isWordOut(n+1) && w.lowerWord(n+1) == "the" && n+2 < se.end && (w.isNameWord(n+2) || w.isTitle(n+2)))):
			if w.lowerWord(n) == "and" && !w.toks[b].caps && !w.nounIs(b) {
				return a, b
			}
			b = n
			if w.lowerWord(n+1) == "the" {
				b = n + 1
			}
		default:
			return a, b
		}
	}
	return a, b
}

// chunkForwardRange returns the name phrase that starts at token n (after
// an optional determiner), or a > b when there is none.
func (w *work) chunkForwardRange(n int) (int, int) {
	if n >= len(w.toks) {
		return 1, 0
	}
	a := n
	if w.isDet(a) {
		a++
	}
	if a+2 < len(w.toks) && w.isWordOut(a) && w.toks[a+1].kind == tPoss && w.toks[a+1].q < 0 && w.nounIs(a+2) &&
		w.toks[a+2].sent == w.toks[n].sent {
		_, b := w.chunkAround(a + 2) // the family's lawyer
		return n, b
	}
	if a >= len(w.toks) || w.toks[a].sent != w.toks[n].sent || !(w.isNameWord(a) || w.nounIs(a) || w.isTitle(a)) {
		return 1, 0
	}
	_, b := w.chunkAround(a)
	return n, b
}

// analyse reads the phrase [a, b]: a person, a name, an institution, a
// role noun or a group.
func (w *work) analyse(a, b int) cand {
	c := cand{kind: cNone, a: a, b: b, ent: -1, poss: -1, nameA: -1}
	for a <= b && w.isDet(a) {
		switch w.lowerWord(a) {
		case "a", "an", "another":
			c.indef = true
		default:
			c.definite = true
		}
		a++
	}
	if a > b {
		return c
	}
	c.a = a
	// groups: Iran and Saudi Arabia
	hasOf := false
	for i := a; i <= b; i++ {
		if lw := w.lowerWord(i); w.isWordOut(i) && (lw == "of" || lw == "for") {
			hasOf = true
		}
	}
	hasAnd := false
	for i := a + 1; i < b; i++ {
		if w.isWordOut(i) && w.lowerWord(i) == "and" {
			hasAnd = true
		}
	}
	if !hasOf && hasAnd {
		start := a
		var parts []cand
		for i := a; i <= b+1; i++ {
			if i == b+1 || (w.isWordOut(i) && w.lowerWord(i) == "and") {
				if i > start {
					parts = append(parts, w.analyse(start, i-1))
				}
				start = i + 1
			}
		}
		if len(parts) > 1 {
			c.kind = cGroup
			c.members = parts
			return c
		}
	}
	lo, hi := int(w.toks[a].start), int(w.toks[b].end)
	// a person entity named in the phrase
	for i := b; i >= a; i-- {
		m := w.mentionAt(int(w.toks[i].start))
		if m < 0 || w.d.Entities[w.ments[m].ent].Kind != axis.EntityPerson || w.ments[m].start < lo {
			continue
		}
		if n, ok := w.nounAt(i); ok && w.toks[i].lower {
			// a role noun the entity stage took for a person: the office
			// must match (the former president is not the vice president)
			mod := ""
			if i > a {
				mod = w.lex(i - 1).office
			}
			if roleMod(w.d.Entities[w.ments[m].ent].Role, n.key) != mod {
				break
			}
		}
		e := w.ments[m].ent
		after := w.tokAt(w.ments[m].end)
		if after > b {
			c.kind, c.ent = cEnt, e
			if n, ok := w.nounAt(i); ok && w.toks[i].lower && n.class == nounPerson && !n.plural {
				c.noun, c.viaRole = n, true
			}
			return c
		}
		if w.toks[after].kind == tPoss && w.nounIs(b) && !w.isNameWord(b) {
			c.kind, c.noun, c.poss = cRole, w.lex(b).noun, e
			c.definite = true
			return c
		}
		break
	}
	// a name at the end: Department Spokesperson Matthew Miller
	r := b
	for r >= a {
		switch {
		case w.isNameWord(r) && !w.nounIs(r) && !w.isTitle(r) && !(r == a && w.firstWordOfSentence(r) && w.lex(r).noun.class != 0):
			r--
			continue
		case r > a && r < b && w.is(r, wParticle):
			r--
			continue
		case r > a && r < b && w.nounIs(r) && w.toks[r].caps && w.isNameWord(r-1) && !w.nounIs(r-1) && !w.isTitle(r-1):
			r-- // Hassan Sheikh Mohamud
			continue
		}
		break
	}
	if ra := r + 1; ra <= b {
		prevOK := ra == a || w.nounIs(ra-1) || w.isTitle(ra-1) || w.toks[ra-1].kind == tPoss || w.abbrevDot(ra-1) ||
			(w.toks[ra-1].kind == tWord && w.toks[ra-1].lower && !w.isConnector(ra-1) && w.lex(ra-1).bits&(wMinor|wDet) == 0)
		if prevOK {
			c.kind, c.nameA, c.nameB = cName, ra, b
			if m := w.mentionAt(int(w.toks[b].start)); m >= 0 && (w.ments[m].start <= int(w.toks[ra].start) ||
				w.d.Entities[w.ments[m].ent].Kind == axis.EntityPerson || !w.longerName(ra, b)) {
				// a mention of the end of a person's longer name is no
				// speaker: in (Thérèse) Kayikwamba Wagner, Wagner is no group
				c.ent = w.ments[m].ent
			} else if m := w.mentionAt(int(w.toks[ra].start)); m >= 0 && w.d.Entities[w.ments[m].ent].Kind == axis.EntityPerson {
				c.ent = w.ments[m].ent
			}
			return c
		}
	}
	// the office of Somalia's Prime Minister; Leaders of the NATO countries
	head := b
	for i := a; i <= b; i++ {
		if lw := w.lowerWord(i); w.isWordOut(i) && (lw == "of" || lw == "for") {
			head = i - 1
			break
		}
	}
	if head < b && head > a {
		// a person from a place: Sen. Susan Collins of Maine
		if x := w.analyse(a, head); x.kind == cEnt || x.kind == cName && !x.inst && w.personName(x) {
			x.a, x.b = c.a, head
			return x
		}
	}
	c.poss = w.bestMention(lo, hi, int(w.toks[head].start))
	if n, ok := w.nounAt(head); ok && n.class != nounTitle {
		allCaps := true
		for i := a; i <= head; i++ {
			if w.toks[i].kind == tWord && (!w.toks[i].caps || (i == a && w.firstWordOfSentence(i) && head == a)) {
				allCaps = false
			}
		}
		if !allCaps {
			c.kind, c.noun = cRole, n
			if c.poss >= 0 && !c.indef {
				c.definite = true // Russia's foreign ministry
			}
			return c
		}
	}
	// an institution's name: the US State Department
	c.kind, c.inst = cName, true
	c.nameA, c.nameB = a, b
	if m := w.mentionAt(int(w.toks[head].start)); m >= 0 && w.ments[m].start <= lo+2 {
		c.ent = w.ments[m].ent
	}
	return c
}

// personName reports whether name candidate x is surely a person's: a
// known given name, or a title before it (Sen. Lisa Murkowski).
func (w *work) personName(x cand) bool {
	if x.nameA < 0 || x.nameA > x.nameB {
		return false
	}
	if _, ok := w.lx.given[w.word(x.nameA)]; ok && x.nameB > x.nameA {
		return true
	}
	p := x.nameA - 1
	if p >= 0 && w.abbrevDot(p) {
		return true
	}
	if n, ok := w.nounAt(p); ok && (n.class == nounPerson || n.class == nounTitle) && p >= x.a {
		return true
	}
	return false
}

// bestMention returns the entity of the best mention in [lo, hi) other
// than at offset skip: an organisation, else a country, else a person.
func (w *work) bestMention(lo, hi, skip int) int {
	best, rank := -1, 0
	for _, m := range w.mentionsIn(lo, hi) {
		if m.start <= skip && skip < m.end && m.end-m.start < hi-lo {
			continue
		}
		r := 1
		switch w.d.Entities[m.ent].Kind {
		case axis.EntityOrganization:
			r = 3
		case axis.EntityCountry:
			r = 2
		}
		if r > rank {
			best, rank = m.ent, r
		}
	}
	return best
}

// mentionsIn returns the mentions starting in [lo, hi).
func (w *work) mentionsIn(lo, hi int) []ment {
	i := w.mentionFrom(lo)
	j := i
	for j < len(w.ments) && w.ments[j].start < hi {
		j++
	}
	return w.ments[i:j]
}

// mentionFrom returns the index of the first mention starting at or after
// byte offset off.
func (w *work) mentionFrom(off int) int {
	i, j := 0, len(w.ments)
	for i < j {
		h := int(uint(i+j) >> 1)
		if w.ments[h].start < off {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// phrase returns the text of tokens [a, b] without possessive clutter.
func (w *work) phrase(a, b int) string {
	if a > b {
		return ""
	}
	return w.text[w.toks[a].start:w.toks[b].end]
}

// entSpeaker returns the speaker for entity e.
func (w *work) entSpeaker(e, para int) speaker {
	en := &w.d.Entities[e]
	s := speaker{ent: e, name: en.Name, para: para}
	switch en.Kind {
	case axis.EntityPerson:
		s.kind = kPerson
	case axis.EntityOrganization:
		s.kind = kOrg
	default:
		s.kind = kCountry
	}
	return s
}

// resolve turns a subject phrase into a speaker. weak is true when the
// phrase could not be tied to anyone named.
func (w *work) resolve(c cand, pos, para int) (speaker, bool) {
	none := speaker{ent: -1, para: para}
	if s, ok := w.familiarSource(c, para); ok {
		return s, false
	}
	switch c.kind {
	case cEnt:
		if c.viaRole && c.definite && !w.binding1 {
			// the spokesman: the nearest phrase with that role that names
			// someone, when it names another person than the entity
			// stage linked (Col. Ivan Petrov, spokesman for ...)
			w.binding1 = true
			r := c
			r.kind, r.ent = cRole, -1
			s, ok := w.binding(r, pos, para)
			w.binding1 = false
			if ok && s.ent >= 0 && s.ent != c.ent && s.kind == kPerson {
				return s, false
			}
		}
		s := w.entSpeaker(c.ent, para)
		s.role, s.affil = c.role, c.affil
		return s, false
	case cName:
		if c.ent >= 0 {
			s := w.entSpeaker(c.ent, para)
			if !c.inst {
				s.role, s.affil = c.role, c.affil
			}
			if c.inst && w.d.Entities[c.ent].Kind != axis.EntityOrganization {
				s.name, s.kind = w.phrase(c.a, c.b), kOrg
			}
			return s, false
		}
		if c.inst {
			s := speaker{ent: c.poss, name: w.phrase(c.a, c.b), kind: kOrg, para: para}
			if c.poss >= 0 {
				s.ent = w.countryOf(c.poss)
			}
			return s, false
		}
		name := w.fullName(c.nameA, c.nameB)
		if e := w.entityByName(name); e >= 0 {
			s := w.entSpeaker(e, para)
			s.role, s.affil = c.role, c.affil
			return s, false
		}
		s := speaker{ent: -1, name: name, kind: kPerson, para: para, role: c.role, affil: c.affil}
		if c.nameA > c.a && s.role == "" {
			s.role = w.phrase(c.a, c.nameA-1)
			if w.toks[c.nameA-1].kind == tPoss {
				s.role = ""
			}
		}
		return s, false
	case cPron:
		if c.pron == "they" {
			// Republicans criticised what they call ...
			if x := w.sentenceSubject(int(w.toks[c.a].sent), c.a); x.kind == cName || x.kind == cGroup || x.kind == cRole && x.noun.plural {
				return w.resolve(x, pos, para)
			}
		}
		if s, ok := w.pronoun(c.pron, pos, para); ok {
			return s, false
		}
		return none, true
	case cRole:
		return w.role(c, pos, para)
	case cGroup:
		names := make([]string, 0, len(c.members))
		persons := true
		for _, m := range c.members {
			s, _ := w.resolve(m, pos, para)
			if s.kind != kPerson || s.name == "" {
				persons = false
			}
			names = append(names, s.name)
		}
		s := speaker{ent: -1, kind: kGroup, para: para, name: w.phrase(c.a, c.b)}
		if persons {
			s.name = joinNames(names)
		}
		return s, false
	}
	return none, true
}

// countWords may open an unnamed source: two people familiar with ...
var countWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"several": true, "some": true, "multiple": true, "many": true}

// familiarSource returns the unnamed source of phrase c when it goes on
// "familiar with": "a person familiar with the talks", "two people
// familiar with the matter" speak as that description ("people familiar
// with the matter"), not as whoever was named last.
func (w *work) familiarSource(c cand, para int) (speaker, bool) {
	b := c.b
	if c.kind == cGroup || b < 0 || b+3 >= len(w.toks) || !w.isWordOut(b) || !w.toks[b].lower ||
		w.lowerWord(b+1) != "familiar" || w.lowerWord(b+2) != "with" || !w.isWordOut(b+1) || !w.isWordOut(b+2) {
		return speaker{}, false
	}
	sent := w.toks[b].sent
	end := b + 2
	for k := b + 3; k < len(w.toks) && k <= b+8 && w.toks[k].sent == sent && w.isWordOut(k); k++ {
		if c2, _ := w.cueAt(k); c2 != nil || w.is(k, wAux|wClause|wBreak) {
			break
		}
		end = k
	}
	if end == b+2 {
		return speaker{}, false
	}
	for end > b+3 && w.isDet(end) {
		end--
	}
	a := c.a
	for a < b && (w.isDet(a) || countWords[w.lowerWord(a)]) {
		a++
	}
	kind := kPerson
	if lw := w.lowerWord(b); lw == "people" || strings.HasSuffix(lw, "s") {
		kind = kGroup
	}
	return speaker{ent: -1, name: w.phrase(a, end), kind: kind, para: para}, true
}

// familiarAt returns the phrase of an unnamed source "familiar with"
// something that is the subject of the cue at tokens [i, last]: right
// after it (said two people familiar with the matter, according to a
// person familiar with the talks) or right before it (two people familiar
// with the matter said). Its b is the head noun (see familiarSource).
func (w *work) familiarAt(i, last int) (cand, bool) {
	sent := w.toks[i].sent
	same := func(k int) bool { return k >= 0 && k < len(w.toks) && w.toks[k].sent == sent && w.isWordOut(k) }
	// after the cue, which must have no subject before it ("...," said
	// a person familiar, according to people familiar) nor take an
	// addressee (told two people familiar with the plan)
	if c, _ := w.cueAt(i); c == nil || c.flags&cueTell != 0 || c.flags&cuePrep == 0 && w.isWordOut(i-1) {
		return w.familiarBefore(i)
	}
	k := last + 1
	a := k
	for n := 0; n < 3 && same(k) && (w.isDet(k) || countWords[w.lowerWord(k)]); n++ {
		k++
	}
	if same(k) && w.toks[k].lower && same(k+1) && w.lowerWord(k+1) == "familiar" {
		return cand{kind: cNone, a: a, b: k, ent: -1, poss: -1, nameA: -1}, true
	}
	return w.familiarBefore(i)
}

// familiarBefore is familiarAt before the cue at token i: two people
// familiar with the matter said.
func (w *work) familiarBefore(i int) (cand, bool) {
	sent := w.toks[i].sent
	same := func(k int) bool { return k >= 0 && k < len(w.toks) && w.toks[k].sent == sent && w.isWordOut(k) }
	for f := i - 2; f >= i-8 && f > 0 && same(f); f-- {
		if w.lowerWord(f) != "familiar" {
			continue
		}
		h := f - 1
		if !same(h) || !w.toks[h].lower || w.lowerWord(f+1) != "with" {
			return cand{}, false
		}
		for k := f + 2; k < i; k++ {
			if !same(k) || !w.toks[k].lower {
				return cand{}, false
			}
		}
		a := h
		for n := 0; n < 3 && same(a-1) && (w.isDet(a-1) || countWords[w.lowerWord(a-1)]); n++ {
			a--
		}
		return cand{kind: cNone, a: a, b: h, ent: -1, poss: -1, nameA: -1}, true
	}
	return cand{}, false
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// countryOf returns the country entity an entity belongs to, or the entity
// itself: an office speaks for its state.
func (w *work) countryOf(e int) int {
	en := &w.d.Entities[e]
	if en.Kind == axis.EntityCountry || en.Country == "" {
		return e
	}
	for i := range w.d.Entities {
		x := &w.d.Entities[i]
		if x.Kind == axis.EntityCountry && (x.Code == en.Country || x.Country == en.Country) {
			return i
		}
	}
	return e
}

// fullName expands the name in tokens [a, b] to its fullest earlier form
// in the text: Dover → Robert Dover, Wang → Wang Wenbin.
func (w *work) fullName(a, b int) string {
	if a > wordIndexMin {
		return w.fullNameIndexed(a, b)
	}
	for i := 0; i < a; i++ {
		if w.toks[i].kind != tWord || w.toks[i].q >= 0 || w.word(i) != w.word(a) {
			continue
		}
		if s, e, ok := w.longerAt(i, a, b-a+1); ok {
			return w.phrase(s, e)
		}
	}
	return w.phrase(a, b)
}

// longerAt reports whether the n tokens from word i read as those from
// token a and run on into a longer name [s, e] of at most five words.
func (w *work) longerAt(i, a, n int) (s, e int, ok bool) {
	for k := 1; k < n; k++ {
		if i+k >= len(w.toks) || w.word(i+k) != w.word(a+k) {
			return 0, 0, false
		}
	}
	// extend to the whole name run around the match
	s, e = i, i+n-1
	for s-1 >= 0 && w.isNameWord(s-1) && !w.nounIs(s-1) && !w.isTitle(s-1) && w.toks[s-1].sent == w.toks[i].sent &&
		(!w.firstWordOfSentence(s-1) || w.lx.given[w.word(s-1)] != 0) {
		s--
	}
	for e+1 < len(w.toks) && w.isNameWord(e+1) && !w.nounIs(e+1) && !w.isTitle(e+1) && w.toks[e+1].sent == w.toks[i].sent {
		e++
	}
	return s, e, e-s+1 > n && e-s+1 <= 5
}

// fullNameIndexed is fullName far into a document: it reads only the
// earlier words like token a (wordsLike) and remembers, for each name,
// the first of them that runs on into a longer name and how far it read.
func (w *work) fullNameIndexed(a, b int) string {
	key := w.nameKey[:0]
	for k := a; k <= b; k++ {
		if k > a {
			key = append(key, 0)
		}
		key = append(key, w.word(k)...)
	}
	w.nameKey = key
	if w.names == nil {
		w.names = map[string]*nameScan{}
	}
	ns := w.names[string(key)]
	if ns == nil {
		ns = &nameScan{first: -1}
		w.names[string(key)] = ns
	}
	if ns.first < 0 {
		at := w.wordsLike(a)
		for ; ns.next < len(at) && int(at[ns.next]) < a; ns.next++ {
			if s, e, ok := w.longerAt(int(at[ns.next]), a, b-a+1); ok {
				ns.first, ns.s, ns.e = int(at[ns.next]), s, e
				ns.next++
				break
			}
		}
	}
	if ns.first >= 0 && ns.first < a {
		return w.phrase(ns.s, ns.e)
	}
	return w.phrase(a, b)
}

// nameScan is what fullNameIndexed knows of one name: the first earlier
// word that runs on into a longer name [s, e], or first -1 when none of
// the words wordsLike lists before next does.
type nameScan struct {
	first, s, e int
	next        int
}

// wordIndexMin is the number of tokens before a name above which
// fullName looks the name up in an index of the document's words rather
// than reading every token before it.
const wordIndexMin = 512

// wordsLike returns, in order, the words outside quotations whose text is
// that of token a, indexing the document's words on first use.
func (w *work) wordsLike(a int) []int32 {
	if w.wordIdx == nil {
		w.wordIdx = map[string][]int32{}
		for i := range w.toks {
			if t := &w.toks[i]; t.kind == tWord && t.q < 0 {
				k := w.text[t.start:t.end]
				w.wordIdx[k] = append(w.wordIdx[k], int32(i))
			}
		}
	}
	return w.wordIdx[w.word(a)]
}

// longerName reports whether the name in tokens [a, b] is written out
// longer earlier in the text (Kayikwamba Wagner → Thérèse Kayikwamba Wagner).
func (w *work) longerName(a, b int) bool {
	return len(w.fullName(a, b)) > len(w.phrase(a, b))
}

// entityByName returns the person entity whose name contains name as its
// last or first words, or -1.
func (w *work) entityByName(name string) int {
	if name == "" {
		return -1
	}
	for i := range w.d.Entities {
		e := &w.d.Entities[i]
		if e.Kind != axis.EntityPerson {
			continue
		}
		if e.Name == name || strings.HasSuffix(e.Name, " "+name) || strings.HasPrefix(e.Name, name+" ") {
			return i
		}
	}
	return -1
}

// pronoun resolves a pronoun subject at byte offset pos: he or she to
// the person who is the subject (or quoted speaker) of the nearest
// sentence before, of the pronoun's gender, else the last speaker; it and
// they to the last organisation, state or group.
func (w *work) pronoun(p string, pos, para int) (speaker, bool) {
	recent := w.last != nil && para-w.last.para <= 2
	switch p {
	case "he", "she", "i":
		g := pronGender(p)
		ok := func(s speaker) bool {
			// a lone unlinked plural (Republicans) is no person
			return s.kind == kPerson && s.name != "" && (s.ent >= 0 || strings.Contains(s.name, " ") || !groupWord(s.name)) &&
				w.compatible(g, s)
		}
		if w.contCue && recent && ok(*w.last) {
			// "..., he added": the speaker goes on
			return *w.last, true
		}
		if s, found := w.agentBefore(pos, para, ok); found {
			return s, true
		}
		if recent && ok(*w.last) {
			return *w.last, true
		}
		if e := w.lastMention(pos, para, func(e int) bool {
			return w.d.Entities[e].Kind == axis.EntityPerson && w.compatible(g, w.entSpeaker(e, para))
		}); e >= 0 {
			return w.entSpeaker(e, para), true
		}
		if a, b := w.lastTitledName(pos, para); a <= b {
			return speaker{ent: -1, name: w.fullName(a, b), kind: kPerson, para: para}, true
		}
		if w.last != nil && w.last.kind == kPerson && w.compatible(g, *w.last) {
			return *w.last, true
		}
	case "they":
		if recent && w.last.kind == kGroup {
			return *w.last, true
		}
		if g, ok := w.recentPersons(pos, para); ok {
			return g, true
		}
		if recent && w.last.kind != kPerson {
			return *w.last, true
		}
		if e := w.lastMention(pos, para, w.isOrgOrState); e >= 0 {
			return w.entSpeaker(e, para), true
		}
	case "it":
		if s, found := w.agentBefore(pos, para, func(s speaker) bool {
			return (s.kind == kOrg || s.kind == kCountry) && s.name != ""
		}); found {
			return s, true
		}
		if recent && (w.last.kind == kOrg || w.last.kind == kCountry) {
			return *w.last, true
		}
		if e := w.lastMention(pos, para, w.isOrgOrState); e >= 0 {
			return w.entSpeaker(e, para), true
		}
	case "we":
		if recent {
			return *w.last, true
		}
	}
	return speaker{}, false
}

func (w *work) isOrgOrState(e int) bool {
	k := w.d.Entities[e].Kind
	return k == axis.EntityOrganization || k == axis.EntityCountry
}

// agentBefore returns the person who acts in the nearest sentence before
// byte offset pos, in its paragraph or the one before, that ok accepts:
// the speaker of a quotation attributed there, else the sentence's
// subject. A sentence whose subject is a pronoun passes the search on to
// the sentence before it.
func (w *work) agentBefore(pos, para int, ok func(speaker) bool) (speaker, bool) {
	i := w.tokAt(pos)
	if i >= len(w.toks) {
		return speaker{}, false
	}
	cur := int(w.toks[i].sent)
	if k := w.curSpan; k >= 0 && k < len(w.qtok) && w.qtok[k][0] < i {
		// “...,” he said: the sentences before the quotation
		cur = int(w.toks[w.qtok[k][0]].sent) - 1
		i = -1
	}
	for s, n := cur, 0; s >= 0 && n < 5; s, n = s-1, n+1 {
		if w.sents[s].para < para-1 {
			break
		}
		limit, qlimit := w.sents[s].end, w.sents[s].end
		if i >= 0 && s == int(w.toks[i].sent) {
			// the speaker of a quotation before the pronoun in its own
			// sentence, else its subject unless a quotation comes between
			limit, qlimit = i, i
			for j := w.sents[s].first; j < i; j++ {
				if w.toks[j].q >= 0 {
					limit = w.sents[s].first
					break
				}
			}
		}
		// a quotation attributed in that sentence
		found := false
		var best speaker
		for k := w.spanFromSent(s); k < len(w.res) && k < len(w.spans); k++ {
			q := w.qtok[k][0]
			if q >= len(w.toks) || int(w.toks[q].sent) != s {
				break // the quotations of sentence s are behind
			}
			if !w.res[k].ok || w.res[k].weak {
				continue
			}
			if q < qlimit && ok(w.res[k].spk) {
				best, found = w.res[k].spk, true
			}
		}
		if found {
			return best, true
		}
		x := w.sentenceSubject(s, limit)
		switch x.kind {
		case cEnt, cName, cRole:
			sp, weak := w.resolve(x, int(w.toks[x.a].start), para)
			if !weak && ok(sp) {
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// spanFromSent returns the first quotation whose first token lies in
// sentence s or after it. The first tokens of the quotations (qtok) do
// not decrease, see assignQuotes.
func (w *work) spanFromSent(s int) int {
	i, j := 0, len(w.qtok)
	for i < j {
		h := int(uint(i+j) >> 1)
		if q := w.qtok[h][0]; q < len(w.toks) && int(w.toks[q].sent) < s {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// groupWord reports whether a lone capitalised word reads as a plural of
// people (Republicans, Democrats, Conservatives, Tories) rather than a
// surname (Harris, Jones).
func groupWord(w string) bool {
	for _, suf := range []string{"ans", "ists", "ats", "ites", "ives", "als", "ies"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// Genders of people, as far as the text tells.
const (
	gMale   = 'm'
	gFemale = 'f'
	gNone   = '-' // the text does not tell
)

func pronGender(p string) byte {
	switch p {
	case "he":
		return gMale
	case "she":
		return gFemale
	}
	return 0
}

// compatible reports whether speaker s may be referred to by a pronoun of
// gender g (0: either).
func (w *work) compatible(g byte, s speaker) bool {
	if g == 0 {
		return true
	}
	sg := w.genderOf(s)
	return sg == 0 || sg == g
}

var (
	maleTitles   = map[string]bool{"Mr": true, "Mr.": true, "Sir": true, "Lord": true, "King": true, "Prince": true, "Sheikh": true, "Emir": true}
	femaleTitles = map[string]bool{"Ms": true, "Ms.": true, "Mrs": true, "Mrs.": true, "Miss": true, "Madam": true, "Dame": true,
		"Lady": true, "Queen": true, "Princess": true}
)

// genderOf returns the gender of s when the text tells it: an honorific
// before a mention (Mr, Ms), a gendered role (spokeswoman), a known given
// name; 0 when it does not.
func (w *work) genderOf(s speaker) byte {
	name, role := s.name, s.role
	if s.ent >= 0 {
		e := &w.d.Entities[s.ent]
		if e.Kind != axis.EntityPerson {
			return 0
		}
		name, role = e.Name, e.Role+" "+s.role
		if g := w.titleGender(s.ent); g != gNone {
			return g
		}
	}
	lr := strings.ToLower(role)
	switch {
	case strings.Contains(lr, "woman") || strings.Contains(lr, "women"):
		return gFemale
	case strings.Contains(lr, "man ") || strings.HasSuffix(lr, "man"):
		return gMale
	}
	first, _, _ := strings.Cut(name, " ")
	return w.lx.given[first]
}

// titleGender returns the gender an honorific before a mention of person
// entity e tells (Mr, Ms), or gNone; the answer is kept for the document.
func (w *work) titleGender(e int) byte {
	if n := len(w.d.Entities); len(w.gender) != n {
		if cap(w.gender) < n {
			w.gender = make([]byte, n)
		}
		w.gender = w.gender[:n]
		clear(w.gender)
	}
	if g := w.gender[e]; g != 0 {
		return g
	}
	g := byte(gNone)
	for _, m := range w.d.Entities[e].Mentions {
		i := w.tokAt(m.Start) - 1
		if i >= 0 && w.toks[i].kind == tPunct && w.text[w.toks[i].start] == '.' {
			i--
		}
		if i < 0 || w.toks[i].kind != tWord {
			continue
		}
		if t := w.word(i); maleTitles[t] {
			g = gMale
			break
		} else if femaleTitles[t] {
			g = gFemale
			break
		}
	}
	w.gender[e] = g
	return g
}

// lastMention returns the entity of the last mention before pos, outside
// quotations, within two paragraphs, that ok accepts; or -1.
func (w *work) lastMention(pos, para int, ok func(int) bool) int {
	lim := 0
	if para-2 >= 0 && para-2 < len(w.paras) {
		lim = w.paras[para-2][0]
	}
	for k := w.mentionFrom(pos) - 1; k >= 0; k-- {
		m := w.ments[k]
		if m.start < lim {
			break
		}
		if ok(m.ent) && !w.inQuote(m.start) {
			return m.ent
		}
	}
	return -1
}

// recentPersons returns the persons named in the two sentences before pos
// as one group speaker, when there are at least two.
func (w *work) recentPersons(pos, para int) (speaker, bool) {
	i := w.tokAt(pos)
	if i >= len(w.toks) {
		i = len(w.toks) - 1
	}
	s := int(w.toks[i].sent)
	lo := w.sents[max(0, s-2)].first
	var ents []int
	seen := map[int]bool{}
	for _, m := range w.mentionsIn(int(w.toks[lo].start), pos) {
		e := m.ent
		if w.d.Entities[e].Kind == axis.EntityPerson && !seen[e] && !w.inQuote(m.start) {
			seen[e] = true
			ents = append(ents, e)
		}
	}
	if len(ents) < 2 {
		return speaker{}, false
	}
	names := make([]string, len(ents))
	for k, e := range ents {
		names[k] = w.d.Entities[e].Name
	}
	return speaker{ent: -1, name: joinNames(names), kind: kGroup, para: para}, true
}

// role resolves a role or institution noun: the spokesman said, the
// declaration says, Kristersson’s office said.
func (w *work) role(c cand, pos, para int) (speaker, bool) {
	text := w.phrase(c.a, c.b)
	if c.noun.class == nounDocument {
		// the speaker of the last quotation before pos whose medium names
		// the document
		ks := w.mediaNaming(c.noun.key)
		for x := len(ks) - 1; x >= 0; x-- {
			if k := ks[x]; w.spans[k].start < pos {
				return w.res[k].spk, false
			}
		}
	}
	if c.poss < 0 && c.noun.class == nounBody && !c.noun.plural && !w.ownerPron {
		// his campaign, her office: the body of the person the pronoun
		// stands for speaks under that person's name
		for _, j := range [2]int{c.a, c.a - 1} {
			if !w.isWordOut(j) {
				continue
			}
			if p := w.lex(j).possPron; p == "he" || p == "she" {
				w.ownerPron = true
				s, ok := w.pronoun(p, pos, para)
				w.ownerPron = false
				if ok && s.kind == kPerson {
					return s, false
				}
				break
			}
		}
	}
	if c.poss >= 0 && (c.noun.class != nounPerson || c.noun.plural) {
		if w.d.Entities[c.poss].Kind == axis.EntityPerson {
			if e := w.countryOf(c.poss); e != c.poss {
				return speaker{ent: e, name: text, kind: kOrg, para: para}, false
			}
			// no state named for the office: its holder speaks
			// (President Ana Ruiz's office said)
			return w.entSpeaker(c.poss, para), false
		}
		return w.entSpeaker(c.poss, para), false
	}
	inHeadline := false
	if pk := w.paraKind[w.sents[w.toks[c.a].sent].para]; pk == axis.KindHeadline || pk == axis.KindHeading {
		inHeadline = true
	}
	if !c.definite && c.noun.class == nounPerson && !c.noun.plural {
		// an unnamed source stays unnamed unless a headline sums up the
		// body (“Houthi spokesperson mocks ...” → the spokesman named below)
		if inHeadline {
			if s, ok := w.forward(c.b+1, para, w.chunkCountry(c)); ok {
				return s, false
			}
		}
		if role, body, ok := w.roleForBody(c); ok {
			// a spokesperson for the Justice Department: the department
			// speaks, through its spokesperson
			return speaker{ent: c.poss, name: body, role: role, kind: kPerson, para: para}, true
		}
		return speaker{ent: c.poss, name: strings.TrimSpace(text), kind: kPerson, para: para}, true
	}
	if s, ok := w.binding(c, pos, para); ok {
		return s, false
	}
	if c.noun.class == nounPerson && !c.noun.plural {
		if e := w.entityByRole(c.noun.key, w.roleModifier(c), pos, inHeadline); e >= 0 {
			return w.entSpeaker(e, para), false
		}
		if c.definite && campaignRoles[c.noun.key] && !inHeadline {
			// the Democratic nominee, the candidate: a race's roles are
			// rarely named as offices; the person the story just spoke of
			if s, ok := w.pronoun("i", pos, para); ok {
				return s, false
			}
		}
		if inHeadline {
			if s, ok := w.forward(c.b+1, para, w.chunkCountry(c)); ok {
				return s, false
			}
		}
	}
	if c.poss >= 0 {
		if c.noun.class == nounPerson && !c.noun.plural {
			// the Chinese ambassador: a person of that state
			return speaker{ent: c.poss, name: strings.TrimSpace(text), kind: kPerson, para: para}, true
		}
		return w.entSpeaker(c.poss, para), false
	}
	if c.noun.class == nounBody && c.definite && !c.noun.plural {
		if e := w.recentInstitution(pos, genericBodies[c.noun.key]); e >= 0 {
			return w.entSpeaker(e, para), false // the Budget Office ... the agency said
		}
	}
	if c.noun.class == nounDocument {
		// a document speaks for whoever issued it (the G7 issued a
		// communique ... the communique says), else for the organisation
		// the story is about (the summit's declaration is the alliance's),
		// else for itself: the declaration says, not whichever body was
		// named last
		if s, ok := w.docAuthor(c, para); ok {
			return s, false
		}
		if e := w.salientOrg(); e >= 0 {
			return w.entSpeaker(e, para), false
		}
		if c.definite && !c.noun.plural {
			return speaker{ent: -1, name: strings.TrimSpace(text), kind: kOrg, para: para}, false
		}
	}
	return speaker{ent: -1, name: strings.TrimSpace(text), kind: kUnknown, para: para}, true
}

// mediaNaming returns, in order, the quotations decided so far with a
// named speaker whose medium holds key in lower case (see work.media).
func (w *work) mediaNaming(key string) []int32 {
	if w.mediaBy == nil {
		w.mediaBy = map[string]*mediaList{}
	}
	l := w.mediaBy[key]
	if l == nil {
		l = &mediaList{}
		w.mediaBy[key] = l
	}
	for ; l.seen < len(w.media); l.seen++ {
		k := w.media[l.seen]
		if strings.Contains(strings.ToLower(w.res[k].medium), key) {
			l.ks = append(l.ks, k)
		}
	}
	return l.ks
}

// mediaList is mediaNaming's answer for one key: the quotations of
// work.media[:seen] whose medium holds it.
type mediaList struct {
	ks   []int32
	seen int
}

// docAuthor returns the named subject of the sentence that introduced
// document c before it: "Finance ministers adopted a communique" for "the
// communique says".
func (w *work) docAuthor(c cand, para int) (speaker, bool) {
	for j := c.a - 1; j >= 0; j-- {
		if int(w.sents[w.toks[j].sent].para) < para-3 {
			break
		}
		if n, ok := w.nounAt(j); !ok || n.key != c.noun.key {
			continue
		}
		x := w.sentenceSubject(int(w.toks[j].sent), j)
		switch x.kind {
		case cEnt, cName, cGroup:
		case cRole:
			if x.poss < 0 {
				return speaker{}, false
			}
		default:
			return speaker{}, false
		}
		s, weak := w.resolve(x, int(w.toks[x.a].start), para)
		return s, !weak && s.name != "" && s.kind != kUnknown
	}
	return speaker{}, false
}

// genericBodies are the institution nouns that may stand for any
// organisation.
var genericBodies = map[string]bool{"group": true, "organisation": true, "organization": true, "movement": true,
	"party": true, "company": true, "alliance": true, "coalition": true}

// recentInstitution returns the organisation named last before byte pos,
// within its sentence and the two before, whose name has an institution
// noun (the Congressional Budget Office), or any when generic (the group,
// the movement), or -1.
func (w *work) recentInstitution(pos int, generic bool) int {
	i := w.tokAt(pos)
	if i >= len(w.toks) {
		return -1
	}
	s := int(w.toks[i].sent)
	lo := int(w.toks[w.sents[max(0, s-2)].first].start)
	ms := w.mentionsIn(lo, pos)
	for k := len(ms) - 1; k >= 0; k-- {
		e := &w.d.Entities[ms[k].ent]
		if e.Kind != axis.EntityOrganization || w.inQuote(ms[k].start) {
			continue
		}
		if generic {
			return ms[k].ent // Hamas ... the group said
		}
		for _, f := range strings.Fields(e.Name) {
			if n, ok := w.lx.nouns[strings.ToLower(f)]; ok && n.class == nounBody {
				return ms[k].ent
			}
		}
	}
	return -1
}

// binding looks back for an earlier phrase with the same noun that names
// someone: "foreign ministry spokesman Majed Al Ansari" for "the spokesman".
func (w *work) binding(c cand, pos, para int) (speaker, bool) {
	var fallback = -1
	mod := w.roleModifier(c)
	flt := w.voc.byKey[c.noun.key]
	if flt == nil {
		flt = &textFilter{} // a key no token has
	}
	lo := max(0, c.a-bindingReach)
	// far into a document, only the words of the noun are read
	indexed := c.a > bindingReach
	var at []int32
	x := 0
	if indexed {
		at = w.nounsOf(c.noun.key)
		x = searchInt32(at, c.a) - 1
	}
	for j := c.a - 1; ; j, x = j-1, x-1 {
		if indexed {
			if x < 0 || int(at[x]) < lo {
				break
			}
			j = int(at[x])
		} else if j < lo {
			break
		}
		if !w.isWordOut(j) {
			continue
		}
		if t := &w.toks[j]; t.lex == 0 && !flt.may(w.text[t.start:t.end]) {
			continue // no form of the noun: not worth a look-up
		}
		n, ok := w.nounAt(j)
		if !ok || n.key != c.noun.key {
			continue
		}
		if j > 0 && w.lex(j-1).office != mod {
			continue // the former president is not the vice president
		}
		a, b := w.chunkAround(j)
		x := w.analyse(a, b)
		if x.kind == cRole || x.kind == cEnt && w.toks[b].lower {
			if y, ok := w.appositive(x, b); ok {
				x = y
			} else if y, ok := w.nameBefore(x, a); ok {
				x = y
			}
		}
		switch x.kind {
		case cEnt, cName:
			if x.kind == cName && x.inst && c.noun.class == nounPerson && !c.noun.plural {
				continue
			}
			s, _ := w.resolve(x, int(w.toks[j].start), para)
			return s, true
		case cRole:
			if x.poss >= 0 && fallback < 0 {
				fallback = x.poss
			}
		}
	}
	if fallback >= 0 {
		if w.d.Entities[fallback].Kind == axis.EntityPerson && c.noun.class != nounPerson {
			return speaker{ent: w.countryOf(fallback), name: w.phrase(c.a, c.b), kind: kOrg, para: para}, true
		}
		return w.entSpeaker(fallback, para), true
	}
	return speaker{}, false
}

// bindingReach is how many tokens binding looks back.
const bindingReach = 5000

// nounsOf returns, in order, the words outside quotations that are
// speaker nouns of key, indexing the document's nouns on first use.
func (w *work) nounsOf(key string) []int32 {
	if w.nounIdx == nil {
		w.nounIdx = map[string][]int32{}
		for j := range w.toks {
			if w.isWordOut(j) {
				if n, ok := w.nounAt(j); ok {
					w.nounIdx[n.key] = append(w.nounIdx[n.key], int32(j))
				}
			}
		}
	}
	return w.nounIdx[key]
}

// searchInt32 returns the index of the first element of sorted s that is
// at least v, or len(s).
func searchInt32(s []int32, v int) int {
	i, j := 0, len(s)
	for i < j {
		h := int(uint(i+j) >> 1)
		if int(s[h]) < v {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// officeMods are the words that make another office of a role noun: the
// vice president is not the president; each maps to its canonical form.
var officeMods = map[string]string{"vice": "vice", "deputy": "deputy", "former": "former", "ex": "former",
	"assistant": "assistant", "lieutenant": "lieutenant", "under": "under", "co": "co"}

// roleModifier returns the office modifier before the noun of role phrase
// c (the former president: "former"), or "".
func (w *work) roleModifier(c cand) string {
	for j := c.b; j > c.a; j-- {
		if n, ok := w.nounAt(j); ok && n.key == c.noun.key {
			return w.lex(j - 1).office
		}
	}
	return ""
}

// roleMod returns the office modifier before key in role (Vice President:
// "vice"), or "".
func roleMod(role, key string) string {
	r := strings.ToLower(role)
	at := strings.Index(r, key)
	if at < 0 {
		return ""
	}
	before := strings.Fields(strings.ReplaceAll(r[:at], "-", " "))
	if len(before) == 0 {
		return ""
	}
	return officeMods[before[len(before)-1]]
}

// entityByRole returns the person entity whose role contains key after
// office modifier mod (see officeMods), named last before pos (or first
// after it: soon after, or anywhere when ahead, for a headline), or -1.
func (w *work) entityByRole(key, mod string, pos int, ahead bool) int {
	best, bestPos := -1, -1
	for i := range w.d.Entities {
		e := &w.d.Entities[i]
		if e.Kind != axis.EntityPerson || len(e.Mentions) == 0 {
			continue
		}
		if !strings.Contains(strings.ToLower(e.Role), key) || roleMod(e.Role, key) != mod {
			continue
		}
		p := e.Mentions[0].Start
		for _, m := range e.Mentions {
			if m.Start < pos {
				p = m.Start
			}
		}
		if p >= pos+400 && !ahead {
			continue // named only well after: someone else
		}
		if best < 0 || (p < pos && (bestPos >= pos || p > bestPos)) || (p >= pos && bestPos >= pos && p < bestPos) {
			best, bestPos = i, p
		}
	}
	return best
}

// forward finds the next named person who speaks, within two paragraphs
// after token from: "a spokesperson said ... Mohammed Abdulsalam told".
func (w *work) forward(from, para int, country string) (speaker, bool) {
	cues := 0
	for j := from; j < len(w.toks) && cues < 10; j++ {
		if int(w.sents[w.toks[j].sent].para) > para+2 {
			break
		}
		c, last := w.cueAt(j)
		if c == nil {
			continue
		}
		cues++
		x := w.cueSubject(j, last, 0)
		if x.kind == cEnt || x.kind == cName && x.ent >= 0 {
			if cc := w.d.Entities[x.ent].Country; country != "" && cc != "" && cc != country {
				continue
			}
		}
		switch {
		case x.kind == cEnt:
			return w.entSpeaker(x.ent, para), true
		case x.kind == cName && !x.inst && x.ent >= 0 && w.d.Entities[x.ent].Kind == axis.EntityPerson:
			return w.entSpeaker(x.ent, para), true
		case x.kind == cName && !x.inst && x.ent < 0 && x.nameB > x.nameA:
			s, _ := w.resolve(x, int(w.toks[j].start), para)
			return s, true
		}
	}
	return speaker{}, false
}

// salientOrg returns the organisation the story is about, or -1: the one
// named most often, at least three times or in the headline, and more
// often than any other.
func (w *work) salientOrg() int {
	best, n, second := -1, 0, 0
	for i := range w.d.Entities {
		e := &w.d.Entities[i]
		if e.Kind != axis.EntityOrganization {
			continue
		}
		switch m := len(e.Mentions); {
		case m > n:
			best, n, second = i, m, n
		case m > second:
			second = m
		}
	}
	if best < 0 || n == second {
		return -1
	}
	if n >= 3 {
		return best
	}
	for _, m := range w.d.Entities[best].Mentions {
		if p := w.paraOf(m.Start); p >= 0 && w.paraKind[p] == axis.KindHeadline {
			return best
		}
	}
	return -1
}

// paraOf returns the paragraph holding byte offset off, or -1.
func (w *work) paraOf(off int) int {
	for i, p := range w.paras {
		if p[0] <= off && off < p[1] {
			return i
		}
	}
	return -1
}

// borrowSpeakers gives a quotation without a resolved speaker the speaker
// of a quotation that repeats it: the lead's “never abandon” and the full
// quote “we will never abandon Ayungin Shoal” below.
func (w *work) borrowSpeakers() {
	for k := range w.res {
		r := &w.res[k]
		if !r.ok || !r.weak {
			continue
		}
		t := strings.ToLower(strings.TrimRight(w.text[w.spans[k].start:w.spans[k].end], ".,;:!?"))
		if !strings.ContainsRune(t, ' ') {
			continue // one word ('no') repeats by chance
		}
		for j := range w.res {
			o := w.res[j]
			if j == k || !o.ok || o.weak || o.spk.name == "" {
				continue
			}
			if containsWords(strings.ToLower(w.text[w.spans[j].start:w.spans[j].end]), t) {
				r.spk, r.weak = o.spk, false
				break
			}
		}
	}
}

// containsWords reports whether s holds t as whole words.
func containsWords(s, t string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], t)
		if i < 0 {
			return false
		}
		i += off
		before, after := i == 0, i+len(t) == len(s)
		if !before {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			before = !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
		if !after {
			r, _ := utf8.DecodeRuneInString(s[i+len(t):])
			after = !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
		if before && after {
			return true
		}
		off = i + 1
	}
}

// lastTitledName finds, without entities, the last name after a title
// before pos within two paragraphs (Defence Minister Tomas Berg), as
// tokens [a, b]; a > b when there is none.
func (w *work) lastTitledName(pos, para int) (int, int) {
	for j := w.tokAt(pos) - 1; j > 0; j-- {
		if int(w.sents[w.toks[j].sent].para) < para-2 {
			break
		}
		if !w.isNameWord(j) || w.nounIs(j) || w.isTitle(j) {
			continue
		}
		b := j
		a := j
		for a-1 >= 0 && w.isNameWord(a-1) && !w.nounIs(a-1) && !w.isTitle(a-1) && w.toks[a-1].sent == w.toks[j].sent {
			a--
		}
		if a > 0 && w.toks[a-1].sent == w.toks[j].sent {
			if n, ok := w.nounAt(a - 1); ok && (n.class == nounPerson || n.class == nounTitle) && !n.plural {
				return a, b
			}
		}
		j = a
	}
	return 1, 0
}

// chunkCountry returns the state named in phrase c (a senior U.S.
// official: USA), or "".
func (w *work) chunkCountry(c cand) string {
	for _, m := range w.mentionsIn(int(w.toks[c.a].start), int(w.toks[c.b].end)) {
		e := &w.d.Entities[m.ent]
		if e.Kind == axis.EntityCountry {
			return e.Code
		}
		if e.Country != "" {
			return e.Country
		}
	}
	return ""
}

// abbrevDot reports whether token i is the dot of a title abbreviation
// (Mr., Sen., Gen.).
func (w *work) abbrevDot(i int) bool {
	if i <= 0 || i >= len(w.toks) || w.toks[i].kind != tPunct || w.text[w.toks[i].start] != '.' ||
		w.toks[i-1].end != w.toks[i].start || !w.toks[i-1].caps || w.toks[i-1].end-w.toks[i-1].start > 5 {
		return false
	}
	n, ok := w.nounAt(i - 1)
	return ok && n.class == nounPerson
}
