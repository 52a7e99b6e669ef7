package kb

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestLoadFile_TABARI imports the fixture dictionary into a clone of the
// embedded base and checks the records it maps to.
func TestLoadFile_TABARI(t *testing.T) {
	base := mustDefault(t)
	k := base.Clone()
	nc, no, np := len(k.Countries), len(k.Orgs), len(k.People)
	putinTerms := len(base.Person("vladimir-putin").Terms)
	if err := k.LoadFile("testdata/actors.txt"); err != nil {
		t.Fatal(err)
	}

	prk := k.Country("PRK")
	if !slices.Contains(prk.Variants, "Hermit Kingdom") || slices.Contains(prk.Variants, "Pyongyang") {
		t.Errorf("PRK variants %q: want Hermit Kingdom added, Pyongyang (a metonym) not repeated", prk.Variants)
	}
	if rou := k.Country("ROU"); !slices.Contains(rou.Variants, "Bucuresti") {
		t.Errorf("ROM (CAMEO) did not map to ROU: %q", rou.Variants)
	}
	frd := k.Country("FRD")
	if frd == nil || frd.Name != "Freedonia" || !slices.Equal(frd.Variants, []string{"Freedonian"}) {
		t.Errorf("new country FRD=%+v", frd)
	}
	if base.Country("FRD") != nil || slices.Contains(base.Country("PRK").Variants, "Hermit Kingdom") {
		t.Error("import changed the base it was cloned from")
	}

	jane := k.Person("jane-q-example")
	if jane == nil {
		t.Fatal("no person jane-q-example")
	}
	wantTerms := []Term{
		{Country: "FRD", Role: "government", From: "1999-01-01", To: "2003-12-31"},
		{Country: "FRD", Role: "government", To: "1995-06-01"},
		{Country: "FRD", Role: "elite", From: "2004-01-01"},
	}
	if jane.Name != "Jane Q. Example" || !slices.Equal(jane.Terms, wantTerms) ||
		!slices.Equal(jane.Variants, []string{"Minister Example"}) {
		t.Errorf("jane=%+v", jane)
	}
	if got := jane.TermAt("2001-06-01"); got == nil || got.Role != "government" || got.Country != "FRD" {
		t.Errorf("jane.TermAt(2001)=%+v", got)
	}
	if roe := k.Person("john-roe"); roe == nil ||
		!slices.Equal(roe.Terms, []Term{{Country: "USA", Role: "government", From: "2000-05-07", To: "2008-05-07"}}) ||
		!slices.Equal(roe.Variants, []string{"Roe"}) {
		t.Errorf("john-roe=%+v", roe)
	}
	pat := k.Person("pat-sample")
	if pat == nil || pat.Name != "Pat Sample" || !slices.Contains(pat.Variants, "President Pat Sample") ||
		!slices.Equal(pat.Terms, []Term{{Country: "UNO", Org: "UNO", From: "1997-01-01", To: "2006-12-31"}, {Role: "elite"}}) {
		t.Errorf("pat-sample=%+v", pat)
	}
	if m := k.Person("alex-model"); m == nil || !slices.Equal(m.Terms, []Term{{Country: "RUS", Role: "military"}}) {
		t.Errorf("alex-model=%+v", m)
	}
	putin := k.Person("vladimir-putin")
	if len(putin.Terms) != putinTerms || !slices.Contains(putin.Variants, "President Putin") {
		t.Errorf("known person: want curated terms kept and names added, got %+v", putin)
	}

	if uno := k.Org("UNO"); !slices.Contains(uno.Variants, "The World Body") ||
		!slices.Contains(uno.Variants, "UN Secretary General") || !slices.Contains(uno.Variants, "U.N. Secretary General") {
		t.Errorf("UNO variants lack the new synonyms: %q", uno.Variants)
	}
	mil := k.Org("FRDMIL")
	if mil == nil || mil.Kind != "military" || mil.Country != "FRD" || mil.Name != "Freedonian Armed Forces" ||
		!slices.Equal(mil.Variants, []string{"Freedonian Army", "Freedonian Navy", "Joint Patrol Forces"}) {
		t.Errorf("FRDMIL=%+v", mil)
	}
	if k.Org("PSEREBHMS") != nil {
		t.Error("HAMAS made a new organisation instead of naming the known one")
	}
	if c := k.Org("MNCUSA"); c == nil || c.Kind != "company" {
		t.Errorf("MNCUSA=%+v", c)
	}

	// New records: FRD; FRDMIL, MNCUSA; jane, roe, pat, alex.
	if got := []int{len(k.Countries) - nc, len(k.Orgs) - no, len(k.People) - np}; !slices.Equal(got, []int{1, 2, 4}) {
		t.Errorf("new countries, orgs, people = %v, want [1 2 4]", got)
	}
	if k.Person("lonely-phrase") != nil || k.Person("something-vague") != nil {
		t.Error("null actors were imported")
	}
}

// TestLoad_TABARIBodies checks that a phrase naming a body (a militia, a
// front, a party) is an organisation, also with dated codes, while a
// person's name with a title stays a person.
func TestLoad_TABARIBodies(t *testing.T) {
	k := New()
	if err := k.Load("seed.tsv", strings.NewReader(hdrC+"SYR\t\tSyria\t\t\t\t\t\t\nIRQ\t\tIraq\t\t\t\t\t\t\n")); err != nil {
		t.Fatal(err)
	}
	dict := "BLUE_RIVER_MILITIA_ [SYRREB]\n" +
		"+RIVER_MILITIA_FIGHTERS_\n" +
		"EASTERN_LIBERATION_FRONT_ [IRQREB 20120101-20150101]\n" +
		"NATIONAL_RENEWAL_PARTY_ [IRQPTY]\n" +
		"SECRETARY_OMAR_TAWFIQ_ [IRQGOV 20100101-20140101]\n" +
		"HASSAN_KHALIL_ [SYRGOV]\n"
	if err := k.Load("dict.txt", strings.NewReader(dict)); err != nil {
		t.Fatal(err)
	}
	for code, name := range map[string]string{"SYRREB": "Blue River Militia", "IRQREB": "Eastern Liberation Front", "IRQPTY": "National Renewal Party"} {
		if o := k.Org(code); o == nil || o.Name != name {
			t.Errorf("org %s=%+v, want %q", code, o, name)
		}
	}
	if o := k.Org("SYRREB"); o == nil || o.Country != "SYR" || !slices.Contains(o.Variants, "River Militia Fighters") {
		t.Errorf("SYRREB=%+v, want country SYR and the synonym", o)
	}
	if k.Person("hassan-khalil") == nil || len(k.People) != 2 {
		t.Errorf("people=%+v, want the secretary and Hassan Khalil", k.People)
	}
}

func TestLoad_TABARIErrors(t *testing.T) {
	tests := []struct {
		name, data string
		line       int
		msg        string
	}{
		{"SynonymFirst", "# c\n+PYONGYANG\n", 2, "synonym before any entry"},
		{"RestrictionFirst", "<!-- c -->\n\t[PRK]\n", 2, "restriction before any entry"},
		{"EmptyCode", "A_ [PRK]\nB_ []\n", 2, "empty code"},
		{"DateWithoutCode", "A_\n\t[19990101-20001231]\n", 2, "has no code"},
		{"ShortDate", "A_\n\t[ABCGOV 1999-2000]\n", 2, "bad date"},
		{"Month13", "A_ [ABCGOV 20001301-20010101]\n", 1, "out of range"},
		{"Reversed", "A_ [ABCGOV 20010101-20000101]\n", 1, "after"},
		{"NoRange", "A_ [ABCGOV 20010101]\n", 1, "bad date restriction"},
		{"OpenComment", "A_ [PRK]\n<!-- never\nclosed\n", 2, "not closed"},
		{"Unclosed", "A_ [PRK\n", 1, "without ']'"},
		{"Unopened", "A_ PRK]\n", 1, "without '['"},
		{"Trailing", "A_ [PRK] B_\n", 1, "text after a code"},
		{"TrailingRestriction", "A_\n\t[PRK] extra\n", 2, "text after"},
		{"BadCode", "A_ [P*K]\n", 1, "bad code"},
		{"EmptySynonym", "A_ [PRK]\n+\n", 2, "empty synonym"},
		{"BadUTF8", "A_ [PRK]\n+B\xff\n", 2, "invalid UTF-8"},
		{"BadShortCode", "A_ [PRK]\nB_ [Q]\n", 2, "bad organisation code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := New()
			if err := k.Load("seed.tsv", strings.NewReader(hdrC+"PRK\t\tNorth Korea\t\t\t\t\t\t\n")); err != nil {
				t.Fatal(err)
			}
			err := k.Load("dict.txt", strings.NewReader(tt.data))
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("err=%v, want a *LineError", err)
			}
			if le.File != "dict.txt" || le.Line != tt.line || !strings.Contains(le.Msg, tt.msg) {
				t.Errorf("err=%q, want dict.txt:%d: ...%s...", err, tt.line, tt.msg)
			}
			if len(k.Countries) != 1 || len(k.Orgs) != 0 || len(k.People) != 0 || len(k.Country("PRK").Variants) != 0 {
				t.Errorf("half-loaded: %d countries, %d orgs, %d people", len(k.Countries), len(k.Orgs), len(k.People))
			}
		})
	}
}

func TestTABARIHelpers(t *testing.T) {
	for in, want := range map[string]string{
		"VLADIMIR PUTIN": "Vladimir Putin", "BAN KI-MOON": "Ban Ki-Moon", "U.N.": "U.N.", "UN": "UN",
		"USA": "USA", "RAVAN A.G. FARHADI": "Ravan A.G. Farhadi", "NORTH KOREA": "North Korea",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q)=%q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Ban Ki-Moon": "ban-ki-moon", "Jane Q. Example": "jane-q-example", "Éric Zé": "éric-zé"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q)=%q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"000507": "2000-05-07", "290101": "2029-01-01", "300101": "1930-01-01",
		"19270101": "1927-01-01"} {
		if got, msg := tabariDate(in); got != want || msg != "" {
			t.Errorf("tabariDate(%q)=%q %q, want %q", in, got, msg, want)
		}
	}
	for in, want := range map[string]bool{
		"NORTH_KOREA_  [PRK]": true, "+PYONGYANG": true, "<!-- x -->": true, "AFGHANISTAN_": true,
		"GOLLUM  # pas": true, "code\tname": false, "id\tname\tvariants": false, "hello world": false,
	} {
		if got := looksTABARI(in); got != want {
			t.Errorf("looksTABARI(%q)=%v, want %v", in, got, want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"UN MISSION IN SUDAN": "UN Mission in Sudan", "THE UNITED NATIONS": "The United Nations",
		"BANK OF KOREA": "Bank of Korea", "ANSF": "ANSF", "UNHCR OFFICE": "UNHCR Office", "KABUL": "Kabul",
		"HAMAS": "Hamas", "NATO FORCES": "NATO Forces",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q)=%q, want %q", in, got, want)
		}
	}
	if got, want := personName("JOHN OF GAUNT"), "John of Gaunt"; got != want {
		t.Errorf("personName=%q, want %q", got, want)
	}
}
