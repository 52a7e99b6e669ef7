package event

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

// testActor is a gazetteer entry for documents built by tests.
type testActor struct {
	id, kind, name, country, code string
	surfaces                      []string
}

var testActors = []testActor{
	{"russia", axis.EntityCountry, "Russia", "RUS", "RUS", []string{"Russia", "Russian", "Moscow", "the Kremlin", "Russians"}},
	{"north-korea", axis.EntityCountry, "North Korea", "PRK", "PRK", []string{"North Korea", "North Korean", "Pyongyang", "DPRK"}},
	{"south-korea", axis.EntityCountry, "South Korea", "KOR", "KOR", []string{"South Korea", "South Korean", "Seoul"}},
	{"usa", axis.EntityCountry, "United States", "USA", "USA", []string{"United States", "US", "U.S.", "Washington", "American"}},
	{"china", axis.EntityCountry, "China", "CHN", "CHN", []string{"China", "Chinese", "Beijing"}},
	{"japan", axis.EntityCountry, "Japan", "JPN", "JPN", []string{"Japan", "Japanese", "Tokyo"}},
	{"ukraine", axis.EntityCountry, "Ukraine", "UKR", "UKR", []string{"Ukraine", "Ukrainian", "Kyiv"}},
	{"iran", axis.EntityCountry, "Iran", "IRN", "IRN", []string{"Iran", "Iranian", "Iranians", "Tehran"}},
	{"saudi", axis.EntityCountry, "Saudi Arabia", "SAU", "SAU", []string{"Saudi Arabia", "Saudi", "Riyadh"}},
	{"france", axis.EntityCountry, "France", "FRA", "FRA", []string{"France", "French", "Paris"}},
	{"germany", axis.EntityCountry, "Germany", "DEU", "DEU", []string{"Germany", "German", "Berlin"}},
	{"india", axis.EntityCountry, "India", "IND", "IND", []string{"India", "Indian", "New Delhi"}},
	{"pakistan", axis.EntityCountry, "Pakistan", "PAK", "PAK", []string{"Pakistan", "Pakistani", "Islamabad"}},
	{"turkey", axis.EntityCountry, "Turkey", "TUR", "TUR", []string{"Turkey", "Turkish", "Ankara"}},
	{"sweden", axis.EntityCountry, "Sweden", "SWE", "SWE", []string{"Sweden", "Swedish", "Stockholm"}},
	{"israel", axis.EntityCountry, "Israel", "ISR", "ISR", []string{"Israel", "Israeli"}},
	{"egypt", axis.EntityCountry, "Egypt", "EGY", "EGY", []string{"Egypt", "Egyptian", "Cairo"}},
	{"brazil", axis.EntityCountry, "Brazil", "BRA", "BRA", []string{"Brazil", "Brazilian"}},
	{"poland", axis.EntityCountry, "Poland", "POL", "POL", []string{"Poland", "Polish", "Warsaw"}},
	{"serbia", axis.EntityCountry, "Serbia", "SRB", "SRB", []string{"Serbia", "Serbian", "Belgrade"}},
	{"germany-cap", axis.EntityLocation, "Berlin", "DEU", "", []string{"BERLIN"}},
	{"philippines", axis.EntityCountry, "Philippines", "PHL", "PHL", []string{"the Philippines", "Philippine", "Manila"}},
	{"ussr", axis.EntityCountry, "Soviet Union", "SUN", "SUN", []string{"Soviet Union", "Soviet"}},
	{"nato", axis.EntityOrganization, "NATO", "NATO", "NATO", []string{"NATO", "the alliance"}},
	{"un", axis.EntityOrganization, "United Nations", "UNO", "UNO", []string{"United Nations", "UN", "Security Council"}},
	{"eu", axis.EntityOrganization, "European Union", "EUR", "EUR", []string{"European Union", "EU", "Brussels"}},
	{"icc", axis.EntityOrganization, "International Criminal Court", "", "ICC", []string{"International Criminal Court"}},
	{"state-dept", axis.EntityOrganization, "US State Department", "USA", "", []string{"State Department"}},
	{"putin", axis.EntityPerson, "Vladimir Putin", "RUS", "", []string{"Vladimir Putin", "Putin"}},
	{"kim", axis.EntityPerson, "Kim Jong Un", "PRK", "", []string{"Kim Jong Un", "Kim"}},
	{"xi", axis.EntityPerson, "Xi Jinping", "CHN", "", []string{"Xi Jinping", "Xi"}},
	{"biden", axis.EntityPerson, "Joe Biden", "USA", "", []string{"Joe Biden", "Biden"}},
	{"modi", axis.EntityPerson, "Narendra Modi", "IND", "", []string{"Narendra Modi", "Modi"}},
	{"kharkiv", axis.EntityLocation, "Kharkiv", "UKR", "", []string{"Kharkiv"}},
	{"syria", axis.EntityCountry, "Syria", "SYR", "SYR", []string{"Syria", "Syrian", "Damascus"}},
	{"spain", axis.EntityCountry, "Spain", "ESP", "ESP", []string{"Spain", "Spanish", "Madrid"}},
	{"morocco", axis.EntityCountry, "Morocco", "MAR", "MAR", []string{"Morocco", "Moroccan", "Rabat"}},
	{"canada", axis.EntityCountry, "Canada", "CAN", "CAN", []string{"Canada", "Canadian", "Ottawa"}},
	{"norway", axis.EntityCountry, "Norway", "NOR", "NOR", []string{"Norway", "Norwegian", "Oslo"}},
	{"chile", axis.EntityCountry, "Chile", "CHL", "CHL", []string{"Chile", "Chilean", "Santiago"}},
	{"peru", axis.EntityCountry, "Peru", "PER", "PER", []string{"Peru", "Peruvian", "Lima"}},
	{"iraq", axis.EntityCountry, "Iraq", "IRQ", "IRQ", []string{"Iraq", "Iraqi", "Baghdad"}},
	{"qatar", axis.EntityCountry, "Qatar", "QAT", "QAT", []string{"Qatar", "Qatari", "Doha"}},
	{"mali", axis.EntityCountry, "Mali", "MLI", "MLI", []string{"Mali", "Malian", "Bamako"}},
	{"hezbollah", axis.EntityOrganization, "Hezbollah", "LBN", "", []string{"Hezbollah"}},
	{"houthis", axis.EntityOrganization, "Houthis", "YEM", "", []string{"Houthis", "Houthi"}},
}

// testDoc builds a document from text with entities found by the test
// gazetteer, one sentence per line and dates given as surface=value
// pairs.
func testDoc(text, docDate string, dates ...string) *axis.Document {
	d := axis.NewDocument()
	d.Meta.Date = docDate
	d.Text = text
	off := 0
	for _, ln := range strings.SplitAfter(text, "\n") {
		end := off + len(strings.TrimRight(ln, "\n"))
		if end > off {
			first := len(d.Tokens)
			d.Tokens = segment.Tokenize(d.Tokens, text, off, end)
			d.Sentences = append(d.Sentences, axis.Sentence{Start: off, End: end, Kind: axis.KindBody, FirstToken: first, EndToken: len(d.Tokens)})
		}
		off += len(ln)
	}
	taken := make([]bool, len(text))
	for _, a := range testActors {
		e := axis.Entity{ID: a.id, Kind: a.kind, Name: a.name, Country: a.country, Code: a.code}
		surf := append([]string(nil), a.surfaces...)
		// longest first
		for i := range surf {
			for j := i + 1; j < len(surf); j++ {
				if len(surf[j]) > len(surf[i]) {
					surf[i], surf[j] = surf[j], surf[i]
				}
			}
		}
		for _, s := range surf {
			for i := 0; ; {
				k := strings.Index(text[i:], s)
				if k < 0 {
					break
				}
				st, en := i+k, i+k+len(s)
				i = en
				if st > 0 {
					r, _ := utf8.DecodeLastRuneInString(text[:st])
					if unicode.IsLetter(r) {
						continue
					}
				}
				if en < len(text) {
					r, _ := utf8.DecodeRuneInString(text[en:])
					if unicode.IsLetter(r) {
						continue
					}
				}
				free := true
				for x := st; x < en; x++ {
					if taken[x] {
						free = false
					}
				}
				if !free {
					continue
				}
				for x := st; x < en; x++ {
					taken[x] = true
				}
				e.Mentions = append(e.Mentions, axis.Mention{Start: st, End: en, Text: s})
			}
		}
		if len(e.Mentions) > 0 {
			d.Entities = append(d.Entities, e)
		}
	}
	for _, kv := range dates {
		s, v, _ := strings.Cut(kv, "=")
		k := strings.Index(text, s)
		if k < 0 {
			panic("date not in text: " + s)
		}
		prec := axis.PrecisionDay
		switch len(v) {
		case 4:
			prec = axis.PrecisionYear
		case 7:
			prec = axis.PrecisionMonth
		}
		d.Dates = append(d.Dates, axis.Date{Text: s, Start: k, End: k + len(s), Value: v, Precision: prec})
	}
	return d
}

func runEvents(tb testing.TB, d *axis.Document) {
	tb.Helper()
	if err := New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
}

// eventString is the canonical short form of an event.
func eventString(e axis.Event) string {
	s := fmt.Sprintf("%s %s %s %s", e.Source.Country, e.PLOVER, orDash(e.Target.Country), e.CAMEO)
	if e.Modality != axis.ModalityAsserted {
		s += " " + e.Modality
	}
	if e.ClaimedBy != "" {
		s += " by " + e.ClaimedBy
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
