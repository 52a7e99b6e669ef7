package quote

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/axis-news/axis/internal/benchcpu"
)

// tokenTexts are written to reach the corners of tokenize: possessives,
// initialisms, numbers, inner hyphens and apostrophes, marks next to
// words, non-ASCII letters, dashes and spaces.
var tokenTexts = []string{
	`“We will not back down,” said Maria Lopez.`,
	`The Houthis’ ability was ‘degraded’, the country’s army said. Putin's aide, Mr. Ushakov, said 'no'.`,
	`The U.S. and the U.K. spent 30,000 or 3.5 billion (about 1,000km) on the e.g. so-called “deal”—again.`,
	`He said 'never' and “always” and «sometimes» and „rarely“ and ‹once› in the ’90s with 12" pipes.`,
	`Don't, won’t, O’Neill, Jong-un, Leif-Eric, co‑chair, rock'n'roll, the Joneses' house, its' end.`,
	"Élysée officials said “ça suffit” to Zoë Ørsted's team\u00a0again\u2009and\u3000again.",
	"word”, word“ word— word–word word‑word word’s word’ word‘ word… word•word word‰ word\u2028word\u202fword\u205fword.",
	`A-B, a-, -b, a--b, a.b.c., U.S, U.S.A., 1.2.3, 1,2,3, 1,,2, x'y, x' y, x 'y, 'x', "x", x"y`,
	"tabs\tand\nnew lines\r\nand  double  spaces, “a\nb” and x’\ny and Houthis’\tnext",
	`End with a word`,
	`End with a dot.`,
	`“`,
	`x’s`,
	`1.`,
	`A.B.`,
	`Mr.Smith said:“yes”;he left…then—back.`,
	"#hashtag @user http://example.com/a-b?c=d&e=f 50% $5 €5 5€ £3.5m",
}

// tokenTestFiles returns the texts of the fixture articles and, when
// present, the shared dev corpus.
func tokenTestFiles(t *testing.T) []string { return tokenTestFilesB(t) }

func tokenTestFilesB(t testing.TB) []string {
	var out []string
	for _, g := range []string{"testdata/golden/*.txt", "testdata/stress/*.txt", "../testdata/eval/*.txt", "../../shared/corpus/dev/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	return out
}

// checkTokenizeFast compares tokenizeFast with tokenize over text split
// into paragraphs at blank lines, and into stretches of 7 and of 13 bytes
// (cutting words, marks and letters), with the quotation marks pairMarks
// finds in them.
func checkTokenizeFast(t *testing.T, text string) {
	t.Helper()
	var blank [][2]int
	for off := 0; off <= len(text); {
		n := strings.Index(text[off:], "\n\n")
		if n < 0 {
			blank = append(blank, [2]int{off, len(text)})
			break
		}
		blank = append(blank, [2]int{off, off + n})
		off += n + 2
	}
	cut := func(k int) [][2]int {
		var out [][2]int
		for off := 0; off < len(text); off += k {
			out = append(out, [2]int{off, min(off+k, len(text))})
		}
		return out
	}
	for _, paras := range [][][2]int{blank, cut(7), cut(13)} {
		marks := func() *markSet {
			var ms markSet
			spans, _ := pairMarks(text, paras, nil, nil)
			for _, s := range spans {
				if s.openLen > 0 {
					ms.pos, ms.kind, ms.size = append(ms.pos, s.openPos), append(ms.kind, tOpen), append(ms.size, s.openLen)
				}
				if s.closeLen > 0 {
					ms.pos, ms.kind, ms.size = append(ms.pos, s.closePos), append(ms.kind, tClose), append(ms.size, s.closeLen)
				}
			}
			sort.Sort(&ms)
			return &ms
		}
		var want, got []token
		m1, m2 := marks(), marks()
		for _, p := range paras {
			want = tokenize(want, text, p[0], p[1], m1)
			got = tokenizeFast(got, text, p[0], p[1], m2)
		}
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("%q: token %d is %+v %q, want %+v %q", text, i, got[i], text[got[i].start:got[i].end], want[i], text[want[i].start:want[i].end])
				}
			}
			t.Fatalf("%q: %d tokens, want %d", text, len(got), len(want))
		}
	}
}

func TestPunctRune(t *testing.T) {
	for r := rune(0x2000); r < 0x2070; r++ {
		if punctRune(r) && (isWordRune(r) || unicode.IsSpace(r)) {
			t.Errorf("punctRune(%U) but it is a letter, digit, mark or space", r)
		}
	}
}

func TestTokenizeFast(t *testing.T) {
	for _, s := range append(tokenTexts, tokenTestFiles(t)...) {
		checkTokenizeFast(t, s)
	}
}

// FuzzTokenizeFast checks that tokenizeFast makes the tokens tokenize
// makes from any text.
func FuzzTokenizeFast(f *testing.F) {
	for _, s := range tokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokenizeFast(t, s)
	})
}

// BenchmarkTokenize times tokenize and tokenizeFast over the test
// articles, one paragraph a line.
func BenchmarkTokenize(b *testing.B) {
	text := strings.Join(tokenTestFilesB(b), "\n\n")
	var paras [][2]int
	for off := 0; off < len(text); {
		n := strings.IndexByte(text[off:], '\n')
		if n < 0 {
			n = len(text) - off
		}
		paras = append(paras, [2]int{off, off + n})
		off += n + 1
	}
	toks := make([]token, 0, len(text)/4)
	b.Run("Own", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		defer benchcpu.Report(b, int64(len(text)))()
		for b.Loop() {
			toks = toks[:0]
			ms := &markSet{}
			for _, p := range paras {
				toks = tokenize(toks, text, p[0], p[1], ms)
			}
		}
	})
	b.Run("Fast", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		defer benchcpu.Report(b, int64(len(text)))()
		for b.Loop() {
			toks = toks[:0]
			ms := &markSet{}
			for _, p := range paras {
				toks = tokenizeFast(toks, text, p[0], p[1], ms)
			}
		}
	})
}

// TestLeadMask checks leadMask against markLead (and # and &, which it
// lets through) for every byte at every place of a word, next to every
// other byte.
func TestLeadMask(t *testing.T) {
	for b := 0; b < 256; b++ {
		for o := 0; o < 256; o += 17 {
			for k := 0; k < 8; k++ {
				var buf [8]byte
				for j := range buf {
					buf[j] = byte(o)
				}
				buf[k] = byte(b)
				m := leadMask(load8(string(buf[:])))
				for j, c := range buf {
					got := m>>(8*j+7)&1 == 1
					want := markLead[c] || c == '#' || c == '&'
					if got != want {
						t.Fatalf("leadMask(% x) byte %d: %v, want %v", buf, j, got, want)
					}
				}
			}
		}
	}
}
