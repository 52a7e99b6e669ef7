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
	lower, upper wordTable
}

// wordTable maps words to entries: open addressing over a hash of the
// first and last eight bytes and the length, cheaper than a map for the
// short words of a text, most of which it does not hold.
type wordTable struct {
	keys  []string
	vals  []int32 // entry + 1; 0 for an empty slot
	shift uint
}

// newWordTable returns the table of m.
func newWordTable(m map[string]int32) wordTable {
	bits := uint(1)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := wordTable{keys: make([]string, 1<<bits), vals: make([]int32, 1<<bits), shift: 64 - bits}
	for k, v := range m {
		i := wordHash(k) >> t.shift
		for t.vals[i] != 0 {
			i = (i + 1) & (1<<bits - 1)
		}
		t.keys[i], t.vals[i] = k, v+1
	}
	return t
}

// get returns the entry of s, whose wordHash is h.
func (t *wordTable) get(s string, h uint64) (int32, bool) {
	mask := uint64(len(t.vals) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch v := t.vals[i]; {
		case v == 0:
			return 0, false
		case t.keys[i] == s:
			return v - 1, true
		}
	}
}

// wordHash hashes s by its length and its first and last eight bytes.
func wordHash(s string) uint64 {
	var a, b uint64
	for k := 0; k < len(s) && k < 8; k++ {
		a |= uint64(s[k]) << (8 * k)
	}
	if len(s) > 8 {
		b = load8(s[len(s)-8:])
	}
	return mixHash(a, b, len(s))
}

// textHash is wordHash(text[start:end]), reading eight bytes at a time
// where the text allows.
func textHash(text string, start, end int) uint64 {
	n := end - start
	if start+8 > len(text) {
		return wordHash(text[start:end])
	}
	a := load8(text[start : start+8])
	var b uint64
	if n < 8 {
		a &= 1<<(8*n) - 1
	} else if n > 8 {
		b = load8(text[end-8 : end])
	}
	return mixHash(a, b, n)
}

func mixHash(a, b uint64, n int) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ (b+uint64(n))*0xc2b2ae3d27d4eb4f
	return (h ^ h>>29) * 0xbf58476d1ce4e5b9
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
	lower, upper := map[string]int32{}, map[string]int32{}
	v := &vocab{}
	id := func(w string) int32 {
		if k, ok := lower[w]; ok {
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
		lower[w] = k
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
		upper[f] = lower[w]
	}
	for w, k := range lower {
		if _, ok := lx.fold[w]; !ok {
			upper[w] = k
		}
	}
	v.lower, v.upper = newWordTable(lower), newWordTable(upper)
	return v
}
