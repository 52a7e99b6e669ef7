package entity

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// TestGolden runs the stage over the fixture articles of testdata/*.txt
// (headline, date line, blank line, paragraphs) and compares a readable
// listing of the entities with testdata/NAME.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := fixtureDoc(t, string(data))
			got := listing(d)
			gold := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(gold, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gold)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test -update, then review the diff):\n%s", name, gold, got)
			}
		})
	}
}

// fixtureDoc builds a document from a fixture: headline, date, body.
func fixtureDoc(tb testing.TB, s string) *axis.Document {
	tb.Helper()
	d := axis.NewDocument()
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	head := strings.SplitN(paras[0], "\n", 2)
	d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: head[0]})
	if len(head) == 2 {
		d.Meta.Date = strings.TrimSpace(head[1])
	}
	for _, p := range paras[1:] {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: strings.TrimSpace(p)})
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	if err := mustStage(tb).Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	checkOffsets(tb, d)
	return d
}

// listing is the canonical text form of a document's entities.
func listing(d *axis.Document) []byte {
	var b bytes.Buffer
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "%s %s %q country=%s code=%s", e.ID, e.Kind, e.Name, e.Country, e.Code)
		if e.Role != "" {
			fmt.Fprintf(&b, " role=%q", e.Role)
		}
		if e.Affiliation != "" {
			fmt.Fprintf(&b, " affiliation=%q", e.Affiliation)
		}
		ms, _ := json.Marshal(mentionTexts(&e))
		fmt.Fprintf(&b, "\n    %s\n", ms)
	}
	return b.Bytes()
}
