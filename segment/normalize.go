package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC with whitespace cleaned: runs of spaces, tabs,
// line breaks and no-break spaces become one space, the ends are trimmed,
// and invisible characters (zero-width spaces, byte order marks, soft
// hyphens, control characters) are dropped. Curly quotes and dashes are
// kept as they are. Invalid UTF-8 becomes U+FFFD.
func Normalize(s string) string {
	if !needsWork(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u2009' ||
			r == '\u202f' || r == '\u3000' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' ||
			(r >= '\u2000' && r <= '\u200a'):
			space = true
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			// invisible: dropped
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || unicode.Is(unicode.Co, r):
			// control and private use: dropped
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsWork reports whether s is anything but trimmed, single-spaced,
// printable ASCII.
func needsWork(s string) bool {
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
