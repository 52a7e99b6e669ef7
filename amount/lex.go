package amount

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = 1 // letters
	tNum   = 2 // ASCII digits, with inner ',' or '.' between digits
	tPunct = 3 // any other single character
)

// token is a word, number or punctuation character of the text. Offsets are
// absolute byte offsets into the document text.
type token struct {
	start, end int
	kind       uint8
	space      bool // preceded by white space or the start of the span
	upper      bool // a word whose first letter is upper case
}

// lex appends the tokens of text[start:end] to out. Words are runs of
// letters only: "Russia’s" is three tokens, "1,000km-long" four
// (1,000 km - long).
func lex(text string, start, end int, out []token) []token {
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
				j := scanWord(text, i, end)
				out = append(out, token{start: i, end: j, kind: tWord, space: space, upper: c >= 'A' && c <= 'Z'})
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
				out = append(out, token{start: i, end: j, kind: tNum, space: space})
				i = j
			default:
				out = append(out, token{start: i, end: i + 1, kind: tPunct, space: space})
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
			j := scanWord(text, i, end)
			out = append(out, token{start: i, end: j, kind: tWord, space: space, upper: unicode.IsUpper(r)})
			i = j
		default:
			out = append(out, token{start: i, end: i + n, kind: tPunct, space: space})
			i += n
		}
		space = false
	}
	return out
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanWord returns the end of the run of letters starting at i.
func scanWord(text string, i, end int) int {
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

// lower writes the ASCII lower case of s into buf and returns it; words
// longer than buf are truncated, which makes them miss every table.
func lower(buf []byte, s string) []byte {
	n := 0
	for i := 0; i < len(s) && n < len(buf); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}
