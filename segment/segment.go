// Package segment is the text layer: it normalises a document's blocks into
// one text and splits it into paragraphs, sentences and tokens with byte
// offsets.
package segment

import (
	"context"
	"strings"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "segment"

// Stage builds Text, Paragraphs, Sentences and Tokens from Blocks.
type Stage struct{}

// New returns the segment stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	var b strings.Builder
	for i, bl := range d.Blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(bl.Text)
		d.Paragraphs = append(d.Paragraphs, axis.Paragraph{Start: start, End: b.Len(), Kind: bl.Kind})
	}
	d.Text = b.String()
	for i, p := range d.Paragraphs {
		start := p.Start
		for j := p.Start; j < p.End; j++ {
			c := d.Text[j]
			if (c == '.' || c == '?' || c == '!') && j+1 < p.End && d.Text[j+1] == ' ' {
				d.Sentences = append(d.Sentences, axis.Sentence{Start: start, End: j + 1, Kind: p.Kind, Paragraph: i})
				start = j + 2
			}
		}
		if start < p.End {
			d.Sentences = append(d.Sentences, axis.Sentence{Start: start, End: p.End, Kind: p.Kind, Paragraph: i})
		}
	}
	return nil
}
