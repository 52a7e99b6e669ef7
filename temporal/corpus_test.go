package temporal

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

var dump = flag.Bool("dump", false, "print the dates found in the dev corpus")

// corpusDocs reads the dev corpus beside the repository, if present, into
// documents with a rough sentence split (paragraphs, then ". ").
func corpusDocs(tb testing.TB) []*axis.Document {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(golds) == 0 {
		tb.Skip("no dev corpus at", dir)
	}
	var docs []*axis.Document
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".json")
		data, err := os.ReadFile(base + ".txt")
		if err != nil {
			if data, err = os.ReadFile(base + ".md"); err != nil {
				continue
			}
		}
		var gold struct{ Date string }
		if b, err := os.ReadFile(g); err == nil {
			_ = json.Unmarshal(b, &gold)
		}
		d := axis.NewDocument()
		d.Meta.ID = filepath.Base(base)
		d.Meta.Date = gold.Date
		d.Text = strings.ReplaceAll(string(data), `\$`, "$")
		start := 0
		for start < len(d.Text) {
			end := len(d.Text)
			if k := strings.Index(d.Text[start:], "\n\n"); k >= 0 {
				end = start + k
			}
			s := start
			for {
				k := strings.Index(d.Text[s:end], ". ")
				if k < 0 {
					break
				}
				d.Sentences = append(d.Sentences, axis.Sentence{Start: s, End: s + k + 1, Kind: axis.KindBody})
				s += k + 2
			}
			if s < end {
				d.Sentences = append(d.Sentences, axis.Sentence{Start: s, End: end, Kind: axis.KindBody})
			}
			start = end + 2
		}
		docs = append(docs, d)
	}
	return docs
}

func TestCorpus(t *testing.T) {
	for _, d := range corpusDocs(t) {
		d.Dates = New().Find(d.Text, d.Sentences, d.Meta.Date)
		checkDates(t, d.Text, d.Dates)
		if *dump {
			t.Logf("== %s %s", d.Meta.ID, d.Meta.Date)
			for _, x := range d.Dates {
				t.Logf("  %-35q %-12s %s", x.Text, x.Value, x.Precision)
			}
		}
	}
}

// checkDates asserts the offsets invariant and the order of dates.
func checkDates(tb testing.TB, text string, dates []axis.Date) {
	tb.Helper()
	last := 0
	for _, x := range dates {
		if x.Start < last || x.End > len(text) || x.Start >= x.End {
			tb.Fatalf("date %+v: offsets out of order or range (last end %d, text %d bytes)", x, last, len(text))
		}
		if text[x.Start:x.End] != x.Text {
			tb.Fatalf("date %+v: text[%d:%d] = %q", x, x.Start, x.End, text[x.Start:x.End])
		}
		last = x.End
	}
}
