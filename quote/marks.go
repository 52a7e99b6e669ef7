package quote

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Quote mark families.
const (
	famDouble = 'd'
	famSingle = 's'
)

// mark is a quotation mark candidate in the text.
type mark struct {
	pos, size       int
	fam             byte
	canOpen, canClo bool
}

// span is one stretch of text between quotation marks. Offsets are bytes
// into the document text; start and end exclude the marks.
type span struct {
	openPos, openLen   int // openLen 0: the quote opens at the paragraph start without a mark
	closePos, closeLen int // closeLen 0: unclosed
	start, end         int
	para               int
	cont               bool // unclosed, continued by the next paragraph's quote
	contPrev           bool // continues the previous paragraph's unclosed quote
}

// markFamily returns the family of quotation mark r, or 0.
func markFamily(r rune) byte {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟':
		return famDouble
	case '\'', '‘', '’', '‚', '‹', '›':
		return famSingle
	}
	return 0
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return markFamily(r) != 0
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…':
		return true
	}
	return markFamily(r) != 0
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// classify returns the mark at text[i] (rune r of size n) inside the
// paragraph [ps, pe), or ok=false when r is no quotation mark there (an
// apostrophe, a prime after a digit).
func classify(text string, ps, pe, i int, r rune, n int) (m mark, ok bool) {
	fam := markFamily(r)
	if fam == 0 {
		return m, false
	}
	var prev, next rune = -1, -1
	if i > ps {
		prev, _ = utf8.DecodeLastRuneInString(text[ps:i])
	}
	if i+n < pe {
		next, _ = utf8.DecodeRuneInString(text[i+n : pe])
	}
	left := next >= 0 && !unicode.IsSpace(next) && (prev < 0 || unicode.IsSpace(prev) || isOpenPunct(prev))
	right := prev >= 0 && !unicode.IsSpace(prev) && (next < 0 || unicode.IsSpace(next) || isClosePunct(next))
	m = mark{pos: i, size: n, fam: fam}
	if fam == famSingle && prev >= 0 && next >= 0 && isLetter(prev) && isLetter(next) {
		return m, false // country’s, don't
	}
	switch r {
	case '"':
		m.canOpen, m.canClo = left && !right, right && !left
		if !m.canOpen && !m.canClo {
			m.canOpen, m.canClo = true, true
		}
		if prev >= 0 && unicode.IsDigit(prev) && !left {
			// 12" (inches) opens nothing, but “Agenda 47" closes a quote
			m.canOpen, m.canClo = false, true
		}
	case '“', '‘', '‟':
		m.canOpen, m.canClo = left || !right, right && !left
	case '”':
		m.canOpen, m.canClo = left && !right, right || !left
	case '’':
		m.canOpen, m.canClo = left && !right, right && !left
		if !m.canOpen && !m.canClo {
			return m, false
		}
	case '„', '«', '‚', '‹':
		m.canOpen = true
	case '»', '›':
		m.canClo = true
	case '\'':
		m.canOpen, m.canClo = left && !right, right && !left
		if !m.canOpen && !m.canClo {
			return m, false
		}
	}
	if fam == famSingle && m.canOpen && next >= 0 && unicode.IsDigit(next) {
		m.canOpen = false // the ’90s
		if !m.canClo {
			return m, false
		}
	}
	return m, true
}

// markLead marks the bytes a quotation mark can start with.
var markLead = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true}

// leadMask returns, in the high bit of each of the eight bytes of x,
// whether that byte may start a quotation mark: " and ' (and # and &),
// 0xE2 and 0xC2. It holds every byte of markLead.
func leadMask(x uint64) uint64 {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	// " ' # & are 0x22 0x27 0x23 0x26, 0xC2 and 0xE2 differ in 0x20: each
	// set is the bytes b with (b^c)&^m zero; a byte y is zero when neither
	// (y&0x7f)+0x7f nor y has the high bit (exact, no carry crosses bytes)
	a := (x ^ 0x22*ones) &^ (0x05 * ones)
	b := (x ^ 0xc2*ones) &^ (0x20 * ones)
	return ^((a&low7+low7)|a)&highs | ^((b&low7+low7)|b)&highs
}

// load8 returns the first eight bytes of s, which holds eight at least,
// as a little-endian number (one load).
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// pairMarks finds the quotations of the paragraphs, appending them to out.
// paras are [start, end) byte ranges of text.
func pairMarks(text string, paras [][2]int, out []span, marks []mark) ([]span, []mark) {
	contNext := false
	for pi, p := range paras {
		ps, pe := p[0], p[1]
		marks = marks[:0]
		for i := ps; i < pe; i++ {
			// every mark is ASCII or starts with 0xE2 (“ ” ‘ ’ „ ‚ ‹ ›) or
			// 0xC2 (« »); continuation bytes never equal those. Go to the
			// next such byte eight bytes at a time.
			for i+8 <= pe {
				if m := leadMask(load8(text[i : i+8])); m != 0 {
					i += bits.TrailingZeros64(m) >> 3
					break
				}
				i += 8
			}
			if i >= pe {
				break
			}
			c := text[i]
			if !markLead[c] {
				continue
			}
			switch c {
			case '"', '\'':
				if m, ok := classify(text, ps, pe, i, rune(c), 1); ok {
					marks = append(marks, m)
				}
			case 0xE2, 0xC2:
				r, n := utf8.DecodeRuneInString(text[i:pe])
				if m, ok := classify(text, ps, pe, i, r, n); ok {
					marks = append(marks, m)
				}
			}
		}
		out, contNext = pairParagraph(text, ps, pe, pi, marks, contNext, paras, out)
	}
	return out, marks
}

func pairParagraph(text string, ps, pe, para int, marks []mark, contPrev bool, paras [][2]int, out []span) ([]span, bool) {
	var stack [2]mark
	depth := 0
	record := func(o mark, openLen int, closePos, closeLen int) bool {
		s := span{openPos: o.pos, openLen: openLen, closePos: closePos, closeLen: closeLen, para: para}
		s.start, s.end = trimSpan(text, o.pos+openLen, closePos)
		if s.start < s.end {
			s.contPrev = contPrev && o.pos == firstNonSpace(text, ps, pe)
			out = append(out, s)
			return true
		}
		return false
	}
	for k, m := range marks {
		if depth == 0 {
			if m.canOpen {
				stack[0], depth = m, 1
			} else if m.fam == famDouble && m.canClo && k == 0 && contPrev {
				// the quote runs on from the previous paragraph without
				// a new opening mark
				record(mark{pos: ps}, 0, m.pos, m.size)
			}
			continue
		}
		top := stack[depth-1]
		if m.fam == top.fam {
			if m.canClo && !(m.canOpen && m.pos == top.pos+top.size) {
				if top.fam == famSingle && possessiveBreak(text, marks[k+1:], m, pe) {
					continue
				}
				depth--
				if depth == 0 {
					record(top, top.size, m.pos, m.size)
				}
			} else if m.canOpen {
				if depth == 1 && m.fam == famDouble {
					// the earlier quote never closed: it ends here
					record(top, top.size, m.pos, 0)
				}
				stack[depth-1] = m
			}
			continue
		}
		switch {
		case m.canClo && depth == 2 && stack[0].fam == m.fam:
			depth = 0
			record(stack[0], stack[0].size, m.pos, m.size)
		case m.canOpen && depth < 2 && !(m.canClo && depth == 1 && m.fam == famSingle):
			stack[depth] = m
			depth++
		}
	}
	cont := false
	if depth > 0 {
		o := stack[0]
		next := -1
		if para+1 < len(paras) {
			if i := firstNonSpace(text, paras[para+1][0], paras[para+1][1]); i < paras[para+1][1] {
				r, _ := utf8.DecodeRuneInString(text[i:])
				if markFamily(r) == o.fam {
					next = i
				}
			}
		}
		if next >= 0 || o.fam == famDouble {
			if record(o, o.size, pe, 0) && next >= 0 {
				cont = true
				out[len(out)-1].cont = true
			}
		}
	}
	return out, cont
}

// possessiveBreak reports whether closing single mark m is more likely a
// plural possessive (the Houthis’ ability) because another closing single
// mark follows in the paragraph before any opening one.
func possessiveBreak(text string, rest []mark, m mark, pe int) bool {
	if m.pos == 0 || text[m.pos-1] != 's' || m.pos+m.size+1 >= pe || text[m.pos+m.size] != ' ' {
		return false
	}
	if c := text[m.pos+m.size+1]; c < 'a' || c > 'z' {
		return false
	}
	for _, r := range rest {
		if r.fam != famSingle {
			continue
		}
		if r.canOpen && !r.canClo {
			return false
		}
		if r.canClo {
			// a later mark that is itself a plural possessive (the
			// Conservatives’ campaign) closes nothing: m closes the quote
			return !looksPossessive(text, r, pe)
		}
	}
	return false
}

// looksPossessive reports whether closing single mark m follows an s and
// comes before a lower-case word: the rebels’ bases.
func looksPossessive(text string, m mark, pe int) bool {
	if m.pos == 0 || text[m.pos-1] != 's' || m.pos+m.size+1 >= pe || text[m.pos+m.size] != ' ' {
		return false
	}
	c := text[m.pos+m.size+1]
	return c >= 'a' && c <= 'z'
}

func firstNonSpace(text string, i, end int) int {
	for i < end && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i
}

// trimSpan trims spaces, and a trailing comma, from text[start:end].
func trimSpan(text string, start, end int) (int, int) {
	if end > len(text) {
		end = len(text)
	}
	for start < end && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t') {
		start++
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\t' || text[end-1] == ',') {
		end--
	}
	return start, end
}
