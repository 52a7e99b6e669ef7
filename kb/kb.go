// Package kb is the knowledge base of actors: states, intergovernmental and
// other organisations, and people with their roles and terms of office.
//
// The data lives in plain tab-separated files under data/, embedded in the
// binary and loaded once. Users add files of the same format (or
// PETRARCH/TABARI actor dictionaries, mapped to records as tabari.go
// describes) with LoadFile or Load, best on a Clone of Default. Members and
// MemberOf answer bloc questions by date. A file is validated whole
// before any of it is added: a malformed line is reported as file:line and
// nothing of that file is kept.
//
// File formats (one record a line, '#' starts a comment line, the first
// non-comment line is a header naming the columns, lists are separated by
// '|', dates are YYYY, YYYY-MM or YYYY-MM-DD and an empty date is open):
//
//	countries.tsv  code cameo name variants adjectives capital metonyms from to
//	orgs.tsv       code kind name variants country members
//	people.tsv     id name variants country role org from to
//
// A country's code is ISO 3166-1 alpha-3 (or a historical code such as SUN);
// variants are other names ("DPRK"), adjectives include demonyms ("North
// Korean"), metonyms are seats of power that stand for the state ("the
// Kremlin"; a leading "the" is not written). An organisation's code is 2-16
// upper-case letters or digits; its kind is one of igo, gov, military,
// media, university, thinktank, party, company, group, court, ngo; country
// is the state it belongs to ("" for an IGO); members are codes, each
// optionally with its dates of membership as CODE@FROM/TO (e.g.
// GBR@1973/2020; a code may appear twice for two spells). people.tsv has one
// line per term of office; lines with the same id are one person, also
// across files: a later file adds variants and terms to a known person.
//
// Dates of validity and membership are inclusive at both ends and compared
// at the precision of the shorter date, so "2024" matches any day of 2024.
//
// Every record is identified by its code (id for people). A later file may
// not redefine a country or organisation code. Check reports names claimed
// by two records, and codes that refer to nothing.
package kb

import (
	"fmt"
	"sort"
	"strings"
)

// Country is a state, present or historical.
type Country struct {
	Code       string   // ISO 3166-1 alpha-3, or SUN, YUG, DDR ...
	CAMEO      string   // CAMEO code where it differs from Code
	Name       string   // common English name
	Variants   []string // other names: official names, abbreviations
	Adjectives []string // adjectives and demonyms: "Russian", "Russians"
	Capital    string
	Metonyms   []string // seats of power standing for the state: "the Kremlin"
	From, To   string   // validity of a historical state
}

// Org is an organisation: an IGO, a government body, a medium, a university.
type Org struct {
	Code     string
	Kind     string
	Name     string
	Variants []string
	Country  string // the state it belongs to, "" for IGOs
	Members  []Membership
}

// Membership of a state in an organisation, with its dates.
type Membership struct {
	Country  string
	From, To string
}

// ActiveAt reports whether the membership is in force on date; "" means
// today (a membership without an end).
func (m Membership) ActiveAt(date string) bool { return validAt(m.From, m.To, date) }

// ValidAt reports whether the state existed on date; "" means today.
func (c *Country) ValidAt(date string) bool { return validAt(c.From, c.To, date) }

func validAt(from, to, date string) bool {
	if date == "" {
		return to == ""
	}
	return (from == "" || cmpDate(from, date) <= 0) && (to == "" || cmpDate(to, date) >= 0)
}

// Person is someone known by name, with terms of office.
type Person struct {
	ID       string
	Name     string
	Variants []string
	Terms    []Term
}

// Term is one role a person held, for a country or an organisation.
type Term struct {
	Country  string // ISO3, or an IGO code for IGO officials
	Role     string
	Org      string
	From, To string
}

// TermAt returns the term in force on date (YYYY-MM-DD or a prefix of it),
// preferring the highest-ranked role when several overlap; else the latest
// term that ended before date (a former role: check it with InForce); else
// nil: the date precedes every term, and the person held no listed role
// then. An empty date means today.
func (p *Person) TermAt(date string) *Term {
	var best *Term
	for i := range p.Terms {
		t := &p.Terms[i]
		if date != "" && t.From != "" && cmpDate(t.From, date) > 0 {
			continue // not yet begun
		}
		if date != "" && t.To != "" && cmpDate(t.To, date) < 0 || date == "" && t.To != "" {
			// ended: a former role, kept only while nothing is in force
			if best == nil || !inForce(best, date) && best.To != "" && cmpDate(t.To, best.To) > 0 {
				best = t
			}
			continue
		}
		// in force
		if best == nil || !inForce(best, date) || rank(t.Role) < rank(best.Role) {
			best = t
		}
	}
	return best
}

// InForce reports whether t covers date (YYYY-MM-DD or a prefix; "" is
// today).
func (t *Term) InForce(date string) bool { return inForce(t, date) }

// CountryAt returns the state (or IGO) the person is linked to on date: the
// country of TermAt, else of the first term to begin after date (nationality
// rarely changes, so a future leader's state is a fair guess), else "".
func (p *Person) CountryAt(date string) string {
	if t := p.TermAt(date); t != nil {
		return t.Country
	}
	var next *Term
	for i := range p.Terms {
		t := &p.Terms[i]
		if next == nil || t.From != "" && (next.From == "" || cmpDate(t.From, next.From) < 0) {
			next = t
		}
	}
	if next == nil {
		return ""
	}
	return next.Country
}

func inForce(t *Term, date string) bool { return validAt(t.From, t.To, date) }

// cmpDate compares dates of possibly different precision by their common
// prefix, so "2024" equals "2024-06-26".
func cmpDate(a, b string) int {
	n := min(len(a), len(b))
	switch {
	case a[:n] < b[:n]:
		return -1
	case a[:n] > b[:n]:
		return 1
	}
	return 0
}

var roleRank = map[string]int{
	"Supreme Leader": 0, "President": 1, "King": 1, "Queen": 1, "Emperor": 1, "leader": 1,
	"Prime Minister": 2, "Chancellor": 2, "Secretary-General": 2, "Secretary General": 2,
	"Vice President": 3, "Foreign Minister": 4, "Secretary of State": 4, "Defence Minister": 5,
}

// Rank orders roles by precedence: 0-2 head a state, a government or an
// IGO (Supreme Leader, President, King, Prime Minister, Chancellor,
// Secretary-General), 3 a vice president, 4 a foreign minister, 5 a
// defence minister, 9 any other role.
func Rank(role string) int { return rank(role) }

func rank(role string) int {
	if r, ok := roleRank[role]; ok {
		return r
	}
	return 9
}

// Check reports problems a loader cannot see line by line: a name, variant,
// adjective or metonym claimed by two countries, or a name or variant by two
// organisations (people may share names); member and organisation country
// codes that are no known country or organisation; people's terms in
// unknown countries. The result is sorted; it is empty for a sound base.
func (k *KB) Check() []string {
	var out []string
	owner := map[string]string{}
	claim := func(space, name, code string) {
		key := space + "\x00" + foldName(name)
		if prev, ok := owner[key]; ok && prev != code {
			out = append(out, fmt.Sprintf("%s name %q claimed by %s and %s", space, name, prev, code))
			return
		}
		owner[key] = code
	}
	for _, c := range k.Countries {
		for _, n := range c.names() {
			claim("country", n, c.Code)
		}
	}
	for _, o := range k.Orgs {
		claim("org", o.Name, o.Code)
		for _, v := range o.Variants {
			claim("org", v, o.Code)
		}
	}
	known := func(code string) bool { return k.country[code] != nil || k.org[code] != nil }
	for _, o := range k.Orgs {
		if o.Country != "" && !known(o.Country) {
			out = append(out, fmt.Sprintf("org %s: unknown country %s", o.Code, o.Country))
		}
		for _, m := range o.Members {
			if !known(m.Country) {
				out = append(out, fmt.Sprintf("org %s: unknown member %s", o.Code, m.Country))
			}
		}
	}
	for _, p := range k.People {
		for _, t := range p.Terms {
			if t.Country != "" && !known(t.Country) {
				out = append(out, fmt.Sprintf("person %s: unknown country %s", p.ID, t.Country))
			}
		}
	}
	sort.Strings(out)
	return out
}

// names returns every string that refers to c as a name: its name,
// variants, adjectives and metonyms (not its capital, which a historical
// state shares with its successor).
func (c *Country) names() []string {
	out := append([]string{c.Name}, c.Variants...)
	out = append(out, c.Adjectives...)
	return append(out, c.Metonyms...)
}

// foldName is the key under which two names are the same for Check: typographic
// apostrophes are plain ones. Case is kept: "US" and "us" differ.
func foldName(s string) string {
	return strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
}
