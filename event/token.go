package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// tok is a word or punctuation mark of a sentence.
type tok struct {
	start, end int    // byte offsets in Document.Text
	low        string // lower case, ’ as '
	id         int32  // the pattern vocabulary's number for low, or 0
	cls        class  // the classes of low (class.go)
	cap        bool   // starts with an upper-case letter
	punct      bool
	treaty     bool // inside an agreement's name: no trigger ("... and Cooperation between ...")
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	if r >= punctStart && r < punctStart+rune(len(punctWord)) {
		return punctWord[r-punctStart] // quotes and dashes, quickly
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// punctWord tells isWordRune of the runes of the General Punctuation
// block, which starts at punctStart.
const punctStart = 0x2000

var punctWord = func() (t [0x70]bool) {
	for i := range t {
		r := punctStart + rune(i)
		t[i] = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return t
}()

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// decode is utf8.DecodeRuneInString with an ASCII fast path.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// sentenceTokens appends the tokens of sentence si to dst: the segment
// stage's tokens (Document.Tokens) with their lower-case forms, ids and
// classes, a contraction's n't split off ("didn't": did n't) and ’ read
// as '. A document without tokens (built by hand, not segmented) is
// tokenised here.
//
// It sets c.trig to the indexes in dst of the tokens that start a pattern
// and c.capCls to the classes of its capitalised words.
func (c *coder) sentenceTokens(dst []tok, si int) []tok {
	d := c.d
	s := d.Sentences[si]
	c.trig, c.capCls = c.trig[:0], 0
	if len(d.Tokens) == 0 || s.FirstToken < 0 || s.FirstToken > s.EndToken || s.EndToken > len(d.Tokens) ||
		(s.FirstToken == s.EndToken && s.End > s.Start) {
		n := len(dst)
		dst = c.tokenize(dst, d.Text, s.Start, s.End)
		c.mark(dst, n)
		return dst
	}
	ps := c.st.pats
	c.forms.check(ps)
	toks := d.Tokens[s.FirstToken:s.EndToken]
	for len(toks) > 0 {
		// the common tokens are read in a loop without calls; it stops
		// at the others, read here one at a time
		if len(ps.table.index) != 0 {
			if cap(dst)-len(dst) < 2*len(toks) {
				dst = slices.Grow(dst, 2*len(toks))
			}
			if cap(c.trig)-len(c.trig) < 2*len(toks) {
				c.trig = slices.Grow(c.trig, 2*len(toks))
			}
			var k int
			dst, c.trig, k = c.commonTokens(dst, c.trig, toks, s.Start, s.End)
			toks = toks[k:]
			if len(toks) == 0 {
				break
			}
		}
		if t := toks[0]; t.Start >= s.Start && t.End <= s.End && t.Start < t.End {
			n := len(dst)
			dst = c.token(dst, d.Text, t.Start, t.End)
			c.mark(dst, n)
		}
		toks = toks[1:]
	}
	return dst
}

// mark adds the triggers and capitalised words of dst[from:] to c.trig and
// c.capCls.
func (c *coder) mark(dst []tok, from int) {
	for i := from; i < len(dst); i++ {
		if dst[i].cap {
			c.capCls |= dst[i].cls
		}
		if dst[i].cls&clsTrigger != 0 {
			c.trig = append(c.trig, int32(i))
		}
	}
}

// commonTokens appends to dst the tokens of toks (of a sentence from
// byte start to end) up to the first that is not common, and returns
// how many it read. The common tokens are one-byte marks and ASCII words
// of up to maxPacked bytes whose forms are known (no "n't"). dst has
// room for two tokens a token of toks.
func (c *coder) commonTokens(dst []tok, trig []int32, toks []axis.Token, start, end int) ([]tok, []int32, int) {
	ps := c.st.pats
	tab := &ps.table
	ft := &c.forms
	text := c.d.Text
	if end > len(text) {
		return dst, trig, 0
	}
	text = text[:end] // the tests below then spare the bounds checks
	for i := range toks {
		st, en := toks[i].Start, toks[i].End
		if st < start || uint(st) >= uint(en) || uint(en) > uint(len(text)) {
			continue
		}
		n := en - st
		b := text[st]
		if b >= utf8.RuneSelf || n > maxPacked {
			return dst, trig, i
		}
		if !asciiWord[b] {
			if n != 1 {
				return dst, trig, i
			}
			id := ps.ascii[b]
			dst = dst[:len(dst)+1]
			w := &dst[len(dst)-1]
			w.start, w.end, w.low, w.id, w.cls = st, en, text[st:en], id, ps.classOf(id)
			w.cap, w.punct, w.treaty = false, true, false
			if w.cls&clsTrigger != 0 {
				trig = trig[:len(trig)+1]
				trig[len(trig)-1] = int32(len(dst) - 1)
			}
			continue
		}
		if n > 3 && text[en-2] == '\'' || st+16 > len(c.d.Text) {
			return dst, trig, i // n't, or the end of the text
		}
		k0, k1 := load8(c.d.Text, st), load8(c.d.Text, st+8)
		if n < 8 {
			k0 &= 1<<(8*uint(n)&63) - 1
			k1 = 0
		} else {
			k1 &= 1<<(8*uint(n-8)&63) - 1
		}
		k := key{k0, k1 | uint64(n)<<56}
		if (k0|k1)&high != 0 {
			return dst, trig, i
		}
		h := k.hash()
		if k.upper() {
			// a known form
			f := ft.find(k, h)
			if f == nil {
				return dst, trig, i
			}
			dst = dst[:len(dst)+1]
			w := &dst[len(dst)-1]
			w.start, w.end, w.low, w.id, w.cls = st, en, f.low, f.id, f.cls
			w.cap, w.punct, w.treaty = f.cap, false, false
			if f.cap {
				c.capCls |= f.cls
			}
			if f.cls&clsTrigger != 0 {
				trig = trig[:len(trig)+1]
				trig[len(trig)-1] = int32(len(dst) - 1)
			}
			continue
		}
		dst = dst[:len(dst)+1]
		w := &dst[len(dst)-1]
		w.start, w.end, w.low = st, en, text[st:en]
		w.cap, w.punct, w.treaty = false, false, false
		// the look-up of tab.find
		tag := h >> 16
		for j := h & tab.mask; ; j = (j + 1) & tab.mask {
			e := tab.index[j]
			if e == 0 {
				w.id, w.cls = 0, 0
				break
			}
			if e>>16 == tag {
				if sl := &tab.slots[e&0xffff-1]; sl.key == k {
					w.id, w.cls = sl.id, sl.cls
					if sl.cls&clsTrigger != 0 {
						trig = trig[:len(trig)+1]
						trig[len(trig)-1] = int32(len(dst) - 1)
					}
					break
				}
			}
		}
	}
	return dst, trig, len(toks)
}

// token appends the token text[st:en] of a sentence to dst.
func (c *coder) token(dst []tok, text string, st, en int) []tok {
	ps := c.st.pats
	w := text[st:en]
	if b := w[0]; b < utf8.RuneSelf && !asciiWord[b] || b >= utf8.RuneSelf && !isWordRune(firstRune(w)) {
		if w == "'s" || w == "'S" || w == "’s" || w == "’S" {
			return append(dst, ps.possessive(st, en)) // possessive
		}
		return append(dst, c.punct(st, en, w))
	}
	if len(w) > 3 {
		if k := contraction(w); k > 0 {
			dst = c.word(dst, text, st, st+k)
			return append(dst, ps.negation(st+k, en))
		}
	}
	return c.word(dst, text, st, en)
}

// contraction returns where n't starts in w ("didn't", "won’t"), or 0.
func contraction(w string) int {
	n := len(w)
	switch {
	case (w[n-1] == 't' || w[n-1] == 'T') && w[n-2] == '\'' && (w[n-3] == 'n' || w[n-3] == 'N'):
		return n - 3
	case n > 5 && (w[n-1] == 't' || w[n-1] == 'T') && w[n-4:n-1] == "’" && (w[n-5] == 'n' || w[n-5] == 'N'):
		return n - 5
	}
	return 0
}

// tokenize appends the tokens of text[start:end] to dst. Possessive 's and
// n't are tokens of their own; hyphens and dots inside words are kept
// ("high-level", "U.S").
func (c *coder) tokenize(dst []tok, text string, start, end int) []tok {
	i := start
	for i < end {
		r, n := decode(text[i:end])
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			// 's after a word is handled below; a lone apostrophe is punctuation
			dst = append(dst, c.punct(i, i+n, text[i:i+n]))
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := decode(text[j:end])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '.' || r2 == '&' {
				if j+n2 < end {
					r3, _ := decode(text[j+n2 : end])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
			}
			if r2 == '\'' || r2 == '’' {
				// keep the apostrophe inside a word unless it starts 's or n't
				rest := text[j+n2 : end]
				if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
					break
				}
				if len(rest) > 0 && (rest[0] == 't' || rest[0] == 'T') && j > i && (text[j-1] == 'n' || text[j-1] == 'N') {
					j-- // split before n't
					break
				}
				if len(rest) > 0 && isWordRune(firstRune(rest)) {
					j += n2
					continue
				}
			}
			break
		}
		dst = c.word(dst, text, i, j)
		i = j
		// possessive or contraction
		if i < end && (text[i] == '\'' || strings.HasPrefix(text[i:end], "’")) {
			n := 1
			if text[i] != '\'' {
				n = len("’")
			}
			rest := text[i+n : end]
			if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
				dst = append(dst, c.st.pats.possessive(i, i+n+1))
				i += n + 1
			}
		} else if i+3 <= end && (text[i] == 'n' || text[i] == 'N') && (text[i+1] == '\'' || strings.HasPrefix(text[i+1:end], "’")) {
			e := i + 2
			if text[i+1] != '\'' {
				e = i + 1 + len("’")
			}
			if e < end && (text[e] == 't' || text[e] == 'T') {
				dst = append(dst, c.st.pats.negation(i, e+1))
				i = e + 1
			}
		}
	}
	return dst
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// punct returns the punctuation mark w at [start, end).
func (c *coder) punct(start, end int, w string) tok {
	ps := c.st.pats
	var id int32
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		id = ps.ascii[w[0]]
	} else {
		id = ps.lookup(w)
	}
	return tok{start: start, end: end, low: w, id: id, cls: ps.classOf(id), punct: true}
}

// possessive returns the token 's at [start, end).
func (ps *Patterns) possessive(start, end int) tok {
	return tok{start: start, end: end, low: "'s", id: ps.idPoss, cls: ps.classOf(ps.idPoss)}
}

// negation returns the token n't at [start, end).
func (ps *Patterns) negation(start, end int) tok {
	return tok{start: start, end: end, low: "n't", id: ps.idNeg, cls: ps.classOf(ps.idNeg)}
}

// word appends the word text[i:j] to dst with its lower-case form, id and
// classes. A word in lower case is looked up in the vocabulary; the forms
// of other words are kept in the coder's form table.
func (c *coder) word(dst []tok, text string, i, j int) []tok {
	ps := c.st.pats
	if j-i > maxPacked || len(ps.table.index) == 0 {
		s := text[i:j]
		if isLowerASCII(s) {
			id, cls := ps.lookupClass(s)
			return append(dst, tok{start: i, end: j, low: s, id: id, cls: cls})
		}
		f := c.forms.long(ps, s)
		return append(dst, tok{start: i, end: j, low: f.low, id: f.id, cls: f.cls, cap: f.cap})
	}
	k := packAt(text, i, j-i)
	n := len(dst)
	if n == cap(dst) {
		dst = slices.Grow(dst, 1)
	}
	dst = dst[:n+1]
	t := &dst[n]
	t.start, t.end, t.punct, t.treaty = i, j, false, false
	if k.lower() {
		t.id, t.cls = ps.table.find(k)
		t.low, t.cap = text[i:j], false
		return dst
	}
	f := c.forms.get(ps, text[i:j], k)
	t.low, t.id, t.cls, t.cap = f.low, f.id, f.cls, f.cap
	return dst
}

// isLowerASCII reports whether s is ASCII without capitals.
func isLowerASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if b := s[k]; b-'A' < 26 || b >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// form is the lower-case form of a word that is not in lower case, with
// its id and classes.
type form struct {
	key
	low string
	id  int32
	cls class
	cap bool
}

// formTable keeps the forms of words with capitals or non-ASCII letters
// ("Russia", "Ministry", "Zelenskyy’s"): an open-addressing index of the
// top half of each key's hash and the number of its form, over the forms
// in the order they were met; words longer than maxPacked bytes are kept
// in a map. A pooled coder keeps it from document to document.
type formTable struct {
	index []uint32 // 0 marks an empty entry
	forms []form
	longs map[string]form
	of    *Patterns // the vocabulary whose ids it holds
	ofGen int       // of's load then
}

// maxForms bounds the forms a table keeps (an index entry numbers a form
// in 16 bits).
const maxForms = 1 << 14

// check empties the table when ps is not the vocabulary of its forms.
func (ft *formTable) check(ps *Patterns) {
	if ft.of != ps || ft.ofGen != ps.gen {
		ft.reset() // ids of another vocabulary
		clear(ft.longs)
		ft.of, ft.ofGen = ps, ps.gen
	}
}

// reset empties the table.
func (ft *formTable) reset() {
	clear(ft.index)
	clear(ft.forms)
	ft.forms = ft.forms[:0]
}

// find returns the form with key k, whose hash is h, or nil.
func (ft *formTable) find(k key, h uint32) *form {
	if len(ft.index) == 0 {
		return nil
	}
	mask, tag := uint32(len(ft.index)-1), h>>16
	for i := h & mask; ; i = (i + 1) & mask {
		e := ft.index[i]
		if e == 0 {
			return nil
		}
		if e>>16 == tag {
			if f := &ft.forms[e&0xffff-1]; f.key == k {
				return f
			}
		}
	}
}

// newForm returns the form of word s.
func newForm(ps *Patterns, s string) form {
	low := strings.ReplaceAll(strings.ToLower(s), "’", "'")
	id, cls := ps.lookupClass(low)
	// the form is a copy: a kept form must not keep its document's text
	return form{low: strings.Clone(low), id: id, cls: cls, cap: unicode.IsUpper(firstRune(s))}
}

// get returns the form of word s, whose key is k.
func (ft *formTable) get(ps *Patterns, s string, k key) *form {
	ft.check(ps)
	h := k.hash()
	if f := ft.find(k, h); f != nil {
		return f
	}
	if len(ft.forms) >= maxForms {
		ft.reset()
	}
	if 2*(len(ft.forms)+1) > len(ft.index) {
		ft.grow()
	}
	nf := newForm(ps, s)
	nf.key = k
	ft.forms = append(ft.forms, nf)
	ft.insert(h, len(ft.forms))
	return &ft.forms[len(ft.forms)-1]
}

// insert puts the number n of a form whose key's hash is h in the index.
func (ft *formTable) insert(h uint32, n int) {
	mask := uint32(len(ft.index) - 1)
	i := h & mask
	for ft.index[i] != 0 {
		i = (i + 1) & mask
	}
	ft.index[i] = h>>16<<16 | uint32(n)
}

// long returns the form of word s, longer than maxPacked bytes.
func (ft *formTable) long(ps *Patterns, s string) form {
	ft.check(ps)
	if f, ok := ft.longs[s]; ok {
		return f
	}
	if ft.longs == nil || len(ft.longs) >= maxForms {
		ft.longs = map[string]form{}
	}
	f := newForm(ps, s)
	ft.longs[strings.Clone(s)] = f
	return f
}

// grow doubles the index.
func (ft *formTable) grow() {
	ft.index = make([]uint32, max(1024, 2*len(ft.index)))
	for n := range ft.forms {
		ft.insert(ft.forms[n].hash(), n+1)
	}
}
