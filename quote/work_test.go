package quote

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortKeys checks sortKeys against slices.Sort over mention keys of
// texts of several lengths, many to a stretch of text and few.
func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{1, 63, 64, 500, 2000, 100000} {
		for _, n := range []int{0, 1, 15, 16, 17, 100, 1000} {
			w := &work{text: string(make([]byte, size))}
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = uint64(r.IntN(size))<<32 | uint64(i)
			}
			want := slices.Clone(keys)
			slices.Sort(want)
			w.sortKeys(keys)
			if !slices.Equal(keys, want) {
				t.Fatalf("text of %d bytes, %d keys: sortKeys differs from slices.Sort", size, n)
			}
		}
	}
}
