package kb

import (
	"bufio"
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
