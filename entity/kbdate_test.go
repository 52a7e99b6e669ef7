package entity

import (
	"slices"
	"testing"

	"github.com/axis-news/axis"
)

// TestSurnameAtDate covers KB people named by surname alone or after a
// title or honorific: the person in office at the document's date, and a
// later bare surname referring to the same person.
func TestSurnameAtDate(t *testing.T) {
	tests := []struct {
		name, date, text string
		person           string // KB name wanted ("" for no person)
		mentions         []string
		role, country    string
	}{
		{"bare head in office", "2025-06-10", "Trump told reporters the levies were fair. Allies were not convinced.",
			"Donald Trump", []string{"Trump"}, "President", "USA"},
		{"title then bare", "2025-06-10", "President Trump flew to Ohio. Later Trump said the plant would reopen.",
			"Donald Trump", []string{"Trump", "Trump"}, "President", "USA"},
		{"honorific, recently left office", "2025-04-02", "Mr Biden gave a speech in Chicago on Tuesday.",
			"Joe Biden", []string{"Mr Biden"}, "former President", "USA"},
		{"bare, recently left office", "2025-04-02", "Biden gave a speech in Chicago on Tuesday.",
			"Joe Biden", []string{"Biden"}, "former President", "USA"},
		{"title before the term began", "2024-11-20", "Chancellor Merz promised tax cuts. Merz spoke for an hour.",
			"Friedrich Merz", []string{"Merz", "Merz"}, "Chancellor", "DEU"},
		{"bare, in office", "2025-09-12", "Merz and Macron met in Toulon to discuss defence.",
			"Friedrich Merz", []string{"Merz"}, "Chancellor", "DEU"},
		{"bare premier", "2024-10-01", "Starmer faced questions over gifts from donors.",
			"Keir Starmer", []string{"Starmer"}, "Prime Minister", "GBR"},
		{"not yet in office", "2024-05-01", "Starmer faced questions from the Labour benches.", "", nil, "", ""},
		{"long out of office", "2024-05-01", "Blair toured the new wing of the hospital.", "", nil, "", ""},
		{"another family member", "2025-06-10", "Lara Trump said the campaign would go on.", "Lara Trump", nil, "", ""},
		{"common word", "2023-03-01", "Store shelves were empty in Oslo on Monday.", "", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.date, tt.text)
			var people []axis.Entity
			for _, e := range d.Entities {
				if e.Kind == axis.EntityPerson {
					people = append(people, e)
				}
			}
			if tt.person == "" {
				if len(people) > 0 {
					t.Fatalf("people=%+v, want none", people)
				}
				return
			}
			e := find(d, axis.EntityPerson, tt.person)
			if e == nil {
				t.Fatalf("no person %q in %+v", tt.person, d.Entities)
			}
			if tt.mentions != nil && !slices.Equal(mentionTexts(e), tt.mentions) {
				t.Errorf("mentions=%q, want %q", mentionTexts(e), tt.mentions)
			}
			if tt.mentions == nil {
				if e.Rule != "pattern:given-name" && e.Rule != "pattern:speech" {
					t.Errorf("%s rule=%q, want a context person", e.Name, e.Rule)
				}
				return
			}
			if e.Role != tt.role || e.Country != tt.country {
				t.Errorf("%s role=%q country=%q, want %q %q", e.Name, e.Role, e.Country, tt.role, tt.country)
			}
		})
	}
}

// TestSurnameAmbiguous checks that a surname two people in office share is
// left alone without context and settled by the state the text names.
func TestSurnameAmbiguous(t *testing.T) {
	d := extract(t, "2024-09-01", "Wong said the talks were useful.")
	if e := find(d, axis.EntityPerson, "Wong"); e != nil && e.Rule != "pattern:speech" {
		t.Errorf("bare Wong linked to %+v without context", e)
	}
	// a head of government and a vice president in office share the name
	d = extract(t, "2024-10-01", "Harris met donors in Ohio on Monday.")
	if e := find(d, axis.EntityPerson, "Harris"); e != nil {
		t.Errorf("bare Harris linked to %+v", e)
	}
	// an honorific is no title: a head who left office years ago is not meant
	d = extract(t, "2024-10-01", "Mr Johnson said the House would vote on Friday.")
	if e := find(d, axis.EntityPerson, "Boris Johnson"); e != nil {
		t.Errorf("Mr Johnson linked to %+v", e)
	}
	d = extract(t, "2024-09-01", "Australia will not join the pact. Wong said the talks were useful.")
	if e := find(d, axis.EntityPerson, "Penny Wong"); e == nil || e.Country != "AUS" {
		t.Errorf("Wong in an Australian story=%+v, want Penny Wong", e)
	}
}

// TestRoleAtDate checks that a KB person's role is the one held at the
// document's date: none before the first term (the text's role then), a
// former role after the last.
func TestRoleAtDate(t *testing.T) {
	tests := []struct {
		name, date, text, person, role, country string
	}{
		{"before the first term", "2024-05-01", "Keir Starmer campaigned in Kent.", "Keir Starmer", "", "GBR"},
		{"text role before the term", "2024-05-01", "Labour leader Keir Starmer campaigned in Kent.", "Keir Starmer", "leader", "GBR"},
		{"before the first term, senator", "2023-02-01", "Senator Marco Rubio questioned the nominee.", "Marco Rubio", "Senator", "USA"},
		{"young heir", "2007-01-15", "Kim Jong Un was rarely seen in public.", "Kim Jong Un", "", "PRK"},
		{"in force", "2025-03-01", "Marco Rubio landed in Riyadh.", "Marco Rubio", "Secretary of State", "USA"},
		{"ended", "2024-03-01", "Angela Merkel published her memoirs.", "Angela Merkel", "former Chancellor", "DEU"},
		{"ended, text role wins", "2024-03-01", "The author Angela Merkel, a former chancellor of Germany, published her memoirs.", "Angela Merkel", "former chancellor of Germany", "DEU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.date, tt.text)
			e := find(d, axis.EntityPerson, tt.person)
			if e == nil {
				t.Fatalf("no person %q in %+v", tt.person, d.Entities)
			}
			if e.Role != tt.role || e.Country != tt.country {
				t.Errorf("%s role=%q country=%q, want %q %q", e.Name, e.Role, e.Country, tt.role, tt.country)
			}
		})
	}
}

// TestTitledNamesake checks that a title and one name pick the namesake in
// office at the date, in the state the text names.
func TestTitledNamesake(t *testing.T) {
	tests := []struct {
		name, date, text, id, country string
	}{
		{"of X, after the namesake's death", "2023-09-10", "King Abdullah of Jordan opened the new terminal at Aqaba.", "kb:abdullah-ii", "JOR"},
		{"X's, while the namesake reigned", "2010-04-02", "Jordan's King Abdullah opened the new terminal at Aqaba.", "kb:abdullah-ii", "JOR"},
		{"title alone, after the namesake's death", "2022-01-05", "King Abdullah opened the new terminal at Aqaba.", "kb:abdullah-ii", "JOR"},
		{"title alone, while the namesake reigned", "2010-04-02", "King Abdullah opened the new stadium in Jeddah.", "kb:king-abdullah", "SAU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extract(t, tt.date, tt.text)
			e := find(d, axis.EntityPerson, "Abdullah")
			if e == nil || e.Rule != tt.id || e.Country != tt.country {
				t.Fatalf("person=%+v, want %s %s", e, tt.id, tt.country)
			}
		})
	}
}
