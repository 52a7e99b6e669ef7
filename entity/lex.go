package entity

import "unicode/utf8"

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

// lex appends the tokens of text[lo:hi], as scan does, and annotates the
// plain ones on the way: an ASCII word (letters and digits, nothing after
// it that could join, extend or possess it) is folded, hashed and looked up
// in one pass over its bytes; an ASCII punctuation mark takes its id from
// a table. Whatever else a run of non-space bytes holds (hyphens,
// apostrophes, dotted acronyms, non-ASCII letters and marks) goes through
// the scanner from there to the next space, and its tokens keep vid ==
// vidUnknown for annotate. Splitting the text at ASCII spaces changes
// nothing the scanner decides: it looks at most one character past a word
// and resets the hyphen state at a space.
func (tz *tokenizer) lex(s *Stage, lo, hi int) {
	text := tz.text
	for i := lo; i < hi; {
		c := text[i]
		switch byteClass[c] {
		case bSpace:
			i++
		case bOther:
			tz.dst = append(tz.dst, tok{start: i, end: i + 1, shape: shapeOther, vid: s.punct[c], flags: s.punctFlags[c]})
			i++
		case bWord:
			h := uint32(infoHashInit)
			up, low := 0, 0
			j := i
			for ; j < hi; j++ {
				b := text[j]
				if byteClass[b] != bWord {
					break
				}
				if b >= 'a' {
					low++
				} else if b >= 'A' {
					up++
				}
				h = (h ^ uint32(b|0x20)) * infoHashPrime // digits have the 0x20 bit
			}
			if j < hi {
				// "Jong-un", "O'Neill", "Putin's", "Müller", "U.S.": the scanner's
				if n := text[j]; byteClass[n] == bSlow || n == '.' && j == i+1 && up == 1 {
					i = tz.slowChunk(i, hi)
					continue
				}
			}
			t := tok{start: i, end: j, shape: shapeOf(c, up, low)}
			var w *infoSlot
			if up > 0 {
				s0 := len(tz.arena)
				for k := i; k < j; k++ {
					tz.arena = append(tz.arena, text[k]|0x20)
				}
				tz.arenaKey(&t, s0)
				w = infoFind(s.info, h, tz.arena[s0:])
			} else {
				w = infoFind(s.info, h, text[i:j])
			}
			if w != nil {
				t.vid, t.flags = w.vid, w.flags
			} else {
				t.vid = -1
			}
			tz.dst = append(tz.dst, t)
			i = j
		default:
			i = tz.lexSlow(s, i, hi)
		}
	}
}

// lexSlow handles a hyphen, an apostrophe or a non-ASCII character at i
// that follows a space or a punctuation mark: no word stands just before it
// to join or possess, so a hyphen, an apostrophe and any other character
// that is no letter, digit or space is a token by itself, as in scan; a
// non-ASCII space is skipped; a non-ASCII letter starts a word for the
// scanner. It returns where lexing goes on.
func (tz *tokenizer) lexSlow(s *Stage, i, hi int) int {
	text := tz.text
	c := text[i]
	if c < utf8.RuneSelf { // '-', '\''
		tz.dst = append(tz.dst, tok{start: i, end: i + 1, shape: shapeOther, vid: s.punct[c], flags: s.punctFlags[c]})
		return i + 1
	}
	r, w := utf8.DecodeRuneInString(text[i:hi])
	switch {
	case isSpace(r):
		return i + w
	case isWordRune(r):
		return tz.slowChunk(i, hi)
	}
	t := tok{start: i, end: i + w, shape: shapeOther}
	s.annotate(&t, text[i:i+w])
	tz.dst = append(tz.dst, t)
	return i + w
}

// slowChunk scans text from i to the next ASCII space (or hi) and returns
// where it stopped.
func (tz *tokenizer) slowChunk(i, hi int) int {
	e := i
	for e < hi && byteClass[tz.text[e]] != bSpace {
		e++
	}
	tz.scan(i, e)
	return e
}
