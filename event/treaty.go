package event

import (
	"fmt"
	"slices"
	"sort"
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

// isTreatyJoin reports whether w joins the words of an agreement's name.
func isTreatyJoin(w string) bool {
	switch w {
	case "of", "and", "on", "for", ",", "the":
		return true
	}
	return false
}

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
	// the agreement signed in an event, a body sentence's before the
	// headline's ("Moscow and Pyongyang sign pact")
	if k := c.signing(); k >= 0 {
		e := &c.events[k]
		if name := agreementName(c.d.Text[e.Start:e.End]); name != "" {
			out = append(out, axis.Treaty{
				ID: "t1", Name: name, Parties: []string{e.Source.Country, e.Target.Country},
				Date: e.Date, Start: e.Start, End: e.End, Relations: []axis.TreatyRelation{},
			})
			current = 0
		}
	}
	toks := c.ttoks
	defer func() { c.ttoks = toks[:0] }()
	for _, si := range c.treatySents {
		s := c.d.Sentences[si]
		if s.Start < 0 || s.End > len(c.d.Text) || s.Start >= s.End {
			continue
		}
		toks = c.sentenceTokens(toks[:0], si)
		for i := 0; i < len(toks); i++ {
			st, last, j, ok := c.treatyRun(toks, i)
			if !ok {
				i = max(i, j-1)
				continue
			}
			name := c.d.Text[toks[st].start:toks[last].end]
			if isEntityName(c, toks[st].start, toks[last].end) {
				i = j - 1
				continue
			}
			t := axis.Treaty{ID: fmt.Sprintf("t%d", len(out)+1), Name: name, Start: toks[st].start, End: toks[last].end, Relations: []axis.TreatyRelation{}}
			// the agreement an event of the sentence signs: "signed the
			// Comprehensive Strategic Partnership Treaty"
			if k := c.signedIn(si, t.Start, t.End); k >= 0 {
				e := &c.events[k]
				if current >= 0 && out[current].Start == e.Start && out[current].End == e.End {
					out[current].Name, out[current].Start, out[current].End = t.Name, t.Start, t.End
					i = j - 1
					continue
				}
				t.Parties, t.Date = []string{e.Source.Country, e.Target.Country}, e.Date
			}
			if t.Date == "" {
				t.Date = c.treatyDate(si, t.Start, t.End)
			}
			if t.Parties == nil {
				t.Parties = c.namedParties(toks, last+1, si)
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
			if t.Parties == nil && current >= 0 && (pair || rel != "") {
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

// signing returns the index of the event that signs the article's
// current agreement: the first signing (CAMEO 057) with a target in the
// body, else in the headline; -1 if none.
func (c *coder) signing() int {
	head := -1
	for k := range c.events {
		e := &c.events[k]
		if e.CAMEO != "057" || e.Target.Country == "" || agreementName(c.d.Text[e.Start:e.End]) == "" {
			continue
		}
		if c.d.Sentences[e.Sentence].Kind != axis.KindHeadline {
			return k
		}
		if head < 0 {
			head = k
		}
	}
	return head
}

// signedIn returns the index of a signing event of sentence si whose
// span meets the name at [start, end), or -1.
func (c *coder) signedIn(si, start, end int) int {
	// the events are in order of sentence
	for k := sort.Search(len(c.events), func(i int) bool { return c.events[i].Sentence >= si }); k < len(c.events) && c.events[k].Sentence == si; k++ {
		e := &c.events[k]
		if e.CAMEO == "057" && e.Target.Country != "" && e.Start <= end && start <= e.End {
			return k
		}
	}
	return -1
}

// treatyRun finds the name of an agreement starting at token i: a run of
// capitalised words and joining words ("of", "and", ",") with a head
// word ("Treaty of Friendship, Cooperation and Mutual Assistance"),
// stopping at a date ("... Treaty on Wednesday"). st and last are its
// first and last tokens, j the token after the run.
func (c *coder) treatyRun(toks []tok, i int) (st, last, j int, ok bool) {
	if !toks[i].cap || toks[i].punct {
		return i, i, i + 1, false
	}
	j, last = i, -1
	head := false
	for j < len(toks) {
		t := toks[j]
		if t.cap && !t.punct {
			if c.inDate(t.start) {
				break
			}
			if t.cls&clsTreatyHead != 0 {
				head = true
			}
			last = j
			j++
			continue
		}
		if isTreatyJoin(t.low) && j+1 < len(toks) && toks[j+1].cap && last >= 0 && !c.inDate(toks[j+1].start) {
			j++
			continue
		}
		break
	}
	if !head || last <= i {
		return i, last, max(j, i+1), false
	}
	st = i
	if toks[st].low == "the" {
		st++
	}
	return st, last, j, containsHead(toks[st : last+1])
}

// treatyDate returns the date of a named agreement at [start, end) of
// sentence si: a year or date right before the name ("the 2000 Treaty of
// ..."), else the first after it ("signed in 1961"), else the nearest
// before it ("In 1968, ... signed the ... Treaty").
func (c *coder) treatyDate(si, start, end int) string {
	before, after := -1, -1
	for _, k := range c.datesIn(si) {
		d := &c.d.Dates[k]
		if d.Value == "" || strings.HasPrefix(d.Value, "P") || d.Precision == axis.PrecisionDuration {
			continue
		}
		if d.End <= start {
			if gap := strings.TrimSpace(c.d.Text[d.End:start]); gap == "" || strings.EqualFold(gap, "the") {
				return d.Value // "the 2000 Treaty", "1961 Treaty"
			}
			before = int(k)
		} else if d.Start >= end && after < 0 {
			after = int(k)
		}
	}
	if after >= 0 {
		return c.d.Dates[after].Value
	}
	if before >= 0 {
		return c.d.Dates[before].Value
	}
	return ""
}

// namedParties returns the parties a sentence names right after an
// agreement's name, from token i: "between Washington and Manila",
// "signed by the Soviet Union and North Korea"; nil when none.
func (c *coder) namedParties(toks []tok, i, si int) []string {
	for k := i; k < len(toks) && k < i+3; k++ {
		w := toks[k].low
		if w != "between" && w != "by" && w != "with" {
			continue
		}
		var out []string
		end := toks[len(toks)-1].end
		at := toks[k].end
		for _, m := range c.mention[c.mentionsFrom(at):] {
			if m.start >= end {
				break
			}
			if gap := strings.TrimSpace(c.d.Text[at:m.start]); gap != "" && gap != "the" && gap != "and" && gap != "," &&
				gap != "and the" && gap != ", and" && gap != ", the" && gap != ", and the" {
				break
			}
			if !slices.Contains(out, m.code) {
				out = append(out, m.code)
			}
			at = m.end
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	return nil
}

func containsHead(ts []tok) bool {
	for i := range ts {
		if ts[i].cls&clsTreatyHead != 0 {
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
	for _, m := range c.mention[c.mentionsFrom(s.Start):] {
		if m.start >= s.End {
			break
		}
		if m.end > s.End || m.code == code {
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
	// "the two countries" of a treaty signed in 1961: the state of that
	// time with the same capital (Moscow: the Soviet Union)
	for _, hc := range historicalStates {
		if h := k.Country(hc); h != nil && h.To != "" && h.Capital != "" && h.Capital == cur.Capital && covers(h, date) {
			return h.Code
		}
	}
	return code
}

// historicalStates are the former states a party of an old treaty may be.
var historicalStates = []string{"SUN", "YUG", "CSK", "DDR", "YMD", "SCG"}

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

// markTreatyNames marks the tokens of the sentence's agreement names: the
// words of a name trigger no event.
func (c *coder) markTreatyNames() {
	for i := 0; i < len(c.toks); i++ {
		st, last, j, ok := c.treatyRun(c.toks, i)
		if ok {
			for k := st; k <= last; k++ {
				c.toks[k].treaty = true
			}
		}
		i = max(i, j-1)
	}
}
