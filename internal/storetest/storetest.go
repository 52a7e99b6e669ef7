// Package storetest runs one conformance suite against every axis.Store
// implementation: SQLite always, PostgreSQL whenever AXIS_TEST_POSTGRES
// (or -postgres) holds a DSN. Each test gets a fresh database: a temporary
// SQLite file, or a PostgreSQL schema of its own that is dropped after it.
package storetest

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/postgres"
	"github.com/axis-news/axis/sqlite"
	_ "github.com/jackc/pgx/v5/stdlib"
)

var (
	storesFlag   = flag.String("stores", "sqlite,postgres", "stores to test (postgres runs only with a DSN)")
	postgresFlag = flag.String("postgres", os.Getenv("AXIS_TEST_POSTGRES"), "PostgreSQL DSN for the store tests (default $AXIS_TEST_POSTGRES)")
	dumpFlag     = flag.Bool("dump", false, "keep SQLite files of the store tests and print their paths")
)

// Env is one fresh database of one implementation.
type Env struct {
	Name string
	// Open opens (again) a store on this database.
	Open func() (axis.Store, error)
	// SQL is a raw connection to the database, for faults and checks.
	SQL *sql.DB
	// Rebind rewrites '?' placeholders for the database.
	Rebind func(string) string
}

// MustOpen opens a store on env's database, closed when the test ends.
func (e *Env) MustOpen(tb testing.TB) axis.Store {
	tb.Helper()
	s, err := e.Open()
	if err != nil {
		tb.Fatalf("open %s store: %v", e.Name, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// PostgresDSN returns the DSN of the test PostgreSQL, or "".
func PostgresDSN() string { return *postgresFlag }

// RunWithStore runs fn as a subtest for each store implementation that is
// available, each with a fresh database.
func RunWithStore(t *testing.T, fn func(t *testing.T, env *Env)) {
	t.Helper()
	for _, name := range strings.Split(*storesFlag, ",") {
		switch name {
		case "sqlite":
			t.Run("sqlite", func(t *testing.T) { fn(t, NewSQLiteEnv(t)) })
		case "postgres":
			if *postgresFlag == "" {
				t.Run("postgres", func(t *testing.T) { t.Skip("set AXIS_TEST_POSTGRES to a PostgreSQL DSN to run the PostgreSQL half") })
				continue
			}
			t.Run("postgres", func(t *testing.T) { fn(t, NewPostgresEnv(t)) })
		}
	}
}

// NewSQLiteEnv returns a fresh SQLite database in a temporary file.
func NewSQLiteEnv(tb testing.TB) *Env {
	tb.Helper()
	dir := tb.TempDir()
	if *dumpFlag {
		d, err := os.MkdirTemp("", "axis-storetest-")
		if err != nil {
			tb.Fatal(err)
		}
		dir = d
		tb.Logf("SQLite database kept: %s", filepath.Join(dir, "axis.db"))
	}
	path := filepath.Join(dir, "axis.db")
	env := &Env{Name: "sqlite", Rebind: func(s string) string { return s }}
	env.Open = func() (axis.Store, error) {
		db := sqlite.NewDB(path)
		db.BusyTimeout = 200 * time.Millisecond
		if err := db.Open(context.Background()); err != nil {
			return nil, err
		}
		return db, nil
	}
	// Create the file so the raw connection sees the schema.
	s, err := env.Open()
	if err != nil {
		tb.Fatalf("open sqlite: %v", err)
	}
	s.Close()
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { raw.Close() })
	env.SQL = raw
	return env
}

var schemaSeq atomic.Int64

// NewPostgresEnv returns a fresh schema in the test PostgreSQL database,
// dropped when the test ends.
func NewPostgresEnv(tb testing.TB) *Env {
	tb.Helper()
	dsn := *postgresFlag
	if dsn == "" {
		tb.Skip("no PostgreSQL DSN (AXIS_TEST_POSTGRES)")
	}
	schema := fmt.Sprintf("axis_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemaSeq.Add(1))
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		admin.Close()
		tb.Fatalf("create schema: %v", err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	sdsn := u.String()
	raw, err := sql.Open("pgx", sdsn)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		raw.Close()
		admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	return &Env{
		Name: "postgres",
		SQL:  raw,
		Open: func() (axis.Store, error) {
			db := postgres.NewDB(sdsn)
			if err := db.Open(context.Background()); err != nil {
				return nil, err
			}
			return db, nil
		},
		Rebind: func(s string) string {
			var b strings.Builder
			n := 0
			for _, r := range s {
				if r == '?' {
					n++
					fmt.Fprintf(&b, "$%d", n)
					continue
				}
				b.WriteRune(r)
			}
			return b.String()
		},
	}
}

// dumpTables lists every table and the columns a dump shows: all but the
// times of writing.
var dumpTables = []struct{ table, cols, order string }{
	{"documents", `id, key, fingerprint, minhash, name, title, date, byline, source, url, language, text, blocks, doc`, "id"},
	{"document_sources", `id, document_id, key, name, outlet, url, title, date`, "id"},
	{"document_bands", `band, document_id`, "band, document_id"},
	{"sentences", `document_id, idx, start, "end", kind`, "document_id, idx"},
	{"entities", `document_id, idx, eid, kind, name, country, code, role, affiliation, rule`, "document_id, idx"},
	{"mentions", `document_id, entity_idx, idx, start, "end", text`, "document_id, entity_idx, idx"},
	{"quotes", `id, document_id, idx, text, start, "end", speaker, speaker_name, role, affiliation, country, cue, medium`, "id"},
	{"happenings", `id, key, src, tgt, type, date, num_mentions, num_articles, num_sources`, "id"},
	{"happening_outlets", `happening_id, outlet, n`, "happening_id, outlet"},
	{"events", `id, document_id, idx, happening_id, eid, src, tgt, source_entity, source_name, source_country, source_code,
		target_entity, target_name, target_country, target_code, cameo, plover, quad_class, goldstein, date, date_precision,
		modality, claimed_by, sentence, start, "end", rule`, "id"},
	{"dates", `document_id, idx, text, start, "end", value, precision`, "document_id, idx"},
	{"amounts", `document_id, idx, text, start, "end", value, unit, object, approximate`, "document_id, idx"},
	{"treaties", `document_id, idx, tid, name, parties, date, start, "end", relations`, "document_id, idx"},
}

// Dump writes a canonical text form of everything stored in db (all rows
// of all tables in key order, without the times of writing), so two stores
// can be compared byte for byte.
func Dump(ctx context.Context, db *sql.DB) (string, error) {
	var b strings.Builder
	for _, t := range dumpTables {
		fmt.Fprintf(&b, "## %s\n", t.table)
		rows, err := db.QueryContext(ctx, `SELECT `+t.cols+` FROM `+t.table+` ORDER BY `+t.order)
		if err != nil {
			return "", fmt.Errorf("dump %s: %w", t.table, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return "", err
			}
			for i, v := range vals {
				if i > 0 {
					b.WriteByte('\t')
				}
				switch v := v.(type) {
				case []byte:
					fmt.Fprintf(&b, "%x", v)
				case nil:
					b.WriteString("NULL")
				default:
					fmt.Fprintf(&b, "%v", v)
				}
			}
			b.WriteByte('\n')
		}
		if err := rows.Err(); err != nil {
			rows.Close()
			return "", err
		}
		rows.Close()
	}
	return b.String(), nil
}
