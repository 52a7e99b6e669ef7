package quote_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestGolden runs articles written for these tests (testdata/golden/*.txt)
// through the pipeline and compares their quotations, one line each
// (speaker | cue | medium | text), with NAME.golden. Review the diff after
// go test -run TestGolden -update.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden articles: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{NoEvents: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var b strings.Builder
			err := reader.Read(context.Background(), f, reader.Options{}, func(d *axis.Document) error {
				if err := p.Process(context.Background(), d); err != nil {
					return err
				}
				checkOffsets(t, d)
				for _, q := range d.Quotes {
					fmt.Fprintf(&b, "%s | %s | %s | %s\n", q.SpeakerName, q.Cue, q.Medium, q.Text)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("quotes of %s differ from %s:\ngot:\n%s\nwant:\n%s", f, golden, got, want)
			}
		})
	}
}
