package entity

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

var (
	stageOnce sync.Once
	stage     *Stage
	stageErr  error
)

// mustStage returns the stage over the embedded knowledge base, built once.
func mustStage(tb testing.TB) *Stage {
	tb.Helper()
	stageOnce.Do(func() { stage, stageErr = New(nil) })
	if stageErr != nil {
		tb.Fatal(stageErr)
	}
	return stage
}

// extract runs segment and entity over body paragraphs dated date.
func extract(tb testing.TB, date string, paras ...string) *axis.Document {
	tb.Helper()
	return extractDated(tb, mustStage(tb), date, paras...)
}

// extractWith runs stage s over one undated paragraph.
func extractWith(tb testing.TB, s *Stage, text string) *axis.Document {
	tb.Helper()
	return extractDated(tb, s, "", text)
}

func extractDated(tb testing.TB, s *Stage, date string, paras ...string) *axis.Document {
	tb.Helper()
	d := axis.NewDocument()
	d.Meta.Date = date
	for _, p := range paras {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	if err := s.Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	checkOffsets(tb, d)
	return d
}

func checkOffsets(tb testing.TB, d *axis.Document) {
	tb.Helper()
	for i, e := range d.Entities {
		if want := "e" + itoa(i+1); e.ID != want {
			tb.Fatalf("entity %d ID=%q, want %q", i, e.ID, want)
		}
		if len(e.Mentions) == 0 {
			tb.Fatalf("entity %s %q has no mentions", e.ID, e.Name)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
				tb.Fatalf("entity %s mention %+v does not match the text", e.ID, m)
			}
		}
	}
}

// find returns the entity of kind named name (or whose name contains it).
func find(d *axis.Document, kind, name string) *axis.Entity {
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Kind == kind && (e.Name == name || strings.Contains(e.Name, name)) {
			return e
		}
		if e.Kind == axis.EntityOrganization && kind == e.Kind {
			for _, m := range e.Mentions {
				if strings.Contains(m.Text, name) {
					return e
				}
			}
		}
	}
	return nil
}

// countries returns the set of country codes referred to (countries and
// locations' countries), as the scorer counts them.
func countries(d *axis.Document) map[string]bool {
	out := map[string]bool{}
	for _, e := range d.Entities {
		if (e.Kind == axis.EntityCountry || e.Kind == axis.EntityLocation) && e.Country != "" {
			out[e.Country] = true
		}
	}
	return out
}

func mentionTexts(e *axis.Entity) []string {
	var out []string
	for _, m := range e.Mentions {
		out = append(out, m.Text)
	}
	return out
}

func TestCountries(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"US forms", "The US and the U.S. Treasury said the United States would act.", []string{"USA"}, nil},
		{"pronoun us", "He told us that the plan would work for all of us.", nil, []string{"USA"}},
		{"demonym", "Russian troops crossed into Ukrainian territory.", []string{"RUS", "UKR"}, nil},
		{"capital metonym", "Moscow and Pyongyang signed the pact while the Kremlin cheered.", []string{"RUS", "PRK"}, nil},
		{"official name", "The Democratic People's Republic of Korea launched a rocket.", []string{"PRK"}, nil},
		{"possessive official name", "The People's Republic of China protested.", []string{"CHN"}, []string{"TWN"}},
		{"jordan country", "Jordan closed its border crossing on Monday.", []string{"JOR"}, nil},
		{"jordan person", "Michael Jordan said he would attend the game.", nil, []string{"JOR"}},
		{"jordan first name", "Jordan Peterson said the lecture was full.", nil, []string{"JOR"}},
		{"georgia country", "Russia fought a short war with Georgia in 2008.", []string{"GEO", "RUS"}, nil},
		{"georgia state", "The governor of Georgia spoke to voters in Atlanta.", []string{"USA"}, []string{"GEO"}},
		{"chad and niger", "Chad and Niger joined the talks.", []string{"TCD", "NER"}, []string{"NGA"}},
		{"nigeria not niger", "Nigeria sent troops.", []string{"NGA"}, []string{"NER"}},
		{"turkey", "Turkey and Türkiye are the same state.", []string{"TUR"}, nil},
		{"turkey bird", "They ate roast turkey for dinner.", nil, []string{"TUR"}},
		{"south china sea", "Ships sailed through the South China Sea on Friday.", nil, []string{"CHN"}},
		{"washington place", "The leaders met at a summit in Washington.", []string{"USA"}, nil},
		{"ethnic", "Ethnic Albanian leaders met ethnic Serb mayors.", nil, []string{"ALB"}},
		{"regional adjective", "The two South American neighbours disagree.", nil, []string{"USA"}},
		{"hyphenated", "North Korea-Russia ties are growing.", []string{"PRK", "RUS"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, "2024-06-01", tt.text)
			got := countries(d)
			for _, c := range tt.want {
				if !got[c] {
					t.Errorf("%q: %s missing; got %v", tt.text, c, got)
				}
			}
			for _, c := range tt.not {
				if got[c] {
					t.Errorf("%q: %s found; got %v", tt.text, c, got)
				}
			}
		})
	}
}

func TestWashingtonKinds(t *testing.T) {
	d := extract(t, "2024-06-01", "The leaders met at a summit in Washington. Washington said the talks went well.")
	loc := find(d, axis.EntityLocation, "Washington")
	if loc == nil || loc.Country != "USA" {
		t.Fatalf("location Washington = %+v, want country USA", loc)
	}
	c := find(d, axis.EntityCountry, "United States")
	if c == nil || len(c.Mentions) != 1 || c.Mentions[0].Text != "Washington" {
		t.Fatalf("country USA = %+v, want one mention Washington", c)
	}
}

func TestPeople(t *testing.T) {
	tests := []struct {
		name, text                   string
		person, country, role, affil string
	}{
		{"kb title", "President Vladimir Putin arrived on Tuesday.", "Vladimir Putin", "RUS", "President", ""},
		{"kb adjective title", "He met Chinese President Xi Jinping on a terrace.", "Xi Jinping", "CHN", "President", ""},
		{"kb leader", "North Korean leader Kim Jong Un waved.", "Kim Jong Un", "PRK", "leader", ""},
		{"ministry spokesman", "China's Ministry of Foreign Affairs spokesman Wu Qiangming said the talks were useful.",
			"Wu Qiangming", "CHN", "spokesman", "Ministry of Foreign Affairs"},
		{"appositive university", "Margaret Holloway, professor of economics at the University of Leeds in the United Kingdom, said the plan was weak.",
			"Margaret Holloway", "GBR", "professor of economics", "University of Leeds"},
		{"speech appositive", "\"It is over,\" said Daniel Ferreira Costa, a lecturer in politics at King's College London.",
			"Daniel Ferreira Costa", "GBR", "lecturer in politics", "King's College London"},
		{"university in capital", "Park Hye-jin, a professor at Yonsei University in Seoul, said trade would suffer.",
			"Park Hye-jin", "KOR", "professor", "Yonsei University"},
		{"told reuters", "Tomas Lindqvist told Reuters that the vote was close.", "Tomas Lindqvist", "", "", ""},
		{"ambassador adjective", "Brazilian Ambassador Helena Duarte Campos left the room.", "Helena Duarte Campos", "BRA", "Ambassador", ""},
		{"role clause", "Deputy Foreign Minister of Kenya, Wanjiru Mbeki, told delegates to wait.", "Wanjiru Mbeki", "KEN", "Deputy Foreign Minister", ""},
		{"general", "General Abdel Karim al-Rashidi told troops in Omdurman to hold.", "Abdel Karim al-Rashidi", "SDN", "General", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, "2024-06-01", tt.text)
			e := find(d, axis.EntityPerson, tt.person)
			if e == nil {
				t.Fatalf("%q: no person %q in %+v", tt.text, tt.person, d.Entities)
			}
			if e.Name != tt.person {
				t.Errorf("name=%q, want %q", e.Name, tt.person)
			}
			if tt.country != "" && e.Country != tt.country {
				t.Errorf("%s country=%q, want %q", e.Name, e.Country, tt.country)
			}
			if tt.role != "" && e.Role != tt.role {
				t.Errorf("%s role=%q, want %q", e.Name, e.Role, tt.role)
			}
			if tt.affil != "" && !strings.Contains(e.Affiliation, tt.affil) {
				t.Errorf("%s affiliation=%q, want %q", e.Name, e.Affiliation, tt.affil)
			}
		})
	}
}

func TestNoPerson(t *testing.T) {
	for _, text := range []string{
		"Analysts say the deal is fragile.",
		"Crowds gathered on Kim Il Sung Square in the morning.",
		"The Tumen River Bridge will open next year.",
		"Officials at the Carnegie Endowment said little.",
		"Protesters said the police had fired tear gas.",
	} {
		d := extract(t, "2024-06-01", text)
		for _, e := range d.Entities {
			if e.Kind == axis.EntityPerson {
				t.Errorf("%q: unexpected person %q (%s)", text, e.Name, e.Rule)
			}
		}
	}
}

func TestCoreference(t *testing.T) {
	d := extract(t, "2024-06-26",
		"Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang.",
		"Putin's visit was his first since 2000, when Kim Jong Il, the father of Kim Jong Un, ruled the country.",
		"Mr Kim praised the Russian leader, and Kim called him a friend.",
		"Children waved flags on Kim Il Sung Square.")
	putin := find(d, axis.EntityPerson, "Vladimir Putin")
	if putin == nil {
		t.Fatal("no Putin")
	}
	if got := mentionTexts(putin); strings.Join(got, "|") != "Vladimir Putin|Putin|Russian leader" {
		t.Errorf("Putin mentions=%q", got)
	}
	un := find(d, axis.EntityPerson, "Kim Jong Un")
	il := find(d, axis.EntityPerson, "Kim Jong Il")
	if un == nil || il == nil || un.ID == il.ID {
		t.Fatalf("Kim Jong Un=%v Kim Jong Il=%v: want two people", un, il)
	}
	if got := mentionTexts(un); strings.Join(got, "|") != "Kim Jong Un|Kim Jong Un|Mr Kim|Kim" {
		t.Errorf("Kim Jong Un mentions=%q", got)
	}
	if len(il.Mentions) != 1 {
		t.Errorf("Kim Jong Il mentions=%q, want one", mentionTexts(il))
	}
	if find(d, axis.EntityPerson, "Kim Il Sung") != nil {
		t.Error("Kim Il Sung Square taken for a person")
	}
	if find(d, axis.EntityLocation, "Kim Il Sung Square") == nil {
		t.Error("Kim Il Sung Square is no location")
	}
}

func TestCoreferenceVariantsAndTitles(t *testing.T) {
	d := extract(t, "2024-06-19",
		"Russian President Vladimir Putin signed a pact with North Korea's Kim Jong-un.",
		"Foreign ministry spokesman Ahmad Farouk Haddad told a news conference in Doha the truce would hold.",
		"The spokesman said talks would continue. Haddad added that more hostages would be freed.",
		"\"The sun is up,\" said Yun Sun, a fellow at the Stimson Center. The sun set later. Sun said no more.")
	kim := find(d, axis.EntityPerson, "Kim Jong Un")
	if kim == nil || kim.Mentions[0].Text != "Kim Jong-un" {
		t.Fatalf("Kim Jong-un not linked to Kim Jong Un: %+v", kim)
	}
	h := find(d, axis.EntityPerson, "Ahmad Farouk Haddad")
	if h == nil {
		t.Fatal("no Haddad")
	}
	if got := mentionTexts(h); strings.Join(got, "|") != "Ahmad Farouk Haddad|spokesman|Haddad" {
		t.Errorf("Haddad mentions=%q", got)
	}
	if h.Country != "QAT" {
		t.Errorf("Haddad country=%q, want QAT (Doha, same sentence)", h.Country)
	}
	sun := find(d, axis.EntityPerson, "Yun Sun")
	if sun == nil {
		t.Fatal("no Yun Sun")
	}
	if got := mentionTexts(sun); strings.Join(got, "|") != "Yun Sun|Sun" {
		t.Errorf("Yun Sun mentions=%q", got)
	}
}

func TestOrganizations(t *testing.T) {
	tests := []struct {
		text, org, country string
	}{
		{"The Brookings Institution published a report.", "Brookings Institution", ""},
		{"A fellow at the Lowy Institute disagreed.", "Lowy Institute", ""},
		{"The US State Department said the transfers were unlawful.", "State Department", "USA"},
		{"UN sanctions inspectors found fragments.", "United Nations", "UNO"},
		{"Students at Makerere University in Kampala marched.", "Makerere University", "UGA"},
		{"Kenya's Ministry of Defence denied the report.", "Ministry of Defence", "KEN"},
		{"The Turkish Parliament voted on Tuesday.", "Turkish Parliament", "TUR"},
		{"Officials of the Pacific Islands Forum met.", "Pacific Islands Forum", ""},
	}
	for _, tt := range tests {
		d := extract(t, "2024-06-01", tt.text)
		e := find(d, axis.EntityOrganization, tt.org)
		if e == nil {
			t.Errorf("%q: no organisation %q in %+v", tt.text, tt.org, d.Entities)
			continue
		}
		if tt.country != "" && e.Country != tt.country {
			t.Errorf("%q: %s country=%q, want %q", tt.text, e.Name, e.Country, tt.country)
		}
	}
}

func TestAt(t *testing.T) {
	d := extract(t, "2024-06-01", "Russian President Vladimir Putin met Chinese President Xi Jinping.")
	off := strings.Index(d.Text, "Putin")
	e, m := At(d, off+1)
	if e == nil || e.Name != "Vladimir Putin" || m.Text != "Vladimir Putin" {
		t.Fatalf("At(%d)=%v %v", off, e, m)
	}
	x := NewIndex(d)
	e2, m2 := x.At(off + 1)
	if e2 != e || m2.Start != m.Start {
		t.Fatalf("Index.At=%v, want %v", e2, e)
	}
	if e, _ := At(d, strings.Index(d.Text, "met")); e != nil {
		t.Errorf("At(met)=%v, want nil", e)
	}
	if got := CountryOf(e2); got != "RUS" {
		t.Errorf("CountryOf(Putin)=%q, want RUS", got)
	}
	n := 0
	x.In(0, len(d.Text), func(*axis.Entity, *axis.Mention) { n++ })
	if n < 4 {
		t.Errorf("In saw %d mentions, want at least 4", n)
	}
}

func TestKBDateRole(t *testing.T) {
	// The same person links at different dates, with the role in force.
	d1 := extract(t, "2010-03-01", "Vladimir Putin spoke in Moscow.")
	d2 := extract(t, "2024-03-01", "Vladimir Putin spoke in Moscow.")
	p1, p2 := find(d1, axis.EntityPerson, "Vladimir Putin"), find(d2, axis.EntityPerson, "Vladimir Putin")
	if p1 == nil || p2 == nil {
		t.Fatal("Putin not found")
	}
	if p1.Role != "Prime Minister" || p2.Role != "President" {
		t.Errorf("roles 2010=%q 2024=%q, want Prime Minister, President", p1.Role, p2.Role)
	}
}

func TestFoldKey(t *testing.T) {
	words := []string{"Kabul", "KABUL", "kabul", "\u212aabul", "Straße", "STRASSE", "ſtrasse", "Σίσυφος", "σίσυφοσ",
		"ΣΊΣΥΦΟΣ", "İzmir", "izmir", "ı", "I", "\xff", "\xfe", "\ufffd", "", "a", "ab", "Ab "}
	for _, a := range words {
		for _, b := range words {
			same := string(foldKey(nil, a)) == string(foldKey(nil, b))
			if want := strings.EqualFold(a, b); same != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, want %v", a, b, same, want)
			}
		}
	}
}
