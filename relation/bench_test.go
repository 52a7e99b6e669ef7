package relation_test

import (
	"math/rand/v2"
	"syscall"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/relation"
)

// synthetic returns n events among 60 countries over three years, each
// happening reported by about three articles.
func synthetic(n int) ([]axis.Event, []int64) {
	r := rand.New(rand.NewPCG(7, 11))
	codes := make([]string, 60)
	for i := range codes {
		codes[i] = string([]byte{'A' + byte(i/26), 'A' + byte(i%26), 'X'})
	}
	cameos := []string{"036", "040", "057", "061", "070", "111", "130", "163", "190"}
	dates := make([]string, 3*365)
	for i := range dates {
		dates[i] = relation.DayString(int32(19000 + i))
	}
	mods := []string{axis.ModalityAsserted, axis.ModalityAsserted, axis.ModalityAsserted, axis.ModalityAlleged, axis.ModalityNegated, ""}
	evs := make([]axis.Event, n)
	docs := make([]int64, n)
	for i := range evs {
		if i%3 != 0 {
			evs[i] = evs[i-1]
			docs[i] = docs[i-1] + 1
			continue
		}
		c := cameos[r.IntN(len(cameos))]
		in := cameoInfo[c]
		a, b := r.IntN(len(codes)), r.IntN(len(codes))
		evs[i] = axis.Event{Source: axis.Actor{Country: codes[a]}, Target: axis.Actor{Country: codes[b]}, CAMEO: c,
			PLOVER: in.plover, QuadClass: in.quad, Goldstein: in.goldstein, Date: dates[r.IntN(len(dates))],
			Modality: mods[r.IntN(len(mods))]}
		docs[i] = int64(i)
	}
	return evs, docs
}

// BenchmarkCollect measures the aggregation: deduplicating a million
// events into happenings (events/s is the figure to watch).
func BenchmarkCollect(b *testing.B) {
	evs, docs := synthetic(1_000_000)
	cpu := cpuSeconds()
	for b.Loop() {
		c, err := relation.NewCollector(relation.Options{Period: relation.Month})
		if err != nil {
			b.Fatal(err)
		}
		for i := range evs {
			c.AddEvent(&evs[i], docs[i], "")
		}
	}
	b.ReportMetric(float64(len(evs))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(len(evs))*float64(b.N)/(cpuSeconds()-cpu), "events/cpu-s")
}

// BenchmarkSeriesGraphBlocs measures what follows the aggregation: a
// dyad's series, one actor's series against all, the graph and its blocs.
func BenchmarkSeriesGraphBlocs(b *testing.B) {
	evs, docs := synthetic(1_000_000)
	c, _ := relation.NewCollector(relation.Options{Period: relation.Month})
	for i := range evs {
		c.AddEvent(&evs[i], docs[i], "")
	}
	cpu := cpuSeconds()
	for b.Loop() {
		c.Series("AAX", "ABX", false)
		c.Series("AAX", "", true)
		g, err := c.Graph(relation.GraphOptions{HalfLife: 90})
		if err != nil {
			b.Fatal(err)
		}
		relation.Blocs(g)
	}
	b.ReportMetric(float64(len(evs))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(len(evs))*float64(b.N)/(cpuSeconds()-cpu), "events/cpu-s")
}

// cpuSeconds is the process's user and system CPU time: on a loaded
// machine it measures the work better than the wall clock.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// BenchmarkBlocs measures the bloc search alone on the graph of a million
// events (60 countries, every dyad an edge).
func BenchmarkBlocs(b *testing.B) {
	evs, docs := synthetic(1_000_000)
	c, _ := relation.NewCollector(relation.Options{Period: relation.Month})
	for i := range evs {
		c.AddEvent(&evs[i], docs[i], "")
	}
	g, err := c.Graph(relation.GraphOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		relation.Blocs(g)
	}
	b.ReportMetric(float64(len(g.Edges)), "edges")
}
