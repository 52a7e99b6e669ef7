package quote_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/quote"
	"github.com/axis-news/axis/reader"
)

// BenchmarkStageInPipeline times the quote stage alone over documents the
// stages before it (up to entity) have processed once, outside the timer:
// the fixture articles, the evaluation texts and, when present, the shared
// dev corpus.
func BenchmarkStageInPipeline(b *testing.B) {
	var files []string
	for _, g := range []string{"../../shared/corpus/dev/*.txt", "../../shared/corpus/dev/*.md", "../testdata/eval/*.txt", "../testdata/articles/*"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	p, err := pipeline.New(pipeline.Options{NoQuotes: true, NoEvents: true})
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
			d.Quotes = nil
			docs = append(docs, d)
			size += len(d.Text)
		}
	}
	if len(docs) == 0 {
		b.Skip("no inputs")
	}
	s := quote.New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer quote.ReportCPU(b, int64(size))()
	for b.Loop() {
		for _, d := range docs {
			d.Quotes = nil
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
