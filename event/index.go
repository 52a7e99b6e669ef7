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
