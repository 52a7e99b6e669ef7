package entity

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

// TestPeopleContext covers names introduced by abbreviated ranks, by a
// possessive state, by appositives with unlisted modifiers and by verbs of
// speech after an appositive.
func TestPeopleContext(t *testing.T) {
	tests := []struct {
		name, text                   string
		person, country, role, affil string
	}{
		{"abbreviated rank", "The drill was led by British Lt. Gen. Harold Pemberton-Vane.", "Harold Pemberton-Vane", "GBR", "", ""},
		{"us legislator", "Far from Cairo, Sen. Dana Whitcombe, D-N.M., said the aid was late.", "Dana Whitcombe", "USA", "Sen", ""},
		{"us legislator, full state", "Rep. Tom Halloran, R-Ohio, said Egypt had a point.", "Tom Halloran", "USA", "Rep", ""},
		{"body sentence dense with names", "Foreign Minister Choe Son Hui met Russian Ambassador Alexander Matsegora in Pyongyang, KCNA said.",
			"Alexander Matsegora", "RUS", "Ambassador", ""},
		{"role word as surname", "\"Nobody is ready,\" said Claudia Marshal, a defence analyst at the Carnegie Endowment in Brussels.",
			"Claudia Marshal", "BEL", "defence analyst", "Carnegie Endowment"},
		{"principal's adviser", "Officials in Seoul said they spoke with Fumio Kishida's security adviser Takeo Akiba on Monday.",
			"Takeo Akiba", "JPN", "security adviser", ""},
		{"rank of two words", "Navy spokesman Rear Adm. Tomas Rekola said the ship was safe.", "Tomas Rekola", "", "Navy spokesman Rear Adm", ""},
		{"abbreviated rank with state", "They stood beside Canadian Gen. Marek Olszewski at the base.", "Marek Olszewski", "CAN", "Gen", ""},
		{"told after appositive", "The inspectors saw everything, Ottar Brekke, a disarmament scholar at Uppsala University in Sweden, told Reuters.",
			"Ottar Brekke", "SWE", "disarmament scholar", "Uppsala University"},
		{"unlisted modifiers", "\"Nobody expected it,\" said Tomasz Wierzbicki, a counter-terrorism lecturer at the University of Warsaw.",
			"Tomasz Wierzbicki", "POL", "counter-terrorism lecturer", "University of Warsaw"},
		{"subject is not nationality", "\"They will wait,\" said Lee Min-seo, a China researcher at Korea University in Seoul.",
			"Lee Min-seo", "KOR", "China researcher", "Korea University"},
		{"region modifier, place of work", "\"Trade will recover,\" said Ottar Brekke, a Middle East analyst at a small think tank in Oslo.",
			"Ottar Brekke", "NOR", "Middle East analyst", ""},
		{"adjective is nationality", "\"They will wait,\" said Pavel Dvorak, a Czech diplomat posted abroad.",
			"Pavel Dvorak", "CZE", "", ""},
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
			if tt.affil != "" && e.Affiliation != tt.affil {
				t.Errorf("%s affiliation=%q, want %q", e.Name, e.Affiliation, tt.affil)
			}
		})
	}
}

// TestNotPeopleContext covers capitalised words after role phrases that end
// in a connector, which name things.
func TestNotPeopleContext(t *testing.T) {
	for _, text := range []string{
		"Karimi, head of the Atomic Energy Organization of Iran, spoke first.",
		"She was named director of the National Archives last year.",
	} {
		d := extract(t, "2024-06-01", text)
		for _, e := range d.Entities {
			if e.Kind == axis.EntityPerson && (e.Name == "Atomic" || e.Name == "National") {
				t.Errorf("%q: unexpected person %q (%s)", text, e.Name, e.Rule)
			}
		}
	}
}

// TestByline checks that the author of a byline is no person of the story
// while people in the body still are.
func TestByline(t *testing.T) {
	d := axis.NewDocument()
	d.Blocks = []axis.Block{
		{Kind: axis.KindHeadline, Text: "Talks resume in Vienna"},
		{Kind: axis.KindByline, Text: "By Margit Solberg"},
		{Kind: axis.KindBody, Text: "Iranian negotiator Reza Tavakoli said the talks would resume."},
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := mustStage(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if e := find(d, axis.EntityPerson, "Margit Solberg"); e != nil {
		t.Errorf("byline author is a person: %+v", e)
	}
	if e := find(d, axis.EntityPerson, "Reza Tavakoli"); e == nil {
		t.Errorf("no person Reza Tavakoli in %+v", d.Entities)
	}
}

// TestNameNotOrganization checks that a one-word organisation of the
// knowledge base ending a person's name is the person's.
func TestNameNotOrganization(t *testing.T) {
	d := extract(t, "2024-06-01", "Envoy Amélie Bongo Wagner met the delegation on Monday.",
		"Bongo Wagner said the meeting had been useful.")
	e := find(d, axis.EntityPerson, "Amélie Bongo Wagner")
	if e == nil {
		t.Fatalf("no person Amélie Bongo Wagner in %+v", d.Entities)
	}
	if got := mentionTexts(e); len(got) != 2 {
		t.Errorf("mentions=%q, want the full name and Bongo Wagner", got)
	}
	for _, e := range d.Entities {
		if e.Kind == axis.EntityOrganization && e.Code == "WAGNER" {
			t.Errorf("Wagner Group found: %+v", e)
		}
	}
	d = extract(t, "2024-06-01", "Wagner fighters left Bamako after the Russian Wagner Group lost its leader.")
	if !hasCode(d, "WAGNER") {
		t.Errorf("no Wagner Group in %+v", d.Entities)
	}
}

// TestAcronymTitleCase checks that a Title-case spelling of a 4+ letter
// acronym ("Nato" for NATO) is the organisation except as a given name: after
// a person's title or before a surname.
func TestAcronymTitleCase(t *testing.T) {
	for _, c := range []struct {
		text   string
		code   string // the organisation wanted, or ""
		notOrg string // an organisation code not wanted
		person string // a person wanted, or ""
	}{
		{"Senator Rand Ortega told reporters the vote would be close.", "", "RAND", "Rand Ortega"},
		{"Rand Ortega told reporters on Friday that the vote would be close.", "", "RAND", ""},
		{"Mr. Rand Ortega declined to comment on the proposal.", "", "RAND", "Rand Ortega"},
		{"Nato said on Thursday it would send more jets to the Baltic.", "NATO", "", ""},
		{"Nato allies agreed to raise spending next year.", "NATO", "", ""},
		{"Unesco's board voted to list the old harbour.", "UNO", "", ""},
	} {
		d := extract(t, "2024-06-01", c.text)
		if c.code != "" && !hasCode(d, c.code) {
			t.Errorf("%q: no %s in %+v", c.text, c.code, d.Entities)
		}
		if c.notOrg != "" && hasCode(d, c.notOrg) {
			t.Errorf("%q: %s found in %+v", c.text, c.notOrg, d.Entities)
		}
		if c.person != "" && find(d, axis.EntityPerson, c.person) == nil {
			t.Errorf("%q: no person %s in %+v", c.text, c.person, d.Entities)
		}
	}
}

// TestTextSpelling checks that a KB person is named as the text spells the
// name when it differs by transliteration only.
func TestTextSpelling(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Foreign Minister Sergei Lavrov flew to Ankara.", "Sergei Lavrov"},
		{"Foreign Minister Sergey Lavrov flew to Ankara.", "Sergey Lavrov"},
		{"Prime Minister Viktor Orban flew to Ankara on Monday for talks about gas.", "Viktor Orban"},
		{"PRIME MINISTER VIKTOR ORBAN FLEW TO ANKARA.", "Viktor Orbán"},
		{"Leader Kim Jong-un flew to Moscow.", "Kim Jong Un"},
	} {
		d := extract(t, "2024-06-01", tt.text)
		if e := find(d, axis.EntityPerson, tt.want); e == nil || e.Name != tt.want {
			t.Errorf("%q: no person named %q in %+v", tt.text, tt.want, d.Entities)
		}
	}
}

func hasCode(d *axis.Document, code string) bool {
	for _, e := range d.Entities {
		if e.Code == code {
			return true
		}
	}
	return false
}

// TestPersonCountryContext covers the countries of people from places of
// their institutions and of state leaders named without their state.
func TestPersonCountryContext(t *testing.T) {
	tests := []struct {
		name    string
		paras   []string
		person  string
		country string
	}{
		{"institution in a city", []string{"\"It will hold,\" said Halima Yusuf, a policy researcher at the Aminu Institute in Kano."},
			"Halima Yusuf", "NGA"},
		{"leader skips IGOs", []string{"Thousands marched in Tbilisi against the government on Sunday.",
			"The European Union said the accession talks were frozen.",
			"President Tamar Kvaratskhelia said she would not step down."}, "Tamar Kvaratskhelia", "GEO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, "2024-06-01", tt.paras...)
			e := find(d, axis.EntityPerson, tt.person)
			if e == nil {
				t.Fatalf("no person %q in %+v", tt.person, d.Entities)
			}
			if e.Country != tt.country {
				t.Errorf("%s country=%q, want %q", e.Name, e.Country, tt.country)
			}
		})
	}
}

// TestCountryContext covers datelines, capitals naming agreements and US
// towns named like foreign capitals.
func TestCountryContext(t *testing.T) {
	tests := []struct {
		name      string
		paras     []string
		want, not []string
	}{
		{"upper-case dateline with agency", []string{"OSLO (AP) — The talks resumed on Monday."}, []string{"NOR"}, nil},
		{"mixed-case dateline with agency", []string{"Madrid (Reuters) - The talks resumed on Monday."}, []string{"ESP"}, nil},
		{"upper-case dateline with dash", []string{"BRUSSELS — The ministers met on Monday."}, []string{"BEL"}, []string{"EUR"}},
		{"brussels as the EU", []string{"Warsaw accused Brussels of meddling."}, []string{"POL"}, []string{"BEL"}},
		{"statute", []string{"Mongolia is a party to the Rome Statute and must act."}, []string{"MNG"}, []string{"ITA"}},
		{"agreements", []string{"Kyiv says the Minsk agreements were never honoured."}, []string{"UKR"}, []string{"BLR"}},
		{"climate agreement", []string{"The Paris climate agreement was signed by Brazil."}, []string{"BRA"}, []string{"FRA"}},
		{"capital as place", []string{"The ministers met in Paris on Friday."}, []string{"FRA"}, nil},
		{"city and state", []string{"She studied in Moscow, Idaho, before joining the ministry."}, []string{"USA"}, []string{"RUS"}},
		{"city and abbreviated state", []string{"The rally in Athens, Ga. drew thousands."}, []string{"USA"}, []string{"GRC"}},
		{"capital and its country", []string{"Thousands rallied in Tbilisi, Georgia on Sunday."}, []string{"GEO"}, []string{"USA"}},
		{"list of capitals", []string{"Envoys flew to Moscow, Georgia and Ukraine."}, []string{"RUS", "GEO", "UKR"}, nil},
		{"university of a state in a town", []string{"Tbilisi protests grew.", "\"They will tire,\" said a professor at the University of Georgia in Athens."},
			[]string{"GEO", "USA"}, []string{"GRC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, "2024-06-01", tt.paras...)
			got := countries(d)
			for _, c := range tt.want {
				if !got[c] {
					t.Errorf("%q: %s missing; got %v", tt.paras, c, got)
				}
			}
			for _, c := range tt.not {
				if got[c] {
					t.Errorf("%q: %s found; got %v", tt.paras, c, got)
				}
			}
		})
	}
}

// TestPossessiveState covers people introduced by their state's
// possessive and named again by surname.
func TestPossessiveState(t *testing.T) {
	d := extract(t, "2024-06-01", "Bolivia's Wara Mamani and Chile's Tupac Antileo signed the accord in Lima.",
		"Mamani said the deal was fair. Antileo declined to comment.")
	for _, tt := range []struct{ name, country string }{{"Wara Mamani", "BOL"}, {"Tupac Antileo", "CHL"}} {
		e := find(d, axis.EntityPerson, tt.name)
		if e == nil {
			t.Errorf("no person %q in %+v", tt.name, d.Entities)
			continue
		}
		if e.Country != tt.country || len(e.Mentions) != 2 {
			t.Errorf("%s: country=%q mentions=%q, want %s and two mentions", e.Name, e.Country, mentionTexts(e), tt.country)
		}
	}
	for _, text := range []string{
		"Israel's Iron Dome intercepted most of the rockets.",
		"South Korea's Hanwha Ocean won the contract; Hanwha said it was pleased.",
	} {
		d := extract(t, "2024-06-01", text)
		for _, e := range d.Entities {
			if e.Kind == axis.EntityPerson {
				t.Errorf("%q: unexpected person %q (%s)", text, e.Name, e.Rule)
			}
		}
	}
}

func TestEthnicCompounds(t *testing.T) {
	d := extract(t, "2024-06-01", "Clashes spread to Serb-majority towns and Russian-speaking villages of Moldova.")
	got := countries(d)
	if got["SRB"] || got["RUS"] || !got["MDA"] {
		t.Errorf("countries=%v, want MDA only", got)
	}
}

// TestCapitalSpelling checks that a capital written without its diacritics
// is the city in a dateline or after "in", as the capital itself is.
func TestCapitalSpelling(t *testing.T) {
	d := extract(t, "2024-06-01", "BOGOTA, June 3 (Reuters) - The talks resumed.", "The ministry in Bogota said nothing.")
	if e := find(d, axis.EntityLocation, "BOGOTA"); e == nil || e.Country != "COL" || len(e.Mentions) != 2 {
		t.Errorf("no location Bogota with two mentions in %+v", d.Entities)
	}
}

// TestConcurrentRuns checks that runs sharing one stage (and its pool of
// buffers) give the same entities as a run alone.
func TestConcurrentRuns(t *testing.T) {
	texts := []string{
		"Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang.",
		"BRUSSELS (AP) — Lt. Gen. Ada Oyelaran said the Rome Statute binds Mongolia.",
		"\"It will hold,\" said Halima Yusuf, a policy researcher at the Aminu Institute in Kano.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = entitiesString(extract(t, "2024-06-01", s))
	}
	done := make(chan error, 8)
	for w := 0; w < 8; w++ {
		go func() {
			for n := 0; n < 20; n++ {
				i := (w + n) % len(texts)
				d := axis.NewDocument()
				d.Meta.Date = "2024-06-01"
				d.Blocks = []axis.Block{{Kind: axis.KindBody, Text: texts[i]}}
				if err := segment.New().Process(context.Background(), d); err != nil {
					done <- err
					return
				}
				if err := mustStage(t).Process(context.Background(), d); err != nil {
					done <- err
					return
				}
				if got := entitiesString(d); got != want[i] {
					done <- fmt.Errorf("text %d: got %s, want %s", i, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for w := 0; w < 8; w++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func entitiesString(d *axis.Document) string {
	var b strings.Builder
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "%s %s %s %s %v;", e.Kind, e.Name, e.Country, e.Role, e.Mentions)
	}
	return b.String()
}

// TestCredits checks that journalists credited at the end of a story are
// no people of it.
func TestCredits(t *testing.T) {
	d := extract(t, "2024-06-01", "Iranian negotiator Reza Tavakoli said the talks would resume.",
		"(Reporting by Margit Solberg in Vienna; Editing by Tomas Eriksen)",
		"Associated Press writer Daniel Okafor contributed to this report.")
	for _, name := range []string{"Margit Solberg", "Tomas Eriksen", "Daniel Okafor"} {
		if e := find(d, axis.EntityPerson, name); e != nil {
			t.Errorf("credited journalist %q is a person: %+v", name, e)
		}
	}
	if e := find(d, axis.EntityPerson, "Reza Tavakoli"); e == nil {
		t.Errorf("no person Reza Tavakoli in %+v", d.Entities)
	}
}
