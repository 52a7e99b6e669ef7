package quote

import (
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
	missNoun = 1 << iota // nounAt
	missCue              // cueAt
)

// token is a word or mark of the text, as the quote stage sees it.
type token struct {
	start, end int32
	kind       uint8
	caps       bool  // starts with an upper-case letter
	lower      bool  // has no upper-case letter
	miss       uint8 // lookups known to find nothing: missNoun, missCue
	q          int32 // index of the quotation it lies in (marks included), or -1
	sent       int32 // index in work.sents
	fold       int32 // lowerWord's answer: 0 unknown, -1 the word itself, k > 0 work.folds[k-1]
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
	i := start
	for i < end {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if k, n := marks.at(i); n > 0 {
			dst = append(dst, token{start: int32(i), end: int32(i + n), kind: k, q: -1})
			i += n
			continue
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
					dst = append(dst, token{start: int32(i), end: int32(j + 1), kind: tPoss, q: -1})
					i = j + 1
					continue
				}
				if w := dst[len(dst)-1]; text[w.end-1] == 's' && (j >= end || text[j] == ' ') {
					dst = append(dst, token{start: int32(i), end: int32(j), kind: tPoss, q: -1})
					i = j
					continue
				}
			}
			if c >= 0x80 && unicode.IsSpace(r) {
				i += n
				continue
			}
			dst = append(dst, token{start: int32(i), end: int32(i + n), kind: tPunct, q: -1})
			i += n
			continue
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
		dst = append(dst, token{start: int32(i), end: int32(j), kind: tWord, caps: caps, lower: lower, q: -1})
		i = j
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordRune(r rune) bool {
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
