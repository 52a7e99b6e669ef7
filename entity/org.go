package entity

// connectors may join the words of an organisation's name.
// Lower-case connectors of other languages join the words of names such as
// "Universidad de los Andes", "Institut für Sicherheitspolitik".
var orgConnectors = map[string]bool{"of": true, "for": true, "on": true, "and": true, "the": true, "&": true, "de": true,
	"del": true, "la": true, "los": true, "las": true, "des": true, "du": true, "di": true, "der": true, "fur": true}

// orgWord reports whether token k may be a word of an organisation's name
// found by pattern: a capitalised word not yet taken, no function word.
func (r *run) orgWord(k int) bool {
	if k < 0 || k >= len(r.toks) || r.own[k] >= 0 {
		return false
	}
	t := &r.toks[k]
	return (t.shape == shapeCap || t.shape == shapeUpper) && t.flags&(fFunction|fSpeech) == 0
}

// orgPatterns finds organisations by their head words: "Ewha University",
// "the University of Hull", "Council on Foreign Relations", "the US State
// Department", "China's Ministry of Foreign Affairs", "King's College
// London". A state named just before the name ("Chinese Foreign Ministry")
// or after it ("the University of Hull in the United Kingdom") gives the
// organisation's country.
func (r *run) orgPatterns() {
	next := 0 // where the last organisation found ends
	for _, c := range r.sc.caps {
		k := int(c)
		g := r.toks[k].sent
		if k < next || r.segCase[g] == segUpper || !r.orgWord(k) {
			continue
		}
		end := r.orgRunEnd(k, r.segEnd[g])
		if nx := r.orgFrom(k, end); nx > k {
			next = nx
		}
	}
}

// orgRunEnd returns the end of the run of name words and connectors from
// token k.
func (r *run) orgRunEnd(k, segEnd int) int {
	j := k + 1
	for j < segEnd {
		prev := &r.toks[j-1]
		if prev.poss {
			// "King's College": a possessive inside a name only before a head word
			if r.toks[j].flags&fOrgHead == 0 || r.owner(j-1) != nil || !r.orgWord(j) {
				break
			}
		}
		switch {
		case r.orgWord(j):
			j++
		case r.toks[j].flags&fOrgConnector != 0 && r.toks[j].shape == shapeLower:
			// a connector needs a name word (or a state, after "of") after it
			n := j + 1
			if r.key(n) == "the" || r.key(j) != "and" && r.has(n, fOrgConnector) && r.toks[n].shape == shapeLower && r.key(n) != "and" {
				n++ // "of the", "de los"
			}
			if n < segEnd && (r.orgWord(n) || (r.tkey(j) != "and" && r.ownedBy(n, mCountry, mLocation, mOrg))) {
				j = n
				if o := r.owner(n); o != nil {
					j = o.j
				} else {
					j++
				}
				continue
			}
			return j
		case r.ownedBy(j, mLocation, mCountry) && prev.flags&fOrgHead != 0 && r.owner(j).j == j+1 &&
			(r.owner(j).kind == mLocation || r.owner(j).capital):
			// "College London"
			j++
		default:
			return j
		}
	}
	return j
}

// ownedBy reports whether token k belongs to a mention of one of kinds.
func (r *run) ownedBy(k int, kinds ...uint8) bool {
	m := r.owner(k)
	if m == nil {
		return false
	}
	for _, kd := range kinds {
		if m.kind == kd {
			return true
		}
	}
	return false
}

// orgFrom looks for an organisation's name in tokens [k, end) and records
// it. It returns the end of what it took, or k.
func (r *run) orgFrom(k, end int) int {
	// the last head word that makes a name: not first, or first with a complement
	head, headKind := -1, ""
	for x := k; x < end; x++ {
		if r.toks[x].flags&fOrgHead == 0 || r.own[x] >= 0 {
			continue
		}
		kind := r.lx.orgHead[r.tkey(x)]
		if x > k || r.has(x+1, fOrgConnector) && x+1 < end || r.countryBefore(k) != nil {
			head, headKind = x, kind
		}
	}
	if head < 0 {
		return k
	}
	// "Tomasz Wrobel of the Warsaw Institute": a person's name before "of"
	// and the organisation's name after it
	if c := r.personOf(k, head); c > k {
		return r.orgFrom(c, end)
	}
	stop := head + 1
	if stop < end && r.has(stop, fOrgConnector) {
		stop = end // "University of Hull", "Office of the Prime Minister of Somalia"
	} else if stop < end && (r.ownedBy(stop, mLocation) || r.ownedBy(stop, mCountry) && r.owner(stop).capital) {
		stop++ // "King's College London"
	}
	for stop > head+1 && r.toks[stop-1].shape == shapeLower {
		stop--
	}
	m := ment{i: k, j: stop, kind: mOrg, ref: -1, orgKind: headKind, rule: "pattern:org-head"}
	// a state before: "Chinese Foreign Ministry", "US State Department", "China's Ministry ..."
	if c := r.countryBefore(k); c != nil {
		m.country = r.mentCountry(c)
		if !r.toks[c.j-1].poss {
			m.i = c.i
			if c.capital {
				c.inOrg = true // "Washington Post"
			}
		}
	}
	// a state or place inside: "China Coast Guard", "King's College London"
	for x := k; x < stop; x++ {
		if o := r.owner(x); o != nil && countryLike(o) {
			if m.country == "" {
				m.country = r.mentCountry(o)
			}
			if o.kind == mLocation || o.capital {
				o.inOrg = true
			}
		}
	}
	// a place after: "Ewha University in Seoul", "... in the United Kingdom"
	if m.country == "" && r.key(stop) == "in" && r.sameSeg(stop, stop+1) {
		n := stop + 1
		if r.key(n) == "the" {
			n++
		}
		if o := r.owner(n); countryLike(o) {
			m.country = r.mentCountry(o)
		}
	}
	if m.country == "" && r.lx.localHead[r.tkey(head)] {
		m.local = true // settled by localOrgs
	}
	// IGO prefix: "UN sanctions inspectors" is the UN; "UN Security Council" is in the KB
	m.name = r.text[r.toks[m.i].start:r.toks[stop-1].end]
	// the inner tokens become the organisation's, the state before stays a state mention
	idx := int32(len(r.ments))
	m.start, m.end = r.toks[m.i].start, r.toks[stop-1].end
	r.ments = append(r.ments, m)
	for x := k; x < stop; x++ {
		if o := r.owner(x); o != nil && o.kind == mOrg {
			o.kind = mDrop // an organisation inside a longer one
		}
		if r.own[x] < 0 || r.ments[r.own[x]].kind == mDrop {
			r.own[x] = idx
		}
	}
	return stop
}

// personOf returns where the organisation's name starts when tokens from k
// to the head word at head open with a person's name and "of": two or three
// name words, none an organisation head, then "of" or "of the" ("Omar
// Haddad of the Council on Maritime Security"), or with one word opening
// the sentence ("Members of the ..."); else k.
func (r *run) personOf(k, head int) int {
	c := k
	for c < head && r.nameWord(c) && r.toks[c].flags&fOrgHead == 0 && !r.toks[c].poss {
		c++
	}
	// a capitalised word opening the sentence is no name of its own
	// ("Fighters of the Blue Valley Militia")
	first := c-k == 1 && (k == 0 || !r.sameSeg(k-1, k))
	if n := c - k; n < 2 && !first || n > 3 || r.key(c) != "of" || r.toks[c].shape != shapeLower {
		return k
	}
	c++
	if r.key(c) == "the" {
		c++
	}
	if c > head {
		return k
	}
	return c
}

// localOrgs puts organisations named in another language with no place
// given ("Universidad de los Andes") in the state the document names most.
func (r *run) localOrgs() {
	var c string
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind != mOrg || !m.local {
			continue
		}
		if c == "" {
			if c = r.mainCountry(); c == "" {
				return
			}
		}
		m.country = c
	}
}

// mainCountry returns the state the document names most often, the first
// named on a tie, or "".
//
// The mentions of states are settled before the first call: the answer is
// kept.
func (r *run) mainCountry() string {
	if !r.mainSet {
		r.main, r.mainSet = r.countMain(), true
	}
	return r.main
}

func (r *run) countMain() string {
	count := map[string]int{}
	best := ""
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind == mCountry {
			c := r.mentCountry(m)
			count[c]++
			if count[c] > count[best] {
				best = c
			}
		}
	}
	return best
}

// countryBefore returns the state mention just before token k ("Chinese",
// "China's", "US"), or nil.
func (r *run) countryBefore(k int) *ment {
	if !r.sameSeg(k-1, k) {
		return nil
	}
	o := r.owner(k - 1)
	if o == nil || o.kind != mCountry {
		return nil
	}
	return o
}

// mentCountry returns the ISO3 code a state or place mention stands for.
func (r *run) mentCountry(m *ment) string {
	switch m.kind {
	case mCountry:
		return r.s.kb.Countries[m.ref].Code
	case mLocation:
		return m.country
	case mOrg:
		if m.ref >= 0 {
			o := r.s.kb.Orgs[m.ref]
			if o.Country == "" && o.Kind == "igo" {
				return o.Code
			}
			return o.Country
		}
		return m.country
	case mPerson:
		if m.person != nil {
			return m.person.country
		}
	}
	return ""
}
