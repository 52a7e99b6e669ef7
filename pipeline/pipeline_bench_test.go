package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// BenchmarkPipeline measures reading and every stage over the fixture
// articles and, when present, the shared dev corpus.
func BenchmarkPipeline(b *testing.B) {
	files, _ := filepath.Glob("../testdata/articles/*")
	dev, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	md, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	files = append(append(files, dev...), md...)
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, input{f, data})
		size += len(data)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range inputs {
			docs, err := reader.Parse(in.name, in.data)
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range docs {
				if err := p.Process(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
