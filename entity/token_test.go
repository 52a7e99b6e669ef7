package entity

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

var tokenizeFromSeeds = []string{
	"U.S.-Russia ties, Kim Jong-un’s visit; O'Neill's 11,000 troops.",
	"Hamas' leaders and the Houthis’ drones; it's the 2024-25 budget of $2.5bn.",
	"Gen. Mark Milley met Mr. Kim and St. Petersburg's mayor in Côte d'Ivoire.",
	"The E.U.'s envoy, a U.N.-backed body, and e.g. the A.B.C. — pro- and anti-war.",
	"Thérèse Kayikwamba Wagner, Zelenskyy’s aide, said: “No.” ‘Russians’ left.",
	"x'", "'s", "’s a", "A-", "-b", "ÉCOLE d’été", "M23-led rebels",
}

// compareTokenizers fails when tokenizeFrom over the segment tokens of text
// differs from tokenizeArena over text.
func compareTokenizers(t *testing.T, text string) {
	t.Helper()
	d := axis.NewDocument()
	d.Text = text
	d.Tokens = segment.Tokenize(nil, text, 0, len(text))
	want := tokenizeArena(nil, text, make([]byte, 0, 16))
	got := tokenizeFrom(nil, text, d.Tokens, make([]byte, 0, 16))
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, want %d\ngot  %v\nwant %v", text, len(got), len(want), keysOf(got), keysOf(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d = %+v, want %+v", text, i, got[i], want[i])
		}
	}
}

func keysOf(ts []tok) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.key)
	}
	return out
}

func TestTokenizeFrom(t *testing.T) {
	for _, s := range tokenizeFromSeeds {
		compareTokenizers(t, s)
	}
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	eval, _ := filepath.Glob("../testdata/eval/*.txt")
	for _, f := range append(files, eval...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := axis.NewDocument()
		d.Blocks = []axis.Block{{Kind: axis.KindBody, Text: string(data)}}
		if err := segment.New().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) { compareTokenizers(t, d.Text) })
	}
}
