package kb

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// KB is a loaded knowledge base. It is immutable once built and safe for
// concurrent use; Load and LoadFile extend it and must not run concurrently
// with readers (extend a Clone instead).
type KB struct {
	Countries []*Country
	Orgs      []*Org
	People    []*Person

	country map[string]*Country
	cameo   map[string]*Country
	org     map[string]*Org
	person  map[string]*Person
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the embedded knowledge base, loaded once.
func Default() (*KB, error) {
	defaultOnce.Do(func() {
		defaultKB, defaultErr = LoadFS(dataFS, "data")
	})
	return defaultKB, defaultErr
}

// New returns an empty knowledge base.
func New() *KB {
	return &KB{country: map[string]*Country{}, cameo: map[string]*Country{}, org: map[string]*Org{},
		person: map[string]*Person{}}
}

// LoadFS loads every *.tsv file of dir in fsys, in name order, into a new
// knowledge base.
func LoadFS(fsys fs.FS, dir string) (*KB, error) {
	k := New()
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read knowledge base %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tsv") {
			continue
		}
		p := path.Join(dir, e.Name())
		f, err := fsys.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read knowledge base %s: %w", p, err)
		}
		err = k.Load(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return k, nil
}

// Clone returns a copy of k that can be extended without changing k.
// Records are shared; loading into the clone replaces, never modifies, them.
func (k *KB) Clone() *KB {
	c := New()
	c.Countries = append(c.Countries, k.Countries...)
	c.Orgs = append(c.Orgs, k.Orgs...)
	c.People = append(c.People, k.People...)
	for key, v := range k.country {
		c.country[key] = v
	}
	for key, v := range k.cameo {
		c.cameo[key] = v
	}
	for key, v := range k.org {
		c.org[key] = v
	}
	for key, v := range k.person {
		c.person[key] = v
	}
	return c
}

// LoadFile adds the records of a user's file: a TSV file chosen by its
// header, or a PETRARCH/TABARI actor dictionary.
func (k *KB) LoadFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("read actor file: %w", err)
	}
	defer f.Close()
	return k.Load(p, f)
}

// Country returns the country with the given code, or nil.
func (k *KB) Country(code string) *Country { return k.country[code] }

// CountryByCAMEO returns the country whose CAMEO code (or, when it has
// none of its own, whose code) is code, or nil.
func (k *KB) CountryByCAMEO(code string) *Country {
	if c := k.cameo[code]; c != nil {
		return c
	}
	if c := k.country[code]; c != nil && c.CAMEO == "" {
		return c
	}
	return nil
}

// Org returns the organisation with the given code, or nil.
func (k *KB) Org(code string) *Org { return k.org[code] }

// Person returns the person with the given id, or nil.
func (k *KB) Person(id string) *Person { return k.person[id] }

// Members returns the codes of the members of organisation org on date
// (YYYY, YYYY-MM or YYYY-MM-DD; "" means today: the current members), in
// the order of the data file. It returns nil for an unknown organisation or
// one whose members are not listed.
func (k *KB) Members(org, date string) []string {
	o := k.org[org]
	if o == nil {
		return nil
	}
	var out []string
	for _, m := range o.Members {
		if m.ActiveAt(date) && !contains(out, m.Country) {
			out = append(out, m.Country)
		}
	}
	return out
}

// MemberOf returns the codes of the organisations country belonged to on
// date ("" means today).
func (k *KB) MemberOf(country, date string) []string {
	var out []string
	for _, o := range k.Orgs {
		for _, m := range o.Members {
			if m.Country == country && m.ActiveAt(date) {
				out = append(out, o.Code)
				break
			}
		}
	}
	return out
}

// LineError is a malformed line of a data file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

var (
	countryCols = []string{"code", "cameo", "name", "variants", "adjectives", "capital", "metonyms", "from", "to"}
	orgCols     = []string{"code", "kind", "name", "variants", "country", "members"}
	personCols  = []string{"id", "name", "variants", "country", "role", "org", "from", "to"}
	dateRe      = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
	orgCodeRe   = regexp.MustCompile(`^[A-Z][A-Z0-9]{1,15}$`)
	orgKinds    = map[string]bool{"igo": true, "gov": true, "military": true, "media": true, "university": true,
		"thinktank": true, "party": true, "company": true, "group": true, "court": true, "ngo": true}
)

// Load reads one data file (name is used in errors). The kind of records is
// chosen by the header line; a file whose first line is not a header but a
// PETRARCH/TABARI dictionary entry is read as such. Either every record of
// the file is added or, on the first malformed line, none is.
func (k *KB) Load(name string, r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	lines := splitLines(data)
	for i, line := range lines {
		if !utf8.ValidString(line) {
			return &LineError{name, i + 1, "invalid UTF-8"}
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case equal(f, countryCols), equal(f, orgCols), equal(f, personCols):
			return k.loadTSV(name, lines, i, f)
		case looksTABARI(t):
			return k.loadTABARI(name, lines)
		}
		return &LineError{name, i + 1, "header must be one of: " + strings.Join(countryCols, " ") + " | " +
			strings.Join(orgCols, " ") + " | " + strings.Join(personCols, " ") +
			" (tab-separated), or the file a PETRARCH/TABARI actor dictionary"}
	}
	return &LineError{name, len(lines), "no header line"}
}

// loadTSV reads the records after the header at lines[hdr].
func (k *KB) loadTSV(name string, lines []string, hdr int, cols []string) error {
	var (
		countries []*Country
		orgs      []*Org
		people    []*Person
	)
	seen := map[string]bool{}
	newPeople := map[string]*Person{}
	for i := hdr + 1; i < len(lines); i++ {
		ln, line := i+1, lines[i]
		if !utf8.ValidString(line) {
			return &LineError{name, ln, "invalid UTF-8"}
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != len(cols) {
			return &LineError{name, ln, fmt.Sprintf("%d fields, want %d (%s)", len(f), len(cols), strings.Join(cols, " "))}
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		switch {
		case len(cols) == len(countryCols) && cols[0] == "code":
			c := &Country{Code: f[0], CAMEO: f[1], Name: f[2], Variants: list(f[3]), Adjectives: list(f[4]),
				Capital: f[5], Metonyms: list(f[6]), From: f[7], To: f[8]}
			if err := checkCode(c.Code); err != "" {
				return &LineError{name, ln, err}
			}
			if c.CAMEO != "" {
				if err := checkCode(c.CAMEO); err != "" {
					return &LineError{name, ln, "cameo: " + err}
				}
				if c.CAMEO == c.Code {
					return &LineError{name, ln, "cameo " + c.CAMEO + " is the same as code: leave it empty"}
				}
			}
			if c.Name == "" {
				return &LineError{name, ln, "empty name"}
			}
			if err := checkDates(c.From, c.To); err != "" {
				return &LineError{name, ln, err}
			}
			if seen["c"+c.Code] || k.country[c.Code] != nil {
				return &LineError{name, ln, "duplicate country code " + c.Code}
			}
			seen["c"+c.Code] = true
			countries = append(countries, c)
		case cols[0] == "code":
			o := &Org{Code: f[0], Kind: f[1], Name: f[2], Variants: list(f[3]), Country: f[4]}
			if !orgCodeRe.MatchString(o.Code) {
				return &LineError{name, ln, fmt.Sprintf("bad organisation code %q: want 2-16 upper-case letters or digits", o.Code)}
			}
			if o.Name == "" {
				return &LineError{name, ln, "empty name"}
			}
			if !orgKinds[o.Kind] {
				return &LineError{name, ln, fmt.Sprintf("unknown organisation kind %q", o.Kind)}
			}
			if o.Country != "" {
				if err := checkCode(o.Country); err != "" {
					return &LineError{name, ln, "country: " + err}
				}
			}
			for _, m := range list(f[5]) {
				ms, err := parseMember(m)
				if err != "" {
					return &LineError{name, ln, err}
				}
				o.Members = append(o.Members, ms)
			}
			if seen["o"+o.Code] || k.org[o.Code] != nil {
				return &LineError{name, ln, "duplicate organisation code " + o.Code}
			}
			seen["o"+o.Code] = true
			orgs = append(orgs, o)
		default: // people
			id := f[0]
			if id == "" || f[1] == "" {
				return &LineError{name, ln, "empty id or name"}
			}
			if err := checkDates(f[6], f[7]); err != "" {
				return &LineError{name, ln, err}
			}
			p := newPeople[id]
			if p == nil {
				if old := k.person[id]; old != nil {
					if old.Name != f[1] {
						return &LineError{name, ln, fmt.Sprintf("person %s named %q here and %q before", id, f[1], old.Name)}
					}
					// A later file adds to a known person: copy, never modify,
					// so that clones and half-failed loads stay intact.
					cp := *old
					cp.Variants = append([]string(nil), old.Variants...)
					cp.Terms = append([]Term(nil), old.Terms...)
					p = &cp
				} else {
					p = &Person{ID: id, Name: f[1]}
				}
				newPeople[id] = p
				people = append(people, p)
			} else if p.Name != f[1] {
				return &LineError{name, ln, fmt.Sprintf("person %s named %q here and %q before", id, f[1], p.Name)}
			}
			p.Variants = appendNew(p.Variants, list(f[2])...)
			if f[3] != "" || f[4] != "" || f[6] != "" {
				t := Term{Country: f[3], Role: f[4], Org: f[5], From: f[6], To: f[7]}
				for _, o := range p.Terms {
					if o == t {
						return &LineError{name, ln, "duplicate term for " + id}
					}
				}
				p.Terms = append(p.Terms, t)
			}
		}
	}
	k.add(countries, orgs, people)
	return nil
}

// add inserts new records or replaces records with the same key.
func (k *KB) add(countries []*Country, orgs []*Org, people []*Person) {
	for _, c := range countries {
		if old := k.country[c.Code]; old != nil {
			replace(k.Countries, old, c)
		} else {
			k.Countries = append(k.Countries, c)
		}
		k.country[c.Code] = c
		if c.CAMEO != "" {
			k.cameo[c.CAMEO] = c
		}
	}
	for _, o := range orgs {
		if old := k.org[o.Code]; old != nil {
			replace(k.Orgs, old, o)
		} else {
			k.Orgs = append(k.Orgs, o)
		}
		k.org[o.Code] = o
	}
	for _, p := range people {
		if old := k.person[p.ID]; old != nil {
			replace(k.People, old, p)
		} else {
			k.People = append(k.People, p)
		}
		k.person[p.ID] = p
	}
}

func replace[T comparable](s []T, old, new T) {
	for i := range s {
		if s[i] == old {
			s[i] = new
			return
		}
	}
}

// splitLines splits data into lines without their "\n" or "\r\n".
func splitLines(data []byte) []string {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(data) == 0 {
		return nil
	}
	s := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := range s {
		s[i] = strings.TrimSuffix(s[i], "\r")
	}
	return s
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.TrimSpace(a[i]) != b[i] {
			return false
		}
	}
	return true
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func appendNew(dst []string, src ...string) []string {
	for _, s := range src {
		if !contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

func checkCode(c string) string {
	if len(c) < 2 || len(c) > 6 {
		return fmt.Sprintf("bad code %q: want 2-6 upper-case letters or digits", c)
	}
	for i := 0; i < len(c); i++ {
		if (c[i] < 'A' || c[i] > 'Z') && (c[i] < '0' || c[i] > '9') {
			return fmt.Sprintf("bad code %q: want 2-6 upper-case letters or digits", c)
		}
	}
	return ""
}

func checkDates(from, to string) string {
	for _, d := range []string{from, to} {
		if d != "" && !dateRe.MatchString(d) {
			return fmt.Sprintf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	if from != "" && to != "" && cmpDate(from, to) > 0 {
		return fmt.Sprintf("date %s after %s", from, to)
	}
	return ""
}

func parseMember(s string) (Membership, string) {
	code, dates, at := strings.Cut(s, "@")
	m := Membership{Country: code}
	if e := checkCode(code); e != "" {
		return m, "member: " + e
	}
	if at {
		m.From, m.To, _ = strings.Cut(dates, "/")
		if m.From == "" && m.To == "" {
			return m, "member " + code + ": empty dates after @"
		}
		if e := checkDates(m.From, m.To); e != "" {
			return m, "member " + code + ": " + e
		}
	}
	return m, ""
}
