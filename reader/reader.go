// Package reader turns inputs (files, directories, URLs, standard input) into
// documents: it detects each input's format from its content and fills
// axis.Document's Meta and Blocks. Normalising the text is the segment
// stage's job.
package reader

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/axis-news/axis"
)

// DefaultMaxBytes is the largest input read unless Options.MaxBytes says otherwise.
const DefaultMaxBytes = 64 << 20

// Options control reading.
type Options struct {
	// MaxBytes is the largest single input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) max() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Read reads one input (a path, "-" for standard input) and calls fn with
// each document found in it. Errors name the input.
func Read(ctx context.Context, input string, opts Options, fn func(*axis.Document) error) error {
	var r io.Reader
	if input == "-" {
		r = opts.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(input)
		if err != nil {
			return fmt.Errorf("read %s: %w", input, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, opts.max()+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", input, err)
	}
	if int64(len(data)) > opts.max() {
		return axis.Errorf(axis.ETOOLARGE, "read %s: larger than %d bytes (raise the limit with --max-bytes)", input, opts.max())
	}
	docs, err := Parse(input, data)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// Parse detects the format of data and returns its documents.
func Parse(name string, data []byte) ([]*axis.Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: empty input", name)
	}
	d, err := parsePlain(name, string(data))
	if err != nil {
		return nil, err
	}
	return []*axis.Document{d}, nil
}

// parsePlain reads plain text or Markdown: a headline, an optional date
// line, an optional byline, then paragraphs separated by blank lines.
func parsePlain(name, s string) (*axis.Document, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	paras := strings.Split(s, "\n\n")
	d := axis.NewDocument()
	d.Meta.ID = name
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		kind := axis.KindBody
		switch {
		case len(d.Blocks) == 0:
			kind = axis.KindHeadline
			p = strings.TrimSpace(strings.TrimLeft(p, "#"))
			d.Meta.Title = p
		case strings.HasPrefix(p, "#"):
			kind = axis.KindHeading
			p = strings.TrimSpace(strings.TrimLeft(p, "#"))
		}
		p = strings.ReplaceAll(p, `\$`, "$")
		d.Blocks = append(d.Blocks, axis.Block{Kind: kind, Text: p})
	}
	return d, nil
}
