package reader

import (
	"strings"

	"github.com/axis-news/axis"
)

// parsePlain reads plain text: the first line is the headline; a date line
// and a byline may follow, on the next lines or as paragraphs of their own;
// then paragraphs separated by blank lines. The lines of a paragraph are
// joined with spaces.
func parsePlain(name, s string) (*axis.Document, error) {
	d := newDoc(name)
	paras := paragraphsLines(s)
	if len(paras) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: no text", name)
	}
	// The first paragraph: headline on its first line, then header lines.
	first := paras[0]
	d.Meta.Title = collapseSpace(first[0])
	d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: d.Meta.Title})
	rest := first[1:]
	for len(rest) > 0 {
		line := collapseSpace(rest[0])
		kind, _, _ := classifyHeader(line, true)
		if kind == "" {
			break
		}
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: line})
		rest = rest[1:]
	}
	if len(rest) > 0 {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: collapseSpace(strings.Join(rest, " "))})
	}
	for _, p := range paras[1:] {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: collapseSpace(strings.Join(p, " "))})
	}
	finish(d)
	subheadings(d)
	return d, nil
}

// paragraphsLines splits s into paragraphs (separated by blank lines), each
// a list of its non-blank lines.
func paragraphsLines(s string) [][]string {
	var out [][]string
	var cur []string
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
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
		var sample strings.Builder
		for _, b := range d.Blocks {
			if sample.Len() > 4000 {
				break
			}
			sample.WriteString(b.Text)
			sample.WriteByte(' ')
		}
		d.Meta.Language = guessLanguage(sample.String())
	}
}
