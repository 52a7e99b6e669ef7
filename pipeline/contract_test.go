package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
	"github.com/axis-news/axis/schema"
)

// corpusDir is the shared dev corpus, beside the repository.
const corpusDir = "../../shared/corpus/dev"

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.AxisV1))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("axis-v1.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("axis-v1.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// extract runs the default pipeline over every document of one input.
func extract(t testing.TB, p *pipeline.Pipeline, path string) []*axis.Document {
	t.Helper()
	var docs []*axis.Document
	err := reader.Read(context.Background(), path, reader.Options{}, func(d *axis.Document) error {
		if err := p.Process(context.Background(), d); err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}

// CheckContract asserts the axis/v1 invariants: the JSON validates against
// the schema and every offset points at the item's text.
func CheckContract(t testing.TB, s *jsonschema.Schema, d *axis.Document) {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Fatalf("%s: does not validate against axis/v1: %v", d.Meta.ID, err)
	}
	span := func(what string, start, end int, text string) {
		t.Helper()
		if start < 0 || end < start || end > len(d.Text) {
			t.Fatalf("%s: %s [%d,%d) out of range (text is %d bytes)", d.Meta.ID, what, start, end, len(d.Text))
		}
		if text != "" && d.Text[start:end] != text {
			t.Fatalf("%s: %s text[%d:%d]=%q, want %q", d.Meta.ID, what, start, end, d.Text[start:end], text)
		}
	}
	for _, s := range d.Sentences {
		span("sentence", s.Start, s.End, "")
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			span("mention of "+e.Name, m.Start, m.End, m.Text)
		}
	}
	for _, q := range d.Quotes {
		span("quote", q.Start, q.End, q.Text)
	}
	for _, x := range d.Dates {
		span("date", x.Start, x.End, x.Text)
	}
	for _, a := range d.Amounts {
		span("amount", a.Start, a.End, a.Text)
	}
	for _, e := range d.Events {
		span("event "+e.ID, e.Start, e.End, "")
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			t.Fatalf("%s: event %s sentence %d out of range", d.Meta.ID, e.ID, e.Sentence)
		}
	}
}

func TestContract_Fixtures(t *testing.T) {
	s := compileSchema(t)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/articles/*")
	if len(files) == 0 {
		t.Fatal("no fixture articles")
	}
	for _, f := range files {
		for _, d := range extract(t, p, f) {
			CheckContract(t, s, d)
			if d.Meta.Title == "" || d.Meta.Date == "" {
				t.Errorf("%s: title=%q date=%q, want both", f, d.Meta.Title, d.Meta.Date)
			}
		}
	}
}

// TestContract_DevCorpus checks every dev article: the contract holds and
// the title and date are the gold's.
func TestContract_DevCorpus(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	if len(golds) == 0 {
		t.Skip("shared dev corpus not present")
	}
	s := compileSchema(t)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		name := strings.TrimSuffix(g, ".json")
		in := name + ".txt"
		if _, err := os.Stat(in); err != nil {
			in = name + ".md"
		}
		var gold struct{ Title, Date string }
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatal(err)
		}
		docs := extract(t, p, in)
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents, want 1", in, len(docs))
		}
		d := docs[0]
		CheckContract(t, s, d)
		if d.Meta.Title != gold.Title {
			t.Errorf("%s: title=%q, want %q", in, d.Meta.Title, gold.Title)
		}
		if d.Meta.Date != gold.Date {
			t.Errorf("%s: date=%q, want %q", in, d.Meta.Date, gold.Date)
		}
	}
}
