package event_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/event"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// corpus reads the dev corpus (../../shared/corpus/dev), or skips.
func corpus(b *testing.B) [][]byte {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	md, _ := filepath.Glob("../../shared/corpus/dev/*.md")
	files = append(files, md...)
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// BenchmarkEvents runs the whole pipeline (reader to events) over the dev
// corpus; MB/s is the figure to watch (budget: >= 10 MB/s on one core).
func BenchmarkEvents(b *testing.B) {
	texts := corpus(b)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for i, t := range texts {
			docs, err := reader.Parse(filepath.Base("doc"+string(rune('a'+i))+".txt"), t)
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

// BenchmarkEventStage runs the event stage alone over documents the other
// stages have prepared.
func BenchmarkEventStage(b *testing.B) {
	texts := corpus(b)
	p, err := pipeline.New(pipeline.Options{NoEvents: true})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var docs []*axis.Document
	n := 0
	for i, t := range texts {
		ds, err := reader.Parse("doc"+string(rune('a'+i))+".txt", t)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range ds {
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			n += len(d.Text)
		}
	}
	st := event.New()
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
