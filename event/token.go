package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or punctuation mark of a sentence.
type tok struct {
	start, end int    // byte offsets in Document.Text
	low        string // lower case, ’ as '
	id         int32  // the pattern vocabulary's number for low, or 0
	cls        class  // the word's classes (class.go)
	cap        bool   // starts with an upper-case letter
	punct      bool
	treaty     bool // inside an agreement's name: no trigger ("... and Cooperation between ...")
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

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
// stage's tokens (Document.Tokens) with their lower-case forms, a
// contraction's n't split off ("didn't": did n't) and ’ read as '. A
// document without tokens (built by hand, not segmented) is tokenised here.
func (c *coder) sentenceTokens(dst []tok, si int) []tok {
	dst = c.sentenceWords(dst, si)
	for i := range dst {
		if id := dst[i].id; id != 0 {
			dst[i].cls = c.st.pats.classOf(id)
		}
	}
	return dst
}

// sentenceWords appends the tokens of sentence si to dst, without their
// classes.
func (c *coder) sentenceWords(dst []tok, si int) []tok {
	d := c.d
	s := d.Sentences[si]
	if len(d.Tokens) == 0 || s.FirstToken < 0 || s.FirstToken > s.EndToken || s.EndToken > len(d.Tokens) ||
		(s.FirstToken == s.EndToken && s.End > s.Start) {
		return c.tokenize(dst, d.Text, s.Start, s.End)
	}
	for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
		if t.Start < s.Start || t.End > s.End || t.Start >= t.End {
			continue
		}
		r, _ := decode(d.Text[t.Start:t.End])
		if !isWordRune(r) {
			if w := d.Text[t.Start:t.End]; w == "'s" || w == "'S" || w == "’s" || w == "’S" {
				dst = append(dst, tok{start: t.Start, end: t.End, low: "'s", id: c.st.pats.lookup("'s")}) // possessive
				continue
			}
			w := d.Text[t.Start:t.End]
			dst = append(dst, tok{start: t.Start, end: t.End, low: w, id: c.st.pats.lookup(w), punct: true})
			continue
		}
		end := t.End
		var nt tok
		if w := d.Text[t.Start:t.End]; len(w) > 3 {
			if k := contraction(w); k > 0 {
				end = t.Start + k
				nt = tok{start: end, end: t.End, low: "n't", id: c.st.pats.lookup("n't")}
			}
		}
		dst = append(dst, c.word(d.Text, t.Start, end))
		if nt.low != "" {
			dst = append(dst, nt)
		}
	}
	return dst
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
			dst = append(dst, tok{start: i, end: i + n, low: text[i : i+n], id: c.st.pats.lookup(text[i : i+n]), punct: true})
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
		dst = append(dst, c.word(text, i, j))
		i = j
		// possessive or contraction
		if i < end && (text[i] == '\'' || strings.HasPrefix(text[i:end], "’")) {
			n := 1
			if text[i] != '\'' {
				n = len("’")
			}
			rest := text[i+n : end]
			if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
				dst = append(dst, tok{start: i, end: i + n + 1, low: "'s", id: c.st.pats.lookup("'s")})
				i += n + 1
			}
		} else if i+3 <= end && (text[i] == 'n' || text[i] == 'N') && (text[i+1] == '\'' || strings.HasPrefix(text[i+1:end], "’")) {
			e := i + 2
			if text[i+1] != '\'' {
				e = i + 1 + len("’")
			}
			if e < end && (text[e] == 't' || text[e] == 'T') {
				dst = append(dst, tok{start: i, end: e + 1, low: "n't", id: c.st.pats.lookup("n't")})
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

// lowForm is the lower-case form of a capitalised word and its id.
type lowForm struct {
	low string
	id  int32
}

// word returns the word text[i:j] with its lower-case form and id; the
// forms of capitalised words are cached.
func (c *coder) word(text string, i, j int) tok {
	s := text[i:j]
	t := tok{start: i, end: j}
	lower := true
	for k := 0; k < len(s); k++ {
		if b := s[k]; b >= 'A' && b <= 'Z' || b >= 0x80 {
			lower = false
			break
		}
	}
	if lower {
		t.low, t.id = s, c.st.pats.lookup(s)
		return t
	}
	t.cap = unicode.IsUpper(firstRune(s))
	f, ok := c.lower[s]
	if !ok {
		f.low = strings.ReplaceAll(strings.ToLower(s), "’", "'")
		f.id = c.st.pats.lookup(f.low)
		c.lower[s] = f
	}
	t.low, t.id = f.low, f.id
	return t
}
