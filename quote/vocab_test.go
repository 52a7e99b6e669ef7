package quote

import "testing"

// TestVocab checks that every word of the lexicon finds its entry in the
// tables, alone and inside a text, and that other words find none.
func TestVocab(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	v := lx.vocab()
	for k := range v.entries {
		w := v.entries[k].lower
		if got, ok := v.lower.get(w, wordHash(w)); !ok || got != int32(k) {
			t.Errorf("lower %q: %d %v, want %d", w, got, ok, k)
		}
		text := "x " + w + " y"
		if h := textHash(text, 2, 2+len(w)); h != wordHash(w) {
			t.Errorf("textHash %q = %x, want %x", w, h, wordHash(w))
		}
		if h := textHash(w, 0, len(w)); h != wordHash(w) {
			t.Errorf("textHash %q at the end = %x, want %x", w, h, wordHash(w))
		}
	}
	for f, w := range lx.fold {
		k, ok := v.upper.get(f, wordHash(f))
		if !ok || v.entries[k].lower != w {
			t.Errorf("upper %q: %v, want the entry of %q", f, ok, w)
		}
	}
	for _, w := range []string{"", "x", "zzyzx", "Zzyzx", "antidisestablishmentarianism", "SAIDX"} {
		if _, ok := v.lower.get(w, wordHash(w)); ok {
			t.Errorf("lower %q found", w)
		}
		if _, ok := v.upper.get(w, wordHash(w)); ok {
			t.Errorf("upper %q found", w)
		}
	}
}
