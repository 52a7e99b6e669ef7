package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// testEnv returns an environment whose AXIS_DB is a new SQLite file.
func testEnv(t *testing.T) (*Env, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "axis.db")
	var out, errb bytes.Buffer
	vars := map[string]string{"AXIS_DB": db, "HOME": t.TempDir()}
	return &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return vars[k] },
		Log:    slog.New(slog.NewTextHandler(&errb, &slog.HandlerOptions{Level: slog.LevelWarn}))}, &out, &errb
}

// demoDir writes the demo articles to a directory.
func demoDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	names, _ := fs.Glob(demodata, "demodata/*.txt")
	for _, n := range names {
		b, _ := demodata.ReadFile(n)
		os.WriteFile(filepath.Join(dir, filepath.Base(n)), b, 0o644)
	}
	return dir
}

func mustRun(t *testing.T, env *Env, args ...string) {
	t.Helper()
	if err := Run(context.Background(), env, args); err != nil {
		t.Fatalf("axis %s: %v\n%s", strings.Join(args, " "), err, env.Stderr)
	}
}

func TestIngestQueryExport(t *testing.T) {
	env, out, errb := testEnv(t)
	dir := demoDir(t)
	mustRun(t, env, "ingest", dir)
	if got := errb.String(); !strings.Contains(got, "5 documents") || !strings.Contains(got, "4 new") || !strings.Contains(got, "1 syndicated") {
		t.Fatalf("summary=%q", got)
	}
	// Idempotent.
	errb.Reset()
	mustRun(t, env, "ingest", dir)
	if got := errb.String(); !strings.Contains(got, "0 new, 5 duplicate") {
		t.Fatalf("second summary=%q", got)
	}

	t.Run("QueryDocumentsJSON", func(t *testing.T) {
		out.Reset()
		mustRun(t, env, "query", "documents", "--json")
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if len(lines) != 4 {
			t.Fatalf("lines=%d, want 4:\n%s", len(lines), out)
		}
		var rec struct {
			ID      int64
			Sources []struct{ Name string }
		}
		if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
			t.Fatal(err)
		}
		if len(rec.Sources) != 2 {
			t.Fatalf("first document has %d sources, want 2 (the syndicated copy)", len(rec.Sources))
		}
	})
	t.Run("QuerySearchCSV", func(t *testing.T) {
		out.Reset()
		mustRun(t, env, "query", "search", "typhoon", "--csv")
		rows, err := csv.NewReader(out).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[0][0] != "id" || !strings.Contains(rows[1][3], "Philippines") {
			t.Fatalf("rows=%v", rows)
		}
	})
	t.Run("QueryEventsTable", func(t *testing.T) {
		out.Reset()
		mustRun(t, env, "query", "--actor", "ZZZ")
		if !strings.Contains(out.String(), "(0 of 0 events)") {
			t.Fatalf("out=%q", out)
		}
	})
	t.Run("QueryBadDate", func(t *testing.T) {
		err := Run(context.Background(), env, []string{"query", "events", "--from", "June"})
		if err == nil || !strings.Contains(Message(err), "YYYY-MM-DD") {
			t.Fatalf("err=%v", err)
		}
	})
	t.Run("ExportGDELT", func(t *testing.T) {
		out.Reset()
		mustRun(t, env, "export", "--format", "gdelt")
		for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
			if line == "" {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 61 {
				t.Fatalf("%d columns, want 61: %q", len(cols), line)
			}
			if cols[0] == "" || len(cols[1]) != 8 || cols[26] == "" || !strings.HasPrefix(cols[60], "") {
				t.Fatalf("row=%q", cols)
			}
		}
	})
	t.Run("ExportCSV", func(t *testing.T) {
		out.Reset()
		mustRun(t, env, "export", "--format", "csv")
		rows, err := csv.NewReader(out).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 1 || rows[0][0] != "id" || len(rows[0]) != len(csvHeader) {
			t.Fatalf("header=%v", rows[0])
		}
	})
	t.Run("ExportJSONL", func(t *testing.T) {
		out.Reset()
		mustRun(t, env, "export", "--format", "jsonl")
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if len(lines) != 4 {
			t.Fatalf("lines=%d, want 4", len(lines))
		}
		var d struct {
			Schema string
			Text   string
		}
		if err := json.Unmarshal([]byte(lines[1]), &d); err != nil || d.Schema != "axis/v1" || !strings.Contains(d.Text, "sanctions") {
			t.Fatalf("document=%+v err=%v", d, err)
		}
	})
	t.Run("Reprocess", func(t *testing.T) {
		errb.Reset()
		mustRun(t, env, "reprocess")
		if !strings.Contains(errb.String(), "4 documents re-extracted") {
			t.Fatalf("summary=%q", errb)
		}
	})
	t.Run("ErrUnknownFormat", func(t *testing.T) {
		if err := Run(context.Background(), env, []string{"export", "--format", "xml"}); !errors.Is(err, ErrUsage) {
			t.Fatalf("err=%v, want usage", err)
		}
	})
}

func TestGDELTRow(t *testing.T) {
	if got, want := len(GDELTColumns), 61; got != want {
		t.Fatalf("GDELTColumns=%d, want %d", got, want)
	}
	if GDELTColumns[0] != "GlobalEventID" || GDELTColumns[26] != "EventCode" || GDELTColumns[60] != "SOURCEURL" || GDELTColumns[59] != "DATEADDED" {
		t.Fatal("GDELT columns out of order")
	}
}

func TestIngest_ErrCorruptDB(t *testing.T) {
	env, _, _ := testEnv(t)
	path := env.Getenv("AXIS_DB")
	os.WriteFile(path, bytes.Repeat([]byte("not a database "), 500), 0o644)
	err := Run(context.Background(), env, []string{"ingest", demoDir(t)})
	if err == nil || !strings.Contains(Message(err), "corrupt") {
		t.Fatalf("err=%v, want a corrupt database message", err)
	}
}

func TestGen(t *testing.T) {
	env, out, _ := testEnv(t)
	truth := filepath.Join(t.TempDir(), "truth.tsv")
	mustRun(t, env, "gen", "-n", "20", "--seed", "3", "--truth", truth)
	if got := strings.Count(out.String(), "\n"); got != 20 {
		t.Fatalf("lines=%d, want 20", got)
	}
	b, err := os.ReadFile(truth)
	if err != nil || !strings.HasPrefix(string(b), "article\tsource\ttarget") {
		t.Fatalf("truth=%q err=%v", b, err)
	}
}

func TestDemo(t *testing.T) {
	env, out, _ := testEnv(t)
	mustRun(t, env, "demo")
	for _, want := range []string{"4 new", "1 syndicated", "Documents", "Events", "Full-text search"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestGDELTRow_Dates(t *testing.T) {
	tests := []struct {
		name                      string
		happening, event, article string
		day, month, year          string
	}{
		{"day", "", "2024-06-19", "2024-06-20", "20240619", "202406", "2024"},
		{"month: first day of the month", "", "2023-09", "2024-06-20", "20230901", "202309", "2023"},
		{"year: first day of the year", "", "2000", "2024-06-20", "20000101", "200001", "2000"},
		{"happening's date first", "1961-07-06", "1961", "2024-06-20", "19610706", "196107", "1961"},
		{"no event date: the article's", "", "", "2024-06-20", "20240620", "202406", "2024"},
		{"garbage dates skipped", "", "20x4", "2024-06-20", "20240620", "202406", "2024"},
		{"no date at all", "", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &axis.EventRecord{Event: axis.Event{Date: tt.event}, Happening: axis.Happening{Date: tt.happening}, DocumentDate: tt.article}
			row := GDELTRow(r)
			if row[1] != tt.day || row[2] != tt.month || row[3] != tt.year {
				t.Errorf("Day, MonthYear, Year = %q %q %q, want %q %q %q", row[1], row[2], row[3], tt.day, tt.month, tt.year)
			}
		})
	}
}
