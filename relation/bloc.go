package relation

import (
	"math"
	"sort"
)

// Member is a country of a bloc with its strength: the sum of its
// positive ties to other members.
type Member struct {
	Code     string  `json:"code"`
	Strength float64 `json:"strength"`
}

// Bloc is a group of countries that cooperate among themselves more than
// the rest of the graph would lead one to expect.
type Bloc struct {
	ID int `json:"id"` // 1, 2, ... by size
	// Members are by strength, strongest first, then by code.
	Members []Member `json:"members"`
	// Cohesion is the share of the members' cooperation (positive weight)
	// that stays inside the bloc, 0 to 1.
	Cohesion float64 `json:"cohesion"`
	// Tension is the share of conflict among the bloc's own ties: the
	// negative weight inside over all weight inside, 0 to 1.
	Tension float64 `json:"tension"`
	// Ties are the positive ties inside the bloc, strongest first.
	Ties []Edge `json:"ties"`
}

// Partition is the blocs of a graph.
type Partition struct {
	// Blocs have two members or more, largest first.
	Blocs []Bloc `json:"blocs"`
	// Unaligned are the nodes that joined no bloc, sorted.
	Unaligned []string `json:"unaligned"`
	// Modularity is the signed modularity of the partition (see Blocs).
	Modularity float64 `json:"modularity"`
	// Rivalries are the negative dyads across blocs (and unaligned
	// nodes), most negative first.
	Rivalries []Edge `json:"rivalries"`

	bloc map[string]int // node → bloc ID, 0 for unaligned
}

// BlocOf returns the ID of the bloc of code, 0 if it is unaligned or not
// in the graph.
func (p *Partition) BlocOf(code string) int { return p.bloc[code] }

// Trim keeps the n strongest ties of each bloc and the n most
// antagonistic rivalries.
func (p *Partition) Trim(n int) {
	n = max(n, 0)
	for i := range p.Blocs {
		if len(p.Blocs[i].Ties) > n {
			p.Blocs[i].Ties = p.Blocs[i].Ties[:n]
		}
	}
	if len(p.Rivalries) > n {
		p.Rivalries = p.Rivalries[:n]
	}
}

// Blocs partitions g into blocs by maximising signed modularity (Gómez,
// Jensen and Arenas 2009) with the Louvain method (Blondel et al. 2008).
//
// Signed modularity rewards a partition for positive weight inside groups
// beyond what a random graph with the same positive degrees would put
// there, and penalises it for negative weight inside groups beyond what a
// random graph with the same negative degrees would put there:
//
//	Q = 1/(2w⁺+2w⁻) Σᵢⱼ [(Aᵢⱼ⁺ − kᵢ⁺kⱼ⁺/2w⁺) − (Aᵢⱼ⁻ − kᵢ⁻kⱼ⁻/2w⁻)] δ(cᵢ,cⱼ)
//
// so allies are pulled together and enemies pushed apart. Louvain starts
// with every node alone, moves each node (in order of code) to the
// neighbouring group with the largest gain in Q, repeats until no move
// helps, then merges each group into one node and starts again, until
// nothing changes. A node only considers groups it has a positive tie
// to, and stays alone if no group gains; ties in gain keep a node where
// it is, else send it to the group of the lowest index. Weights are
// summed in fixed point, so the result depends on the graph only, never
// on the order events were given: the same data always gives the same
// blocs.
func Blocs(g *Graph) *Partition {
	n := len(g.Nodes)
	p := &Partition{Blocs: []Bloc{}, Unaligned: []string{}, Rivalries: []Edge{}, bloc: map[string]int{}}
	if n == 0 {
		return p
	}
	lv := newLevel(g)
	labels := make([]int, n) // original node → community of the current level
	for i := range labels {
		labels[i] = i
	}
	for {
		comm, moved := lv.localMove()
		if !moved {
			break
		}
		next, renum := lv.aggregate(comm)
		for i := range labels {
			labels[i] = renum[comm[labels[i]]]
		}
		lv = next
		if lv.n == 1 {
			break
		}
	}
	p.Modularity = modularity(g, labels)
	return p.report(g, labels)
}

// level is a graph of one Louvain level: nodes are groups of the level
// below.
type level struct {
	n    int
	adj  [][]arc
	self [][2]float64 // positive and negative self-loop weight (both orders)
	k    [][2]float64 // positive and negative degree, self loops included
	m2   [2]float64   // 2w⁺, 2w⁻
}

type arc struct {
	to       int
	pos, neg float64
}

func newLevel(g *Graph) *level {
	lv := &level{n: len(g.Nodes), adj: make([][]arc, len(g.Nodes)), self: make([][2]float64, len(g.Nodes)),
		k: make([][2]float64, len(g.Nodes))}
	for _, e := range g.Edges {
		w := e.pos - e.neg
		if w == 0 {
			continue
		}
		var a arc
		if w > 0 {
			a.pos = unmicro(w)
		} else {
			a.neg = unmicro(-w)
		}
		i, j := int(e.a), int(e.b)
		a.to = j
		lv.adj[i] = append(lv.adj[i], a)
		a.to = i
		lv.adj[j] = append(lv.adj[j], a)
	}
	lv.degrees()
	return lv
}

func (lv *level) degrees() {
	lv.m2 = [2]float64{}
	for i := range lv.n {
		k := lv.self[i]
		for _, a := range lv.adj[i] {
			k[0] += a.pos
			k[1] += a.neg
		}
		lv.k[i] = k
		lv.m2[0] += k[0]
		lv.m2[1] += k[1]
	}
}

// gain is, up to a positive factor, the gain in Q of putting node i,
// alone, into a group with degree totals tot to which i has weights w.
func (lv *level) gain(i int, w, tot [2]float64) float64 {
	g := 0.0
	if lv.m2[0] > 0 {
		g += w[0] - lv.k[i][0]*tot[0]/lv.m2[0]
	}
	if lv.m2[1] > 0 {
		g -= w[1] - lv.k[i][1]*tot[1]/lv.m2[1]
	}
	return g
}

// localMove moves nodes between groups until no move gains; it returns
// each node's group and whether any node moved.
func (lv *level) localMove() ([]int, bool) {
	comm := make([]int, lv.n)
	tot := make([][2]float64, lv.n)
	size := make([]int, lv.n)
	for i := range comm {
		comm[i] = i
		tot[i] = lv.k[i]
		size[i] = 1
	}
	w := make([][2]float64, lv.n)
	seen := make([]bool, lv.n)
	var touched []int
	var empty []int // groups left empty, smallest last
	eps := 1e-9 * (lv.m2[0] + lv.m2[1] + 1)
	moved := false
	for pass := 0; pass < 1000; pass++ {
		changed := false
		for i := range lv.n {
			c0 := comm[i]
			touched = touched[:0]
			for _, a := range lv.adj[i] {
				c := comm[a.to]
				if !seen[c] {
					seen[c] = true
					touched = append(touched, c)
				}
				w[c][0] += a.pos
				w[c][1] += a.neg
			}
			// take i out of its group
			tot[c0][0] -= lv.k[i][0]
			tot[c0][1] -= lv.k[i][1]
			size[c0]--
			best, bestGain := c0, lv.gain(i, w[c0], tot[c0])
			if size[c0] > 0 && bestGain < -eps {
				best, bestGain = -1, 0 // alone is better than staying
			}
			sort.Ints(touched)
			for _, c := range touched {
				if c == c0 || w[c][0] <= 0 {
					continue
				}
				if g := lv.gain(i, w[c], tot[c]); g > bestGain+eps {
					best, bestGain = c, g
				}
			}
			if best == -1 {
				if size[c0] == 0 {
					best = c0
				} else {
					sort.Sort(sort.Reverse(sort.IntSlice(empty)))
					best, empty = empty[len(empty)-1], empty[:len(empty)-1]
				}
			}
			tot[best][0] += lv.k[i][0]
			tot[best][1] += lv.k[i][1]
			size[best]++
			if best != c0 {
				comm[i] = best
				changed, moved = true, true
				if size[c0] == 0 {
					empty = append(empty, c0)
				}
				for j, c := range empty {
					if c == best {
						empty = append(empty[:j], empty[j+1:]...)
						break
					}
				}
			}
			for _, c := range touched {
				w[c] = [2]float64{}
				seen[c] = false
			}
			w[c0] = [2]float64{}
		}
		if !changed {
			break
		}
	}
	return comm, moved
}

// aggregate merges each group into one node; groups are numbered in order
// of their lowest node. It returns the new level and each group's number.
func (lv *level) aggregate(comm []int) (*level, []int) {
	renum := make([]int, lv.n)
	for i := range renum {
		renum[i] = -1
	}
	k := 0
	for i := range lv.n {
		if renum[comm[i]] < 0 {
			renum[comm[i]] = k
			k++
		}
	}
	next := &level{n: k, adj: make([][]arc, k), self: make([][2]float64, k), k: make([][2]float64, k)}
	idx := make([]map[int]int, k)
	for i := range lv.n {
		ci := renum[comm[i]]
		next.self[ci][0] += lv.self[i][0]
		next.self[ci][1] += lv.self[i][1]
		for _, a := range lv.adj[i] {
			cj := renum[comm[a.to]]
			if ci == cj {
				next.self[ci][0] += a.pos
				next.self[ci][1] += a.neg
				continue
			}
			if idx[ci] == nil {
				idx[ci] = map[int]int{}
			}
			x, ok := idx[ci][cj]
			if !ok {
				x = len(next.adj[ci])
				idx[ci][cj] = x
				next.adj[ci] = append(next.adj[ci], arc{to: cj})
			}
			next.adj[ci][x].pos += a.pos
			next.adj[ci][x].neg += a.neg
		}
	}
	for i := range next.adj {
		sort.Slice(next.adj[i], func(a, b int) bool { return next.adj[i][a].to < next.adj[i][b].to })
	}
	next.degrees()
	return next, renum
}

// modularity computes signed modularity of labels (each < len(g.Nodes))
// on g, summing in a fixed order.
func modularity(g *Graph, labels []int) float64 {
	n := len(g.Nodes)
	in := make([][2]float64, n)
	tot := make([][2]float64, n)
	var m2 [2]float64
	for _, e := range g.Edges {
		w := e.pos - e.neg
		var pw [2]float64
		if w > 0 {
			pw[0] = unmicro(w)
		} else {
			pw[1] = unmicro(-w)
		}
		for _, x := range []int32{e.a, e.b} {
			tot[labels[x]][0] += pw[0]
			tot[labels[x]][1] += pw[1]
		}
		m2[0] += 2 * pw[0]
		m2[1] += 2 * pw[1]
		if c := labels[e.a]; c == labels[e.b] {
			in[c][0] += 2 * pw[0]
			in[c][1] += 2 * pw[1]
		}
	}
	if m2[0]+m2[1] == 0 {
		return 0
	}
	q := 0.0
	for c := range n {
		if m2[0] > 0 {
			q += in[c][0] - tot[c][0]*tot[c][0]/m2[0]
		}
		if m2[1] > 0 {
			q -= in[c][1] - tot[c][1]*tot[c][1]/m2[1]
		}
	}
	return q / (m2[0] + m2[1])
}

// report turns node labels into numbered blocs with their measures.
func (p *Partition) report(g *Graph, labels []int) *Partition {
	groups := map[int][]int{}
	for i, l := range labels {
		groups[l] = append(groups[l], i)
	}
	type agg struct {
		nodes        []int
		posIn, negIn int64
		posOut       int64
		strength     map[int]int64
		firstCode    string
	}
	var blocs []*agg
	label2 := map[int]*agg{}
	for l, nodes := range groups {
		if len(nodes) < 2 {
			p.Unaligned = append(p.Unaligned, g.Nodes[nodes[0]])
			continue
		}
		a := &agg{nodes: nodes, strength: map[int]int64{}, firstCode: g.Nodes[nodes[0]]}
		blocs = append(blocs, a)
		label2[l] = a
	}
	sort.Strings(p.Unaligned)
	var ties = map[*agg][]Edge{}
	for _, e := range g.Edges {
		w := e.pos - e.neg
		la, lb := labels[e.a], labels[e.b]
		if la == lb {
			a := label2[la]
			if a == nil {
				continue
			}
			if w > 0 {
				a.posIn += w
				a.strength[int(e.a)] += w
				a.strength[int(e.b)] += w
				ties[a] = append(ties[a], e)
			} else {
				a.negIn -= w
			}
			continue
		}
		if w > 0 {
			if a := label2[la]; a != nil {
				a.posOut += w
			}
			if b := label2[lb]; b != nil {
				b.posOut += w
			}
		} else if w < 0 {
			p.Rivalries = append(p.Rivalries, e)
		}
	}
	sort.Slice(blocs, func(i, j int) bool {
		if len(blocs[i].nodes) != len(blocs[j].nodes) {
			return len(blocs[i].nodes) > len(blocs[j].nodes)
		}
		if blocs[i].posIn != blocs[j].posIn {
			return blocs[i].posIn > blocs[j].posIn
		}
		return blocs[i].firstCode < blocs[j].firstCode
	})
	for bi, a := range blocs {
		b := Bloc{ID: bi + 1, Ties: []Edge{}}
		for _, i := range a.nodes {
			b.Members = append(b.Members, Member{Code: g.Nodes[i], Strength: unmicro(a.strength[i])})
			p.bloc[g.Nodes[i]] = b.ID
		}
		sort.Slice(b.Members, func(i, j int) bool {
			if b.Members[i].Strength != b.Members[j].Strength {
				return b.Members[i].Strength > b.Members[j].Strength
			}
			return b.Members[i].Code < b.Members[j].Code
		})
		if a.posIn+a.posOut > 0 {
			b.Cohesion = float64(a.posIn) / float64(a.posIn+a.posOut)
		}
		if a.posIn+a.negIn > 0 {
			b.Tension = float64(a.negIn) / float64(a.posIn+a.negIn)
		}
		t := ties[a]
		sort.SliceStable(t, func(i, j int) bool { return t[i].pos-t[i].neg > t[j].pos-t[j].neg })
		b.Ties = append(b.Ties, t...)
		p.Blocs = append(p.Blocs, b)
	}
	sort.SliceStable(p.Rivalries, func(i, j int) bool {
		return p.Rivalries[i].pos-p.Rivalries[i].neg < p.Rivalries[j].pos-p.Rivalries[j].neg
	})
	return p
}

// Drift is how a country's alignment with a bloc changed between two
// periods.
type Drift struct {
	Country string `json:"country"`
	Bloc    int    `json:"bloc"`
	// Member tells whether the country belongs to the bloc.
	Member bool `json:"member"`
	// Before and After are the country's alignment with the bloc in each
	// period: the net weight of its ties to the bloc's other members over
	// their total weight, from -1 (only conflict) to +1 (only
	// cooperation). Change is After - Before.
	Before  float64 `json:"before"`
	After   float64 `json:"after"`
	Change  float64 `json:"change"`
	BeforeN int     `json:"before_happenings"`
	AfterN  int     `json:"after_happenings"`
}

// Drifts compares every country's alignment with each bloc of p in two
// graphs (of two periods), for the countries that have ties to the bloc
// in both; largest changes first (then by country and bloc).
func Drifts(p *Partition, before, after *Graph) []Drift {
	type key struct {
		country string
		bloc    int
	}
	type sums struct {
		pos, neg int64
		n        int
	}
	collect := func(g *Graph) map[key]*sums {
		m := map[key]*sums{}
		for _, e := range g.Edges {
			for _, side := range [2][2]string{{e.A, e.B}, {e.B, e.A}} {
				b := p.bloc[side[1]]
				if b == 0 {
					continue
				}
				k := key{side[0], b}
				s := m[k]
				if s == nil {
					s = &sums{}
					m[k] = s
				}
				s.pos += e.pos
				s.neg += e.neg
				s.n += e.Happenings
			}
		}
		return m
	}
	b, a := collect(before), collect(after)
	out := []Drift{}
	for k, sb := range b {
		sa := a[k]
		if sa == nil || sb.pos+sb.neg == 0 || sa.pos+sa.neg == 0 {
			continue
		}
		d := Drift{Country: k.country, Bloc: k.bloc, Member: p.bloc[k.country] == k.bloc,
			Before:  float64(sb.pos-sb.neg) / float64(sb.pos+sb.neg),
			After:   float64(sa.pos-sa.neg) / float64(sa.pos+sa.neg),
			BeforeN: sb.n, AfterN: sa.n}
		d.Change = d.After - d.Before
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		ci, cj := math.Abs(out[i].Change), math.Abs(out[j].Change)
		if math.Abs(ci-cj) > 1e-12 {
			return ci > cj
		}
		if out[i].Country != out[j].Country {
			return out[i].Country < out[j].Country
		}
		return out[i].Bloc < out[j].Bloc
	})
	return out
}
