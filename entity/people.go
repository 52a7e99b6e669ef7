package entity

import (
	"slices"
	"strings"

	"github.com/axis-news/axis/kb"
)

// particles may stand inside a name in lower case: "Nimr al-Nimr".
var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true,
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true, "der": true,
	"den": true, "le": true, "la": true, "du": true, "dos": true, "das": true, "ter": true, "ben": true}

// academic roles: a person so described gets a country only from an
// organisation or place the text names, never from the surroundings.
var academicWords = map[string]bool{"professor": true, "lecturer": true, "researcher": true, "fellow": true,
	"analyst": true, "scientist": true, "specialist": true, "scholar": true, "economist": true, "expert": true, "academic": true, "historian": true,
	"journalist": true, "correspondent": true, "editor": true, "reporter": true, "columnist": true,
	"director": true, "activist": true, "campaigner": true}

// nameContext is what the words around a name say about the person.
type nameContext struct {
	role, affiliation, country string
	title                      bool // a title or role word just before the name
	honorific                  bool
	appositive                 bool // ", a professor at ..." after, or "Vice President of X, " before
	affMent                    *ment
}

// personPatterns finds people the knowledge base does not list, from titles,
// appositives, verbs of speech, honorifics and given names.
func (r *run) personPatterns() {
	next := 0 // where the last name read ends
	for _, c := range r.sc.caps {
		k := int(c)
		g := r.toks[k].sent
		if k < next || r.segCase[g] != segNormal {
			continue
		}
		end := r.segEnd[g]
		if r.own[k] >= 0 || !r.nameWord(k) || r.toks[k].joined {
			continue
		}
		j := r.nameRunEnd(k, end)
		if j-k > 5 {
			next = j
			continue
		}
		// a place or organisation named after someone: "Tumen River"
		if j < end && r.capWord(j) && (r.toks[j].flags&fLocAfter != 0 || r.toks[j].flags&fOrgHead != 0) ||
			r.toks[j-1].flags&fLocAfter != 0 {
			next = j
			continue
		}
		cx := r.context(k, j)
		n := j - k
		given := r.toks[k].flags&fGiven != 0 && n >= 2
		speech := n >= 2 && r.speechCue(k, j)
		rule := ""
		switch {
		case cx.honorific:
			rule = "pattern:honorific"
		case cx.title:
			rule = "pattern:title"
		case cx.appositive && n >= 2:
			rule = "pattern:appositive"
		case speech:
			rule = "pattern:speech"
		case given:
			rule = "pattern:given-name"
		case n >= 2 && n <= 3 && cx.affMent != nil && r.key(j) == "of":
			// "Tomasz Wrobel of the Warsaw Institute"
			rule = "pattern:affiliation"
		case n >= 2 && n <= 4 && r.possessiveState(k) && r.recurs(j-1, k, j):
			// "Bolivia's Wara Mamani ... Mamani said": a state's official
			rule = "pattern:possessive-state"
		}
		if rule == "" {
			next = j
			continue
		}
		if n == 1 {
			// "Ambassador Huang", "Minister Qin": a reference to someone named in
			// full elsewhere, or in the knowledge base; settled with the aliases
			r.pending = append(r.pending, pending{k, cx, rule})
		} else {
			r.addPerson(k, j, cx, rule)
		}
		next = j

	}
}

// pending is a one-word name with a title, waiting for the aliases.
type pending struct {
	k    int
	cx   nameContext
	rule string
}

// nameRunEnd returns the end of the name starting at token k: capitalised
// words, particles before one, hyphenated lower-case parts ("Jong-un"), a
// role word between two name words ("Hassan Sheikh Mohamud"), "Jr.".
func (r *run) nameRunEnd(k, end int) int {
	j := k + 1
	for j < end && !r.toks[j-1].poss && r.own[j] < 0 {
		t := &r.toks[j]
		switch {
		case r.nameWord(j):
			j++
		case t.joined && t.shape == shapeLower && r.keyOf(t) != "led" && r.keyOf(t) != "based" && r.keyOf(t) != "backed":
			j++
		case t.flags&fParticle != 0 && j+1 < end && r.own[j+1] < 0 && r.nameWord(j+1):
			j++
		case t.shape == shapeCap && t.roleClass() != roleNone && j+1 < end && r.own[j+1] < 0 && r.nameWord(j+1) &&
			!r.toks[j+1].joined && t.roleClass() != roleHonorific && j+2 < end && !r.nameWord(j+2):
			j++
		case j == k+1 && t.shape == shapeCap && r.toks[k].flags&fGiven != 0 && t.roleClass() >= roleTitle &&
			t.roleClass() != roleHonorific && !r.nameWord(j+1) && !r.capWord(j+1):
			// "Claudia Major", "John Major said": a role word as a surname
			// after a given name, ending the name
			return j + 1
		case (r.keyOf(t) == "jr" || r.keyOf(t) == "sr") && t.shape == shapeCap:
			j++
			if j < end && r.tkey(j) == "." {
				j++
			}
			return j
		default:
			return j
		}
	}
	return j
}

// speechCue reports a verb of speech just after the name ("X said", "X told
// Reuters") or "said X" / "according to X" just before it.
func (r *run) speechCue(k, j int) bool {
	if r.sameSeg(j-1, j) && r.has(j, fSpeech) {
		return true
	}
	// "X, a researcher at Y, told Reuters"
	if r.key(j) == "," && r.sameSeg(j, j+1) {
		words := 0
		for y := j + 1; y < j+25 && r.sameSeg(j, y); y++ {
			t := &r.toks[y]
			if r.keyOf(t) == "," {
				return words > 0 && r.sameSeg(y, y+1) && r.has(y+1, fSpeech)
			}
			if t.shape == shapeOther && r.keyOf(t) != "-" && r.keyOf(t) != "'" && r.keyOf(t) != "’" && r.keyOf(t) != "&" {
				break // a quote, a parenthesis, the end of a clause
			}
			if t.shape == shapeLower && t.flags&fFunction == 0 {
				words++
			}
		}
	}
	if r.sameSeg(k-1, k) {
		switch r.key(k - 1) {
		case "said", "says", "added", "wrote", "noted", "explained", "argued", "warned", "stated", "continued":
			return true
		case "to":
			return r.key(k-2) == "according"
		}
	}
	return false
}

// context reads the role, affiliation and country of the person named by
// tokens [k, j) from the words before and after.
func (r *run) context(k, j int) nameContext {
	var cx nameContext
	r.titleBefore(k, &cx)
	if !cx.title && !cx.honorific {
		r.clauseBefore(k, &cx)
	}
	r.appositiveAfter(j, &cx)
	// "King Abdullah of Jordan", "Tomasz Wrobel of Poland", "Jane Roe of
	// the Carnegie Endowment"
	if r.key(j) == "of" && r.sameSeg(j-1, j+1) {
		n := j + 1
		if r.key(n) == "the" {
			n++
		}
		if o := r.mentAt(n); o != nil && r.sameSeg(j, n) {
			switch {
			case o.kind == mCountry && n == j+1 && !o.adj && cx.country == "":
				cx.country = r.mentCountry(o)
			case o.kind == mOrg && cx.affMent == nil:
				cx.affiliation, cx.affMent = r.text[o.start:o.end], o
				if c := r.mentCountry(o); c != "" && cx.country == "" {
					cx.country = c
				}
			}
		}
	}
	return cx
}

// titleBefore reads a role phrase just before a name: "Russian President",
// "China's Ministry of Foreign Affairs spokesman", "Mr".
func (r *run) titleBefore(k int, cx *nameContext) {
	x := k - 1
	if connector(r.key(x)) {
		return // "head of the Atomic Energy Organization": a name of a thing
	}
	// "Mr. Kim", "Gen. Alexus Grynkewich", "Sen. Ruth Okafor"
	if r.key(x) == "." && r.role(x-1) >= roleTitle && x >= 1 && r.toks[x-1].end == r.toks[x].start {
		x--
	}
	if !r.sameSeg(x, k) {
		return
	}
	if r.role(x) == roleHonorific && r.own[x] < 0 {
		cx.honorific = true
		return
	}
	roleEnd, roleStart := x+1, x+1
	hasTitle, ands := false, 0
	for x >= 0 && r.sameSeg(x, k) {
		if o := r.owner(x); o != nil {
			if o.kind == mOrg && cx.affMent == nil && o.j == x+1 {
				cx.affMent = o
				cx.affiliation = r.text[o.start:o.end]
				if c := r.mentCountry(o); c != "" && cx.country == "" {
					cx.country = c
				}
				if roleStart == roleEnd {
					roleStart, roleEnd = o.i, o.i // "NSC spokesman" keeps just "spokesman"
				}
				x = o.i - 1
				continue
			}
			if o.kind == mCountry || o.kind == mLocation {
				if cx.country == "" {
					cx.country = r.mentCountry(o)
				}
			}
			if o.kind == mPerson && r.toks[o.j-1].poss && cx.country == "" && roleStart < roleEnd {
				// "Modi's national security adviser Ajit Doval": the principal's state
				cx.country = r.principalCountry(o)
			}
			break
		}
		t := &r.toks[x]
		cl := t.roleClass()
		if cl == roleNone && t.shape == shapeUpper && roleStart < roleEnd && cx.affiliation == "" {
			cx.affiliation = r.text[t.start:t.end] // "SAF Deputy Commander"
			break
		}
		if cl == roleNone || cl == roleHonorific {
			break
		}
		if r.keyOf(t) == "and" {
			if ands++; ands > 1 {
				break // a chain of titles: "the Secretary and Foreign Minister Wang"
			}
		}
		if r.keyOf(t) == "of" || r.keyOf(t) == "and" || r.keyOf(t) == "for" || r.keyOf(t) == "the" {
			// only between role words: "Secretary of State", "State Councilor and Foreign Minister"
			if cl2 := r.role(x - 1); cl2 == roleNone || cl2 == roleHonorific || !r.sameSeg(x-1, x) {
				break
			}
		}
		if cl >= roleTitle {
			hasTitle = true
		}
		roleStart = x
		x--
	}
	if roleStart < roleEnd && roleEnd == k || (roleStart < roleEnd && r.key(roleEnd) == ".") {
		// the role words must end just before the name (or its honorific's period)
	}
	for roleStart < roleEnd && connector(r.key(roleStart)) {
		roleStart++
	}
	if hasTitle && roleStart < roleEnd {
		cx.title = true
		cx.role = r.text[r.toks[roleStart].start:r.toks[roleEnd-1].end]
	}
}

// clauseBefore reads a role clause before a comma: "Vice President of the
// Bolivarian Republic of Venezuela, Delcy Rodríguez".
func (r *run) clauseBefore(k int, cx *nameContext) {
	if r.key(k-1) != "," || !r.sameSeg(k-1, k) {
		return
	}
	x := k - 2
	for x >= 0 && r.sameSeg(x, k) && r.key(x) != "," && k-x < 14 {
		x--
	}
	x++
	if r.key(x) == "the" {
		x++
	}
	// "India's foreign minister, X": the state before the role
	if o := r.owner(x); o != nil && o.kind == mCountry && o.j < k-1 {
		cx.country = r.mentCountry(o)
		x = o.j
	}
	start := x
	title := false
	for ; x < k-1 && r.role(x) >= roleModifier && r.role(x) != roleHonorific; x++ {
		if r.role(x) >= roleTitle {
			title = true
		}
	}
	if !title || x == start {
		return
	}
	for x > start+1 && connector(r.key(x-1)) {
		x--
	}
	cx.appositive = true
	cx.role = r.text[r.toks[start].start:r.toks[x-1].end]
	for y := x; y < k-1 && cx.country == ""; y++ {
		if o := r.owner(y); o != nil {
			if c := r.mentCountry(o); c != "" {
				cx.country = c
				if o.kind == mOrg {
					cx.affiliation, cx.affMent = r.text[o.start:o.end], o
				}
				break
			}
		}
	}
}

// appositiveAfter reads ", a professor of X at Y in Z" after a name.
func (r *run) appositiveAfter(j int, cx *nameContext) {
	if r.key(j) != "," || !r.sameSeg(j-1, j) {
		return
	}
	x := j + 1
	// "Sen. Ada Reyes, D-N.M.," "Rep. Tom Hale, R-Ohio,": a US legislator's party and state
	if k := r.key(x); (k == "r" || k == "d" || k == "i") && r.toks[x].shape == shapeCap && r.sameSeg(x, x+1) &&
		r.toks[x+1].joined && r.usStateAt(x+1) > 0 {
		if cx.country == "" {
			cx.country = "USA"
		}
		return
	}
	switch r.key(x) {
	case "a", "an", "the":
		x++
	}
	start := x
	title := -1
	adjCountry := ""
	for y := x; y < x+6 && r.sameSeg(j, y); y++ {
		if o := r.owner(y); o != nil && o.kind == mCountry && !r.toks[o.j-1].poss {
			// "a Russian diplomat" says where the person is from, "a North
			// Korea researcher" what the person studies
			if o.adj || y == x && r.key(o.j) != "" && !academicWords[r.key(o.j)] {
				adjCountry = r.mentCountry(o)
			}
			y = o.j - 1
			continue
		}
		if o := r.owner(y); o != nil && o.kind == mLocation && o.country == "" && !r.toks[o.j-1].poss {
			y = o.j - 1 // "a Middle East analyst", "a Horn of Africa researcher"
			continue
		}
		cl := r.role(y)
		if cl == roleTitle || cl == roleLeader {
			title = y
			break
		}
		if cl == roleNone && r.own[y] < 0 && (r.toks[y].shape == shapeLower && r.toks[y].flags&(fFunction|fStop|fSpeech) == 0 ||
			r.toks[y].joined) {
			continue // "a maritime security lecturer", "a non-proliferation researcher"
		}
		if cl != roleModifier {
			break
		}
	}
	if title < 0 {
		return
	}
	// the role runs to "at", "in the/X", a comma or a verb of speech
	end := title + 1
	for end < title+10 && r.sameSeg(j, end) {
		key := r.key(end)
		if key == "at" || key == "," || key == "." || key == ";" || key == "who" || key == "which" || r.lx.speech[key] ||
			(key == "in" && (r.key(end+1) == "the" || r.capWord(end+1))) || (key == "and" && (r.key(end+1) == "the" || r.key(end+1) == "a")) ||
			r.toks[end].shape == shapeOther {
			break
		}
		end++
	}
	cx.appositive = true
	if cx.role == "" {
		cx.role = r.text[r.toks[start].start:r.toks[end-1].end]
	}
	if cx.country == "" {
		cx.country = adjCountry
	}
	// the affiliation: the first organisation of the clause; else the place
	// the clause puts the person in ("at a think tank in Nairobi")
	placeCountry := ""
	for y := end; y < end+12 && r.sameSeg(j, y) && r.key(y) != ","; y++ {
		o := r.owner(y)
		if o != nil && o.kind == mOrg {
			if cx.affiliation == "" {
				cx.affiliation, cx.affMent = r.text[o.start:o.end], o
			}
			// "at the German Marshall Fund in Berlin": the office the person works at
			c := r.mentCountry(o)
			if n := o.j + 1; r.key(o.j) == "in" && r.sameSeg(o.j, n) {
				if r.key(n) == "the" {
					n++
				}
				if p := r.owner(n); countryLike(p) && p.i == n {
					if pc := r.mentCountry(p); pc != "" {
						c = pc
					}
				}
			}
			if c != "" && cx.country == "" {
				cx.country = c
			}
			placeCountry = ""
			break
		}
		if countryLike(o) && placeCountry == "" && r.key(y-1) == "in" && o.i == y {
			placeCountry = r.mentCountry(o)
		}
	}
	if cx.country == "" && cx.affMent == nil {
		cx.country = placeCountry
	}
	// "of Iran's Supreme National Security Council" inside the role
	if cx.affMent == nil {
		for y := title + 1; y < end; y++ {
			if o := r.owner(y); o != nil && o.kind == mOrg {
				cx.affiliation, cx.affMent = r.text[o.start:o.end], o
				if c := r.mentCountry(o); c != "" && cx.country == "" {
					cx.country = c
				}
				break
			}
		}
	}
}

// addPerson records a person found from context over tokens [k, j).
func (r *run) addPerson(k, j int, cx nameContext, rule string) {
	keys := make([]string, 0, j-k)
	for x := k; x < j; x++ {
		t := &r.toks[x]
		if t.shape == shapeOther {
			continue
		}
		keys = append(keys, r.keyOf(t))
	}
	m := ment{i: k, j: j, kind: mPerson, ref: -1, rule: rule}
	p := r.newPerson()
	*p = person{kb: -1, name: trimName(r.text[r.toks[k].start:r.toks[j-1].end]), keys: keys, rule: rule, first: -1}
	r.setContext(p, cx)
	m.person = p
	r.addMent(m)
}

func trimName(s string) string {
	return strings.TrimRight(s, ".,")
}

// setContext fills in what the context says about p where p lacks it.
func (r *run) setContext(p *person, cx nameContext) {
	if cx.role != "" && (p.role == "" || p.kb >= 0 && (cx.title || !p.inOffice) && !p.roleFromText) {
		p.role = cx.role
		p.leader = r.lx.isLeader(cx.role)
		p.roleFromText = true
	}
	if cx.affiliation != "" && p.affiliation == "" {
		p.affiliation = cx.affiliation
	}
	if cx.country != "" && p.textCountry == "" {
		p.textCountry = cx.country
	}
}

// kbPeople links KB name matches to people and reads their context.
func (r *run) kbPeople() {
	r.settled = true // places and organisations: see namesCountry
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind != mPerson || m.ref < 0 || m.person != nil {
			continue
		}
		if len(m.cands) != 1 || m.rule == "kb:weak" || m.j-m.i == 1 {
			continue // resolved with the aliases
		}
		c := m.cands[0]
		var cx nameContext
		if m.j-m.i > 1 {
			cx = r.context(m.i, m.j)
			// "Jordan's King Abdullah", "King Abdullah of Jordan" in 2023 is
			// not the late Saudi king of that name: a titled name of one word
			// is whoever holds that title at the date, in the state the text
			// names
			t := r.s.kb.People[c].TermAt(r.date)
			titled := m.j-m.i == 2 && r.toks[m.i].roleClass() >= roleTitle && r.toks[m.i].roleClass() != roleHonorific
			if cx.country != "" && t != nil && t.Country != cx.country || titled && (t == nil || !inForce(t, r.date)) {
				last := r.tkey(m.j - 1)
				cx2 := cx
				if titled && cx2.role == "" {
					cx2.role = r.tkey(m.i)
				}
				if alt := r.s.surnameKB(last, cx2, r.date, r.namesCountry); alt >= 0 {
					c = alt
				}
			}
		}
		p := r.personForKB(c)
		m.person = p
		if m.j-m.i > 1 {
			r.setContext(p, cx)
		} else {
			var cx nameContext
			r.titleBefore(m.i, &cx)
			r.setContext(p, cx)
		}
	}
	// merge people found from context into the KB people they are (same
	// name words run together: sameName)
	var byConcat map[string]*person
	indexed := 0 // r.people[:indexed] are in byConcat
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind != mPerson || m.person == nil || m.person.kb >= 0 {
			continue
		}
		p := m.person
		q := (*person)(nil)
		if byConcat == nil && len(r.people) <= 16 {
			for _, x := range r.people {
				if x.kb >= 0 && sameName(x.keys, p.keys) {
					q = x
					break
				}
			}
		} else {
			// many people: the first KB person of each name run together
			if byConcat == nil {
				byConcat = map[string]*person{}
			}
			for ; indexed < len(r.people); indexed++ {
				if x := r.people[indexed]; x.kb >= 0 {
					if k := strings.Join(x.keys, ""); byConcat[k] == nil {
						byConcat[k] = x
					}
				}
			}
			q = byConcat[strings.Join(p.keys, "")]
		}
		if q == nil {
			if c := r.s.fuzzyKB(p.keys); c >= 0 {
				q = r.personForKB(c) // "Mohamed Hamdan Daglo" is Mohamed Hamdan Dagalo
			}
		}
		if q != nil {
			r.setContext(q, nameContext{role: p.role, affiliation: p.affiliation, country: p.textCountry, title: p.role != ""})
			m.person = q
		}
	}
	// context people become records, merged by name
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind != mPerson || m.person == nil || m.person.kb >= 0 {
			continue
		}
		p := m.person
		key := strings.Join(p.keys, " ")
		if q := r.byKey[key]; q != nil {
			r.setContext(q, nameContext{role: p.role, affiliation: p.affiliation, country: p.textCountry})
			m.person = q
			continue
		}
		if r.byKey == nil {
			r.byKey = r.sc.byKeyMap()
		}
		r.byKey[key] = p
		r.people = append(r.people, p)
	}
	// a shorter name inside a longer one: "Pacheco Pardo" is Ramon Pacheco Pardo
	into := map[*person]*person{}
	// with many people, the people by each proper suffix of their names
	var suffixes map[string]suffixOf
	if len(r.people) > 16 {
		suffixes = map[string]suffixOf{}
		for _, x := range r.people {
			for i := 1; i < len(x.keys); i++ {
				k := strings.Join(x.keys[i:], " ")
				sf := suffixes[k]
				sf.n++
				sf.p = x
				suffixes[k] = sf
			}
		}
	}
	for _, p := range r.people {
		if p.kb >= 0 {
			continue
		}
		var q *person
		if suffixes != nil && len(p.keys) > 0 {
			if sf := suffixes[strings.Join(p.keys, " ")]; sf.n == 1 {
				q = sf.p
			}
		} else {
			for _, x := range r.people {
				if x != p && len(x.keys) > len(p.keys) && endsWith(x.keys, p.keys) {
					if q != nil {
						q = nil // two candidates: leave it
						break
					}
					q = x
				}
			}
		}
		if q != nil {
			into[p] = q
			r.setContext(q, nameContext{role: p.role, affiliation: p.affiliation, country: p.textCountry})
		}
	}
	if len(into) > 0 {
		for idx := range r.ments {
			if q := into[r.ments[idx].person]; q != nil {
				r.ments[idx].person = q
			}
		}
		kept := r.people[:0]
		for _, p := range r.people {
			if into[p] == nil {
				kept = append(kept, p)
			}
		}
		r.people = kept
	}
}

// suffixOf counts the people whose names end in some words: n of them,
// the last p.
type suffixOf struct {
	n int
	p *person
}

func endsWith(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if long[off+i] != short[i] {
			return false
		}
	}
	return true
}

// sameName reports whether name keys a and b name one person: equal, or
// equal once joined ("Kim Jong Un" / "Kim Jong-un" tokenise alike anyway).
func sameName(a, b []string) bool {
	// compare the concatenations without building them
	i, j, x, y := 0, 0, 0, 0 // word and byte positions in a and b
	for {
		for i < len(a) && x == len(a[i]) {
			i, x = i+1, 0
		}
		for j < len(b) && y == len(b[j]) {
			j, y = j+1, 0
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i][x] != b[j][y] {
			return false
		}
		x, y = x+1, y+1
	}
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, ".": true}

// aliasKeys returns the short forms a later reference may use for a
// multi-word name: the surname, a family name written first ("Xi", "Kim"),
// a double surname ("Pacheco Pardo").
func (lx *lexicon) aliasKeys(keys []string) []string { return lx.appendAliasKeys(nil, keys) }

// appendAliasKeys appends the aliasKeys of keys to out.
func (lx *lexicon) appendAliasKeys(out, keys []string) []string {
	ks := keys
	for len(ks) > 1 && nameSuffixes[ks[len(ks)-1]] {
		ks = ks[:len(ks)-1]
	}
	if len(ks) < 2 {
		return out
	}
	last := ks[len(ks)-1]
	if len(last) >= 3 || len(ks) == 2 {
		out = append(out, last)
	}
	if !lx.given[ks[0]] && !particles[ks[0]] && len(ks) <= 3 {
		out = append(out, ks[0])
	}
	if len(ks) >= 3 {
		out = append(out, ks[len(ks)-2]+" "+last)
	}
	return out
}

// aliases links one- and two-word references to the people of the
// document: "Putin", "Mr Kim", "Pacheco Pardo", "Lin said".
func (r *run) aliases() {
	if r.sc.alias == nil {
		r.sc.alias = map[string][]*person{}
	}
	alias := r.sc.alias
	for _, p := range r.people {
		if len(p.keys) < 2 {
			continue
		}
		var buf [3]string
		for _, a := range r.lx.appendAliasKeys(buf[:0], p.keys) {
			r.addAlias(alias, a, p)
		}
		if p.kb >= 0 {
			for _, k := range r.s.kbx.oneWord[p.kb] {
				r.addAlias(alias, k, p)
			}
		}
	}
	// full-name mention offsets for salience
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind == mPerson && m.person != nil {
			p := m.person
			p.nMentions++
			if m.j-m.i > 1 && m.start > p.lastFull {
				p.lastFull = m.start
			}
		}
	}
	r.linkAliases(alias)
	var late map[string][]*person // aliases of KB people found by a titled surname
	for _, pd := range r.pending {
		if r.own[pd.k] >= 0 {
			continue
		}
		if c := r.s.surnameKB(r.tkey(pd.k), pd.cx, r.date, r.namesCountry); c >= 0 {
			p := r.personForKB(c)
			r.setContext(p, pd.cx)
			r.addMent(ment{i: pd.k, j: pd.k + 1, kind: mPerson, ref: -1, person: p, rule: "kb:surname"})
			p.nMentions++
			if late == nil {
				late = map[string][]*person{}
			}
			late[r.tkey(pd.k)] = appendPerson(late[r.tkey(pd.k)], p)
			continue
		}
		r.addPerson(pd.k, pd.k+1, pd.cx, pd.rule)
		p := r.ments[len(r.ments)-1].person
		key := strings.Join(p.keys, " ")
		if q := r.byKey[key]; q != nil {
			r.ments[len(r.ments)-1].person = q
			continue
		}
		if r.byKey == nil {
			r.byKey = r.sc.byKeyMap()
		}
		r.byKey[key] = p
		r.people = append(r.people, p)
	}
	if late != nil {
		// "President Trump ... Trump said": later bare references
		r.linkAliases(late)
	}
}

// linkAliases links capitalised one- and two-word references to the people
// alias names, to deferred KB matches and to heads of state or government
// in office by surname.
func (r *run) linkAliases(alias map[string][]*person) {
	two := false // two-word aliases ("Pacheco Pardo")
	for a := range alias {
		if strings.Contains(a, " ") {
			two = true
			break
		}
	}
	alias2 := func(k int) []*person {
		if !two {
			return nil
		}
		return alias[r.tkey(k)+" "+r.tkey(k+1)]
	}
	next := 0 // the token after the last reference read
	for _, c := range r.sc.caps {
		k := int(c)
		t := &r.toks[k]
		if k < next || t.shape != shapeCap || t.joined {
			continue
		}
		var deferred *ment
		if o := r.owner(k); o != nil {
			if o.kind != mPerson || o.person != nil {
				continue
			}
			deferred = o // an ambiguous or weak KB name
		}
		n := 1
		cands := alias[r.keyOf(t)]
		if cands == nil && deferred == nil && (k+1 >= len(r.toks) || alias2(k) == nil) && t.flags&fHead == 0 {
			continue
		}
		if k+1 < len(r.toks) && r.sameSeg(k, k+1) && r.toks[k+1].shape == shapeCap && !t.poss &&
			deferred == nil && r.oneWordOrg(k+1) && alias2(k) != nil {
			// "Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner": not the Wagner Group
			r.owner(k + 1).kind = mDrop
			r.own[k+1] = -1
		}
		if k+1 < len(r.toks) && r.own[k+1] < 0 && r.sameSeg(k, k+1) && r.toks[k+1].shape == shapeCap {
			if c2 := alias2(k); c2 != nil {
				cands, n = c2, 2
			} else if r.nameWord(k+1) && !t.poss {
				// "Kim Yo Jong" is not Kim Jong Un
				if deferred == nil {
					next = k + 2
				}
				continue
			}
		}
		if cands == nil && deferred != nil {
			// a KB name with no full mention: the person in office at the date
			switch {
			case deferred.rule == "kb:weak":
			case len(deferred.cands) == 1:
				cands = []*person{r.personForKB(deferred.cands[0])}
			default:
				for _, c := range deferred.cands {
					if t := r.s.kb.People[c].TermAt(r.date); t != nil && inForce(t, r.date) {
						cands = []*person{r.personForKB(c)}
						break
					}
				}
			}
		}
		if cands == nil && deferred == nil && !r.nameBefore(k) {
			// "Trump said": a head of state or government in office at the date
			if c := r.s.headAt(r.keyOf(t), r.date, r.namesCountry); c >= 0 {
				cands = []*person{r.personForKB(c)}
			}
		}
		if cands == nil {
			continue
		}
		if deferred == nil && t.flags&fStop != 0 && r.key(k-1) != "mr" && r.key(k-1) != "ms" {
			continue
		}
		p := pickPerson(cands, t.start)
		if deferred != nil {
			deferred.person = p
			continue
		}
		start := k
		if r.role(k-1) == roleHonorific && r.own[k-1] < 0 && r.sameSeg(k-1, k) {
			start = k - 1
		}
		r.addMent(ment{i: start, j: k + n, kind: mPerson, ref: -1, person: p, rule: "coref:alias"})
		p.nMentions++
		next = k + n
	}
}

// mentAt returns the mention starting at token n, an organisation's rather
// than the place inside it that keeps its tokens ("Warsaw Institute").
func (r *run) mentAt(n int) *ment {
	o := r.owner(n)
	if o == nil || o.i != n {
		return nil
	}
	if countryLike(o) && o.inOrg {
		for x := o.j; x < o.j+6 && x < len(r.toks); x++ {
			if p := r.owner(x); p != nil && p.kind == mOrg && p.i == n {
				return p
			}
		}
	}
	return o
}

// namesCountry reports whether the document names country c: a mention of
// the state, or of a place or organisation in it.
//
// Once the places and organisations are settled (kbPeople on) the answers
// are kept: later passes add people and drop no more than a few
// organisations, so a kept mention is checked again and only mentions added
// since are scanned.
func (r *run) namesCountry(c string) bool {
	names := func(m *ment) bool {
		return (m.kind == mCountry || m.kind == mLocation || m.kind == mOrg) && r.mentCountry(m) == c
	}
	if !r.settled {
		for idx := range r.ments {
			if names(&r.ments[idx]) {
				return true
			}
		}
		return false
	}
	if r.named == nil {
		r.named = map[string]namedState{}
	}
	st, ok := r.named[c]
	if ok && st.at >= 0 && names(&r.ments[st.at]) {
		return true
	}
	from := st.scanned
	if ok && st.at >= 0 {
		from = 0 // the mention kept was dropped
	}
	st = namedState{at: -1, scanned: len(r.ments)}
	for idx := from; idx < len(r.ments); idx++ {
		if names(&r.ments[idx]) {
			st.at = idx
			break
		}
	}
	r.named[c] = st
	return st.at >= 0
}

// namedState is what namesCountry knows of a country: a mention naming it
// (at), or -1 and the mentions it has looked through.
type namedState struct {
	at, scanned int
}

// nameBefore reports whether a free capitalised name word stands just
// before token k: "Lara Trump" is not Donald Trump.
func (r *run) nameBefore(k int) bool {
	return r.sameSeg(k-1, k) && r.own[k-1] < 0 && r.nameWord(k-1) && !r.toks[k-1].poss
}

// addAlias adds p to the people alias a may name; the first one a slice of
// the run's buffer.
func (r *run) addAlias(alias map[string][]*person, a string, p *person) {
	ps := alias[a]
	if ps == nil {
		sc := r.sc
		sc.aliasBuf = append(sc.aliasBuf, p)
		n := len(sc.aliasBuf)
		alias[a] = sc.aliasBuf[n-1 : n : n]
		return
	}
	alias[a] = appendPerson(ps, p)
}

func appendPerson(ps []*person, p *person) []*person {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(ps, p)
}

// pickPerson chooses among the people a short reference may be: the one
// with the most mentions, then the one last named in full before off.
func pickPerson(ps []*person, off int) *person {
	best := ps[0]
	for _, p := range ps[1:] {
		switch {
		case p.nMentions > best.nMentions:
			best = p
		case p.nMentions == best.nMentions && p.lastFull < off && (best.lastFull > off || p.lastFull > best.lastFull):
			best = p
		}
	}
	return best
}

// titleReferences links "the Russian leader", "the spokesman", "the
// Secretary" to the last person named before who fits.
//
// The person mentions are visited once in text order (ties by mention
// index, the latest wins), and each kind of reference (its state and title
// word) keeps how far it has looked and the last fit so far: a document's
// references cost its mentions times the kinds of reference, not times the
// references.
func (r *run) titleReferences() {
	sc := r.sc
	byStart := sc.byStart[:0] // person mentions by start, then index
	for idx := range r.ments {
		if m := &r.ments[idx]; m.kind == mPerson && m.person != nil {
			byStart = append(byStart, int32(idx))
		}
	}
	slices.SortStableFunc(byStart, func(a, b int32) int { return r.ments[a].start - r.ments[b].start })
	added := sc.added[:0] // mentions this pass adds, in text order
	seen := sc.seen[:0]   // the merge of byStart and added before the current token
	defer func() { sc.byStart, sc.added, sc.seen = byStart, added, seen }()
	nb, na := 0, 0
	// each kind of reference (its state and title word: few a document)
	// and how far it has looked, the last fit so far
	type refState struct {
		country, word string
		next, best    int32
	}
	var buf [8]refState
	states := buf[:0]
	next := 0 // the token after the last reference
	for _, c := range sc.thes {
		k := int(c)
		if k < next || k+1 >= len(r.toks) {
			continue
		}
		x := k + 1
		country := ""
		if o := r.owner(x); o != nil && o.kind == mCountry && !r.toks[o.j-1].poss && r.sameSeg(k, x) {
			country = r.mentCountry(o)
			x = o.j
		}
		start := x
		title := -1
		for ; x < len(r.toks) && x < start+4 && r.sameSeg(k, x) && r.own[x] < 0; x++ {
			cl := r.toks[x].roleClass()
			if cl == roleTitle || cl == roleLeader {
				title = x
				continue
			}
			if cl != roleModifier || r.tkey(x) == "of" || r.tkey(x) == "and" || r.tkey(x) == "the" {
				break
			}
		}
		if title < 0 || title+1 != x {
			continue
		}
		// not before a name or complement: "the President Joe Biden", "the leader of"
		if n := title + 1; n < len(r.toks) && r.sameSeg(k, n) && (r.capWord(n) && r.own[n] < 0 || r.key(n) == "of" || r.key(n) == "'s") {
			continue
		}
		// the person mentions before this one, in text order
		pos := r.toks[k].start
		for {
			b, a := int32(-1), int32(-1)
			if nb < len(byStart) && r.ments[byStart[nb]].start < pos {
				b = byStart[nb]
			}
			if na < len(added) && r.ments[added[na]].start < pos {
				a = added[na]
			}
			if b < 0 && a < 0 {
				break
			}
			if a < 0 || b >= 0 && r.ments[b].start <= r.ments[a].start {
				seen = append(seen, b)
				nb++
			} else {
				seen = append(seen, a)
				na++
			}
		}
		word := r.tkey(title)
		leader := r.lx.role[word] == roleLeader
		var st *refState
		for i := range states {
			if states[i].country == country && states[i].word == word {
				st = &states[i]
				break
			}
		}
		if st == nil {
			states = append(states, refState{country: country, word: word, best: -1})
			st = &states[len(states)-1]
		}
		for ; int(st.next) < len(seen); st.next++ {
			idx := seen[st.next]
			p := r.ments[idx].person
			if country != "" && r.personCountry(p) != country {
				continue
			}
			if leader && !p.leader {
				continue
			}
			if !leader && !containsFold(p.role, word) {
				continue
			}
			st.best = idx
		}
		if st.best < 0 {
			continue
		}
		best := r.ments[st.best].person
		i := k + 1
		if country == "" {
			i = start
		}
		m := ment{i: i, j: title + 1, kind: mPerson, ref: -1, person: best, rule: "coref:title"}
		m.start, m.end = r.toks[m.i].start, r.toks[m.j-1].end
		added = append(added, int32(len(r.ments)))
		r.ments = append(r.ments, m) // overlapping the state's mention: own stays
		next = title + 1
	}
}

// personCountry is p's country so far: what the text says, else the KB's.
func (r *run) personCountry(p *person) string {
	if p.textCountry != "" {
		return p.textCountry
	}
	return p.country
}

// finishPeople settles each person's country: the text's, the KB term's,
// or for officials the state the sentence is about.
func (r *run) finishPeople() {
	for idx := range r.ments {
		m := &r.ments[idx]
		if m.kind != mPerson || m.person == nil {
			continue
		}
		p := m.person
		if p.first < 0 || m.start < p.first {
			p.first, p.firstMent = m.start, int32(idx)
		}
		if p.kb >= 0 && !p.textName && m.rule == "kb" {
			r.textSpelling(p, m)
		}
	}
	for _, p := range r.people {
		switch {
		case p.textCountry != "" && (p.kb < 0 || p.country == "" || !p.inOffice):
			p.country = p.textCountry
		case p.kb >= 0 && p.country != "":
			// the knowledge base's term at the document's date
		case p.country == "" && p.role != "" && !academic(p.role) && p.first >= 0:
			// an official named without a state: the state the story is
			// about; nobody else gets a state from the surroundings
			// ("Chad Daybell was sentenced in Idaho")
			p.country = r.nearbyCountry(p)
		}
	}
}

func academic(role string) bool {
	if it, ok := newASCIIKeys(role); ok {
		for k := it.next(); k != nil; k = it.next() {
			if academicWords[string(k)] {
				return true
			}
		}
		if it.i >= len(role) {
			return false
		}
	}
	for _, w := range foldPhrase(role) {
		if academicWords[w] {
			return true
		}
	}
	return false
}

// nearbyCountry guesses an official's state: the first state named in the
// sentence of the first mention, else the nearest before it in the three
// sentences before, else the state the document names most.
func (r *run) nearbyCountry(p *person) string {
	if p.first < 0 {
		return ""
	}
	first := &r.ments[p.firstMent] // the first mention at p.first
	seg := r.toks[first.i].sent
	for k := r.segStart[seg]; k < r.segEnd[seg]; k++ {
		if o := r.owner(k); o != nil && o != first && (countryLike(o) || o.kind == mOrg && !r.media(o) && !(p.leader && r.igo(o))) {
			if c := r.mentCountry(o); c != "" {
				return c
			}
		}
	}
	for g := int(seg) - 1; g >= 0 && g >= int(seg)-3; g-- {
		for k := r.segEnd[g] - 1; k >= r.segStart[g]; k-- {
			if o := r.owner(k); o != nil && (countryLike(o) || o.kind == mOrg && !r.media(o) && !(p.leader && r.igo(o))) {
				if c := r.mentCountry(o); c != "" {
					return c
				}
			}
		}
	}
	return r.mainCountry()
}

// inForce reports whether term t covers date (YYYY-MM-DD or a prefix; ""
// is today).
func inForce(t *kb.Term, date string) bool {
	if date == "" {
		return t.To == ""
	}
	return (t.From == "" || cmpPrefix(t.From, date) <= 0) && (t.To == "" || cmpPrefix(t.To, date) >= 0)
}

// cmpPrefix compares dates of different precision by their common prefix.
func cmpPrefix(a, b string) int {
	n := min(len(a), len(b))
	return strings.Compare(a[:n], b[:n])
}

// igo reports whether an organisation mention is an intergovernmental
// organisation of the knowledge base. A president or prime minister named
// without a state heads a state: the IGOs around do not say which (their
// own heads carry the IGO's name: "European Commission President").
func (r *run) igo(m *ment) bool {
	return m.ref >= 0 && r.s.kb.Orgs[m.ref].Kind == "igo"
}

// media reports whether an organisation mention is a news medium, which
// reports on states rather than speaking for one.
func (r *run) media(m *ment) bool {
	if m.ref >= 0 {
		return r.s.kb.Orgs[m.ref].Kind == "media"
	}
	return m.orgKind == "media"
}

func connector(key string) bool { return key == "of" || key == "and" || key == "for" || key == "the" }

// containsFold reports whether s holds word (lower case ASCII) in any case.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// oneWordOrg reports whether token k is a one-word organisation name of the
// knowledge base ("Wagner").
func (r *run) oneWordOrg(k int) bool {
	o := r.owner(k)
	return o != nil && o.kind == mOrg && o.ref >= 0 && o.i == k && o.j == k+1
}

// textSpelling names KB person p as the text spells the name at mention m
// when the two differ only in the transliteration of some words, one
// letter each ("Sergei Lavrov" for Sergey Lavrov, "Dmitri Peskov"): the
// reader sees the article's spelling.
func (r *run) textSpelling(p *person, m *ment) {
	if m.j-m.i != len(p.keys) || len(p.keys) < 2 {
		return
	}
	differ := false
	for x, k := range p.keys {
		t := &r.toks[m.i+x]
		if r.keyOf(t) == k {
			continue
		}
		if !oneEdit(r.keyOf(t), k) {
			return
		}
		differ = true
	}
	// "Viktor Orban" for Viktor Orbán: the same letters without diacritics
	// (not "Kim Jong-un" for Kim Jong Un, nor "VLADIMIR PUTIN")
	if text := r.text[m.start:m.end]; !differ && r.segCase[r.toks[m.i].sent] == segNormal && !r.anyUpper(m.i, m.j) &&
		!strings.EqualFold(text, p.name) && isASCIIWord(text) &&
		!strings.ContainsAny(text, "-\n\t") && !strings.Contains(text, "  ") {
		differ = true
	}
	if differ {
		p.name = trimName(r.text[m.start:m.end])
		p.textName = true
	}
}

// possessiveState reports whether a state's possessive stands just before
// token k: "Rwanda's".
func (r *run) possessiveState(k int) bool {
	o := r.owner(k - 1)
	return o != nil && o.kind == mCountry && o.j == k && r.toks[k-1].poss && r.sameSeg(k-1, k)
}

// recurs reports whether the word at token x appears again, capitalised and
// free, outside tokens [k, j): a surname used alone later.
func (r *run) recurs(x, k, j int) bool {
	key := r.tkey(x)
	for y := range r.toks {
		if (y < k || y >= j) && r.tkey(y) == key && r.toks[y].shape == shapeCap && r.own[y] < 0 &&
			r.segCase[r.toks[y].sent] == segNormal {
			return true
		}
	}
	return false
}

// anyUpper reports whether a token of [i, j) is in upper case.
func (r *run) anyUpper(i, j int) bool {
	for k := i; k < j; k++ {
		if r.toks[k].shape == shapeUpper {
			return true
		}
	}
	return false
}

// principalCountry returns the state of the person a possessive mention
// names, as far as known while the context is read: the record's, or the
// knowledge base's at the document's date for an unambiguous KB name.
func (r *run) principalCountry(o *ment) string {
	if o.person != nil {
		return r.personCountry(o.person)
	}
	if len(o.cands) == 1 {
		if t := r.s.kb.People[o.cands[0]].TermAt(r.date); t != nil {
			return t.Country
		}
	}
	return ""
}
