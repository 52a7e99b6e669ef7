package kb

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// KB is a loaded knowledge base. It is immutable once built and safe for
// concurrent use.
type KB struct {
	Countries []*Country
	Orgs      []*Org
	People    []*Person

	country map[string]*Country
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
	return &KB{country: map[string]*Country{}, org: map[string]*Org{}, person: map[string]*Person{}}
}

// LoadFS loads every *.tsv file of dir in fsys into a new knowledge base.
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
func (k *KB) Clone() *KB {
	c := New()
	c.Countries = append(c.Countries, k.Countries...)
	c.Orgs = append(c.Orgs, k.Orgs...)
	c.People = append(c.People, k.People...)
	for key, v := range k.country {
		c.country[key] = v
	}
	for key, v := range k.org {
		c.org[key] = v
	}
	for key, v := range k.person {
		c.person[key] = v
	}
	return c
}

// LoadFile adds the records of a user's file, chosen by its header.
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

// Org returns the organisation with the given code, or nil.
func (k *KB) Org(code string) *Org { return k.org[code] }

// Person returns the person with the given id, or nil.
func (k *KB) Person(id string) *Person { return k.person[id] }

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
	dateRe      = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	orgKinds    = map[string]bool{"igo": true, "gov": true, "military": true, "media": true, "university": true,
		"thinktank": true, "party": true, "company": true, "group": true, "court": true}
)

// Load reads one data file (name is used in errors). The kind of records is
// chosen by the header line. Either every record of the file is added or, on
// the first malformed line, none is.
func (k *KB) Load(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var (
		cols      []string
		countries []*Country
		orgs      []*Org
		people    []*Person
		ln        int
	)
	seen := map[string]bool{}
	newPeople := map[string]*Person{}
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if cols == nil {
			switch {
			case equal(f, countryCols), equal(f, orgCols), equal(f, personCols):
				cols = f
			case looksTABARI(line):
				return k.loadTABARI(name, io.MultiReader(strings.NewReader(line+"\n"), rest(sc)), ln)
			default:
				return &LineError{name, ln, "header must be one of: " + strings.Join(countryCols, " ") + " | " +
					strings.Join(orgCols, " ") + " | " + strings.Join(personCols, " ") + " (tab-separated)"}
			}
			continue
		}
		if len(f) != len(cols) {
			return &LineError{name, ln, fmt.Sprintf("%d fields, want %d (%s)", len(f), len(cols), strings.Join(cols, " "))}
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		switch cols[0] {
		case "code":
			if len(cols) == len(countryCols) {
				c := &Country{Code: f[0], CAMEO: f[1], Name: f[2], Variants: list(f[3]), Adjectives: list(f[4]),
					Capital: f[5], Metonyms: list(f[6]), From: f[7], To: f[8]}
				if err := checkCode(c.Code); err != "" {
					return &LineError{name, ln, err}
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
			} else {
				o := &Org{Code: f[0], Kind: f[1], Name: f[2], Variants: list(f[3]), Country: f[4]}
				if o.Code == "" || o.Name == "" {
					return &LineError{name, ln, "empty code or name"}
				}
				if !orgKinds[o.Kind] {
					return &LineError{name, ln, "unknown organisation kind " + fmt.Sprintf("%q", o.Kind)}
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
			}
		case "id":
			id := f[0]
			if id == "" || f[1] == "" {
				return &LineError{name, ln, "empty id or name"}
			}
			if err := checkDates(f[6], f[7]); err != "" {
				return &LineError{name, ln, err}
			}
			if k.person[id] != nil {
				return &LineError{name, ln, "duplicate person id " + id + " (already loaded)"}
			}
			p := newPeople[id]
			if p == nil {
				p = &Person{ID: id, Name: f[1]}
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
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if cols == nil {
		return &LineError{name, ln, "no header line"}
	}
	k.add(countries, orgs, people)
	return nil
}

func (k *KB) add(countries []*Country, orgs []*Org, people []*Person) {
	for _, c := range countries {
		k.country[c.Code] = c
		k.Countries = append(k.Countries, c)
	}
	for _, o := range orgs {
		k.org[o.Code] = o
		k.Orgs = append(k.Orgs, o)
	}
	for _, p := range people {
		k.person[p.ID] = p
		k.People = append(k.People, p)
	}
}

func rest(sc *bufio.Scanner) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		for sc.Scan() {
			if _, err := pw.Write(append(sc.Bytes(), '\n')); err != nil {
				return
			}
		}
		pw.CloseWithError(sc.Err())
	}()
	return pr
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

func appendNew(dst []string, src ...string) []string {
	for _, s := range src {
		dup := false
		for _, d := range dst {
			if d == s {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, s)
		}
	}
	return dst
}

func checkCode(c string) string {
	if len(c) < 2 || len(c) > 6 || strings.ToUpper(c) != c {
		return fmt.Sprintf("bad code %q: want 2-6 upper-case letters", c)
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
	code, dates, _ := strings.Cut(s, "@")
	m := Membership{Country: code}
	if e := checkCode(code); e != "" {
		return m, "member: " + e
	}
	if dates != "" {
		m.From, m.To, _ = strings.Cut(dates, "/")
		if e := checkDates(m.From, m.To); e != "" {
			return m, "member " + code + ": " + e
		}
	}
	return m, ""
}
