package event

import (
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
//   - the state's own forces and people: "police", "security forces", "the
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
	var added []actor
	type count struct {
		code string
		n    int
		last int
	}
	var counts []count
	mi := 0        // next mention
	var igo *actor // the last intergovernmental organisation
	var orgs []*actor
	for i, t := range d.Tokens {
		for mi < len(c.mention) && c.mention[mi].start < t.Start {
			m := &c.mention[mi]
			switch m.ent.Kind {
			case axis.EntityCountry, axis.EntityLocation:
				k := 0
				for k < len(counts) && counts[k].code != m.code {
					k++
				}
				if k == len(counts) {
					counts = append(counts, count{code: m.code})
				}
				counts[k].n++
				counts[k].last = mi
			case axis.EntityOrganization:
				if c.st.kb != nil {
					if o := c.st.kb.Org(m.ent.Code); o != nil && o.Kind == "igo" {
						igo = m
					}
				}
				orgs = append(orgs, m)
			}
			mi++
		}
		if mi < len(c.mention) && c.mention[mi].start < t.End || mi > 0 && c.mention[mi-1].end > t.Start {
			continue // inside a name
		}
		w := d.Text[t.Start:t.End]
		if len(w) < 4 || len(w) > 13 || w[0] < 'A' || w[0] > 'z' {
			continue
		}
		low := w
		if w[0] <= 'Z' {
			low = strings.ToLower(w)
		}
		prev := ""
		if i > 0 {
			p := d.Tokens[i-1]
			prev = strings.ToLower(d.Text[p.Start:p.End])
			modified := domesticNouns[low] != "" && domesticNouns[low] != "the" && i > 1
			if prev == "'s" || prev == "’s" || c.endsMention(mi, p) || modified && c.endsMention(mi, d.Tokens[i-2]) {
				continue // "Georgian police", "Russia's military", "Myanmar security forces"
			}
		}
		if want, ok := orgNouns[low]; ok && prev == "the" {
			var a *actor
			if want == "" {
				a = igo
			} else {
				for k := len(orgs) - 1; k >= 0; k-- {
					if strings.Contains(strings.ToLower(orgs[k].ent.Name), want) {
						a = orgs[k]
						break
					}
				}
			}
			if a != nil {
				n := *a
				n.start, n.end = t.Start, t.End
				added = append(added, n)
			}
			continue
		}
		if want, ok := domesticNouns[low]; ok && (want == "" || prev == want) && len(counts) > 0 {
			best := 0
			for k := range counts {
				if counts[k].n > counts[best].n || counts[k].n == counts[best].n && counts[k].last > counts[best].last {
					best = k
				}
			}
			start := t.Start
			if want != "" && want != "the" {
				start = d.Tokens[i-1].Start
			}
			added = append(added, actor{ent: domesticEntity(low, counts[best].code), start: start, end: t.End,
				code: counts[best].code, domestic: true})
		}
	}
	if len(added) > 0 {
		c.mention = append(c.mention, added...)
		c.sortMentions()
	}
}

// endsMention reports whether token t is the last of the mention before
// mention mi.
func (c *coder) endsMention(mi int, t axis.Token) bool {
	return mi > 0 && c.mention[mi-1].end > t.Start && c.mention[mi-1].end <= t.End+1
}
