package temporal

import (
	"flag"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/testcorpus"
)

var dump = flag.Bool("dump", false, "print the dates found in the dev corpus")

func TestCorpus(t *testing.T) {
	for _, d := range testcorpus.DevDocs(t) {
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
