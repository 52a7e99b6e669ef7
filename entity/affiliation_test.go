package entity

import (
	"testing"

	"github.com/axis-news/axis"
)

// TestPersonCountryEvidence checks that a person's state comes only from
// evidence tied to the person in the sentence, never from a state or place
// the sentence or the story merely names.
func TestPersonCountryEvidence(t *testing.T) {
	tests := []struct {
		name    string
		paras   []string
		person  string
		country string
	}{
		{"place of the event", []string{"Brandon Pruitt was convicted in Nevada of fraud."}, "Brandon Pruitt", ""},
		{"appositive job, no state", []string{"Michael Brennan, the former point guard, visited Kenya."}, "Michael Brennan", ""},
		{"state in another sentence", []string{"Peru is preparing for the vote.", "Ilaria Conti said the campaign was calm."}, "Ilaria Conti", ""},
		{"headline city", []string{"Storm hits Lisbon", "Ilaria Conti said the roads were closed."}, "Ilaria Conti", ""},
		{"possessive state", []string{"Peru's Ilaria Conti said the campaign was calm."}, "Ilaria Conti", "PER"},
		{"of a state", []string{"Maria Conti of Peru said the campaign was calm."}, "Maria Conti", "PER"},
		{"adjective role", []string{"Peruvian envoy Ilaria Conti said the campaign was calm."}, "Ilaria Conti", "PER"},
		{"affiliation's place", []string{"Ilaria Conti, an economist at the Andean Policy Institute in Lima, said prices rose."}, "Ilaria Conti", "PER"},
		{"official named without a state", []string{"Peru is preparing for the vote.", "Interior Minister Ilaria Conti said the campaign was calm."}, "Ilaria Conti", "PER"},
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

// TestPersonOfOrganization checks that "Name of the Organisation" is a
// person affiliated with an organisation, not one long organisation name.
func TestPersonOfOrganization(t *testing.T) {
	tests := []struct {
		text, person, org, country string
	}{
		{"Marta Kowalczyk of the Krakow Institute disagreed.", "Marta Kowalczyk", "Krakow Institute", "POL"},
		{"Ruth Adebayo of the Council on Coastal Affairs also spoke.", "Ruth Adebayo", "Council on Coastal Affairs", ""},
		{"Ines Moreau of the Carnegie Endowment agreed with her.", "Ines Moreau", "Carnegie Endowment", "USA"},
		{"Kwame Boateng Mensah of the Accra Foundation for Democracy wrote the report.", "Kwame Boateng Mensah", "Accra Foundation for Democracy", "GHA"},
	}
	for _, tt := range tests {
		t.Run(tt.person, func(t *testing.T) {
			d := extract(t, "2024-06-01", tt.text)
			p := find(d, axis.EntityPerson, tt.person)
			if p == nil || p.Name != tt.person {
				t.Fatalf("person=%+v, want %q in %+v", p, tt.person, d.Entities)
			}
			o := find(d, axis.EntityOrganization, tt.org)
			if o == nil {
				t.Fatalf("no organisation %q in %+v", tt.org, d.Entities)
			}
			if p.Affiliation == "" || o.Name != tt.org && o.Code == "" || p.Country != tt.country {
				t.Errorf("person=%+v org=%+v, want affiliation %q country %q", p, o, tt.org, tt.country)
			}
		})
	}
	// head words first stay one organisation
	for _, text := range []string{"The Bank of England raised rates.", "The Peace Research Institute of Oslo published data."} {
		d := extract(t, "2024-06-01", text)
		for _, e := range d.Entities {
			if e.Kind == axis.EntityPerson {
				t.Errorf("%q: person %+v", text, e)
			}
		}
	}
}

// TestLocalInstitution checks that an institution named in another
// language, with no place given, is in the state the story is about.
func TestLocalInstitution(t *testing.T) {
	d := extract(t, "2024-06-01", "Chile's senate voted on the pension reform. Chile has debated it for years.",
		"\"It is a half measure,\" said Tomás Reyes, an economist at the Universidad de la Frontera.")
	o := find(d, axis.EntityOrganization, "Universidad de la Frontera")
	p := find(d, axis.EntityPerson, "Tomás Reyes")
	if o == nil || o.Country != "CHL" || p == nil || p.Country != "CHL" || p.Affiliation != "Universidad de la Frontera" {
		t.Errorf("org=%+v person=%+v, want both in CHL", o, p)
	}
}

// TestKoreanNorthSouth checks "the North" and "the South" in a story about
// the Koreas, and nowhere else.
func TestKoreanNorthSouth(t *testing.T) {
	tests := []struct {
		text string
		want map[string]int // country code → mentions
	}{
		{"Pyongyang test-fired a rocket on Friday. The South said the North had broken its pledge.", map[string]int{"PRK": 2, "KOR": 1}},
		{"Officials in Seoul met. Trade between the North and the South has stopped.", map[string]int{"PRK": 1, "KOR": 1}},
		{"Voters in the North of England and the South were split.", map[string]int{"PRK": 0, "KOR": 0}},
		{"Seoul hosted the talks. Ships crossed the North Atlantic.", map[string]int{"PRK": 0, "KOR": 1}},
	}
	for _, tt := range tests {
		d := extract(t, "2024-06-01", tt.text)
		got := map[string]int{}
		for _, e := range d.Entities {
			if e.Kind == axis.EntityCountry {
				got[e.Code] = len(e.Mentions)
			}
		}
		for c, n := range tt.want {
			if got[c] != n {
				t.Errorf("%q: %s mentions=%d, want %d (%+v)", tt.text, c, got[c], n, d.Entities)
			}
		}
	}
}

// TestWeakCapitals checks capitals whose names are common words or shared
// by many places: kept with a preposition of place or their state named,
// dropped before a capitalised word or alone.
func TestWeakCapitals(t *testing.T) {
	tests := []struct {
		text, country string
		want          bool
	}{
		{"Fighters of the Blue Valley Militia ambushed a convoy.", "AIA", false},
		{"The Valley was quiet as the valley filled with fog.", "AIA", false},
		{"Anguilla's premier met donors in The Valley.", "AIA", true},
		{"Police in Kingston arrested two men on Sunday.", "JAM", true},
		{"Kingston Police said two men were arrested.", "JAM", false},
		{"Male nurses went on strike last week.", "MDV", false},
		{"Maldives officials said Male would host the summit.", "MDV", true},
		{"Victoria Falls drew record crowds.", "SYC", false},
	}
	for _, tt := range tests {
		d := extract(t, "2024-06-01", tt.text)
		if got := countries(d)[tt.country]; got != tt.want {
			t.Errorf("%q: %s=%v, want %v (%+v)", tt.text, tt.country, got, tt.want, d.Entities)
		}
	}
	d := extract(t, "2024-06-01", "Fighters of the Blue Valley Militia ambushed a convoy.")
	if o := find(d, axis.EntityOrganization, "Blue Valley Militia"); o == nil || o.Name != "Blue Valley Militia" {
		t.Errorf("militia=%+v, want the organisation Blue Valley Militia", o)
	}
}
