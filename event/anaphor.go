package event

import (
	"sort"
	"strings"

	"github.com/axis-news/axis"
)

// Actors named by a common noun rather than a name:
//
//   - a definite description of an organisation named before: "the bloc"
//     and "the alliance" are the last intergovernmental organisation
//     mentioned, "the court", "the agency", "the council" the last
//     organisation whose name has that word ("the International Criminal
//     Court");
//   - the state's own forces and people (an ethnic name does not change
//     whose people they are: "Serbian demonstrators" in a Kosovo town are
//     XKX): "police", "security forces", "the
//     junta", "protesters", "the opposition" stand for the state the
//     article is about (the country mentioned most so far, the latest on a
//     tie). Such domestic actors may act on their own state ("police
//     dispersed the protesters": GEO COERCE GEO).
//
// A noun right after an actor's name ("Georgian police", "Russia's
// military") is part of that actor's phrase and is left alone.

// orgNouns: the word a definite description shares with the name of the
// organisation it stands for; "" matches any intergovernmental
// organisation.
var orgNouns = map[string]string{
	"bloc": "", "alliance": "", "grouping": "", "organisation": "", "organization": "",
	"court": "court", "tribunal": "tribunal", "agency": "agency", "watchdog": "watchdog", "council": "council",
	"commission": "commission", "fund": "fund", "bank": "bank",
}

// domesticNouns: the state's forces, government and people. The value is
// the word that must precede it ("forces" only as "security forces"), or "".
var domesticNouns = map[string]string{
	"police": "", "policemen": "", "officers": "", "junta": "", "forces": "security", "generals": "",
	"leaders": "military", "protesters": "", "protestors": "", "demonstrators": "", "opposition": "",
	"crowds": "the", "crowd": "the", "activists": "", "dissidents": "",
}

// placedNouns are group nouns that stand for a state only where the text
// says which: "the army of Sudan", "officials in Washington" (in subject
// position: "deployed troops in Syria" are not Syria's). The domestic
// nouns take a place so too ("the junta in Niger", "police in Georgia"),
// before the state the article is about.
var placedNouns = toSet("army military troops soldiers generals government parliament lawmakers legislators authorities officials forces regime cabinet ministry students workers residents")

// subjectLead are the words after which a noun opens a clause's subject.
var subjectLead = toSet(", ; : — – ( and but that when while as after before because where since though although")

// domesticEntities are the synthetic entities of domestic actors, one per
// noun; they are not in Document.Entities (events name them with an empty
// entity ID).
func domesticEntity(noun, code string) *axis.Entity {
	return &axis.Entity{Kind: axis.EntityOrganization, Name: noun, Country: code}
}

// anaphors adds actor mentions for the common nouns of the document that
// stand for an actor. c.mention must be sorted; the result is too.
func (c *coder) anaphors() {
	d := c.d
	if len(d.Tokens) == 0 {
		return
	}
	added, counts, orgs := c.added[:0], c.counts[:0], c.orgs[:0]
	defer func() { c.added, c.counts, c.orgs = added, counts, orgs }()
	var buf [16]byte
	mi := 0   // next mention
	igo := -1 // the last intergovernmental organisation
	si := 0   // the sentence of token i
	// anchor is the state a placed group noun of the sentence belongs to
	// ("Police in Georgia arrested protesters": the protesters too)
	anchor, anchorSent := "", -1
	var named orgsNamed
	for i, t := range d.Tokens {
		// most words are no such noun: the state below is brought up to
		// date at the words that may be
		n := t.End - t.Start
		if n < 4 || n > len(buf) || nounLens[d.Text[t.Start]&31]&(1<<n) == 0 {
			continue
		}
		w := d.Text[t.Start:t.End]
		if !mayBeNoun(w) {
			continue
		}
		for si+1 < len(d.Sentences) && d.Sentences[si].EndToken <= i {
			si++
		}
		for mi < len(c.mention) && c.mention[mi].start < t.Start {
			m := &c.mention[mi]
			switch m.ent.Kind {
			case axis.EntityCountry, axis.EntityLocation:
				k := 0
				for k < len(counts) && counts[k].code != m.code {
					k++
				}
				if k == len(counts) {
					counts = append(counts, codeCount{code: m.code})
				}
				counts[k].n++
				counts[k].last = mi
			case axis.EntityOrganization:
				if m.igo {
					igo = mi
				}
				orgs = append(orgs, mi)
			}
			mi++
		}
		if mi < len(c.mention) && c.mention[mi].start < t.End || mi > 0 && c.mention[mi-1].end > t.Start {
			continue // inside a name
		}
		sentFirst := 0
		if si < len(d.Sentences) {
			sentFirst = d.Sentences[si].FirstToken
		}
		low := w
		if w[0] <= 'Z' {
			n := copy(buf[:], w)
			for k := 0; k < n; k++ {
				if b := buf[k]; b >= 'A' && b <= 'Z' {
					buf[k] = b + 'a' - 'A'
				}
			}
			if _, ok := nouns[string(buf[:n])]; !ok {
				continue
			}
			low = strings.ToLower(w)
		} else if _, ok := nouns[w]; !ok {
			continue
		}
		if describedNouns[low] {
			// "the South American country", "the Balkan nation": the
			// latest state named other than the actor just before
			if a, start := c.describedState(i, mi, sentFirst, counts); a >= 0 {
				n := c.mention[a]
				n.start, n.end = start, t.End
				added = append(added, n)
			}
			continue
		}
		prev := ""
		want, domestic := domesticNouns[low]
		if domestic && want == "" || placedNouns[low] {
			if i > sentFirst && pronounPossessive(c.lowerAt(i-1)) {
				continue // "his generals", "its troops": the possessor's own
			}
			if code := c.placedIn(i, mi, sentFirst); code != "" {
				added = append(added, actor{ent: domesticEntity(low, code), start: t.Start, end: t.End, code: code, domestic: true})
				anchor, anchorSent = code, si
				continue
			}
			if !domestic {
				continue // a placed noun without a place is no one in particular
			}
		}
		if i > 0 {
			p := d.Tokens[i-1]
			prev = strings.ToLower(d.Text[p.Start:p.End])
			modified := domesticNouns[low] != "" && domesticNouns[low] != "the" && i > 1
			if protestNouns[low] && c.endsMention(mi, p) && c.mention[mi-1].ent.Kind == axis.EntityCountry {
				// "Serbian demonstrators" in Kosovo are Kosovo's people, not Serbia
				if home := c.placeOf(t.Start); home != "" && home != c.mention[mi-1].code {
					c.mention[mi-1].code = "" // dropped below
					added = append(added, actor{ent: domesticEntity(low, home), start: c.mention[mi-1].start, end: t.End,
						code: home, domestic: true})
				}
				continue
			}
			if prev == "'s" || prev == "’s" || c.endsMention(mi, p) || modified && c.endsMention(mi, d.Tokens[i-2]) {
				continue // "Georgian police", "Russia's military", "Myanmar security forces"
			}
		}
		if want, ok := orgNouns[low]; ok && prev == "the" {
			a := -1
			if want == "" {
				a = igo
			} else {
				a = named.latest(c, orgs, want)
			}
			if a >= 0 {
				n := c.mention[a]
				n.start, n.end = t.Start, t.End
				added = append(added, n)
			}
			continue
		}
		if domestic && (want == "" || prev == want) && (len(counts) > 0 || anchorSent == si) {
			home := ""
			if anchorSent == si {
				home = anchor
			} else {
				home = homeCode(counts)
			}
			start := t.Start
			if want != "" && want != "the" {
				start = d.Tokens[i-1].Start
			}
			added = append(added, actor{ent: domesticEntity(low, home), start: start, end: t.End,
				code: home, domestic: true})
		}
	}
	if len(added) > 0 {
		out := c.mention[:0]
		for _, m := range c.mention {
			if m.code != "" {
				out = append(out, m)
			}
		}
		c.mention = out
		// merge the two sorted lists
		c.spare = c.spare[:0]
		i, j := 0, 0
		for i < len(c.mention) || j < len(added) {
			if j == len(added) || i < len(c.mention) && cmpOffset(&c.mention[i], &added[j]) <= 0 {
				c.spare = append(c.spare, c.mention[i])
				i++
			} else {
				c.spare = append(c.spare, added[j])
				j++
			}
		}
		c.mention, c.spare = c.spare, c.mention[:0]
		c.sortMentions()
	}
}

// orgsNamed remembers, for each word an organisation's name may have, the
// latest organisation found with it among those read so far, so that
// each organisation's name is read once a word.
type orgsNamed []orgNamed

type orgNamed struct {
	word  string
	found int // a mention, or -1
	read  int // the organisations read
}

// latest returns the latest of the organisation mentions orgs whose name
// has word, or -1.
func (o *orgsNamed) latest(c *coder, orgs []int, word string) int {
	i := 0
	for i < len(*o) && (*o)[i].word != word {
		i++
	}
	if i == len(*o) {
		*o = append(*o, orgNamed{word: word, found: -1})
	}
	e := &(*o)[i]
	for k := len(orgs) - 1; k >= e.read; k-- {
		if strings.Contains(strings.ToLower(c.mention[orgs[k]].ent.Name), word) {
			e.found = orgs[k]
			break
		}
	}
	e.read = len(orgs)
	return e.found
}

// protestNouns: people of a place, whatever their ethnic name.
var protestNouns = toSet("protesters protestors demonstrators crowds crowd")

// placeOf returns the state of a place (a location entity) named in the
// sentence at offset off, or "".
func (c *coder) placeOf(off int) string {
	ss := c.d.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if k == len(ss) {
		return ""
	}
	for i := c.mentionsFrom(ss[k].Start); i < len(c.mention) && c.mention[i].start < ss[k].End; i++ {
		m := &c.mention[i]
		if m.end <= ss[k].End && m.ent.Kind == axis.EntityLocation && m.code != "" {
			return m.code
		}
	}
	return ""
}

// homeCode is the state mentioned most, the latest on a tie.
func homeCode(counts []codeCount) string {
	best := -1
	for k := range counts {
		if best < 0 || counts[k].n > counts[best].n || counts[k].n == counts[best].n && counts[k].last > counts[best].last {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return counts[best].code
}

// describedNouns stand for a state when a capitalised region or people
// word describes them: "the South American country".
var describedNouns = toSet("country nation")

// describedState returns the mention of the state "the <Capitalised>
// country" at token i stands for (the latest state named before, other
// than the actor named last: "Trump threatened tariffs on the South
// American country" is Colombia), and the offset the description starts
// at; -1 if none.
func (c *coder) describedState(i, mi, sentFirst int, counts []codeCount) (int, int) {
	d := c.d
	k := i - 1
	for k > sentFirst && k >= i-2 && d.Text[d.Tokens[k].Start] >= 'A' && d.Text[d.Tokens[k].Start] <= 'Z' {
		k--
	}
	if k == i-1 || k <= sentFirst && k != sentFirst || c.lowerAt(k) != "the" {
		return -1, 0
	}
	start := d.Tokens[k+1].Start
	if mi > 0 && c.mention[mi-1].end > start {
		return -1, 0 // "the United States country": a name
	}
	last := ""
	if mi > 0 {
		last = c.mention[mi-1].code
	}
	best := -1
	for j := range counts {
		if counts[j].code != last && counts[j].code != "" && (best < 0 || counts[j].last > counts[best].last) {
			best = j
		}
	}
	if best < 0 || c.mention[counts[best].last].ent.Kind != axis.EntityCountry {
		return -1, 0
	}
	return counts[best].last, start
}

// codeCount counts the mentions of a state.
type codeCount struct {
	code string
	n    int
	last int
}

// nouns are the keys of orgNouns, domesticNouns and placedNouns;
// nounBits the bits of their nounHash, and nounLens the lengths of the
// nouns by the low five bits of their first letter (the same in either
// case): quick filters.
var nouns, nounBits, nounLens = func() (map[string]bool, [nounHashSize / 64]uint64, [32]uint32) {
	m := map[string]bool{}
	var f [nounHashSize / 64]uint64
	var l [32]uint32
	add := func(w string) {
		m[w] = true
		h := nounHash(w)
		f[h/64] |= 1 << (h % 64)
		l[w[0]&31] |= 1 << len(w)
	}
	for _, l := range []map[string]string{orgNouns, domesticNouns} {
		for w := range l {
			add(w)
		}
	}
	for w := range placedNouns {
		add(w)
	}
	for w := range describedNouns {
		add(w)
	}
	return m, f, l
}()

// nounHashSize is the number of nounHash values.
const nounHashSize = 1 << 12

// nounHash hashes the length and the first two and last bytes of w
// (len(w) >= 2), ASCII letters folded to lower case.
func nounHash(w string) uint32 {
	h := uint32(w[0]|0x20)*961 + uint32(w[1]|0x20)*31 + uint32(w[len(w)-1]|0x20)
	return (h*31 + uint32(len(w))) % nounHashSize
}

// mayBeNoun reports whether w may be one of the nouns, in any case.
func mayBeNoun(w string) bool {
	h := nounHash(w)
	return nounBits[h/64]&(1<<(h%64)) != 0
}

// endsMention reports whether token t is the last of the mention before
// mention mi.
func (c *coder) endsMention(mi int, t axis.Token) bool {
	return mi > 0 && c.mention[mi-1].end > t.Start && c.mention[mi-1].end <= t.End+1
}

// lowerAt returns the lower-case text of document token i.
func (c *coder) lowerAt(i int) string {
	t := c.d.Tokens[i]
	w := c.d.Text[t.Start:t.End]
	for k := 0; k < len(w); k++ {
		if b := w[k]; b >= 'A' && b <= 'Z' || b >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// placedIn returns the state a group noun at document token i belongs to
// by the place named after it: "the army of Sudan", "the junta in Niger",
// "Police in Georgia" ("in" only where the noun opens a subject: troops
// deployed in Syria are not Syria's). mi is the first mention after the
// noun, first the first token of its sentence; "" when none.
func (c *coder) placedIn(i, mi, first int) string {
	d := c.d
	if i+2 >= len(d.Tokens) || mi >= len(c.mention) {
		return ""
	}
	prep := c.lowerAt(i + 1)
	if prep != "in" && prep != "of" {
		return ""
	}
	j := i + 2
	if c.lowerAt(j) == "the" && j+1 < len(d.Tokens) {
		j++
	}
	m := &c.mention[mi]
	if m.start != d.Tokens[j].Start || m.code == "" {
		return ""
	}
	if prep == "in" {
		k := i - 1
		if k >= first && c.lowerAt(k) == "the" {
			k--
		}
		if k >= first && !subjectLead[c.lowerAt(k)] {
			return ""
		}
	}
	return m.code
}
