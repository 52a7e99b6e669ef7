package reader

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/axis-news/axis"
	"github.com/mmcdole/gofeed"
)

// parseFeed reads an RSS 2.0, RSS 1.0 or Atom feed with gofeed: one
// document per item, its text from content:encoded (or Atom content) when
// present, else the summary, HTML converted to blocks; the item's link is
// Meta.URL, its date Meta.Date, the feed's title Meta.Source. IDs are
// name#N, N counting items from 1.
//
// When the feed does not parse as a whole (an item with broken XML), each
// item is parsed on its own inside the feed's root element: the good
// items are kept, and each bad one gives an error naming the feed and the
// item.
func parseFeed(name string, data []byte, opts Options) ([]*axis.Document, error) {
	fp := gofeed.NewParser()
	feed, err := fp.Parse(bytes.NewReader(data))
	if err != nil {
		return parseFeedItems(name, data, err, opts)
	}
	// gofeed is lenient: a badly nested item can swallow the items after
	// it without an error. Count the items in the text to notice.
	if _, _, tag := feedEnvelope(data); tag != "" && len(splitItems(data, tag)) != len(feed.Items) {
		return parseFeedItems(name, data, fmt.Errorf("%d items found, %d parsed", len(splitItems(data, tag)), len(feed.Items)), opts)
	}
	var docs []*axis.Document
	var errs []error
	for i, it := range feed.Items {
		d, err := feedItem(name, i+1, feed, it)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(feed.Items) == 0 {
		errs = append(errs, axis.Errorf(axis.EINVALID, "read %s: feed has no items", name))
	}
	return docs, errors.Join(errs...)
}

// feedItem turns item n of feed into a document.
func feedItem(name string, n int, feed *gofeed.Feed, it *gofeed.Item) (*axis.Document, error) {
	if it == nil {
		return nil, axis.Errorf(axis.EINVALID, "read %s item %d: empty item", name, n)
	}
	d := newDoc(fmt.Sprintf("%s#%d", name, n))
	d.Meta.Title = collapseSpace(stripTags(it.Title))
	d.Meta.URL = strings.TrimSpace(it.Link)
	if d.Meta.URL == "" && len(it.Links) > 0 {
		d.Meta.URL = strings.TrimSpace(it.Links[0])
	}
	d.Meta.Source = collapseSpace(feed.Title)
	d.Meta.Language = langCode(feed.Language)
	d.Meta.Date = itemDate(it)
	if d.Meta.Date == "" {
		d.Meta.Date = urlDate(d.Meta.URL)
	}
	if len(it.Authors) > 0 {
		var names []string
		for _, p := range it.Authors {
			if p != nil && p.Name != "" {
				names = append(names, collapseSpace(p.Name))
			}
		}
		d.Meta.Byline = strings.Join(names, ", ")
	} else if it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
		d.Meta.Byline = strings.Join(it.DublinCoreExt.Creator, ", ")
	}
	if d.Meta.Title != "" {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: d.Meta.Title})
	}
	// The full text when there is one (content that is only an image or a
	// "Continue reading" link is none), else the summary.
	body := textBlocks(it.Content)
	if textLen(body) == 0 {
		body = textBlocks(it.Description)
	}
	for len(body) > 0 && sameText(body[0].Text, d.Meta.Title) {
		body = body[1:]
	}
	d.Blocks = append(d.Blocks, body...)
	if len(d.Blocks) == 0 {
		what := ""
		if it.GUID != "" {
			what = fmt.Sprintf(" (%s)", it.GUID)
		}
		return nil, axis.Errorf(axis.EINVALID, "read %s item %d%s: no title and no text", name, n, what)
	}
	finish(d)
	return d, nil
}

// itemDate is the item's publication (else update) date as written, in its
// own time zone.
func itemDate(it *gofeed.Item) string {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Year() >= 1900 && t.Year() <= 2100 {
			return t.Format("2006-01-02")
		}
	}
	for _, s := range []string{it.Published, it.Updated} {
		if iso, ok := parseDateValue(s); ok {
			return iso
		}
	}
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Date) > 0 {
		if iso, ok := parseDateValue(it.DublinCoreExt.Date[0]); ok {
			return iso
		}
	}
	return ""
}

// parseFeedItems parses a feed that failed as a whole item by item.
func parseFeedItems(name string, data []byte, whole error, opts Options) ([]*axis.Document, error) {
	open, closeTag, itemTag := feedEnvelope(data)
	if open == "" {
		return nil, axis.Errorf(axis.EINVALID, "read %s: bad feed: %v", name, whole)
	}
	chunks := splitItems(data, itemTag)
	if len(chunks) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: bad feed: %v", name, whole)
	}
	// The channel's own title, for Meta.Source.
	var head []byte
	if i := bytes.Index(data, []byte("<"+itemTag)); i > 0 {
		head = data[:i]
	}
	source := ""
	if f, err := gofeed.NewParser().Parse(bytes.NewReader(append(append([]byte{}, head...), []byte(closeTag)...))); err == nil {
		source = f.Title
	}
	var docs []*axis.Document
	var errs []error
	for i, c := range chunks {
		n := i + 1
		doc := open + c + closeTag
		err := wellFormed(c)
		var f *gofeed.Feed
		if err == nil {
			f, err = gofeed.NewParser().Parse(strings.NewReader(doc))
		}
		if err != nil || len(f.Items) != 1 {
			if err == nil {
				err = errors.New("not an item")
			}
			errs = append(errs, axis.Errorf(axis.EINVALID, "read %s item %d%s: malformed item: %v", name, n, itemLabel(c), err))
			continue
		}
		f.Title = source
		d, err := feedItem(name, n, f, f.Items[0])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: bad feed: %v", name, whole)
	}
	return docs, errors.Join(errs...)
}

// wellFormed checks that an item's XML is well formed (HTML entities
// allowed).
func wellFormed(item string) error {
	dec := xml.NewDecoder(strings.NewReader(item))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// feedEnvelope returns the text that opens a one-item feed like data (its
// root element, with a channel for RSS), the matching close and the item
// element's name.
func feedEnvelope(data []byte) (open, closeTag, item string) {
	lower := asciiLower(data)
	for _, root := range []struct{ tag, item, inner, innerClose string }{
		{"<rss", "item", "<channel>", "</channel>"},
		{"<feed", "entry", "", ""},
		{"<rdf:rdf", "item", "", ""},
	} {
		i := bytes.Index(lower, []byte(root.tag))
		if i < 0 {
			continue
		}
		j := bytes.IndexByte(data[i:], '>')
		if j < 0 {
			return "", "", ""
		}
		start := string(data[i : i+j+1])
		name := string(data[i+1 : i+len(root.tag)])
		return start + root.inner, root.innerClose + "</" + name + ">", root.item
	}
	return "", "", ""
}

// splitItems returns each <item>…</item> (or <entry>) of data as text;
// an item that is never closed runs to the next item or the end.
func splitItems(data []byte, tag string) []string {
	lower := asciiLower(data)
	openTag := []byte("<" + tag)
	closeTag := []byte("</" + tag + ">")
	var out []string
	for i := 0; i < len(lower); {
		k := bytes.Index(lower[i:], openTag)
		if k < 0 {
			break
		}
		start := i + k
		after := start + len(openTag)
		if after < len(lower) && lower[after] != '>' && lower[after] != ' ' && lower[after] != '\n' && lower[after] != '\r' && lower[after] != '\t' {
			i = after // <items>, <entry-x>: not an item
			continue
		}
		end := len(lower)
		next := bytes.Index(lower[after:], openTag)
		c := bytes.Index(lower[after:], closeTag)
		switch {
		case c >= 0 && (next < 0 || c < next):
			end = after + c + len(closeTag)
		case next >= 0:
			end = after + next
		}
		out = append(out, string(data[start:end]))
		i = end
	}
	return out
}

// itemLabel is a short description of an item's text for errors: its
// title when one can be seen.
func itemLabel(item string) string {
	l := string(asciiLower([]byte(item)))
	i := strings.Index(l, "<title")
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(l[i:], '>')
	if j < 0 {
		return ""
	}
	rest := item[i+j+1:]
	if k := strings.Index(rest, "<"); k >= 0 {
		rest = rest[:k]
	}
	t := collapseSpace(rest)
	if t == "" {
		return ""
	}
	if len(t) > 60 {
		t = t[:60] + "…"
		t = strings.ToValidUTF8(t, "")
	}
	return fmt.Sprintf(" (%q)", t)
}

// asciiLower lower-cases the ASCII letters of b only, so that offsets in
// the result are offsets in b (bytes.ToLower may change lengths).
func asciiLower(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}
