package kb

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
)

func mustDefault(tb testing.TB) *KB {
	tb.Helper()
	k, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return k
}

// TestDefault_Sound checks that every embedded file parses (alone too), keys
// are unique (the loader refuses duplicates), no name is claimed by two
// countries or two organisations, and every code refers to something known.
func TestDefault_Sound(t *testing.T) {
	k := mustDefault(t)
	for _, p := range k.Check() {
		t.Error(p)
	}
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		f, err := dataFS.Open("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := New().Load(e.Name(), f); err != nil {
			t.Errorf("%s alone: %v", e.Name(), err)
		}
		f.Close()
	}
}

// TestCountries_Data checks facts of countries.tsv that the entity stage
// relies on.
func TestCountries_Data(t *testing.T) {
	k := mustDefault(t)
	var current, historical int
	for _, c := range k.Countries {
		if c.To == "" {
			current++
		} else {
			historical++
		}
		if len(c.Code) != 3 {
			t.Errorf("%s: code is not 3 letters", c.Code)
		}
		for _, n := range c.names() {
			if strings.HasPrefix(n, "the ") {
				t.Errorf("%s: %q: write names without a leading \"the\"", c.Code, n)
			}
			if n != strings.TrimSpace(n) || n == "" {
				t.Errorf("%s: bad name %q", c.Code, n)
			}
		}
	}
	if current < 245 || historical < 8 {
		t.Errorf("current=%d historical=%d, want >= 245 and >= 8", current, historical)
	}
	// The UN members (193) are the African Union's African states, the
	// others listed here, and so on; check a sample of each region and all
	// observers by their names.
	tests := []struct {
		code, name string
		field      string // "", "adj", "met"
	}{
		{"PRK", "DPRK", ""}, {"PRK", "Democratic People's Republic of Korea", ""},
		{"PRK", "North Koreans", "adj"}, {"PRK", "Pyongyang", "met"},
		{"KOR", "ROK", ""}, {"KOR", "Republic of Korea", ""}, {"KOR", "Seoul", "met"},
		{"GBR", "UK", ""}, {"GBR", "U.K.", ""}, {"GBR", "Britain", ""}, {"GBR", "Great Britain", ""},
		{"GBR", "Briton", "adj"}, {"GBR", "British", "adj"}, {"GBR", "Downing Street", "met"},
		{"USA", "US", ""}, {"USA", "U.S.", ""}, {"USA", "USA", ""}, {"USA", "America", ""},
		{"USA", "United States of America", ""}, {"USA", "Americans", "adj"},
		{"USA", "White House", "met"}, {"USA", "Pentagon", "met"}, {"USA", "Foggy Bottom", "met"},
		{"USA", "Washington", "met"},
		{"TUR", "Türkiye", ""}, {"TUR", "Turkey", "name"}, {"CIV", "Côte d'Ivoire", ""},
		{"CIV", "Ivory Coast", "name"}, {"MMR", "Burma", ""}, {"CZE", "Czechia", ""},
		{"RUS", "Russians", "adj"}, {"RUS", "Kremlin", "met"}, {"RUS", "Moscow", "met"},
		{"CHN", "Chinese", "adj"}, {"CHN", "Zhongnanhai", "met"}, {"CHN", "Beijing", "met"},
		{"PHL", "Filipinos", "adj"}, {"PHL", "Philippine", "adj"}, {"PHL", "Malacanang", "met"},
		{"ISR", "Israelis", "adj"}, {"UKR", "Ukrainians", "adj"}, {"UKR", "Kiev", "met"},
		{"UKR", "Kyiv", "met"}, {"ARE", "Emirati", "adj"}, {"SAU", "Saudis", "adj"},
		{"IRN", "Iranian", "adj"}, {"AFG", "Afghan", "adj"}, {"SOM", "Somali", "adj"},
		{"KEN", "Kenyan", "adj"}, {"FRA", "Élysée", "met"}, {"FRA", "Elysee", "met"},
		{"FRA", "Quai d'Orsay", "met"}, {"JPN", "Tokyo", "met"}, {"IND", "New Delhi", "met"},
		{"PAK", "Islamabad", "met"}, {"TWN", "Taipei", "met"}, {"DEU", "Berlin", "met"},
		{"JOR", "Jordan", "name"}, {"GEO", "Georgia", "name"}, {"TCD", "Chad", "name"},
		{"NER", "Niger", "name"}, {"PSE", "Palestine", "name"}, {"PSE", "Palestinians", "adj"},
		{"VAT", "Holy See", ""}, {"XKX", "Kosovo", "name"}, {"HKG", "Hong Kong", "name"},
		{"ESH", "Western Sahara", "name"}, {"SUN", "USSR", ""}, {"SUN", "Soviet", "adj"},
		{"DDR", "East Germany", "name"}, {"GMW", "West Germany", "name"}, {"CSK", "Czechoslovakia", "name"},
		{"YUG", "Yugoslavia", "name"}, {"SOM", "Somaliland", ""}, {"COD", "Congo", ""},
	}
	for _, tt := range tests {
		c := k.Country(tt.code)
		if c == nil {
			t.Errorf("no country %s", tt.code)
			continue
		}
		var in []string
		switch tt.field {
		case "adj":
			in = c.Adjectives
		case "met":
			in = c.Metonyms
		case "name":
			in = []string{c.Name}
		default:
			in = c.Variants
		}
		if !slices.Contains(in, tt.name) {
			t.Errorf("%s: %q not in %s %q", tt.code, tt.name, tt.field, in)
		}
	}
	if c := k.Country("BEL"); slices.Contains(c.Metonyms, "Brussels") {
		t.Error("Brussels is the EU, not a metonym of Belgium")
	}
	if got, want := k.CountryByCAMEO("ROM"), k.Country("ROU"); got != want {
		t.Errorf("CountryByCAMEO(ROM)=%v, want Romania", got)
	}
	if got, want := k.CountryByCAMEO("FRA"), k.Country("FRA"); got != want {
		t.Errorf("CountryByCAMEO(FRA)=%v, want France", got)
	}
	if got := k.CountryByCAMEO("ROU"); got != nil {
		t.Errorf("CountryByCAMEO(ROU)=%v, want nil (its CAMEO code is ROM)", got.Code)
	}
	for _, tt := range []struct {
		code, date string
		want       bool
	}{
		{"SUN", "1985-06-01", true}, {"SUN", "1991-12-26", true}, {"SUN", "1992", false}, {"SUN", "", false},
		{"SUN", "1921", false}, {"RUS", "", true}, {"DDR", "1990-10-02", true}, {"DDR", "1990-10-04", false},
	} {
		if got := k.Country(tt.code).ValidAt(tt.date); got != tt.want {
			t.Errorf("%s.ValidAt(%q)=%v, want %v", tt.code, tt.date, got, tt.want)
		}
	}
}

// TestOrgs_Data checks the codes issue 3 fixes and a sample of names.
func TestOrgs_Data(t *testing.T) {
	k := mustDefault(t)
	for _, code := range []string{"UNO", "NATO", "EUR", "ASN", "AFR", "ECOWAS", "AES", "BRICS", "SCO", "G7",
		"G20", "IAEA", "WHO", "IMF", "WBK", "WTO", "OPEC", "ARL", "GCC", "OSCE", "COE", "ICC", "ICJ", "QUAD", "AUKUS"} {
		o := k.Org(code)
		if o == nil {
			t.Errorf("no organisation %s", code)
			continue
		}
		// An IGO belongs to no state; an organ of another IGO names it
		// (the ICJ is a UN organ: UNO).
		if o.Country != "" && k.Org(o.Country) == nil {
			t.Errorf("%s: IGO with country %s", code, o.Country)
		}
	}
	names := map[string][]string{
		"UNO":    {"United Nations", "UN", "U.N.", "UN Security Council", "Security Council", "UNSC", "General Assembly", "UNICEF", "UNHCR"},
		"AFR":    {"African Union", "AU", "Peace and Security Council", "AU Peace and Security Council"},
		"NATO":   {"North Atlantic Treaty Organization", "KFOR"},
		"EUR":    {"European Union", "EU", "European Commission", "European Parliament", "European Council", "Brussels", "Council of the European Union"},
		"ICJ":    {"International Court of Justice"},
		"KCNA":   {"KCNA"},
		"USDOS":  {"State Department", "Department of State", "US State Department", "US Department of State"},
		"HAMAS":  {"Hamas"},
		"HOUTHI": {"Houthis", "Ansarullah", "Houthi rebels"},
		"CEIP":   {"Carnegie Endowment"},
		"CFR":    {"Council on Foreign Relations", "Council of Foreign Relations"},
		"KCL":    {"King's College London"},
		"AFP":    {"Agence France-Presse"},
		"RFERL":  {"RFE/RL"},
	}
	for code, ns := range names {
		o := k.Org(code)
		if o == nil {
			t.Errorf("no organisation %s", code)
			continue
		}
		for _, n := range ns {
			if n != o.Name && !slices.Contains(o.Variants, n) {
				t.Errorf("%s: %q not a name", code, n)
			}
		}
	}
	countries := map[string]string{"KCNA": "PRK", "YONHAP": "KOR", "TASS": "RUS", "XINHUA": "CHN", "AJAZ": "QAT",
		"BBC": "GBR", "CNN": "USA", "REUTER": "GBR", "HAMAS": "PSE", "HEZB": "LBN", "HOUTHI": "YEM",
		"TALIBN": "AFG", "WAGNER": "RUS", "CHATH": "GBR", "SIPRI": "SWE", "CEIP": "USA", "RSF": "SDN"}
	for code, want := range countries {
		if o := k.Org(code); o == nil || o.Country != want {
			t.Errorf("%s: country %v, want %s", code, o, want)
		}
	}
	for _, o := range k.Orgs {
		for _, n := range append([]string{o.Name}, o.Variants...) {
			if strings.HasPrefix(n, "the ") {
				t.Errorf("%s: %q: write names without a leading \"the\"", o.Code, n)
			}
		}
	}
}

func TestMembers(t *testing.T) {
	k := mustDefault(t)
	tests := []struct {
		org, date string
		n         int      // number of members, -1 to skip
		in, out   []string // members, non-members
	}{
		{"NATO", "", 32, []string{"FIN", "SWE", "DEU", "TUR", "MKD"}, []string{"UKR"}},
		{"NATO", "2023-04-03", 30, nil, []string{"FIN", "SWE"}},
		{"NATO", "2023-04-04", 31, []string{"FIN"}, []string{"SWE"}},
		{"NATO", "2024-03", 32, []string{"SWE"}, nil},
		{"NATO", "1985", 16, []string{"ESP", "DEU"}, []string{"POL", "DDR"}},
		{"NATO", "1949-04-04", 12, []string{"USA", "GBR"}, []string{"GRC"}},
		{"EUR", "", 27, []string{"HRV", "DEU"}, []string{"GBR"}},
		{"EUR", "2019", 28, []string{"GBR"}, nil},
		{"EUR", "2020-02", 27, nil, []string{"GBR"}},
		{"EUR", "1972", -1, nil, []string{"GBR", "DNK"}},
		{"EUR", "1973-01-01", -1, []string{"GBR", "DNK", "IRL"}, nil},
		{"BRICS", "2023", 5, []string{"ZAF"}, []string{"EGY", "IRN"}},
		{"BRICS", "2024-06", 9, []string{"EGY", "ETH", "IRN", "ARE"}, []string{"IDN", "SAU"}},
		{"BRICS", "", 10, []string{"IDN"}, []string{"SAU"}},
		{"ECOWAS", "2024-12", 15, []string{"MLI", "BFA", "NER"}, []string{"MRT"}},
		{"ECOWAS", "", 12, []string{"NGA", "CPV"}, []string{"MLI", "BFA", "NER"}},
		{"AES", "", 3, []string{"MLI", "BFA", "NER"}, nil},
		{"AES", "2023-01", 0, nil, []string{"MLI"}},
		{"ASN", "", 11, []string{"TLS"}, nil},
		{"ASN", "2024", 10, nil, []string{"TLS"}},
		{"AFR", "", 55, []string{"MAR", "ESH", "SSD"}, nil},
		{"AFR", "2000", 53, nil, []string{"MAR", "SSD"}},
		{"SCO", "", 10, []string{"BLR", "IRN", "IND"}, nil},
		{"G7", "", 7, []string{"CAN", "JPN"}, []string{"RUS"}},
		{"G7", "2010", 8, []string{"RUS"}, nil},
		{"G20", "", 21, []string{"EUR", "AFR"}, nil},
		{"OPEC", "", 12, []string{"COG", "GNQ", "GAB"}, []string{"QAT", "AGO", "ECU", "IDN"}},
		{"OPEC", "2010", 12, []string{"ECU", "AGO", "QAT"}, []string{"GAB", "IDN"}},
		{"ARL", "", 22, []string{"PSE", "COM"}, nil},
		{"GCC", "", 6, nil, nil},
		{"OSCE", "", 57, []string{"VAT", "MNG"}, nil},
		{"COE", "", 46, nil, []string{"RUS", "BLR"}},
		{"COE", "2021", 47, []string{"RUS"}, nil},
		{"QUAD", "", 4, nil, nil},
		{"AUKUS", "", 3, []string{"AUS", "GBR", "USA"}, nil},
		{"AUKUS", "2021-09-14", 0, nil, nil},
		{"UNO", "", 193, []string{"KOR", "PRK", "SSD", "CHN", "RUS"}, []string{"PSE", "VAT", "XKX", "TWN", "SUN"}},
		{"UNO", "1970", -1, []string{"TWN", "SUN"}, []string{"CHN", "RUS", "KOR", "DEU", "SSD"}},
		{"UNO", "1975", -1, []string{"CHN", "DEU", "DDR"}, []string{"TWN"}},
		{"WHO", "", 0, nil, nil},
		{"NOPE", "", 0, nil, nil},
	}
	for _, tt := range tests {
		got := k.Members(tt.org, tt.date)
		if tt.n >= 0 && len(got) != tt.n {
			t.Errorf("Members(%s, %q): %d members %v, want %d", tt.org, tt.date, len(got), got, tt.n)
		}
		for _, c := range tt.in {
			if !slices.Contains(got, c) {
				t.Errorf("Members(%s, %q): %s missing", tt.org, tt.date, c)
			}
		}
		for _, c := range tt.out {
			if slices.Contains(got, c) {
				t.Errorf("Members(%s, %q): %s should not be a member", tt.org, tt.date, c)
			}
		}
	}
	if got := k.MemberOf("FIN", "2022"); slices.Contains(got, "NATO") || !slices.Contains(got, "EUR") {
		t.Errorf("MemberOf(FIN, 2022)=%v, want EUR without NATO", got)
	}
	if got := k.MemberOf("MLI", ""); !slices.Contains(got, "AES") || slices.Contains(got, "ECOWAS") {
		t.Errorf("MemberOf(MLI)=%v, want AES without ECOWAS", got)
	}
}

func TestPerson_TermAt(t *testing.T) {
	p := &Person{ID: "p", Name: "P", Terms: []Term{
		{Country: "RUS", Role: "President", From: "2000-05-07", To: "2008-05-07"},
		{Country: "RUS", Role: "Prime Minister", From: "1999-08-16", To: "2000-05-07"},
		{Country: "RUS", Role: "Prime Minister", From: "2008-05-08", To: "2012-05-07"},
		{Country: "RUS", Role: "President", From: "2012-05-07"},
	}}
	tests := []struct {
		date, role, from string // role "" wants nil
	}{
		{"2006-03-01", "President", "2000-05-07"},
		{"2010", "Prime Minister", "2008-05-08"},
		{"2000-05-07", "President", "2000-05-07"}, // both in force: the higher rank
		{"2012-05-07", "President", "2012-05-07"},
		{"2024-06-26", "President", "2012-05-07"},
		{"2008-05-07", "President", "2000-05-07"},
		{"", "President", "2012-05-07"},
		{"1999", "Prime Minister", "1999-08-16"},
		{"1990", "", ""}, // before every term: no role at all
		{"1999-07", "", ""},
	}
	for _, tt := range tests {
		got := p.TermAt(tt.date)
		if tt.role == "" {
			if got != nil {
				t.Errorf("TermAt(%q)=%+v, want nil", tt.date, got)
			}
			continue
		}
		if got == nil || got.Role != tt.role || got.From != tt.from {
			t.Errorf("TermAt(%q)=%+v, want %s from %s", tt.date, got, tt.role, tt.from)
		}
	}
	past := &Person{Terms: []Term{
		{Country: "USA", Role: "Secretary of State", From: "2009-01-21", To: "2013-02-01"},
		{Country: "USA", Role: "senator", From: "2001-01-03", To: "2009-01-21"},
	}}
	for _, tt := range []struct{ date, role string }{
		{"2020", "Secretary of State"}, // the latest term that ended
		{"", "Secretary of State"},
		{"2005", "senator"},
	} {
		if got := past.TermAt(tt.date); got == nil || got.Role != tt.role {
			t.Errorf("past.TermAt(%q)=%+v, want %s", tt.date, got, tt.role)
		}
	}
	// a former role between two terms, none before the first
	gap := &Person{Terms: []Term{
		{Country: "GBR", Role: "Foreign Minister", From: "2015-01-01", To: "2016-06-30"},
		{Country: "GBR", Role: "Prime Minister", From: "2024-07-05"},
	}}
	for _, tt := range []struct {
		date, role string
		inForce    bool
		country    string
	}{
		{"2014-12-31", "", false, "GBR"},
		{"2015-03", "Foreign Minister", true, "GBR"},
		{"2024-05-01", "Foreign Minister", false, "GBR"},
		{"2024-07-05", "Prime Minister", true, "GBR"},
		{"", "Prime Minister", true, "GBR"},
	} {
		got := gap.TermAt(tt.date)
		switch {
		case tt.role == "" && got != nil, tt.role != "" && (got == nil || got.Role != tt.role || got.InForce(tt.date) != tt.inForce):
			t.Errorf("gap.TermAt(%q)=%+v, want %q in force %v", tt.date, got, tt.role, tt.inForce)
		}
		if c := gap.CountryAt(tt.date); c != tt.country {
			t.Errorf("gap.CountryAt(%q)=%q, want %q", tt.date, c, tt.country)
		}
	}
	if c := (&Person{}).CountryAt("2020"); c != "" {
		t.Errorf("no terms: CountryAt=%q, want empty", c)
	}
	if got := (&Person{}).TermAt("2020"); got != nil {
		t.Errorf("no terms: TermAt=%+v, want nil", got)
	}
}

const (
	hdrC = "code\tcameo\tname\tvariants\tadjectives\tcapital\tmetonyms\tfrom\tto\n"
	hdrO = "code\tkind\tname\tvariants\tcountry\tmembers\n"
	hdrP = "id\tname\tvariants\tcountry\trole\torg\tfrom\tto\n"
)

// TestLoad_Errors checks that a malformed file is refused with its file and
// line and that nothing of it is kept.
func TestLoad_Errors(t *testing.T) {
	tests := []struct {
		name, data string
		line       int
		msg        string
	}{
		{"NoHeader", "# only a comment\n", 1, "no header"},
		{"Empty", "", 0, "no header"},
		{"BadHeader", "code\tname\n", 1, "header must be"},
		{"FieldCount", hdrC + "FRA\t\tFrance\n", 2, "3 fields, want 9"},
		{"BadCode", hdrC + "Fr\t\tFrance\t\t\t\t\t\t\n", 2, "bad code"},
		{"CodeTooLong", hdrC + "FRANCEX\t\tFrance\t\t\t\t\t\t\n", 2, "bad code"},
		{"SameCAMEO", hdrC + "FRA\tFRA\tFrance\t\t\t\t\t\t\n", 2, "same as code"},
		{"EmptyName", hdrC + "# c\nFRA\t\t\t\t\t\t\t\t\n", 3, "empty name"},
		{"BadDate", hdrC + "SUN\t\tSoviet Union\t\t\t\t\t1922-13\t\n", 2, "bad date"},
		{"DatesReversed", hdrC + "SUN\t\tSoviet Union\t\t\t\t\t1991\t1922\n", 2, "after"},
		{"DuplicateCountry", hdrC + "FRA\t\tFrance\t\t\t\t\t\t\nFRA\t\tFrance\t\t\t\t\t\t\n", 3, "duplicate country code FRA"},
		{"KnownCountry", hdrC + "ZZA\t\tZ\t\t\t\t\t\t\nABC\t\tA\t\t\t\t\t\t\n", 3, "duplicate country code ABC"},
		{"UnknownKind", hdrO + "XX\tclub\tX Club\t\t\t\n", 2, "unknown organisation kind"},
		{"BadOrgCode", hdrO + "x-y\tigo\tX\t\t\t\n", 2, "bad organisation code"},
		{"BadMember", hdrO + "XX\tigo\tX\t\t\tfra\n", 2, "member: bad code"},
		{"BadMemberDate", hdrO + "XX\tigo\tX\t\t\tFRA@2020/2019\n", 2, "member FRA: date"},
		{"EmptyMemberDates", hdrO + "XX\tigo\tX\t\t\tFRA@\n", 2, "empty dates"},
		{"BadOrgCountry", hdrO + "XX\tgov\tX\t\tfrance\t\n", 2, "country: bad code"},
		{"DuplicateOrg", hdrO + "XX\tigo\tX\t\t\t\nXX\tigo\tY\t\t\t\n", 3, "duplicate organisation code"},
		{"PersonNoName", hdrP + "a\t\t\t\t\t\t\t\n", 2, "empty id or name"},
		{"PersonRenamed", hdrP + "a\tA\t\tFRA\tPresident\t\t\t\na\tB\t\tFRA\tPresident\t\t2000\t\n", 3, "named"},
		{"KnownPersonRenamed", hdrP + "known\tOther Name\t\tFRA\tPresident\t\t\t\n", 2, "named"},
		{"DuplicateTerm", hdrP + "a\tA\t\tFRA\tPresident\t\t2000\t\na\tA\t\tFRA\tPresident\t\t2000\t\n", 3, "duplicate term"},
		{"BadUTF8", hdrC + "FRA\t\tFr\xffance\t\t\t\t\t\t\n", 2, "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := New()
			seed := hdrC + "ABC\t\tAbc\t\t\t\t\t\t\n"
			if err := k.Load("seed.tsv", strings.NewReader(seed)); err != nil {
				t.Fatal(err)
			}
			if err := k.Load("seed-p.tsv", strings.NewReader(hdrP+"known\tKnown\t\tABC\tPresident\t\t\t\n")); err != nil {
				t.Fatal(err)
			}
			err := k.Load("user.tsv", strings.NewReader(tt.data))
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("err=%v, want a *LineError", err)
			}
			if le.File != "user.tsv" || le.Line != tt.line || !strings.Contains(le.Msg, tt.msg) {
				t.Errorf("err=%q, want user.tsv:%d: ...%s...", err, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "user.tsv:") {
				t.Errorf("Error()=%q does not start with file:line", err)
			}
			if len(k.Countries) != 1 || len(k.Orgs) != 0 || len(k.People) != 1 || k.Country("FRA") != nil {
				t.Errorf("half-loaded: %d countries, %d orgs, %d people", len(k.Countries), len(k.Orgs), len(k.People))
			}
			if p := k.Person("known"); len(p.Terms) != 1 || len(p.Variants) != 0 {
				t.Errorf("known person changed: %+v", p)
			}
		})
	}
}

func TestLoad_OK(t *testing.T) {
	k := New()
	data := "\ufeff# a user's file\r\n" + strings.ReplaceAll(hdrC, "\n", "\r\n") +
		"ABC\tABX\tAbcland\tRepublic of Abc | Abc\tAbcish|Abcs\tAbc City\tAbc City|Abc Palace\t\t\r\n"
	if err := k.Load("a.tsv", strings.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	c := k.Country("ABC")
	if c == nil || c.Name != "Abcland" || !slices.Equal(c.Variants, []string{"Republic of Abc", "Abc"}) ||
		c.Metonyms[1] != "Abc Palace" || k.CountryByCAMEO("ABX") != c {
		t.Fatalf("country=%+v", c)
	}
	err := k.Load("o.tsv", strings.NewReader(hdrO+"ABU\tigo\tAbc Union\tAU2\t\tABC@2001-02/2003|ABC@2010\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Org("ABU").Members; !slices.Equal(got, []Membership{{"ABC", "2001-02", "2003"}, {"ABC", "2010", ""}}) {
		t.Errorf("members=%+v", got)
	}
	for date, want := range map[string]int{"2002": 1, "2003-12-31": 1, "2005": 0, "2011": 1, "": 1, "2001-01": 0} {
		if got := len(k.Members("ABU", date)); got != want {
			t.Errorf("Members(ABU, %q)=%d, want %d", date, got, want)
		}
	}
}

// TestLoad_PeopleAcrossFiles checks that a later file adds names and terms to
// a known person without changing the base it was cloned from.
func TestLoad_PeopleAcrossFiles(t *testing.T) {
	base := New()
	if err := base.Load("p1.tsv", strings.NewReader(hdrP+"jo\tJo Doe\tDoe\tABC\tPresident\t\t2001\t2005\n")); err != nil {
		t.Fatal(err)
	}
	k := base.Clone()
	if err := k.Load("p2.tsv", strings.NewReader(hdrP+"jo\tJo Doe\tJ. Doe\tABC\tPrime Minister\t\t2006\t\n")); err != nil {
		t.Fatal(err)
	}
	p := k.Person("jo")
	if len(p.Terms) != 2 || !slices.Equal(p.Variants, []string{"Doe", "J. Doe"}) || len(k.People) != 1 || k.People[0] != p {
		t.Errorf("merged=%+v (%d people)", p, len(k.People))
	}
	if bp := base.Person("jo"); len(bp.Terms) != 1 || len(bp.Variants) != 1 || base.People[0] != bp {
		t.Errorf("base changed: %+v", bp)
	}
	if got := p.TermAt("2010"); got.Role != "Prime Minister" {
		t.Errorf("TermAt(2010)=%+v", got)
	}
}

func TestCheck(t *testing.T) {
	k := New()
	for name, data := range map[string]string{
		"c.tsv": hdrC + "AAA\t\tAland\tAA\tAlish\t\tA City\t\t\nBBB\t\tBland\tAA|B’s\t\t\tA City\t\t\nCCC\t\tB's\t\t\t\t\t\t\n",
		"o.tsv": hdrO + "XO\tigo\tX Org\tXO\t\tAAA|ZZZ\nYO\tgov\tY Org\tXO\tQQQ\t\n",
		"p.tsv": hdrP + "p\tP\t\tWWW\tPresident\t\t\t\n",
	} {
		if err := k.Load(name, strings.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	}
	got := k.Check()
	want := []string{
		`country name "A City" claimed by AAA and BBB`,
		`country name "AA" claimed by AAA and BBB`,
		`country name "B's" claimed by BBB and CCC`,
		`org XO: unknown member ZZZ`,
		`org YO: unknown country QQQ`,
		`org name "XO" claimed by XO and YO`,
		`person p: unknown country WWW`,
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Check()=\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestClone(t *testing.T) {
	base := mustDefault(t)
	n := len(base.Countries)
	k := base.Clone()
	if err := k.Load("x.tsv", strings.NewReader(hdrC+"QQQ\t\tQland\t\t\t\t\t\t\n")); err != nil {
		t.Fatal(err)
	}
	if len(base.Countries) != n || base.Country("QQQ") != nil || k.Country("QQQ") == nil || k.Country("FRA") != base.Country("FRA") {
		t.Errorf("clone not independent")
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	for b.Loop() {
		if _, err := LoadFS(dataFS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzLoad checks that no input makes the loader panic, and that a refused
// file leaves the base as it was.
func FuzzLoad(f *testing.F) {
	f.Add(hdrC + "FRA\t\tFrance\tFrench Republic\tFrench\tParis\tParis|Elysee\t\t\n")
	f.Add(hdrO + "XX\tigo\tX\t\t\tFRA@2000/2001|DEU\n")
	f.Add(hdrP + "a\tA\tAa\tFRA\tPresident\t\t2000-01-02\t\n")
	f.Add("NORTH_KOREA_ [PRK]\n+PYONGYANG\nKIM_JONG_UN_\n\t[PRKGOV >20111217]\n")
	f.Add("<!-- c -->\nUNITED_NATIONS [IGOUNO]\n+U.N. # c\nX [ABCGOV 990101-000101] [ELI]\n")
	f.Fuzz(func(t *testing.T, data string) {
		k := New()
		if err := k.Load("seed.tsv", strings.NewReader(hdrC+"ABC\t\tAbc\t\t\t\t\t\t\n")); err != nil {
			t.Fatal(err)
		}
		if err := k.Load("f", strings.NewReader(data)); err != nil {
			if len(k.Countries) != 1 || len(k.Orgs) != 0 || len(k.People) != 0 {
				t.Fatalf("half-loaded after %v", err)
			}
		}
	})
}
