package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// TestReadCommands_ErrNoDatabase: query, export and reprocess refuse a
// missing SQLite file instead of creating an empty one.
func TestReadCommands_ErrNoDatabase(t *testing.T) {
	for _, args := range [][]string{
		{"query", "events"},
		{"export", "--format", "csv"},
		{"reprocess"},
	} {
		t.Run(args[0], func(t *testing.T) {
			for _, viaFlag := range []bool{false, true} {
				env, _, _ := testEnv(t)
				path := env.Getenv("AXIS_DB")
				a := args
				if viaFlag {
					path = filepath.Join(t.TempDir(), "missing.db")
					a = append(append([]string{args[0]}, "--db", path), args[1:]...)
				}
				err := Run(context.Background(), env, a)
				if got := axis.ErrorCode(err); got != axis.ENOTFOUND {
					t.Fatalf("axis %v: code %q (%v), want %q", a, got, err, axis.ENOTFOUND)
				}
				if want := "no axis database at " + path + "; run axis ingest first"; !strings.Contains(err.Error(), want) {
					t.Fatalf("err=%q, want %q", err, want)
				}
				if _, err := os.Stat(path); !os.IsNotExist(err) {
					t.Fatalf("%s was created (stat: %v)", path, err)
				}
			}
		})
	}
	t.Run("IngestCreates", func(t *testing.T) {
		env, _, _ := testEnv(t)
		mustRun(t, env, "ingest", demoDir(t))
		mustRun(t, env, "query", "events")
	})
}

func TestValidDate(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"2024", true}, {"2024-10", true}, {"2024-10-31", true}, {"2024-02-29", true},
		{"2024-13-01", false}, {"2024-02-30", false}, {"2023-02-29", false}, {"2024-00", false},
		{"2024-1-01", false}, {"24", false}, {"2024/10/01", false}, {"", false}, {"2024-10-31x", false}, {"+024", false},
	} {
		if got := validDate(tt.in); got != tt.ok {
			t.Errorf("validDate(%q)=%v, want %v", tt.in, got, tt.ok)
		}
	}
}

// TestFilters_ErrInvalid: bad filter values are refused before the store
// is opened, by every command that takes them.
func TestFilters_ErrInvalid(t *testing.T) {
	env, _, _ := testEnv(t)
	mustRun(t, env, "ingest", demoDir(t))
	for _, args := range [][]string{
		{"query", "events", "--from", "2024-13-01"},
		{"query", "events", "--to", "2024-02-30"},
		{"query", "events", "--from", "2024-10-1"},
		{"query", "events", "--from", "2024-11", "--to", "2024-10-31"},
		{"query", "events", "--modality", "likely"},
		{"query", "events", "--type", "CONSULTS"},
		{"query", "events", "--type", "04a"},
		{"query", "events", "--type", "04201"},
		{"query", "documents", "--from", "yesterday"},
		{"export", "--from", "2024-02-30"},
		{"export", "--type", "talk"},
		{"reprocess", "--to", "2024-13"},
		{"reprocess", "--id", "-3"},
	} {
		err := Run(context.Background(), env, args)
		if got := axis.ErrorCode(err); got != axis.EINVALID {
			t.Errorf("axis %s: code %q (%v), want %q", strings.Join(args, " "), got, err, axis.EINVALID)
		}
	}
	for _, args := range [][]string{
		{"query", "events", "--from", "2024", "--to", "2024-10", "--modality", "Future", "--type", "consult"},
		{"query", "events", "--from", "2024-10-05", "--to", "2024-10", "--type", "04"},
		{"query", "documents", "--from", "2024-02-29"},
		{"export", "--from", "2024-10", "--type", "057"},
	} {
		mustRun(t, env, args...)
	}
	t.Run("ReprocessMissingID", func(t *testing.T) {
		err := Run(context.Background(), env, []string{"reprocess", "--id", "999999"})
		if got := axis.ErrorCode(err); got != axis.ENOTFOUND {
			t.Fatalf("code %q (%v), want %q", got, err, axis.ENOTFOUND)
		}
	})
}

// TestUsage_FlagsOnce: usage lines name [flags] once.
func TestUsage_FlagsOnce(t *testing.T) {
	for _, name := range []string{"reprocess", "gen", "demo", "export", "query", "ingest"} {
		env, _, errb := testEnv(t)
		if err := Run(context.Background(), env, []string{name, "-h"}); err != nil {
			t.Fatalf("axis %s -h: %v", name, err)
		}
		line, _, _ := strings.Cut(errb.String(), "\n")
		if !strings.HasPrefix(line, "Usage: axis "+name+" ") || strings.Count(line, "[flags]") != 1 || strings.HasSuffix(line, " ") {
			t.Errorf("axis %s -h: usage line %q", name, line)
		}
	}
}
