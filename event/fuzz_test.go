package event

import (
	"context"
	"strings"
	"testing"
)

// FuzzEvents codes arbitrary text with the test gazetteer's entities and
// checks that nothing panics and every offset stays in range.
func FuzzEvents(f *testing.F) {
	for _, tc := range eventCases {
		f.Add(tc.text)
	}
	f.Add("Russia's\n’s n’t , and ,, \"\" veto veto of")
	f.Add("accused by\nby $T ... sign signed a treaty with")
	f.Fuzz(func(t *testing.T, text string) {
		if strings.ContainsRune(text, 0) {
			return
		}
		d := testDoc(text, "2024-01-01")
		tr, err := New().Code(context.Background(), d, true)
		if err != nil {
			t.Fatal(err)
		}
		_ = tr
		for _, e := range d.Events {
			if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End {
				t.Fatalf("event span %d-%d out of range", e.Start, e.End)
			}
			if e.Source.Country == "" || e.PLOVER == "" || e.CAMEO == "" {
				t.Fatalf("incomplete event %+v", e)
			}
		}
		for _, x := range d.Treaties {
			if x.Start < 0 || x.End > len(d.Text) || x.Start > x.End {
				t.Fatalf("treaty span %d-%d out of range", x.Start, x.End)
			}
		}
	})
}

// FuzzPatterns loads arbitrary pattern files: an error or patterns, never
// a panic.
func FuzzPatterns(f *testing.F) {
	f.Add("057\tsign~ .. treaty with $T\n")
	f.Add("999\tfoo\n")
	f.Add("057 AGREE\t..\n")
	f.Add("057\ta_b c\tnominal\n")
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := newPatterns()
		if err != nil {
			t.Fatal(err)
		}
		if err := ps.Load("fuzz.txt", strings.NewReader(s)); err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt:") && !strings.Contains(err.Error(), "fuzz.txt") {
				t.Fatalf("error without file name: %v", err)
			}
		}
	})
}
