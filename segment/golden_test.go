package segment_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden splits each testdata/*.txt (body paragraphs separated by blank
// lines) and compares the sentences, one a line, with testdata/*.golden.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, sents := split(t, strings.Split(strings.TrimSpace(string(in)), "\n\n")...)
			checkDocument(t, d)
			var b strings.Builder
			for i, s := range sents {
				fmt.Fprintf(&b, "%d\t%q\n", i, s)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if b.String() != string(want) {
				t.Fatalf("sentences differ from %s:\n%s\nwant:\n%s", golden, b.String(), want)
			}
		})
	}
}
