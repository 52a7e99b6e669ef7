package event

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtureDoc reads a fixture article: "@doc DATE" and "@date TEXT=VALUE"
// lines, then one sentence a line.
func fixtureDoc(t *testing.T, path string) *axis.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines, dates []string
	docDate := ""
	for _, ln := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		switch {
		case strings.HasPrefix(ln, "@doc "):
			docDate = strings.TrimPrefix(ln, "@doc ")
		case strings.HasPrefix(ln, "@date "):
			dates = append(dates, strings.TrimPrefix(ln, "@date "))
		default:
			lines = append(lines, ln)
		}
	}
	return testDoc(strings.Join(lines, "\n"), docDate, dates...)
}

// TestGolden codes the fixture articles and compares the explanation,
// the events and the treaties with testdata/golden/NAME.golden.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			d := fixtureDoc(t, f)
			tr, err := New().Code(context.Background(), d, true)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteExplain(&buf, tr); err != nil {
				t.Fatal(err)
			}
			buf.WriteString("\n# events\n")
			for _, e := range d.Events {
				b, _ := json.Marshal(e)
				buf.Write(b)
				buf.WriteByte('\n')
			}
			buf.WriteString("\n# treaties\n")
			for _, x := range d.Treaties {
				b, _ := json.Marshal(x)
				buf.Write(b)
				buf.WriteByte('\n')
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Fatalf("output differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}
