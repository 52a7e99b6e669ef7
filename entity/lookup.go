package entity

import (
	"sort"

	"github.com/axis-news/axis"
)

// At returns the entity with a mention covering byte offset off of d.Text
// and that mention, or nil. Where mentions overlap ("Russian" inside "the
// Russian leader") the shortest wins. It scans every mention; for many
// look-ups build an Index.
func At(d *axis.Document, off int) (*axis.Entity, *axis.Mention) {
	var be *axis.Entity
	var bm *axis.Mention
	for i := range d.Entities {
		e := &d.Entities[i]
		for j := range e.Mentions {
			m := &e.Mentions[j]
			if m.Start <= off && off < m.End && (bm == nil || m.End-m.Start < bm.End-bm.Start) {
				be, bm = e, m
			}
		}
	}
	return be, bm
}

// ByID returns the entity of d with the given ID, or nil.
func ByID(d *axis.Document, id string) *axis.Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}

// CountryOf returns the state or IGO code an entity stands for in events: a
// country's code, an organisation's or person's country (an IGO's own code
// for IGOs and their officials), a location's country.
func CountryOf(e *axis.Entity) string {
	if e == nil {
		return ""
	}
	if e.Country != "" {
		return e.Country
	}
	return e.Code
}

// Index finds the entities mentioned at an offset or in a span of a
// document quickly. Build it after the entity stage has run; it does not
// see later changes to d.Entities.
type Index struct {
	d     *axis.Document
	spans []span // by start
}

type span struct {
	start, end int
	ent, men   int
}

// NewIndex indexes the mentions of d.
func NewIndex(d *axis.Document) *Index {
	x := &Index{d: d}
	for i := range d.Entities {
		for j, m := range d.Entities[i].Mentions {
			x.spans = append(x.spans, span{m.Start, m.End, i, j})
		}
	}
	sort.Slice(x.spans, func(a, b int) bool {
		if x.spans[a].start != x.spans[b].start {
			return x.spans[a].start < x.spans[b].start
		}
		return x.spans[a].end < x.spans[b].end
	})
	return x
}

// At is At(d, off) in logarithmic time (mentions are short).
func (x *Index) At(off int) (*axis.Entity, *axis.Mention) {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].start > off })
	var best *span
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		s := &x.spans[k]
		if s.start <= off && off < s.end && (best == nil || s.end-s.start < best.end-best.start) {
			best = s
		}
	}
	if best == nil {
		return nil, nil
	}
	e := &x.d.Entities[best.ent]
	return e, &e.Mentions[best.men]
}

// In calls fn for every mention starting in [start, end), in text order.
func (x *Index) In(start, end int, fn func(e *axis.Entity, m *axis.Mention)) {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].start >= start })
	for ; i < len(x.spans) && x.spans[i].start < end; i++ {
		s := &x.spans[i]
		e := &x.d.Entities[s.ent]
		fn(e, &e.Mentions[s.men])
	}
}
