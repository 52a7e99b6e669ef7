// Package testcorpus gives tests of single stages the dev corpus as
// documents. It is used by tests only.
package testcorpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// DevDocs reads the dev corpus beside the repository (../shared/corpus/dev
// seen from a package directory), if present, into documents dated by their
// gold annotation, with a rough sentence split (paragraphs, then ". "), for
// tests of one stage without the segment stage. It skips tb when the corpus
// is absent.
func DevDocs(tb testing.TB) []*axis.Document {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(golds) == 0 {
		tb.Skip("no dev corpus at", dir)
	}
	var docs []*axis.Document
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".json")
		data, err := os.ReadFile(base + ".txt")
		if err != nil {
			if data, err = os.ReadFile(base + ".md"); err != nil {
				continue
			}
		}
		var gold struct{ Date string }
		if b, err := os.ReadFile(g); err == nil {
			_ = json.Unmarshal(b, &gold)
		}
		d := axis.NewDocument()
		d.Meta.ID = filepath.Base(base)
		d.Meta.Date = gold.Date
		d.Text = strings.ReplaceAll(string(data), `\$`, "$")
		start := 0
		for start < len(d.Text) {
			end := len(d.Text)
			if k := strings.Index(d.Text[start:], "\n\n"); k >= 0 {
				end = start + k
			}
			s := start
			for {
				k := strings.Index(d.Text[s:end], ". ")
				if k < 0 {
					break
				}
				d.Sentences = append(d.Sentences, axis.Sentence{Start: s, End: s + k + 1, Kind: axis.KindBody})
				s += k + 2
			}
			if s < end {
				d.Sentences = append(d.Sentences, axis.Sentence{Start: s, End: end, Kind: axis.KindBody})
			}
			start = end + 2
		}
		docs = append(docs, d)
	}
	return docs
}

// SplitSentences cuts text after each '.', '!', '?' or line break, the way
// sentences leave white space between them.
func SplitSentences(text string) []axis.Sentence {
	var out []axis.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?', '\n':
			out = append(out, axis.Sentence{Start: start, End: i + 1, Kind: axis.KindBody})
			start = i + 1
		}
	}
	return append(out, axis.Sentence{Start: start, End: len(text), Kind: axis.KindBody})
}
