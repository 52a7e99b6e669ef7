package event

import (
	"fmt"
	"strings"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/kb"
)

// Treaties are found in three ways:
//   - the agreement an event signs ("signed a mutual defence agreement
//     with") is the article's current agreement, with the event's actors as
//     parties and its date;
//   - named agreements are runs of capitalised words around a head word
//     ("the Treaty of Friendship, Cooperation and Mutual Assistance"),
//     dated by a date in their sentence;
//   - a relation verb between the current agreement (or a reference to it:
//     "the latest deal", "its contents") and a named one links them:
//     replaces, echoes (echo, mirror, resemble), amends.
//
// Parties of a named treaty "that the two countries signed" are the
// current agreement's, each resolved to the state that existed at the
// treaty's date: a historical state (with dates in the knowledge base)
// mentioned in the sentence and sharing the party's capital stands for it
// ("signed in 1961 when Russia was the dominant power in the Soviet Union":
// SUN).

var treatyHeads = toSet("treaty agreement pact accord convention charter protocol partnership memorandum deal declaration")

var treatyJoin = toSet("of and on for , the between")

var relationVerbs = map[string]string{
	"replaces": "replaces", "replace": "replaces", "replaced": "replaces", "replacing": "replaces",
	"supersedes": "replaces", "supersede": "replaces", "superseded": "replaces",
	"echo": "echoes", "echoes": "echoes", "echoed": "echoes", "echoing": "echoes",
	"mirror": "echoes", "mirrors": "echoes", "mirrored": "echoes",
	"resemble": "echoes", "resembles": "echoes", "resembled": "echoes",
	"amends": "amends", "amend": "amends", "amended": "amends", "amending": "amends",
}

var pairWords = toSet("two both")

func findTreaties(c *coder) []axis.Treaty {
	out := []axis.Treaty{}
	current := -1
	// the agreement signed in an event
	for _, e := range c.events {
		if e.CAMEO != "057" || e.Target.Country == "" {
			continue
		}
		name := agreementName(c.d.Text[e.Start:e.End])
		if name == "" {
			continue
		}
		date := e.Date
		out = append(out, axis.Treaty{
			ID: "t1", Name: name, Parties: []string{e.Source.Country, e.Target.Country},
			Date: date, Start: e.Start, End: e.End, Relations: []axis.TreatyRelation{},
		})
		current = 0
		break
	}
	var toks []tok
	for _, si := range c.treatySents {
		s := c.d.Sentences[si]
		if s.Start < 0 || s.End > len(c.d.Text) || s.Start >= s.End {
			continue
		}
		toks = c.sentenceTokens(toks[:0], si)
		for i := 0; i < len(toks); i++ {
			if !toks[i].cap || toks[i].punct {
				continue
			}
			j, last, head := i, -1, false
			for j < len(toks) {
				t := toks[j]
				if t.cap && !t.punct {
					if treatyHeads[t.low] {
						head = true
					}
					last = j
					j++
					continue
				}
				if treatyJoin[t.low] && j+1 < len(toks) && toks[j+1].cap && last >= 0 {
					j++
					continue
				}
				break
			}
			if !head || last <= i {
				i = max(i, j-1)
				continue
			}
			st := i
			if toks[st].low == "the" {
				st++
			}
			name := c.d.Text[toks[st].start:toks[last].end]
			if !containsHead(toks[st:last+1]) || isEntityName(c, toks[st].start, toks[last].end) {
				i = j - 1
				continue
			}
			t := axis.Treaty{ID: fmt.Sprintf("t%d", len(out)+1), Name: name, Start: toks[st].start, End: toks[last].end, Relations: []axis.TreatyRelation{}}
			// its date: a date after the name in the sentence
			for _, d := range c.d.Dates {
				if d.Start >= t.End && d.End <= s.End && d.Value != "" && !strings.HasPrefix(d.Value, "P") {
					t.Date = d.Value
					break
				}
			}
			// its parties: "the two countries", i.e. the current agreement's
			pair := false
			for k := 0; k+1 < len(toks); k++ {
				if pairWords[toks[k].low] && (toks[k+1].low == "countries" || toks[k+1].low == "sides" || toks[k+1].low == "nations" || toks[k+1].low == "states") {
					pair = true
				}
			}
			rel := ""
			relAt := -1
			for k := 0; k < st; k++ {
				if r, ok := relationVerbs[toks[k].low]; ok {
					rel, relAt = r, k
				}
			}
			if current >= 0 && (pair || rel != "") {
				for _, p := range out[current].Parties {
					t.Parties = append(t.Parties, historicalParty(c, p, t.Date, s))
				}
			}
			if t.Parties == nil {
				t.Parties = []string{}
			}
			dup := -1
			for k := range out {
				if strings.EqualFold(out[k].Name, t.Name) {
					dup = k
				}
			}
			idx := dup
			if dup < 0 {
				out = append(out, t)
				idx = len(out) - 1
			}
			if rel != "" && current >= 0 && idx != current && refersToCurrent(toks[:relAt]) {
				out[current].Relations = append(out[current].Relations, axis.TreatyRelation{Kind: rel, Treaty: out[idx].ID})
			}
			i = j - 1
		}
	}
	return out
}

func containsHead(ts []tok) bool {
	for _, t := range ts {
		if treatyHeads[t.low] {
			return true
		}
	}
	return false
}

// isEntityName reports whether [start, end) is an entity mention (the
// North Atlantic Treaty Organization is no treaty).
func isEntityName(c *coder, start, end int) bool {
	for _, m := range c.mention {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// refersToCurrent reports whether the words before a relation verb refer
// to the current agreement: "the latest deal", "its contents", "it".
func refersToCurrent(ts []tok) bool {
	for _, t := range ts {
		switch {
		case treatyHeads[t.low], t.low == "its", t.low == "it", t.low == "contents", t.low == "text":
			return true
		}
	}
	return false
}

// agreementName is the noun phrase of a signing trigger: "signed a mutual
// defence agreement with" gives "mutual defence agreement".
func agreementName(trigger string) string {
	ws := strings.Fields(trigger)
	end := -1
	for i, w := range ws {
		if treatyHeads[strings.ToLower(strings.Trim(w, ",.;"))] {
			end = i
		}
	}
	if end < 0 {
		return ""
	}
	st := end
	for st > 0 {
		w := strings.ToLower(ws[st-1])
		if w == "a" || w == "an" || w == "the" || w == "new" || w == "latest" || w == "signed" || w == "signing" || w == "sign" || w == "signs" || strings.HasSuffix(w, "ed") && st-1 == 0 {
			break
		}
		st--
	}
	return strings.Join(ws[st:end+1], " ")
}

// historicalParty returns the state that stood for code at date: a
// historical state mentioned in sentence s whose dates cover date and
// whose capital is code's.
func historicalParty(c *coder, code, date string, s axis.Sentence) string {
	k := c.st.kb
	if k == nil || date == "" {
		return code
	}
	cur := k.Country(code)
	if cur == nil {
		return code
	}
	for _, m := range c.mention {
		if m.start < s.Start || m.end > s.End || m.code == code {
			continue
		}
		h := k.Country(m.code)
		if h == nil || h.To == "" || h.Capital == "" || h.Capital != cur.Capital {
			continue
		}
		if covers(h, date) {
			return h.Code
		}
	}
	return code
}

func covers(h *kb.Country, date string) bool {
	n := len(date)
	from, to := h.From, h.To
	if from != "" && from[:min(n, len(from))] > date {
		return false
	}
	if to != "" && to[:min(n, len(to))] < date {
		return false
	}
	return true
}
