// Package benchdocs gives a stage's benchmarks the documents the pipeline
// would hand to it: the fixture articles, the evaluation texts and, when
// present, the shared dev corpus, read and run through the stages before it
// once. It is used by benchmarks only, from a package directory one level
// below the repository root.
package benchdocs

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// inputs are the globs read, relative to a package directory.
var inputs = []string{"../../shared/corpus/dev/*.txt", "../../shared/corpus/dev/*.md", "../testdata/eval/*.txt", "../testdata/articles/*"}

// Load runs the default pipeline with opts (which switch off the stage
// under test and those after it) over the inputs once and returns the
// documents and the size of their text. It skips b when there is no input.
func Load(b *testing.B, opts pipeline.Options) ([]*axis.Document, int) {
	b.Helper()
	var files []string
	for _, g := range inputs {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	p, err := pipeline.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var docs []*axis.Document
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ds, err := reader.Parse(f, data)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range ds {
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			size += len(d.Text)
		}
	}
	if len(docs) == 0 {
		b.Skip("no inputs")
	}
	return docs, size
}
