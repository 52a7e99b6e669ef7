package reader

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis/internal/swar"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decodeText turns the bytes of a text input into valid UTF-8. A UTF-8 or
// UTF-16 byte order mark is honoured. Text that is not valid UTF-8 is
// repaired: when it holds no valid multi-byte sequence at all it is taken
// to be Windows-1252 (the usual legacy encoding of English text), otherwise
// each invalid byte becomes U+FFFD. note says what was done, "" if nothing.
func decodeText(data []byte) (s string, note string) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD"), ""
		}
	}
	if utf8.Valid(data) {
		return string(data), ""
	}
	bad, multi := 0, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			multi++
		}
		i += n
	}
	if multi == 0 {
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err == nil {
			return string(out), "not valid UTF-8; decoded as Windows-1252"
		}
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), plural(bad, "invalid UTF-8 byte") + " replaced with U+FFFD"
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return itoa(n) + " " + what + "s"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// collapseSpace trims s and replaces every run of white space (including
// no-break and zero-width spaces and line breaks) with one space; it drops
// other control characters and replaces invalid UTF-8 with U+FFFD.
func collapseSpace(s string) string {
	if collapsed(s) {
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

// collapsed reports whether collapseSpace(s) is s: s is not empty, has no
// white space at its ends, single spaces inside, no other white space, no
// control characters and no invalid UTF-8.
func collapsed(s string) bool {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight bytes at a time while they are printable ASCII.
			x := swar.Load64(s, i)
			if x&highBits == 0 {
				sp := ^((x ^ ' '*ones) + 0x7f*ones) & highBits                     // spaces
				vis := (x + (0x80-0x21)*ones) &^ (x + (0x80-0x7f)*ones) & highBits // '!'..'~'
				if sp|vis == highBits {
					if sp&(sp>>8) != 0 || sp>>63 != 0 && s[i+8] == ' ' {
						return false // two spaces
					}
					i += 8
					continue
				}
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || c == ' ' && s[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r <= 0xa0 || r == utf8.RuneError && n == 1 || changedRune(r) {
			return false // C1 controls, no-break space, invalid UTF-8
		}
		i += n
	}
	return true
}

const (
	ones     = swar.Ones
	highBits = swar.High
)

// changedRune reports whether collapseSpace replaces or drops the rune r
// above U+00A0: white space, zero-width space and the byte order mark.
func changedRune(r rune) bool {
	switch {
	case r < 0x1680:
		return false
	case r >= 0x2000 && r <= 0x200b:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return false
}

// paragraphs splits text into paragraphs separated by blank lines; the
// lines of one paragraph are joined with spaces.
func paragraphs(s string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, collapseSpace(strings.Join(cur, " ")))
			cur = cur[:0]
		}
	}
	for line := range strings.Lines(s) {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// isEnglishWord reports whether w (lower case) is a frequent English
// function word.
func isEnglishWord(w string) bool {
	switch w {
	case "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said",
		"was", "by", "as", "at", "it", "from", "has", "have", "he", "she", "its", "are",
		"were", "will", "an":
		return true
	}
	return false
}

// guessLanguage returns "en" when text reads as English (at least 8% of
// its first 200 words are frequent English function words), else "".
func guessLanguage(text string) string {
	var l langCount
	l.add(text)
	return l.result()
}

// langCount counts words and frequent English function words for
// guessLanguage, over one or more texts separated by white space.
type langCount struct {
	words, hits int
}

// full reports whether the first 200 words have been counted, or enough
// function words to make the text English whatever follows (16 of at most
// 200 words is 8%).
func (l *langCount) full() bool { return l.words >= 200 || l.hits >= 16 }

// add counts the words of text (as strings.Fields splits it) until the
// first 200 words of all texts are counted.
func (l *langCount) add(text string) {
	for i := 0; i < len(text) && !l.full(); {
		// Skip white space.
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		// The word runs to the next white space.
		j := i + 1
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		l.word(text[i:j])
		i = j
	}
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func (l *langCount) word(w string) {
	l.words++
	// Trim ASCII punctuation and lower-case short words in place.
	for len(w) > 0 && !isAlnum(w[0]) && w[0] < 0x80 {
		w = w[1:]
	}
	for len(w) > 0 && !isAlnum(w[len(w)-1]) && w[len(w)-1] < 0x80 {
		w = w[:len(w)-1]
	}
	var buf [8]byte
	if len(w) > 0 && len(w) <= len(buf) {
		for i := 0; i < len(w); i++ {
			buf[i] = w[i] | 0x20
		}
		if isEnglishWord(string(buf[:len(w)])) {
			l.hits++
		}
	}
}

func (l *langCount) result() string {
	if l.words >= 4 && l.hits*100 >= l.words*8 {
		return "en"
	}
	return ""
}

func isAlnum(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }

func utf8Valid(s string) bool { return utf8.ValidString(s) }
