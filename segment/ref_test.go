package segment

// Reference versions of the text functions, as they were before they were
// made faster; the tests check that both give the same results.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
	"golang.org/x/text/unicode/norm"
)

func tokenizeRef(dst []axis.Token, text string, start, end int) []axis.Token {
	i := start
	for i < end {
		if text[i] == ' ' {
			i++
			continue
		}
		r, n := decodeRef(text, i)
		switch {
		case isSpaceRef(r):
			i += n
		case isWordRuneRef(r):
			j := wordEndRef(text, i, end)
			// possessiveRef: split "Putin’s" into "Putin" "’s"
			if k := possessiveRef(text, i, j); k > 0 {
				dst = append(dst, axis.Token{Start: i, End: k}, axis.Token{Start: k, End: j})
			} else {
				dst = append(dst, axis.Token{Start: i, End: j})
			}
			i = j
		default:
			dst = append(dst, axis.Token{Start: i, End: i + n})
			i += n
		}
	}
	return dst
}

func decodeRef(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpaceRef(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }

func isWordRuneRef(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitRef(c byte) bool { return '0' <= c && c <= '9' }

// asciiWordRef marks the ASCII letters and digits.
var asciiWordRef = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEndRef returns the end of the word starting at i.
func wordEndRef(s string, i, end int) int {
	j := i
	for j < end {
		if c := s[j]; c < utf8.RuneSelf && asciiWordRef[c] {
			j++
			continue
		}
		r, n := decodeRef(s, j)
		if isWordRuneRef(r) {
			j += n
			continue
		}
		if j+n >= end {
			break
		}
		next, _ := decodeRef(s, j+n)
		switch r {
		case '-', '\'', '’', '‑':
			// inner hyphen or apostrophe: "Jong-un", "don't", "O’Neill"
			if isWordRuneRef(next) {
				j += n
				continue
			}
		case ',':
			// thousands separator: "11,000"
			if j > i && isDigitRef(s[j-1]) && j+4 <= end && isDigitRef(s[j+1]) && isDigitRef(s[j+2]) && isDigitRef(s[j+3]) &&
				(j+4 == end || !isDigitRef(s[j+4])) {
				j += n
				continue
			}
		case '.':
			// decimal "2.5" or dotted acronym "U.S"
			if j > i && isDigitRef(s[j-1]) && isDigitRef(s[j+1]) {
				j += n
				continue
			}
			if isAcronymDotRef(s, i, j, end) {
				j += n
				continue
			}
		}
		break
	}
	// a dotted acronym or abbreviation keeps its final dot: "U.S.", "Mr."
	if j < end && s[j] == '.' && (isAcronymDotRef(s, i, j, end) || abbrevs.any(s[i:j])) {
		j++
	}
	return j
}

// isAcronymDotRef reports whether the dot at j continuesRef or ends a dotted
// acronym such as "U.S." or "e.g.": single letters separated by dots.
func isAcronymDotRef(s string, i, j, end int) bool {
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
	if j+2 < end && isLetterByteRef(s[j+1]) && s[j+2] == '.' {
		return true
	}
	return len(w) >= 3
}

func isLetterByteRef(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// possessiveRef returns the offset where a trailing "'s" or "’s" starts in
// s[i:j], or 0.
func possessiveRef(s string, i, j int) int {
	if j-i > 2 && s[j-2] == '\'' && (s[j-1] == 's' || s[j-1] == 'S') {
		return j - 2
	}
	if j-i > 4 && s[j-4:j-1] == "’" && (s[j-1] == 's' || s[j-1] == 'S') {
		return j - 4
	}
	return 0
}

func appendNormalizedRef(dst []byte, s string) []byte {
	if !needsWorkRef(s) {
		return append(dst, s...)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	base := len(dst)
	space := false // a space is pending before the next visible character
	run := 0       // start of the bytes not yet copied
	flush := func(i int) {
		if run < i {
			if space && len(dst) > base {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, s[run:i]...)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpaceRuneRef(r):
			flush(i)
			space = true
		case isInvisibleRef(r):
			flush(i)
		default:
			i += n
			continue
		}
		i += n
		run = i
	}
	flush(len(s))
	return dst
}

// isSpaceRuneRef reports whether r is white space that becomes one space.
func isSpaceRuneRef(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', '\u2029':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isInvisibleRef reports whether r is dropped: zero-width characters, byte
// order marks, soft hyphens, control characters and private-use characters.
func isInvisibleRef(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060':
		return true
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0xe000 && r <= 0xf8ff) ||
		(r >= 0xf0000 && r <= 0xffffd) || (r >= 0x100000 && r <= 0x10fffd)
}

// needsWorkRef reports whether s is anything but trimmed, single-spaced,
// printable ASCII.
func needsWorkRef(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && prev == ' ') {
			return true
		}
		prev = c
	}
	return false
}

// continuesRef reports whether the sentence text[start:end], the last of its
// paragraph, runs on into the paragraph starting at next.
func continuesRef(text string, start, end, next int) bool {
	last, _ := utf8.DecodeLastRuneInString(text[start:end])
	switch last {
	case '.', '?', '!', '…', '"', '”', '’', '\'', ':', ';', ')', ']', '»':
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return unicode.IsLower(r)
}

// splitParagraphRef appends the sentences of text[start:end].
func splitParagraphRef(dst []axis.Sentence, text string, start, end, para int) []axis.Sentence {
	s := start
	for i := start; i < end; {
		var r rune
		var n int
		switch c := text[i]; {
		case c == '.' || c == '?' || c == '!':
			r, n = rune(c), 1
		case c == 0xe2 && strings.HasPrefix(text[i:end], "…"):
			r, n = '…', len("…")
		default:
			i++
			continue
		}
		// the terminator run and closing quotes or brackets
		j := i + n
		for j < end {
			r2, n2 := decodeRef(text, j)
			if r2 == '.' || r2 == '?' || r2 == '!' || r2 == '…' || r2 == '”' || r2 == '’' || r2 == '"' ||
				r2 == '\'' || r2 == ')' || r2 == ']' || r2 == '»' {
				j += n2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if text[j] != ' ' {
			i = j
			continue
		}
		k := j
		for k < end && text[k] == ' ' {
			k++
		}
		if k < end && boundaryRef(text, start, i, r, k) {
			dst = append(dst, axis.Sentence{Start: s, End: j, Kind: axis.KindBody, Paragraph: para})
			s = k
		}
		i = k
	}
	if s < end {
		dst = append(dst, axis.Sentence{Start: s, End: end, Kind: axis.KindBody, Paragraph: para})
	}
	return dst
}

// boundaryRef decides whether the terminator term at i ends a sentence, given
// that the next word starts at next.
func boundaryRef(text string, pstart, i int, term rune, next int) bool {
	nr, _ := decodeRef(text, next)
	if unicode.IsLower(nr) {
		return false // "...?” she asked", "e.g. the"
	}
	if term != '.' {
		return true
	}
	w := wordBeforeRef(text, pstart, i)
	if w == "" {
		return true
	}
	switch {
	case abbrevs.titles[w]:
		return false
	case abbrevs.abbrevs[w] && !strings.Contains(w, "."):
		return !unicode.IsDigit(nr)
	case strings.Contains(w, ".") || abbrevs.abbrevs[w]:
		// dotted acronym: "the U.S. The ..." ends, "U.S. President" does not
		return starterRef(text, next)
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return false // an initial: "J. Smith"
	}
	return true
}

// wordBeforeRef returns the word (letters and inner dots) ending at i.
func wordBeforeRef(text string, pstart, i int) string {
	j := i
	for j > pstart {
		c := text[j-1]
		if isLetterByteRef(c) || c == '.' {
			j--
			continue
		}
		break
	}
	return strings.TrimLeft(text[j:i], ".")
}

var startersRef = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "This": true, "That": true, "These": true, "Those": true, "In": true,
	"On": true, "At": true, "And": true, "However": true, "Its": true, "His": true, "Her": true,
	"Their": true, "There": true, "As": true, "For": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Some": true, "Many": true, "Officials": true, "Meanwhile": true,
}

// starterRef reports whether the word at i usually starts a sentence.
func starterRef(text string, i int) bool {
	j := i
	for j < len(text) && isLetterByteRef(text[j]) {
		j++
	}
	return startersRef[text[i:j]] || strings.HasPrefix(text[i:], "“") || text[i] == '"'
}
