package gen

import (
	"bytes"
	"strings"
	"testing"
)

func TestGenerator_Deterministic(t *testing.T) {
	write := func() string {
		g, err := New(Options{Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := g.WriteJSONL(&b, nil, 50); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	a, b := write(), write()
	if a != b {
		t.Fatal("two runs with one seed differ")
	}
	if got, want := strings.Count(a, "\n"), 50; got != want {
		t.Fatalf("lines=%d, want %d", got, want)
	}
}

func TestGenerator_Next(t *testing.T) {
	g, err := New(Options{Seed: 1, Syndicated: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	var arts []Article
	copies := 0
	for range 500 {
		a := g.Next()
		arts = append(arts, a)
		if len(a.Events) == 0 {
			t.Fatalf("%s has no events", a.ID)
		}
		for _, e := range a.Events {
			if !strings.Contains(a.Text, e.Sentence) {
				t.Fatalf("%s: event sentence %q not in text", a.ID, e.Sentence)
			}
			if e.Source == e.Target || len(e.Source) != 3 {
				t.Fatalf("%s: bad dyad %s-%s", a.ID, e.Source, e.Target)
			}
		}
		if strings.Contains(a.Text, "{") || strings.Contains(a.Title, "{") {
			t.Fatalf("%s: unfilled variable: %s", a.ID, a.Text)
		}
		if a.CopyOf >= 0 {
			copies++
			if arts[a.CopyOf].Text != a.Text {
				t.Fatalf("%s: CopyOf %d has another text", a.ID, a.CopyOf)
			}
		}
	}
	if copies < 50 || copies > 150 {
		t.Fatalf("copies=%d of 500, want about 100", copies)
	}
}

func BenchmarkGenerator(b *testing.B) {
	g, err := New(Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		n += len(g.Next().Text)
	}
	b.SetBytes(int64(n / max(1, b.N)))
}
