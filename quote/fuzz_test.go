package quote_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/quote"
)

// FuzzQuotes feeds arbitrary text, split into paragraphs at blank lines,
// through the pipeline: nothing may panic, every quotation must lie in
// the text with Text[start:end] == text and inside one paragraph.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		`“We will not back down,” said Maria Lopez.`,
		"\"Unclosed quote runs on.\n\n\"And continues here,\" he said.",
		`He said 'never' and “always” and «sometimes» and „rarely“.`,
		`’’ ‘ “” "" ' " “ ” « » „ ‚ ‹ ›`,
		`The Houthis’ ability was ‘degraded’, the country’s army said.`,
		"# China says reunification ‘inevitable’\n\nBody “text”, he said.",
		`“A,” he said, “B,” she said, “C.” “D.” E “F`,
		"\"\n\n\"\n\n\"",
		`said said said “ said ” told according to, according to “x”`,
		`Rep. A B, D-Md., said “x.” In a statement, he thanked 's “y” D-, R-`,
		`Berg's claims that “x” ’s ’s claims “ her remarks “y”, a charge the office calls “z.”`,
		`OSLO – X said “That's Up.” 30,000, 3.5 “Project 2025” the “blue wall” states`,
		`The former president, who wrote “A B,” said: “c” of Maine, according to the family's lawyer, X.`,
		"A spokesman for the Army, Lt. Col. A B, spoke. The spokesman said: “x.”\n\nAn adviser to the X, Dr, said “y” by",
		"X noted it was “a”.\n\n“B.\n\n“C.\n\n“D,” said E F.\n\n“G,” she added.",
		"The Y adopted a declaration. The declaration says: “z” «a», a déclaré B C, and he added: «d.» was called “e” by",
	} {
		f.Add(s)
	}
	p, err := pipeline.New(pipeline.Options{NoEvents: true, NoDates: true, NoAmounts: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := axis.NewDocument()
		for i, b := range strings.Split(s, "\n\n") {
			kind := axis.KindBody
			if i == 0 && strings.HasPrefix(b, "# ") {
				kind, b = axis.KindHeadline, b[2:]
			}
			d.Blocks = append(d.Blocks, axis.Block{Kind: kind, Text: b})
		}
		if err := p.Process(context.Background(), d); err != nil {
			return // the segment stage may refuse input; the quote stage did not run
		}
		checkOffsets(t, d)
		for _, q := range d.Quotes {
			in := false
			for _, pa := range d.Paragraphs {
				if pa.Start <= q.Start && q.End <= pa.End {
					in = true
				}
			}
			if !in {
				t.Fatalf("quote %q at %d:%d is in no paragraph", q.Text, q.Start, q.End)
			}
		}
	})
}

// corpusText returns the dev corpus articles joined, or a synthetic text
// when the corpus is absent.
func corpusText(tb testing.TB) []string {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			out = append(out, string(b))
		}
	}
	if len(out) == 0 {
		out = append(out, strings.Repeat("Defence Minister Tomas Berg arrived on Friday.\n\n"+
			"“We are ready,” he said, “but we will not wait forever.”\n\n"+
			"The deal was a “turning point”, Berg said, and the so-called “peace plan” was dead.\n\n", 20))
	}
	return out
}

func prepared(b *testing.B, opts pipeline.Options) ([]*axis.Document, int64) {
	p, err := pipeline.New(opts)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*axis.Document
	var n int64
	for _, t := range corpusText(b) {
		d := axis.NewDocument()
		for _, para := range strings.Split(t, "\n\n") {
			d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: para})
		}
		if err := p.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(d.Text))
	}
	return docs, n
}

// BenchmarkQuotes measures the quote stage alone, on documents the
// earlier stages (entities included) have prepared.
func BenchmarkQuotes(b *testing.B) {
	docs, n := prepared(b, pipeline.Options{NoQuotes: true, NoEvents: true})
	st := quote.New()
	ctx := context.Background()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			d.Quotes = d.Quotes[:0]
			if err := st.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPipeline measures the whole pipeline with the quote stage.
func BenchmarkPipeline(b *testing.B) {
	texts := corpusText(b)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	ctx := context.Background()
	b.SetBytes(n)
	for b.Loop() {
		for _, t := range texts {
			d := axis.NewDocument()
			for _, para := range strings.Split(t, "\n\n") {
				d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: para})
			}
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
