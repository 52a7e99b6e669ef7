package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
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
)

// token is a word or mark of the text, as the quote stage sees it.
type token struct {
	start, end int32
	kind       uint8
	caps       bool  // starts with an upper-case letter
	lower      bool  // has no upper-case letter
	miss       uint8 // isNotName's answer: notNameKnown, notNameYes
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
	return int(^uint(0) >> 1)
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
// quotation marks in use.
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

// tokenizeSeg appends the tokens of text[start:end] to dst as tokenize
// does, taking the words and marks the segment stage found (seg, in
// order) where they are what tokenize would make of them: a word of ASCII
// letters and digits that ends where tokenize ends it, a punctuation mark
// other than an apostrophe, a quotation mark in use. Elsewhere it takes
// tokenize's own steps.
//
// The search for the first token of seg starts at *next, where the last
// call stopped, and *next is left at the first token after end.
func tokenizeSeg(dst []token, text string, start, end int, seg []axis.Token, next *int, marks *markSet) []token {
	pos := start
	// every token holds a byte at least: no append below grows dst
	dst = slices.Grow(dst, end-start)
	k := *next
	if k < 0 || k > len(seg) || k < len(seg) && seg[k].Start < start || k > 0 && seg[k-1].Start >= start {
		k = searchSeg(seg, start)
	}
	// the next quotation mark in use: marks.at is asked only there
	nm := marks.next()
	for ; k < len(seg); k++ {
		i, j := seg[k].Start, seg[k].End
		if i >= end {
			break
		}
		if i < pos {
			continue
		}
		if j <= i || j > end {
			break
		}
		g := pos
		for g < i && isSpaceByte(text[g]) {
			g++
		}
		if g == i {
			if i >= nm {
				kd, n := marks.at(i)
				nm = marks.next()
				if n > 0 {
					dst = putToken(dst, i, i+n, kd, false, false)
					pos = i + n
					continue
				}
			}
			c := text[i]
			switch {
			case c < 0x80 && asciiWord[c]:
				var ok, upper bool
				if n := j - i; n <= 8 && i+8 <= len(text) {
					// a word of eight bytes at most, as alnumRun reads it
					const ones, highs = 0x0101010101010101, 0x8080808080808080
					hi := uint64(highs) >> (64 - 8*n)
					x := load8(text[i : i+8])
					digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
					u := (x + (0x80-'A')*ones) &^ (x + (0x7f-'Z')*ones)
					l := (x + (0x80-'a')*ones) &^ (x + (0x7f-'z')*ones)
					ok, upper = x&hi == 0 && (digit|u|l)&hi == hi, u&hi != 0
				} else {
					ok, upper = alnumRun(text, i, j)
				}
				if ok && (j >= end || text[j] == ' ' || wordEndsAt(text, j, end)) {
					dst = putToken(dst, i, j, tWord, c <= 'Z' && c >= 'A', !upper)
					pos = j
					continue
				}
			case c < 0x80:
				if j == i+1 && c != '\'' && !isSpaceByte(c) {
					dst = putToken(dst, i, j, tPunct, false, false)
					pos = j
					continue
				}
			default:
				if r, n := utf8.DecodeRuneInString(text[i:end]); j == i+n && r != '’' && (punctRune(r) || !isWordRune(r) && !unicode.IsSpace(r)) {
					dst = putToken(dst, i, j, tPunct, false, false)
					pos = j
					continue
				}
			}
		}
		// tokenize's own steps up to and over the token
		for pos <= i {
			dst, pos = step(dst, text, pos, end, marks)
		}
		nm = marks.next()
	}
	*next = k
	if pos < end {
		dst = tokenize(dst, text, pos, end, marks)
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

// alnumRun reports whether text[i:j] is all ASCII letters and digits and
// whether one of them is upper case, eight bytes at a time.
func alnumRun(text string, i, j int) (ok, upper bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var up uint64
	for ; i < j; i += 8 {
		if i+8 > len(text) {
			// the end of the text: byte by byte
			for ; i < j; i++ {
				c := text[i]
				if c >= 0x80 || !asciiWord[c] {
					return false, false
				}
				if c <= 'Z' && c >= 'A' {
					up = 1
				}
			}
			break
		}
		hi := uint64(highs)
		if j-i < 8 {
			hi >>= 64 - 8*(j-i)
		}
		x := load8(text[i : i+8])
		if x&hi != 0 {
			return false, false // not ASCII
		}
		// a byte b below 0x80 is in [lo, hi] when b+0x80-lo has its high
		// bit and b+0x7f-hi has not; carries run only into later bytes
		digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)
		u := (x + (0x80-'A')*ones) &^ (x + (0x7f-'Z')*ones)
		l := (x + (0x80-'a')*ones) &^ (x + (0x7f-'z')*ones)
		if (digit|u|l)&hi != hi {
			return false, false
		}
		up |= u & hi
	}
	return true, up != 0
}

// wordEndsAt reports whether tokenize ends a word of ASCII letters and
// digits that reaches offset j of text[:end] at j.
func wordEndsAt(text string, j, end int) bool {
	if j >= end {
		return true
	}
	c := text[j]
	if c >= 0x80 {
		// a dash or quotation mark ends it, not a letter, ’ or ‑
		r, _ := utf8.DecodeRuneInString(text[j:end])
		return punctRune(r) && r != '’' && r != '‑'
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
	case '-', '\'':
	default:
		return true
	}
	// a hyphen, dot or apostrophe ends the word unless a word goes on
	// after it
	return j+1 >= end || text[j+1] < 0x80 && !asciiWord[text[j+1]]
}

// punctRune reports whether r is one of the dashes, quotation marks and
// other punctuation of U+2010-U+2027 and U+2030-U+205E: neither a letter,
// a digit, a mark nor a space.
func punctRune(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

// searchSeg returns the index of the first token of seg starting at or
// after off.
func searchSeg(seg []axis.Token, off int) int {
	i, j := 0, len(seg)
	for i < j {
		h := int(uint(i+j) >> 1)
		if seg[h].Start < off {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
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
