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
		head, h := wordKey(w)
		if got, ok := v.lower.get(w, head, h); !ok || got != int32(k) {
			t.Errorf("lower %q: %d %v, want %d", w, got, ok, k)
		}
		text := "x " + w + " y"
		if h2, h3 := textKey(text, 2, 2+len(w)); h2 != head || h3 != h {
			t.Errorf("textKey %q = %x %x, want %x %x", w, h2, h3, head, h)
		}
		if h2, h3 := textKey(w, 0, len(w)); h2 != head || h3 != h {
			t.Errorf("textKey %q at the end = %x %x, want %x %x", w, h2, h3, head, h)
		}
	}
	for f, w := range lx.fold {
		head, h := wordKey(f)
		k, ok := v.upper.get(f, head, h)
		if !ok || v.entries[k].lower != w {
			t.Errorf("upper %q: %v, want the entry of %q", f, ok, w)
		}
	}
	for _, w := range []string{"", "x", "zzyzx", "Zzyzx", "antidisestablishmentarianism", "SAIDX"} {
		head, h := wordKey(w)
		if _, ok := v.lower.get(w, head, h); ok {
			t.Errorf("lower %q found", w)
		}
		if _, ok := v.upper.get(w, head, h); ok {
			t.Errorf("upper %q found", w)
		}
	}
}

// TestVocabByKey checks that the filter of each speaker noun lets every
// text of its forms through.
func TestVocabByKey(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	v := lx.vocab()
	for f, w := range lx.fold {
		if n, ok := lx.nouns[w]; ok && !v.byKey[n.key].may(f) {
			t.Errorf("%q (%q) is not let through for %q", f, w, n.key)
		}
	}
	for w, n := range lx.nouns {
		if !v.byKey[n.key].may(w) {
			t.Errorf("%q is not let through for %q", w, n.key)
		}
	}
}
