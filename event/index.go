package event

import (
	"slices"
	"sort"

	"github.com/axis-news/axis"
)

// Indexes of a document's dates, quotes, mentions and events, so that
// what the coder asks about an offset costs a binary search, not a pass
// over the whole document: a long document costs the same per byte as a
// short one. Each answer is the one a pass in document order would give.

// docIndex holds the indexes of the document being coded.
type docIndex struct {
	// datesSorted: Document.Dates are in order of Start; dateMaxEnd[k]
	// is then the largest End of Dates[:k+1]
	datesSorted bool
	dateMaxEnd  []int
	// the same for Document.Quotes
	quotesSorted bool
	quoteMaxEnd  []int
	// sentDates are the indexes of the dates inside sentence sentDatesOf,
	// in order
	sentDatesOf int
	sentDates   []int32
	// entity is the first index of each entity ID in Document.Entities,
	// made when first needed
	entity     map[string]int32
	entityMade bool
}

// indexDocument makes the indexes of c.d.
func (c *coder) indexDocument() {
	x := &c.idx
	x.sentDatesOf = -1
	x.entityMade = false
	x.datesSorted = slices.IsSortedFunc(c.d.Dates, func(a, b axis.Date) int { return a.Start - b.Start })
	x.dateMaxEnd = x.dateMaxEnd[:0]
	if x.datesSorted {
		m := 0
		for i := range c.d.Dates {
			m = max(m, c.d.Dates[i].End)
			x.dateMaxEnd = append(x.dateMaxEnd, m)
		}
	}
	x.quotesSorted = slices.IsSortedFunc(c.d.Quotes, func(a, b axis.Quote) int { return a.Start - b.Start })
	x.quoteMaxEnd = x.quoteMaxEnd[:0]
	if x.quotesSorted {
		m := 0
		for i := range c.d.Quotes {
			m = max(m, c.d.Quotes[i].End)
			x.quoteMaxEnd = append(x.quoteMaxEnd, m)
		}
	}
}

// datesIn returns the indexes of the dates inside sentence si (Start and
// End within it), in document order.
func (c *coder) datesIn(si int) []int32 {
	x := &c.idx
	if x.sentDatesOf == si {
		return x.sentDates
	}
	s := c.d.Sentences[si]
	ds := c.d.Dates
	out := x.sentDates[:0]
	if x.datesSorted {
		k := sort.Search(len(ds), func(i int) bool { return ds[i].Start >= s.Start })
		for ; k < len(ds) && ds[k].Start <= s.End; k++ {
			if ds[k].End <= s.End {
				out = append(out, int32(k))
			}
		}
	} else {
		for k := range ds {
			if ds[k].Start >= s.Start && ds[k].End <= s.End {
				out = append(out, int32(k))
			}
		}
	}
	x.sentDates, x.sentDatesOf = out, si
	return out
}

// inDate reports whether byte offset off is inside a date expression.
func (c *coder) inDate(off int) bool {
	ds := c.d.Dates
	if !c.idx.datesSorted {
		for k := range ds {
			if d := &ds[k]; off >= d.Start && off < d.End {
				return true
			}
		}
		return false
	}
	// the dates starting at or before off, back to the last that may
	// reach past it
	for k := sort.Search(len(ds), func(i int) bool { return ds[i].Start > off }) - 1; k >= 0 && c.idx.dateMaxEnd[k] > off; k-- {
		if ds[k].End > off {
			return true
		}
	}
	return false
}

// quotesAt returns the range [lo, hi) of Document.Quotes that holds
// every quote containing byte offset off: all of them when the quotes are
// not in order.
func (c *coder) quotesAt(off int) (int, int) {
	qs := c.d.Quotes
	if !c.idx.quotesSorted {
		return 0, len(qs)
	}
	hi := sort.Search(len(qs), func(i int) bool { return qs[i].Start > off })
	lo := sort.Search(hi, func(i int) bool { return c.idx.quoteMaxEnd[i] > off })
	return lo, hi
}

// inQuote reports whether offset off is inside a direct quotation.
func (c *coder) inQuote(off int) bool {
	lo, hi := c.quotesAt(off)
	for i := lo; i < hi; i++ {
		if off >= c.d.Quotes[i].Start && off < c.d.Quotes[i].End {
			return true
		}
	}
	return false
}

// entityIndex returns the index of the first entity with id, or -1.
func (c *coder) entityIndex(id string) int {
	x := &c.idx
	if !x.entityMade {
		if x.entity == nil {
			x.entity = map[string]int32{}
		}
		clear(x.entity)
		for k := len(c.d.Entities) - 1; k >= 0; k-- {
			x.entity[c.d.Entities[k].ID] = int32(k)
		}
		x.entityMade = true
	}
	if k, ok := x.entity[id]; ok {
		return int(k)
	}
	return -1
}

// mentionsFrom returns the index of the first mention starting at or
// after off. The mentions are in order and do not overlap, so that their
// ends are in order too.
func (c *coder) mentionsFrom(off int) int {
	return sort.Search(len(c.mention), func(i int) bool { return c.mention[i].start >= off })
}

// isEntityName reports whether [start, end) is an entity mention (the
// North Atlantic Treaty Organization is no treaty).
func isEntityName(c *coder, start, end int) bool {
	k := sort.Search(len(c.mention), func(i int) bool { return c.mention[i].end > start })
	return k < len(c.mention) && c.mention[k].start < end
}

// The look-ups below answer questions about the mentions and events of
// the document so far; their tables are made as the coder goes, so that
// each mention and event is read once.

// eventIndex holds the events read for the look-ups (c.events grows as
// sentences are coded; the fields the look-ups read do not change).
type eventIndex struct {
	read int // the events read
	// hostile are the events that call for an answer from their
	// target, by target code (see counterpart)
	hostile map[string][]int32
	// conflict is the latest event between two states in conflict, or
	// -1 (see adversaries)
	conflict int
}

// readEvents brings the event tables up to date.
func (c *coder) readEvents() {
	x := &c.evIdx
	if x.hostile == nil {
		x.hostile = map[string][]int32{}
	}
	for ; x.read < len(c.events); x.read++ {
		e := &c.events[x.read]
		if conflictKinds[e.PLOVER] && e.Target.Country != "" && e.Source.Country != e.Target.Country {
			x.conflict = x.read
		}
		switch e.Modality {
		case axis.ModalityNegated, axis.ModalityHypothetical, axis.ModalityFuture:
			continue
		}
		// a state's own people or forces (no entity of their own) may
		// accuse it too
		if code := e.Target.Country; (e.Source.Country != code || e.Source.Entity == "") && hostile[e.PLOVER] {
			x.hostile[code] = append(x.hostile[code], int32(x.read))
		}
	}
}

// mentionIndex holds tables of the document's mentions, made as the
// sentences are coded (the mentions do not change meanwhile).
type mentionIndex struct {
	// the latest mention not a place by code, of the mentions before
	// latestNext
	latestNext int
	latest     map[string]int32
	// the number of each state's (country) mentions before statesNext,
	// in order of first mention
	statesNext int
	states     []codeCount
	stateAt    map[string]int32
}

// mentions returns the mention tables.
func (c *coder) mentions() *mentionIndex {
	x := &c.mIdx
	if x.latest == nil {
		x.latest, x.stateAt = map[string]int32{}, map[string]int32{}
	}
	return x
}

// latestBefore returns the table of the latest mentions before offset
// end, which does not decrease from call to call.
func (c *coder) latestBefore(end int) map[string]int32 {
	x := c.mentions()
	for ; x.latestNext < len(c.mention) && c.mention[x.latestNext].start < end; x.latestNext++ {
		if m := &c.mention[x.latestNext]; !m.location {
			x.latest[m.code] = int32(x.latestNext)
		}
	}
	return x.latest
}

// statesBefore returns the counts of the states' mentions before offset
// end, which does not decrease from call to call.
func (c *coder) statesBefore(end int) []codeCount {
	x := c.mentions()
	for ; x.statesNext < len(c.mention) && c.mention[x.statesNext].start < end; x.statesNext++ {
		m := &c.mention[x.statesNext]
		if m.ent.Kind != axis.EntityCountry {
			continue
		}
		j, ok := x.stateAt[m.code]
		if !ok {
			j = int32(len(x.states))
			x.stateAt[m.code] = j
			x.states = append(x.states, codeCount{code: m.code})
		}
		x.states[j].n++
		x.states[j].last = x.statesNext
	}
	return x.states
}

// resetIndexes empties the tables of mentions and events for another
// document, keeping their storage.
func (c *coder) resetIndexes() {
	e := &c.evIdx
	for k, l := range e.hostile {
		e.hostile[k] = l[:0]
	}
	clear(e.hostile) // the codes are the document's
	e.read, e.conflict = 0, -1
	m := &c.mIdx
	clear(m.latest)
	clear(m.stateAt)
	m.latestNext, m.statesNext, m.states = 0, 0, m.states[:0]
}
