package reader

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// Benchmarks report MB/s of input read (b.SetBytes). The inputs are the
// fixtures of testdata, repeated to article length where they are short.

func benchFile(b *testing.B, path string) []byte {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// longPlain is a plain-text article of about 12 KB, the length of a long
// news story, built from the plain fixture's body.
func longPlain(b *testing.B) []byte {
	data := benchFile(b, "testdata/plain/wrapped.txt")
	head, body, _ := bytes.Cut(data, []byte("\n\n"))
	var buf bytes.Buffer
	buf.Write(head)
	for buf.Len() < 12000 {
		buf.WriteString("\n\n")
		buf.Write(body)
	}
	return buf.Bytes()
}

func BenchmarkParsePlain(b *testing.B) {
	data := longPlain(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseAs("x.txt", data, FormatPlain); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMarkdown(b *testing.B) {
	data := benchFile(b, "testdata/md/article.md")
	var buf bytes.Buffer
	buf.Write(data)
	_, body, _ := bytes.Cut(data, []byte("## "))
	for buf.Len() < 12000 {
		buf.WriteString("\n\n## ")
		buf.Write(body)
	}
	data = buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseAs("x.md", data, FormatMarkdown); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	for _, name := range []string{"news", "latin1"} {
		data := benchFile(b, filepath.Join("testdata/html", name+".html"))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ParseAs(name, data, FormatHTML); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseFeed(b *testing.B) {
	data := benchFile(b, "testdata/feed/rss.xml")
	// Twenty items.
	s := string(data)
	i, j := strings.Index(s, "<item>"), strings.LastIndex(s, "</channel>")
	items := s[i:j]
	data = []byte(s[:i] + strings.Repeat(items, 10) + s[j:])
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseAs("x.xml", data, FormatFeed); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseJSONL(b *testing.B) {
	var buf bytes.Buffer
	body := strings.Repeat("Envoys from the warring parties met in Geneva on Tuesday for a second round of indirect talks. ", 30)
	for i := range 100 {
		fmt.Fprintf(&buf, `{"url":"https://wire.example/%d","title":"Envoys meet in Geneva","date":"2023-09-05","text":%q,"source":"Example Wire"}`+"\n", i, body+"\n\n"+body)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		err := readJSONL(context.Background(), "x", bytes.NewReader(data), Options{}, func(*axis.Document) error {
			n++
			return nil
		})
		if err != nil || n != 100 {
			b.Fatal(n, err)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	data := longPlain(b)
	b.SetBytes(int64(min(len(data), sniffLen)))
	for b.Loop() {
		Detect("x", data)
	}
}

// BenchmarkParseCorpus reads the dev corpus, when present.
func BenchmarkParseCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	md, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	files = append(files, md...)
	if len(files) == 0 {
		b.Skip("no dev corpus")
	}
	var inputs [][]byte
	total := 0
	for _, f := range files {
		d := benchFile(b, f)
		inputs = append(inputs, d)
		total += len(d)
	}
	b.SetBytes(int64(total))
	for b.Loop() {
		for i, d := range inputs {
			if _, err := Parse(files[i], d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
