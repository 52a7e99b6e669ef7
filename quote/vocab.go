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
	// byKey tells, for the key of a speaker noun, the lengths and first
	// bytes of the token texts whose entry is one of its forms.
	byKey map[string]*textFilter
}

// textFilter is a set of texts seen only by length and first byte: may
// answers true for every text of the set, and for some others.
type textFilter struct {
	lens  [2]uint64 // lengths below 128
	long  bool      // a text of 128 bytes or more
	first [4]uint64
}

func (f *textFilter) add(s string) {
	if len(s) >= 128 {
		f.long = true
	} else {
		f.lens[len(s)/64] |= 1 << (len(s) % 64)
	}
	if s != "" {
		f.first[s[0]/64] |= 1 << (s[0] % 64)
	}
}

// may reports whether s may be in the set.
func (f *textFilter) may(s string) bool {
	if len(s) >= 128 {
		return f.long
	}
	return f.lens[len(s)/64]&(1<<(len(s)%64)) != 0 && (s == "" || f.first[s[0]/64]&(1<<(s[0]%64)) != 0)
}

// wordTable maps words to entries by open addressing over a hash of
// their length and first and last eight bytes: a slot of 16 bytes holds
// the length, the first eight bytes and the entry, so that only a word
// longer than eight bytes reads its key. A bit set over the hashes turns
// most words of a text, which the table does not hold, away at once.
// Small, it stays in the cache between documents better than a map.
type wordTable struct {
	slots []wordSlot
	keys  []string // by slot: the keys longer than eight bytes
	shift uint
	seen  []uint64 // bit h%len(seen)*64 for the hash h of every key
}

// wordSlot is a slot of a wordTable; n 0 is an empty one.
type wordSlot struct {
	head   uint64 // the first eight bytes, zero beyond the word
	n, ent int32
}

// newWordTable returns the table of m.
func newWordTable(m map[string]int32) wordTable {
	bits := uint(1)
	for 1<<bits < 3*len(m)/2 {
		bits++
	}
	t := wordTable{slots: make([]wordSlot, 1<<bits), keys: make([]string, 1<<bits), shift: 64 - bits,
		seen: make([]uint64, max(16, 1<<bits/4))}
	for k, v := range m {
		if k == "" {
			continue // no token is empty
		}
		head, h := wordKey(k)
		t.seen[h/64%uint64(len(t.seen))] |= 1 << (h % 64)
		i := h >> t.shift
		for t.slots[i].n != 0 {
			i = (i + 1) & (1<<bits - 1)
		}
		t.slots[i] = wordSlot{head: head, n: int32(len(k)), ent: v}
		if len(k) > 8 {
			t.keys[i] = k
		}
	}
	return t
}

// get returns the entry of s, whose head and hash are given by wordKey.
func (t *wordTable) get(s string, head, h uint64) (int32, bool) {
	if t.seen[h/64%uint64(len(t.seen))]&(1<<(h%64)) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			return 0, false
		}
		if int(sl.n) == len(s) && sl.head == head && (len(s) <= 8 || t.keys[i] == s) {
			return sl.ent, true
		}
	}
}

// wordKey returns the first eight bytes of s (zero beyond it) and the
// hash of its length and first and last eight bytes.
func wordKey(s string) (head, h uint64) {
	for k := 0; k < len(s) && k < 8; k++ {
		head |= uint64(s[k]) << (8 * k)
	}
	var b uint64
	if len(s) > 8 {
		b = load8(s[len(s)-8:])
	}
	return head, mixHash(head, b, len(s))
}

// textKey is wordKey(text[start:end]), reading eight bytes at a time
// where the text allows.
func textKey(text string, start, end int) (head, h uint64) {
	n := end - start
	if start+8 > len(text) {
		return wordKey(text[start:end])
	}
	head = load8(text[start : start+8])
	var b uint64
	if n < 8 {
		head &= 1<<(8*n) - 1
	} else if n > 8 {
		b = load8(text[end-8 : end])
	}
	return head, mixHash(head, b, n)
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
	v.byKey = map[string]*textFilter{}
	for _, m := range []map[string]int32{lower, upper} {
		for text, k := range m {
			if e := &v.entries[k]; e.isNoun {
				f := v.byKey[e.noun.key]
				if f == nil {
					f = &textFilter{}
					v.byKey[e.noun.key] = f
				}
				f.add(text)
			}
		}
	}
	return v
}
