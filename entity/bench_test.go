package entity

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/kb"
	"github.com/axis-news/axis/segment"
)

// benchDocs returns segmented documents: the dev corpus when present,
// otherwise the fixtures of testdata.
func benchDocs(b *testing.B) []*axis.Document {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	md, _ := filepath.Glob("../../shared/corpus/dev/*.md")
	files = append(files, md...)
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/*.txt")
	}
	var docs []*axis.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := axis.NewDocument()
		for _, p := range strings.Split(string(data), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
			}
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkEntity measures the segment and entity stages together, per
// byte of text, on one core.
func BenchmarkEntity(b *testing.B) {
	s := mustStage(b)
	docs := benchDocs(b)
	n := 0
	for _, d := range docs {
		for _, bl := range d.Blocks {
			n += len(bl.Text) + 2
		}
	}
	seg := segment.New()
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Sentences, d.Paragraphs, d.Tokens = d.Sentences[:0], d.Paragraphs[:0], d.Tokens[:0]
			if err := seg.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu0, n)
}

// BenchmarkEntityOnly measures the entity stage alone.
func BenchmarkEntityOnly(b *testing.B) {
	s := mustStage(b)
	docs := benchDocs(b)
	n := 0
	ctx := context.Background()
	for _, d := range docs {
		if err := segment.New().Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu0, n)
}

// reportCPU reports MB per CPU second of the process since cpu0 (the
// garbage collector's work on other cores included).
func reportCPU(b *testing.B, cpu0 time.Duration, n int) {
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkBuild measures building the stage: the lexicon, the matcher and
// the KB index (the KB itself is loaded once before).
func BenchmarkBuild(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := New(k); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenize compares scanning the text with building the tokens
// from the segment stage's.
func BenchmarkTokenize(b *testing.B) {
	docs := benchDocs(b)
	ctx := context.Background()
	n := 0
	for _, d := range docs {
		if err := segment.New().Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		n += len(d.Text)
	}
	buf := make([]tok, 0, 1<<14)
	arena := make([]byte, 0, 1<<14)
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(n))
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				buf = tokenizeArena(buf[:0], d.Text, arena[:0])
			}
		}
	})
	b.Run("from-segment", func(b *testing.B) {
		b.SetBytes(int64(n))
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				buf = tokenizeFrom(buf[:0], d.Text, d.Tokens, arena[:0])
			}
		}
	})
}
