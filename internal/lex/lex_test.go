package lex

import (
	"strings"
	"testing"
)

// The lexer is shared by copy with package temporal (stages do not import
// each other); this keeps the two copies the same.
func TestLex(t *testing.T) {
	text := "Over $240bn, 1,000km-long; Russia’s F-16s\u00a02.5 per cent."
	var got []string
	for _, tk := range Lex(text, 0, len(text), nil) {
		s := text[tk.Start:tk.End]
		if tk.Space {
			s = "_" + s
		}
		got = append(got, s)
	}
	want := "_Over _$ 240 bn , _1,000 km - long ; _Russia ’ s _F - 16 s _2.5 _per _cent ."
	if g := strings.Join(got, " "); g != want {
		t.Fatalf("Lex(%q) =\n %s\nwant\n %s", text, g, want)
	}
}
