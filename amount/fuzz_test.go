package amount

import (
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/temporal"
)

func FuzzAmounts(f *testing.F) {
	seeds := []string{
		"Trade hit $240bn in 2023, up 5 per cent; US$5 billion and Rs 100 crore.",
		"over 11,000 containers of munitions and dozens of ballistic missiles",
		"tens of thousands of people, two dozen KFOR soldiers, 287-55",
		"a more than 1,000km-long (600 mile) front line, 300m-long, 20-kilometre",
		"$", "US$", "€1.", "1,000", "2024", "twenty-", "a dozen", "~5%", "Rs.", "\xff$5\xfe",
		"1. Soldiers", "+44 20 7946 0958", "F-16s", "10:30", "3 a.m.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	ts, st := temporal.New(), New()
	f.Fuzz(func(t *testing.T, text string) {
		checkAmounts(t, text, st.Find(text, nil, ts.Find(text, nil, "2024-06-26")))
		// Dates and sentences that do not fit the text must not break it.
		sents := []axis.Sentence{{Start: 0, End: len(text) / 2}, {Start: len(text) / 3, End: len(text) + 5}}
		dates := []axis.Date{{Start: 1, End: 3}, {Start: 2, End: len(text) + 9}}
		checkAmounts(t, text, st.Find(text, sents, dates))
	})
}
