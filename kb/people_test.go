package kb

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"testing"
)

// TestPeopleFiles checks the embedded people-*.tsv files: every file parses,
// an id is not split across files, every country code is known, every term's
// dates are ordered, and no two terms of the same role in the same country
// and organisation overlap (except roles that several people hold at once).
func TestPeopleFiles(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	files, err := fs.Glob(dataFS, "data/people*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no people files: %v", err)
	}
	owner := map[string]string{} // id -> file
	for _, f := range files {
		b, err := fs.ReadFile(dataFS, f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		header := true
		for ln := 1; sc.Scan(); ln++ {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if header {
				header = false
				continue
			}
			id := strings.SplitN(line, "\t", 2)[0]
			if o, ok := owner[id]; ok && o != f {
				t.Errorf("%s:%d: id %s already used in %s", f, ln, id, o)
			}
			owner[id] = f
			if id != strings.ToLower(id) || strings.ContainsAny(id, " \t_") {
				t.Errorf("%s:%d: id %q is not lowercase-hyphenated", f, ln, id)
			}
		}
	}

	igo := map[string]bool{"UNO": true, "NATO": true, "EUR": true, "AFR": true, "ARL": true, "IAEA": true,
		"WHO": true, "IMF": true, "WTO": true, "WBK": true, "ICC": true, "ICJ": true, "ASN": true, "ECOWAS": true}
	type key struct{ country, role, org string }
	byKey := map[key][]*Person{}
	terms := map[key][]Term{}
	for _, p := range k.People {
		if owner[p.ID] == "" {
			continue // not from a people file
		}
		if len(p.Terms) == 0 {
			t.Errorf("%s: no terms", p.ID)
		}
		for _, v := range p.Variants {
			if v == p.Name {
				t.Errorf("%s: variant equals name", p.ID)
			}
		}
		for _, tm := range p.Terms {
			if tm.Role == "" {
				t.Errorf("%s: term without role", p.ID)
			}
			if tm.Country != "" && !igo[tm.Country] && len(k.Countries) > 50 && k.Country(tm.Country) == nil && k.Org(tm.Country) == nil {
				t.Errorf("%s: unknown country code %s", p.ID, tm.Country)
			}
			if tm.From != "" && tm.To != "" && cmpDate(tm.From, tm.To) > 0 {
				t.Errorf("%s: %s from %s after to %s", p.ID, tm.Role, tm.From, tm.To)
			}
			if tm.From != "" && tm.From < "1900" || tm.To != "" && tm.To > "2031" {
				t.Errorf("%s: implausible dates %s..%s", p.ID, tm.From, tm.To)
			}
			if shared(tm.Role) || tm.From == "" {
				continue
			}
			kk := key{tm.Country, tm.Role, tm.Org}
			byKey[kk] = append(byKey[kk], p)
			terms[kk] = append(terms[kk], tm)
		}
	}
	for kk, ts := range terms {
		ps := byKey[kk]
		for i := range ts {
			for j := i + 1; j < len(ts); j++ {
				if ps[i] == ps[j] {
					continue
				}
				if overlap(ts[i], ts[j]) {
					t.Errorf("%s %s %s: %s (%s..%s) overlaps %s (%s..%s)", kk.country, kk.role, kk.org,
						ps[i].ID, ts[i].From, ts[i].To, ps[j].ID, ts[j].From, ts[j].To)
				}
			}
		}
	}
	if t.Failed() {
		return
	}
	t.Logf("%d people files, %d people", len(files), len(owner))
}

// shared reports roles that several people hold at the same time.
func shared(role string) bool {
	r := strings.ToLower(role)
	for _, s := range []string{"spokesperson", "deputy", "ambassador", "minister for", "official", "opposition",
		"candidate", "founder", "commander", "chief", "secretary;", "aide", "envoy", "head of", "director"} {
		if strings.Contains(r, s) {
			return true
		}
	}
	return r == "leader in gaza" || r == "gaza leader"
}

// overlap reports whether two terms strictly overlap; a handover day shared
// by both terms, or dates too imprecise to compare, is not an overlap.
func overlap(a, b Term) bool {
	end := func(t Term) string {
		if t.To == "" {
			return "9999"
		}
		return t.To
	}
	return cmpDate(a.From, end(b)) < 0 && cmpDate(b.From, end(a)) < 0
}

// TestPeopleTermAt checks a few well-known facts through the loaded data.
func TestPeopleTermAt(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	tests := []struct {
		id, date, country, role string
	}{
		{"vladimir-putin", "2006-03-01", "RUS", "President"},
		{"vladimir-putin", "2010-03-01", "RUS", "Prime Minister"},
		{"vladimir-putin", "2024-06-19", "RUS", "President"},
		{"kim-jong-un", "2024-06-19", "PRK", "leader"},
		{"kim-jong-il", "2005-01-01", "PRK", "leader"},
		{"jens-stoltenberg", "2024-07-11", "NATO", "Secretary General"},
		{"jens-stoltenberg", "2010-01-01", "NOR", "Prime Minister"},
		{"joe-biden", "2023-08-18", "USA", "President"},
		{"joe-biden", "2012-01-01", "USA", "Vice President"},
		{"antony-blinken", "2023-06-18", "USA", "Secretary of State"},
		{"qin-gang", "2023-06-18", "CHN", "Foreign Minister"},
		{"josep-borrell", "2024-06-24", "EUR", "High Representative"},
		{"recep-tayyip-erdogan", "2010-01-01", "TUR", "Prime Minister"},
		{"recep-tayyip-erdogan", "2024-01-23", "TUR", "President"},
		{"muse-bihi-abdi", "2024-04-04", "SOM", "President"},
		{"antonio-guterres", "2024-01-01", "UNO", "Secretary-General"},
		{"ali-khamenei", "2020-01-01", "IRN", "Supreme Leader"},
		{"donald-trump", "2019-01-01", "USA", "President"},
		{"donald-trump", "2026-01-01", "USA", "President"},
		// before every term: no role (not the first term's)
		{"keir-starmer", "2024-05-01", "", ""},
		{"marco-rubio", "2024-06-01", "", ""},
		{"kim-jong-un", "2006-03-01", "", ""},
	}
	for _, tt := range tests {
		p := k.Person(tt.id)
		if p == nil {
			t.Errorf("%s: not in the knowledge base", tt.id)
			continue
		}
		tm := p.TermAt(tt.date)
		if tt.role == "" {
			if tm != nil {
				t.Errorf("%s at %s = %+v, want no term", tt.id, tt.date, tm)
			}
			continue
		}
		if tm == nil || tm.Country != tt.country || tm.Role != tt.role {
			t.Errorf("%s at %s = %+v, want %s %s", tt.id, tt.date, tm, tt.country, tt.role)
		}
	}
}

// TestPeopleNewsOfficials checks that officials often quoted in the news are
// known, by name or variant, with a term for their country.
func TestPeopleNewsOfficials(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	byName := map[string]*Person{}
	for _, p := range k.People {
		byName[p.Name] = p
		for _, v := range p.Variants {
			if byName[v] == nil {
				byName[v] = p
			}
		}
	}
	for _, name := range []struct{ name, country string }{
		{"Vladimir Putin", "RUS"}, {"Kim Jong Un", "PRK"}, {"Jens Stoltenberg", "NATO"}, {"Joe Biden", "USA"},
		{"Yoon Suk Yeol", "KOR"}, {"Fumio Kishida", "JPN"}, {"Ali Shamkhani", "IRN"}, {"Ferdinand Marcos Jr.", "PHL"},
		{"Huang Xilian", "CHN"}, {"Jonathan Malaya", "PHL"}, {"Majed al-Ansari", "QAT"}, {"Josep Borrell", "EUR"},
		{"Delcy Rodríguez", "VEN"}, {"Abdel Fattah al-Burhan", "SDN"}, {"Mohamed Hamdan Dagalo", "SDN"},
		{"Shams al-Din Kabbashi", "SDN"}, {"Wang Wenbin", "CHN"}, {"Recep Tayyip Erdoğan", "TUR"},
		{"Viktor Orbán", "HUN"}, {"Ulf Kristersson", "SWE"}, {"Antony Blinken", "USA"}, {"Qin Gang", "CHN"},
		{"Matthew Miller", "USA"}, {"Hua Chunying", "CHN"}, {"Mohammed Abdulsalam", "YEM"},
		{"Nasruldeen Amer", "YEM"}, {"Hamza Abdi Barre", "SOM"}, {"Muktar Mohamed Ware", "ETH"},
		{"Abiy Ahmed", "ETH"}, {"Muse Bihi Abdi", "SOM"}, {"Hassan Sheikh Mohamud", "SOM"},
		{"Antonio Tajani", "ITA"}, {"Giorgia Meloni", "ITA"}, {"Kim Jong Il", "PRK"}, {"Xi Jinping", "CHN"},
		{"Lin Jian", "CHN"},
	} {
		p := byName[name.name]
		if p == nil {
			t.Errorf("%s: not in the knowledge base", name.name)
			continue
		}
		found := false
		for _, tm := range p.Terms {
			found = found || tm.Country == name.country
		}
		if !found {
			t.Errorf("%s: no term for %s", name.name, name.country)
		}
	}
}

// TestPeopleCoverage checks that the offices issue 3 asks for have a holder
// on the first of March of every year of the spans listed (at least one term
// in force on that day), so that a gap in the data is noticed.
func TestPeopleCoverage(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	held := func(country string, ok func(role string) bool, date string) bool {
		for _, p := range k.People {
			for i := range p.Terms {
				tm := &p.Terms[i]
				if tm.Country == country && ok(tm.Role) && inForce(tm, date) {
					return true
				}
			}
		}
		return false
	}
	is := func(role string) func(string) bool { return func(r string) bool { return r == role } }
	head := func(r string) bool { return Rank(r) <= 2 }
	tests := []struct {
		country  string
		office   string
		ok       func(string) bool
		from, to int
	}{
		{"JPN", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"JPN", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"CAN", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"CAN", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"MEX", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"MEX", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"ARG", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"ARG", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"ITA", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"ITA", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"TUR", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"TUR", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"KOR", "Foreign Minister", is("Foreign Minister"), 2000, 2024},
		{"KOR", "Defence Minister", is("Defence Minister"), 2000, 2024},
		{"ZAF", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"SAU", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"SAU", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
		{"AUS", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"BRA", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"FRA", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"IDN", "Defence Minister", is("Defence Minister"), 2000, 2025},
		{"IDN", "Foreign Minister", is("Foreign Minister"), 2000, 2025},
	}
	// Elected members of the Security Council 2020-2026: a head of state or
	// government in force every year from 2020.
	for _, c := range []string{"BEL", "DOM", "EST", "DEU", "IDN", "NER", "VCT", "ZAF", "TUN", "VNM", "IND", "IRL",
		"KEN", "MEX", "NOR", "ALB", "BRA", "GAB", "GHA", "ARE", "ECU", "JPN", "MLT", "MOZ", "CHE", "DZA", "GUY",
		"KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR"} {
		tests = append(tests, struct {
			country  string
			office   string
			ok       func(string) bool
			from, to int
		}{c, "head of state or government", head, 2020, 2025})
	}
	for _, tt := range tests {
		for y := tt.from; y <= tt.to; y++ {
			date := fmt.Sprintf("%d-03-01", y)
			if !held(tt.country, tt.ok, date) {
				t.Errorf("%s %s: nobody in office on %s", tt.country, tt.office, date)
			}
		}
	}
}

// TestPeopleRecentChanges pins changes of office of 2025-2026 that were
// checked against news reports, and terms deliberately left open.
func TestPeopleRecentChanges(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	tests := []struct {
		id, date, country, role string
	}{
		// Starmer announced his resignation on 22 June 2026 but stays in
		// office until Labour chooses a successor: no end date, no successor.
		{"keir-starmer", "2026-06-25", "GBR", "Prime Minister"},
		{"catherine-connolly", "2025-12-01", "IRL", "President"},
		{"michael-d-higgins", "2025-06-01", "IRL", "President"},
		{"helen-mcentee", "2026-01-01", "IRL", "Foreign Minister"},
		{"godwin-friday", "2026-01-01", "VCT", "Prime Minister"},
		{"ralph-gonsalves", "2025-06-01", "VCT", "Prime Minister"},
		{"sifi-ghrieb", "2026-01-01", "DZA", "Prime Minister"},
		{"guy-parmelin", "2026-03-01", "CHE", "President"},
		{"karin-keller-sutter", "2025-03-01", "CHE", "President"},
		{"brice-oligui-nguema", "2024-01-01", "GAB", "Transitional President"},
		{"brice-oligui-nguema", "2025-06-01", "GAB", "President"},
		{"kevin-rudd", "2026-02-01", "AUS", "Ambassador to the United States"},
		{"ali-shamkhani", "2026-02-10", "IRN", "Secretary"},
		{"nobutaka-machimura", "2005-01-01", "JPN", "Foreign Minister"},
		{"king-salman", "2013-01-01", "SAU", "Defence Minister"},
		{"peter-mackay", "2010-01-01", "CAN", "Defence Minister"},
		{"vecdi-gonul", "2015-10-01", "TUR", "Defence Minister"},
		{"ismet-yilmaz", "2016-01-01", "TUR", "Defence Minister"},
	}
	for _, tt := range tests {
		p := k.Person(tt.id)
		if p == nil {
			t.Errorf("%s: not in the knowledge base", tt.id)
			continue
		}
		tm := p.TermAt(tt.date)
		if tm == nil || tm.Country != tt.country || tm.Role != tt.role || !inForce(tm, tt.date) {
			t.Errorf("%s at %s = %+v, want %s %s in force", tt.id, tt.date, tm, tt.country, tt.role)
		}
	}
	// An unverified successor must not come back.
	for _, p := range k.People {
		for _, tm := range p.Terms {
			if tm.Country == "GBR" && tm.Role == "Prime Minister" && p.ID != "keir-starmer" && cmpDate(tm.From, "2024-07-05") > 0 {
				t.Errorf("%s: Prime Minister from %s is not verified", p.ID, tm.From)
			}
		}
	}
}
