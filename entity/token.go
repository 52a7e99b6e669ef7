package entity

import (
	"unicode"
	"unicode/utf8"
)

// Token shapes, from least to most capitalised.
const (
	shapeOther = iota // punctuation
	shapeNum          // starts with a digit
	shapeLower        // "said", "al"
	shapeCap          // "Putin", "McCain"
	shapeUpper        // "NATO", "U.S." (two or more letters, all upper case)
)

// tok is a word or punctuation mark of the text. It holds no pointers:
// a run's token buffer costs the garbage collector nothing and goes back to
// the pool as it is.
type tok struct {
	start, end int
	// The key is the word folded: lower case, no diacritics, no dots ("U.S."
	// → "us"). It is text[start:end] when ka is 0, else the kn bytes at ka-1
	// of the keys the tokenizer wrote (see keyIn).
	ka, kn uint32
	shape  uint8
	// joined: the token follows the previous one with only a hyphen between
	// ("Jong-un", "Russia-Ukraine").
	joined bool
	// poss: a possessive "'s", "’s" or bare "'" / "’" follows the word.
	poss bool
	// sent is the index of the sentence holding the token.
	sent int32
	// vid is the word's id in the matcher's vocabulary, or -1; flags are
	// its lexicon classes (see annotate).
	vid   int32
	flags uint32
}

// keyIn returns the key of t, a token of text whose tokenizer wrote keys.
func (t *tok) keyIn(text, keys string) string {
	if t.ka == 0 {
		return text[t.start:t.end]
	}
	return keys[t.ka-1 : t.ka-1+t.kn]
}

// roleClass returns the role class of the word (lexicon.role).
func (t *tok) roleClass() uint8 { return uint8(t.flags >> roleShift) }

// tokenize returns the tokens of text and the keys they point into. Words
// are runs of letters and digits with inner apostrophes ("O'Neill"); an
// inner hyphen splits words and marks the second as joined; dotted acronyms
// ("U.S.", "U.N.") are one token; a possessive ending is dropped and
// recorded on the word. Every other non-space character is a token by
// itself.
func tokenize(text string) ([]tok, string) {
	return tokenizeArena(nil, text, nil)
}

// tokenizeArena is tokenize appending to dst and writing the keys that
// differ from the text into arena.
func tokenizeArena(dst []tok, text string, arena []byte) ([]tok, string) {
	var tz tokenizer
	tz.init(dst, text, arena)
	tz.scan(0, len(text))
	return tz.finish()
}

// tokenKeys returns the keys of ts, tokens of text whose tokenizer wrote
// keys.
func tokenKeys(ts []tok, text, keys string) []string {
	out := make([]string, len(ts))
	for i := range ts {
		out[i] = ts[i].keyIn(text, keys)
	}
	return out
}

// tokenizer holds the state of one tokenisation.
type tokenizer struct {
	dst   []tok
	text  string
	arena []byte // the keys that differ from the text
}

func (tz *tokenizer) init(dst []tok, text string, arena []byte) {
	tz.dst, tz.text, tz.arena = dst, text, arena[:0]
}

// finish returns the tokens and the keys they point into.
func (tz *tokenizer) finish() ([]tok, string) {
	return tz.dst, string(tz.arena)
}

// arenaKey points t's key at the arena's bytes from s0 on.
func (tz *tokenizer) arenaKey(t *tok, s0 int) {
	if len(tz.arena) >= 1<<31 {
		panic("entity: text too long")
	}
	t.ka, t.kn = uint32(s0)+1, uint32(len(tz.arena)-s0)
}

// scan tokenises text[lo:hi].
func (tz *tokenizer) scan(lo, hi int) {
	text := tz.text
	i, n := lo, hi
	joined := false
	for i < n {
		r, w := decode(text, i)
		if isSpace(r) {
			i += w
			joined = false
			continue
		}
		if !isWordRune(r) {
			if (r == '-' || r == '‑') && len(tz.dst) > 0 && tz.dst[len(tz.dst)-1].end == i &&
				tz.dst[len(tz.dst)-1].shape >= shapeLower && i+w < n {
				if nr, _ := decode(text, i+w); isWordRune(nr) {
					joined = true
					i += w
					continue
				}
			}
			tz.dst = append(tz.dst, tok{start: i, end: i + w, shape: shapeOther, vid: vidUnknown})
			i += w
			joined = false
			continue
		}
		// dotted acronym: single letters each followed by '.', at least two.
		if j := acronymEnd(text[:n], i); j > 0 {
			t := tok{start: i, end: j, shape: shapeUpper, joined: joined, vid: vidUnknown}
			s0 := len(tz.arena)
			for k := i; k < j; k++ {
				if c := text[k]; c != '.' {
					tz.arena = append(tz.arena, c|0x20)
				}
			}
			tz.arenaKey(&t, s0)
			i, joined = tz.possessive(&t, j, n), false // "the U.S.'s"
			tz.dst = append(tz.dst, t)
			continue
		}
		j := i
		for j < n {
			r, w := decode(text, j)
			if isWordRune(r) {
				j += w
				continue
			}
			if (r == '\'' || r == '’') && j+w < n {
				nr, nw := decode(text, j+w)
				if isWordRune(nr) && !(nr == 's' || nr == 'S') || (nr == 's' || nr == 'S') && j+w+nw < n && isWordRune(rune(text[j+w+nw])) {
					j += w
					continue
				}
			}
			break
		}
		t := tok{start: i, end: j, joined: joined, vid: vidUnknown}
		s0 := len(tz.arena)
		if isASCIIWord(text[i:j]) {
			var up int
			tz.arena, up = appendLowerASCII(tz.arena, text[i:j])
			t.shape = shapeASCII(text[i:j], up)
			if up > 0 {
				tz.arenaKey(&t, s0)
			} else {
				tz.arena = tz.arena[:s0] // the key is the text
			}
		} else {
			tz.arena, t.shape = appendFold(tz.arena, text[i:j])
			tz.arenaKey(&t, s0)
		}
		i, joined = tz.possessive(&t, j, n), false
		tz.dst = append(tz.dst, t)
	}
}

// possessive marks t, which ends at j, as possessive when "'s", "’s" or a
// bare apostrophe after an s follows, and returns where the next token
// starts.
func (tz *tokenizer) possessive(t *tok, j, n int) int {
	text := tz.text
	if j >= n {
		return j
	}
	r, w := decode(text, j)
	if r != '\'' && r != '’' {
		return j
	}
	if j+w < n && (text[j+w] == 's' || text[j+w] == 'S') && (j+w+1 == n || !isWordRune(rune(text[j+w+1]))) {
		t.poss = true
		return j + w + 1
	}
	if j > 0 && (text[j-1] == 's' || text[j-1] == 'S') {
		t.poss = true
		return j + w
	}
	return j
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends w in lower case and returns the number of upper
// case letters.
func appendLowerASCII(dst []byte, w string) ([]byte, int) {
	up := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			up++
		}
		dst = append(dst, c)
	}
	return dst, up
}

func shapeASCII(w string, upper int) uint8 {
	lower := 0
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			lower++
		}
	}
	return shapeOf(w[0], upper, lower)
}

// acronymEnd returns the end of a dotted acronym starting at i ("U.S.",
// "U.N.", "E.U."), or 0.
func acronymEnd(s string, i int) int {
	j, count := i, 0
	for j+1 < len(s) && isUpperASCII(s[j]) && s[j+1] == '.' {
		j += 2
		count++
		if j < len(s) && isLetterASCII(s[j]) && (j+1 >= len(s) || s[j+1] != '.') {
			return 0 // "U.Sx"
		}
	}
	if count < 2 {
		return 0
	}
	return j
}

func isUpperASCII(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLetterASCII(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x2000 <= r && r <= 0x206f {
		return false // General Punctuation: dashes, quotes, spaces (no letter, digit or mark)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// appendFold appends the matching key of a word (lower case, Latin
// diacritics removed, apostrophes unified) to dst and returns its shape.
func appendFold(dst []byte, w string) ([]byte, uint8) {
	ascii := true
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	if ascii {
		dst, _ = appendLowerASCII(dst, w)
		return dst, shapeOf(w[0], upper, lower)
	}
	first := true
	var firstUpper, firstDigit bool
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
			if first {
				firstUpper = true
			}
		} else if unicode.IsLower(r) {
			lower++
		}
		if first && unicode.IsDigit(r) {
			firstDigit = true
		}
		first = false
		if r == '’' {
			dst = append(dst, '\'')
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if r >= 0xc0 {
			if s, ok := foldMap[r]; ok {
				dst = append(dst, s...)
				continue
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	var shape uint8
	switch {
	case firstDigit:
		shape = shapeNum
	case firstUpper && lower == 0 && upper >= 2:
		shape = shapeUpper
	case firstUpper:
		shape = shapeCap
	default:
		shape = shapeLower
	}
	return dst, shape
}

func shapeOf(first byte, upper, lower int) uint8 {
	switch {
	case '0' <= first && first <= '9':
		return shapeNum
	case 'A' <= first && first <= 'Z' && lower == 0 && upper >= 2:
		return shapeUpper
	case 'A' <= first && first <= 'Z':
		return shapeCap
	}
	return shapeLower
}

// foldMap maps lower-case Latin letters with diacritics to their base.
var foldMap = func() map[rune]string {
	m := map[rune]string{}
	groups := map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏőǒ",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
		"ae": "æ", "oe": "œ", "ss": "ß", "th": "þ",
	}
	for base, chars := range groups {
		for _, r := range chars {
			m[r] = base
		}
	}
	return m
}()

// foldPhrase folds a phrase into the keys of its tokens.
func foldPhrase(s string) []string {
	ts, arena := tokenize(s)
	keys := make([]string, 0, len(ts))
	for i := range ts {
		k := ts[i].keyIn(s, arena)
		if ts[i].shape == shapeOther && (k == "." || k == ",") {
			continue
		}
		keys = append(keys, k)
	}
	return keys
}

// asciiKeys iterates over the keys of the words of an ASCII phrase,
// lower-cased into its own buffer (index maps with m[string(key)], which
// does not allocate). Words split at every character but letters, digits
// and inner apostrophes; a possessive ending is dropped. Use foldPhrase
// where ok reports false: s is not ASCII or has a word too long.
type asciiKeys struct {
	s   string
	i   int
	buf [48]byte
}

// newASCIIKeys returns the iterator over s and whether it can serve s.
func newASCIIKeys(s string) (asciiKeys, bool) {
	return asciiKeys{s: s}, isASCIIWord(s)
}

// next returns the next key, or nil at the end or at a word too long.
func (it *asciiKeys) next() []byte {
	s := it.s
	for it.i < len(s) && !isLetterASCII(s[it.i]) && !isDigitASCII(s[it.i]) {
		it.i++
	}
	if it.i >= len(s) {
		return nil
	}
	i, j := it.i, it.i
	for j < len(s) && (isLetterASCII(s[j]) || isDigitASCII(s[j]) ||
		s[j] == '\'' && j+1 < len(s) && isLetterASCII(s[j+1]) && !((s[j+1] == 's' || s[j+1] == 'S') && (j+2 == len(s) || !isLetterASCII(s[j+2])))) {
		j++
	}
	it.i = j
	if j-i > len(it.buf) {
		return nil
	}
	n := 0
	for k := i; k < j; k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		it.buf[n] = c
		n++
	}
	return it.buf[:n]
}

func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }
