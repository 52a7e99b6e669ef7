package quote_test

import (
	"context"
	"testing"

	"github.com/axis-news/axis/internal/benchcpu"
	"github.com/axis-news/axis/internal/benchdocs"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/quote"
)

// BenchmarkStageInPipeline times the quote stage alone over documents the
// stages before it (up to entity) have processed once, outside the timer:
// the fixture articles, the evaluation texts and, when present, the shared
// dev corpus.
func BenchmarkStageInPipeline(b *testing.B) {
	docs, size := benchdocs.Load(b, pipeline.Options{NoQuotes: true, NoEvents: true})
	ctx := context.Background()
	s := quote.New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer benchcpu.Report(b, int64(size))()
	for b.Loop() {
		for _, d := range docs {
			d.Quotes = nil
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
