// Package segment is the text layer: it normalises a document's blocks into
// one text and splits it into paragraphs, sentences and tokens with byte
// offsets into that text.
package segment

import (
	"context"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/swar"
)

// Name of the stage.
const Name = "segment"

// Stage builds Text, Paragraphs, Sentences and Tokens from Blocks. A
// document that already has Text and no Blocks is split as one body
// paragraph per blank-line-separated block.
type Stage struct{}

// New returns the segment stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	if len(d.Blocks) == 0 && d.Text != "" {
		for _, p := range strings.Split(d.Text, "\n\n") {
			d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
		}
	}
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	sc.buf = buildText(d, sc.buf[:0])
	sc.toks = Tokenize(sc.toks[:0], d.Text, 0, len(d.Text))
	d.Tokens = copyInto(d.Tokens, sc.toks)
	sents := sc.sents[:0]
	for i := 0; i < len(d.Paragraphs); i++ {
		p := d.Paragraphs[i]
		if p.Kind != axis.KindBody {
			sents = append(sents, axis.Sentence{Start: p.Start, End: p.End, Kind: p.Kind, Paragraph: i})
			continue
		}
		first := len(sents)
		sents = splitParagraph(sents, d.Text, p.Start, p.End, i)
		// A sentence broken by a paragraph break continues into the next
		// paragraph when this one ends without closing punctuation and the
		// next begins in lower case.
		if len(sents) > first && i > 0 && len(sents) > 0 && first > 0 {
			prev := &sents[first-1]
			if prev.Kind == axis.KindBody && prev.End == d.Paragraphs[i-1].End && i-1 >= 0 &&
				d.Paragraphs[i-1].Kind == axis.KindBody && continues(d.Text, prev.Start, prev.End, p.Start) {
				prev.End = sents[first].End
				sents = append(sents[:first], sents[first+1:]...)
			}
		}
	}
	sc.sents = sents
	d.Sentences = copyInto(d.Sentences, sents)
	assignTokens(d)
	return nil
}

// scratch holds the buffers a document is built in; the document gets
// copies of exactly the right size, so that the buffers' spare capacity
// serves the next document instead of staying allocated with this one.
type scratch struct {
	buf   []byte
	toks  []axis.Token
	sents []axis.Sentence
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// copyInto returns the elements of src in dst's array when it has room,
// else in a new one of exactly len(src); the result is never nil.
func copyInto[E any](dst, src []E) []E {
	if cap(dst) < len(src) || dst == nil {
		dst = make([]E, len(src))
	}
	dst = dst[:len(src)]
	copy(dst, src)
	return dst
}

// buildText normalises the blocks and joins them with blank lines, in buf,
// and sets d.Text and d.Paragraphs. It returns buf for reuse.
func buildText(d *axis.Document, buf []byte) []byte {
	if cap(d.Paragraphs) < len(d.Blocks) {
		d.Paragraphs = make([]axis.Paragraph, 0, len(d.Blocks))
	}
	d.Paragraphs = d.Paragraphs[:0]
	for _, bl := range d.Blocks {
		mark := len(buf)
		if mark > 0 {
			buf = append(buf, "\n\n"...)
		}
		start := len(buf)
		buf = AppendNormalized(buf, bl.Text)
		if len(buf) == start {
			buf = buf[:mark] // an empty block
			continue
		}
		d.Paragraphs = append(d.Paragraphs, axis.Paragraph{Start: start, End: len(buf), Kind: bl.Kind})
	}
	d.Text = string(buf)
	return buf
}

// continues reports whether the sentence text[start:end], the last of its
// paragraph, runs on into the paragraph starting at next.
func continues(text string, start, end, next int) bool {
	last, _ := utf8.DecodeLastRuneInString(text[start:end])
	switch last {
	case '.', '?', '!', '…', '"', '”', '’', '\'', ':', ';', ')', ']', '»':
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return unicode.IsLower(r)
}

// splitParagraph appends the sentences of text[start:end].
func splitParagraph(dst []axis.Sentence, text string, start, end, para int) []axis.Sentence {
	s := start
	for i := start; i < end; {
		if i+8 <= end {
			// Skip eight bytes at a time that hold no terminator.
			x := swar.Load64(text, i)
			m := swar.HasByte(x, '.') | swar.HasByte(x, '?') | swar.HasByte(x, '!') | swar.HasByte(x, 0xe2) // 0xe2 starts "…"
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		var r rune
		var n int
		switch c := text[i]; {
		case c == '.' || c == '?' || c == '!':
			r, n = rune(c), 1
		case c == 0xe2 && strings.HasPrefix(text[i:end], "…"):
			r, n = '…', len("…")
		default:
			i++
			continue
		}
		// the terminator run and closing quotes or brackets
		j := i + n
		for j < end {
			r2, n2 := decode(text, j)
			if r2 == '.' || r2 == '?' || r2 == '!' || r2 == '…' || r2 == '”' || r2 == '’' || r2 == '"' ||
				r2 == '\'' || r2 == ')' || r2 == ']' || r2 == '»' {
				j += n2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if text[j] != ' ' {
			i = j
			continue
		}
		k := j
		for k < end && text[k] == ' ' {
			k++
		}
		if k < end && boundary(text, start, i, r, k) {
			dst = append(dst, axis.Sentence{Start: s, End: j, Kind: axis.KindBody, Paragraph: para})
			s = k
		}
		i = k
	}
	if s < end {
		dst = append(dst, axis.Sentence{Start: s, End: end, Kind: axis.KindBody, Paragraph: para})
	}
	return dst
}

// boundary decides whether the terminator term at i ends a sentence, given
// that the next word starts at next.
func boundary(text string, pstart, i int, term rune, next int) bool {
	nr, _ := decode(text, next)
	if unicode.IsLower(nr) {
		return false // "...?” she asked", "e.g. the"
	}
	if term != '.' {
		return true
	}
	w := wordBefore(text, pstart, i)
	if w == "" {
		return true
	}
	switch {
	case abbrevs.titles[w]:
		return false
	case abbrevs.abbrevs[w] && !strings.Contains(w, "."):
		return !unicode.IsDigit(nr)
	case strings.Contains(w, ".") || abbrevs.abbrevs[w]:
		// dotted acronym: "the U.S. The ..." ends, "U.S. President" does not
		return starter(text, next)
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return false // an initial: "J. Smith"
	}
	return true
}

// wordBefore returns the word (letters and inner dots) ending at i.
func wordBefore(text string, pstart, i int) string {
	j := i
	for j > pstart {
		c := text[j-1]
		if isLetterByte(c) || c == '.' {
			j--
			continue
		}
		break
	}
	return strings.TrimLeft(text[j:i], ".")
}

var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "This": true, "That": true, "These": true, "Those": true, "In": true,
	"On": true, "At": true, "And": true, "However": true, "Its": true, "His": true, "Her": true,
	"Their": true, "There": true, "As": true, "For": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Some": true, "Many": true, "Officials": true, "Meanwhile": true,
}

// starter reports whether the word at i usually starts a sentence.
func starter(text string, i int) bool {
	j := i
	for j < len(text) && isLetterByte(text[j]) {
		j++
	}
	return starters[text[i:j]] || strings.HasPrefix(text[i:], "“") || text[i] == '"'
}

// assignTokens sets each sentence's token range.
func assignTokens(d *axis.Document) {
	t := 0
	for i := range d.Sentences {
		s := &d.Sentences[i]
		for t < len(d.Tokens) && d.Tokens[t].Start < s.Start {
			t++
		}
		s.FirstToken = t
		for t < len(d.Tokens) && d.Tokens[t].End <= s.End {
			t++
		}
		s.EndToken = t
	}
}
