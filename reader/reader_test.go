package reader

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// render is the canonical text form of documents, for golden files.
func render(docs []*axis.Document, err error) string {
	var b strings.Builder
	for _, d := range docs {
		m := d.Meta
		fmt.Fprintf(&b, "id: %s\ntitle: %s\ndate: %s\nbyline: %s\nsource: %s\nurl: %s\nlanguage: %s\n",
			filepath.Base(m.ID), m.Title, m.Date, m.Byline, m.Source, m.URL, m.Language)
		for _, bl := range d.Blocks {
			fmt.Fprintf(&b, "  %-8s %s\n", bl.Kind, bl.Text)
		}
		b.WriteString("\n")
	}
	if err != nil {
		fmt.Fprintf(&b, "error: %s\n", axis.ErrorMessage(err))
	}
	return b.String()
}

// TestParse_Golden parses every file under testdata/<format>/ and compares
// the documents with NAME.golden; -update rewrites them.
func TestParse_Golden(t *testing.T) {
	files := fixtureFiles(t)
	wantFormat := map[string]Format{"plain": FormatPlain, "md": FormatMarkdown, "html": FormatHTML, "feed": FormatFeed, "jsonl": FormatJSONL}
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".golden") {
			continue
		}
		n++
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := Detect(path, data), wantFormat[filepath.Base(filepath.Dir(path))]; got != want {
				t.Errorf("Detect=%v, want %v", got, want)
			}
			docs, err := Parse(path, data)
			for _, d := range docs {
				checkBlocks(t, d)
			}
			got := render(docs, err)
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("documents differ from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no test files")
	}
}

// fixtureFiles lists the inputs under testdata/<format>/, golden files
// and the fuzz corpus left out.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	all, err := filepath.Glob("testdata/*/*")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, p := range all {
		if strings.HasPrefix(p, filepath.Join("testdata", "fuzz")) || strings.HasSuffix(p, ".golden") {
			continue
		}
		files = append(files, p)
	}
	return files
}

func TestDetect(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       Format
	}{
		{"a.txt", "", FormatEmpty},
		{"a.txt", "  \n\t\n", FormatEmpty},
		{"a.txt", "Headline\n2024-06-26\n\nBody text.", FormatPlain},
		{"a", "# Headline\n\nBody text.", FormatMarkdown},
		{"a", "Headline\n========\n\nBody.", FormatMarkdown},
		{"a", "Headline\n\n## Section\n\nBody.", FormatMarkdown},
		{"a.md", "Headline\n\nBody.", FormatMarkdown},
		{"a.txt", "#hashtag campaign grows\n\nBody.", FormatPlain},
		{"a", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML},
		{"a", "\n\n<html lang=en><p>x", FormatHTML},
		{"a", "<p>Just a paragraph.</p>", FormatHTML},
		{"a", "<!-- saved page --><HTML><BODY>x", FormatHTML},
		{"a", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, FormatFeed},
		{"a", "<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", FormatFeed},
		{"a", `<rdf:RDF xmlns:rdf="x"><item></item></rdf:RDF>`, FormatFeed},
		{"a", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>`, FormatHTML},
		{"a", "junk\n<!DOCTYPE html><html>", FormatHTML},
		{"a", `{"title":"x","text":"y"}` + "\n" + `{"title":"z"}`, FormatJSONL},
		{"a", "{\n  \"title\": \"x\"\n}", FormatJSONL},
		{"a", `[{"title":"x"}]`, FormatJSONL},
		{"a", "{curly} braces start this headline\n\nBody.", FormatPlain},
		{"a", "[Updated] Headline\n\nBody.", FormatPlain},
		{"a", "\x89PNG\r\n\x1a\n\x00\x00", FormatBinary},
		{"a", "\x7fELF\x02\x01", FormatBinary},
		{"a", "%PDF-1.7\n", FormatBinary},
		{"a", "text with a \x00 NUL", FormatBinary},
		{"a", "\xef\xbb\xbfHeadline after a BOM\n\nBody.", FormatPlain},
		{"a", "MZ is how this headline starts\n\nBody.", FormatPlain},
	} {
		if got := Detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q, %q)=%v, want %v", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestParseDateLine(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"June 26, 2024", "2024-06-26"},
		{"2024-06-26", "2024-06-26"},
		{"26 June 2024", "2024-06-26"},
		{"Jun. 26, 2024", "2024-06-26"},
		{"Jun 26 2024", "2024-06-26"},
		{"Wednesday, June 26, 2024", "2024-06-26"},
		{"Wed 26 Jun 2024 10.30 BST", "2024-06-26"},
		{"June 26th, 2024", "2024-06-26"},
		{"26th of June, 2024", "2024-06-26"},
		{"Published: June 26, 2024 at 10:30 a.m. ET", "2024-06-26"},
		{"Updated on 26 June 2024, 14:05 IST", "2024-06-26"},
		{"2024-06-26T09:30:00Z", "2024-06-26"},
		{"2024/06/26", "2024-06-26"},
		{"26/06/2024", "2024-06-26"},
		{"06/26/2024", "2024-06-26"},
		{"26-Jun-2024", "2024-06-26"},
		{"SEPTEMBER 5, 2023", "2023-09-05"},
		{"Sept. 5, 2023", "2023-09-05"},
		{"February 30, 2024", ""},
		{"June 2024", ""},
		{"June 26, 2024 was a hot day", ""},
		{"The talks began on June 26, 2024.", ""},
		{"Online Desk :", ""},
		{"1961", ""},
		{"", ""},
	} {
		got, ok := parseDateLine(tt.line)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDateLine(%q)=%q,%v, want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestParseDateValue(t *testing.T) {
	for _, tt := range []struct{ v, want string }{
		{"2024-03-14T09:30:00+09:00", "2024-03-14"},
		{"2024-03-14", "2024-03-14"},
		{"Thu, 14 Mar 2024 09:30:00 GMT", "2024-03-14"},
		{"Thu, 14 Mar 2024 09:30:00 +0000", "2024-03-14"},
		{"March 14, 2024 9:30 AM", "2024-03-14"},
		{"20240314", "2024-03-14"},
		{"yesterday", ""},
		{"2024-13-01", ""},
	} {
		got, ok := parseDateValue(tt.v)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDateValue(%q)=%q,%v, want %q", tt.v, got, ok, tt.want)
		}
	}
}

func TestParseByline(t *testing.T) {
	for _, tt := range []struct {
		line  string
		loose bool
		want  string
	}{
		{"Online Desk :", false, "Online Desk"},
		{"By Jane Doe", false, "Jane Doe"},
		{"BY JANE DOE", false, "JANE DOE"},
		{"By: Jane Doe and John Roe", false, "Jane Doe and John Roe"},
		{"Jane Doe and John Roe, Reuters", false, "Jane Doe and John Roe, Reuters"},
		{"Jane Doe, Staff Writer", false, "Jane Doe, Staff Writer"},
		{"AFP", false, "AFP"},
		{"Our Correspondent", false, "Our Correspondent"},
		{"Jane Doe", true, "Jane Doe"},
		{"Jane Doe", false, ""},
		{"By the way, the talks failed", false, ""},
		{"By Wednesday the talks had failed", false, ""},
		{"Putin and Kim show mutual appreciation for support", false, ""},
		{"The talks failed.", true, ""},
		{"“We agree,” he said", true, ""},
		{"Jane Doe, 2024", true, ""},
	} {
		got, ok := parseByline(tt.line, tt.loose)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseByline(%q, %v)=%q,%v, want %q", tt.line, tt.loose, got, ok, tt.want)
		}
	}
}

func TestParsePlain_Header(t *testing.T) {
	for _, tt := range []struct {
		name, text     string
		date, byline   string
		kinds          string
		headingAllowed bool
	}{
		{"date line then blank", "Headline here\nJune 26, 2024\n\nBody one.\n\nBody two.", "2024-06-26", "", "headline dateline body body", false},
		{"date paragraph and byline", "Headline here\n\nJune 26, 2024\n\nBy Jane Doe\n\nBody one.", "2024-06-26", "Jane Doe", "headline dateline byline body", false},
		{"byline first", "Headline here\n\nBy Jane Doe\n\n26 June 2024\n\nBody one.", "2024-06-26", "Jane Doe", "headline byline dateline body", false},
		{"no header", "Headline here\n\nBody one starts here.\n\nBody two.", "", "", "headline body body", false},
		{"subheading", "Headline here\n\nBody one.\n\nA short sub heading\n\nBody two.", "", "", "headline body heading body", true},
		{"broken sentence", "Headline here\n\nTrade between the two countries rose to a record high of\n\n$240bn in 2023.", "", "", "headline body body", false},
		{"standfirst", "Headline here\n2024-06-26\n\nAccording to officials, the minister accepted\n\nBody.", "2024-06-26", "", "headline dateline body body", false},
		{"date, time and outlet", "Headline here\nJune 19, 2024 / 5:15 PM / CBS News\n\nBody one.", "2024-06-19", "CBS News", "headline dateline body", false},
		{"byline and date", "Headline here\n\nBy Jane Doe - 26 June 2024\n\nBody one.", "2024-06-26", "Jane Doe", "headline dateline body", false},
		{"dash in a body line", "Headline here\n\nTalks began on June 19, 2024 - and ended - with no deal.\n\nBody one.", "", "", "headline body body", false},
		{"windows line ends", "Headline here\r\n2024-06-26\r\n\r\nBody one.\r\n", "2024-06-26", "", "headline dateline body", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parsePlain("x", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var kinds []string
			for _, b := range d.Blocks {
				kinds = append(kinds, b.Kind)
			}
			if got := strings.Join(kinds, " "); got != tt.kinds {
				t.Errorf("kinds=%q, want %q", got, tt.kinds)
			}
			if d.Meta.Title != "Headline here" || d.Meta.Date != tt.date || d.Meta.Byline != tt.byline {
				t.Errorf("meta=%+v, want date %q byline %q", d.Meta, tt.date, tt.byline)
			}
			checkBlocks(t, d)
		})
	}
}

func TestParseHTML_Charset(t *testing.T) {
	// Declared in the Content-Type only.
	page := []byte("<html><head><title>Caf\xe9 talks</title></head><body><p>The caf\xe9 owners met the minister on Thursday to discuss new rules on imported coffee, which they said would double their costs.</p></body></html>")
	d, err := parseHTML("x", page, source{contentType: "text/html; charset=ISO-8859-1"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Meta.Title, "Café talks"; got != want {
		t.Errorf("title=%q, want %q", got, want)
	}
	if !strings.Contains(d.Blocks[1].Text, "café owners") {
		t.Errorf("body=%q", d.Blocks[1].Text)
	}
	// Shift_JIS declared in a meta tag.
	sjis := []byte("<html><head><meta charset=\"shift_jis\"><title>\x93\x8c\x8b\x9e summit</title></head><body><p>Leaders met in Tokyo on Monday for a summit on trade and security in the region, officials said.</p></body></html>")
	d, err = parseHTML("y", sjis, source{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Meta.Title, "東京 summit"; got != want {
		t.Errorf("title=%q, want %q", got, want)
	}
}

func TestParseHTML_Errors(t *testing.T) {
	for _, page := range []string{
		"<html><head><title>Only a title</title></head></html>",
		"<html><body><script>var x = 1;</script><nav><a href=/>Home</a></nav></body></html>",
	} {
		_, err := parseHTML("page.html", []byte(page), source{}, Options{})
		if err == nil || !strings.Contains(axis.ErrorMessage(err), "page.html") {
			t.Errorf("parseHTML(%q) err=%v, want an error naming page.html", page, err)
		}
	}
}

func TestReadJSONL_Errors(t *testing.T) {
	in := strings.Join([]string{
		`{"title":"Good one","text":"Envoys met on Tuesday."}`,
		`{"title":"Broken", "text":`,
		`{"title":"","text":""}`,
		`["not", "an", "object"]`,
		`{"title":"Good two","text":"Talks resumed on Wednesday.","date":"not a date"}`,
	}, "\n")
	var titles []string
	err := readJSONL(context.Background(), "in.jsonl", strings.NewReader(in), quiet, func(d *axis.Document) error {
		titles = append(titles, d.Meta.Title+"@"+d.Meta.ID)
		return nil
	})
	if got, want := strings.Join(titles, "|"), "Good one@in.jsonl#1|Good two@in.jsonl#5"; got != want {
		t.Errorf("documents %q, want %q", got, want)
	}
	msg := axis.ErrorMessage(err)
	for _, want := range []string{"in.jsonl#2: bad JSON", "in.jsonl#3: no text", "in.jsonl#4: bad JSON"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err.Error(), want)
		}
	}
	_ = msg
}

func TestReadJSONL_LineLimit(t *testing.T) {
	long := `{"title":"Long","text":"` + strings.Repeat("word ", 1000) + `"}`
	in := `{"title":"Short","text":"Envoys met."}` + "\n" + long + "\n" + `{"title":"Short two","text":"Talks resumed."}` + "\n"
	n := 0
	err := readJSONL(context.Background(), "in.jsonl", strings.NewReader(in), Options{MaxBytes: 1000}, func(d *axis.Document) error {
		n++
		return nil
	})
	if n != 2 {
		t.Errorf("%d documents, want 2", n)
	}
	if axis.ErrorCode(err) != axis.ETOOLARGE || !strings.Contains(axis.ErrorMessage(err), "in.jsonl line 2") {
		t.Errorf("err=%v, want too large naming line 2", err)
	}
}

func TestRead_StopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	data := []byte(`{"title":"One","text":"a"}` + "\n" + `{"title":"Two","text":"b"}` + "\n")
	n := 0
	err := Read(context.Background(), "-", Options{Stdin: bytes.NewReader(data)}, func(*axis.Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err=%v n=%d, want stop after 1", err, n)
	}
}

func TestDecodeText(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		noted    bool
	}{
		{"plain ascii", "plain ascii", false},
		{"\xef\xbb\xbfwith BOM", "with BOM", false},
		{"caf\xe9 \x93quoted\x94", "café “quoted”", true},
		{"“ok” then \xff bad", "“ok” then \uFFFD bad", true},
		{"\xff\xfeh\x00i\x00", "hi", false},
	} {
		got, note := decodeText([]byte(tt.in))
		if got != tt.want || (note != "") != tt.noted {
			t.Errorf("decodeText(%q)=%q,%q, want %q (noted %v)", tt.in, got, note, tt.want, tt.noted)
		}
	}
}

// TestParse_Concurrent parses every fixture from several goroutines at
// once; run with -race it shows the readers share no mutable state.
func TestParse_Concurrent(t *testing.T) {
	files := fixtureFiles(t)
	var inputs [][]byte
	var names []string
	for _, p := range files {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs, names = append(inputs, b), append(names, p)
	}
	want := make([]string, len(inputs))
	for i := range inputs {
		want[i] = render(Parse(names[i], inputs[i]))
	}
	errc := make(chan error, 4)
	for range 4 {
		go func() {
			for i := range inputs {
				if got := render(Parse(names[i], inputs[i])); got != want[i] {
					errc <- fmt.Errorf("%s: concurrent result differs", names[i])
					return
				}
			}
			errc <- nil
		}()
	}
	for range 4 {
		if err := <-errc; err != nil {
			t.Error(err)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  lead and trail  ", "lead and trail"},
		{"a\n b\t\tc\r\nd", "a b c d"},
		{"no\u00a0break\u200bzero\ufeffbom", "no break zero bom"},
		{"ideographic\u3000space", "ideographic space"},
		{"curly “quotes” and – dashes", "curly “quotes” and – dashes"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"ctrl\x01\x7fchars\u0085next", "ctrlchars next"},
		{"", ""},
		{" ", ""},
	} {
		if got := collapseSpace(tt.in); got != tt.want {
			t.Errorf("collapseSpace(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://ledger.example/world/2024/03/14/border-talks", "2024-03-14"},
		{"https://ledger.example/2024-03-14-border-talks.html", "2024-03-14"},
		{"https://ledger.example/news/2024/03/border-talks", ""},
		{"https://ledger.example/id/20240314123", ""},
		{"https://ledger.example/2024/13/40/x", ""},
		{"", ""},
	} {
		if got := urlDate(tt.url); got != tt.want {
			t.Errorf("urlDate(%q)=%q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestParse_FeedContentFallback(t *testing.T) {
	feed := `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Talks resume</title><description>Negotiators resumed talks on Saturday.</description>
<content:encoded><![CDATA[<p><img src="a.jpg"></p><p><a href="/x">Continue reading</a></p>]]></content:encoded></item>
</channel></rss>`
	docs, err := Parse("feed.xml", []byte(feed))
	if err != nil || len(docs) != 1 {
		t.Fatalf("docs=%d err=%v", len(docs), err)
	}
	if got := docs[0].Blocks[len(docs[0].Blocks)-1].Text; got != "Negotiators resumed talks on Saturday." {
		t.Errorf("body=%q, want the summary", got)
	}
}

func TestParse_JSONLWithBOM(t *testing.T) {
	docs, err := Parse("a.jsonl", []byte("\xef\xbb\xbf"+`{"title":"Talks resume","text":"Negotiators met."}`+"\n"))
	if err != nil || len(docs) != 1 || docs[0].Meta.Title != "Talks resume" {
		t.Fatalf("docs=%v err=%v", docs, err)
	}
}
