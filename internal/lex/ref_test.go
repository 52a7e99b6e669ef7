package lex

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lexRef is Lex as it was before it read eight bytes at a time.
func lexRef(text string, start, end int, out []Token) []Token {
	space := true
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case isASCIILetter(c):
				j := scanWordRef(text, i, end)
				out = append(out, Token{Start: i, End: j, Kind: Word, Space: space, Upper: c >= 'A' && c <= 'Z'})
				i = j
			case c >= '0' && c <= '9':
				j := i + 1
				for j < end {
					d := text[j]
					if d >= '0' && d <= '9' {
						j++
						continue
					}
					if (d == ',' || d == '.') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
						j += 2
						continue
					}
					break
				}
				out = append(out, Token{Start: i, End: j, Kind: Num, Space: space})
				i = j
			default:
				out = append(out, Token{Start: i, End: i + 1, Kind: Punct, Space: space})
				i++
			}
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case unicode.IsLetter(r):
			j := scanWordRef(text, i, end)
			out = append(out, Token{Start: i, End: j, Kind: Word, Space: space, Upper: unicode.IsUpper(r)})
			i = j
		default:
			out = append(out, Token{Start: i, End: i + n, Kind: Punct, Space: space})
			i += n
		}
		space = false
	}
	return out
}

func scanWordRef(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += n
	}
	return i
}

// mentionsRef is Mentions by way of Lex: a number token, or a word token
// in sig for which want says yes.
func mentionsRef(text string, start, end int, sig *SigSet, want func(i, j int) bool) bool {
	for _, t := range lexRef(text, start, end, nil) {
		if t.Kind == Num || t.Kind == Word && sig.Has(text[t.Start:t.End]) && want(t.Start, t.End) {
			return true
		}
	}
	return false
}

var refSeeds = []string{
	"Over $240bn, 1,000km-long; Russia’s F-16s\u00a02.5 per cent.",
	"Les négociations à Genève ont échoué — “encore” l’été dernier… ΑΒΓ δέκα e\u0301te",
	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ month months weekend twelve",
	"\xff\xfe \u2028 \u205f \u3000 \u1680 \u200b x\u0301y",
	"several thousand troops, a million, an M, Dozens, tens of thousands",
}

var refWords = []string{"month", "months", "weekend", "twelve", "million", "dozens", "thousand", "m", "tens", "été", "δέκα"}

func checkRef(t *testing.T, text string) {
	var sig SigSet
	var tab Table[int32]
	for i, w := range refWords {
		sig.Add(w)
		tab.Put(w, int32(i+1))
	}
	want := func(i, j int) bool { _, ok := tab.Get(text[i:j]); return ok }
	for start := 0; start <= len(text) && start < 12; start++ {
		for _, end := range []int{len(text), len(text) - start/2} {
			if end < start {
				continue
			}
			got, exp := Lex(text, start, end, nil), lexRef(text, start, end, nil)
			if !reflect.DeepEqual(got, exp) {
				t.Fatalf("Lex(%q, %d, %d)=\n%v\nwant\n%v", text, start, end, got, exp)
			}
			if g, w := Mentions(text, start, end, &sig, want), mentionsRef(text, start, end, &sig, want); g != w {
				t.Fatalf("Mentions(%q, %d, %d)=%v, want %v", text, start, end, g, w)
			}
		}
	}
}

func TestLex_Reference(t *testing.T) {
	for _, s := range refSeeds {
		checkRef(t, s)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) || isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("%U: isLetter %v, isSpace %v", r, isLetter(r), isSpace(r))
		}
	}
}

func FuzzLex(f *testing.F) {
	for _, s := range refSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkRef(t, s)
	})
}
