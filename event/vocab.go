package event

import "math/bits"

// The vocabulary's look-up table. Every word of a sentence is looked up,
// so a word of up to 15 bytes is read as a key of two machine words (its
// bytes and its length), hashed and compared without touching a string;
// longer words are few and go to a map.

// key is a word of up to maxPacked bytes packed in two words: its bytes
// in order, zero-padded, and its length in the top byte of k1.
type key struct{ k0, k1 uint64 }

// maxPacked is the length of the longest word a key holds.
const maxPacked = 15

// load8 returns the 8 bytes of s from i, the first in the low byte.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// packAt returns the key of text[i:i+n], n <= maxPacked.
func packAt(text string, i, n int) key {
	var k0, k1 uint64
	if i+16 <= len(text) {
		k0, k1 = load8(text, i), load8(text, i+8)
		if n < 8 {
			k0 &= 1<<(8*n) - 1
			k1 = 0
		} else {
			k1 &= 1<<(8*(n-8)) - 1
		}
	} else {
		for k := 0; k < n; k++ {
			if k < 8 {
				k0 |= uint64(text[i+k]) << (8 * k)
			} else {
				k1 |= uint64(text[i+k]) << (8 * (k - 8))
			}
		}
	}
	return key{k0, k1 | uint64(n)<<56}
}

// pack returns the key of w, len(w) <= maxPacked.
func pack(w string) key { return packAt(w, 0, len(w)) }

const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
)

// lower reports whether the bytes of k are ASCII without capitals.
func (k key) lower() bool {
	return (k.k0|k.k1)&high == 0 && !k.upper()
}

// upper reports whether k, of ASCII bytes, has a capital.
func (k key) upper() bool {
	// a byte b < 0x80 is a capital when b+0x3f has its high bit and
	// b+0x25 has not
	return ((k.k0+ones*(0x80-'A'))&^(k.k0+ones*(0x80-'Z'-1))|(k.k1+ones*(0x80-'A'))&^(k.k1+ones*(0x80-'Z'-1)))&high != 0
}

// hash mixes the two words of k.
func (k key) hash() uint32 {
	hi, lo := bits.Mul64(k.k0^0x9e3779b97f4a7c15, k.k1^0xbf58476d1ce4e5b9)
	return uint32(hi ^ lo)
}

// vocabSlot is one word of the table.
type vocabSlot struct {
	key
	id  int32
	cls class
}

// vocabTable is the vocabulary as an open-addressing hash table of keys:
// a sentence's words are looked up here, faster than in a map. The
// table is an index of small entries (the top half of a key's hash and
// the number of its slot) over the slots in vocabulary order, so that
// a miss is decided in the index, which stays in the cache.
type vocabTable struct {
	index []uint32
	slots []vocabSlot
	mask  uint32
	long  map[string]int32 // words longer than maxPacked bytes
}

// maxSlots bounds the words of a table: an index entry holds a slot
// number in 16 bits.
const maxSlots = 1<<16 - 1

// find returns the id and classes of the word with key k.
func (t *vocabTable) find(k key) (int32, class) {
	h := k.hash()
	tag := h >> 16
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := t.index[i]
		if e == 0 {
			return 0, 0
		}
		if e>>16 == tag {
			if s := &t.slots[e&0xffff-1]; s.key == k {
				return s.id, s.cls
			}
		}
	}
}

// lookup returns the id of word w, or 0 if no pattern or class has it.
func (ps *Patterns) lookup(w string) int32 {
	id, _ := ps.lookupClass(w)
	return id
}

// lookupClass returns the id and classes of word w.
func (ps *Patterns) lookupClass(w string) (int32, class) {
	t := &ps.table
	if len(t.index) == 0 {
		id := ps.vocab[w]
		return id, ps.classOf(id)
	}
	if len(w) > maxPacked {
		id := t.long[w]
		return id, ps.classOf(id)
	}
	return t.find(pack(w))
}

// buildTable rebuilds the lookup table from the vocabulary; a
// vocabulary too large for it is looked up in its map.
func (ps *Patterns) buildTable() {
	ps.table = vocabTable{}
	if len(ps.vocab) <= maxSlots {
		n := 16
		for n < 3*len(ps.vocab) {
			n *= 2
		}
		t := vocabTable{index: make([]uint32, n), slots: make([]vocabSlot, 0, len(ps.vocab)), mask: uint32(n - 1), long: map[string]int32{}}
		words := make([]string, len(ps.vocab)+1)
		for w, id := range ps.vocab {
			words[id] = w
		}
		for id, w := range words {
			if id == 0 {
				continue
			}
			if len(w) > maxPacked {
				t.long[w] = int32(id)
				continue
			}
			k := pack(w)
			t.slots = append(t.slots, vocabSlot{key: k, id: int32(id), cls: ps.classOf(int32(id))})
			h := k.hash()
			i := h & t.mask
			for t.index[i] != 0 {
				i = (i + 1) & t.mask
			}
			t.index[i] = h>>16<<16 | uint32(len(t.slots))
		}
		ps.table = t
	}
	for b := range ps.ascii {
		ps.ascii[b] = ps.lookup(string(rune(b)))
	}
	ps.idPoss, ps.idNeg = ps.lookup("'s"), ps.lookup("n't")
}
