package quote

import (
	"strings"
	"unicode"

	"github.com/axis-news/axis"
)

// Distances, in words outside quotations, within which a cue governs a
// quotation that does not open its sentence.
const (
	maxLeft         = 12 // cue before the quotation
	maxLeftWeak     = 6  // a weak cue before the quotation
	maxLeftFar      = 18 // a plain verb of saying before the quotation
	maxLeftThat     = 40 // a plain verb of saying whose that-clause holds the quotation
	maxRightPartial = 8  // cue after a partial quotation
	maxRightFull    = 30 // cue after a quotation that opens its sentence
	maxThatWords    = 20 // words of a that-clause before the quotation it holds
)

// attribute decides whether span k is a quotation and who said it.
func (w *work) attribute(k int) result {
	s := w.spans[k]
	o, c := w.qtok[k][0], w.qtok[k][1]
	if o > c || o >= len(w.toks) || s.start >= s.end {
		return result{}
	}
	switch w.paraKind[s.para] {
	case axis.KindByline, axis.KindDateline:
		return result{}
	case axis.KindHeadline, axis.KindHeading:
		return w.headline(k)
	}
	s0, s1 := w.toks[o].sent, w.toks[c].sent
	first, end := w.sents[s0].first, w.sents[s1].end
	full := w.wordsOut(first, o) == 0
	if k > 0 && w.res[k-1].ok && w.chained(k) {
		return w.res[k-1]
	}
	if !full && (w.soCalled(o) || w.ownedName(o) || w.capLabel(k) || w.titleLike(k) && !w.nickname(o, first)) {
		return result{}
	}
	lc, lcLast := w.leftCue(o, first, w.endsClause(k))
	rc, rcLast := w.rightCue(c, end, full)
	pj, px := -1, cand{}
	if !full && lc < 0 {
		pj, px = w.possessorCue(o, first)
	}
	switch {
	case full && rc >= 0:
		return w.fromCue(k, rc, rcLast)
	case full && s.closeLen > 0 && w.text[s.end] == ',':
		// “...,” an audio warning from the KFOR contingent blared out
		if r, ok := w.nearSpeaker(c, end); ok {
			return r
		}
		return w.continuation(k)
	case full:
		return w.continuation(k)
	case lc >= 0:
		if w.genericNaming(lc) || w.askedAbout(lc, o) {
			return result{} // what critics call “Bidenomics”; asked about the “vibes”
		}
		lc, lcLast = w.outerCue(lc, lcLast, first)
		return w.fromCue(k, lc, lcLast)
	case pj >= 0:
		w.curSpan = k
		spk, weak := w.resolve(px, int(w.toks[pj].start), s.para)
		w.curSpan = -1
		return result{ok: true, spk: spk, weak: weak, cue: w.word(pj)}
	case rc >= 0:
		if w.labelModifier(k) {
			return result{} // the “blue wall” states ..., analysts said
		}
		return w.fromCue(k, rc, rcLast)
	case !full:
		return w.mediumOpener(k, first, o)
	}
	return result{}
}

// mediumOpener attributes partial quotation k in a sentence that opens
// with its medium ("In a statement, he thanked Trump for his “unwavering
// support”") to the sentence's subject.
func (w *work) mediumOpener(k, first, o int) result {
	if !w.isWordOut(first) || w.lowerWord(first) != "in" {
		return result{}
	}
	for j := first + 1; j < o && j <= first+5; j++ {
		if !w.isWordOut(j) {
			return result{}
		}
		if !w.lx.media[w.word(j)] {
			continue
		}
		if c := j + 1; c >= o || w.toks[c].kind != tPunct || w.text[w.toks[c].start] != ',' {
			return result{}
		}
		x := w.sentenceSubject(int(w.toks[o].sent), o)
		if x.kind == cNone {
			return result{}
		}
		w.curSpan = k
		spk, weak := w.resolve(x, int(w.toks[x.a].start), w.spans[k].para)
		w.curSpan = -1
		if weak {
			return result{}
		}
		m := first + 1
		for m < j && w.isDet(m) {
			m++
		}
		return result{ok: true, spk: spk, cue: w.phrase(first, j), medium: w.phrase(m, j)}
	}
	return result{}
}

// labelModifier reports whether span k is a quoted label that modifies the
// noun after it: the “blue wall” states, supporters in “MAGA” hats.
func (w *work) labelModifier(k int) bool {
	o, c := w.qtok[k][0], w.qtok[k][1]
	if o == 0 || c+1 >= len(w.toks) {
		return false
	}
	switch w.text[w.spans[k].end-1] {
	case '.', ',', '!', '?', ';', ':':
		return false // a label runs on into its noun without a stop
	}
	n := c + 1
	if !w.isWordOut(n) || !w.toks[n].lower || w.toks[n].sent != w.toks[c].sent {
		return false
	}
	lw := w.word(n)
	if w.lex(n).bits&(wMinor|wIntro|wAux|wBreak|wClause|wPronoun) != 0 ||
		strings.HasSuffix(lw, "ly") {
		return false
	}
	switch lw {
	case "or", "nor", "but", "than", "so", "because", "not", "had", "did", "does", "do", "could", "may", "might",
		"overall", "again", "too", "now", "still", "yet", "anyway", "instead", "there", "here", "then", "ago",
		"alone", "either", "else", "enough", "today", "tonight", "tomorrow", "yesterday", "all", "both", "each":
		return false
	}
	if labelEnders[lw] {
		return false // a preposition opens no noun: take “firm steps” toward peace
	}
	cu, _ := w.cueAt(n)
	return cu == nil
}

// labelEnders are prepositions beyond the minor words: a quotation before
// one is no label of the word after it.
var labelEnders = map[string]bool{"toward": true, "towards": true, "from": true, "into": true, "over": true,
	"against": true, "about": true, "after": true, "before": true, "between": true, "under": true, "across": true,
	"through": true, "within": true, "without": true, "during": true, "amid": true, "despite": true, "upon": true,
	"onto": true, "among": true, "beyond": true, "around": true, "since": true, "until": true, "via": true,
	"as": true, "like": true}

// headline accepts a quotation in a headline or sub-heading only when the
// heading itself attributes it ("China says reunification ‘inevitable’").
func (w *work) headline(k int) result {
	s := w.spans[k]
	if w.titleLike(k) && w.wordsOut(w.tokAt(w.paras[s.para][0]), w.qtok[k][0]) > 0 {
		return result{}
	}
	o, c := w.qtok[k][0], w.qtok[k][1]
	if c+1 < len(w.toks) && w.toks[c+1].kind == tPunct && w.text[w.toks[c+1].start] == ':' && !w.clauseLike(k) {
		return result{} // a label: ‘Axis of impunity’: ...
	}
	// a cue before the quotation, or right after it (‘...,’ says X)
	best, bestLast := -1, -1
	for i := w.tokAt(w.paras[s.para][0]); i < o; i++ {
		if cu, last := w.cueAt(i); cu != nil {
			best, bestLast = i, last
		}
	}
	if best < 0 {
		for i := c + 1; i < len(w.toks) && i <= c+3 && int(w.toks[i].start) < w.paras[s.para][1]; i++ {
			if cu, last := w.cueAt(i); cu != nil {
				best, bestLast = i, last
				break
			}
		}
	}
	if best < 0 {
		// ‘Nobody is above the law’: Jack Smith defends his report
		if n := c + 2; c+1 < len(w.toks) && w.toks[c+1].kind == tPunct && w.text[w.toks[c+1].start] == ':' &&
			w.clauseLike(k) && w.wordsOut(w.tokAt(w.paras[s.para][0]), o) == 0 && n < len(w.toks) &&
			w.toks[n].sent == w.toks[c].sent && w.candidateHead(n) {
			a, b := w.chunkAround(n)
			if x := w.analyse(a, b); a == n && (x.kind == cEnt || x.kind == cName && !x.inst) {
				spk, weak := w.resolve(x, int(w.toks[n].start), s.para)
				return result{ok: true, spk: spk, weak: weak}
			}
		}
		// Harris on Trump: ‘He is not serious’
		if f := w.tokAt(w.paras[s.para][0]); o > f+1 && w.toks[o-1].kind == tPunct && w.text[w.toks[o-1].start] == ':' &&
			w.clauseLike(k) && w.candidateHead(f) && !rubrics[strings.ToLower(w.word(f))] {
			a, b := w.chunkAround(f)
			if x := w.analyse(a, b); a == f && b < o-1 && (x.kind == cEnt || x.kind == cName && !x.inst) &&
				(b+1 == o-1 || w.isWordOut(b+1) && w.lowerWord(b+1) == "on" && w.wordsOut(b+1, o) <= 4) {
				spk, weak := w.resolve(x, int(w.toks[f].start), s.para)
				return result{ok: true, spk: spk, weak: weak}
			}
		}
		return result{}
	}
	return w.fromCue(k, best, bestLast)
}

// rubrics head a headline before a colon without naming a speaker
// (Analysis: ‘...’).
var rubrics = map[string]bool{"analysis": true, "opinion": true, "explainer": true, "exclusive": true,
	"breaking": true, "editorial": true, "review": true, "watch": true, "live": true, "election": true,
	"factbox": true, "fact": true, "video": true, "podcast": true, "update": true, "interview": true}

// chained reports whether span k follows span k-1 in the same sentence
// joined only by "and", "or" or a comma (“excessive” and “dangerous”).
func (w *work) chained(k int) bool {
	p, o := w.qtok[k-1][1], w.qtok[k][0]
	if p >= len(w.toks) || w.toks[p].sent != w.toks[o].sent || o-p-1 > 3 || o-p-1 < 1 {
		return false
	}
	for i := p + 1; i < o; i++ {
		switch w.lowerWord(i) {
		case ",", "and", "or", "but", "nor", "as", "well":
		default:
			return false
		}
	}
	return true
}

// continuation attributes a quotation that opens its sentence without a
// cue: it goes on from a quotation before it, or follows a colon.
func (w *work) continuation(k int) result {
	s := w.spans[k]
	o := w.qtok[k][0]
	if s.contPrev && k > 0 && w.res[k-1].ok {
		r := w.res[k-1]
		r.inherit = true
		return r
	}
	// a quoted name used as a modifier (“Make America Great Again” hats)
	// or a title is no quotation
	if c := w.qtok[k][1]; w.titleLike(k) || c+1 < len(w.toks) && w.isWordOut(c+1) && w.toks[c+1].lower {
		if cu, _ := w.cueAt(c + 1); cu == nil {
			return result{}
		}
	}
	// "... told reporters:" at the end of the previous sentence
	if o > 0 && w.toks[o-1].kind == tPunct && w.text[w.toks[o-1].start] == ':' {
		se := w.sents[w.toks[o-1].sent]
		for i := o - 2; i >= se.first; i-- {
			if c, last := w.cueAt(i); c != nil {
				return w.fromCue(k, i, last)
			}
		}
	}
	// “Enough is enough” – that was the message from protesters
	if c := w.qtok[k][1]; w.wordsOut(c+1, w.sents[w.toks[c].sent].end) > 0 {
		if r, ok := w.nearSpeaker(c, w.sents[w.toks[c].sent].end); ok {
			return r
		}
		if w.wordsIn(k) >= 4 {
			return result{ok: true, spk: speaker{ent: -1}, weak: true}
		}
		return result{}
	}
	// Petrov was more cautious. “We need time.”: the person who is the
	// subject of the sentence before, in the paragraph, speaks
	if r, ok := w.subjectBefore(k); ok {
		return r
	}
	for j := k - 1; j >= 0; j-- {
		if w.spans[j].para < s.para-1 {
			break
		}
		if w.res[j].ok {
			r := w.res[j]
			r.medium, r.inherit = "", true
			return r
		}
	}
	if w.last != nil && s.para-w.last.para <= 2 {
		return result{ok: true, spk: *w.last, weak: true, inherit: true}
	}
	if w.wordsIn(k) >= 4 {
		return result{ok: true, spk: speaker{ent: -1}, weak: true}
	}
	return result{}
}

// subjectBefore attributes quotation k, which opens its sentence without
// a cue, to the named person who is the subject of the sentence just
// before it in its paragraph, when that sentence holds no quotation.
func (w *work) subjectBefore(k int) (result, bool) {
	s := int(w.toks[w.qtok[k][0]].sent) - 1
	if s < 0 || w.sents[s].para != w.spans[k].para {
		return result{}, false
	}
	se := w.sents[s]
	for i := se.first; i < se.end; i++ {
		if w.toks[i].q >= 0 {
			return result{}, false
		}
	}
	x := w.sentenceSubject(s, se.end)
	if x.kind != cEnt && (x.kind != cName || x.inst) {
		return result{}, false
	}
	spk, weak := w.resolve(x, int(w.toks[x.a].start), w.spans[k].para)
	if weak || spk.kind != kPerson || spk.name == "" {
		return result{}, false
	}
	return result{ok: true, spk: spk, inherit: true}, true
}

// fromCue attributes span k to the subject of the cue at tokens [i, last].
func (w *work) fromCue(k, i, last int) result {
	cd := w.cueSubject(i, last, 0)
	if x, ok := w.familiarAt(i, last); ok {
		cd = x // said two people familiar with the matter
	}
	switch w.lowerWord(i) {
	case "add", "adds", "added", "adding", "continued", "continues":
		w.contCue = true
	}
	w.curSpan = k
	spk, weak := w.resolve(cd, int(w.toks[i].start), w.spans[k].para)
	w.contCue, w.curSpan = false, -1
	return result{ok: true, spk: spk, weak: weak,
		cue: w.text[w.toks[i].start:w.toks[last].end], medium: w.medium(i, last)}
}

// wordsOut counts the words outside quotations among tokens [a, b).
func (w *work) wordsOut(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if w.isWordOut(i) {
			n++
		}
	}
	return n
}

// wordsIn counts the words of span k.
func (w *work) wordsIn(k int) int {
	n := 0
	for i := w.qtok[k][0]; i <= w.qtok[k][1] && i < len(w.toks); i++ {
		if w.toks[i].kind == tWord {
			n++
		}
	}
	return n
}

// leftCue returns the nearest cue before token o within its distance. A
// weak cue reaches as far as a plain one over a stretch without a clause
// boundary when the quotation ends its clause ("accused the U.S. side of
// clinging to its “old stance”").
func (w *work) leftCue(o, first int, endsClause bool) (int, int) {
	n := 0
	asBefore := false // describe the agenda, laid out in ..., as “extreme”
	if p := o - 1; w.isWordOut(p) {
		if w.isDet(p) {
			p--
		}
		asBefore = w.isWordOut(p) && w.lowerWord(p) == "as"
	}
	for j := o - 1; j >= first && n <= maxLeftThat; j-- {
		if !w.isWordOut(j) {
			continue
		}
		if c, last := w.cueAt(j); c != nil {
			d := w.wordsOut(last+1, o)
			if asBefore && c.flags&cueName != 0 && c.flags&cuePart == 0 {
				return j, last
			}
			if c.flags&cueFar != 0 && c.flags&cuePart == 0 && d > maxLeftFar && d <= maxLeftThat && w.thatClause(last+1, o) {
				return j, last // X said on Monday at a rally ... that Harris was “weak”
			}
			if c.flags&(cueFar|cuePart|cuePrep|cueNoInv) == 0 && d > maxLeftWeak && d <= maxLeftThat && (c.flags&cueWeak == 0 || w.thatNear(last+1, o)) && w.thatClause(last+1, o) {
				// X vowed on Thursday that Tehran would deliver a “crushing”
				// response; X replied in a post on Friday that ..., “but ...”
				return j, last
			}
			lim := maxLeft
			if c.flags&cueWeak != 0 {
				lim = maxLeftWeak
				if endsClause && d <= maxLeft && w.plainStretch(last+1, o) {
					lim = maxLeft
				}
			} else if c.flags&cueFar != 0 {
				lim = maxLeftFar
			}
			if d <= lim {
				return j, last
			}
		}
		n++
	}
	return -1, -1
}

var possPronouns = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// possessorCue finds a noun of speech after a possessive before token o,
// within its clause: “Berg's claims that the border was “wide open”, “her
// remarks about a “sellout””, or a noun of speech with "from" its speaker
// ("warnings from X that ..."). It returns the noun's token and the
// possessor's phrase, or -1.
func (w *work) possessorCue(o, first int) (int, cand) {
	n := 0
	for j := o - 1; j > first && n <= maxLeft; j-- {
		t := w.toks[j]
		if t.q >= 0 {
			return -1, cand{}
		}
		if t.kind == tPunct {
			if ch := w.text[t.start]; ch == ';' || (ch == ':' || ch == ',') && n > 0 {
				return -1, cand{}
			}
			continue
		}
		if t.kind != tWord {
			continue
		}
		n++
		if !t.lower || w.lex(j).bits&wSpeechNoun == 0 {
			continue
		}
		if f := j + 1; f < o && w.isWordOut(f) && w.lowerWord(f) == "from" {
			// warnings from the attorney general that it was “unlawful”
			if a, b := w.chunkForwardRange(f + 1); a <= b && b < o {
				if x := w.analyse(a, b); x.kind == cEnt || x.kind == cName || x.kind == cRole {
					return j, x
				}
			}
			return -1, cand{}
		}
		switch p := w.toks[j-1]; {
		case p.kind == tPoss && p.q < 0 && j >= 2 && w.toks[j-2].kind == tWord:
			a, b := w.chunkAround(j - 2)
			if x := w.analyse(a, b); x.kind == cEnt || x.kind == cName || x.kind == cRole {
				return j, x
			}
			return -1, cand{}
		case w.isWordOut(j - 1):
			if pr := w.lex(j - 1).possPron; pr != "" {
				return j, cand{kind: cPron, pron: pr, a: j - 1, b: j - 1, ent: -1, poss: -1}
			}
		}
	}
	return -1, cand{}
}

// thatNear reports whether "that" follows token a-1 within a few words
// before token o, across no clause: the verb before a takes a that-clause
// (vowed on Thursday that ..., promised in a speech in Oslo that ...).
func (w *work) thatNear(a, o int) bool {
	n := 0
	for i := a; i < o && n < 8; i++ {
		if !w.isWordOut(i) {
			if w.toks[i].kind == tPunct && w.text[w.toks[i].start] != ',' {
				return false
			}
			continue
		}
		if w.lowerWord(i) == "that" {
			return true
		}
		if w.lex(i).bits&wBreak != 0 {
			return false
		}
		n++
	}
	return false
}

// thatClause reports whether tokens [a, o) hold a "that" opening a clause
// that runs to o within maxThatWords words, with no semicolon, colon or
// quotation on the way: the complement of the verb of saying before a. A
// quotation may come before a second complement ("had “entered
// illegally” and that the navy had acted ...").
func (w *work) thatClause(a, o int) bool {
	n := -1 // words since the last "that"
	quoted := false
	for i := a; i < o; i++ {
		t := w.toks[i]
		if t.q >= 0 {
			quoted = true
			continue
		}
		if t.kind == tPunct && (w.text[t.start] == ';' || w.text[t.start] == ':') {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if w.lowerWord(i) == "that" {
			if quoted && !(w.isWordOut(i-1) && w.lowerWord(i-1) == "and") {
				return false
			}
			n, quoted = 0, false
		} else if n >= 0 {
			n++
		}
	}
	return !quoted && n >= 0 && n <= maxThatWords
}

// clauseWords end the stretch of a clause: a cue beyond them belongs to
// another clause.
var clauseBreaks = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true,
	"while": true, "whereas": true, "because": true, "when": true, "if": true, "although": true, "though": true}

// plainStretch reports whether tokens [a, b) run without a clause
// boundary: no comma, dash, colon or semicolon, no relative or
// subordinating word.
func (w *work) plainStretch(a, b int) bool {
	for i := a; i < b; i++ {
		t := w.toks[i]
		if t.q >= 0 {
			return false
		}
		switch t.kind {
		case tPunct:
			switch w.text[t.start] {
			case ',', ';', ':', '(', ')':
				return false
			}
			if w.isDash(i) {
				return false
			}
		case tWord:
			if w.lex(i).bits&wBreak != 0 {
				return false
			}
		}
	}
	return true
}

// endsClause reports whether span k closes its clause: punctuation ends
// the quotation or follows it.
func (w *work) endsClause(k int) bool {
	s := w.spans[k]
	if s.end > s.start {
		switch w.text[s.end-1] {
		case '.', ',', ';', ':', '!', '?':
			return true
		}
	}
	if s.closeLen > 0 && s.end < s.closePos {
		switch w.text[s.end] {
		case '.', ',', ';', ':', '!', '?':
			return true // a “nonstarter,” the stop left inside the marks
		}
	}
	c := w.qtok[k][1]
	if c+1 >= len(w.toks) || w.toks[c+1].sent != w.toks[c].sent {
		return true
	}
	t := w.toks[c+1]
	if t.kind == tPunct {
		switch w.text[t.start] {
		case '.', ',', ';', ':', '!', '?':
			return true
		}
	}
	return false
}

// outerCue returns the cue that reports the clause of the cue at [i, last]
// when that cue's subject is no one named: in "Peskov said European
// leaders accused Russia “every day”", the words are Peskov's. A named
// inner subject ("Peskov said Zelensky called it “theatre”") keeps the
// inner cue.
func (w *work) outerCue(i, last, first int) (int, int) {
	c, _ := w.cueAt(i)
	if c == nil || c.flags&(cuePrep|cuePart) != 0 {
		return i, last
	}
	if i > first && w.isWordOut(i-1) && modals[w.lowerWord(i-1)] {
		// a verb in the future of a reported clause reports nothing:
		// Tusk promised that Poland would respond in a “decisive” way
		for j := i - 2; j >= first; j-- {
			t := w.toks[j]
			if t.q >= 0 || t.kind == tPunct && (w.text[t.start] == ';' || w.text[t.start] == ':') {
				break
			}
			if c2, l2 := w.cueAt(j); c2 != nil && c2.flags&(cuePart|cuePrep) == 0 {
				if c2.flags&cueFar != 0 || w.thatNear(l2+1, i) {
					return j, l2
				}
				break
			}
		}
	}
	if c.flags&cueFar != 0 {
		return i, last
	}
	switch x := w.cueSubject(i, last, 0); x.kind {
	case cEnt, cName, cPron, cGroup:
		return i, last
	case cRole:
		if x.definite && !x.noun.plural {
			return i, last // the spokesman, the ministry
		}
	}
	for j := i - 1; j >= first; j-- {
		t := w.toks[j]
		if t.q >= 0 || t.kind == tPunct && (w.text[t.start] == ';' || w.text[t.start] == ':') {
			break
		}
		if t.kind == tWord && w.lex(j).bits&wBreak != 0 && w.lowerWord(j) != "that" {
			break
		}
		if c2, l2 := w.cueAt(j); c2 != nil && c2.flags&cueFar != 0 && c2.flags&(cuePart|cuePrep) == 0 {
			switch x := w.cueSubject(j, l2, 0); x.kind {
			case cEnt, cName, cPron, cRole:
				return j, l2
			}
			break
		}
	}
	return i, last
}

// modals before a verb mark it as the content of a reported clause.
var modals = map[string]bool{"would": true, "will": true, "could": true, "should": true, "might": true,
	"may": true, "must": true, "can": true, "shall": true}

// rightCue returns the first cue after token c in its sentence, before any
// other quotation or clause of its own ("..., while U.S. officials said"),
// within its distance.
func (w *work) rightCue(c, end int, full bool) (int, int) {
	lim := maxRightPartial
	if full {
		lim = maxRightFull
	}
	n := 0
	// a partial quotation is attributed by a cue after it only across a
	// comma or dash (the deal was a “breakthrough”, Putin said); without
	// one it lies in the cue's own subject (his party's “contract” with
	// voters promises ...)
	sawBreak := full || c > 0 && c < len(w.toks) && w.toks[c].kind == tClose && w.text[w.toks[c].start-1] == ','
	for j := c + 1; j < end && j < len(w.toks); j++ {
		t := w.toks[j]
		if t.q >= 0 {
			if t.kind == tOpen {
				break
			}
			continue
		}
		if t.kind != tWord {
			if t.kind == tPunct && w.text[t.start] == ';' {
				break
			}
			if t.kind == tPunct && (w.text[t.start] == ',' || w.text[t.start] == ':' || w.isDash(j)) {
				sawBreak = true
			}
			continue
		}
		if t.lower {
			switch w.word(j) {
			case "while", "whereas", "although", "though":
				return -1, -1
			}
		}
		if cu, last := w.cueAt(j); cu != nil && !(j > 0 && w.isWordOut(j-1) && (w.lowerWord(j-1) == "who" || w.lowerWord(j-1) == "which")) {
			// (a verb in a relative clause, "who asked not to be named",
			// is not the attribution)
			if !full && cu.flags&cueWeak != 0 && n > maxLeftWeak || !sawBreak {
				return -1, -1
			}
			return j, last
		}
		n++
		if n > lim {
			break
		}
	}
	return -1, -1
}

// genericNaming reports whether the cue at token i is a verb of naming in
// a clause opened by "what", "that" or "which" whose subject is a class
// of people, without determiner or possessor, rather than a speaker: what
// critics call “Bidenomics”, caps that many conservatives now call “too
// generous”. The quotation is the writer's label, not anyone's words.
func (w *work) genericNaming(i int) bool {
	if c, _ := w.cueAt(i); c == nil || c.flags&cueName == 0 {
		return false
	}
	for j, n := i-1, 0; j >= 0 && n <= 3; j, n = j-1, n+1 {
		if !w.isWordOut(j) || w.toks[j].caps && !w.firstWordOfSentence(j) {
			return false
		}
		lw := w.lowerWord(j)
		switch {
		case lw == "what" || lw == "that" || lw == "which":
			return n > 0
		case genericWords[lw]:
		case w.lex(j).bits&(wPronoun|wDet) != 0 || staffNouns[lw]:
			return false // what its sponsors call “junk fees”, what aides call ...: someone's words
		}
	}
	return false
}

// staffNouns speak for someone in particular, even without a determiner:
// what aides call “persuadable” Republicans.
var staffNouns = map[string]bool{"aides": true, "officials": true, "advisers": true, "advisors": true,
	"staffers": true, "spokespeople": true, "strategists": true, "organizers": true, "organisers": true,
	"lawyers": true, "attorneys": true, "prosecutors": true, "investigators": true, "allies": true}

// genericWords may make up or qualify a subject that names no one.
var genericWords = map[string]bool{"some": true, "many": true, "others": true, "most": true,
	"have": true, "has": true, "often": true, "now": true}

// ownedName reports whether the quotation at token o opens with a capital
// right after a name's possessive: the name of its show, plan or book
// (ABC's “This Week”, Trump's “Agenda 47”), not anyone's words.
func (w *work) ownedName(o int) bool {
	if o < 2 || o+1 >= len(w.toks) || w.toks[o-1].kind != tPoss || !w.isNameWord(o-2) {
		return false
	}
	n := o + 1
	return w.toks[n].kind == tWord && w.toks[n].caps
}

// askedAbout reports whether the quotation at token o is the topic of
// the question asked at token i: reporters asked her about the “vibes”.
func (w *work) askedAbout(i, o int) bool {
	switch w.lowerWord(i) {
	case "ask", "asks", "asked", "asking":
	default:
		return false
	}
	p := o - 1
	if w.isDet(p) {
		p--
	}
	return w.isWordOut(p) && w.lowerWord(p) == "about"
}

// capLabel reports whether span k is one capitalised word between "the"
// and a noun: a label, the “Signalgate” scandal, the “Squad” members.
func (w *work) capLabel(k int) bool {
	o, c := w.qtok[k][0], w.qtok[k][1]
	if c != o+2 || !w.toks[o+1].caps || !w.isWordOut(o-1) || w.lowerWord(o-1) != "the" {
		return false
	}
	return w.labelModifier(k)
}

// soCalled reports whether the quotation at token o follows "so-called".
func (w *work) soCalled(o int) bool {
	for j := o - 1; j >= 0 && j >= o-2; j-- {
		if !w.isWordOut(j) {
			continue
		}
		lw := w.word(j)
		return soCalledWords[lw] || (lw == "called" && j > 0 && w.isWordOut(j-1) && w.lowerWord(j-1) == "so")
	}
	return false
}

// soCalledWords distance the writer from the quoted name that follows:
// the so-called “deep state”, a self-styled “patriot”.
var soCalledWords = map[string]bool{"so-called": true, "so‑called": true, "So-called": true, "self-styled": true,
	"self-proclaimed": true, "self-declared": true, "self-described": true, "quote-unquote": true}

// activeWords may stand right before an active verb: "he has often
// mocked", "Trump once called".
var activeWords = map[string]bool{"has": true, "have": true, "had": true, "also": true, "often": true,
	"once": true, "again": true, "even": true, "then": true, "previously": true, "long": true, "later": true,
	"who": true, "and": true}

// nickname reports whether a verb of naming governs the quotation at token
// o in the active voice ("he called Harris “Comrade Kamala”"), so that a
// capitalised quotation is a quoted name rather than a title. In the
// passive (a bill called “...”, an ad dubbed “...”), or after a
// determiner (what they termed the “... Principles”), it names a thing.
func (w *work) nickname(o, first int) bool {
	if w.isDet(o - 1) {
		return false // what they termed the “Camp David Principles”: a thing's name
	}
	n := 0
	for j := o - 1; j >= first && n <= maxLeftWeak; j-- {
		if !w.isWordOut(j) {
			if w.toks[j].q >= 0 || w.toks[j].kind == tPunct && w.text[w.toks[j].start] != '.' {
				return false
			}
			continue
		}
		if c, _ := w.cueAt(j); c != nil {
			if c.flags&cueName == 0 || j == first {
				return false
			}
			p := j - 1
			if !w.isWordOut(p) {
				return false
			}
			e := w.lex(p)
			return e.bits&(wPronoun|wActive) != 0 || strings.HasSuffix(w.lowerWord(p), "ly") ||
				(w.isNameWord(p) && e.bits&wDet == 0)
		}
		n++
	}
	return false
}

// clauseOpeners open a sentence rather than a title.
var clauseOpeners = map[string]bool{"that": true, "this": true, "it": true, "there": true, "here": true,
	"we": true, "i": true, "he": true, "she": true, "they": true, "you": true}

var minor = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true,
	"a": true, "an": true, "to": true, "at": true, "by": true, "with": true, "&": true, "de": true}

// titleLike reports whether span k reads as a name or title: two or more
// words, every one but the minor ones capitalised or a number (the “Camp
// David Principles”, “Project 2025”).
func (w *work) titleLike(k int) bool {
	if o := w.qtok[k][0]; w.text[w.spans[k].end-1] == '.' && o+1 < len(w.toks) && w.toks[o+1].kind == tWord && w.lex(o+1).bits&wOpener != 0 {
		return false // a sentence: “That's on Chuck Schumer.”
	}
	if o := w.qtok[k][0]; o > 0 && w.toks[o-1].kind == tPunct && w.text[w.toks[o-1].start] == ':' {
		return false // said: “...”
	}
	n, caps, digits, shout := 0, 0, 0, true
	for i := w.qtok[k][0]; i <= w.qtok[k][1] && i < len(w.toks); i++ {
		t := w.toks[i]
		if t.kind != tWord {
			continue
		}
		n++
		if t.caps {
			caps++
			if shout && strings.IndexFunc(w.text[t.start:t.end], unicode.IsLower) >= 0 {
				shout = false
			}
		} else if c := w.text[t.start]; c >= '0' && c <= '9' {
			digits++ // Project 2025, Title 42, 60 Minutes
		} else if !minor[w.word(i)] || n == 1 {
			return false
		}
	}
	if shout && caps == n && n >= 2 {
		return false // words in capitals are shouted, not a title: “ELECTION INTERFERENCE”
	}
	return caps >= 2 || caps == 1 && digits > 0
}

// medium finds the channel of the quotation attributed by the cue at
// [i, last]: the addressee of "told", "in a statement", "on X".
func (w *work) medium(i, last int) string {
	c, _ := w.cueAt(i)
	se := w.sents[w.toks[i].sent]
	if c != nil && c.flags&cueTell != 0 {
		a := last + 1
		b := a
		for b < se.end && b < a+6 && w.isWordOut(b) {
			lw := w.lowerWord(b)
			switch lw {
			case "that", "on", "in", "at", "after", "before", "during", "following", "about", "as", "when", "while", "of", "aboard", "outside", "inside", "from", "near", "by", "with", "for", "ahead":
				goto done
			}
			// the addressee ends where a clause begins: told Reuters the talks ...
			if b > a && w.lex(b).bits&(wPronoun|wAux|wDet) != 0 {
				break
			}
			b++
		}
	done:
		if b > a {
			return w.text[w.toks[a].start:w.toks[b-1].end]
		}
	}
	find := func(from, to int) string {
		for j := from; j < to; j++ {
			if !w.isWordOut(j) {
				continue
			}
			switch w.lowerWord(j) {
			case "in", "on", "at", "via", "through":
			case "per", "according":
				if j+1 < to && w.isWordOut(j+1) {
					n := j + 1
					if w.lowerWord(j) == "according" {
						if w.lowerWord(n) != "to" {
							continue
						}
						n++
					}
					b := n
					for b+1 < to && b < n+4 && (w.isWordOut(b+1) || w.toks[b+1].kind == tPoss) {
						b++
					}
					if w.isWordOut(n) {
						return w.text[w.toks[n].start:w.toks[b].end]
					}
				}
				continue
			default:
				continue
			}
			a := j + 1
			for a < to && w.isDet(a) {
				a++
			}
			for b := a; b < to && b < a+4 && w.isWordOut(b); b++ {
				t := w.word(b)
				if w.lx.media[t] {
					// a platform's name runs on: Truth Social
					for b+1 < to && (w.toks[b].caps && w.isNameWord(b+1) || w.isWordOut(b+1) && w.lx.media[w.word(b+1)]) {
						b++ // and a medium's kind: a television interview
					}
					return w.text[w.toks[a].start:w.toks[b].end]
				}
			}
		}
		return ""
	}
	if m := find(last+1, se.end); m != "" {
		return m
	}
	return find(se.first, i)
}

// nearSpeaker attributes a quotation ending in a comma but followed by no
// cue to the first person or organisation named in the few words after it.
func (w *work) nearSpeaker(c, end int) (result, bool) {
	n := 0
	for j := c + 1; j < end && n < 8; j++ {
		if !w.isWordOut(j) {
			continue
		}
		n++
		if n, ok := w.nounAt(j); ok && n.class == nounPerson && w.toks[j].lower {
			a, b := w.chunkAround(j)
			spk, weak := w.resolve(w.analyse(a, b), int(w.toks[j].start), w.sents[w.toks[j].sent].para)
			return result{ok: true, spk: spk, weak: weak}, true
		}
		if m := w.mentionAt(int(w.toks[j].start)); m >= 0 {
			e := w.ments[m].ent
			if k := w.d.Entities[e].Kind; k == axis.EntityPerson || k == axis.EntityOrganization {
				return result{ok: true, spk: w.entSpeaker(e, w.sents[w.toks[j].sent].para)}, true
			}
		}
	}
	return result{}, false
}

var clauseWords = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "they": true,
	"it": true, "is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "must": true,
	"can": true, "cannot": true, "not": true, "never": true, "should": true, "have": true, "has": true,
	"i'm": true, "i’m": true, "we're": true, "we’re": true, "won't": true, "won’t": true, "can't": true, "can’t": true}

// clauseLike reports whether span k reads as a clause rather than a label.
func (w *work) clauseLike(k int) bool {
	for i := w.qtok[k][0]; i <= w.qtok[k][1] && i < len(w.toks); i++ {
		if w.toks[i].kind == tWord && clauseWords[strings.ToLower(w.word(i))] {
			return true
		}
	}
	return false
}
