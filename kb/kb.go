// Package kb is the knowledge base of actors: states, intergovernmental and
// other organisations, and people with their roles and terms of office.
//
// The data lives in plain tab-separated files under data/, embedded in the
// binary and loaded once. Users add files of the same format (or
// PETRARCH/TABARI actor dictionaries) with Load. A file is validated whole
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
// Kremlin"). An organisation's kind is one of igo, gov, military, media,
// university, thinktank, party, company, group; country is the state it
// belongs to ("" for an IGO); members are codes, each optionally with its
// dates of membership as CODE@FROM/TO (e.g. GBR@1973/2020). people.tsv has
// one line per term of office; lines with the same id are one person.
package kb

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
// preferring the highest-ranked role when several overlap, or the latest
// term that started before date, or nil when the person has no terms. An
// empty date means today.
func (p *Person) TermAt(date string) *Term {
	var best *Term
	for i := range p.Terms {
		t := &p.Terms[i]
		if date != "" && t.From != "" && cmpDate(t.From, date) > 0 {
			continue
		}
		if date != "" && t.To != "" && cmpDate(t.To, date) < 0 {
			if best == nil || (best.To != "" && cmpDate(t.To, best.To) > 0) {
				best = t
			}
			continue
		}
		if date == "" && t.To != "" {
			if best == nil || (best.To != "" && cmpDate(t.To, best.To) > 0) {
				best = t
			}
			continue
		}
		// in force
		if best == nil || !inForce(best, date) || rank(t.Role) < rank(best.Role) {
			best = t
		}
	}
	if best == nil && len(p.Terms) > 0 {
		best = &p.Terms[0]
	}
	return best
}

func inForce(t *Term, date string) bool {
	if date == "" {
		return t.To == ""
	}
	return (t.From == "" || cmpDate(t.From, date) <= 0) && (t.To == "" || cmpDate(t.To, date) >= 0)
}

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

func rank(role string) int {
	if r, ok := roleRank[role]; ok {
		return r
	}
	return 9
}
