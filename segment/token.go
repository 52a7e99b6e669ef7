package segment

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/swar"
)

// Tokenize appends the tokens of text[start:end] to dst, with offsets into
// text. Words keep inner hyphens ("Jong-un", "1,000km-long"), dotted
// acronyms and abbreviations keep their dots ("U.S.", "Mr."), numbers keep
// their separators ("11,000", "2.5"); a possessive "'s" or "’s" is a token of
// its own; every other character that is not a letter, digit or space is a
// token by itself.
func Tokenize(dst []axis.Token, text string, start, end int) []axis.Token {
	i := start
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case !asciiWord[c]:
				dst = append(dst, axis.Token{Start: i, End: i + 1})
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			dst = append(dst, axis.Token{Start: i, End: i + n})
			i += n
			continue
		}
		j := wordEnd(text, i, end)
		// possessive: split "Putin’s" into "Putin" "’s"
		if k := possessive(text, i, j); k > 0 {
			dst = append(dst, axis.Token{Start: i, End: k}, axis.Token{Start: k, End: j})
		} else {
			dst = append(dst, axis.Token{Start: i, End: j})
		}
		i = j
	}
	return dst
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r >= 0x2000 && r <= 0x206f {
		return false // general punctuation: quotes, dashes, spaces
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i, end int) int {
	j := i
	for j < end {
		if j+8 <= end {
			// Eight ASCII letters or digits at a time.
			m := ^wordBytes(swar.Load64(s, j)) & highBits
			if m == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(m) / 8
		}
		if c := s[j]; c < utf8.RuneSelf {
			if asciiWord[c] {
				j++
				continue
			}
			if c != '-' && c != '\'' && c != ',' && c != '.' {
				break // no ASCII character but these continues a word
			}
		}
		r, n := decode(s, j)
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= end {
			break
		}
		next, _ := decode(s, j+n)
		switch r {
		case '-', '\'', '’', '‑':
			// inner hyphen or apostrophe: "Jong-un", "don't", "O’Neill"
			if isWordRune(next) {
				j += n
				continue
			}
		case ',':
			// thousands separator: "11,000"
			if j > i && isDigit(s[j-1]) && j+4 <= end && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
				(j+4 == end || !isDigit(s[j+4])) {
				j += n
				continue
			}
		case '.':
			// decimal "2.5" or dotted acronym "U.S"
			if j > i && isDigit(s[j-1]) && isDigit(s[j+1]) {
				j += n
				continue
			}
			if isAcronymDot(s, i, j, end) {
				j += n
				continue
			}
		}
		break
	}
	// a dotted acronym or abbreviation keeps its final dot: "U.S.", "Mr."
	if j < end && s[j] == '.' && (isAcronymDot(s, i, j, end) || abbrevs.any(s[i:j])) {
		j++
	}
	return j
}

// isAcronymDot reports whether the dot at j continues or ends a dotted
// acronym such as "U.S." or "e.g.": single letters separated by dots.
func isAcronymDot(s string, i, j, end int) bool {
	// the word so far must be single letters joined by dots
	w := s[i:j]
	for k := 0; k < len(w); k++ {
		if k%2 == 0 && !(w[k] >= 'A' && w[k] <= 'Z' || w[k] >= 'a' && w[k] <= 'z') {
			return false
		}
		if k%2 == 1 && w[k] != '.' {
			return false
		}
	}
	if len(w)%2 != 1 {
		return false
	}
	// followed by another single letter and a dot, or it is the final dot of
	// an acronym of two letters or more
	if j+2 < end && isLetterByte(s[j+1]) && s[j+2] == '.' {
		return true
	}
	return len(w) >= 3
}

func isLetterByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// possessive returns the offset where a trailing "'s" or "’s" starts in
// s[i:j], or 0.
func possessive(s string, i, j int) int {
	if c := s[j-1]; c != 's' && c != 'S' {
		return 0
	}
	if j-i > 2 && s[j-2] == '\'' && (s[j-1] == 's' || s[j-1] == 'S') {
		return j - 2
	}
	if j-i > 4 && s[j-4:j-1] == "’" && (s[j-1] == 's' || s[j-1] == 'S') {
		return j - 4
	}
	return 0
}
