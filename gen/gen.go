// Package gen writes synthetic news articles with known events, for
// benchmarks and soak tests that need no external data.
//
// Articles are built from templates (templates.go) and the knowledge base:
// state names, adjectives and capitals come from kb.Default(). Each article
// reports one main event (and sometimes a second), in a headline, a lead
// sentence and background paragraphs. The sequence is deterministic for a
// seed. Some articles are syndicated copies of an earlier one (same body,
// another outlet and headline) and some report a happening an earlier
// article reported, in new words: the truth for deduplication and event
// linking is in Article.CopyOf and Article.Events.
package gen

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/axis-news/axis/kb"
)

// Options shape a corpus. Zero values take the defaults.
type Options struct {
	Seed int64
	// Start is the first article date (YYYY-MM-DD); default 2024-01-01.
	Start string
	// Days is the number of days articles are spread over; default 365.
	Days int
	// Syndicated is the share of articles that copy an earlier one's body
	// from another outlet; default 0.05. Negative means none.
	Syndicated float64
	// SameHappening is the share of articles that report an earlier
	// article's main happening in new words; default 0.15. Negative means none.
	SameHappening float64
	// KB supplies the states; nil means kb.Default().
	KB *kb.KB
}

// Event is a known event of an article.
type Event struct {
	Source, Target string // ISO 3166-1 alpha-3
	CAMEO, PLOVER  string
	Date           string
	// Sentence is the sentence of the article that reports it.
	Sentence string
}

// Article is one generated article.
type Article struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Source string `json:"source"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	// CopyOf is the index of the article this one is a syndicated copy
	// of, or -1.
	CopyOf int     `json:"-"`
	Events []Event `json:"-"`
}

// Generator produces articles one after the other.
type Generator struct {
	opts      Options
	rng       *rand.Rand
	states    []state
	start     time.Time
	n         int
	recent    []Article // a ring of recent articles to copy from
	recentCap int
}

type state struct {
	code, name, adj, capital string
}

// New returns a generator.
func New(opts Options) (*Generator, error) {
	if opts.Start == "" {
		opts.Start = "2024-01-01"
	}
	if opts.Days <= 0 {
		opts.Days = 365
	}
	if opts.Syndicated == 0 {
		opts.Syndicated = 0.05
	}
	if opts.SameHappening == 0 {
		opts.SameHappening = 0.15
	}
	start, err := time.Parse("2006-01-02", opts.Start)
	if err != nil {
		return nil, fmt.Errorf("gen: start date %q: %w", opts.Start, err)
	}
	k := opts.KB
	if k == nil {
		if k, err = kb.Default(); err != nil {
			return nil, fmt.Errorf("gen: knowledge base: %w", err)
		}
	}
	g := &Generator{opts: opts, rng: rand.New(rand.NewPCG(uint64(opts.Seed), 0x61786973)), start: start, recentCap: 1000}
	for _, c := range k.Countries {
		if c.To != "" || c.Capital == "" || len(c.Adjectives) == 0 || len(c.Code) != 3 {
			continue
		}
		g.states = append(g.states, state{code: c.Code, name: c.Name, adj: c.Adjectives[0], capital: c.Capital})
	}
	if len(g.states) < 2 {
		return nil, fmt.Errorf("gen: the knowledge base has %d usable states, need 2", len(g.states))
	}
	return g, nil
}

// Next returns the next article.
func (g *Generator) Next() Article {
	i := g.n
	g.n++
	date := g.start.AddDate(0, 0, g.rng.IntN(g.opts.Days))
	out := outlets[g.rng.IntN(len(outlets))]
	var a Article
	switch r := g.rng.Float64(); {
	case len(g.recent) > 0 && r < g.opts.Syndicated:
		a = g.copyOf(out)
	case len(g.recent) > 0 && r < g.opts.Syndicated+g.opts.SameHappening:
		prev := g.recent[g.rng.IntN(len(g.recent))]
		if len(prev.Events) > 0 {
			ev := prev.Events[0]
			d, _ := time.Parse("2006-01-02", ev.Date)
			a = g.article(out, d.AddDate(0, 0, g.rng.IntN(2)), &ev)
		} else {
			a = g.article(out, date, nil)
		}
	default:
		a = g.article(out, date, nil)
	}
	a.ID = fmt.Sprintf("gen-%07d", i)
	a.URL = fmt.Sprintf("https://%s/%s/%s-%d", out.domain, strings.ReplaceAll(a.Date, "-", "/"), slug(a.Title), i)
	if len(g.recent) < g.recentCap {
		g.recent = append(g.recent, a)
	} else {
		g.recent[i%g.recentCap] = a
	}
	return a
}

// copyOf returns a syndicated copy of a recent article from outlet out:
// the same body under another headline.
func (g *Generator) copyOf(out outlet) Article {
	j := g.rng.IntN(len(g.recent))
	prev := g.recent[j]
	a := prev
	a.Source = out.name
	a.CopyOf = g.indexOf(j)
	if g.rng.IntN(2) == 0 {
		a.Title = strings.ToUpper(a.Title[:1]) + a.Title[1:] + " - " + out.name
	}
	a.Events = append([]Event(nil), prev.Events...)
	return a
}

// indexOf maps a slot of the recent ring to the article index it holds.
func (g *Generator) indexOf(slot int) int {
	if g.n-1 <= g.recentCap {
		return slot
	}
	// Slot s holds the latest index i < g.n-1 with i % cap == s.
	last := g.n - 2
	i := last - ((last-slot)%g.recentCap+g.recentCap)%g.recentCap
	return i
}

// article writes a new article dated date; if ev is set, its main event is
// that happening.
func (g *Generator) article(out outlet, date time.Time, ev *Event) Article {
	var src, tgt state
	var t *template
	var evDate time.Time
	if ev != nil {
		src, tgt = g.stateByCode(ev.Source), g.stateByCode(ev.Target)
		for i := range templates {
			if templates[i].cameo == ev.CAMEO {
				t = &templates[i]
				break
			}
		}
		evDate, _ = time.Parse("2006-01-02", ev.Date)
	}
	if t == nil || src.code == "" || tgt.code == "" {
		src = g.states[g.rng.IntN(len(g.states))]
		for tgt = src; tgt.code == src.code; {
			tgt = g.states[g.rng.IntN(len(g.states))]
		}
		t = &templates[g.rng.IntN(len(templates))]
		evDate = date.AddDate(0, 0, -g.rng.IntN(3))
	}
	if evDate.After(date) {
		date = evDate
	}
	v := g.vars(src, tgt, evDate, date)
	lead := fill(t.lead[g.rng.IntN(len(t.lead))], v)
	a := Article{Source: out.name, Date: date.Format("2006-01-02"), CopyOf: -1,
		Title: fill(t.headline[g.rng.IntN(len(t.headline))], v)}
	a.Events = append(a.Events, Event{Source: src.code, Target: tgt.code, CAMEO: t.cameo, PLOVER: t.plover, Date: evDate.Format("2006-01-02"), Sentence: lead})

	paras := []string{strings.ToUpper(src.capital) + " \u2014 " + lead + " " + fill(pick(g.rng, follow), v)}
	nbg := 3 + g.rng.IntN(4)
	for range nbg {
		n := 2 + g.rng.IntN(2)
		var sb []string
		for range n {
			sb = append(sb, fill(pick(g.rng, background), v))
		}
		paras = append(paras, strings.Join(sb, " "))
		if g.rng.IntN(4) == 0 {
			paras = append(paras, fill(pick(g.rng, quotes), v))
		}
	}
	// Sometimes a second, earlier event between other states.
	if g.rng.IntN(3) == 0 {
		s2 := g.states[g.rng.IntN(len(g.states))]
		t2 := s2
		for t2.code == s2.code {
			t2 = g.states[g.rng.IntN(len(g.states))]
		}
		tt := &templates[g.rng.IntN(len(templates))]
		d2 := evDate.AddDate(0, 0, -7-g.rng.IntN(60))
		v2 := g.vars(s2, t2, d2, date)
		v2["{DAY}"] = "on " + d2.Format("January 2")
		sent := "Separately, " + lowerFirst(fill(tt.lead[0], v2))
		paras = append(paras, sent)
		a.Events = append(a.Events, Event{Source: s2.code, Target: t2.code, CAMEO: tt.cameo, PLOVER: tt.plover, Date: d2.Format("2006-01-02"), Sentence: sent})
	}
	a.Text = strings.Join(paras, "\n\n")
	return a
}

func (g *Generator) stateByCode(code string) state {
	for _, s := range g.states {
		if s.code == code {
			return s
		}
	}
	return state{}
}

// vars are the template variables for an event of src against tgt on
// evDate, reported on date.
func (g *Generator) vars(src, tgt state, evDate, date time.Time) map[string]string {
	day := "on " + evDate.Weekday().String()
	third := g.states[g.rng.IntN(len(g.states))]
	return map[string]string{
		"{S}": src.name, "{T}": tgt.name, "{SADJ}": src.adj, "{TADJ}": tgt.adj,
		"{SCAP}": src.capital, "{TCAP}": tgt.capital, "{DAY}": day,
		"{X}":     third.name,
		"{N}":     fmt.Sprint(2 + g.rng.IntN(97)),
		"{BN}":    fmt.Sprintf("%d.%d", 1+g.rng.IntN(90), g.rng.IntN(10)),
		"{PCT}":   fmt.Sprint(1 + g.rng.IntN(60)),
		"{YEAR}":  fmt.Sprint(1950 + g.rng.IntN(70)),
		"{WHO}":   pick(g.rng, officials),
		"{TOPIC}": pick(g.rng, topics),
	}
}

func fill(s string, v map[string]string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	for k, x := range v {
		s = strings.ReplaceAll(s, k, x)
	}
	return s
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

// lowerFirst lower-cases a leading "The", leaving names alone.
func lowerFirst(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "the " + s[4:]
	}
	return s
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() > 60 {
			break
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// WriteJSONL writes n articles as JSON Lines that the reader takes
// (id, url, source, title, date, text), and, if truth is not nil, the known
// events as tab-separated lines: article id, source, target, CAMEO,
// PLOVER, date, copy-of article id.
func (g *Generator) WriteJSONL(w, truth io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if truth != nil {
		if _, err := fmt.Fprintln(truth, "article\tsource\ttarget\tcameo\tplover\tdate\tcopy_of"); err != nil {
			return err
		}
	}
	for range n {
		a := g.Next()
		if err := enc.Encode(&a); err != nil {
			return err
		}
		if truth != nil {
			copyOf := ""
			if a.CopyOf >= 0 {
				copyOf = fmt.Sprintf("gen-%07d", a.CopyOf)
			}
			for _, e := range a.Events {
				if _, err := fmt.Fprintf(truth, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, e.Source, e.Target, e.CAMEO, e.PLOVER, e.Date, copyOf); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
