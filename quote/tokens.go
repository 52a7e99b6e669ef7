package quote

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota
	tPunct // any other character
	tPoss  // a possessive ending: ’s, 's, or ’ after a plural
	tOpen  // an opening quotation mark
	tClose // a closing quotation mark
)

// Bits of token.miss.
const (
	notNameKnown = 1 << iota // isNotName has looked the word up
	notNameYes               // and found it
	nounCueKnown             // readNounCue has read the cue word
	nounCueYes               // and found a noun
)

// token is a word or mark of the text, as the quote stage sees it.
type token struct {
	start, end int32
	kind       uint8
	caps       bool  // starts with an upper-case letter
	lower      bool  // has no upper-case letter
	miss       uint8 // cached answers: notNameKnown, notNameYes, nounCueKnown, nounCueYes
	q          int32 // index of the quotation it lies in (marks included), or -1
	sent       int32 // index in work.sents
	lex        int32 // work.lex's answer: 0 unknown, -1 noEntry, k > 0 vocab entry k-1
}

// sentence is a run of tokens [first, end) in one paragraph.
type sentence struct {
	first, end int
	para       int
}

// markSet answers, for increasing offsets, whether a quotation mark in
// use starts there.
type markSet struct {
	pos  []int
	kind []uint8
	size []int
	cur  int
}

// reset empties m for reuse.
func (m *markSet) reset() markSet {
	return markSet{pos: m.pos[:0], kind: m.kind[:0], size: m.size[:0]}
}

// next returns the position of the next mark at() has not passed, or
// the largest int.
func (m *markSet) next() int {
	if m.cur < len(m.pos) {
		return m.pos[m.cur]
	}
	return maxInt
}

func (m *markSet) at(pos int) (uint8, int) {
	for m.cur < len(m.pos) && m.pos[m.cur] < pos {
		m.cur++
	}
	if m.cur < len(m.pos) && m.pos[m.cur] == pos {
		return m.kind[m.cur], m.size[m.cur]
	}
	return 0, 0
}

// asciiWord marks the ASCII bytes that belong to words.
var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// tokenize appends the tokens of text[start:end] to dst. marks holds the
// quotation marks in use. It defines the stage's tokens; the stage runs
// tokenizeFast, which makes the same ones (FuzzTokenizeFast).
func tokenize(dst []token, text string, start, end int, marks *markSet) []token {
	dst = slices.Grow(dst, end-start) // every token holds a byte at least
	for i := start; i < end; {
		dst, i = step(dst, text, i, end, marks)
	}
	return dst
}

// step is one step of tokenize at offset i < end: it passes a space or
// appends the token that starts at i, and returns where the next step
// starts. dst must have room for the token.
func step(dst []token, text string, i, end int, marks *markSet) ([]token, int) {
	c := text[i]
	if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
		return dst, i + 1
	}
	if k, n := marks.at(i); n > 0 {
		dst = putToken(dst, i, i+n, k, false, false)
		return dst, i + n
	}
	r, n := rune(c), 1
	if c >= 0x80 {
		r, n = utf8.DecodeRuneInString(text[i:end])
	}
	if !(c < 0x80 && asciiWord[c] || c >= 0x80 && isWordRune(r)) {
		// a possessive ending after a word
		if (r == '\'' || r == '’') && len(dst) > 0 && dst[len(dst)-1].kind == tWord && int(dst[len(dst)-1].end) == i {
			j := i + n
			if j < end && (text[j] == 's' || text[j] == 'S') && (j+1 >= end || !isWordByte(text, j+1, end)) {
				dst = putToken(dst, i, j+1, tPoss, false, false)
				return dst, j + 1
			}
			if w := dst[len(dst)-1]; text[w.end-1] == 's' && (j >= end || text[j] == ' ') {
				dst = putToken(dst, i, j, tPoss, false, false)
				return dst, j
			}
		}
		if c >= 0x80 && unicode.IsSpace(r) {
			return dst, i + n
		}
		dst = putToken(dst, i, i+n, tPunct, false, false)
		return dst, i + n
	}
	// a word: letters and digits, with inner hyphens, apostrophes and
	// dots (Leif-Eric, don't, U.S)
	j := i + n
	var caps, lower bool
	if c < 0x80 {
		caps = c >= 'A' && c <= 'Z'
	} else {
		caps = unicode.IsUpper(r)
	}
	lower = !caps
	for j < end {
		c2 := text[j]
		// the common case: a run of lower-case ASCII letters
		for c2 >= 'a' && c2 <= 'z' {
			j++
			if j == end {
				break
			}
			c2 = text[j]
		}
		if j == end {
			break
		}
		if c2 < 0x80 {
			if asciiWord[c2] {
				if c2 >= 'A' && c2 <= 'Z' {
					lower = false
				}
				j++
				continue
			}
		} else {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				if unicode.IsUpper(r2) {
					lower = false
				}
				j += n2
				continue
			}
			if r2 != '’' && r2 != '‑' {
				break
			}
		}
		n2 := 1
		if (c2 == ',' || c2 == '.') && j+1 < end && isDigit(text[j-1]) && isDigit(text[j+1]) {
			j++ // a number: 30,000, 3.5
			continue
		}
		if c2 >= 0x80 {
			_, n2 = utf8.DecodeRuneInString(text[j:end])
		} else if c2 != '-' && c2 != '.' && c2 != '\'' {
			break
		}
		if j+n2 >= end || !isWordByte(text, j+n2, end) {
			break
		}
		if _, ismark := marks.at(j); ismark != 0 {
			break
		}
		if (c2 == '\'' || c2 >= 0x80) && (text[j+n2] == 's' || text[j+n2] == 'S') && (j+n2+1 >= end || !isWordByte(text, j+n2+1, end)) {
			break // a possessive 's
		}
		if c2 == '.' && j+n2+1 < end && text[j+n2+1] != '.' && isWordByte(text, j+n2+1, end) {
			break // a dot inside a word only in initialisms: U.S
		}
		j += n2
	}
	// an initialism keeps its last dot: U.S.
	if j < end && text[j] == '.' && j-i >= 3 && text[j-2] == '.' && !(j+1 < end && isWordByte(text, j+1, end)) {
		j++
	}
	dst = putToken(dst, i, j, tWord, caps, lower)
	return dst, j
}

// tokenizeFast appends the tokens of text[start:end] to dst as tokenize
// does, reading eight bytes at a time: a word of ASCII letters and digits
// that ends where tokenize ends it, a punctuation mark other than an
// apostrophe, a quotation mark in use; elsewhere it takes tokenize's own
// steps.
func tokenizeFast(dst []token, text string, start, end int, marks *markSet) []token {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	dst = slices.Grow(dst, end-start) // every token holds a byte at least
	nm := marks.next()
	i := start
	for i < end {
		c := text[i]
		if c == ' ' {
			i++
			continue
		}
		if i < nm && c < 0x80 {
			if asciiWord[c] && i+8 <= len(text) {
				// the word's bytes, eight at a time
				j := i
				var up uint64
				for {
					x := load8(text[j : j+8])
					digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
					u := (x + (0x80-'A')*ones) &^ (x + (0x7f-'Z')*ones)
					l := (x + (0x80-'a')*ones) &^ (x + (0x7f-'z')*ones)
					// the high bit of every byte that is no ASCII letter or
					// digit: exact up to the first of them, as the bytes
					// before it carry nothing into it
					other := (^(digit | u | l) | x) & highs
					if other != 0 {
						n := bits.TrailingZeros64(other) >> 3
						up |= u & (highs >> (64 - 8*n))
						j += n
						break
					}
					up |= u & highs
					j += 8
					if j+8 > len(text) {
						j = -1
						break
					}
				}
				if j > i && j < end && text[j] == ' ' {
					// the word and the space after it
					dst = putToken(dst, i, j, tWord, c <= 'Z' && c >= 'A', up == 0)
					i = j + 1
					continue
				}
				if j > i && j <= end && (j == end || wordEndsAt(text, j, end)) {
					dst = putToken(dst, i, j, tWord, c <= 'Z' && c >= 'A', up == 0)
					i = j
					continue
				}
			} else if !asciiWord[c] && c != '\'' && !isSpaceByte(c) {
				dst = putToken(dst, i, i+1, tPunct, false, false)
				i++
				continue
			}
		} else if c == 0xe2 && i < nm && i+3 <= end {
			// a dash, quotation mark or other punctuation of U+2010 to
			// U+205E but the apostrophe ’, which may end a possessive
			if r, n := utf8.DecodeRuneInString(text[i : i+3]); n == 3 && punctRune(r) && r != '’' {
				dst = putToken(dst, i, i+3, tPunct, false, false)
				i += 3
				continue
			}
		} else if i == nm {
			if kd, n := marks.at(i); n > 0 {
				dst = putToken(dst, i, i+n, kd, false, false)
				i += n
				nm = marks.next()
				continue
			}
		}
		dst, i = step(dst, text, i, end, marks)
		nm = marks.next()
	}
	return dst
}

// putToken appends a token outside any quotation and sentence to dst,
// whose capacity must hold it.
func putToken(dst []token, start, end int, kind uint8, caps, lower bool) []token {
	n := len(dst)
	dst = dst[:n+1]
	t := &dst[n]
	t.start, t.end = int32(start), int32(end)
	t.kind, t.caps, t.lower, t.miss = kind, caps, lower, 0
	t.q, t.sent, t.lex = -1, 0, 0
	return dst
}

// wordEndsAt reports whether tokenize ends a word of ASCII letters and
// digits that reaches offset j of text[:end] at j.
func wordEndsAt(text string, j, end int) bool {
	if j >= end {
		return true
	}
	c := text[j]
	if c >= 0x80 {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if r == '’' {
			// ends it before no word (Houthis’ ability) or before a
			// possessive s (Sweden’s)
			return notWordAt(text, j+n, end) || possessiveS(text, j+n, end)
		}
		// a dash or quotation mark ends it, not a letter or ‑
		return punctRune(r) && r != '‑'
	}
	if asciiWord[c] {
		return false
	}
	switch c {
	case ',', '.':
		if j+1 < end && isDigit(text[j-1]) && isDigit(text[j+1]) {
			return false // 30,000, 3.5
		}
		if c == ',' {
			return true
		}
	case '\'':
		return notWordAt(text, j+1, end) || possessiveS(text, j+1, end)
	case '-':
	default:
		return true
	}
	// a hyphen or dot ends the word unless a word goes on after it
	return notWordAt(text, j+1, end)
}

// notWordAt reports whether no word byte is at text[i] (isWordByte),
// knowing it for the end, ASCII and dashes and quotation marks; false
// when it does not know.
func notWordAt(text string, i, end int) bool {
	if i >= end {
		return true
	}
	if c := text[i]; c < 0x80 {
		return !asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return punctRune(r)
}

// possessiveS reports whether text[i:] is an s or S that ends a word:
// after an apostrophe, the word before it ends (step).
func possessiveS(text string, i, end int) bool {
	return i < end && (text[i] == 's' || text[i] == 'S') && notWordAt(text, i+1, end)
}

// punctRune reports whether r is one of the dashes, quotation marks and
// other punctuation of U+2010-U+2027 and U+2030-U+205E: neither a letter,
// a digit, a mark nor a space.
func punctRune(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordRune(r rune) bool {
	if punctRune(r) {
		return false // dashes and quotation marks, without the tables
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordByte(text string, i, end int) bool {
	c := text[i]
	if c < 0x80 {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return isWordRune(r)
}
