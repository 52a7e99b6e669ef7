package relation

import (
	"sort"
)

// Counts are the measures of a set of happenings.
type Counts struct {
	// Happenings counts distinct happenings; Reports the events reporting
	// them (mentions). Coverage sums, over the happenings, the number of
	// articles reporting each (syndicated copies included when the store
	// knows them): how much press they got, where Happenings counts each
	// once.
	Happenings int `json:"happenings"`
	Reports    int `json:"reports"`
	Coverage   int `json:"coverage"`
	// Happenings by quad class; Other has no known class.
	VerbalCooperation   int `json:"verbal_cooperation"`
	MaterialCooperation int `json:"material_cooperation"`
	VerbalConflict      int `json:"verbal_conflict"`
	MaterialConflict    int `json:"material_conflict"`
	Other               int `json:"other"`
	// PLOVER counts happenings by PLOVER type.
	PLOVER map[string]int `json:"plover"`
	// GoldsteinSum and GoldsteinMean are over happenings (each once,
	// however often reported); the mean is 0 without happenings.
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
	// NetCooperation is (cooperation - conflict) / (cooperation +
	// conflict) over happenings of the four quad classes, from -1 (only
	// conflict) to +1 (only cooperation); 0 when there are none.
	NetCooperation float64 `json:"net_cooperation"`

	gold int64
}

func (k *Counts) add(c *Collector, h *happening) {
	k.Happenings++
	k.Reports += int(h.reports)
	k.Coverage += int(max(h.articles, h.stored))
	switch h.quad {
	case 1:
		k.VerbalCooperation++
	case 2:
		k.MaterialCooperation++
	case 3:
		k.VerbalConflict++
	case 4:
		k.MaterialConflict++
	default:
		k.Other++
	}
	if h.plover >= 0 {
		if k.PLOVER == nil {
			k.PLOVER = map[string]int{}
		}
		k.PLOVER[c.plovers[h.plover]]++
	}
	k.gold += h.goldstein
}

// addMirror adds the reports of happening h, which mirrors rep, already
// counted; the articles of the pair are those of the more reported side,
// whichever came first.
func (k *Counts) addMirror(h, rep *happening) {
	k.Reports += int(h.reports)
	k.Coverage += max(0, int(max(h.articles, h.stored))-int(max(rep.articles, rep.stored)))
}

func (k *Counts) merge(o *Counts) {
	k.Happenings += o.Happenings
	k.Reports += o.Reports
	k.Coverage += o.Coverage
	k.VerbalCooperation += o.VerbalCooperation
	k.MaterialCooperation += o.MaterialCooperation
	k.VerbalConflict += o.VerbalConflict
	k.MaterialConflict += o.MaterialConflict
	k.Other += o.Other
	for p, n := range o.PLOVER {
		if k.PLOVER == nil {
			k.PLOVER = map[string]int{}
		}
		k.PLOVER[p] += n
	}
	k.gold += o.gold
}

func (k *Counts) finish() {
	if k.PLOVER == nil {
		k.PLOVER = map[string]int{}
	}
	k.GoldsteinSum = unmicro(k.gold)
	if k.Happenings > 0 {
		k.GoldsteinMean = k.GoldsteinSum / float64(k.Happenings)
	}
	coop := k.VerbalCooperation + k.MaterialCooperation
	conf := k.VerbalConflict + k.MaterialConflict
	if coop+conf > 0 {
		k.NetCooperation = float64(coop-conf) / float64(coop+conf)
	}
}

// Row is the measures of one period of a series, for one direction.
type Row struct {
	Period string `json:"period"`
	// Source and Target are the dyad: in an undirected series the actor
	// and its counterpart ("*" for all), in a directed one the direction.
	Source string `json:"source"`
	Target string `json:"target"`
	Counts
}

// Series is a dyad's relation over time.
type Series struct {
	Actor    string `json:"actor"`
	Target   string `json:"target"` // "" for all counterparts
	Directed bool   `json:"directed"`
	Period   string `json:"period"`
	// Rows are in period order, every period from the first to the last
	// (or the collector's From..To) present even if empty; a directed
	// series has two rows per period, actor to target first.
	Rows []Row `json:"rows"`
	// Total sums all rows; happenings too imprecisely dated for a period
	// are not in it (see Stats.Imprecise).
	Total Counts `json:"total"`
}

// All is the Target of a series against every counterpart.
const All = "*"

// Series returns the relation of actor with target (with every
// counterpart when target is "") by period. An undirected series counts
// the events both ways together, counting once a happening coded from
// both sides (a joint signing); a directed series has one row for each
// direction.
func (c *Collector) Series(actor, target string, directed bool) *Series {
	s := &Series{Actor: actor, Target: target, Directed: directed, Period: c.opt.Period.String()}
	tgtLabel := target
	if target == "" {
		tgtLabel = All
	}
	a, aok := c.codeID[actor]
	t, tok := c.codeID[target]
	if target == "" {
		t, tok = -1, true
	}
	type cell struct{ out, in Counts }
	cells := map[int32]*cell{}
	var mirror []int32
	if !directed {
		mirror = c.mirrors()
	}
	if aok && tok {
		for i := range c.hs {
			h := &c.hs[i]
			if h.bucket == noBucket {
				continue
			}
			var out bool
			switch {
			case h.src == a && (t < 0 || h.tgt == t):
				out = true
			case h.tgt == a && (t < 0 || h.src == t):
				out = false
			default:
				continue
			}
			k := cells[h.bucket]
			if k == nil {
				k = &cell{}
				cells[h.bucket] = k
			}
			switch {
			case directed && !out:
				k.in.add(c, h)
			case !directed && mirror[i] >= 0:
				k.out.addMirror(h, &c.hs[mirror[i]])
			default:
				k.out.add(c, h)
			}
		}
	}
	lo, hi := int32(0), int32(-1)
	if len(cells) > 0 {
		first := true
		for b := range cells {
			if first || b < lo {
				lo = b
			}
			if first || b > hi {
				hi = b
			}
			first = false
		}
	}
	if c.hasFrom {
		lo = c.opt.Period.bucket(c.from)
		if len(cells) == 0 && !c.hasTo {
			hi = lo - 1
		}
	}
	if c.hasTo {
		hi = c.opt.Period.bucket(c.to)
		if len(cells) == 0 && !c.hasFrom {
			lo = hi + 1
		}
	}
	for b := lo; b <= hi; b++ {
		k := cells[b]
		if k == nil {
			k = &cell{}
		}
		label := c.opt.Period.label(b)
		r := Row{Period: label, Source: actor, Target: tgtLabel, Counts: k.out}
		r.finish()
		s.Rows = append(s.Rows, r)
		s.Total.merge(&k.out)
		if directed {
			r := Row{Period: label, Source: tgtLabel, Target: actor, Counts: k.in}
			r.finish()
			s.Rows = append(s.Rows, r)
			s.Total.merge(&k.in)
		}
	}
	if s.Rows == nil {
		s.Rows = []Row{}
	}
	s.Total.finish()
	return s
}

// PLOVERTypes returns the PLOVER types appearing in rows, sorted.
func PLOVERTypes(rows []Row) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range rows {
		for p := range r.PLOVER {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}
