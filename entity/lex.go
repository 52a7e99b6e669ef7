package entity

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// Byte classes of the lexer.
const (
	bOther = iota // ASCII punctuation or control character: a token by itself
	bSpace        // ASCII space, tab or line break
	bWord         // ASCII letter or digit
	bSlow         // hyphen, apostrophe or non-ASCII byte: the scanner decides
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			t[c] = bSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = bWord
		case c == '-' || c == '\'' || c >= 0x80:
			t[c] = bSlow
		default:
			t[c] = bOther
		}
	}
	return t
}()

// lex appends the tokens of the text, as scan does, and annotates the
// plain ones on the way: an ASCII word (letters and digits, nothing after
// it that could join, extend or possess it) is read, folded and hashed
// eight bytes at a time and looked up; an ASCII punctuation mark takes its
// id from a table. Whatever else a run of non-space bytes holds (hyphens,
// apostrophes, dotted acronyms, non-ASCII letters and marks) goes through
// the scanner from there to the next space, and its tokens keep vid ==
// vidUnknown for annotate. Splitting the text at ASCII spaces changes
// nothing the scanner decides: it looks at most one character past a word
// and resets the hyphen state at a space.
func (tz *tokenizer) lex(s *Stage) {
	text := tz.text
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case bSpace:
			i++
		case bOther:
			tz.dst = append(tz.dst, tok{start: i, end: i + 1, shape: shapeOther, vid: s.punct[c], flags: s.punctFlags[c]})
			i++
		case bWord:
			i = tz.lexWord(s, i)
		default:
			i = tz.lexSlow(s, i)
		}
	}
}

// Eight-byte masks of the word reader.
const (
	ones8  = 0x0101010101010101
	high8  = 0x8080808080808080
	lower8 = 0x2020202020202020 // the bit that makes an ASCII letter lower case
)

// bytesIn has the high bit of each byte of x set whose value b is lo < b <
// hi (0 <= lo < hi <= 128), the others clear.
func bytesIn(x uint64, lo, hi uint64) uint64 {
	low7 := x & (ones8 * 127)
	return (ones8*(127+hi) - low7) & ^x & (low7 + ones8*(127-lo)) & high8
}

// wordChunk reads the word bytes of the eight bytes v (little-endian, the
// text's from some offset on): it returns them folded (the rest zero), how
// many there are (8 when the word goes on) and the masks of the upper and
// lower case letters among them.
func wordChunk(v uint64) (c uint64, n int, upper, lower uint64) {
	lv := v | lower8
	end := ^(bytesIn(lv, 'a'-1, 'z'+1) | bytesIn(v, '0'-1, '9'+1)) & high8
	n = 8
	mask := ^uint64(0)
	if end != 0 {
		n = bits.TrailingZeros64(end) >> 3
		mask = 1<<(8*n) - 1
	}
	return lv & mask, n, bytesIn(v, 'A'-1, 'Z'+1) & mask, bytesIn(v, 'a'-1, 'z'+1) & mask
}

// lexWord reads the word of ASCII letters and digits at i and returns
// where lexing goes on.
func (tz *tokenizer) lexWord(s *Stage, i int) int {
	text := tz.text
	var v uint64
	if i+8 <= len(text) {
		t := text[i : i+8]
		v = uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
	} else {
		v = chunkAt(text, i)
	}
	// the first chunk, as wordChunk reads it
	lv := v | lower8
	end := ^(bytesIn(lv, 'a'-1, 'z'+1) | bytesIn(v, '0'-1, '9'+1)) & high8
	n := 8
	mask := ^uint64(0)
	if end != 0 {
		n = bits.TrailingZeros64(end) >> 3
		mask = 1<<(8*n) - 1
	}
	head := lv & mask
	h := hashStep(0, head)
	j := i + n
	ups := bits.OnesCount64(bytesIn(v, 'A'-1, 'Z'+1) & mask)
	lower := bytesIn(v, 'a'-1, 'z'+1) & mask
	for n == 8 {
		// a word of eight bytes or more
		var c, u, l uint64
		c, n, u, l = wordChunk(chunkAt(text, j))
		h = hashStep(h, c)
		ups += bits.OnesCount64(u)
		lower |= l
		j += n
	}
	next, poss := j, false // where lexing goes on; a possessive ending
	if j < len(text) {
		if c := text[j]; byteClass[c] == bSlow || c == '.' && j == i+1 && ups != 0 {
			// "Putin's", "Putin’s", "Jones'": as scan's possessive; "Jong-un",
			// "O'Neill", "Müller", "U.S.": the scanner's
			if next = possessiveEnd(text, j); next == j {
				return tz.slowChunk(i)
			}
			poss = true
		}
	}
	// the shape, without a branch: 0-9 a number, A-Z a capitalised word,
	// in upper case when no lower-case letter and two capitals or more
	c0 := text[i]
	digit := b2i(c0 <= '9')
	capital := b2i(c0 <= 'Z') &^ digit
	shape := shapeLower - digit + capital + capital&b2i(lower == 0)&b2i(ups >= 2)
	t := tok{start: i, end: j, shape: uint8(shape), poss: poss}
	hash := hashEnd(h, j-i)
	if n := j - i; n <= 8 {
		// the folded word is head: written to the arena, kept there only
		// when it differs from the text (a capital in it)
		s0 := len(tz.arena)
		if cap(tz.arena)-s0 < 8 {
			if s0 >= 1<<31-8 {
				panic("entity: text too long")
			}
			tz.arena = slices.Grow(tz.arena, 8+s0/2)
		}
		binary.LittleEndian.PutUint64(tz.arena[s0:s0+8], head)
		up := b2i(ups != 0)
		tz.arena = tz.arena[:s0+n*up]
		t.ka, t.kn = uint32((s0+1)*up), uint32(n*up)
		t.vid, t.flags, _ = infoFind(s.info, hash, head, n, "")
	} else if ups != 0 {
		s0 := len(tz.arena)
		for k := i; k < j; k++ {
			tz.arena = append(tz.arena, text[k]|0x20)
		}
		tz.arenaKey(&t, s0)
		t.vid, t.flags, _ = infoFind(s.info, hash, head, n, tz.arena[s0+8:])
	} else {
		t.vid, t.flags, _ = infoFind(s.info, hash, head, n, text[i+8:j])
	}
	tz.dst = append(tz.dst, t)
	return next
}

// possessiveEnd returns where a possessive ending at j after an ASCII word
// ends when it is one the scanner takes as such with nothing to reconsider:
// "'s" or "’s" before the end or an ASCII mark or space, or a bare "'" or
// "’" after an s before those; else j.
func possessiveEnd(text string, j int) int {
	w := 1
	if text[j] != '\'' {
		if !strings.HasPrefix(text[j:], "’") {
			return j
		}
		w = len("’")
	}
	plainAt := func(k int) bool { return k == len(text) || text[k] < utf8.RuneSelf && byteClass[text[k]] != bWord }
	switch a := j + w; {
	case a < len(text) && text[a]|0x20 == 's' && plainAt(a+1):
		return a + 1
	case text[j-1]|0x20 == 's' && plainAt(a):
		return a
	}
	return j
}

// lexSlow handles a hyphen, an apostrophe or a non-ASCII character at i
// that follows a space or a punctuation mark: no word stands just before it
// to join or possess, so a hyphen, an apostrophe and any other character
// that is no letter, digit or space is a token by itself, as in scan; a
// non-ASCII space is skipped; a non-ASCII letter starts a word for the
// scanner. It returns where lexing goes on.
func (tz *tokenizer) lexSlow(s *Stage, i int) int {
	text := tz.text
	c := text[i]
	if c < utf8.RuneSelf { // '-', '\''
		tz.dst = append(tz.dst, tok{start: i, end: i + 1, shape: shapeOther, vid: s.punct[c], flags: s.punctFlags[c]})
		return i + 1
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	switch {
	case isSpace(r):
		return i + w
	case isWordRune(r):
		return tz.slowChunk(i)
	}
	t := tok{start: i, end: i + w, shape: shapeOther}
	s.annotate(&t, text[i:i+w])
	tz.dst = append(tz.dst, t)
	return i + w
}

// slowChunk scans text from i to the next ASCII space and returns where it
// stopped.
func (tz *tokenizer) slowChunk(i int) int {
	e := i
	for e < len(tz.text) && byteClass[tz.text[e]] != bSpace {
		e++
	}
	tz.scan(i, e)
	return e
}
