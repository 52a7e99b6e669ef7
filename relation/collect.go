package relation

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/axis-news/axis"
)

// DefaultModalities are the modalities counted unless Options says
// otherwise: what reports say happened, and what they say someone claims
// happened. An event with no modality counts as asserted.
var DefaultModalities = []string{axis.ModalityAsserted, axis.ModalityAlleged}

// AllModalities are every modality the event coder gives.
var AllModalities = []string{axis.ModalityAsserted, axis.ModalityAlleged, axis.ModalityDenied,
	axis.ModalityNegated, axis.ModalityFuture, axis.ModalityHypothetical}

// Options choose what a Collector keeps.
type Options struct {
	// Period is the step of time series.
	Period Period
	// From and To bound the events' dates, inclusive: YYYY, YYYY-MM or
	// YYYY-MM-DD ("" leaves that end open). From "2023-01" starts on
	// 2023-01-01, To "2024-12" ends on 2024-12-31.
	From, To string
	// Modalities are the modalities counted; nil means DefaultModalities.
	Modalities []string
	// Node reports whether an actor key (a country code, or an IGO's code)
	// may be a side of a counted event; nil keeps every non-empty key.
	Node func(key string) bool
}

// Stats tells what a Collector did with the events it was given. Every
// event is counted once in Events and, if it was not counted, under the
// first reason that excluded it.
type Stats struct {
	Events     int `json:"events"`       // events given
	Counted    int `json:"counted"`      // events counted (as reports of happenings)
	Happenings int `json:"happenings"`   // distinct happenings counted
	Modality   int `json:"modality"`     // excluded: modality not counted
	NoActor    int `json:"no_actor"`     // excluded: a side without an actor key
	Domestic   int `json:"domestic"`     // excluded: both sides the same actor
	NotNode    int `json:"not_node"`     // excluded: a side refused by Options.Node
	Undated    int `json:"undated"`      // excluded: no usable date
	OutOfRange int `json:"out_of_range"` // excluded: date outside From..To
	// Approximate counts happenings dated more coarsely than the period
	// (a month, for weeks) placed in the period of their article's date,
	// which falls within their own; Imprecise counts those that could not
	// be placed and are left out of time series (they still count in the
	// alignment graph).
	Approximate int `json:"approximate"`
	Imprecise   int `json:"imprecise"`
}

const noBucket = -1 << 31

// happening is one counted real-world occurrence: a directed dyad, an
// event type and a date, with how often it was reported.
type happening struct {
	src, tgt  int32 // codes
	typ       int32 // types: CAMEO code, else PLOVER type
	plover    int32 // plovers, -1 for none
	quad      int8
	prec      precision
	day       int32 // first day of its date, or the article's day within it
	bucket    int32 // period bucket, or noBucket
	goldstein int64 // micro-units
	reports   int32 // events counted
	articles  int32 // documents among them (see AddEvent)
	lastDoc   int64
	stored    int32 // the store's NumArticles, 0 when unknown
}

type happeningKey struct {
	src, tgt, typ, day int32
	prec               precision
}

// key packs k for a table; the bit above prec makes it non-zero.
func (k happeningKey) key() tkey {
	return tkey{uint64(uint32(k.src))<<32 | uint64(uint32(k.tgt)),
		uint64(uint32(k.typ))<<35 | 1<<34 | uint64(uint8(k.prec))<<32 | uint64(uint32(k.day))}
}

// Collector deduplicates events into happenings and holds them for time
// series (Series) and alignment graphs (Graph). Add events with Add or
// AddEvent, or fill it from a store with Collect. A Collector is not safe
// for concurrent use.
type Collector struct {
	opt              Options
	from, to         int32
	hasFrom, hasTo   bool
	modality         map[string]bool
	countEmpty       bool
	codes            []string
	codeID           map[string]int32
	keep             []bool
	types            []string
	typeID           map[string]int32
	plovers          []string
	ploverID         map[string]int32
	byStore          map[int64]int32
	byKey            *table // happeningKey.key() → happening
	hs               []happening
	stats            Stats
	lastSrc, lastTgt string
	lastSrcID        int32
	lastTgtID        int32
	mirror           []int32 // lazily: see mirrors
}

// NewCollector returns an empty collector. Returns an error for a
// malformed date bound or an unknown modality.
func NewCollector(opt Options) (*Collector, error) {
	c := &Collector{opt: opt, codeID: map[string]int32{}, typeID: map[string]int32{}, ploverID: map[string]int32{},
		byStore: map[int64]int32{}, byKey: newTable(1024),
		modality: map[string]bool{}, lastSrcID: -1, lastTgtID: -1}
	if opt.Period < Day || opt.Period > Year {
		return nil, fmt.Errorf("relation: unknown period %d", opt.Period)
	}
	if opt.From != "" {
		d, _, ok := parseDate(strings.TrimSpace(opt.From))
		if !ok {
			return nil, fmt.Errorf("relation: from date %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.From)
		}
		c.from, c.hasFrom = d, true
	}
	if opt.To != "" {
		d, p, ok := parseDate(strings.TrimSpace(opt.To))
		if !ok {
			return nil, fmt.Errorf("relation: to date %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.To)
		}
		c.to, c.hasTo = lastDay(d, p), true
	}
	mods := opt.Modalities
	if mods == nil {
		mods = DefaultModalities
	}
	for _, m := range mods {
		m = strings.ToLower(strings.TrimSpace(m))
		known := false
		for _, a := range AllModalities {
			known = known || a == m
		}
		if !known {
			return nil, fmt.Errorf("relation: unknown modality %q", m)
		}
		c.modality[m] = true
	}
	c.countEmpty = c.modality[axis.ModalityAsserted]
	return c, nil
}

// Stats returns what the collector did so far.
func (c *Collector) Stats() Stats {
	s := c.stats
	s.Happenings = len(c.hs)
	return s
}

// Add counts a stored event: events of one stored happening are counted
// once.
func (c *Collector) Add(r *axis.EventRecord) {
	c.add(&r.Event, r.DocumentID, r.DocumentDate, r.Happening.ID, r.Happening.Date, r.Happening.NumArticles)
}

// AddEvent counts an event of document docID (0 if unknown: every such
// event is an article of its own) dated docDate. Events are one happening
// when they have the same source and target keys, event type (CAMEO code,
// else PLOVER type) and date (the event's, else the document's), as in
// the store.
//
// A happening's articles are counted as the changes of document among its
// reports, which is exact when each document's events are added together
// (as Collect and a pipeline do) and costs no set of documents.
func (c *Collector) AddEvent(e *axis.Event, docID int64, docDate string) {
	c.add(e, docID, docDate, 0, "", 0)
}

func (c *Collector) add(e *axis.Event, docID int64, docDate string, storeID int64, hDate string, stored int) {
	c.stats.Events++
	if e.Modality == "" {
		if !c.countEmpty {
			c.stats.Modality++
			return
		}
	} else if !c.modality[e.Modality] {
		c.stats.Modality++
		return
	}
	srcKey, tgtKey := axis.ActorKey(e.Source), axis.ActorKey(e.Target)
	if srcKey == "" || tgtKey == "" {
		c.stats.NoActor++
		return
	}
	if srcKey == tgtKey {
		c.stats.Domestic++
		return
	}
	src, tgt := c.lastSrcID, c.lastTgtID
	if srcKey != c.lastSrc || src < 0 {
		src = c.code(srcKey)
		c.lastSrc, c.lastSrcID = srcKey, src
	}
	if tgtKey != c.lastTgt || tgt < 0 {
		tgt = c.code(tgtKey)
		c.lastTgt, c.lastTgtID = tgtKey, tgt
	}
	if !c.keep[src] || !c.keep[tgt] {
		c.stats.NotNode++
		return
	}

	var h int32
	found := false
	if storeID != 0 {
		h, found = c.byStore[storeID]
	}
	if !found {
		date := e.Date
		if date == "" {
			date = hDate
		}
		if date == "" {
			date = docDate
		}
		day, prec, ok := parseDate(date)
		if !ok {
			c.stats.Undated++
			return
		}
		typ := e.CAMEO
		if typ == "" {
			typ = e.PLOVER
		}
		ti, ok := c.typeID[typ]
		if !ok {
			ti = int32(len(c.types))
			c.types = append(c.types, typ)
			c.typeID[typ] = ti
		}
		key := happeningKey{src: src, tgt: tgt, typ: ti, day: day, prec: prec}
		if storeID == 0 {
			h, found = c.byKey.get(key.key())
		}
		if !found {
			est, bucket := day, int32(noBucket)
			refined := false
			if prec != precDay {
				// the article's day, when it falls within the event's date
				if dd, dp, ok := parseDate(docDate); ok && dp == precDay && dd >= day && dd <= lastDay(day, prec) {
					est, refined = dd, true
				}
			}
			if (c.hasFrom && est < c.from) || (c.hasTo && est > c.to) {
				c.stats.OutOfRange++
				return
			}
			switch {
			case prec <= c.opt.Period.need():
				bucket = c.opt.Period.bucket(day)
			case refined:
				bucket = c.opt.Period.bucket(est)
				c.stats.Approximate++
			default:
				c.stats.Imprecise++
			}
			pl := int32(-1)
			if e.PLOVER != "" {
				var ok bool
				if pl, ok = c.ploverID[e.PLOVER]; !ok {
					pl = int32(len(c.plovers))
					c.plovers = append(c.plovers, e.PLOVER)
					c.ploverID[e.PLOVER] = pl
				}
			}
			quad := int8(e.QuadClass)
			if quad < 1 || quad > 4 {
				quad = quadOf(e.CAMEO)
			}
			h = int32(len(c.hs))
			if len(c.hs) == cap(c.hs) {
				c.Grow(max(1024, len(c.hs))) // double: append grows large slices by 1.25
			}
			c.hs = append(c.hs, happening{src: src, tgt: tgt, typ: ti, plover: pl, quad: quad, prec: prec, day: est,
				bucket: bucket, goldstein: micro(e.Goldstein)})
			if storeID != 0 {
				c.byStore[storeID] = h
			} else {
				c.byKey.put(key.key(), h)
			}
			c.mirror = nil
		}
	}
	hp := &c.hs[h]
	hp.reports++
	if int32(stored) > hp.stored {
		hp.stored = int32(stored)
	}
	c.stats.Counted++
	if docID == 0 || docID != hp.lastDoc || hp.reports == 1 {
		hp.articles++
	}
	hp.lastDoc = docID
}

// Grow makes room for n more happenings, for callers who know roughly how
// many events will come.
func (c *Collector) Grow(n int) {
	if n <= cap(c.hs)-len(c.hs) {
		return
	}
	hs := make([]happening, len(c.hs), len(c.hs)+n)
	copy(hs, c.hs)
	c.hs = hs
}

func (c *Collector) code(key string) int32 {
	id, ok := c.codeID[key]
	if !ok {
		id = int32(len(c.codes))
		c.codes = append(c.codes, key)
		c.codeID[key] = id
		c.keep = append(c.keep, c.opt.Node == nil || c.opt.Node(key))
	}
	return id
}

// quadOf is CAMEO's quad class of a code by its root: 01-05 verbal
// cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
// material conflict; 0 when unknown.
func quadOf(cameo string) int8 {
	if len(cameo) < 2 {
		return 0
	}
	r, ok := digits(cameo[:2])
	switch {
	case !ok:
		return 0
	case r >= 1 && r <= 5:
		return 1
	case r <= 8 && r >= 6:
		return 2
	case r >= 9 && r <= 13:
		return 3
	case r >= 14 && r <= 20:
		return 4
	}
	return 0
}

// micro is v in millionths, so sums do not depend on the order of terms.
func micro(v float64) int64 {
	if v >= 0 {
		return int64(v*1e6 + 0.5)
	}
	return -int64(-v*1e6 + 0.5)
}

func unmicro(v int64) float64 { return float64(v) / 1e6 }

// mirrors returns, for each happening, the index of an earlier happening
// it mirrors (the same type and date with source and target swapped: a
// joint act such as a signing, coded from both sides), or -1. Undirected
// views count a mirrored pair once.
func (c *Collector) mirrors() []int32 {
	if c.mirror != nil && len(c.mirror) == len(c.hs) {
		return c.mirror
	}
	m := make([]int32, len(c.hs))
	seen := make(map[happeningKey]int32, len(c.hs))
	for i := range c.hs {
		h := &c.hs[i]
		m[i] = -1
		if rep, ok := seen[happeningKey{src: h.tgt, tgt: h.src, typ: h.typ, day: h.day, prec: h.prec}]; ok {
			m[i] = rep
			continue
		}
		seen[happeningKey{src: h.src, tgt: h.tgt, typ: h.typ, day: h.day, prec: h.prec}] = int32(i)
	}
	c.mirror = m
	return m
}

// PageSize is how many events Collect asks a store for at a time.
var PageSize = 20000

// Collect adds to c every event of store matching filter, reading pages of
// PageSize events in ID order (filter's Offset, Limit and AfterID are
// overridden). The collector's date bounds are passed to the store,
// widened to whole years so that events dated only by month or year are
// seen; the collector applies them exactly.
func (c *Collector) Collect(ctx context.Context, store axis.Store, filter axis.EventFilter) error {
	f := filter
	if c.hasFrom && f.From == nil {
		y := dayString(c.from)[:4]
		f.From = &y
	}
	if c.hasTo && f.To == nil {
		t := dayString(c.to)
		f.To = &t
	}
	f.Offset, f.Limit, f.AfterID = 0, PageSize, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		recs, total, err := store.FindEvents(ctx, f)
		if err != nil {
			return fmt.Errorf("relations: read events: %w", err)
		}
		if f.AfterID == 0 {
			c.Grow(min(total, 1<<24) / 2) // a happening has a report or more
		}
		for _, r := range recs {
			c.Add(r)
		}
		if len(recs) < PageSize {
			return nil
		}
		f.AfterID = recs[len(recs)-1].ID
	}
}

// Span returns the first and last day (YYYY-MM-DD) of the collected
// happenings, or "" and "" when there are none.
func (c *Collector) Span() (first, last string) {
	if len(c.hs) == 0 {
		return "", ""
	}
	lo, hi := c.hs[0].day, c.hs[0].day
	for i := range c.hs {
		lo, hi = min(lo, c.hs[i].day), max(hi, c.hs[i].day)
	}
	return dayString(lo), dayString(hi)
}

// Median returns the day (YYYY-MM-DD) that splits the collected
// happenings in two halves, before it and from it on: the day of the
// middle happening in date order. "" when there are none.
func (c *Collector) Median() string {
	if len(c.hs) == 0 {
		return ""
	}
	days := make([]int32, len(c.hs))
	for i := range c.hs {
		days[i] = c.hs[i].day
	}
	slices.Sort(days)
	return dayString(days[len(days)/2])
}

// DayBefore returns the day before a YYYY-MM-DD day.
func DayBefore(day string) (string, error) {
	d, _, ok := parseDate(day)
	if !ok {
		return "", fmt.Errorf("relation: day %q: want YYYY-MM-DD", day)
	}
	return dayString(d - 1), nil
}
