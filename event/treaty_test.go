package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// treatyCases: articles written for these tests (the first line a
// headline when head is set) and the treaties expected, each as
// "name|PARTIES|date|relations".
var treatyCases = []struct {
	name, text string
	head       bool
	dates      []string
	want       []string
	events     string // the events' canonical forms, to check no name triggers one
}{
	{"headline pact gives way to the body's named treaty",
		"Tokyo and Manila sign pact\nJapan and the Philippines signed the Pacific Security Cooperation Treaty on Monday.\nThe new treaty replaces the 1990 Accord of Maritime Friendship and Trade between the two countries.",
		true, []string{"on Monday=2024-04-29", "1990=1990"},
		[]string{"Pacific Security Cooperation Treaty|JPN,PHL|2024-04-29|replaces t2", "Accord of Maritime Friendship and Trade|JPN,PHL|1990|"},
		"JPN AGREE PHL 057; JPN AGREE PHL 057"},
	{"parties named by the text",
		"Russia and North Korea signed a new defence pact.\nIt echoes the 1961 Treaty of Mutual Aid signed by the Soviet Union and North Korea.",
		false, []string{"1961=1961"},
		[]string{"defence pact|RUS,PRK|2024-05-01|echoes t2", "Treaty of Mutual Aid|SUN,PRK|1961|"}, ""},
	{"the two countries before 1991",
		"Russia and North Korea signed a new defence pact.\nIt echoes the 1961 Treaty of Mutual Aid between the two countries.",
		false, []string{"1961=1961"},
		[]string{"defence pact|RUS,PRK|2024-05-01|echoes t2", "Treaty of Mutual Aid|SUN,PRK|1961|"}, ""},
	{"parties and date of a sentence's signing",
		"In 1970, the United States and the Soviet Union signed the Treaty on Space Weapons.",
		false, []string{"In 1970=1970"},
		[]string{"Treaty on Space Weapons|USA,SUN|1970|"}, ""},
}

func TestTreaties(t *testing.T) {
	for _, tc := range treatyCases {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(tc.text, "2024-05-01", tc.dates...)
			if tc.head {
				d.Sentences[0].Kind = axis.KindHeadline
			}
			runEvents(t, d)
			var got []string
			for _, tr := range d.Treaties {
				var rel []string
				for _, r := range tr.Relations {
					rel = append(rel, r.Kind+" "+r.Treaty)
				}
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", tr.Name, strings.Join(tr.Parties, ","), tr.Date, strings.Join(rel, ",")))
				if d.Text[tr.Start:tr.End] != tr.Name && !strings.Contains(d.Text[tr.Start:tr.End], tr.Name) {
					t.Errorf("treaty %s spans %q", tr.ID, d.Text[tr.Start:tr.End])
				}
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("treaties:\n%s\nwant:\n%s", g, w)
			}
			if tc.events != "" {
				var ev []string
				for _, e := range d.Events {
					ev = append(ev, eventString(e))
				}
				if g := strings.Join(ev, "; "); g != tc.events {
					t.Errorf("events %q, want %q", g, tc.events)
				}
			}
		})
	}
}
