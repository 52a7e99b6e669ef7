package amount

import (
	"os"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/testcorpus"
	"github.com/axis-news/axis/temporal"
)

// benchDoc repeats testdata/sample.txt to about 256 KB, one sentence a line.
func benchDoc(tb testing.TB) (string, []axis.Sentence) {
	tb.Helper()
	data, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for b.Len() < 256<<10 {
		b.Write(data)
		b.WriteString("\n")
	}
	text := b.String()
	var sents []axis.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			if i > start {
				sents = append(sents, axis.Sentence{Start: start, End: i, Kind: axis.KindBody})
			}
			start = i + 1
		}
	}
	return text, sents
}

func BenchmarkFind(b *testing.B) {
	text, sents := benchDoc(b)
	dates := temporal.New().Find(text, sents, "2024-06-26")
	s := New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Find(text, sents, dates)
	}
}

// BenchmarkDatesAndAmounts runs both stages, as the pipeline does.
func BenchmarkDatesAndAmounts(b *testing.B) {
	text, sents := benchDoc(b)
	ts, s := temporal.New(), New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Find(text, sents, ts.Find(text, sents, "2024-06-26"))
	}
}

func TestSample(t *testing.T) {
	text, sents := benchDoc(t)
	amounts := New().Find(text, sents, temporal.New().Find(text, sents, "2024-06-26"))
	checkAmounts(t, text, amounts)
	if len(amounts) == 0 {
		t.Fatal("no amounts in the sample")
	}
}

// BenchmarkCorpus runs both stages on the dev corpus, when present: real
// articles, with their own density of dates and amounts.
func BenchmarkCorpus(b *testing.B) {
	docs := testcorpus.DevDocs(b)
	ts, s := temporal.New(), New()
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			s.Find(d.Text, d.Sentences, ts.Find(d.Text, d.Sentences, d.Meta.Date))
		}
	}
}

// TestConcurrent runs both stages from several goroutines, as pipelines
// do; go test -race checks they share nothing mutable.
func TestConcurrent(t *testing.T) {
	text, sents := benchDoc(t)
	ts, s := temporal.New(), New()
	want := len(s.Find(text, sents, ts.Find(text, sents, "2024-06-26")))
	counts := make(chan int, 4)
	for range 4 {
		go func() {
			counts <- len(s.Find(text, sents, ts.Find(text, sents, "2024-06-26")))
		}()
	}
	for range 4 {
		if got := <-counts; got != want {
			t.Fatalf("concurrent Find found %d amounts, want %d", got, want)
		}
	}
}
