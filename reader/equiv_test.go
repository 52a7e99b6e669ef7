package reader

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// The functions below are the plain versions that the faster ones of the
// package replaced; the tests check that both give the same results.

func collapseSpaceRef(s string) string {
	// Fast path: printable ASCII with single inner spaces.
	clean := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; clean && i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == ' ' && s[i+1] == ' ' {
			clean = false
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	run := 0 // start of the visible bytes not yet copied
	flush := func(i int) {
		if run < i {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[run:i])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				flush(i)
				space = b.Len() > 0
				run = i + 1
			case c < 0x20 || c == 0x7f:
				flush(i) // a stray control character is dropped
				run = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			flush(i)
			space = b.Len() > 0
			run = i + n
		case r >= 0x80 && r < 0xa0:
			flush(i) // C1 control character
			run = i + n
		case r == utf8.RuneError && n == 1:
			flush(i)
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString("\uFFFD")
			run = i + n
		}
		i += n
	}
	flush(len(s))
	return b.String()
}

func guessLanguageRef(text string) string {
	words, hits := 0, 0
	var buf [8]byte
	for w := range strings.FieldsSeq(text) {
		words++
		// Trim ASCII punctuation and lower-case short words in place.
		for len(w) > 0 && !isAlnum(w[0]) && w[0] < 0x80 {
			w = w[1:]
		}
		for len(w) > 0 && !isAlnum(w[len(w)-1]) && w[len(w)-1] < 0x80 {
			w = w[:len(w)-1]
		}
		if len(w) > 0 && len(w) <= len(buf) {
			for i := 0; i < len(w); i++ {
				buf[i] = w[i] | 0x20
			}
			if isEnglishWord(string(buf[:len(w)])) {
				hits++
			}
		}
		if words >= 200 {
			break
		}
	}
	if words >= 4 && hits*100 >= words*8 {
		return "en"
	}
	return ""
}

func controlRatioRef(b []byte) float64 {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

func looksMarkdownRef(name string, t []byte) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd" {
		return true
	}
	s := strings.ToValidUTF8(string(t), "\uFFFD")
	var prev string
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		if atxLevel([]byte(line)) > 0 {
			return true
		}
		if prev != "" && len(line) >= 3 && strings.Trim(line, "=") == "" {
			return true
		}
		if strings.TrimSpace(line) != "" {
			prev = line
		}
	}
	return strings.Count(s, "](http") >= 2
}

func tokenizeDateRef(s string) []dtok {
	var toks []dtok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j, n := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			t := dtok{s: s[i:j], num: n, isNum: true, ndig: j - i}
			if j+2 <= len(s) {
				switch strings.ToLower(s[j : j+2]) {
				case "st", "nd", "rd", "th":
					if j+2 == len(s) || !isLetter(s[j+2]) {
						j += 2
					}
				}
			}
			toks = append(toks, t)
			i = j
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			toks = append(toks, dtok{s: strings.ToLower(s[i:j]), word: true})
			i = j
		default:
			j := i + 1
			for j < len(s) && s[j]&0xc0 == 0x80 {
				j++
			}
			toks = append(toks, dtok{s: s[i:j]})
			i = j
		}
	}
	return toks
}

// sameDateTokens reports whether got and want match where the date rules
// look: words equal when either is one of dateWords, or else both are not.
func sameDateTokens(got, want []dtok) bool {
	if len(got) != len(want) {
		return false
	}
	for i, g := range got {
		w := want[i]
		if g.word != w.word || g.isNum != w.isNum || g.num != w.num || g.ndig != w.ndig {
			return false
		}
		_, known := dateWords[w.s]
		if g.word && !known {
			if _, ok := dateWords[g.s]; ok || !strings.EqualFold(g.s, w.s) {
				return false
			}
			continue
		}
		if g.s != w.s {
			return false
		}
	}
	return true
}

func parsePlainRef(name, s string) (*axis.Document, error) {
	var paras [][]string
	var cur []string
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	d := newDoc(name)
	if len(paras) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: no text", name)
	}
	first := paras[0]
	d.Meta.Title = collapseSpaceRef(first[0])
	d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: d.Meta.Title})
	rest := first[1:]
	for len(rest) > 0 {
		line := collapseSpaceRef(rest[0])
		kind, _, _ := classifyHeader(line, true)
		if kind == "" {
			break
		}
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: line})
		rest = rest[1:]
	}
	if len(rest) > 0 {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: collapseSpaceRef(strings.Join(rest, " "))})
	}
	for _, p := range paras[1:] {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: collapseSpaceRef(strings.Join(p, " "))})
	}
	lang := d.Meta.Language
	finish(d)
	if lang == "" {
		var sample strings.Builder
		for _, b := range d.Blocks {
			if sample.Len() > 4000 {
				break
			}
			sample.WriteString(b.Text)
			sample.WriteByte(' ')
		}
		d.Meta.Language = guessLanguageRef(sample.String())
	}
	subheadings(d)
	return d, nil
}

var equivSeeds = []string{
	"",
	" ",
	"Headline  with\ttabs \r\nJune 26, 2024\r\nBy Jane Doe\n\nFirst   line\nsecond line\r\n\r\n\n  Third\u00a0para “quoted” — dash\u200bzero\ufeff\n",
	"Title\n\n\n26 June 2024\n\nOnline Desk :\n\nBody with \x01 control and \u0085 next and \xff bad.\n \nMore\u2028text\u205fhere\u3000and\u1680there.",
	"# Heading\n\nSetext\n===\n\nText with [a](http://x) and [b](http://y).",
	"WEDNESDAY, JUNE 26TH, 2024 10:30 AM GMT\nPublished: Mon 1st Jan 2024\nSEPTEMBER 3RD 2023 | By A. Writer",
	"The cat and the dog said that it was on the mat, with a hat, for the man.\n\nLe chat est sur le tapis.",
	"e\x01\u0301 \t\v\f end  ",
	"\x01\x02\x03\x04\x05\x06\x07\x08\x1b\x1c\x1d\x1e\x1f\x00 \x7f\x80\x9f\xa0\xff plain text\n\x0e",
	"A\r\rB\r\n\r\n C \n",
}

func checkEquiv(t *testing.T, data []byte) {
	s, _ := decodeText(data)
	for _, in := range []string{string(data), s} {
		if got, want := collapseSpace(in), collapseSpaceRef(in); got != want {
			t.Fatalf("collapseSpace(%q)=%q, want %q", in, got, want)
		}
		if got, want := guessLanguage(in), guessLanguageRef(in); got != want {
			t.Fatalf("guessLanguage(%q)=%q, want %q", in, got, want)
		}
		if got, want := tokenizeDate(nil, in), tokenizeDateRef(in); !sameDateTokens(got, want) {
			t.Fatalf("tokenizeDate(%q)=%v, want %v", in, got, want)
		}
	}
	if got, want := controlRatio(data), controlRatioRef(data); got != want {
		t.Fatalf("controlRatio(%q)=%v, want %v", data, got, want)
	}
	for _, name := range []string{"x", "x.md"} {
		if got, want := looksMarkdown(name, data), looksMarkdownRef(name, data); got != want {
			t.Fatalf("looksMarkdown(%q, %q)=%v, want %v", name, data, got, want)
		}
	}
	got, gerr := parsePlain("x", s)
	want, werr := parsePlainRef("x", s)
	if (gerr == nil) != (werr == nil) || !reflect.DeepEqual(got, want) {
		t.Fatalf("parsePlain(%q)=\n%+v, %v\nwant\n%+v, %v", s, got, gerr, want, werr)
	}
}

func TestEquivalence(t *testing.T) {
	for _, s := range equivSeeds {
		checkEquiv(t, []byte(s))
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := collapseSpace(s), collapseSpaceRef(s); got != want {
			t.Fatalf("collapseSpace(%q)=%q, want %q", s, got, want)
		}
	}
	for w := range dateWords {
		if len(w) > maxDateWord {
			t.Fatalf("date word %q is longer than maxDateWord", w)
		}
	}
}

func FuzzEquivalence(f *testing.F) {
	for _, s := range equivSeeds {
		f.Add([]byte(s))
	}
	seedFiles(f, "plain")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkEquiv(t, bytes.Clone(data))
	})
}
