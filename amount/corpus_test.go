package amount

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/temporal"
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

func TestCorpusAmounts(t *testing.T) {
	for _, d := range corpusDocs(t) {
		d.Dates = temporal.New().Find(d.Text, d.Sentences, d.Meta.Date)
		d.Amounts = New().Find(d.Text, d.Sentences, d.Dates)
		checkAmounts(t, d.Text, d.Amounts)
		if *dump {
			t.Logf("== %s", d.Meta.ID)
			for _, x := range d.Amounts {
				t.Logf("  %-30q %-10g %-12s %-30q %v", x.Text, x.Value, x.Unit, x.Object, x.Approximate)
			}
		}
	}
}

// checkAmounts asserts the offsets invariant and the order of amounts.
func checkAmounts(tb testing.TB, text string, amounts []axis.Amount) {
	tb.Helper()
	last := 0
	for _, x := range amounts {
		if x.Start < last || x.End > len(text) || x.Start >= x.End {
			tb.Fatalf("amount %+v: offsets out of order or range (last end %d, text %d bytes)", x, last, len(text))
		}
		if text[x.Start:x.End] != x.Text {
			tb.Fatalf("amount %+v: text[%d:%d] = %q", x, x.Start, x.End, text[x.Start:x.End])
		}
		last = x.End
	}
}
