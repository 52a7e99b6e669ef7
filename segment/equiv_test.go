package segment

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/axis-news/axis"
	"golang.org/x/text/unicode/norm"
)

// processRef is the stage as it was, built on the reference functions.
func processRef(d *axis.Document) {
	if len(d.Blocks) == 0 && d.Text != "" {
		for _, p := range strings.Split(d.Text, "\n\n") {
			d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
		}
	}
	var buf []byte
	d.Paragraphs = nil
	for _, bl := range d.Blocks {
		mark := len(buf)
		if mark > 0 {
			buf = append(buf, "\n\n"...)
		}
		start := len(buf)
		buf = appendNormalizedRef(buf, bl.Text)
		if len(buf) == start {
			buf = buf[:mark]
			continue
		}
		d.Paragraphs = append(d.Paragraphs, axis.Paragraph{Start: start, End: len(buf), Kind: bl.Kind})
	}
	d.Text = string(buf)
	d.Tokens = tokenizeRef(nil, d.Text, 0, len(d.Text))
	d.Sentences = []axis.Sentence{}
	for i, p := range d.Paragraphs {
		if p.Kind != axis.KindBody {
			d.Sentences = append(d.Sentences, axis.Sentence{Start: p.Start, End: p.End, Kind: p.Kind, Paragraph: i})
			continue
		}
		first := len(d.Sentences)
		d.Sentences = splitParagraphRef(d.Sentences, d.Text, p.Start, p.End, i)
		if len(d.Sentences) > first && first > 0 {
			prev := &d.Sentences[first-1]
			if prev.Kind == axis.KindBody && prev.End == d.Paragraphs[i-1].End &&
				d.Paragraphs[i-1].Kind == axis.KindBody && continuesRef(d.Text, prev.Start, prev.End, p.Start) {
				prev.End = d.Sentences[first].End
				d.Sentences = append(d.Sentences[:first], d.Sentences[first+1:]...)
			}
		}
	}
	t := 0
	for i := range d.Sentences {
		s := &d.Sentences[i]
		for t < len(d.Tokens) && d.Tokens[t].Start < s.Start {
			t++
		}
		s.FirstToken = t
		for t < len(d.Tokens) && d.Tokens[t].End <= s.End {
			t++
		}
		s.EndToken = t
	}
}

var equivSeeds = []string{
	"Mr. Lee met Dr. Park in the U.S. on Jan. 5. The talks ended… “Why now?” she asked.\n\nexports rose",
	"  Lead  and trail \t spaces\u00a0and\u2009thin\u202fnarrow\u3000wide \u200bzero\ufeffbom\u00adsoft \x01ctrl\u0085nel ",
	"Putin’s F-16s, Jong-un's 1,000km-long 2.5 per cent (11,000) O’Neill don't e.g. the J. R. Smith ‑ hy‑phen",
	"e\u0301 cafe\u0301 \u1100\u1161 Ａ \uf900 \ue000 \U000f0000 \xff\xfe bad",
	"Ends without stop\n\nand continues here. Next one!\n\nHeading\n\n“Quoted.” Then",
	"A.B.C. D. e.g. i.e. No. 10 St. Louis ... ?! ?” ’ ) ] » 'x' \"y\"",
}

// checkEquiv runs the stage and the reference over the same blocks.
func checkEquiv(t *testing.T, blocks []axis.Block) {
	t.Helper()
	got, want := axis.NewDocument(), axis.NewDocument()
	got.Blocks = append([]axis.Block(nil), blocks...)
	want.Blocks = append([]axis.Block(nil), blocks...)
	if err := New().Process(context.Background(), got); err != nil {
		t.Fatal(err)
	}
	processRef(want)
	if got.Text != want.Text {
		t.Fatalf("Text=%q, want %q", got.Text, want.Text)
	}
	if !reflect.DeepEqual(got.Paragraphs, want.Paragraphs) && len(got.Paragraphs)+len(want.Paragraphs) > 0 {
		t.Fatalf("Paragraphs=%v, want %v", got.Paragraphs, want.Paragraphs)
	}
	if !reflect.DeepEqual(got.Tokens, want.Tokens) && len(got.Tokens)+len(want.Tokens) > 0 {
		t.Fatalf("text %q:\nTokens=%v\nwant   %v", got.Text, got.Tokens, want.Tokens)
	}
	if !reflect.DeepEqual(got.Sentences, want.Sentences) {
		t.Fatalf("text %q:\nSentences=%v\nwant      %v", got.Text, got.Sentences, want.Sentences)
	}
	for _, b := range blocks {
		if got, want := Normalize(b.Text), string(appendNormalizedRef(nil, b.Text)); got != want {
			t.Fatalf("Normalize(%q)=%q, want %q", b.Text, got, want)
		}
	}
}

func TestInert(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !inert(r) {
			continue
		}
		s := string(r)
		if !norm.NFC.PropertiesString(s).BoundaryBefore() || !norm.NFC.IsNormalString(s) {
			t.Fatalf("%U is not inert", r)
		}
	}
}

func blocksOf(s string) []axis.Block {
	var bs []axis.Block
	for i, p := range strings.Split(s, "\n\n") {
		kind := axis.KindBody
		if i == 0 && len(p) < 40 {
			kind = axis.KindHeadline
		}
		bs = append(bs, axis.Block{Kind: kind, Text: p})
	}
	return bs
}

func TestEquivalence(t *testing.T) {
	for _, s := range equivSeeds {
		checkEquiv(t, blocksOf(s))
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkEquiv(t, blocksOf(string(data)))
	}
}

func FuzzEquivalence(f *testing.F) {
	for _, s := range equivSeeds {
		f.Add(s)
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEquiv(t, blocksOf(s))
	})
}
