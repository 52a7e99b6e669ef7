package relation

// table is an open-addressing hash table from a 128-bit key to an int32,
// for the per-event lookups of a Collector: several times faster than a
// Go map with a struct key. The zero key is not allowed (keys here always
// have a non-zero bit set by their maker).
type table struct {
	keys []tkey
	vals []int32
	n    int
	mask uint64
}

type tkey struct{ a, b uint64 }

func newTable(size int) *table {
	n := 16
	for n < size*2 {
		n *= 2
	}
	return &table{keys: make([]tkey, n), vals: make([]int32, n), mask: uint64(n - 1)}
}

func mix(k tkey) uint64 {
	h := k.a*0x9e3779b97f4a7c15 ^ k.b
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// get returns the value of k and whether it is there.
func (t *table) get(k tkey) (int32, bool) {
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case tkey{}:
			return 0, false
		}
	}
}

// put sets k to v.
func (t *table) put(k tkey, v int32) {
	if (t.n+1)*4 > len(t.keys)*3 {
		t.grow()
	}
	for i := mix(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			t.vals[i] = v
			return
		case tkey{}:
			t.keys[i], t.vals[i] = k, v
			t.n++
			return
		}
	}
}

func (t *table) grow() {
	old, oldv := t.keys, t.vals
	t.keys = make([]tkey, len(old)*2)
	t.vals = make([]int32, len(old)*2)
	t.mask = uint64(len(t.keys) - 1)
	t.n = 0
	for i, k := range old {
		if k != (tkey{}) {
			t.put(k, oldv[i])
		}
	}
}
