package entity

import (
	"strings"

	"github.com/axis-news/axis/kb"
)

// kbIndex finds KB people by a one-word reference or a near spelling.
type kbIndex struct {
	surname map[string][]int32 // alias key → people
	first   map[string][]int32 // first word of a multi-word name → people
	keys    [][][]string       // person → folded names
	name    [][]string         // person → folded canonical name
	oneWord [][]string         // person → one-word variants ("Lula")
	rule    []string           // person → "kb:" + ID
	// head maps a surname to the KB people who headed a state, a
	// government or an IGO or were foreign ministers, and bear it as the
	// last word of a name ("trump", "merz", "erdogan"): a bare surname may
	// name such a person when one holds office at the document's date.
	// Built from the KB, not listed.
	head map[string][]int32
	// leaderRole and formerRole hold, for each role of a KB term, whether
	// it names a head of state or government and the role as a former one.
	leaderRole map[string]bool
	formerRole map[string]string
}

// headRank is the highest kb.Rank of a role that earns a person a bare
// surname alias: heads of state and government and foreign ministers.
const headRank = 4

func buildKBIndex(k *kb.KB, lx *lexicon, m *matcher) *kbIndex {
	x := &kbIndex{surname: map[string][]int32{}, first: map[string][]int32{}, keys: make([][][]string, len(k.People)),
		name: make([][]string, len(k.People)), oneWord: make([][]string, len(k.People)), rule: make([]string, len(k.People)),
		head: map[string][]int32{}, leaderRole: map[string]bool{}, formerRole: map[string]string{}}
	for _, p := range k.People {
		for _, t := range p.Terms {
			if _, ok := x.formerRole[t.Role]; !ok {
				x.leaderRole[t.Role] = lx.isLeader(t.Role)
				x.formerRole[t.Role] = "former " + t.Role
			}
		}
	}
	for i, p := range k.People {
		ref := int32(i)
		head := false
		for _, t := range p.Terms {
			if r := kb.Rank(t.Role); r <= headRank && r != 3 {
				head = true
			}
		}
		x.name[i] = foldPhrase(p.Name)
		x.rule[i] = "kb:" + p.ID
		for _, v := range p.Variants {
			if ks := foldPhrase(v); len(ks) == 1 {
				x.oneWord[i] = append(x.oneWord[i], ks[0])
			}
		}
		for _, n := range append([]string{p.Name}, p.Variants...) {
			ks := foldPhrase(n)
			for len(ks) > 1 && lx.role[ks[0]] >= roleTitle {
				ks = ks[1:] // "President Xi"
			}
			// a monarch's "Abdullah II of Jordan" is referred to as "Abdullah"
			core := ks
			for i, w := range core {
				if w == "of" && i > 0 {
					core = core[:i]
					break
				}
			}
			for len(core) > 1 && nameSuffixes[core[len(core)-1]] {
				core = core[:len(core)-1]
			}
			if len(core) == 1 && len(ks) > 1 {
				x.surname[core[0]] = appendRef(x.surname[core[0]], ref)
			}
			if head && len(core) > 1 && bareSurname(core[len(core)-1], lx, m) && !hyphenEnd(n) {
				w := core[len(core)-1]
				x.head[w] = appendRef(x.head[w], ref)
			}
			if len(ks) < 2 {
				continue
			}
			x.keys[i] = append(x.keys[i], ks)
			x.first[ks[0]] = appendRef(x.first[ks[0]], ref)
			for _, a := range lx.aliasKeys(ks) {
				x.surname[a] = appendRef(x.surname[a], ref)
			}
		}
	}
	return x
}

// bareSurname reports whether word w may stand alone for a person: long
// enough, no given name, stop word or role word, and no name of a
// country, organisation or place by itself ("Jordan", "Chad", "Wagner").
func bareSurname(w string, lx *lexicon, m *matcher) bool {
	if len(w) < 3 || lx.given[w] || lx.stop[w] || lx.common[w] || lx.role[w] != roleNone || particles[w] || nameSuffixes[w] {
		return false
	}
	if id, ok := m.vocab[w]; ok {
		for _, e := range m.term[m.edges[uint64(id)]] {
			if e.kind != gPerson {
				return false
			}
		}
	}
	return true
}

// hyphenEnd reports whether name ends in a hyphenated word ("Ban Ki-moon",
// "Moon Jae-in"): a given name written after the family name, never used
// alone for the person.
func hyphenEnd(name string) bool {
	ts, _ := tokenize(name)
	return len(ts) > 1 && ts[len(ts)-1].joined
}

func appendRef(rs []int32, r int32) []int32 {
	if containsRef(rs, r) {
		return rs
	}
	return append(rs, r)
}

// surnameKB returns the KB person a titled one-word reference names
// ("Ambassador Huang", "President Trump", "Mr Biden"): the only one with
// that name word in office at the date whose role and state fit the
// context, or among several the only one whose state the document names
// (inDoc), else the only head of state or government; failing
// that, the only head or foreign minister of that surname whose term fits
// the title and ended or begins near the date ("Chancellor Merz" months
// before he took office), or after an honorific the only head of state or
// government who left office within the year ("Mr Biden" weeks after);
// else -1.
func (s *Stage) surnameKB(key string, cx nameContext, date string, inDoc func(country string) bool) int32 {
	titles := foldPhrase(cx.role)
	fits := func(t *kb.Term) bool {
		if cx.country != "" && t.Country != cx.country {
			return false
		}
		if len(titles) == 0 {
			return true
		}
		role := strings.ToLower(t.Role)
		for _, w := range titles {
			if s.lx.role[w] >= roleTitle && strings.Contains(role, w) {
				return true
			}
		}
		return false
	}
	found, heads, nHeads := int32(-1), int32(-1), 0
	named, nNamed := int32(-1), 0
	for _, c := range s.kbx.surname[key] {
		t := s.kb.People[c].TermAt(date)
		if t == nil || !inForce(t, date) || !fits(t) {
			continue
		}
		if kb.Rank(t.Role) <= 2 {
			heads = c
			nHeads++
		}
		if inDoc != nil && inDoc(t.Country) {
			named = c
			nNamed++
		}
		if found >= 0 {
			found = -2
			continue
		}
		found = c
	}
	switch {
	case found >= 0:
		return found
	case found == -2 && nNamed == 1:
		return named // the one whose state the document names
	case found == -2 && nHeads == 1:
		return heads
	case found == -2:
		return -1
	}
	// nobody in office: a head or foreign minister near the date, with a
	// title that fits the term; a head of state or government who left
	// office within the year, after an honorific
	found = -1
	for _, c := range s.kbx.head[key] {
		p := s.kb.People[c]
		near := false
		for i := range p.Terms {
			t := &p.Terms[i]
			switch {
			case !fits(t):
			case len(titles) > 0 && kb.Rank(t.Role) <= headRank && nearTerm(t, date):
				near = true
			case len(titles) == 0 && kb.Rank(t.Role) <= 2 && t.To != "" && cmpPrefix(t.To, date) < 0 && monthsBetween(t.To, date) <= 12:
				near = true
			}
		}
		if !near {
			continue
		}
		if found >= 0 && found != c {
			return -1
		}
		found = c
	}
	return found
}

// headAt returns the KB person a bare surname names at date ("Trump said"):
// the only head of state or government or foreign minister of that surname
// in office, when nobody else the KB knows by that name is in office too
// (among several, the only one whose state inDoc reports the document
// names); else the only head of state or government whose term ended in
// the year before the date; -1 when there is none or the surname stays
// ambiguous ("Harris" in 2024: a prime minister of Ireland and a vice
// president of the United States).
func (s *Stage) headAt(key, date string, inDoc func(country string) bool) int32 {
	heads := s.kbx.head[key]
	if heads == nil {
		return -1
	}
	found, nFound := int32(-1), 0
	named, nNamed := int32(-1), 0
	former, nFormer := int32(-1), 0
	visit := func(c int32, head bool) {
		t := s.kb.People[c].TermAt(date)
		switch {
		case t == nil:
		case inForce(t, date):
			nFound++
			if head {
				found = c
			}
			if inDoc(t.Country) {
				nNamed++
				if head {
					named = c
				} else {
					named = -1
				}
			}
		case head && kb.Rank(t.Role) <= 2 && monthsBetween(t.To, date) <= 12:
			former = c
			nFormer++
		}
	}
	for _, c := range heads {
		visit(c, true)
	}
	for _, c := range s.kbx.surname[key] {
		if !containsRef(heads, c) {
			visit(c, false)
		}
	}
	switch {
	case nFound == 1 && found >= 0:
		return found
	case nFound > 1 && nNamed == 1 && named >= 0:
		return named
	case nFound == 0 && nFormer == 1:
		return former
	}
	return -1
}

// nearTerm reports whether term t is in force at date, ended at most five
// years before it or begins at most two years after it.
func nearTerm(t *kb.Term, date string) bool {
	if inForce(t, date) {
		return true
	}
	if t.To != "" && cmpPrefix(t.To, date) < 0 {
		return monthsBetween(t.To, date) <= 60
	}
	return t.From != "" && monthsBetween(date, t.From) <= 24
}

// monthsBetween returns the months from date a to the later date b
// (YYYY[-MM[-DD]]; "" is today, taken as far in the future).
func monthsBetween(a, b string) int {
	if a == "" {
		return 1 << 20
	}
	if b == "" {
		return 1 << 20
	}
	ya, ma := yearMonth(a)
	yb, mb := yearMonth(b)
	return (yb-ya)*12 + mb - ma
}

func yearMonth(d string) (int, int) {
	y, m := 0, 6
	for i := 0; i < 4 && i < len(d); i++ {
		y = y*10 + int(d[i]-'0')
	}
	if len(d) >= 7 {
		m = int(d[5]-'0')*10 + int(d[6]-'0')
	}
	return y, m
}

// fuzzyKB returns the KB person whose name differs from keys in one letter
// of one long word ("Daglo" / "Dagalo", "Kabashi" / "Kabbashi"), or -1.
func (s *Stage) fuzzyKB(keys []string) int32 {
	if len(keys) < 2 {
		return -1
	}
	found := int32(-1)
	for _, c := range s.kbx.first[keys[0]] {
		for _, ks := range s.kbx.keys[c] {
			if len(ks) != len(keys) {
				continue
			}
			diff := 0
			for i := range ks {
				if ks[i] != keys[i] {
					if !oneEdit(ks[i], keys[i]) {
						diff = 2
						break
					}
					diff++
				}
			}
			if diff == 1 {
				if found >= 0 && found != c {
					return -1
				}
				found = c
			}
		}
	}
	return found
}

// oneEdit reports whether words a and b of five letters or more differ by
// one insertion, deletion or substitution.
func oneEdit(a, b string) bool {
	if min(len(a), len(b)) < 5 || a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
