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
}

func buildKBIndex(k *kb.KB, lx *lexicon) *kbIndex {
	x := &kbIndex{surname: map[string][]int32{}, first: map[string][]int32{}, keys: make([][][]string, len(k.People)),
		name: make([][]string, len(k.People)), oneWord: make([][]string, len(k.People)), rule: make([]string, len(k.People))}
	for i, p := range k.People {
		ref := int32(i)
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

func appendRef(rs []int32, r int32) []int32 {
	if containsRef(rs, r) {
		return rs
	}
	return append(rs, r)
}

// surnameKB returns the KB person a titled one-word reference names
// ("Ambassador Huang"): the only one with that name word in office at the
// date whose role fits the title, or -1.
func (s *Stage) surnameKB(key string, cx nameContext, date string) int32 {
	found := int32(-1)
	titles := foldPhrase(cx.role)
	for _, c := range s.kbx.surname[key] {
		p := s.kb.People[c]
		t := p.TermAt(date)
		if t == nil || !inForce(t, date) {
			continue
		}
		if cx.country != "" && t.Country != cx.country {
			continue
		}
		if len(titles) > 0 {
			role := strings.ToLower(t.Role)
			ok := false
			for _, w := range titles {
				if s.lx.role[w] >= roleTitle && strings.Contains(role, w) {
					ok = true
				}
			}
			if !ok {
				continue
			}
		}
		if found >= 0 {
			return -1
		}
		found = c
	}
	return found
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
