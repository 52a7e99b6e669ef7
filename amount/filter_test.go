package amount

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/axis-news/axis/internal/testcorpus"
	"github.com/axis-news/axis/temporal"
)

var filterSeeds = []string{
	"The talks went on. Nothing was said. It cost a million. Two dozen came.",
	"A billion! an M here, a m there, a\u00a0million, “a million”, a-million. Several thousand.",
	"Dozens were hurt. Scores fled; tens of thousands stayed. One of them spoke.",
	"No amount here. Nor here, said the envoy. It was a tn. Ña bn. A  \t lakh.",
	"Over 11,000 containers. $5bn in aid. 5 per cent. 287-55 vote.",
}

// checkFilter compares Find with a scan of every sentence.
func checkFilter(t *testing.T, st *Stage, text string) {
	t.Helper()
	sents := testcorpus.SplitSentences(text)
	dates := temporal.New().Find(text, sents, "2024-06-26")
	got := st.find(text, sents, dates, true)
	want := st.find(text, sents, dates, false)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Find(%q) with the sentence filter:\n%+v\nwithout:\n%+v", text, got, want)
	}
}

func TestFind_Filter(t *testing.T) {
	st := New()
	for _, s := range filterSeeds {
		checkFilter(t, st, s)
	}
	text, _ := benchDoc(t)
	checkFilter(t, st, text)
}

func FuzzFilter(f *testing.F) {
	for _, s := range filterSeeds {
		f.Add(s)
	}
	sample, _ := os.ReadFile("testdata/sample.txt")
	for line := range strings.Lines(string(sample)) {
		f.Add(line)
	}
	st := New()
	f.Fuzz(func(t *testing.T, text string) {
		checkFilter(t, st, text)
	})
}
