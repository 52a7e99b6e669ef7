package entity_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/entity"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// pipelineDocs reads the fixture articles, the evaluation texts and, when
// present, the shared dev corpus, and runs the stages before entity over
// them once. It returns the documents and their text's size.
func pipelineDocs(b *testing.B) ([]*axis.Document, int) {
	var files []string
	for _, g := range []string{"../../shared/corpus/dev/*.txt", "../../shared/corpus/dev/*.md", "../testdata/eval/*.txt", "../testdata/articles/*"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	p, err := pipeline.New(pipeline.Options{NoEntities: true, NoQuotes: true, NoEvents: true})
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

// BenchmarkStageInPipeline times the entity stage alone over documents as
// the pipeline gives them to it (dated, with headlines and bylines).
func BenchmarkStageInPipeline(b *testing.B) {
	docs, size := pipelineDocs(b)
	s, err := entity.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := entity.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if d := entity.CPUTime() - cpu0; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkStageInFullPipeline runs every stage over the documents and
// reports the entity stage's share of the time and its wall-clock
// throughput, caches shared with the other stages as in axis bench.
func BenchmarkStageInFullPipeline(b *testing.B) {
	docs, size := pipelineDocs(b)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var inEntity, all time.Duration
	p.Observe = func(stage string, took time.Duration) {
		all += took
		if stage == entity.Name {
			inEntity += took
		}
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if inEntity > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/inEntity.Seconds(), "entity-MB/s")
		b.ReportMetric(100*inEntity.Seconds()/all.Seconds(), "entity-%")
	}
}
