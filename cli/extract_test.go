package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axis-news/axis/cli"
)

// runExtract runs "axis extract ARGS" in process and returns its standard
// output, standard error and error.
func runExtract(t *testing.T, stdin io.Reader, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: stdin, Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Log: slog.New(slog.NewTextHandler(&errb, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	err := cli.Run(context.Background(), env, append([]string{"extract"}, args...))
	return out.String(), errb.String(), err
}

// doc is the part of an axis/v1 document these tests look at.
type doc struct {
	Schema   string `json:"schema"`
	Document struct {
		ID, Title, Date, Byline, Source, URL, Language string
	} `json:"document"`
	Text string `json:"text"`
}

func decodeDocs(t *testing.T, out string) []doc {
	t.Helper()
	var docs []doc
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var d doc
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("bad JSON output: %v\n%s", err, out)
		}
		docs = append(docs, d)
	}
	return docs
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const article = "Ministers agree to reopen the northern border crossings\n" +
	"Wednesday, March 13, 2024\n\n" +
	"By Jane Doe and John Roe, Reuters\n\n" +
	"The foreign ministers of Arland and Belmora agreed on Wednesday to reopen three border crossings.\n\n" +
	"“We have chosen dialogue,” Arland’s foreign minister told reporters.\n"

func TestExtract_Plain(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte(article))
	out, stderr, err := runExtract(t, nil, "--json", p)
	if err != nil {
		t.Fatalf("err=%v stderr=%s", err, stderr)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	d := docs[0].Document
	if got, want := d.Title, "Ministers agree to reopen the northern border crossings"; got != want {
		t.Errorf("title=%q, want %q", got, want)
	}
	if got, want := d.Date, "2024-03-13"; got != want {
		t.Errorf("date=%q, want %q", got, want)
	}
	if got, want := d.Byline, "Jane Doe and John Roe, Reuters"; got != want {
		t.Errorf("byline=%q, want %q", got, want)
	}
	if got, want := d.ID, p; got != want {
		t.Errorf("id=%q, want %q", got, want)
	}
}

func TestExtract_Stdin(t *testing.T) {
	out, stderr, err := runExtract(t, strings.NewReader(article), "--json", "-")
	if err != nil {
		t.Fatalf("err=%v stderr=%s", err, stderr)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 || docs[0].Document.Date != "2024-03-13" {
		t.Fatalf("docs=%+v", docs)
	}
}

// endless is a reader of n bytes of English text that counts what is read.
type endless struct {
	n, read int64
}

func (e *endless) Read(p []byte) (int, error) {
	if e.read >= e.n {
		return 0, io.EOF
	}
	const line = "The ministers met again on Thursday to discuss the crossings.\n"
	k := 0
	for k < len(p) && e.read < e.n {
		p[k] = line[e.read%int64(len(line))]
		k++
		e.read++
	}
	return k, nil
}

// TestExtract_BadInputs gives extract one good input among bad ones: each
// bad one is reported by name, the good one is still processed, and the
// command fails with ErrPartial.
func TestExtract_BadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte(article))
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger World</title>
<item><title>First good item</title><link>https://ledger.example/1</link><description>Envoys met in Geneva on Tuesday.</description><pubDate>Tue, 05 Sep 2023 10:00:00 GMT</pubDate></item>
<item><title>Broken item</titel><description>Tags that do not match.</description></item>
<item></item>
<item><title>Second good item</title><link>https://ledger.example/3</link><description>Talks resumed on Wednesday.</description></item>
</channel></rss>`
	cases := []struct {
		name string
		data []byte
		want string // in the error line naming the input
	}{
		{"empty.txt", nil, "empty input"},
		{"blank.txt", []byte(" \n\n\t\n"), "empty input"},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"), "PNG image"},
		{"prog", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"), "ELF executable"},
		{"nul.txt", []byte("Headline\n\nSome text\x00with a NUL byte.\n"), "NUL bytes"},
		{"nobody.html", []byte("<!DOCTYPE html><html><head><title>Nothing here</title></head></html>"), "without body text"},
		{"feed.xml", []byte(feed), "item 2 (\"Broken item\"): malformed item"},
		{"feed.xml", []byte(feed), "item 3: no title and no text"},
	}
	args := []string{"--json", good}
	seen := map[string]bool{}
	for _, c := range cases {
		if !seen[c.name] {
			seen[c.name] = true
			args = append(args, writeFile(t, dir, c.name, c.data))
		}
	}
	args = append(args, big, filepath.Join(dir, "missing.txt"))
	out, stderr, err := runExtract(t, nil, args...)
	if !errors.Is(err, cli.ErrPartial) {
		t.Fatalf("err=%v, want ErrPartial", err)
	}
	docs := decodeDocs(t, out)
	var titles []string
	for _, d := range docs {
		titles = append(titles, d.Document.Title)
	}
	if got, want := strings.Join(titles, "|"), "Ministers agree to reopen the northern border crossings|First good item|Second good item"; got != want {
		t.Errorf("titles=%q, want %q", got, want)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, c := range cases {
		if !hasLine(lines, filepath.Join(dir, c.name), c.want) {
			t.Errorf("no error line naming %s with %q in:\n%s", c.name, c.want, stderr)
		}
	}
	if !hasLine(lines, big, "--max-bytes") {
		t.Errorf("no error naming %s and --max-bytes in:\n%s", big, stderr)
	}
	if !hasLine(lines, "missing.txt", "no such file") {
		t.Errorf("no error naming missing.txt in:\n%s", stderr)
	}
	if t.Failed() {
		return
	}
	// Raising the limit lets the big file in, to be refused as not text
	// after its first bytes.
	_, stderr, err = runExtract(t, nil, "--max-bytes", fmt.Sprint(300<<20), big)
	if !errors.Is(err, cli.ErrPartial) || !strings.Contains(stderr, "NUL bytes") {
		t.Errorf("err=%v stderr=%s, want not text", err, stderr)
	}
}

func hasLine(lines []string, subs ...string) bool {
	for _, l := range lines {
		ok := true
		for _, s := range subs {
			ok = ok && strings.Contains(l, s)
		}
		if ok {
			return true
		}
	}
	return false
}

// TestExtract_StdinTooLarge reads 200 MB from standard input with a 1 MB
// limit: refused after reading little more than the limit.
func TestExtract_StdinTooLarge(t *testing.T) {
	in := &endless{n: 200 << 20}
	_, stderr, err := runExtract(t, in, "--max-bytes", "1000000", "-")
	if !errors.Is(err, cli.ErrPartial) {
		t.Fatalf("err=%v, want ErrPartial", err)
	}
	if !strings.Contains(stderr, "stdin") || !strings.Contains(stderr, "larger than 1000000 bytes") {
		t.Errorf("stderr=%s", stderr)
	}
	if in.read > 2<<20 {
		t.Errorf("read %d bytes of standard input, want about 1 MB", in.read)
	}
}

func TestExtract_InvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	// Windows-1252 text (no UTF-8 at all) is decoded as such.
	latin := writeFile(t, dir, "latin.txt", []byte("Caf\xe9 owners protest new rules\n2023-11-02\n\nThe caf\xe9 owners met on Thursday.\n"))
	// UTF-8 with one stray byte is repaired with U+FFFD.
	mixed := writeFile(t, dir, "mixed.txt", []byte("Envoys meet in Gen\xe8ve\n2023-09-05\n\nThe envoys met in “Geneva” \xff on Tuesday.\n"))
	out, stderr, err := runExtract(t, nil, "--json", latin, mixed)
	if err != nil {
		t.Fatalf("err=%v stderr=%s", err, stderr)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	if got, want := docs[0].Document.Title, "Café owners protest new rules"; got != want {
		t.Errorf("title=%q, want %q", got, want)
	}
	if !strings.Contains(docs[1].Text, "\uFFFD") {
		t.Errorf("text %q lacks U+FFFD", docs[1].Text)
	}
	if !strings.Contains(stderr, "mixed.txt") || !strings.Contains(stderr, "U+FFFD") {
		t.Errorf("no note about the repair in stderr: %s", stderr)
	}
}

func TestExtract_Directory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a/one.txt", []byte(article))
	writeFile(t, dir, "a/b/two.md", []byte("# Envoys meet in Geneva\n\n5 September 2023\n\nEnvoys met on **Tuesday** for [talks](https://example.org).\n\n## Next steps\n\nA second round costs \\$2m.\n"))
	writeFile(t, dir, "a/logo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	writeFile(t, dir, ".git/config", []byte("[core]\n"))
	writeFile(t, dir, "meta.json", []byte("{\n  \"id\": \"x\",\n  \"quotes\": []\n}\n"))
	bad := writeFile(t, dir, "z/empty.txt", nil)
	out, stderr, err := runExtract(t, nil, "--json", dir)
	if !errors.Is(err, cli.ErrPartial) {
		t.Fatalf("err=%v, want ErrPartial (empty file)", err)
	}
	if !strings.Contains(stderr, bad) || strings.Contains(stderr, "logo.png") || strings.Contains(stderr, "meta.json") {
		t.Errorf("stderr=%s", stderr)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2:\n%s", len(docs), out)
	}
	// Lexical order: a/b/two.md before a/one.txt.
	if got, want := docs[0].Document.Title, "Envoys meet in Geneva"; got != want {
		t.Errorf("title=%q, want %q", got, want)
	}
	if got, want := docs[0].Document.Date, "2023-09-05"; got != want {
		t.Errorf("date=%q, want %q", got, want)
	}
	if !strings.Contains(docs[0].Text, "Envoys met on Tuesday for talks.") || !strings.Contains(docs[0].Text, "costs $2m") {
		t.Errorf("text=%q", docs[0].Text)
	}
}

func TestExtract_URL(t *testing.T) {
	page := `<html><head><title>Envoys meet in Geneva - Wire</title>
<meta property="article:published_time" content="2023-09-05T08:00:00+02:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Envoys meet in Geneva</h1>
<p>Envoys from the warring parties met in Geneva on Tuesday for a second round of indirect talks.</p>
<p>Neither side has agreed to extend the truce, which expires on Thursday.</p></article></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		io.Copy(w, &endless{n: 5 << 20})
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<rss version="2.0"><channel><title>Wire</title><item><title>Talks resume</title><link>https://wire.example/1</link><description>Negotiators resumed talks on Saturday.</description></item></channel></rss>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	down := httptest.NewServer(mux)
	downURL := down.URL
	down.Close()

	out, stderr, err := runExtract(t, nil, "--json", "--max-bytes", "1000000", "--timeout", "300ms",
		srv.URL+"/moved", srv.URL+"/missing", srv.URL+"/loop", srv.URL+"/big", downURL+"/page", srv.URL+"/slow", srv.URL+"/feed")
	if !errors.Is(err, cli.ErrPartial) {
		t.Fatalf("err=%v, want ErrPartial", err)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2; stderr=%s", len(docs), stderr)
	}
	if f := docs[1].Document; f.Title != "Talks resume" || f.Source != "Wire" || f.URL != "https://wire.example/1" || f.ID != srv.URL+"/feed#1" {
		t.Errorf("feed item=%+v", f)
	}
	d := docs[0].Document
	if d.Title != "Envoys meet in Geneva" || d.Date != "2023-09-05" || d.URL != srv.URL+"/page" || d.ID != srv.URL+"/moved" {
		t.Errorf("document=%+v", d)
	}
	lines := strings.Split(stderr, "\n")
	for _, want := range [][]string{
		{"/missing", "404"},
		{"/loop", "redirects"},
		{"/big", "--max-bytes"},
		{downURL, "cannot connect"},
		{"/slow", "timed out"},
	} {
		if !hasLine(lines, want...) {
			t.Errorf("no error line with %q in:\n%s", want, stderr)
		}
	}
}
