package reader

import (
	"iter"
	"strings"

	"github.com/axis-news/axis"
)

// parsePlain reads plain text: the first line is the headline; a date line
// and a byline may follow, on the next lines or as paragraphs of their own;
// then paragraphs separated by blank lines. The lines of a paragraph are
// joined with spaces.
func parsePlain(name, s string) (*axis.Document, error) {
	d := newDoc(name)
	var paras [][2]int // byte spans of the paragraphs in s
	for p := range paragraphSpans(s) {
		paras = append(paras, p)
	}
	if len(paras) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: no text", name)
	}
	d.Blocks = make([]axis.Block, 0, len(paras)+3)
	// The first paragraph: headline on its first line, then header lines.
	// Each line is collapsed on its own; collapsing the text of several
	// lines at once joins them with a space.
	first := s[paras[0][0]:paras[0][1]]
	line, rest := nextLine(first)
	d.Meta.Title = collapseSpace(line)
	d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: d.Meta.Title})
	for rest != "" {
		l, after := nextLine(rest)
		line := collapseSpace(l)
		kind, _, _ := classifyHeader(line, true)
		if kind == "" {
			break
		}
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: line})
		rest = after
	}
	if rest != "" {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: collapseSpace(rest)})
	}
	for _, p := range paras[1:] {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: collapseSpace(s[p[0]:p[1]])})
	}
	finish(d)
	subheadings(d)
	return d, nil
}

// nextLine returns the first line of s without its line break, and the
// rest of s.
func nextLine(s string) (line, rest string) {
	line, rest, _ = strings.Cut(s, "\n")
	return strings.TrimRight(line, "\r\n"), rest
}

// paragraphSpans yields the byte spans of the paragraphs of s, separated
// by blank lines (lines of white space only): from the start of a
// paragraph's first line to the end of its last line, line break excluded.
func paragraphSpans(s string) iter.Seq[[2]int] {
	return func(yield func([2]int) bool) {
		start, end := -1, 0
		for i := 0; i < len(s); {
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				j = len(s)
			} else {
				j += i
			}
			line := s[i:j]
			if strings.TrimSpace(line) == "" {
				if start >= 0 && !yield([2]int{start, end}) {
					return
				}
				start = -1
			} else {
				if start < 0 {
					start = i
				}
				end = i + len(strings.TrimRight(line, "\r"))
			}
			i = j + 1
		}
		if start >= 0 {
			yield([2]int{start, end})
		}
	}
}

// newDoc returns an empty document named id.
func newDoc(id string) *axis.Document {
	d := axis.NewDocument()
	d.Meta.ID = id
	return d
}

// finish applies the header rules, drops empty blocks and fills the
// language when the text reads as English.
func finish(d *axis.Document) {
	out := d.Blocks[:0]
	for _, b := range d.Blocks {
		if strings.TrimSpace(b.Text) != "" {
			out = append(out, b)
		}
	}
	d.Blocks = out
	header(d)
	if d.Meta.Title == "" {
		for _, b := range d.Blocks {
			if b.Kind == axis.KindHeadline {
				d.Meta.Title = b.Text
				break
			}
		}
	}
	if d.Meta.Language == "" {
		// The words of the blocks up to the first past 4000 bytes (with a
		// space after each), as one sample.
		var l langCount
		n := 0
		for _, b := range d.Blocks {
			if n > 4000 || l.full() {
				break
			}
			l.add(b.Text)
			n += len(b.Text) + 1
		}
		d.Meta.Language = l.result()
	}
}
