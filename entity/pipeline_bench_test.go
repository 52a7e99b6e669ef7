package entity_test

import (
	"context"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/entity"
	"github.com/axis-news/axis/internal/benchdocs"
	"github.com/axis-news/axis/internal/cputime"
	"github.com/axis-news/axis/pipeline"
)

// pipelineDocs returns the documents the pipeline hands to entity, and
// their text's size.
func pipelineDocs(b *testing.B) ([]*axis.Document, int) {
	return benchdocs.Load(b, pipeline.Options{NoEntities: true, NoQuotes: true, NoEvents: true})
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
	cpu0 := cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if d := cputime.Used() - cpu0; d > 0 {
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
