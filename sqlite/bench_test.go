package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/sqlite"
)

// benchEvents is the number of events BenchmarkFindEvents_Dyad stores:
// 10 million unless AXIS_BENCH_EVENTS says otherwise.
func benchEvents() int {
	if s := os.Getenv("AXIS_BENCH_EVENTS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return 10_000_000
}

// eventsDB returns an axis database holding n synthetic events between 200
// actors over ten years, bulk-inserted by SQL. The file is kept in the
// temporary directory and reused by later runs: building 10 million events
// takes minutes.
func eventsDB(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("axis-bench-events-v1-%d.db", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".building"
	os.Remove(tmp)
	db := sqlite.NewDB(tmp)
	if err := db.Open(context.Background()); err != nil {
		b.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", "file:"+tmp+"?_pragma=busy_timeout(5000)")
	if err != nil {
		b.Fatal(err)
	}
	raw.SetMaxOpenConns(1)
	defer raw.Close()
	must := func(q string, args ...any) {
		if _, err := raw.Exec(q, args...); err != nil {
			b.Fatalf("%s: %v", q, err)
		}
	}
	must(`PRAGMA journal_mode = DELETE`)
	must(`PRAGMA synchronous = OFF`)
	must(`PRAGMA foreign_keys = OFF`)
	must(`INSERT INTO documents (id, key, fingerprint, text, blocks, doc, created_at, updated_at, date, url, title)
		VALUES (1, 'bench', 'bench', 'bench', '[]', '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '2024-01-01', 'https://example.com/bench', 'bench')`)
	// Indexes are built after the rows: much faster than maintaining them.
	for _, ix := range []string{"events_dyad", "events_target", "events_date", "events_cameo", "events_plover", "events_document", "events_happening"} {
		must(`DROP INDEX ` + ix)
	}
	const chunk = 1_000_000
	for done := 0; done < n; done += chunk {
		m := min(chunk, n-done)
		must(`WITH RECURSIVE s(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM s WHERE i < ?)
			INSERT INTO events (id, document_id, idx, src, tgt, source_country, target_country, cameo, plover, quad_class, goldstein, date, modality)
			SELECT i, 1, i, src, tgt, src, tgt, cameo, 'CONSULT', 1, 1.0,
				date('2015-01-01', '+' || (abs(random()) % 3650) || ' days'), 'asserted'
			FROM (SELECT i, 'C' || printf('%03d', abs(random()) % 200) AS src, 'C' || printf('%03d', abs(random()) % 200) AS tgt,
				printf('%03d', 10 + abs(random()) % 190) AS cameo FROM s)`, done+1, done+m)
	}
	must(`CREATE INDEX events_dyad ON events (src, tgt, date)`)
	must(`CREATE INDEX events_target ON events (tgt, date)`)
	must(`CREATE INDEX events_date ON events (date)`)
	must(`CREATE INDEX events_cameo ON events (cameo)`)
	must(`CREATE INDEX events_plover ON events (plover, date)`)
	must(`CREATE INDEX events_document ON events (document_id)`)
	must(`CREATE INDEX events_happening ON events (happening_id, id)`)
	must(`ANALYZE`)
	must(`PRAGMA journal_mode = WAL`)
	raw.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d events in %s: %s", n, time.Since(start).Round(time.Second), path)
	return path
}

// BenchmarkFindEvents_Dyad queries the events of one dyad (about 250 of
// 10 million) with their happenings and documents.
func BenchmarkFindEvents_Dyad(b *testing.B) {
	n := benchEvents()
	path := eventsDB(b, n)
	db := sqlite.NewDB(path)
	if err := db.Open(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	i := 0
	found := 0
	b.ResetTimer()
	for b.Loop() {
		src, tgt := fmt.Sprintf("C%03d", i%200), fmt.Sprintf("C%03d", (i*7+3)%200)
		i++
		evs, total, err := db.FindEvents(ctx, axis.EventFilter{Actor: &src, Target: &tgt, Limit: 100})
		if err != nil {
			b.Fatal(err)
		}
		found += total
		_ = evs
	}
	b.ReportMetric(float64(found)/float64(b.N), "events/query")
}

// BenchmarkFindEvents_DyadRange adds a one-year date range and a CAMEO
// prefix to the dyad.
func BenchmarkFindEvents_DyadRange(b *testing.B) {
	n := benchEvents()
	path := eventsDB(b, n)
	db := sqlite.NewDB(path)
	if err := db.Open(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	from, to, typ := "2020-01-01", "2020-12-31", "1"
	i := 0
	b.ResetTimer()
	for b.Loop() {
		src, tgt := fmt.Sprintf("C%03d", i%200), fmt.Sprintf("C%03d", (i*7+3)%200)
		i++
		if _, _, err := db.FindEvents(ctx, axis.EventFilter{Actor: &src, Target: &tgt, From: &from, To: &to, Type: &typ, Limit: 100}); err != nil {
			b.Fatal(err)
		}
	}
}
