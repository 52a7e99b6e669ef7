package reader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// corpusDir is the shared dev corpus, beside the repository.
const corpusDir = "../../shared/corpus/dev"

// TestCorpus checks that every article of the dev corpus gets the title and
// date of its gold file, and that its header blocks are classified.
func TestCorpus(t *testing.T) {
	gold, _ := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if len(gold) == 0 {
		t.Skip("no dev corpus at " + corpusDir)
	}
	for _, g := range gold {
		base := strings.TrimSuffix(g, ".json")
		var want struct{ Title, Date string }
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		var path string
		for _, ext := range []string{".txt", ".md"} {
			if _, err := os.Stat(base + ext); err == nil {
				path = base + ext
			}
		}
		if path == "" {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 {
				t.Fatalf("%d documents, want 1", len(docs))
			}
			d := docs[0]
			if got := d.Meta.Title; got != want.Title {
				t.Errorf("title=%q, want %q", got, want.Title)
			}
			if got := d.Meta.Date; got != want.Date {
				t.Errorf("date=%q, want %q", got, want.Date)
			}
			if d.Blocks[0].Kind != axis.KindHeadline {
				t.Errorf("first block %s, want headline", d.Blocks[0].Kind)
			}
			if d.Blocks[1].Kind != axis.KindDateline {
				t.Errorf("second block %s %q, want dateline", d.Blocks[1].Kind, d.Blocks[1].Text)
			}
			if d.Meta.Language != "en" {
				t.Errorf("language=%q, want en", d.Meta.Language)
			}
			checkBlocks(t, d)
		})
	}
}

// checkBlocks asserts what holds of every document: valid UTF-8 blocks
// without leading or trailing space or line breaks, of a known kind.
func checkBlocks(t testing.TB, d *axis.Document) {
	t.Helper()
	for i, b := range d.Blocks {
		switch b.Kind {
		case axis.KindHeadline, axis.KindByline, axis.KindDateline, axis.KindHeading, axis.KindBody:
		default:
			t.Errorf("%s block %d: kind %q", d.Meta.ID, i, b.Kind)
		}
		if b.Text == "" || strings.TrimSpace(b.Text) != b.Text || strings.ContainsAny(b.Text, "\n\r") {
			t.Errorf("%s block %d: text %q not trimmed to one line", d.Meta.ID, i, b.Text)
		}
		if !utf8Valid(b.Text) {
			t.Errorf("%s block %d: invalid UTF-8", d.Meta.ID, i)
		}
	}
}
