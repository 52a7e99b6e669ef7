package event

// Word classes: the sets of words the coder asks about, as bits of each
// token (tok.cls), so that a question costs a mask instead of a map lookup.
// Their words are numbered in the pattern vocabulary with the patterns'
// words; Patterns.class holds the bits of each id.
type class uint32 // 29 classes

const (
	clsTitle class = 1 << iota
	clsAppos
	clsDeterminer
	clsNounMod
	clsClauseStop
	clsLocPrep
	clsStative
	clsBe
	clsReport
	clsHeadNoun
	clsPrep
	clsCoordGlue
	clsLight
	clsClauseBreak
	clsGroupNoun
	clsVenueNoun
	clsNegator
	clsFuture
	clsHypo
	clsDeny
	clsIntend
	clsDeliberate
	clsTreatyHead
	clsPronoun
	clsNumber
	clsAdjunct
	clsTrigger // the first word of a pattern
	clsMode    // a cue of a mode (mode.go)
	clsContext // a cue of a context (mode.go)
)

// classWords lists the words of each class.
func classWords() []struct {
	c     class
	words []string
} {
	keys := func(m map[string]bool) []string {
		out := make([]string, 0, len(m))
		for w := range m {
			out = append(out, w)
		}
		return out
	}
	var pron, num []string
	for w := range pronouns {
		pron = append(pron, w)
	}
	for w := range numberWords {
		num = append(num, w)
	}
	return []struct {
		c     class
		words []string
	}{
		{clsTitle, keys(titleWords)}, {clsAppos, keys(apposWords)}, {clsDeterminer, keys(determiners)},
		{clsNounMod, keys(nounMods)}, {clsClauseStop, keys(clauseStop)}, {clsLocPrep, keys(locPreps)},
		{clsStative, keys(stative)}, {clsBe, keys(beForms)}, {clsReport, keys(reportVerbs)},
		{clsHeadNoun, keys(headNouns)}, {clsPrep, keys(prepositions)}, {clsCoordGlue, keys(coordGlue)},
		{clsLight, keys(lightVerbs)}, {clsClauseBreak, keys(clauseBreaks)}, {clsGroupNoun, keys(groupNouns)},
		{clsVenueNoun, keys(venueNouns)}, {clsNegator, keys(negators)}, {clsFuture, keys(futureCues)},
		{clsHypo, keys(hypoCues)}, {clsDeny, keys(denyCues)}, {clsIntend, keys(intendCues)},
		{clsDeliberate, keys(deliberateCues)}, {clsTreatyHead, keys(treatyHeads)}, {clsPronoun, pron},
		{clsNumber, num}, {clsAdjunct, keys(adjunctPreps)},
	}
}

// addClasses numbers the words of the classes and records their bits.
func (ps *Patterns) addClasses() {
	for _, cw := range classWords() {
		for _, w := range cw.words {
			id := ps.intern(w)
			for len(ps.class) <= int(id) {
				ps.class = append(ps.class, 0)
			}
			ps.class[id] |= cw.c
		}
	}
	for len(ps.byID) <= len(ps.vocab) {
		ps.byID = append(ps.byID, nil)
	}
}

// classOf returns the classes of the word with id.
func (ps *Patterns) classOf(id int32) class {
	if int(id) < len(ps.class) {
		return ps.class[id]
	}
	return 0
}

// is reports whether token i is a word of class cl.
func (c *coder) is(i int, cl class) bool { return c.toks[i].cls&cl != 0 }
