package reader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// errNotArticles marks JSON input none of whose records has an article
// field: some other JSON file, which a directory walk skips.
var errNotArticles = errors.New(`JSON without article text (no "text" field)`)

// jsonFields are the names a record's fields may have, first the canonical
// one.
var jsonFields = map[string][]string{
	"id":       {"id", "guid"},
	"url":      {"url", "link"},
	"title":    {"title", "headline"},
	"date":     {"date", "published", "datePublished", "published_at", "pubDate"},
	"text":     {"text", "content", "body", "article"},
	"summary":  {"summary", "description"},
	"source":   {"source", "outlet", "publisher", "site"},
	"byline":   {"byline", "author", "authors"},
	"language": {"language", "lang"},
}

// readJSONL reads JSON Lines of articles, one document per line; r may
// also hold a JSON array of records or pretty-printed records one after
// the other. Each line may be at most opts.MaxBytes long, so inputs of any
// size are read in bounded memory. Bad records are reported, one error
// each naming name#N, and the others are still passed to fn.
func readJSONL(ctx context.Context, name string, r io.Reader, opts Options, fn func(*axis.Document) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	// Choose between lines and a stream of values by the first line.
	head, _ := br.Peek(sniffLen)
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	t = bytes.TrimPrefix(t, utf8BOM)
	first := t
	if i := bytes.IndexByte(t, '\n'); i >= 0 {
		first = t[:i]
	}
	first = bytes.TrimSpace(first)
	j := &jsonlReader{name: name, opts: opts, fn: fn}
	var err error
	if len(first) > 0 && first[0] == '{' && json.Valid(first) {
		err = j.lines(ctx, br)
	} else {
		err = j.values(ctx, br)
	}
	if err != nil {
		return err
	}
	if j.n > 0 && j.articles == 0 {
		return fmt.Errorf("read %s: %w", name, errNotArticles)
	}
	if j.n == 0 && len(j.errs) == 0 {
		return axis.Errorf(axis.EINVALID, "read %s: empty input", name)
	}
	return errors.Join(j.errs...)
}

type jsonlReader struct {
	name     string
	opts     Options
	fn       func(*axis.Document) error
	n        int // records seen
	articles int // records with a text field
	errs     []error
}

// lines reads one record per line.
func (j *jsonlReader) lines(ctx context.Context, br *bufio.Reader) error {
	max := j.opts.max()
	var line []byte
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line = line[:0]
		tooLong := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !tooLong {
				if int64(len(line)+len(chunk)) > max {
					tooLong = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			rerr = err
			break
		}
		if tooLong {
			j.n++
			j.articles++
			j.errs = append(j.errs, axis.Errorf(axis.ETOOLARGE, "read %s line %d: longer than %d bytes (raise the limit with --max-bytes)", j.name, lineNo, max))
		} else if lineNo == 1 && bytes.HasPrefix(line, utf8BOM) {
			line = line[len(utf8BOM):]
		}
		if !tooLong && len(bytes.TrimSpace(line)) > 0 {
			if err := j.record(lineNo, line); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return fmt.Errorf("read %s: %w", j.name, rerr)
		}
	}
}

// values reads a JSON array of records or records one after the other.
func (j *jsonlReader) values(ctx context.Context, br *bufio.Reader) error {
	dec := json.NewDecoder(io.LimitReader(br, j.opts.max()+1))
	tok, err := dec.Token()
	if err != nil {
		return axis.Errorf(axis.EINVALID, "read %s: not JSON: %v", j.name, err)
	}
	array := tok == json.Delim('[')
	if !array && tok != json.Delim('{') {
		return axis.Errorf(axis.EINVALID, "read %s: JSON is not an object or array of objects", j.name)
	}
	if !array {
		// Re-read the first object whole.
		rest := io.MultiReader(strings.NewReader("{"), dec.Buffered(), br)
		dec = json.NewDecoder(io.LimitReader(rest, j.opts.max()+1))
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if array && !dec.More() {
			return nil
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF && !array {
				return nil
			}
			if dec.InputOffset() >= j.opts.max() {
				return tooLarge(j.name, j.opts)
			}
			j.errs = append(j.errs, axis.Errorf(axis.EINVALID, "read %s#%d: bad JSON: %v", j.name, n, err))
			return nil // the stream cannot be resynchronised
		}
		if err := j.record(n, raw); err != nil {
			return err
		}
	}
}

// record turns record number n into a document and passes it on.
func (j *jsonlReader) record(n int, raw []byte) error {
	j.n++
	id := fmt.Sprintf("%s#%d", j.name, n)
	d, known, err := parseRecord(id, raw, j.opts)
	if known {
		j.articles++
	}
	if err != nil {
		j.errs = append(j.errs, err)
		return nil
	}
	return j.fn(d)
}

// parseRecord turns one JSON record into a document; a record without
// text is an error. known reports whether the record has a text field,
// even an empty one.
func parseRecord(id string, raw []byte, opts Options) (d *axis.Document, known bool, err error) {
	if !utf8.Valid(raw) {
		raw = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, false, axis.Errorf(axis.EINVALID, "read %s: bad JSON: %v", id, err)
	}
	field := func(key string) string {
		for _, k := range jsonFields[key] {
			if v, ok := m[k]; ok {
				known = known || key == "text" || key == "summary"
				if s := jsonString(v); s != "" {
					return s
				}
			}
		}
		return ""
	}
	d = newDoc(id)
	if v := field("id"); v != "" {
		d.Meta.ID = v
	}
	d.Meta.URL = field("url")
	d.Meta.Title = collapseSpace(stripTags(field("title")))
	d.Meta.Source = field("source")
	d.Meta.Byline = collapseSpace(field("byline"))
	d.Meta.Language = field("language")
	text := field("text")
	if text == "" {
		text = field("summary")
	}
	if ds := field("date"); ds != "" {
		if iso, ok := parseDateValue(ds); ok {
			d.Meta.Date = iso
		} else {
			opts.log().Warn("date not understood", "input", id, "date", ds)
		}
	}
	if d.Meta.Date == "" {
		d.Meta.Date = urlDate(d.Meta.URL)
	}
	body := textBlocks(text)
	if len(body) == 0 {
		return nil, known, axis.Errorf(axis.EINVALID, "read %s: no text", id)
	}
	if d.Meta.Title != "" {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: d.Meta.Title})
	}
	d.Blocks = append(d.Blocks, body...)
	finish(d)
	return d, true, nil
}

// jsonString returns a JSON string value, the strings of an array joined
// with ", ", the "name" of an object, or "".
func jsonString(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch v[0] {
	case '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return strings.TrimSpace(s)
		}
	case '[':
		var a []json.RawMessage
		if json.Unmarshal(v, &a) == nil {
			var parts []string
			for _, e := range a {
				if s := jsonString(e); s != "" {
					parts = append(parts, s)
				}
			}
			return strings.Join(parts, ", ")
		}
	case '{':
		var o map[string]json.RawMessage
		if json.Unmarshal(v, &o) == nil {
			if n, ok := o["name"]; ok {
				return jsonString(n)
			}
		}
	}
	return ""
}

// textBlocks turns the text of a record or feed item into body blocks:
// HTML is converted, plain text split into paragraphs at blank lines (or
// at line breaks when there is no blank line).
func textBlocks(text string) []axis.Block {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return nil
	}
	if looksHTMLFragment(text) {
		return fragmentBlocks(text)
	}
	var paras []string
	if strings.Contains(text, "\n\n") {
		paras = paragraphs(text)
	} else {
		for line := range strings.Lines(text) {
			if l := collapseSpace(line); l != "" {
				paras = append(paras, l)
			}
		}
	}
	blocks := make([]axis.Block, 0, len(paras))
	for _, p := range paras {
		blocks = append(blocks, axis.Block{Kind: axis.KindBody, Text: p})
	}
	return blocks
}
