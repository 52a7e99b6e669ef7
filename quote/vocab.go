package quote

// Word classes: bits of lexEntry.bits, one for each word list the stage
// consults with a word in lower case (see lowerWord).
const (
	wPronoun    = 1 << iota // pronouns
	wDet                    // dets
	wParticle               // particles
	wIntro                  // introWords
	wAux                    // auxWords
	wMinor                  // minor
	wClause                 // clauseWords
	wBreak                  // clauseBreaks
	wActive                 // activeWords
	wOpener                 // clauseOpeners
	wSubjPrep               // subjectPreps
	wWh                     // whWords
	wRolePrep               // rolePreps
	wPassive                // passiveAux
	wSpeechNoun             // a one-word cue that may be a noun (nounOfSpeech)
)

// wordLists are the word lists of the classes above.
var wordLists = []struct {
	bit   uint32
	words map[string]bool
}{
	{wPronoun, pronouns}, {wDet, dets}, {wParticle, particles}, {wIntro, introWords}, {wAux, auxWords},
	{wMinor, minor}, {wClause, clauseWords}, {wBreak, clauseBreaks}, {wActive, activeWords},
	{wOpener, clauseOpeners}, {wSubjPrep, subjectPreps}, {wWh, whWords}, {wRolePrep, rolePreps},
	{wPassive, passiveAux},
}

// lexEntry is what the stage knows of one word in lower case: the lists
// it is in, its cues and its speaker noun. A token finds its entry once
// (work.lex) instead of looking its lower-case form up in every list.
type lexEntry struct {
	lower    string
	bits     uint32
	cues     []cue
	noun     noun
	isNoun   bool
	office   string // officeMods
	possPron string // possPronouns
}

// vocab indexes the entries of a lexicon by the text of a token.
type vocab struct {
	entries []lexEntry
	// lower maps a word without upper-case letters to its entry; upper
	// maps any other token text to the entry of its lower-case form as
	// lowerWord finds it (Lexicon.fold), or of itself.
	lower, upper map[string]int32
}

// noEntry is the entry of a word in no list.
var noEntry lexEntry

// vocab returns the compiled vocabulary of lx, building it on first use
// after a Load.
func (lx *Lexicon) vocab() *vocab {
	if v := lx.voc.Load(); v != nil {
		return v
	}
	lx.vocMu.Lock()
	defer lx.vocMu.Unlock()
	if v := lx.voc.Load(); v != nil {
		return v
	}
	v := lx.compile()
	lx.voc.Store(v)
	return v
}

// compile builds the vocabulary of lx: an entry for every word of a list,
// a cue's first word, a noun and a lower-case form of fold.
func (lx *Lexicon) compile() *vocab {
	v := &vocab{lower: map[string]int32{}, upper: map[string]int32{}}
	id := func(w string) int32 {
		if k, ok := v.lower[w]; ok {
			return k
		}
		e := lexEntry{lower: w, cues: lx.cues[w]}
		for _, l := range wordLists {
			if l.words[w] {
				e.bits |= l.bit
			}
		}
		e.noun, e.isNoun = lx.nouns[w]
		e.office = officeMods[w]
		e.possPron = possPronouns[w]
		for _, c := range e.cues {
			if len(c.rest) == 0 && c.flags&(cuePrep|cuePart) == 0 || c.flags&cuePoss != 0 {
				e.bits |= wSpeechNoun
			}
		}
		k := int32(len(v.entries))
		v.entries = append(v.entries, e)
		v.lower[w] = k
		return k
	}
	for _, l := range wordLists {
		for w := range l.words {
			id(w)
		}
	}
	for w := range lx.cues {
		id(w)
	}
	for w := range lx.nouns {
		id(w)
	}
	for w := range officeMods {
		id(w)
	}
	for w := range possPronouns {
		id(w)
	}
	for _, w := range lx.fold {
		id(w)
	}
	for f, w := range lx.fold {
		v.upper[f] = v.lower[w]
	}
	for w, k := range v.lower {
		if _, ok := lx.fold[w]; !ok {
			v.upper[w] = k
		}
	}
	return v
}
