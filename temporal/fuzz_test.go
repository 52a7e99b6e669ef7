package temporal

import (
	"testing"

	"github.com/axis-news/axis"
)

func FuzzDates(f *testing.F) {
	seeds := []string{
		"Putin on Wednesday signed the deal, June 26, 2024.",
		"Two months after they met last September, the launch of 2023-11-21 succeeded.",
		"In 2021-22 and the ’90s, more than four years, 26/06/2024, the 3rd of December.",
		"eight years later, Thursday, October 26, 2023, mid-2023, a year ago, 10:30",
		"May", "2024-", "’", "Dec.", "the 1990s", "in 2000 and", "F-16", "\xff\xfe 2024",
	}
	for _, s := range seeds {
		f.Add(s, "2024-06-26")
	}
	f.Add("next March and last Monday", "")
	f.Add("yesterday", "9999-12-31")
	st := New()
	f.Fuzz(func(t *testing.T, text, docDate string) {
		dates := st.Find(text, nil, docDate)
		checkDates(t, text, dates)
		// Sentences that overlap or run past the text must not break it.
		sents := []axis.Sentence{{Start: 0, End: len(text) / 2}, {Start: len(text) / 3, End: len(text) + 5}}
		checkDates(t, text, st.Find(text, sents, docDate))
		for _, d := range dates {
			if d.Value != "" && d.Precision != axis.PrecisionDuration {
				if _, ok := parseValue(d.Value); !ok {
					t.Fatalf("date %+v: value does not parse", d)
				}
			}
		}
	})
}
