package amount

import (
	"flag"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/testcorpus"
	"github.com/axis-news/axis/temporal"
)

var dump = flag.Bool("dump", false, "print the dates found in the dev corpus")

func TestCorpusAmounts(t *testing.T) {
	for _, d := range testcorpus.DevDocs(t) {
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
