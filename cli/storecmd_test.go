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
