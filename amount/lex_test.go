package amount

import (
	"os"
	"strings"
	"testing"
)

// The lexer is shared by copy with package temporal (stages do not import
// each other); this keeps the two copies the same.
func TestLexMatchesTemporal(t *testing.T) {
	theirs, err := os.ReadFile("../temporal/lex.go")
	if err != nil {
		t.Skip("no temporal/lex.go beside this package")
	}
	ours, err := os.ReadFile("lex.go")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(theirs), "package temporal", "package amount", 1)
	if string(ours) != want {
		t.Fatal("amount/lex.go differs from temporal/lex.go: copy it over (sed 's/^package temporal/package amount/')")
	}
}

func TestLex(t *testing.T) {
	text := "Over $240bn, 1,000km-long; Russia’s F-16s\u00a02.5 per cent."
	var got []string
	for _, tk := range lex(text, 0, len(text), nil) {
		s := text[tk.start:tk.end]
		if tk.space {
			s = "_" + s
		}
		got = append(got, s)
	}
	want := "_Over _$ 240 bn , _1,000 km - long ; _Russia ’ s _F - 16 s _2.5 _per _cent ."
	if g := strings.Join(got, " "); g != want {
		t.Fatalf("lex(%q) =\n %s\nwant\n %s", text, g, want)
	}
}
