package event

import "testing"

func TestDefaultPatterns(t *testing.T) {
	ps, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if ps.Len() < 300 {
		t.Fatalf("patterns=%d, want >= 300", ps.Len())
	}
}
