package reader

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

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
// no-break spaces and line breaks) with one space.
func collapseSpace(s string) string {
	// Fast path: nothing to do.
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if prevSpace {
				clean = false
				break
			}
			prevSpace = true
			continue
		}
		if c < 0x20 || c >= 0x80 {
			clean = false
			break
		}
		prevSpace = false
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = b.Len() > 0
			continue
		}
		if r < 0x20 || r == 0x7f {
			continue // stray control characters
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
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

// englishWords are frequent English function words.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true,
	"that": true, "for": true, "on": true, "with": true, "said": true, "was": true,
	"by": true, "as": true, "at": true, "it": true, "from": true, "has": true, "have": true,
	"he": true, "she": true, "its": true, "are": true, "were": true, "will": true, "an": true,
}

// guessLanguage returns "en" when text reads as English, else "".
func guessLanguage(text string) string {
	words, hits := 0, 0
	for w := range strings.FieldsSeq(text) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))
		if w == "" {
			continue
		}
		words++
		if englishWords[w] {
			hits++
		}
		if words >= 400 {
			break
		}
	}
	if words >= 4 && hits*100 >= words*8 {
		return "en"
	}
	return ""
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
