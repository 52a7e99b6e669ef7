package ingest_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/gen"
	"github.com/axis-news/axis/ingest"
	"github.com/axis-news/axis/internal/cputime"
	"github.com/axis-news/axis/internal/storetest"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/sqlite"
)

// writeCorpus writes n generated articles as JSON Lines and returns the path.
func writeCorpus(tb testing.TB, n int, seed int64) string {
	tb.Helper()
	g, err := gen.New(gen.Options{Seed: seed, Syndicated: 0.1})
	if err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	if err := g.WriteJSONL(&b, nil, n); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

func mustPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	corpus := writeCorpus(t, 300, 3)
	storetest.RunWithStore(t, func(t *testing.T, env *storetest.Env) {
		s := env.MustOpen(t)
		var errs bytes.Buffer
		sum, err := ingest.Run(ctx, s, mustPipeline(t), []string{corpus}, ingest.Options{Errors: &errs, BatchSize: 32})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Documents != 300 || sum.Failed != 0 || sum.New+sum.Syndicated+sum.Duplicate != 300 {
			t.Fatalf("summary=%+v (%s)", sum, errs.String())
		}
		if sum.Syndicated < 10 {
			t.Fatalf("syndicated=%d, want about 30 of 300", sum.Syndicated)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != sum.New || st.Sources != 300 {
			t.Fatalf("stats=%+v, want %d documents and 300 sources", st, sum.New)
		}
		before, err := storetest.Dump(ctx, env.SQL)
		if err != nil {
			t.Fatal(err)
		}
		// Idempotent: a second run adds nothing.
		sum2, err := ingest.Run(ctx, s, mustPipeline(t), []string{corpus}, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if sum2.Duplicate != 300 || sum2.New != 0 {
			t.Fatalf("second run: %+v, want 300 duplicates", sum2)
		}
		after, _ := storetest.Dump(ctx, env.SQL)
		if before != after {
			t.Fatal("the store changed on the second run")
		}
		if !strings.Contains(sum.String(), "300 documents") {
			t.Fatalf("summary line %q", sum)
		}
	})
}

func TestRun_Failures(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("France and Germany agree on budget\n\nFrance and Germany agreed on Monday on a common budget for the next year, officials said in Paris.\n"), 0o644)
	s := storetest.NewSQLiteEnv(t).MustOpen(t)
	var errs bytes.Buffer
	sum, err := ingest.Run(ctx, s, mustPipeline(t), []string{good, filepath.Join(dir, "missing.txt")}, ingest.Options{Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || sum.Failed != 1 {
		t.Fatalf("summary=%+v, want 1 new and 1 failed", sum)
	}
	if !strings.Contains(errs.String(), "missing.txt") {
		t.Fatalf("errors=%q, want the missing input named", errs.String())
	}
}

func TestRun_Canceled(t *testing.T) {
	corpus := writeCorpus(t, 200, 4)
	s := storetest.NewSQLiteEnv(t).MustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ingest.Run(ctx, s, mustPipeline(t), []string{corpus}, ingest.Options{})
	if err == nil {
		t.Fatal("no error from a canceled run")
	}
}

func TestReprocess(t *testing.T) {
	ctx := context.Background()
	corpus := writeCorpus(t, 100, 5)
	storetest.RunWithStore(t, func(t *testing.T, env *storetest.Env) {
		s := env.MustOpen(t)
		if _, err := ingest.Run(ctx, s, mustPipeline(t), []string{corpus}, ingest.Options{}); err != nil {
			t.Fatal(err)
		}
		before, _ := storetest.Dump(ctx, env.SQL)
		docs, _, err := s.FindDocuments(ctx, axis.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		// Reprocess with the events stage off: IDs stay, events go.
		p, err := pipeline.New(pipeline.Options{NoEvents: true})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := ingest.Reprocess(ctx, s, p, axis.DocumentFilter{}, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if sum.New != len(docs) || sum.Failed != 0 {
			t.Fatalf("summary=%+v, want %d reprocessed", sum, len(docs))
		}
		st, _ := s.Stats(ctx)
		if st.Events != 0 || st.Happenings != 0 || st.Documents != len(docs) {
			t.Fatalf("stats=%+v, want no events and %d documents", st, len(docs))
		}
		docs2, _, _ := s.FindDocuments(ctx, axis.DocumentFilter{})
		for i := range docs {
			if docs[i].ID != docs2[i].ID || docs[i].Key != docs2[i].Key || len(docs[i].Sources) != len(docs2[i].Sources) {
				t.Fatalf("document %d changed identity: %+v -> %+v", i, docs[i], docs2[i])
			}
		}
		// And back with the full pipeline: the same store as before, up
		// to the IDs of happenings and events, which are new.
		if _, err := ingest.Reprocess(ctx, s, mustPipeline(t), axis.DocumentFilter{}, ingest.Options{}); err != nil {
			t.Fatal(err)
		}
		after, _ := storetest.Dump(ctx, env.SQL)
		if got, want := section(after, "documents"), section(before, "documents"); got != want {
			t.Fatal("documents differ after reprocessing with the same pipeline")
		}
		st2, _ := s.Stats(ctx)
		st0 := countLines(before)
		if st2.Events != st0["events"] || st2.Happenings != st0["happenings"] || st2.Quotes != st0["quotes"] {
			t.Fatalf("stats=%+v, want the first run's counts %v", st2, st0)
		}
	})
}

// section returns one table of a dump.
func section(dump, table string) string {
	i := strings.Index(dump, "## "+table+"\n")
	if i < 0 {
		return ""
	}
	rest := dump[i+len(table)+4:]
	if j := strings.Index(rest, "## "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func countLines(dump string) map[string]int {
	out := map[string]int{}
	for _, t := range []string{"events", "happenings", "quotes"} {
		out[t] = strings.Count(section(dump, t), "\n")
	}
	return out
}

// BenchmarkIngest ingests a generated corpus of b.N articles into a new
// SQLite file on all cores: articles/s is the figure to read.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	corpus := writeCorpus(b, b.N, 1)
	db := sqlite.NewDB(filepath.Join(b.TempDir(), "axis.db"))
	if err := db.Open(ctx); err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	p := mustPipeline(b)
	fi, _ := os.Stat(corpus)
	b.SetBytes(fi.Size() / int64(b.N))
	cpu0 := cputime.Used()
	b.ResetTimer()
	sum, err := ingest.Run(ctx, db, p, []string{corpus}, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(sum.Documents)/b.Elapsed().Seconds(), "articles/s")
	// CPU time per article does not depend on what else the machine runs.
	b.ReportMetric(float64((cputime.Used()-cpu0).Microseconds())/float64(sum.Documents), "cpu-µs/article")
}
