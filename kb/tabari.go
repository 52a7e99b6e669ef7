package kb

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PETRARCH/TABARI actor dictionaries (the Phoenix dictionaries and their
// TABARI ancestors) list phrases with CAMEO actor codes:
//
//	NORTH_KOREA_  [PRK]          # a primary phrase with its code
//	+PYONGYANG_                  # a synonym of the entry above
//	VLADIMIR_PUTIN_              # a person; codes by date follow,
//		[RUSGOV 20000507-20080507]   # indented (TABARI also allows them
//		[RUSGOV >20120507]           # on the phrase line)
//		[RUSELI]                     # a code without dates is the default
//
// Words are joined by '_' (or blanks); a trailing '_' only stops stemming.
// A restriction is CODE, CODE <DATE (until), CODE >DATE (from) or CODE
// DATE-DATE, with dates YYYYMMDD or YYMMDD (YY < 30 is 20YY). Comments are
// '#' or ';' to the end of the line and <!-- ... --> (also over lines).
// Codes "---" and "+++" are null codes; an entry without a code is skipped,
// as PETRARCH skips it.
//
// Entries become records of the knowledge base:
//   - codes that are only a state (PRK, or a CAMEO code such as ROM): the
//     phrases are names of that country (a new country if it is unknown);
//   - entries with a person's name (not an institution word, not an
//     acronym) or with dated codes: a person with one term per code
//     (country, role from the CAMEO sector code, IGO as organisation); a
//     person the base already knows by id only gains the new names;
//   - other entries: an organisation: the IGO for IGO codes (IGOUNO is UNO,
//     IGOWSTNAT is NATO...), or an organisation whose code is the CAMEO
//     code (AFGMIL), of the kind its sector says.
var (
	tabariDateRe = regexp.MustCompile(`^(\d{6}|\d{8})$`)
	tabariCodeRe = regexp.MustCompile(`^[A-Z0-9~/]+$|^---$|^\+\+\+$`)
)

// looksTABARI reports whether the first significant line of a file looks
// like a PETRARCH/TABARI actor dictionary.
func looksTABARI(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "<!") || strings.HasPrefix(line, "+") || strings.HasPrefix(line, ";") {
		return true
	}
	if strings.Contains(line, "\t") && !strings.Contains(line, "[") {
		return false // a TSV line with a wrong header
	}
	if strings.Contains(line, "[") && strings.Contains(line, "]") {
		return true
	}
	line, _ = stripComments(line, false)
	line = strings.TrimSpace(line)
	return line != "" && strings.ToUpper(line) == line && strings.ToLower(line) != line
}

// tabariEntry is one record of a dictionary as read.
type tabariEntry struct {
	line    int
	phrases []string // primary first, in dictionary spelling
	codes   []tabariCode
}

type tabariCode struct {
	code     string
	from, to string // YYYY-MM-DD or ""
}

// loadTABARI reads an actor dictionary. Nothing is added unless the whole
// file is well formed.
func (k *KB) loadTABARI(name string, lines []string) error {
	entries, err := parseTABARI(name, lines)
	if err != nil {
		return err
	}
	im := importer{k: k, name: name, newCountry: map[string]*Country{}, newOrg: map[string]*Org{},
		newPerson: map[string]*Person{}, curated: map[string]bool{}}
	for _, e := range entries {
		if err := im.entry(e); err != nil {
			return err
		}
	}
	k.add(im.countries, im.orgs, im.people)
	return nil
}

// parseTABARI reads the entries of a dictionary, dropping comments.
func parseTABARI(name string, lines []string) ([]tabariEntry, error) {
	var (
		entries   []tabariEntry
		cur       *tabariEntry
		inComment int // line where an open <!-- started, 0 if none
	)
	for i, raw := range lines {
		ln := i + 1
		if !utf8.ValidString(raw) {
			return nil, &LineError{name, ln, "invalid UTF-8"}
		}
		line, open := stripComments(raw, inComment != 0)
		if open && inComment == 0 {
			inComment = ln
		} else if !open {
			inComment = 0
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				return nil, &LineError{name, ln, "synonym before any entry"}
			}
			phrase, codes, msg := splitEntryLine(strings.TrimSpace(t[1:]))
			if msg != "" {
				return nil, &LineError{name, ln, msg}
			}
			if phrase == "" {
				return nil, &LineError{name, ln, "empty synonym"}
			}
			cur.phrases = append(cur.phrases, phrase)
			cur.codes = append(cur.codes, codes...)
		case strings.HasPrefix(t, "["):
			if cur == nil {
				return nil, &LineError{name, ln, "code restriction before any entry"}
			}
			phrase, codes, msg := splitEntryLine(t)
			if msg == "" && phrase != "" {
				msg = "text after a code restriction: " + phrase
			}
			if msg != "" {
				return nil, &LineError{name, ln, msg}
			}
			cur.codes = append(cur.codes, codes...)
		default:
			phrase, codes, msg := splitEntryLine(t)
			if msg == "" && phrase == "" {
				msg = "empty phrase"
			}
			if msg != "" {
				return nil, &LineError{name, ln, msg}
			}
			entries = append(entries, tabariEntry{line: ln, phrases: []string{phrase}, codes: codes})
			cur = &entries[len(entries)-1]
		}
	}
	if inComment != 0 {
		return nil, &LineError{name, inComment, "comment <!-- is not closed"}
	}
	return entries, nil
}

// stripComments removes comments from line; inComment says a <!-- comment
// is open at its start. It reports whether one is open at its end.
func stripComments(line string, inComment bool) (string, bool) {
	var b strings.Builder
	for {
		if inComment {
			j := strings.Index(line, "-->")
			if j < 0 {
				return b.String(), true
			}
			line = line[j+3:]
			inComment = false
		}
		j := strings.Index(line, "<!")
		h := strings.IndexAny(line, "#;")
		if h >= 0 && (j < 0 || h < j) {
			b.WriteString(line[:h])
			return b.String(), false
		}
		if j < 0 {
			b.WriteString(line)
			return b.String(), false
		}
		b.WriteString(line[:j])
		line = line[j:]
		inComment = true
	}
}

// splitEntryLine splits "PHRASE [CODE ...] [CODE ...]" into the phrase and
// its codes, or returns what is wrong.
func splitEntryLine(s string) (string, []tabariCode, string) {
	i := strings.IndexByte(s, '[')
	if j := strings.IndexByte(s, ']'); j >= 0 && (i < 0 || j < i) {
		return "", nil, "']' without '['"
	}
	if i < 0 {
		return normPhrase(s), nil, ""
	}
	phrase := normPhrase(s[:i])
	var codes []tabariCode
	rest := s[i:]
	for rest != "" {
		if rest[0] != '[' {
			return "", nil, fmt.Sprintf("text after a code: %q", rest)
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return "", nil, "'[' without ']'"
		}
		body := rest[1:j]
		if strings.ContainsAny(body, "[") {
			return "", nil, "nested '['"
		}
		c, msg := parseRestriction(body)
		if msg != "" {
			return "", nil, msg
		}
		codes = append(codes, c)
		rest = strings.TrimSpace(rest[j+1:])
	}
	return phrase, codes, ""
}

// parseRestriction reads "CODE", "CODE <DATE", "CODE >DATE" or
// "CODE DATE-DATE" (blanks around '<', '>' and '-' allowed).
func parseRestriction(body string) (tabariCode, string) {
	f := strings.Fields(body)
	if len(f) == 0 {
		return tabariCode{}, "empty code []"
	}
	c := tabariCode{code: strings.ToUpper(f[0])}
	if strings.ContainsAny(c.code[:1], "<>0123456789") {
		return c, fmt.Sprintf("restriction [%s] has no code", body)
	}
	if !tabariCodeRe.MatchString(c.code) {
		return c, fmt.Sprintf("bad code %q", f[0])
	}
	d := strings.Join(f[1:], "")
	if d == "" {
		return c, ""
	}
	var from, to string
	switch {
	case d[0] == '<':
		to = d[1:]
	case d[0] == '>':
		from = d[1:]
	default:
		var ok bool
		if from, to, ok = strings.Cut(d, "-"); !ok {
			return c, fmt.Sprintf("bad date restriction %q: want <DATE, >DATE or DATE-DATE", d)
		}
	}
	var msg string
	if from != "" || d[0] != '<' {
		if c.from, msg = tabariDate(from); msg != "" {
			return c, msg
		}
	}
	if to != "" || d[0] != '>' {
		if c.to, msg = tabariDate(to); msg != "" {
			return c, msg
		}
	}
	if c.from != "" && c.to != "" && c.from > c.to {
		return c, fmt.Sprintf("date %s after %s", c.from, c.to)
	}
	return c, ""
}

// tabariDate turns YYYYMMDD or YYMMDD into YYYY-MM-DD.
func tabariDate(s string) (string, string) {
	if !tabariDateRe.MatchString(s) {
		return "", fmt.Sprintf("bad date %q: want YYYYMMDD or YYMMDD", s)
	}
	if len(s) == 6 {
		if s[:2] < "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	d := s[:4] + "-" + s[4:6] + "-" + s[6:]
	if !dateRe.MatchString(d) {
		return "", fmt.Sprintf("bad date %q: month or day out of range", s)
	}
	return d, ""
}

// normPhrase turns "NORTH_KOREA_" into "NORTH KOREA".
func normPhrase(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
}

// importer maps dictionary entries to records, copying a known record
// before it changes it.
type importer struct {
	k          *KB
	name       string
	countries  []*Country
	orgs       []*Org
	people     []*Person
	newCountry map[string]*Country
	newOrg     map[string]*Org
	newPerson  map[string]*Person
	curated    map[string]bool // people known before the file: names only
	orgByName  map[string]*Org // folded names of the known organisations
}

// sector codes of CAMEO: the role of a person, the kind of an organisation.
var cameoSectors = map[string]struct{ role, kind string }{
	"GOV": {"government", "gov"}, "MIL": {"military", "military"}, "ELI": {"elite", "group"},
	"REB": {"rebel", "group"}, "OPP": {"opposition", "party"}, "PTY": {"party", "party"},
	"INS": {"insurgent", "group"}, "UAF": {"armed group", "group"}, "SEP": {"separatist", "group"},
	"JUD": {"judiciary", "court"}, "LEG": {"legislature", "gov"}, "MED": {"media", "media"},
	"BUS": {"business", "company"}, "MNC": {"business", "company"}, "EDU": {"education", "university"},
	"COP": {"police", "gov"}, "SPY": {"intelligence", "gov"}, "CVL": {"civilian", "group"},
	"CRM": {"criminal", "group"}, "HRI": {"human rights", "ngo"}, "LAB": {"labour", "group"},
	"AGR": {"agriculture", "gov"}, "DEV": {"development", "gov"}, "HLH": {"health", "gov"},
	"REF": {"refugees", "group"}, "ENV": {"environment", "gov"}, "REL": {"religion", "group"},
	"NGO": {"", "ngo"}, "NGM": {"", "ngo"}, "IMG": {"", "group"}, "IGO": {"", "igo"},
}

// cameoIGOs maps CAMEO segments of IGO codes to the codes of orgs.tsv.
var cameoIGOs = map[string]string{
	"UNO": "UNO", "NAT": "NATO", "EEC": "EUR", "EUR": "EUR", "WBK": "WBK", "IMF": "IMF", "IAE": "IAEA",
	"WHO": "WHO", "ICJ": "ICJ", "ICC": "ICC", "ASN": "ASN", "AFR": "AFR", "AFU": "AFR", "ARL": "ARL",
	"GCC": "GCC", "OPC": "OPEC", "WTO": "WTO", "OSC": "OSCE", "COE": "COE", "SCO": "SCO",
}

// actor is a decoded CAMEO actor code.
type actor struct {
	country string // ISO3 of the state, or an IGO code
	org     string // IGO code for IGO codes
	sector  string // first sector segment: GOV, MIL ...
	igo     bool
	raw     string
}

func (im *importer) decode(code string) actor {
	code, _, _ = strings.Cut(code, "/") // a compound code: its first actor
	a := actor{raw: code}
	if strings.HasPrefix(code, "IGO") {
		a.igo = true
		for i := 3; i+3 <= len(code); i += 3 {
			if c, ok := cameoIGOs[code[i:i+3]]; ok {
				a.org = c
			}
		}
		if a.org == "" {
			a.org = code
		}
		a.country = a.org
		return a
	}
	if len(code) == 3 {
		if c := im.k.CountryByCAMEO(code); c != nil {
			return actor{country: c.Code, raw: code}
		}
		if im.k.country[code] != nil {
			return actor{country: code, raw: code}
		}
	}
	if o := im.k.org[code]; o != nil && o.Kind == "igo" {
		return actor{country: code, org: code, igo: true, raw: code}
	}
	head := code
	if len(code) >= 3 {
		head = code[:3]
	}
	if _, ok := cameoSectors[head]; ok {
		a.sector = head
		return a
	}
	a.country = head
	if c := im.k.CountryByCAMEO(head); c != nil {
		a.country = c.Code
	}
	if len(code) >= 6 {
		a.sector = code[3:6]
	}
	return a
}

// orgWords mark a phrase as an institution rather than a person.
var orgWords = map[string]bool{
	"ARMY": true, "NAVY": true, "FORCE": true, "FORCES": true, "MINISTRY": true, "COUNCIL": true,
	"PARTY": true, "ORGANIZATION": true, "ORGANISATION": true, "AGENCY": true, "COMMISSION": true,
	"BANK": true, "FUND": true, "COURT": true, "UNION": true, "LEAGUE": true, "ASSEMBLY": true,
	"COMMITTEE": true, "SECRETARIAT": true, "MISSION": true, "GOVERNMENT": true, "PARLIAMENT": true,
	"POLICE": true, "GUARD": true, "GUARDS": true, "FRONT": true, "MOVEMENT": true, "BRIGADE": true,
	"BRIGADES": true, "INSTITUTE": true, "UNIVERSITY": true, "NEWS": true, "TELEVISION": true,
	"RADIO": true, "OFFICE": true, "DEPARTMENT": true, "PROGRAM": true, "PROGRAMME": true,
	"BUREAU": true, "SERVICE": true, "SERVICES": true, "CORPS": true, "TROOPS": true, "SOLDIERS": true,
	"REBELS": true, "MILITANTS": true, "NATIONS": true, "STATES": true, "REPUBLIC": true,
	"KINGDOM": true, "PEOPLE'S": true, "COMMAND": true, "FEDERATION": true, "ASSOCIATION": true,
	"CENTER": true, "CENTRE": true, "AUTHORITY": true, "CABINET": true, "SENATE": true,
	"CONGRESS": true, "COALITION": true, "ALLIANCE": true, "GROUP": true, "COMPANY": true,
	"CORPORATION": true, "PANEL": true, "TRIBUNAL": true, "DIRECTORATE": true, "MILITARY": true,
	"OFFICIALS": true, "GOVERNMENTS": true, "PEACEKEEPERS": true, "PEACEKEEPING": true, "BODIES": true,
	"MILITIA": true, "MILITIAS": true, "ARMIES": true, "BATTALION": true, "BATTALIONS": true, "REGIMENT": true,
	"DIVISION": true, "LEGION": true, "FACTION": true, "FACTIONS": true, "FIGHTERS": true, "GUERRILLAS": true,
	"INSURGENTS": true, "PARAMILITARIES": true, "SEPARATISTS": true, "GROUPS": true, "PARTIES": true,
	"COMMITTEES": true, "COUNCILS": true, "MINISTRIES": true, "JUNTA": true, "BLOC": true, "NETWORK": true,
	"SOCIETY": true, "FOUNDATION": true, "ENDOWMENT": true, "ACADEMY": true, "COLLEGE": true, "SCHOOL": true,
	"BOARD": true, "CHAMBER": true, "ADMINISTRATION": true, "GENDARMERIE": true, "CARTEL": true,
	"CONFERENCE": true, "FORUM": true, "ORGANIZATIONS": true, "ORGANISATIONS": true, "AGENCIES": true,
	// titles without a name stand for the office
	"SECRETARY": true, "SECRETARY-GENERAL": true, "ENVOY": true, "MONITOR": true, "CHIEF": true,
	"SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true, "REPRESENTATIVE": true, "OFFICIAL": true,
}

func isInstitution(phrase string) bool {
	words := strings.Fields(strings.ToUpper(phrase))
	if len(words) == 1 {
		w := words[0]
		if strings.Contains(w, ".") || (len(w) <= 6 && !strings.ContainsAny(w, "'-")) {
			return true // an acronym: UN, U.N., IAEA, UNICEF
		}
	}
	for _, w := range words {
		if orgWords[w] {
			return true
		}
	}
	return false
}

// institutionHead reports whether a phrase ends in a word naming a body
// (GREEN_VALLEY_MILITIA_, ..._FORCES_, ..._PARTY_): an organisation even
// with dated codes, which otherwise mark a person. Titles do not count.
func institutionHead(phrase string) bool {
	words := strings.Fields(strings.ToUpper(phrase))
	if len(words) < 2 {
		return false
	}
	w := words[len(words)-1]
	return orgWords[w] && !titleWords[w]
}

// titleWords are the orgWords that are titles: a person's, with a name.
var titleWords = map[string]bool{"SECRETARY": true, "SECRETARY-GENERAL": true, "ENVOY": true, "MONITOR": true,
	"CHIEF": true, "SPOKESMAN": true, "SPOKESWOMAN": true, "SPOKESPERSON": true, "REPRESENTATIVE": true, "OFFICIAL": true}

func (im *importer) entry(e tabariEntry) error {
	var acts []actor
	var codes []tabariCode
	dated := false
	for _, c := range e.codes {
		if c.code == "---" || c.code == "+++" {
			continue
		}
		acts = append(acts, im.decode(c.code))
		codes = append(codes, c)
		dated = dated || c.from != "" || c.to != ""
	}
	if len(acts) == 0 {
		return nil // a null actor
	}
	stateOnly := true
	for _, a := range acts {
		if a.igo || a.sector != "" || len(a.raw) != 3 {
			stateOnly = false
		}
	}
	switch {
	case stateOnly:
		// The state in force now: the code without an end date, else the last.
		best := 0
		for i, c := range codes {
			if c.to == "" {
				best = i
			}
		}
		return im.country(e, acts[best].country)
	case dated && !institutionHead(e.phrases[0]) || !im.anyInstitution(e):
		return im.person(e, acts, codes)
	}
	return im.org(e, acts[0])
}

// anyInstitution reports whether the primary phrase names an institution
// (synonyms such as PRESIDENT_KARZAI_ do not count).
func (im *importer) anyInstitution(e tabariEntry) bool { return isInstitution(e.phrases[0]) }

func (im *importer) country(e tabariEntry, code string) error {
	c := im.newCountry[code]
	if c == nil {
		if old := im.k.country[code]; old != nil {
			cp := *old
			cp.Variants = append([]string(nil), old.Variants...)
			c = &cp
		} else {
			if msg := checkCode(code); msg != "" {
				return &LineError{im.name, e.line, msg}
			}
			c = &Country{Code: code, Name: titleCase(e.phrases[0])}
		}
		im.newCountry[code] = c
		im.countries = append(im.countries, c)
	}
	known := c.names()
	for _, p := range e.phrases {
		n := titleCase(p)
		if !containsFold(known, n) {
			c.Variants = append(c.Variants, n)
			known = append(known, n)
		}
	}
	return nil
}

func (im *importer) org(e tabariEntry, a actor) error {
	code := a.org
	if code == "" {
		code = a.raw
	}
	o := im.newOrg[code]
	if o == nil && im.k.org[code] == nil {
		// A phrase the base knows as an organisation names that one.
		if im.orgByName == nil {
			im.orgByName = map[string]*Org{}
			for _, x := range im.k.Orgs {
				for _, n := range append([]string{x.Name}, x.Variants...) {
					im.orgByName[strings.ToLower(n)] = x
				}
			}
		}
		for _, ph := range e.phrases {
			if x := im.orgByName[strings.ToLower(titleCase(ph))]; x != nil {
				code = x.Code
				o = im.newOrg[code]
				break
			}
		}
	}
	if o == nil {
		if old := im.k.org[code]; old != nil {
			cp := *old
			cp.Variants = append([]string(nil), old.Variants...)
			o = &cp
		} else {
			if !orgCodeRe.MatchString(code) {
				return &LineError{im.name, e.line, fmt.Sprintf("bad organisation code %q", code)}
			}
			kind := "gov"
			if s, ok := cameoSectors[a.sector]; ok && s.kind != "" {
				kind = s.kind
			}
			if a.igo {
				kind = "igo"
			}
			country := a.country
			if a.igo {
				country = ""
			}
			o = &Org{Code: code, Kind: kind, Name: titleCase(e.phrases[0]), Country: country}
		}
		im.newOrg[code] = o
		im.orgs = append(im.orgs, o)
	}
	known := append([]string{o.Name}, o.Variants...)
	for _, p := range e.phrases {
		n := titleCase(p)
		if !containsFold(known, n) {
			o.Variants = append(o.Variants, n)
			known = append(known, n)
		}
	}
	return nil
}

func (im *importer) person(e tabariEntry, acts []actor, codes []tabariCode) error {
	name := personName(stripTitle(e.phrases[0]))
	id := slug(name)
	if id == "" {
		return &LineError{im.name, e.line, "person without a name"}
	}
	p := im.newPerson[id]
	if p == nil {
		if old := im.k.person[id]; old != nil {
			cp := *old
			cp.Variants = append([]string(nil), old.Variants...)
			p = &cp
			im.curated[id] = true
		} else {
			p = &Person{ID: id, Name: name}
		}
		im.newPerson[id] = p
		im.people = append(im.people, p)
	}
	known := append([]string{p.Name}, p.Variants...)
	for _, ph := range e.phrases {
		n := personName(ph)
		if !containsFold(known, n) {
			p.Variants = append(p.Variants, n)
			known = append(known, n)
		}
	}
	if im.curated[id] {
		return nil // the curated terms of a known person are kept
	}
	for i, a := range acts {
		t := Term{Country: a.country, From: codes[i].from, To: codes[i].to}
		if s, ok := cameoSectors[a.sector]; ok {
			t.Role = s.role
		}
		if a.igo {
			t.Org = a.org
		}
		dup := false
		for _, o := range p.Terms {
			dup = dup || o == t
		}
		if !dup {
			p.Terms = append(p.Terms, t)
		}
	}
	return nil
}

// titles that dictionaries put before a name ("PRESIDENT_GEORGE_W._BUSH").
var personTitles = []string{"PRESIDENT ", "PRIME MINISTER ", "FOREIGN MINISTER ", "ACTING MINISTER ",
	"MINISTER ", "SECRETARY-GENERAL ", "SECRETARY GENERAL ", "SECRETARY ", "CHANCELLOR ", "KING ",
	"QUEEN ", "GENERAL ", "GEN. ", "MR. ", "MRS. ", "MS. ", "DR. ", "MR ", "MRS ", "MS ", "DR "}

// stripTitle removes titles before a person's name; the titled phrase stays
// a variant.
func stripTitle(s string) string {
	for again := true; again; {
		again = false
		for _, t := range personTitles {
			if len(s) > len(t) && strings.EqualFold(s[:len(t)], t) {
				s, again = s[len(t):], true
			}
		}
	}
	return s
}

// titleCase turns "NORTH KOREA" into "North Korea"; words with a period
// ("U.N.") and phrases of one short word ("UN", "USA") stay upper case.
func titleCase(s string) string { return casePhrase(s, true) }

// personName turns "VLADIMIR PUTIN" into "Vladimir Putin" and "ROE" into
// "Roe".
func personName(s string) string { return casePhrase(s, false) }

func casePhrase(s string, acronyms bool) string {
	words := strings.Fields(s)
	if acronyms && len(words) == 1 && len(words[0]) <= 3 {
		return strings.ToUpper(words[0])
	}
	for i, w := range words {
		u := strings.ToUpper(w)
		switch {
		case i > 0 && minorWords[u]:
			words[i] = strings.ToLower(w)
			continue
		case strings.Contains(w, "."), acronyms && (knownAcronyms[u] || looksAcronym(u)):
			words[i] = u
			continue
		}
		var b strings.Builder
		start := true
		for _, r := range w {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = r == '-'
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// knownAcronyms stay upper case inside phrases: "UN MISSION" is "UN Mission".
var knownAcronyms = map[string]bool{"UN": true, "US": true, "USA": true, "EU": true, "UK": true, "NATO": true,
	"IAEA": true, "IMF": true, "WHO": true, "WTO": true, "AU": true, "ASEAN": true, "OPEC": true, "GCC": true,
	"OSCE": true, "ICC": true, "ICJ": true, "UNICEF": true, "UNHCR": true, "UNESCO": true, "NGO": true,
	"OAS": true, "SCO": true, "BRICS": true, "ECOWAS": true, "PLO": true, "DPRK": true, "PRC": true, "ROK": true}

// looksAcronym reports whether an upper-case word has no vowel after its
// first letter (ANSF, UNSC, UNHCR), so cannot be read as a word.
func looksAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w[1:] {
		if strings.ContainsRune("AEIOUY", r) || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// minorWords are lower case inside names: "Bank of Korea".
var minorWords = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "IN": true, "ON": true,
	"TO": true, "AT": true, "BY": true}

// slug turns "Vladimir Putin" into "vladimir-putin", the id convention of
// people.tsv.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func containsFold(s []string, v string) bool {
	for _, x := range s {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}
