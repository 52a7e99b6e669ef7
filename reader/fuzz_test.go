package reader

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// Fuzz targets: no input may panic a reader, and every block a reader
// returns is valid, trimmed, one-line UTF-8 of a known kind.

var quiet = Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))}

// seedFiles adds the files of testdata/dir to the corpus of f.
func seedFiles(f *testing.F, dir string) {
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
	for _, p := range files {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

// checkDocs asserts the invariants of reader output.
func checkDocs(t *testing.T, docs []*axis.Document) {
	t.Helper()
	for _, d := range docs {
		if d == nil {
			t.Fatal("nil document")
		}
		for i, b := range d.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("block %d: invalid UTF-8 %q", i, b.Text)
			}
			if b.Text == "" || strings.TrimSpace(b.Text) != b.Text || strings.ContainsAny(b.Text, "\n\r") {
				t.Fatalf("block %d: untrimmed text %q", i, b.Text)
			}
			switch b.Kind {
			case axis.KindHeadline, axis.KindByline, axis.KindDateline, axis.KindHeading, axis.KindBody:
			default:
				t.Fatalf("block %d: kind %q", i, b.Kind)
			}
		}
		for _, s := range []string{d.Meta.Title, d.Meta.Date, d.Meta.Byline, d.Meta.Source} {
			if !utf8.ValidString(s) {
				t.Fatalf("meta %q: invalid UTF-8", s)
			}
		}
		if d.Meta.Date != "" && len(d.Meta.Date) != 10 {
			t.Fatalf("date %q not YYYY-MM-DD", d.Meta.Date)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "# x", "<html>", "<?xml?><rss>", `{"title":"x"}`, "\x89PNG\r\n\x1a\n", "MZ", "[", "{", "<!--", "<?"} {
		f.Add([]byte(s))
	}
	seedFiles(f, "plain")
	f.Fuzz(func(t *testing.T, data []byte) {
		got := Detect("x", data)
		if got < FormatEmpty || got > FormatJSONL {
			t.Fatalf("Detect=%d", got)
		}
		if docs, err := parse("x", data, got, source{}, quiet); err == nil {
			checkDocs(t, docs)
		}
	})
}

func FuzzParsePlain(f *testing.F) {
	for _, s := range []string{
		"Headline\nJune 26, 2024\n\nBy Jane Doe\n\nBody.",
		"Headline\n\n26 June 2024\n\nOnline Desk :\n\nBody one.\n\nShort heading\n\nBody two.",
		"Headline\r\n\r\n\xff\xfe\r\n",
		"\n\n\n",
		"By | June 26, 2024 | Reuters",
		"Jun. 31, 2024\n",
	} {
		f.Add([]byte(s))
	}
	seedFiles(f, "plain")
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _ := decodeText(data)
		d, err := parsePlain("x", s)
		if err == nil {
			checkDocs(t, []*axis.Document{d})
		}
	})
}

func FuzzParseMarkdown(f *testing.F) {
	for _, s := range []string{
		"# Headline\n\nJune 26, 2024\n\n## Sub\n\nBody \\$5 and *em* [link](http://x).",
		"Setext\n===\n\n> quote\n\n- item\n",
		"```\ncode\n```\n",
		"&#0; &#xD800; &bogus;",
	} {
		f.Add([]byte(s))
	}
	seedFiles(f, "md")
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _ := decodeText(data)
		d, err := parseMarkdown("x", s)
		if err == nil {
			checkDocs(t, []*axis.Document{d})
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range []string{
		"<html><head><title>T</title></head><body><p>Body text here.</p></body></html>",
		`<html><head><meta charset="windows-1252"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02","author":[{"name":"A"}]}</script></head><body><article><h1>T</h1><p>x</p></article></body></html>`,
		`<body class="has-sidebar"><time datetime="2024-13-45">x</time><div class="ad">ad</div>text`,
		"<html><body></body></html>",
		"<p>\x00\xff</p>",
	} {
		f.Add([]byte(s))
	}
	seedFiles(f, "html")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := parseHTML("x", data, source{}, quiet)
		if err == nil {
			checkDocs(t, []*axis.Document{d})
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	for _, s := range []string{
		`<rss version="2.0"><channel><title>T</title><item><title>A</title><description>x</description></item></channel></rss>`,
		`<rss><channel><item><title>A</titel></item><item><title>B</title></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content type="html">&lt;p&gt;x</content></entry></feed>`,
		`<rdf:RDF><item><title>x</title></item></rdf:RDF>`,
		`<rss><channel><item><![CDATA[`,
	} {
		f.Add([]byte(s))
	}
	seedFiles(f, "feed")
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, _ := parseFeed("x", data, quiet)
		checkDocs(t, docs)
	})
}

func FuzzParseJSONL(f *testing.F) {
	for _, s := range []string{
		`{"title":"A","text":"x","date":"2024-01-02"}` + "\n" + `{"title":"B"`,
		`[{"title":"A","text":"<p>x</p>"},{"url":1}]`,
		"{\n\"title\": \"A\",\n\"author\": {\"name\": \"N\"}\n}\n{\"text\": \"y\"}",
		`{"text":"\u0000\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	seedFiles(f, "jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		var docs []*axis.Document
		readJSONL(context.Background(), "x", strings.NewReader(string(data)), Options{MaxBytes: 1 << 20, Log: quiet.Log}, func(d *axis.Document) error {
			docs = append(docs, d)
			return nil
		})
		checkDocs(t, docs)
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"June 26, 2024", "2024-06-26T10:00Z", "26/06/2024", "Wed, 26 Jun 2024 10:00:00 GMT", "31 Feb 2024", "99999999999999-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fn := range []func(string) (string, bool){parseDateLine, parseDateValue} {
			if iso, ok := fn(s); ok {
				if _, ok := makeDate(atoiN(iso[:4]), atoiN(iso[5:7]), atoiN(iso[8:])); !ok || len(iso) != 10 {
					t.Fatalf("%q gave bad date %q", s, iso)
				}
			}
		}
	})
}
