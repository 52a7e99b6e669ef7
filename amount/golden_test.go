package amount

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/temporal"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// goldenDoc reads a testdata article: the document date on the first line,
// then the text; sentences are its lines split after ". ".
func goldenDoc(tb testing.TB, path string) *axis.Document {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	date, text, _ := strings.Cut(string(data), "\n")
	d := axis.NewDocument()
	d.Meta.Date, d.Text = date, text
	start := 0
	for i := 0; i <= len(text); i++ {
		end := i == len(text) || text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i-1] == '.')
		if !end {
			continue
		}
		if i > start {
			d.Sentences = append(d.Sentences, axis.Sentence{Start: start, End: i, Kind: axis.KindBody})
		}
		start = i + 1
	}
	return d
}

// TestGolden compares the amounts found in testdata/golden/*.txt with the
// .golden files beside them; go test -update rewrites those.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/golden/*.txt")
	if len(paths) == 0 {
		t.Fatal("no golden articles")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d := goldenDoc(t, path)
			amounts := New().Find(d.Text, d.Sentences, temporal.New().Find(d.Text, d.Sentences, d.Meta.Date))
			checkAmounts(t, d.Text, amounts)
			got, err := json.MarshalIndent(amounts, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("amounts of %s differ from %s (review, then go test -update):\n%s", path, golden, got)
			}
		})
	}
}
