package entity

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// lexicon is the pattern data of entity/data: role words, verbs of speech,
// stop words, given names, place and organisation head words and places.
type lexicon struct {
	role       map[string]uint8 // roleLeader, roleTitle, roleModifier, roleHonorific
	speech     map[string]bool
	stop       map[string]bool // every stop word
	function   map[string]bool // the [function] stop words
	given      map[string]bool
	common     map[string]bool // surnames that are common words: see data/commonwords.txt
	weakCap    map[string]bool // capitals needing support, folded phrases: see data/weakcapitals.txt
	locAfter   map[string]bool
	locBefore  map[string]bool // first word of a "Gulf of", "Lake", "Camp" opener; see locBefore2
	locBefore2 map[string]bool // "gulf of" as "gulf of"
	orgHead    map[string]string
	localHead  map[string]bool // org heads of other languages: see data/orgheads.txt
	instrument map[string]bool // "statute", "accords": see data/instruments.txt
	usState    map[string]bool // "georgia", "ga", "new york", "ny": see data/usstates.txt
	// credit lines (data/credits.txt), as folded phrases: openers and inner phrases
	creditOpen, creditIn map[string]bool
	creditFirst          map[string]bool // first word of every phrase
	places               []place
}

// Role classes of role words.
const (
	roleNone uint8 = iota
	roleModifier
	roleTitle
	roleLeader
	roleHonorific
)

type place struct {
	name, country string
}

// lineErr is a malformed line of a data file.
func lineErr(file string, line int, msg string) error {
	return fmt.Errorf("%s:%d: %s", file, line, msg)
}

// eachLine calls fn with every non-blank, non-comment line of a file and
// its line number.
func eachLine(fsys fs.FS, name string, fn func(line string, n int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimRight(sc.Text(), "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// wordSet reads a file of one lower-case word a line, refusing duplicates.
func wordSet(fsys fs.FS, name string) (map[string]bool, error) {
	m := map[string]bool{}
	err := eachLine(fsys, name, func(line string, n int) error {
		if strings.ToLower(line) != line {
			return lineErr(name, n, fmt.Sprintf("%q: want lower case", line))
		}
		if m[line] {
			return lineErr(name, n, fmt.Sprintf("duplicate %q", line))
		}
		m[line] = true
		return nil
	})
	return m, err
}

// loadLexicon reads the pattern data files of fsys (rooted like data/).
func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{role: map[string]uint8{}, locAfter: map[string]bool{}, locBefore: map[string]bool{},
		locBefore2: map[string]bool{}, orgHead: map[string]string{}, localHead: map[string]bool{}}
	var err error
	if lx.speech, err = wordSet(fsys, "data/speech.txt"); err != nil {
		return nil, err
	}
	lx.stop, lx.function = map[string]bool{}, map[string]bool{}
	inFunction := false
	err = eachLine(fsys, "data/stopwords.txt", func(line string, n int) error {
		switch line {
		case "[function]":
			inFunction = true
			return nil
		case "[noun]":
			inFunction = false
			return nil
		}
		if strings.ToLower(line) != line {
			return lineErr("data/stopwords.txt", n, fmt.Sprintf("%q: want lower case", line))
		}
		if lx.stop[line] {
			return lineErr("data/stopwords.txt", n, fmt.Sprintf("duplicate %q", line))
		}
		lx.stop[line] = true
		lx.function[line] = inFunction
		return nil
	})
	if err != nil {
		return nil, err
	}
	if lx.common, err = wordSet(fsys, "data/commonwords.txt"); err != nil {
		return nil, err
	}
	if lx.weakCap, err = wordSet(fsys, "data/weakcapitals.txt"); err != nil {
		return nil, err
	}
	if lx.given, err = wordSet(fsys, "data/givennames.txt"); err != nil {
		return nil, err
	}
	if lx.instrument, err = wordSet(fsys, "data/instruments.txt"); err != nil {
		return nil, err
	}
	lx.creditOpen, lx.creditIn, lx.creditFirst = map[string]bool{}, map[string]bool{}, map[string]bool{}
	var credits map[string]bool
	err = eachLine(fsys, "data/credits.txt", func(line string, n int) error {
		switch line {
		case "[open]":
			credits = lx.creditOpen
			return nil
		case "[contains]":
			credits = lx.creditIn
			return nil
		}
		if strings.HasPrefix(line, "[") {
			return lineErr("data/credits.txt", n, "unknown section "+line)
		}
		if credits == nil {
			return lineErr("data/credits.txt", n, "phrase before any [section]")
		}
		ks := foldPhrase(line)
		if strings.ToLower(line) != line || len(ks) == 0 {
			return lineErr("data/credits.txt", n, fmt.Sprintf("%q: want a lower-case phrase", line))
		}
		key := strings.Join(ks, " ")
		if credits[key] {
			return lineErr("data/credits.txt", n, fmt.Sprintf("duplicate %q", line))
		}
		credits[key] = true
		lx.creditFirst[ks[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.usState = map[string]bool{}
	err = eachLine(fsys, "data/usstates.txt", func(line string, n int) error {
		name, abbr, ok := strings.Cut(line, "\t")
		if !ok || name == "" || abbr == "" {
			return lineErr("data/usstates.txt", n, "want name<TAB>abbreviation (or - for none)")
		}
		for _, v := range []string{name, abbr} {
			if v == "-" {
				continue
			}
			key := stateKey(v)
			if lx.usState[key] {
				return lineErr("data/usstates.txt", n, fmt.Sprintf("duplicate %q", v))
			}
			lx.usState[key] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// roles.txt: sections
	section := uint8(0)
	sections := map[string]uint8{"[leader]": roleLeader, "[title]": roleTitle, "[modifier]": roleModifier, "[honorific]": roleHonorific}
	err = eachLine(fsys, "data/roles.txt", func(line string, n int) error {
		if strings.HasPrefix(line, "[") {
			s, ok := sections[line]
			if !ok {
				return lineErr("data/roles.txt", n, "unknown section "+line)
			}
			section = s
			return nil
		}
		if section == 0 {
			return lineErr("data/roles.txt", n, "word before any [section]")
		}
		if strings.ToLower(line) != line {
			return lineErr("data/roles.txt", n, fmt.Sprintf("%q: want lower case", line))
		}
		key := strings.Join(foldPhrase(line), " ")
		if old, ok := lx.role[key]; ok && old == section {
			return lineErr("data/roles.txt", n, fmt.Sprintf("duplicate %q", line))
		}
		// a word listed as title and modifier keeps its strongest class
		if section > lx.role[key] {
			lx.role[key] = section
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var after bool
	err = eachLine(fsys, "data/locheads.txt", func(line string, n int) error {
		switch line {
		case "[after]":
			after = true
			return nil
		case "[before]":
			after = false
			return nil
		}
		if after {
			if lx.locAfter[line] {
				return lineErr("data/locheads.txt", n, fmt.Sprintf("duplicate %q", line))
			}
			lx.locAfter[line] = true
			return nil
		}
		ws := strings.Fields(line)
		lx.locBefore[ws[0]] = true
		lx.locBefore2[line] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(fsys, "data/orgheads.txt", func(line string, n int) error {
		w, kind, ok := strings.Cut(line, "\t")
		kind, flag, local := strings.Cut(kind, "\t")
		if !ok || w == "" || kind == "" || local && flag != "local" {
			return lineErr("data/orgheads.txt", n, "want word<TAB>kind[<TAB>local]")
		}
		if local {
			lx.localHead[w] = true
		}
		if _, dup := lx.orgHead[w]; dup {
			return lineErr("data/orgheads.txt", n, fmt.Sprintf("duplicate %q", w))
		}
		lx.orgHead[w] = kind
		return nil
	})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	err = eachLine(fsys, "data/places.txt", func(line string, n int) error {
		name, c, ok := strings.Cut(line, "\t")
		name, c = strings.TrimSpace(name), strings.TrimSpace(c)
		if !ok || name == "" || c == "" {
			return lineErr("data/places.txt", n, "want name<TAB>country (or - for none)")
		}
		if c == "-" {
			c = ""
		} else if len(c) != 3 || strings.ToUpper(c) != c {
			return lineErr("data/places.txt", n, fmt.Sprintf("bad country code %q", c))
		}
		if seen[name] {
			return lineErr("data/places.txt", n, fmt.Sprintf("duplicate %q", name))
		}
		seen[name] = true
		lx.places = append(lx.places, place{name, c})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// stateKey folds a state's name or abbreviation into its key: words
// without dots, joined by a space ("N.Y." → "ny", "W.Va." → "w va").
func stateKey(s string) string {
	var ks []string
	for _, k := range foldPhrase(s) {
		if k != "." {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// isLeader reports whether a role names a head of state or government.
func (lx *lexicon) isLeader(role string) bool {
	if it, ok := newASCIIKeys(role); ok {
		var pair [97]byte
		prev := 0
		for k := it.next(); k != nil; k = it.next() {
			if lx.role[string(k)] == roleLeader {
				return true
			}
			if prev > 0 {
				n := copy(pair[prev+1:], k)
				if lx.role[string(pair[:prev+1+n])] == roleLeader {
					return true
				}
			}
			prev = copy(pair[:48], k)
			pair[prev] = ' '
		}
		if it.i >= len(role) {
			return false
		}
	}
	ws := foldPhrase(role)
	for i := range ws {
		if lx.role[ws[i]] == roleLeader {
			return true
		}
		if i+1 < len(ws) && lx.role[ws[i]+" "+ws[i+1]] == roleLeader {
			return true
		}
	}
	return false
}

// Lexicon flags of a word.
const (
	fFunction uint32 = 1 << iota
	fStop
	fGiven
	fSpeech
	fLocAfter
	fOrgHead
	fRole
	fCreditFirst  // first word of a credit phrase
	fOrgConnector // orgConnectors
	fParticle     // particles
	fThe          // "the", which opens title references ("the minister")
	fNorthSouth   // "north", "south" (northSouth)
	fHead         // a surname of kbIndex.head
	fStart        // a word some name of the matcher starts with
)

// roleShift places a word's role class (lexicon.role) in its flags.
const roleShift = 24

type wordInfo struct {
	vid   int32
	flags uint32 // lexicon flags, role class << roleShift
}

// buildInfo merges the matcher's vocabulary, the lexicon's word lists and
// the surnames of the KB index's heads.
func buildInfo(m *matcher, lx *lexicon, kbx *kbIndex) map[string]wordInfo {
	info := make(map[string]wordInfo, len(m.vocab)+len(lx.stop)+len(lx.given))
	get := func(k string) wordInfo {
		if w, ok := info[k]; ok {
			return w
		}
		return wordInfo{vid: -1}
	}
	for k, id := range m.vocab {
		w := get(k)
		w.vid = id
		if m.root[id] != 0 {
			w.flags |= fStart
		}
		info[k] = w
	}
	set := func(words map[string]bool, f uint32) {
		for k, ok := range words {
			if ok {
				w := get(k)
				w.flags |= f
				info[k] = w
			}
		}
	}
	set(lx.function, fFunction)
	set(lx.stop, fStop)
	set(lx.given, fGiven)
	set(lx.speech, fSpeech)
	set(lx.locAfter, fLocAfter)
	set(lx.creditFirst, fCreditFirst)
	set(orgConnectors, fOrgConnector)
	set(particles, fParticle)
	set(map[string]bool{"the": true}, fThe)
	set(map[string]bool{"north": true, "south": true}, fNorthSouth)
	for k := range kbx.head {
		w := get(k)
		w.flags |= fHead
		info[k] = w
	}
	for k := range lx.orgHead {
		w := get(k)
		w.flags |= fOrgHead
		info[k] = w
	}
	for k, c := range lx.role {
		if c != roleNone {
			w := get(k)
			w.flags |= fRole | uint32(c)<<roleShift
			info[k] = w
		}
	}
	return info
}

// infoTable is a read-only open-addressing hash table over the merged
// vocabulary: newRun looks every token up in it. A slot of sixteen bytes
// holds a key's first eight bytes and, for a key of eight bytes or less
// (most words), its length, vocabulary id and flags, so that a word found
// costs one cache line; a longer key's slot points at an entry holding the
// rest of it, packed in one string. A filter of 8 KB turns most words the
// vocabulary lacks away before the slots. The lexer hashes a word eight
// bytes at a time as it reads it (see keyHash).
type infoTable struct {
	mask  uint32
	slots []infoSlot
	long  []infoEntry
	keys  string
	// filter has the bit of every key's hash set (see filterBit): it stays
	// in the nearest cache, which other stages' data evicts the slots from.
	filter [1 << 10]uint64
}

// filterBit returns the word and bit of hash h in infoTable.filter: bits
// the slot index does not use.
func filterBit(h uint32) (uint32, uint64) { return h >> 22, 1 << (h >> 16 & 63) }

// infoSlot is one key: head its first eight bytes (little-endian,
// zero-padded); meta its length in the low byte (metaLong for longer keys,
// 0 for an empty slot), 1 + its vocabulary id (for a longer key, its entry
// number) in the next 24 bits, its flags in the high 32.
type infoSlot struct {
	head, meta uint64
}

const metaLong = 0xff

// infoEntry is a key longer than eight bytes: keys[off:off+n-8] holds the
// bytes after its first eight.
type infoEntry struct {
	off   uint32
	n     uint32
	vid   int32
	flags uint32
}

// The hash of a key takes its bytes eight at a time, little-endian: every
// full chunk, then the last one, partial and zero-padded (empty when the
// length is a multiple of eight).
const (
	hashMul1 = 0x9e3779b97f4a7c15
	hashMul2 = 0xd6e8feb86659fd93
)

// hashStep adds chunk c to hash state h.
func hashStep(h, c uint64) uint64 { return (h ^ c) * hashMul1 }

// hashEnd returns the table hash of the state h of a key of n bytes.
func hashEnd(h uint64, n int) uint32 {
	h ^= uint64(n)
	h ^= h >> 32
	h *= hashMul2
	h ^= h >> 29
	return uint32(h)
}

// chunkAt returns up to eight bytes of k from i on, little-endian,
// zero-padded.
func chunkAt[K string | []byte](k K, i int) uint64 {
	var c uint64
	for j := min(len(k), i+8) - 1; j >= i; j-- {
		c = c<<8 | uint64(k[j])
	}
	return c
}

// keyHash returns the table hash of k and its head (first chunk).
func keyHash[K string | []byte](k K) (uint32, uint64) {
	var h uint64
	i := 0
	for ; i+8 <= len(k); i += 8 {
		h = hashStep(h, chunkAt(k, i))
	}
	h = hashStep(h, chunkAt(k, i))
	return hashEnd(h, len(k)), chunkAt(k, 0)
}

func newInfoTable(info map[string]wordInfo) *infoTable {
	n := uint32(16)
	for n < uint32(len(info))*2 {
		n <<= 1
	}
	ks := make([]string, 0, len(info))
	for k := range info {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var b strings.Builder
	t := &infoTable{mask: n - 1, slots: make([]infoSlot, n)}
	for _, k := range ks {
		w := info[k]
		if len(k) == 0 || len(k) >= 1<<31 || w.vid+1 >= 1<<24 || len(t.long) >= 1<<24-1 {
			panic("entity: vocabulary too large")
		}
		h, head := keyHash(k)
		fw, bit := filterBit(h)
		t.filter[fw] |= bit
		meta := uint64(len(k)) | uint64(w.vid+1)<<8 | uint64(w.flags)<<32
		if len(k) > 8 {
			t.long = append(t.long, infoEntry{off: uint32(b.Len()), n: uint32(len(k)), vid: w.vid, flags: w.flags})
			b.WriteString(k[8:])
			meta = metaLong | uint64(len(t.long))<<8
		}
		for i := h & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].meta == 0 {
				t.slots[i] = infoSlot{head: head, meta: meta}
				break
			}
		}
	}
	t.keys = b.String()
	return t
}

// get reports the entry for k, if any.
func (t *infoTable) get(k string) (wordInfo, bool) {
	h, head := keyHash(k)
	rest := ""
	if len(k) > 8 {
		rest = k[8:]
	}
	vid, flags, ok := infoFind(t, h, head, len(k), rest)
	return wordInfo{vid: vid, flags: flags}, ok
}

// infoFind returns the vocabulary id and flags of the key of n bytes whose
// hash is h, whose first eight bytes are head and whose bytes past eight
// are rest, and whether it is there (else -1, 0).
func infoFind[K string | []byte](t *infoTable, h uint32, head uint64, n int, rest K) (int32, uint32, bool) {
	if fw, bit := filterBit(h); t.filter[fw]&bit == 0 {
		return -1, 0, false
	}
	want := uint64(n)
	if n > 8 {
		want = metaLong
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.head == head && s.meta&0xff == want {
			if n <= 8 {
				return int32(s.meta>>8&(1<<24-1)) - 1, uint32(s.meta >> 32), true
			}
			e := &t.long[s.meta>>8&(1<<24-1)-1]
			if int(e.n) == n && t.keys[e.off:e.off+uint32(n-8)] == string(rest) {
				return e.vid, e.flags, true
			}
		}
		if s.meta == 0 {
			return -1, 0, false
		}
	}
}
