package entity

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

var lexSeeds = []string{
	"U.S.-Russia ties, Kim Jong-un’s visit; O'Neill's 11,000 troops.",
	"Hamas' leaders and the Houthis’ drones; it's the 2024-25 budget of $2.5bn.",
	"Gen. Mark Milley met Mr. Kim and St. Petersburg's mayor in Côte d'Ivoire.",
	"The E.U.'s envoy, a U.N.-backed body, and e.g. the A.B.C. — pro- and anti-war.",
	"Thérèse Kayikwamba Wagner, Zelenskyy’s aide, said: “No.” ‘Russians’ left.",
	"x'", "'s", "’s a", "A-", "-b", "ÉCOLE d’été", "M23-led rebels",
	"I. A.B U.S U.S. a.b. (Reporting by X; editing by Y) \"Hi,\" she said.\tNo!\r\n",
	"e\u00a0f Gen.\u00a0Kim’s 'quoted' x-'y' 2,500-strong \x00\x7f ~`|^",
	"A0000000A ABCDEFGHIJKLMNOPQ abcdefgh ABCDEFGH AbcdefghI aBCDEFGHIJ 12345678 X1234567Y",
	"Putin's Putin’s Jones' Jones’ it's o's s' S's x'y x’y Kim's. Kim's- Kim's' Kim'sé Kim’s’ Jones'é Jones'x",
	"end's", "ends'", "ends’", "x’", "Lee’S", "Ross'S, TASS'", "A's B'",
}

// compareTokenizers fails when the lexer's tokens of text differ from the
// scanner's over the whole text, annotated alike.
func compareTokenizers(t *testing.T, s *Stage, text string) {
	t.Helper()
	want, wantKeys := tokenize(text)
	for k := range want {
		s.annotate(&want[k], want[k].keyIn(text, wantKeys))
	}
	got, gotKeys := lexTokens(s, text)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, want %d\ngot  %q\nwant %q", text, len(got), len(want),
			tokenKeys(got, text, gotKeys), tokenKeys(want, text, wantKeys))
	}
	for i := range got {
		g, w := got[i], want[i]
		if gk, wk := g.keyIn(text, gotKeys), w.keyIn(text, wantKeys); gk != wk {
			t.Fatalf("%q: token %d key %q, want %q", text, i, gk, wk)
		}
		g.ka, g.kn, w.ka, w.kn = 0, 0, 0, 0
		if g != w {
			t.Fatalf("%q: token %d = %+v, want %+v", text, i, g, w)
		}
	}
}

// lexTokens returns the annotated tokens of text as newRun makes them and
// their keys.
func lexTokens(s *Stage, text string) ([]tok, string) {
	var tz tokenizer
	tz.init(nil, text, nil)
	tz.lex(s)
	ts, keys := tz.finish()
	for k := range ts {
		if ts[k].vid == vidUnknown {
			s.annotate(&ts[k], ts[k].keyIn(text, keys))
		}
	}
	return ts, keys
}

func TestLex(t *testing.T) {
	s := mustStage(t)
	for _, text := range lexSeeds {
		compareTokenizers(t, s, text)
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
		t.Run(filepath.Base(f), func(t *testing.T) { compareTokenizers(t, s, d.Text) })
	}
}

// TestLexRandom compares the lexer with the scanner on random texts of
// letters, digits, spaces and the marks around words, of every length
// around the lexer's eight-byte steps.
func TestLexRandom(t *testing.T) {
	s := mustStage(t)
	parts := []string{"a", "b", "z", "A", "B", "Z", "0", "9", " ", " ", ".", "-", "'", "’", "é", "É", ",", "\n", "(", "the", "THE", "Kim", "US", "s", "S", "'s", "’s", "s'"}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for n := 0; n < 20000; n++ {
		b.Reset()
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		compareTokenizers(t, s, b.String())
	}
}
