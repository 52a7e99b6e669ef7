package event_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/event"
	"github.com/axis-news/axis/internal/cputime"
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
	cpu := cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu)
}

// reportCPU reports the CPU time per operation since start: on a shared
// host it varies less than the time on the clock.
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cputime.Used()-start)/float64(b.N), "cpu-ns/op")
	}
}

// longSentences are our own sentences, repeated to build long documents:
// actors, quotes, dates, pronouns, group nouns and domestic actors, so
// that every look-back of the coder has something to look at.
var longSentences = []string{
	"On March 3, Russia and North Korea signed a mutual defence agreement in Pyongyang.",
	"Kim Jong Un said the two countries would stand together against any aggression.",
	"\"We will never accept threats from Washington,\" Putin told reporters on Tuesday.",
	"The United States condemned the deal and accused Moscow of supplying weapons to Pyongyang.",
	"Police in Georgia arrested dozens of protesters outside parliament in Tbilisi on Friday.",
	"Japan and South Korea held talks in Tokyo and agreed to share missile warning data.",
	"China urged both sides to show restraint, the foreign ministry said in a statement.",
	"India accused Pakistan of shelling border posts, which Islamabad denied.",
	"The European Union imposed new sanctions on Iran after the attack on shipping in the Gulf.",
	"Turkey pledged 200 million euros in humanitarian aid, officials in Ankara said.",
	"Egypt mediated between Israel and Hamas during a visit by its intelligence chief to Cairo.",
	"They later threatened to expel the ambassador if the strikes continued.",
	"Brazil and Chile signed the Treaty of Friendship and Cooperation on 12 June 2024.",
	"Security forces fired tear gas at demonstrators, according to witnesses.",
	"Saudi Arabia welcomed the ceasefire and called on the warring parties to negotiate.",
	"NATO said the alliance would deploy more troops to Poland next month.",
	"Tehran denied any role in the attack, and Riyadh pledged more aid.",
	"Both sides said the International Criminal Court had no say in the matter.",
}

// longDoc returns a document of about n bytes made of longSentences, one
// paragraph of four sentences at a time, processed by the stages before
// the event stage.
func longDoc(b *testing.B, n int) *axis.Document {
	var sb strings.Builder
	sb.WriteString("Moscow and Pyongyang sign defence pact\n\n")
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(longSentences[i%len(longSentences)])
		if i%4 == 3 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	p, err := pipeline.New(pipeline.Options{NoEvents: true})
	if err != nil {
		b.Fatal(err)
	}
	ds, err := reader.Parse("long.txt", []byte(sb.String()))
	if err != nil || len(ds) != 1 {
		b.Fatalf("parse: %d documents, %v", len(ds), err)
	}
	if err := p.Process(context.Background(), ds[0]); err != nil {
		b.Fatal(err)
	}
	return ds[0]
}

// BenchmarkEventStageLong runs the event stage over documents of growing
// size built from the same sentences: the time per byte should not grow
// with the document.
func BenchmarkEventStageLong(b *testing.B) {
	st := event.New()
	ctx := context.Background()
	for _, n := range []int{2 << 10, 64 << 10, 1 << 20, 4 << 20} {
		b.Run(strconv.Itoa(n>>10)+"KB", func(b *testing.B) {
			d := longDoc(b, n)
			b.SetBytes(int64(len(d.Text)))
			b.ResetTimer()
			cpu := cputime.Used()
			for b.Loop() {
				if err := st.Process(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}
