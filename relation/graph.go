package relation

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Weighting says how much a happening adds to its dyad's edge.
type Weighting int

const (
	// Goldstein weighs a happening by its Goldstein score, -10 (war) to
	// +10 (the most cooperative acts).
	Goldstein Weighting = iota
	// Quad weighs it by its quad class: verbal cooperation +1, material
	// cooperation +2, verbal conflict -1, material conflict -2.
	Quad
)

func (w Weighting) String() string {
	if w == Quad {
		return "quad"
	}
	return "goldstein"
}

// ParseWeighting parses goldstein or quad.
func ParseWeighting(s string) (Weighting, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "goldstein":
		return Goldstein, nil
	case "quad":
		return Quad, nil
	}
	return 0, fmt.Errorf("weighting %q: want goldstein or quad", s)
}

var quadWeight = [5]int64{0, 1e6, 2e6, -1e6, -2e6}

// GraphOptions shape an alignment graph.
type GraphOptions struct {
	Weight Weighting
	// HalfLife, in days, decays a happening's weight by half for every
	// HalfLife days it lies before Ref; 0 does not decay.
	HalfLife float64
	// Ref is the date decay is measured from (YYYY[-MM[-DD]]); "" is the
	// latest happening's day.
	Ref string
	// From and To restrict the graph to happenings dated within them
	// (YYYY[-MM[-DD]], inclusive), inside the collector's own bounds.
	From, To string
	// MinEvents is the fewest happenings a dyad needs for an edge; 0 or 1
	// keeps every dyad with a happening.
	MinEvents int
}

// Edge is the relation of an undirected dyad, A < B.
type Edge struct {
	A string `json:"a"`
	B string `json:"b"`
	// Weight is Cooperation - Conflict: positive for allies.
	Weight float64 `json:"weight"`
	// Cooperation and Conflict sum the positive and (the absolute values
	// of) the negative weights of the dyad's happenings.
	Cooperation float64 `json:"cooperation"`
	Conflict    float64 `json:"conflict"`
	// Net is Weight / (Cooperation + Conflict), from -1 to +1.
	Net        float64 `json:"net"`
	Happenings int     `json:"happenings"`

	a, b     int32 // node indices in Graph.Nodes
	pos, neg int64 // micro-units
}

// Graph is the signed alignment graph: countries (and whatever else the
// collector kept) as nodes, one signed edge per undirected dyad.
type Graph struct {
	// Nodes are sorted; Edges are sorted by A, then B.
	Nodes []string `json:"nodes"`
	Edges []Edge   `json:"edges"`
}

// Graph builds the alignment graph of the collected happenings. A
// happening coded from both sides (a joint act) counts once.
func (c *Collector) Graph(opt GraphOptions) (*Graph, error) {
	var from, to int32 = math.MinInt32, math.MaxInt32
	if opt.From != "" {
		d, _, ok := parseDate(strings.TrimSpace(opt.From))
		if !ok {
			return nil, fmt.Errorf("relation: graph from %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.From)
		}
		from = d
	}
	if opt.To != "" {
		d, p, ok := parseDate(strings.TrimSpace(opt.To))
		if !ok {
			return nil, fmt.Errorf("relation: graph to %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.To)
		}
		to = lastDay(d, p)
	}
	if opt.HalfLife < 0 || math.IsNaN(opt.HalfLife) {
		return nil, fmt.Errorf("relation: negative half-life %v", opt.HalfLife)
	}
	var ref int32
	haveRef := false
	if opt.Ref != "" {
		d, p, ok := parseDate(strings.TrimSpace(opt.Ref))
		if !ok {
			return nil, fmt.Errorf("relation: reference date %q: want YYYY, YYYY-MM or YYYY-MM-DD", opt.Ref)
		}
		ref, haveRef = lastDay(d, p), true
	}
	mirror := c.mirrors()
	if opt.HalfLife > 0 && !haveRef {
		for i := range c.hs {
			if d := c.hs[i].day; d >= from && d <= to && (!haveRef || d > ref) {
				ref, haveRef = d, true
			}
		}
	}
	type pair struct{ a, b int32 }
	idx := map[pair]int32{}
	var acc []Edge
	for i := range c.hs {
		h := &c.hs[i]
		if h.day < from || h.day > to || mirror[i] >= 0 {
			continue
		}
		p := pair{h.src, h.tgt}
		if p.a > p.b {
			p.a, p.b = p.b, p.a
		}
		e, ok := idx[p]
		if !ok {
			e = int32(len(acc))
			idx[p] = e
			acc = append(acc, Edge{a: p.a, b: p.b})
		}
		w := h.goldstein
		if opt.Weight == Quad {
			w = quadWeight[max(0, min(4, h.quad))]
		}
		if opt.HalfLife > 0 && h.day < ref {
			w = micro(unmicro(w) * math.Exp2(-float64(ref-h.day)/opt.HalfLife))
		}
		ed := &acc[e]
		ed.Happenings++
		if w > 0 {
			ed.pos += w
		} else {
			ed.neg -= w
		}
	}
	g := &Graph{Nodes: []string{}, Edges: []Edge{}}
	used := map[int32]bool{}
	for _, e := range acc {
		if e.Happenings < opt.MinEvents {
			continue
		}
		used[e.a], used[e.b] = true, true
		g.Edges = append(g.Edges, e)
	}
	for n := range used {
		g.Nodes = append(g.Nodes, c.codes[n])
	}
	sort.Strings(g.Nodes)
	pos := make(map[string]int32, len(g.Nodes))
	for i, n := range g.Nodes {
		pos[n] = int32(i)
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		e.A, e.B = c.codes[e.a], c.codes[e.b]
		if e.A > e.B {
			e.A, e.B = e.B, e.A
		}
		e.a, e.b = pos[e.A], pos[e.B]
		e.finish()
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		if g.Edges[i].a != g.Edges[j].a {
			return g.Edges[i].a < g.Edges[j].a
		}
		return g.Edges[i].b < g.Edges[j].b
	})
	return g, nil
}

func (e *Edge) finish() {
	e.Cooperation, e.Conflict = unmicro(e.pos), unmicro(e.neg)
	e.Weight = unmicro(e.pos - e.neg)
	e.Net = 0
	if e.pos+e.neg > 0 {
		e.Net = float64(e.pos-e.neg) / float64(e.pos+e.neg)
	}
}

// NewGraph builds a graph from edges given by hand (A, B and either
// Weight, or Cooperation and Conflict; Happenings is kept): for tests and
// for weights computed elsewhere. Edges of the same dyad are summed.
func NewGraph(edges []Edge) *Graph {
	c := &Collector{codeID: map[string]int32{}}
	type pair struct{ a, b int32 }
	idx := map[pair]int{}
	var acc []Edge
	for _, in := range edges {
		if in.A == in.B || in.A == "" || in.B == "" {
			continue
		}
		a, b := c.code(in.A), c.code(in.B)
		if a > b {
			a, b = b, a
		}
		pos, neg := micro(in.Cooperation), micro(in.Conflict)
		if pos == 0 && neg == 0 {
			if w := micro(in.Weight); w > 0 {
				pos = w
			} else {
				neg = -w
			}
		}
		i, ok := idx[pair{a, b}]
		if !ok {
			i = len(acc)
			idx[pair{a, b}] = i
			acc = append(acc, Edge{a: a, b: b})
		}
		acc[i].pos += pos
		acc[i].neg += neg
		acc[i].Happenings += in.Happenings
	}
	c.hs = nil
	g := &Graph{Nodes: append([]string{}, c.codes...), Edges: []Edge{}}
	sort.Strings(g.Nodes)
	pos := map[string]int32{}
	for i, n := range g.Nodes {
		pos[n] = int32(i)
	}
	for _, e := range acc {
		e.A, e.B = c.codes[e.a], c.codes[e.b]
		if e.A > e.B {
			e.A, e.B = e.B, e.A
		}
		e.a, e.b = pos[e.A], pos[e.B]
		e.finish()
		g.Edges = append(g.Edges, e)
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		if g.Edges[i].a != g.Edges[j].a {
			return g.Edges[i].a < g.Edges[j].a
		}
		return g.Edges[i].b < g.Edges[j].b
	})
	return g
}
