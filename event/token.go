package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or punctuation mark of a sentence.
type tok struct {
	start, end int    // byte offsets in Document.Text
	low        string // lower case, ’ as '
	cap        bool   // starts with an upper-case letter
	punct      bool
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// decode is utf8.DecodeRuneInString with an ASCII fast path.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// tokenize appends the tokens of text[start:end] to dst. Possessive 's and
// n't are tokens of their own; hyphens and dots inside words are kept
// ("high-level", "U.S").
func tokenize(dst []tok, text string, start, end int, lower map[string]string) []tok {
	i := start
	for i < end {
		r, n := decode(text[i:end])
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			// 's after a word is handled below; a lone apostrophe is punctuation
			dst = append(dst, tok{start: i, end: i + n, low: text[i : i+n], punct: true})
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := decode(text[j:end])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '.' || r2 == '&' {
				if j+n2 < end {
					r3, _ := decode(text[j+n2 : end])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
			}
			if r2 == '\'' || r2 == '’' {
				// keep the apostrophe inside a word unless it starts 's or n't
				rest := text[j+n2 : end]
				if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
					break
				}
				if len(rest) > 0 && (rest[0] == 't' || rest[0] == 'T') && j > i && (text[j-1] == 'n' || text[j-1] == 'N') {
					j-- // split before n't
					break
				}
				if len(rest) > 0 && isWordRune(firstRune(rest)) {
					j += n2
					continue
				}
			}
			break
		}
		dst = append(dst, word(text, i, j, lower))
		i = j
		// possessive or contraction
		if i < end && (text[i] == '\'' || strings.HasPrefix(text[i:end], "’")) {
			n := 1
			if text[i] != '\'' {
				n = len("’")
			}
			rest := text[i+n : end]
			if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
				dst = append(dst, tok{start: i, end: i + n + 1, low: "'s"})
				i += n + 1
			}
		} else if i+3 <= end && (text[i] == 'n' || text[i] == 'N') && (text[i+1] == '\'' || strings.HasPrefix(text[i+1:end], "’")) {
			e := i + 2
			if text[i+1] != '\'' {
				e = i + 1 + len("’")
			}
			if e < end && (text[e] == 't' || text[e] == 'T') {
				dst = append(dst, tok{start: i, end: e + 1, low: "n't"})
				i = e + 1
			}
		}
	}
	return dst
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func word(text string, i, j int, cache map[string]string) tok {
	s := text[i:j]
	t := tok{start: i, end: j}
	r := firstRune(s)
	t.cap = unicode.IsUpper(r)
	lower := true
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			lower = false
			break
		}
	}
	switch {
	case lower:
		t.low = s
	case cache != nil:
		l, ok := cache[s]
		if !ok {
			l = strings.ReplaceAll(strings.ToLower(s), "’", "'")
			cache[s] = l
		}
		t.low = l
	default:
		t.low = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	}
	return t
}
