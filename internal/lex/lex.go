// Package lex is the small word lexer and the case-insensitive word table
// that the temporal and amount stages share: tokens are runs of letters,
// numbers with inner separators, or single characters, with absolute byte
// offsets; a Table looks up a word's lower case without allocating.
package lex

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis/internal/swar"
)

// Token kinds.
const (
	Word  = 1 // letters
	Num   = 2 // ASCII digits, with inner ',' or '.' between digits
	Punct = 3 // any other single character
)

// Token is a word, number or punctuation character of the text. Offsets are
// absolute byte offsets into the document text.
type Token struct {
	Start, End int
	Kind       uint8
	Space      bool // preceded by white space or the start of the span
	Upper      bool // a word whose first letter is upper case
}

// Lex appends the tokens of text[start:end] to out. Words are runs of
// letters only: "Russia’s" is three tokens, "1,000km-long" four
// (1,000 km - long).
func Lex(text string, start, end int, out []Token) []Token {
	space := true
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case isASCIILetter(c):
				j := scanWord(text, i, end)
				out = append(out, Token{Start: i, End: j, Kind: Word, Space: space, Upper: c >= 'A' && c <= 'Z'})
				i = j
			case c >= '0' && c <= '9':
				j := i + 1
				for j < end {
					d := text[j]
					if d >= '0' && d <= '9' {
						j++
						continue
					}
					if (d == ',' || d == '.') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
						j += 2
						continue
					}
					break
				}
				out = append(out, Token{Start: i, End: j, Kind: Num, Space: space})
				i = j
			default:
				out = append(out, Token{Start: i, End: i + 1, Kind: Punct, Space: space})
				i++
			}
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isSpace(r):
			space = true
			i += n
			continue
		case isLetter(r):
			j := scanWord(text, i, end)
			out = append(out, Token{Start: i, End: j, Kind: Word, Space: space, Upper: unicode.IsUpper(r)})
			i = j
		default:
			out = append(out, Token{Start: i, End: i + n, Kind: Punct, Space: space})
			i += n
		}
		space = false
	}
	return out
}

// Mentions reports whether text[start:end] holds a number (an ASCII digit)
// or a word, as Lex splits words, for which want(i, j) is true, text[i:j]
// being the word. want is asked only about words whose signature is in sig.
// A scanner calls it to skip spans that hold nothing it could match, at a
// fraction of the cost of lexing them: ASCII text is read eight bytes at a
// time.
func Mentions(text string, start, end int, sig *SigSet, want func(i, j int) bool) bool {
	i := start
	for i < end {
		if i+8 <= end {
			x := swar.Load64(text, i)
			if x&highBits == 0 {
				if digits(x) != 0 {
					return true
				}
				// Each word starting in these eight bytes.
				letters := asciiLetters(x)
				next := i + 8
				for letters != 0 {
					k := bits.TrailingZeros64(letters) / 8
					rest := ^letters & highBits &^ (1<<(8*k+8) - 1)
					var j int
					if rest == 0 {
						// The word runs on past these bytes.
						j = scanWord(text, i+8, end)
						next = j
						letters = 0
					} else {
						e := bits.TrailingZeros64(rest) / 8
						j = i + e
						letters &^= 1<<(8*e) - 1
					}
					if w := text[i+k : j]; sig.Has(w) && want(i+k, j) {
						return true
					}
				}
				i = next
				continue
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isASCIILetter(c):
				j := scanWord(text, i, end)
				if sig.Has(text[i:j]) && want(i, j) {
					return true
				}
				i = j
			case c >= '0' && c <= '9':
				return true
			default:
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isLetter(r) {
			j := scanWord(text, i, end)
			if sig.Has(text[i:j]) && want(i, j) {
				return true
			}
			i = j
			continue
		}
		i += n
	}
	return false
}

const (
	ones     = swar.Ones
	highBits = swar.High
)

// asciiLetters returns the high bit of each byte of x (all below 0x80)
// that is an ASCII letter.
func asciiLetters(x uint64) uint64 {
	y := x | 0x20*ones // lower case; only letters land in 'a'..'z'
	return (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) & highBits
}

// letterBytes returns the high bit of each byte of x that is an ASCII
// letter; bytes from 0x80 up are not.
func letterBytes(x uint64) uint64 {
	return asciiLetters(x&^highBits) &^ x
}

// digits returns the high bit of each byte of x (all below 0x80) that is
// an ASCII digit.
func digits(x uint64) uint64 {
	return (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones) & highBits
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanWord returns the end of the run of letters starting at i.
func scanWord(text string, i, end int) int {
	for i < end {
		if i+8 <= end {
			// Eight ASCII letters at a time.
			m := ^letterBytes(swar.Load64(text, i)) & highBits
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isLetter(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += n
	}
	return i
}

// isLetter is unicode.IsLetter, answered at once for general punctuation
// (curly quotes, dashes), which holds no letter.
func isLetter(r rune) bool {
	if r >= 0x2010 && r <= 0x206f {
		return false
	}
	return unicode.IsLetter(r)
}

// isSpace is unicode.IsSpace, answered at once for the general punctuation
// after the spaces (from U+2010, curly quotes and dashes), which holds two.
func isSpace(r rune) bool {
	if r >= 0x2010 && r <= 0x206f {
		return r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f
	}
	return unicode.IsSpace(r)
}

// Lower writes the ASCII lower case of s into buf and returns it; words
// longer than buf are truncated, which makes them miss every table.
func Lower(buf []byte, s string) []byte {
	n := 0
	for i := 0; i < len(s) && n < len(buf); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}

// Table maps lower-case words to lexicon entries. It is an open-addressing
// hash table probed with the lower case of a word computed on the fly, so a
// look-up neither allocates nor hashes twice: most words of a text are in no
// table and cost one probe.
type Table[E any] struct {
	mask  uint64
	keys  []string
	vals  []E
	count int
	// sig has a bit set for each (length, first letter, last letter) of a
	// key: a word whose bit is clear is in no table, without hashing it.
	sig SigSet
}

// letterIndex maps the ASCII letters of either case to 0..25 and every
// other byte to 26.
var letterIndex = func() (t [256]uint8) {
	for c := range t {
		t[c] = 26
		if l := byte(c) | 0x20; l >= 'a' && l <= 'z' {
			t[c] = l - 'a'
		}
	}
	return t
}()

// SigSet is a set of word signatures: (length, first letter, last letter).
// A word whose signature is not in the set is certainly not among the words
// added, and finding that out costs no hashing.
type SigSet [32 * 32]uint32 // by length (31 for longer) and first letter: a bit per last letter

// Add adds the signature of the non-empty word w.
func (s *SigSet) Add(w string) {
	s[sigIndex(w)] |= 1 << (letterIndex[w[len(w)-1]] & 31)
}

// Has reports whether the signature of the non-empty word w is in s.
func (s *SigSet) Has(w string) bool {
	return s[sigIndex(w)]&(1<<(letterIndex[w[len(w)-1]]&31)) != 0
}

func sigIndex(w string) int {
	return (min(len(w), 31)<<5 | int(letterIndex[w[0]])) & (len(SigSet{}) - 1)
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Put adds or replaces the entry for key, which must be lower case.
func (t *Table[E]) Put(key string, v E) {
	if (t.count+1)*2 > len(t.keys) {
		t.grow()
	}
	i := fnv(key) & t.mask
	for t.keys[i] != "" {
		if t.keys[i] == key {
			t.vals[i] = v
			return
		}
		i = (i + 1) & t.mask
	}
	t.keys[i], t.vals[i] = key, v
	t.count++
	t.sig.Add(key)
}

func (t *Table[E]) grow() {
	keys, vals := t.keys, t.vals
	n := max(64, 2*len(keys))
	t.keys, t.vals, t.mask, t.count = make([]string, n), make([]E, n), uint64(n-1), 0
	t.sig = SigSet{}
	for i, k := range keys {
		if k != "" {
			t.Put(k, vals[i])
		}
	}
}

// Get returns the entry of s, compared without regard to ASCII case.
func (t *Table[E]) Get(s string) (E, bool) {
	var zero E
	if t.count == 0 || s == "" {
		return zero, false
	}
	if !t.sig.Has(s) {
		return zero, false
	}
	i := fnv(s) & t.mask
	for {
		k := t.keys[i]
		if k == "" {
			return zero, false
		}
		if len(k) == len(s) && equalLower(s, k) {
			return t.vals[i], true
		}
		i = (i + 1) & t.mask
	}
}

// equalLower reports whether s in lower case equals k (already lower case).
func equalLower(s, k string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}
