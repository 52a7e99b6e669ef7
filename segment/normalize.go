package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/axis-news/axis/internal/swar"
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
	return string(AppendNormalized(make([]byte, 0, len(s)), s))
}

// AppendNormalized appends the normalised s (see Normalize) to dst.
func AppendNormalized(dst []byte, s string) []byte {
	if !needsWork(s) {
		return append(dst, s...)
	}
	if !plainNFC(s) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if !norm.NFC.IsNormalString(s) {
			s = norm.NFC.String(s)
		}
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
		if i+8 <= len(s) {
			// Printable ASCII and single spaces between characters kept
			// (the first byte may be a space only after one): copied as
			// they are.
			if x := swar.Load64(s, i); x&highBits == 0 {
				sp := spaces(x)
				if sp|visible(x) == highBits && sp&(sp>>8) == 0 && sp>>63 == 0 && (sp&0x80 == 0 || run < i) {
					i += 8
					continue
				}
			}
		}
		c := s[i]
		if c > ' ' && c < 0x7f {
			i++
			continue
		}
		if c == ' ' && run < i && i+1 < len(s) && s[i+1] > ' ' && s[i+1] < 0x7f {
			i += 2 // one space between characters kept
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpaceRune(r):
			flush(i)
			space = true
		case isInvisible(r):
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

// plainNFC reports whether s is valid UTF-8 of ASCII and inert runes only
// (see inert), and so in NFC; it answers faster than the normaliser.
func plainNFC(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && swar.Load64(s, i)&highBits == 0 {
			i += 8
			continue
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !inert(r) || r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}

// inert reports whether r is in NFC and combines with no rune before it:
// the Latin letters and symbols below the combining marks, and general
// punctuation (but for two spaces that NFC replaces), super- and
// subscripts and currency signs. A text of ASCII and such runes is in NFC.
func inert(r rune) bool { return r < 0x300 || r >= 0x2002 && r <= 0x20cf }

// isSpaceRune reports whether r is white space that becomes one space.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', '\u2029':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// isInvisible reports whether r is dropped: zero-width characters, byte
// order marks, soft hyphens, control characters and private-use characters.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060':
		return true
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0xe000 && r <= 0xf8ff) ||
		(r >= 0xf0000 && r <= 0xffffd) || (r >= 0x100000 && r <= 0x10fffd)
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
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load64(s, i)
		if x&highBits != 0 {
			return true
		}
		sp := spaces(x)
		if sp|visible(x) != highBits || sp&(sp>>8) != 0 || prev == ' ' && sp&0x80 != 0 {
			return true
		}
		prev = byte(x >> 56)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && prev == ' ') {
			return true
		}
		prev = c
	}
	return false
}
