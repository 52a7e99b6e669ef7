package relation_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/relation"
)

// ev is an event as tests write it: "RUS PRK 057 2024-03-05", with
// optional modality and document.
type ev struct {
	src, tgt, cameo, date string
	modality              string
	doc                   int64
	docDate               string
}

var cameoInfo = map[string]struct {
	plover    string
	quad      int
	goldstein float64
}{
	"036": {"CONSULT", 1, 4.0},
	"040": {"CONSULT", 1, 1.0},
	"057": {"AGREE", 1, 8.0},
	"061": {"COOPERATE", 2, 6.4},
	"070": {"AID", 2, 7.0},
	"111": {"ACCUSE", 3, -2.0},
	"130": {"THREATEN", 3, -4.4},
	"163": {"SANCTION", 4, -8.0},
	"190": {"ATTACK", 4, -10.0},
	"010": {"", 0, 0},
}

func (e ev) event() axis.Event {
	in := cameoInfo[e.cameo]
	return axis.Event{Source: axis.Actor{Country: e.src}, Target: axis.Actor{Country: e.tgt}, CAMEO: e.cameo,
		PLOVER: in.plover, QuadClass: in.quad, Goldstein: in.goldstein, Date: e.date, Modality: e.modality}
}

func collect(t testing.TB, opt relation.Options, evs []ev) *relation.Collector {
	t.Helper()
	c, err := relation.NewCollector(opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		x := e.event()
		c.AddEvent(&x, e.doc, e.docDate)
	}
	return c
}

// twoBlocs is a clear two-bloc world: RUS, PRK, IRN and CHN cooperate,
// USA, KOR, JPN and GBR cooperate, and the two sides quarrel.
func twoBlocs() []ev {
	var evs []ev
	east := []string{"RUS", "PRK", "IRN", "CHN"}
	west := []string{"USA", "KOR", "JPN", "GBR"}
	day := 1
	date := func() string {
		day = day%28 + 1
		return "2024-03-" + two(day)
	}
	for _, side := range [][]string{east, west} {
		for i, a := range side {
			for _, b := range side[i+1:] {
				evs = append(evs, ev{src: a, tgt: b, cameo: "057", date: date()},
					ev{src: b, tgt: a, cameo: "061", date: date()},
					ev{src: a, tgt: b, cameo: "036", date: date()})
			}
		}
	}
	for i, a := range east {
		for j, b := range west {
			if (i+j)%2 == 0 {
				evs = append(evs, ev{src: a, tgt: b, cameo: "111", date: date()}, ev{src: b, tgt: a, cameo: "163", date: date()})
			} else {
				// adversaries talk too
				evs = append(evs, ev{src: a, tgt: b, cameo: "040", date: date()}, ev{src: b, tgt: a, cameo: "130", date: date()})
			}
		}
	}
	return evs
}

func two(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func memberCodes(b relation.Bloc) []string {
	var out []string
	for _, m := range b.Members {
		out = append(out, m.Code)
	}
	slices.Sort(out)
	return out
}

func blocsOf(t testing.TB, evs []ev, gopt relation.GraphOptions) *relation.Partition {
	t.Helper()
	c := collect(t, relation.Options{Period: relation.Month}, evs)
	g, err := c.Graph(gopt)
	if err != nil {
		t.Fatal(err)
	}
	return relation.Blocs(g)
}

func TestBlocs(t *testing.T) {
	for _, w := range []relation.Weighting{relation.Goldstein, relation.Quad} {
		t.Run(w.String(), func(t *testing.T) {
			p := blocsOf(t, twoBlocs(), relation.GraphOptions{Weight: w})
			if got, want := len(p.Blocs), 2; got != want {
				t.Fatalf("blocs=%d, want %d: %+v", got, want, p.Blocs)
			}
			got := [][]string{memberCodes(p.Blocs[0]), memberCodes(p.Blocs[1])}
			slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
			want := [][]string{{"CHN", "IRN", "PRK", "RUS"}, {"GBR", "JPN", "KOR", "USA"}}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("blocs=%v, want %v", got, want)
			}
			if len(p.Unaligned) != 0 {
				t.Errorf("unaligned=%v, want none", p.Unaligned)
			}
			for _, b := range p.Blocs {
				if b.Cohesion != 1 || b.Tension != 0 {
					t.Errorf("bloc %d: cohesion=%v tension=%v, want 1 and 0", b.ID, b.Cohesion, b.Tension)
				}
				if len(b.Ties) != 6 || b.Ties[0].Weight < b.Ties[5].Weight {
					t.Errorf("bloc %d: ties=%+v, want 6 strongest first", b.ID, b.Ties)
				}
			}
			if p.Modularity <= 0.3 {
				t.Errorf("modularity=%v, want a clear structure (> 0.3)", p.Modularity)
			}
			if len(p.Rivalries) == 0 || p.BlocOf(p.Rivalries[0].A) == p.BlocOf(p.Rivalries[0].B) || p.Rivalries[0].Weight >= 0 {
				t.Errorf("rivalries=%+v, want negative dyads across blocs", p.Rivalries)
			}
			for i := 1; i < len(p.Rivalries); i++ {
				if p.Rivalries[i].Weight < p.Rivalries[i-1].Weight {
					t.Errorf("rivalries not most negative first: %+v", p.Rivalries)
				}
			}
		})
	}
}

// TestBlocs_Deterministic gives the same events in many orders: the output
// must be byte for byte the same.
func TestBlocs_Deterministic(t *testing.T) {
	evs := append(twoBlocs(),
		ev{src: "IND", tgt: "RUS", cameo: "061", date: "2024-03-02"},
		ev{src: "IND", tgt: "USA", cameo: "061", date: "2024-03-02"},
		ev{src: "TUR", tgt: "RUS", cameo: "036", date: "2024-03-09"},
		ev{src: "TUR", tgt: "GBR", cameo: "111", date: "2024-03-09"})
	var first string
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		r.Shuffle(len(evs), func(i, j int) { evs[i], evs[j] = evs[j], evs[i] })
		p := blocsOf(t, evs, relation.GraphOptions{HalfLife: 30})
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = string(b)
		} else if string(b) != first {
			t.Fatalf("order %d gave\n%s\nwant\n%s", i, b, first)
		}
	}
}

func TestBlocs_Ties(t *testing.T) {
	t.Run("PathJoinsOne", func(t *testing.T) {
		// B is tied to A and C equally: one bloc of three.
		p := relation.Blocs(relation.NewGraph([]relation.Edge{{A: "AAA", B: "BBB", Weight: 1}, {A: "BBB", B: "CCC", Weight: 1}}))
		if len(p.Blocs) != 1 || !reflect.DeepEqual(memberCodes(p.Blocs[0]), []string{"AAA", "BBB", "CCC"}) {
			t.Fatalf("blocs=%+v, want one of AAA BBB CCC", p.Blocs)
		}
		if got, want := p.Blocs[0].Members[0].Code, "BBB"; got != want {
			t.Errorf("strongest member=%s, want %s", got, want)
		}
	})
	t.Run("EqualBlocsOrderedByCode", func(t *testing.T) {
		// two identical pairs, hostile to each other: same size and weight,
		// so the bloc with the first code comes first.
		p := relation.Blocs(relation.NewGraph([]relation.Edge{
			{A: "ZZZ", B: "YYY", Weight: 5}, {A: "BBB", B: "AAA", Weight: 5}, {A: "AAA", B: "ZZZ", Weight: -5}}))
		if len(p.Blocs) != 2 {
			t.Fatalf("blocs=%+v, want 2", p.Blocs)
		}
		if got := memberCodes(p.Blocs[0]); !reflect.DeepEqual(got, []string{"AAA", "BBB"}) {
			t.Errorf("first bloc=%v, want AAA BBB", got)
		}
		if got := p.Blocs[1].ID; got != 2 {
			t.Errorf("second bloc ID=%d, want 2", got)
		}
	})
	t.Run("EnemiesStayApart", func(t *testing.T) {
		p := relation.Blocs(relation.NewGraph([]relation.Edge{{A: "AAA", B: "BBB", Weight: -3}, {A: "BBB", B: "CCC", Weight: -3}}))
		if len(p.Blocs) != 0 || !reflect.DeepEqual(p.Unaligned, []string{"AAA", "BBB", "CCC"}) {
			t.Fatalf("partition=%+v, want every node unaligned", p)
		}
	})
	t.Run("TriangleOfFriendsWithAnEnemyInside", func(t *testing.T) {
		// A strong positive triangle keeps a weak quarrel inside it.
		p := relation.Blocs(relation.NewGraph([]relation.Edge{
			{A: "AAA", B: "BBB", Weight: 10}, {A: "BBB", B: "CCC", Weight: 10}, {A: "AAA", B: "CCC", Cooperation: 10, Conflict: 11},
			{A: "DDD", B: "EEE", Weight: 10}, {A: "CCC", B: "DDD", Weight: -10}}))
		if len(p.Blocs) != 2 {
			t.Fatalf("blocs=%+v", p.Blocs)
		}
		if b := p.Blocs[0]; !reflect.DeepEqual(memberCodes(b), []string{"AAA", "BBB", "CCC"}) || b.Tension <= 0 {
			t.Errorf("first bloc=%+v, want AAA BBB CCC with some tension", b)
		}
	})
}

func TestEmpty(t *testing.T) {
	c := collect(t, relation.Options{Period: relation.Month}, nil)
	s := c.Series("RUS", "PRK", false)
	if len(s.Rows) != 0 || s.Total.Happenings != 0 {
		t.Errorf("series=%+v, want no rows", s)
	}
	g, err := c.Graph(relation.GraphOptions{HalfLife: 10})
	if err != nil {
		t.Fatal(err)
	}
	p := relation.Blocs(g)
	b, _ := json.Marshal(p)
	if got, want := string(b), `{"blocs":[],"unaligned":[],"modularity":0,"rivalries":[]}`; got != want {
		t.Errorf("partition=%s, want %s", got, want)
	}
	if d := relation.Drifts(p, g, g); len(d) != 0 {
		t.Errorf("drifts=%v, want none", d)
	}
	// bounded series of nothing still lists its periods
	c = collect(t, relation.Options{Period: relation.Quarter, From: "2024", To: "2024"}, nil)
	if got := len(c.Series("RUS", "", false).Rows); got != 4 {
		t.Errorf("rows=%d, want 4 quarters", got)
	}
}

func TestSeries(t *testing.T) {
	var evs []ev
	// one signing reported by 20 articles
	for d := range 20 {
		evs = append(evs, ev{src: "RUS", tgt: "PRK", cameo: "057", date: "2024-06-19", doc: int64(d + 1)})
		if d == 0 {
			// a second mention in one article is not a second article
			evs = append(evs, ev{src: "RUS", tgt: "PRK", cameo: "057", date: "2024-06-19", doc: 1})
		}
	}
	// the same signing coded from the other side by two of them
	evs = append(evs, ev{src: "PRK", tgt: "RUS", cameo: "057", date: "2024-06-19", doc: 1},
		ev{src: "PRK", tgt: "RUS", cameo: "057", date: "2024-06-19", doc: 2},
		ev{src: "RUS", tgt: "PRK", cameo: "070", date: "2024-06-20", doc: 30},
		ev{src: "PRK", tgt: "RUS", cameo: "190", date: "2024-08-02", doc: 31},
		// not counted by default
		ev{src: "RUS", tgt: "PRK", cameo: "163", date: "2024-08-03", doc: 32, modality: axis.ModalityNegated},
		ev{src: "RUS", tgt: "PRK", cameo: "163", date: "2024-08-04", doc: 33, modality: axis.ModalityFuture},
		ev{src: "RUS", tgt: "PRK", cameo: "111", date: "2024-08-05", doc: 33, modality: axis.ModalityAlleged},
		// other dyads
		ev{src: "RUS", tgt: "CHN", cameo: "036", date: "2024-07-01", doc: 34},
		ev{src: "USA", tgt: "PRK", cameo: "111", date: "2024-07-01", doc: 34},
		ev{src: "RUS", tgt: "RUS", cameo: "036", date: "2024-07-01", doc: 34},
		ev{src: "RUS", tgt: "", cameo: "036", date: "2024-07-01", doc: 34},
		ev{src: "RUS", tgt: "PRK", cameo: "036", date: "", doc: 35},
	)
	c := collect(t, relation.Options{Period: relation.Month}, evs)

	t.Run("Undirected", func(t *testing.T) {
		s := c.Series("RUS", "PRK", false)
		if got, want := periods(s), []string{"2024-06", "2024-07", "2024-08"}; !reflect.DeepEqual(got, want) {
			t.Fatalf("periods=%v, want %v", got, want)
		}
		jun := s.Rows[0]
		if jun.Happenings != 2 || jun.Reports != 24 || jun.Coverage != 21 {
			t.Errorf("June: happenings=%d reports=%d coverage=%d, want 2 24 21", jun.Happenings, jun.Reports, jun.Coverage)
		}
		if jun.VerbalCooperation != 1 || jun.MaterialCooperation != 1 || jun.PLOVER["AGREE"] != 1 || jun.PLOVER["AID"] != 1 {
			t.Errorf("June counts=%+v", jun.Counts)
		}
		if jun.GoldsteinSum != 15 || jun.GoldsteinMean != 7.5 || jun.NetCooperation != 1 {
			t.Errorf("June goldstein=%v mean=%v net=%v, want 15 7.5 1", jun.GoldsteinSum, jun.GoldsteinMean, jun.NetCooperation)
		}
		if s.Rows[1].Happenings != 0 || s.Rows[1].PLOVER == nil {
			t.Errorf("July=%+v, want an empty row with an empty PLOVER map", s.Rows[1])
		}
		aug := s.Rows[2]
		if aug.Happenings != 2 || aug.MaterialConflict != 1 || aug.VerbalConflict != 1 || aug.NetCooperation != -1 {
			t.Errorf("August=%+v, want the attack and the alleged accusation", aug.Counts)
		}
		if s.Total.Happenings != 4 || s.Total.GoldsteinSum != 3 {
			t.Errorf("total=%+v", s.Total)
		}
	})
	t.Run("Directed", func(t *testing.T) {
		s := c.Series("RUS", "PRK", true)
		if len(s.Rows) != 6 {
			t.Fatalf("rows=%d, want 6", len(s.Rows))
		}
		out, in := s.Rows[0], s.Rows[1]
		if out.Source != "RUS" || out.Target != "PRK" || out.Happenings != 2 || in.Source != "PRK" || in.Happenings != 1 {
			t.Errorf("June rows=%+v / %+v", out, in)
		}
		if s.Rows[5].MaterialConflict != 1 || s.Rows[4].VerbalConflict != 1 {
			t.Errorf("August rows=%+v / %+v", s.Rows[4], s.Rows[5])
		}
	})
	t.Run("AllCounterparts", func(t *testing.T) {
		s := c.Series("RUS", "", false)
		if got := s.Total.Happenings; got != 5 {
			t.Errorf("happenings=%d, want 5 (with CHN)", got)
		}
		if s.Rows[0].Target != relation.All {
			t.Errorf("target=%q, want %q", s.Rows[0].Target, relation.All)
		}
	})
	t.Run("Stats", func(t *testing.T) {
		st := c.Stats()
		want := relation.Stats{Events: len(evs), Counted: len(evs) - 5, Happenings: 7, Modality: 2, NoActor: 1, Domestic: 1, Undated: 1}
		if st != want {
			t.Errorf("stats=%+v, want %+v", st, want)
		}
	})
	t.Run("AllModalities", func(t *testing.T) {
		c := collect(t, relation.Options{Period: relation.Year, Modalities: relation.AllModalities}, evs)
		if got := c.Series("RUS", "PRK", false).Total.MaterialConflict; got != 3 {
			t.Errorf("material conflict=%d, want 3 with negated and future sanctions", got)
		}
	})
	t.Run("UnknownActor", func(t *testing.T) {
		if s := c.Series("XXX", "PRK", false); len(s.Rows) != 0 {
			t.Errorf("rows=%v, want none", s.Rows)
		}
	})
}

func periods(s *relation.Series) []string {
	var out []string
	for _, r := range s.Rows {
		out = append(out, r.Period)
	}
	return out
}

func TestSeries_Periods(t *testing.T) {
	evs := []ev{
		{src: "RUS", tgt: "PRK", cameo: "036", date: "2024-12-30", doc: 1},
		{src: "RUS", tgt: "PRK", cameo: "036", date: "2025-01-13", doc: 2},
		// dated by month only, but its article is of 2025-01-08: placed in that week
		{src: "RUS", tgt: "PRK", cameo: "057", date: "2025-01", doc: 3, docDate: "2025-01-08"},
		// dated by month, article of another month: left out of weeks
		{src: "RUS", tgt: "PRK", cameo: "061", date: "2025-01", doc: 4, docDate: "2025-03-01"},
		{src: "RUS", tgt: "PRK", cameo: "070", date: "2025", doc: 5},
	}
	tests := []struct {
		period      relation.Period
		from, to    string
		want        []string
		happenings  int
		imprecise   int
		approximate int
	}{
		{relation.Day, "2025-01-12", "2025-01-14", []string{"2025-01-12", "2025-01-13", "2025-01-14"}, 1, 0, 0},
		{relation.Week, "", "", []string{"2025-W01", "2025-W02", "2025-W03"}, 3, 2, 1},
		{relation.Month, "", "", []string{"2024-12", "2025-01"}, 4, 1, 0},
		{relation.Quarter, "2024-10", "2025-06", []string{"2024-Q4", "2025-Q1", "2025-Q2"}, 4, 1, 0},
		{relation.Year, "", "", []string{"2024", "2025"}, 5, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.period.String(), func(t *testing.T) {
			c := collect(t, relation.Options{Period: tt.period, From: tt.from, To: tt.to}, evs)
			s := c.Series("PRK", "RUS", false)
			if got := periods(s); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("periods=%v, want %v", got, tt.want)
			}
			if s.Total.Happenings != tt.happenings {
				t.Errorf("happenings=%d, want %d", s.Total.Happenings, tt.happenings)
			}
			if st := c.Stats(); st.Imprecise != tt.imprecise || st.Approximate != tt.approximate {
				t.Errorf("imprecise=%d approximate=%d, want %d %d", st.Imprecise, st.Approximate, tt.imprecise, tt.approximate)
			}
		})
	}
}

func TestParsePeriodAndBounds(t *testing.T) {
	for i, n := range []string{"day", "week", "Month", "quarter", "YEAR"} {
		p, err := relation.ParsePeriod(n)
		if err != nil || p != relation.Period(i) {
			t.Errorf("ParsePeriod(%q)=%v, %v", n, p, err)
		}
	}
	if _, err := relation.ParsePeriod("fortnight"); err == nil {
		t.Error("ParsePeriod(fortnight): no error")
	}
	bounds := []struct {
		in   string
		end  bool
		want string
	}{
		{"2024", false, "2024-01-01"}, {"2024", true, "2024-12-31"}, {"2024-02", true, "2024-02-29"},
		{"2023-02", true, "2023-02-28"}, {"2024-03-05", true, "2024-03-05"}, {"1900-02", true, "1900-02-28"},
	}
	for _, b := range bounds {
		if got, err := relation.ParseBound(b.in, b.end); err != nil || got != b.want {
			t.Errorf("ParseBound(%q, %v)=%q, %v, want %q", b.in, b.end, got, err, b.want)
		}
	}
	for _, bad := range []string{"", "24", "2024-13", "2024-02-30", "2024-1-1", "2024/01", "2024-01-01x"} {
		if _, err := relation.ParseBound(bad, false); err == nil {
			t.Errorf("ParseBound(%q): no error", bad)
		}
	}
	if _, err := relation.NewCollector(relation.Options{From: "soon"}); err == nil {
		t.Error("NewCollector with a bad From: no error")
	}
	if _, err := relation.NewCollector(relation.Options{Modalities: []string{"rumoured"}}); err == nil {
		t.Error("NewCollector with an unknown modality: no error")
	}
}

func TestNodeFilter(t *testing.T) {
	igo := map[string]bool{"NATO": true, "UNO": true}
	evs := append(twoBlocs(), ev{src: "NATO", tgt: "USA", cameo: "057", date: "2024-03-01"},
		ev{src: "UNO", tgt: "RUS", cameo: "111", date: "2024-03-01"})
	c := collect(t, relation.Options{Period: relation.Month, Node: func(k string) bool { return !igo[k] }}, evs)
	g, _ := c.Graph(relation.GraphOptions{})
	if slices.Contains(g.Nodes, "NATO") || slices.Contains(g.Nodes, "UNO") || len(g.Nodes) != 8 {
		t.Errorf("nodes=%v, want the 8 states only", g.Nodes)
	}
	if got := c.Stats().NotNode; got != 2 {
		t.Errorf("not node=%d, want 2", got)
	}
}

func TestGraph(t *testing.T) {
	evs := []ev{
		{src: "USA", tgt: "GBR", cameo: "057", date: "2024-01-10"},
		{src: "GBR", tgt: "USA", cameo: "057", date: "2024-01-10"}, // mirror: once
		{src: "USA", tgt: "GBR", cameo: "111", date: "2024-11-10"},
		{src: "USA", tgt: "FRA", cameo: "010", date: "2024-11-10"},
	}
	c := collect(t, relation.Options{Period: relation.Month}, evs)
	g, err := c.Graph(relation.GraphOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.Nodes, []string{"FRA", "GBR", "USA"}; !reflect.DeepEqual(got, want) {
		t.Errorf("nodes=%v, want %v", got, want)
	}
	e := g.Edges[1]
	if e.A != "GBR" || e.B != "USA" || e.Happenings != 2 || e.Cooperation != 8 || e.Conflict != 2 || e.Weight != 6 || e.Net != 0.6 {
		t.Errorf("edge=%+v", e)
	}
	if g.Edges[0].Weight != 0 || g.Edges[0].Net != 0 {
		t.Errorf("neutral edge=%+v", g.Edges[0])
	}
	// decay: the signing is 10 months before the accusation; with a half
	// life of 152 days it weighs about a quarter.
	g, _ = c.Graph(relation.GraphOptions{HalfLife: 152})
	if e := g.Edges[1]; math.Abs(e.Cooperation-8*math.Exp2(-305.0/152)) > 1e-5 || e.Conflict != 2 {
		t.Errorf("decayed edge=%+v", e)
	}
	g, _ = c.Graph(relation.GraphOptions{Weight: relation.Quad, MinEvents: 2})
	if len(g.Edges) != 1 || g.Edges[0].Weight != 0 || len(g.Nodes) != 2 {
		t.Errorf("quad graph with min 2=%+v", g)
	}
	g, _ = c.Graph(relation.GraphOptions{From: "2024-06", To: "2024"})
	if len(g.Edges) != 2 || g.Edges[1].Cooperation != 0 {
		t.Errorf("second half graph=%+v", g)
	}
	if _, err := c.Graph(relation.GraphOptions{From: "June"}); err == nil {
		t.Error("bad from: no error")
	}
	if _, err := relation.ParseWeighting("votes"); err == nil {
		t.Error("ParseWeighting(votes): no error")
	}
}

func TestDrifts(t *testing.T) {
	// TUR cooperates with the west in the first half and with the east in
	// the second.
	evs := twoBlocs()
	for _, d := range []string{"2024-01-05", "2024-01-12", "2024-02-03"} {
		evs = append(evs, ev{src: "TUR", tgt: "USA", cameo: "061", date: d}, ev{src: "TUR", tgt: "RUS", cameo: "111", date: d})
	}
	for _, d := range []string{"2024-05-05", "2024-05-12", "2024-06-03"} {
		evs = append(evs, ev{src: "TUR", tgt: "USA", cameo: "163", date: d}, ev{src: "TUR", tgt: "RUS", cameo: "057", date: d})
	}
	c := collect(t, relation.Options{Period: relation.Month}, evs)
	g, _ := c.Graph(relation.GraphOptions{})
	p := relation.Blocs(g)
	before, _ := c.Graph(relation.GraphOptions{To: "2024-02"})
	after, _ := c.Graph(relation.GraphOptions{From: "2024-04"})
	var d []relation.Drift
	for _, x := range relation.Drifts(p, before, after) {
		if x.Country == "TUR" {
			d = append(d, x)
		}
	}
	if len(d) != 2 {
		t.Fatalf("drifts=%+v, want TUR with both blocs", d)
	}
	for _, x := range d {
		if x.Country != "TUR" || math.Abs(x.Change) != 2 || x.BeforeN != 3 || x.AfterN != 3 {
			t.Errorf("drift=%+v", x)
		}
		east := p.BlocOf("RUS") == x.Bloc
		if east != (x.Change > 0) {
			t.Errorf("drift=%+v: want towards the east, away from the west", x)
		}
	}
}
