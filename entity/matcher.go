package entity

import (
	"strings"

	"github.com/axis-news/axis/kb"
)

// Kinds of gazetteer entries.
const (
	gCountry   uint8 = iota + 1 // a state's name or variant: "Russia", "DPRK"
	gAdjective                  // a demonym or adjective: "Russian", "North Koreans"
	gCapital                    // a capital: "Moscow" (metonym or place by context)
	gMetonym                    // a seat of power: "the Kremlin"
	gOrg                        // an organisation: "NATO", "United Nations"
	gPerson                     // a person's full name or variant: "Vladimir Putin"
	gPlace                      // a place of entity/data/places.txt
)

// entry is one name of the gazetteer.
type entry struct {
	kind   uint8
	ref    int32   // index into KB.Countries, KB.Orgs, KB.People or lexicon.places
	shapes []uint8 // the shape each token of the name needs
	poss   uint32  // possMask of the name
	single bool    // a one-word name
	acro   bool    // an acronym of 4+ letters that also matches in Title case ("Nato")
}

// matcher is a trie over folded token keys, compiled once from the
// knowledge base and the places file. Matching is leftmost-longest over
// tokens, so word boundaries come for free.
type matcher struct {
	vocab map[string]int32 // token key → word id
	edges map[uint64]int32 // node<<32 | word id → child node
	term  [][]entry        // node → names ending there
	nodes int32
	// root maps a word id to the node after it from the root, or 0: the
	// first step of every match without a map look-up.
	root []int32
}

func newMatcher() *matcher {
	return &matcher{vocab: map[string]int32{}, edges: map[uint64]int32{}, term: [][]entry{nil}, nodes: 1}
}

// add inserts a name. Leading articles are dropped ("the Kremlin").
func (m *matcher) add(name string, kind uint8, ref int32) {
	ts, arena := tokenize(name)
	keys := tokenKeys(ts, name, arena)
	for len(ts) > 1 && keys[0] == "the" {
		ts, keys = ts[1:], keys[1:]
	}
	if len(ts) == 0 {
		return
	}
	node := int32(0)
	shapes := make([]uint8, len(ts))
	acro := false
	for i, t := range ts {
		id, ok := m.vocab[keys[i]]
		if !ok {
			id = int32(len(m.vocab))
			m.vocab[keys[i]] = id
		}
		k := uint64(node)<<32 | uint64(id)
		next, ok := m.edges[k]
		if !ok {
			next = m.nodes
			m.nodes++
			m.edges[k] = next
			m.term = append(m.term, nil)
		}
		node = next
		shapes[i] = t.shape
		if t.shape == shapeUpper && len(keys[i]) >= 4 && !strings.Contains(name, ".") {
			shapes[i] = shapeCap // "Nato" for "NATO"
			acro = true
		}
	}
	poss := possMask(ts)
	for _, e := range m.term[node] {
		if e.kind == kind && e.ref == ref && e.poss == poss && equalShapes(e.shapes, shapes) {
			return
		}
	}
	m.term[node] = append(m.term[node], entry{kind: kind, ref: ref, shapes: shapes, poss: poss, single: len(ts) == 1, acro: acro})
}

func equalShapes(a, b []uint8) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// vidUnknown marks a token not annotated yet (see Stage.annotate).
const vidUnknown = -2

// fits reports whether text token t has the capitalisation pattern shape p
// asks for: an acronym needs upper case ("US", not "us"); a capitalised word
// needs a capital or follows a hyphen ("Jong-un"); other words match in any
// case.
func fits(p uint8, t *tok) bool {
	switch p {
	case shapeUpper:
		return t.shape == shapeUpper
	case shapeCap:
		return t.shape == shapeCap || t.shape == shapeUpper || t.joined && t.shape == shapeLower
	}
	return true
}

// hit is a gazetteer match over tokens [i, j).
type hit struct {
	i, j    int
	entries []entry
}

// match appends the leftmost-longest matches of the gazetteer in toks. With
// titles, a name that opens with a title ("President Xi") yields to a
// longer name starting after the title ("Xi Jinping"); the tokens must be
// annotated then (role classes in their flags).
//
// starts lists the tokens some name starts with (flag fStart): the
// others are skipped without a look.
func (m *matcher) match(dst []hit, toks []tok, starts []int32, titles bool) []hit {
	isTitle := func(t *tok) bool { return titles && t.roleClass() >= roleTitle }
	next := 0 // the end of the last hit
	for _, s := range starts {
		i := int(s)
		if i < next {
			continue
		}
		j, es := m.longestAt(toks, i)
		if j < 0 {
			continue
		}
		if isTitle(&toks[i]) {
			for p := i + 1; p < j && isTitle(&toks[p-1]); p++ {
				if j2, es2 := m.longestAt(toks, p); j2 > j {
					i, j, es = p, j2, es2
					break
				}
			}
		}
		dst = append(dst, hit{i: i, j: j, entries: es})
		next = j
	}
	return dst
}

// longestAt returns the end of the longest name starting at token i of
// annotated tokens and its entries, or -1.
func (m *matcher) longestAt(toks []tok, i int) (int, []entry) {
	id := toks[i].vid
	if id < 0 {
		return -1, nil
	}
	var node int32
	if m.root != nil {
		if node = m.root[id]; node == 0 {
			return -1, nil
		}
	} else {
		n, ok := m.edges[uint64(id)]
		if !ok {
			return -1, nil
		}
		node = n
	}
	bestJ := -1
	var best []entry
	j := i + 1
	for {
		if es := m.term[node]; es != nil {
			pm := possMask(toks[i:j])
			nfit := 0
			for _, e := range es {
				if e.poss == pm && shapesFit(e.shapes, toks[i:j]) {
					nfit++
				}
			}
			switch {
			case nfit == len(es):
				bestJ, best = j, es
			case nfit > 0:
				fit := make([]entry, 0, nfit)
				for _, e := range es {
					if e.poss == pm && shapesFit(e.shapes, toks[i:j]) {
						fit = append(fit, e)
					}
				}
				bestJ, best = j, fit
			}
		}
		if j >= len(toks) || toks[j].sent != toks[i].sent {
			break
		}
		id := toks[j].vid
		if id < 0 {
			break
		}
		next, found := m.edges[uint64(node)<<32|uint64(id)]
		if !found {
			break
		}
		node = next
		j++
	}
	return bestJ, best
}

// possMask has bit k set when word k of ts (but the last) ends in a
// possessive: "People's Republic of China". A name matches only text with
// the same inner possessives.
func possMask(ts []tok) uint32 {
	var mask uint32
	for k := 0; k < len(ts)-1 && k < 32; k++ {
		if ts[k].poss {
			mask |= 1 << k
		}
	}
	return mask
}

func shapesFit(shapes []uint8, ts []tok) bool {
	for k, p := range shapes {
		if !fits(p, &ts[k]) {
			return false
		}
	}
	return true
}

// build compiles the names of k and the places of lx.
func buildMatcher(k *kb.KB, lx *lexicon) *matcher {
	m := newMatcher()
	for i, c := range k.Countries {
		r := int32(i)
		m.add(c.Name, gCountry, r)
		for _, v := range c.Variants {
			m.add(v, gCountry, r)
		}
		for _, a := range c.Adjectives {
			m.add(a, gAdjective, r)
		}
		if c.Capital != "" {
			m.add(c.Capital, gCapital, r)
		}
		capKey := strings.Join(foldPhrase(c.Capital), " ")
		for _, v := range c.Metonyms {
			if v == c.Capital {
				continue
			}
			if c.Capital != "" && strings.Join(foldPhrase(v), " ") == capKey {
				m.add(v, gCapital, r) // "Bogota" for Bogotá: the city, a place by context
				continue
			}
			m.add(v, gMetonym, r)
		}
	}
	for i, o := range k.Orgs {
		m.add(o.Name, gOrg, int32(i))
		for _, v := range o.Variants {
			m.add(v, gOrg, int32(i))
		}
	}
	for i, p := range k.People {
		m.add(p.Name, gPerson, int32(i))
		for _, v := range p.Variants {
			m.add(v, gPerson, int32(i))
		}
	}
	for i, p := range lx.places {
		m.add(p.name, gPlace, int32(i))
	}
	m.root = make([]int32, len(m.vocab))
	for id := range m.root {
		m.root[id] = m.edges[uint64(id)] // node 0 is the root: never a child
	}
	return m
}
