package temporal

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/axis-news/axis/internal/testcorpus"
)

var filterSeeds = []string{
	"The talks went on. Nothing was said. It ended in May. He left two years ago.",
	"They met last week! The vote was held on Tuesday, and the earlier one Monday.",
	"No date here. Nor here, said the envoy. A decade later it was over.",
	"Yesterday’s meeting. this morning’s call. Week-long talks. The 1990s. Mid-2023.",
	"Señor Día met Décembre. Un año después.\nLAST NIGHT\nthe past few years",
}

// checkFilter compares Find with a scan of every sentence.
func checkFilter(t *testing.T, st *Stage, text, docDate string) {
	t.Helper()
	sents := testcorpus.SplitSentences(text)
	got := st.find(text, sents, docDate, true)
	want := st.find(text, sents, docDate, false)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Find(%q) with the sentence filter:\n%+v\nwithout:\n%+v", text, got, want)
	}
}

func TestFind_Filter(t *testing.T) {
	st := New()
	for _, s := range filterSeeds {
		checkFilter(t, st, s, "2024-06-26")
	}
	text, _ := benchDoc(t)
	checkFilter(t, st, text, "2024-06-26")
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
		checkFilter(t, st, text, "2024-06-26")
	})
}
