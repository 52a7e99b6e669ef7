package reader

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"io"
	"log/slog"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/axis-news/axis"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// HTML pages: the main text is found by go-readability (Mozilla's
// Readability algorithm) after a first pass removes what is never article
// text (navigation, asides, figures and captions, forms, comment sections,
// ad and share boxes, all by tag, ARIA role, class and id). Metadata comes
// from the whole page before either pass: JSON-LD (NewsArticle and kin),
// Open Graph and article: meta tags, other common meta names, <time>, the
// <title> and the first <h1>. See docs/dependencies.md for why
// go-readability.

// parseHTML reads an HTML page.
func parseHTML(name string, data []byte, src source, opts Options) (*axis.Document, error) {
	utf, err := decodeHTML(data, src.contentType)
	if err != nil {
		return nil, axis.Errorf(axis.EINVALID, "read %s: %v", name, err)
	}
	root, err := html.Parse(bytes.NewReader(utf))
	if err != nil {
		return nil, axis.Errorf(axis.EINVALID, "read %s: bad HTML: %v", name, err)
	}
	d := newDoc(name)
	m := pageMeta(root)
	d.Meta.Title = m.title()
	d.Meta.Date = m.date
	d.Meta.Byline = m.author
	d.Meta.Source = m.site
	d.Meta.URL = m.url
	if d.Meta.URL == "" {
		d.Meta.URL = src.url
	}
	d.Meta.Language = m.lang

	body := findBody(root)
	if body == nil || collapseSpace(textOf(body)) == "" {
		return nil, axis.Errorf(axis.EINVALID, "read %s: HTML page without body text", name)
	}
	clean(body)
	var pageURL *nurl.URL
	if u, err := nurl.Parse(d.Meta.URL); err == nil && u.IsAbs() {
		pageURL = u
	}
	var blocks []axis.Block
	p := readability.NewParser()
	p.CharThresholds = 250
	if art, err := p.ParseAndMutate(root, pageURL); err == nil && art.Node != nil {
		blocks = htmlBlocks(art.Node)
		if d.Meta.Byline == "" {
			d.Meta.Byline = cleanByline(art.Byline())
		}
		if d.Meta.Title == "" {
			d.Meta.Title = collapseSpace(art.Title())
		}
		if d.Meta.Source == "" {
			d.Meta.Source = collapseSpace(art.SiteName())
		}
	} else if err != nil {
		logger(opts).Debug("readability failed; using the whole body", "input", name, "err", err)
	}
	if textLen(blocks) < 200 {
		// Readability found too little: take the cleaned body whole. The
		// parser has mutated the tree, so parse again.
		if root2, err := html.Parse(bytes.NewReader(utf)); err == nil {
			if b2 := findBody(root2); b2 != nil {
				clean(b2)
				if alt := htmlBlocks(b2); textLen(alt) > textLen(blocks) {
					blocks = alt
				}
			}
		}
	}
	d.Meta.Title = trimTitleSuffix(d.Meta.Title, d.Meta.Byline, d.Meta.Source)
	// Drop the headline where the body repeats it.
	if d.Meta.Title != "" {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: d.Meta.Title})
		for len(blocks) > 0 && sameText(blocks[0].Text, d.Meta.Title) {
			blocks = blocks[1:]
		}
	}
	for _, b := range blocks {
		if b.Kind == axis.KindHeading && sameText(b.Text, d.Meta.Title) {
			continue
		}
		d.Blocks = append(d.Blocks, b)
	}
	if len(d.Blocks) == 0 || len(d.Blocks) == 1 && d.Blocks[0].Kind == axis.KindHeadline && textLen(blocks) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: no article text found in the HTML page", name)
	}
	finish(d)
	return d, nil
}

func logger(opts Options) *slog.Logger { return opts.log() }

// decodeHTML converts an HTML page to UTF-8 using, in order, a byte order
// mark, the Content-Type's charset, a <meta> declaration, and a guess.
//
// Without a byte order mark or Content-Type charset, a page that is valid
// UTF-8 is UTF-8 whatever it declares (pages often declare wrongly, and
// legacy text is almost never valid UTF-8 by chance), and a declaration
// later than the first 1024 bytes still counts.
func decodeHTML(data []byte, contentType string) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain {
		if utf8.Valid(data) {
			enc, name = encoding.Nop, "utf-8"
		} else if label := findCharset(data); label != "" {
			if e, n := charset.Lookup(label); e != nil {
				enc, name = e, n
			}
		}
	}
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, utf8BOM)
		if !isValidUTF8(data) {
			return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
		}
		return data, nil
	}
	return io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data)))
}

func isValidUTF8(b []byte) bool { return utf8.Valid(b) }

// findCharset returns the charset named by the first "charset=" in the
// first 64 KB of a page, or "".
func findCharset(data []byte) string {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	l := bytes.ToLower(data)
	i := bytes.Index(l, []byte("charset="))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(l[i+len("charset="):], "\"' ")
	j := 0
	for j < len(rest) && j < 40 && (isLetter(rest[j]) || rest[j] >= '0' && rest[j] <= '9' || rest[j] == '-' || rest[j] == '_' || rest[j] == ':' || rest[j] == '.') {
		j++
	}
	return string(rest[:j])
}

// findBody returns the <body> element of a parsed page.
func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// textOf returns the text under n, scripts and styles excluded.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// dropTags are elements that never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Button: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Figcaption: true, atom.Menu: true, atom.Dialog: true,
	atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Canvas: true,
	atom.Map: true, atom.Picture: true, atom.Img: true, atom.Label: true,
}

// dropRoles are ARIA roles of boilerplate.
var dropRoles = map[string]bool{
	"navigation": true, "complementary": true, "banner": true, "contentinfo": true,
	"menu": true, "menubar": true, "dialog": true, "alert": true, "search": true, "form": true,
}

// boilerWords are words of class and id values that mark boilerplate
// ("ad-slot", "share_buttons", "comments").
var boilerWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true,
	"advertising": true, "adslot": true, "sponsor": true, "sponsored": true, "promo": true,
	"promotion": true, "share": true, "sharing": true, "social": true, "related": true,
	"comment": true, "comments": true, "newsletter": true, "subscribe": true,
	"subscription": true, "cookie": true, "cookies": true, "popup": true, "modal": true,
	"breadcrumb": true, "breadcrumbs": true, "sidebar": true, "menu": true, "nav": true,
	"navbar": true, "navigation": true, "footer": true, "caption": true, "byline": true,
	"author": true, "dateline": true, "timestamp": true, "tags": true, "recommended": true,
	"recommendations": true, "outbrain": true, "taboola": true, "paywall": true,
	"disqus": true, "masthead": true, "toolbar": true, "signup": true, "login": true,
	"sharedaddy": true, "relatedposts": true, "trending": true, "popular": true, "mostread": true, "banner": true,
	"skip": true, "credit": true, "credits": true,
	"readmore": true,
}

// keepTags are never removed by class or id: they hold the page.
var keepTags = map[atom.Atom]bool{atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true}

// clean removes boilerplate under body, by tag (nav, aside, footer,
// figcaption…), ARIA role, hidden attributes and class or id words.
//
// Removal by anything but the tag is guarded: an element is kept when it
// holds a third or more of the body's text, or two fifths or more of its
// paragraph text, or an <article>, <main>, articleBody or <h1>, so that a
// page-wide class ("has-sidebar", a "modal" the story opens in, Drupal's
// "field--label-hidden") cannot empty the page. Readability, which runs
// next, weighs what is left.
func clean(body *html.Node) {
	st := map[*html.Node]nodeStats{}
	var measure func(n *html.Node, inP bool) (text, ptext int, art bool)
	measure = func(n *html.Node, inP bool) (int, int, bool) {
		if n.Type == html.TextNode {
			l := len(strings.TrimSpace(n.Data))
			if inP {
				return l, l, false
			}
			return l, 0, false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return 0, 0, false
			case atom.P, atom.Li, atom.Blockquote, atom.Td, atom.Pre:
				inP = true
			}
		}
		var t, pt int
		art := false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			ct, cpt, cart := measure(c, inP)
			t, pt, art = t+ct, pt+cpt, art || cart
		}
		if n.Type == html.ElementNode {
			art = art || n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.H1 ||
				strings.EqualFold(attr(n, "itemprop"), "articleBody")
			st[n] = nodeStats{text: t, ptext: pt, article: art}
		}
		return t, pt, art
	}
	total, ptotal, _ := measure(body, false)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode {
				n.RemoveChild(c)
			} else if c.Type == html.ElementNode {
				s := st[c]
				s.protected = s.article || s.text*3 >= total || ptotal > 0 && s.ptext*5 >= ptotal*2
				if boilerplate(c, s) {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(body)
}

// nodeStats are what clean knows of an element.
type nodeStats struct {
	text, ptext int // bytes of text, and of text inside paragraphs
	article     bool
	protected   bool
}

func boilerplate(n *html.Node, s nodeStats) bool {
	if dropTags[n.DataAtom] {
		return true
	}
	switch n.DataAtom {
	case atom.Figure:
		// Captions and credits, not figures that hold text or tables.
		return s.ptext < 200 && !s.protected
	case atom.Header, atom.Form:
		return s.ptext < 100 && !s.protected
	}
	if keepTags[n.DataAtom] || s.protected {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			if dropRoles[strings.ToLower(a.Val)] {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		case "class", "id":
			if boilerName(a.Val) {
				return true
			}
		}
	}
	return false
}

// notBoilerPrefixes make a class name describe something else: "no-share",
// "has-sidebar", "category-social", "tag-comments".
var notBoilerPrefixes = map[string]bool{
	"no": true, "has": true, "with": true, "hide": true, "hidden": true, "show": true,
	"is": true, "js": true, "category": true, "tag": true, "post": true, "format": true,
	"single": true, "page": true, "template": true, "type": true, "status": true,
	"without": true, "enable": true, "enabled": true, "allow": true,
}

// boilerName reports whether a class or id value names boilerplate: one
// of its space-separated names starts or ends with a boilerplate word
// ("share", "share-buttons", "social-share", "adSlot", "comments_area"),
// unless it starts with a word such as "no" or "category".
func boilerName(v string) bool {
	for name := range strings.FieldsSeq(v) {
		parts := nameParts(name)
		if len(parts) == 0 || notBoilerPrefixes[parts[0]] {
			continue
		}
		if boilerWords[parts[0]] || boilerWords[parts[len(parts)-1]] {
			return true
		}
	}
	return false
}

// nameParts splits a class or id name into lower-case words at "-", "_",
// digits and camelCase humps.
func nameParts(name string) []string {
	var parts []string
	start := -1
	for i := 0; i <= len(name); i++ {
		c := byte(0)
		if i < len(name) {
			c = name[i]
		}
		letter := isLetter(c)
		hump := letter && start >= 0 && c >= 'A' && c <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z'
		if start >= 0 && (!letter || hump) {
			parts = append(parts, strings.ToLower(name[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
	}
	return parts
}

//go:embed data/boilerplate.txt
var boilerplateText string

// boilerLines are whole blocks that are never article text, normalised
// with boilerKey.
var boilerLines = func() map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(boilerplateText) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m[boilerKey(line)] = true
	}
	return m
}()

// boilerKey lower-cases s and drops closing punctuation and extra spaces.
func boilerKey(s string) string {
	return strings.ToLower(strings.TrimRight(collapseSpace(s), " .:…!»›>|"))
}

// isBoilerLine reports whether a block's text is a boilerplate line.
func isBoilerLine(s string) bool {
	return len(s) <= 60 && boilerLines[boilerKey(s)]
}

// blockTags end the current block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Header: true, atom.Footer: true, atom.Hr: true, atom.Br: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Body: true, atom.Html: true, atom.Aside: true, atom.Nav: true, atom.Caption: true,
}

// htmlBlocks turns the text under n into blocks: one per paragraph-level
// element, headings (h1-h6) as heading blocks.
func htmlBlocks(n *html.Node) []axis.Block {
	w := &blockWriter{}
	w.walk(n)
	w.flush()
	return w.blocks
}

type blockWriter struct {
	blocks []axis.Block
	cur    strings.Builder
	kind   string
}

func (w *blockWriter) flush() {
	if t := collapseSpace(w.cur.String()); t != "" && !isBoilerLine(t) {
		kind := w.kind
		if kind == "" {
			kind = axis.KindBody
		}
		w.blocks = append(w.blocks, axis.Block{Kind: kind, Text: t})
	}
	w.cur.Reset()
	w.kind = ""
}

func (w *blockWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if dropTags[n.DataAtom] && n.DataAtom != atom.Nav && n.DataAtom != atom.Aside && n.DataAtom != atom.Footer {
			return
		}
		if blockTags[n.DataAtom] {
			w.flush()
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				w.kind = axis.KindHeading
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.walk(c)
			}
			w.flush()
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func textLen(blocks []axis.Block) int {
	n := 0
	for _, b := range blocks {
		n += len(b.Text)
	}
	return n
}

// sameText compares two texts ignoring case, white space and punctuation.
func sameText(a, b string) bool {
	norm := func(s string) string {
		var sb strings.Builder
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && r != '\u00a0' && r != '’' && r != '‘' && r != '“' && r != '”' {
				sb.WriteRune(r)
			}
		}
		return sb.String()
	}
	x, y := norm(a), norm(b)
	return x != "" && x == y
}

// looksHTMLFragment reports whether the text of a feed item or record is
// HTML rather than plain text.
func looksHTMLFragment(s string) bool {
	if len(s) > 4096 {
		s = s[:4096]
	}
	l := strings.ToLower(s)
	for _, t := range []string{"<p>", "<p ", "</p>", "<br", "<div", "</a>", "<em>", "<strong>", "<h2", "<h3", "<ul", "<li", "<span", "<img", "<b>", "<i>", "&amp;", "&nbsp;", "&#"} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// fragmentBlocks converts an HTML fragment (a feed item's content) to
// blocks, boilerplate removed.
func fragmentBlocks(s string) []axis.Block {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return []axis.Block{{Kind: axis.KindBody, Text: collapseSpace(s)}}
	}
	body := findBody(root)
	if body == nil {
		return nil
	}
	clean(body)
	return htmlBlocks(body)
}

// stripTags returns the text of an HTML fragment if s looks like one
// (titles in feeds may hold markup or entities), else s.
func stripTags(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	root, err := html.Parse(strings.NewReader("<body>" + s))
	if err != nil {
		return s
	}
	return textOf(root)
}

// cleanByline strips "By" and trailing punctuation from an author string;
// URLs and handles give "".
func cleanByline(s string) string {
	s = collapseSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "@") {
		return ""
	}
	for _, p := range []string{"By ", "by ", "BY ", "By: ", "by: "} {
		s = strings.TrimPrefix(s, p)
	}
	// Drop what follows the names: a date, a time, a handle.
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		month := monthNames[lw] > 0 && i+1 < len(words) && hasDigit(words[i+1])
		if i > 0 && (strings.HasPrefix(w, "@") || w[0] >= '0' && w[0] <= '9' || month || w == "|" || w == "Updated" || w == "Published") {
			s = strings.Join(words[:i], " ")
			break
		}
	}
	s = strings.Trim(s, " ,;:|-")
	if len(s) > 200 {
		return ""
	}
	return s
}

// trimTitleSuffix removes " | Author" or " - Site" from the end of a title.
func trimTitleSuffix(title string, names ...string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := title[i+len(sep):]
		for _, n := range names {
			if n != "" && sameText(tail, n) {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// meta is what a page says about itself.
type meta struct {
	ldTitle, ogTitle, metaTitle, h1, titleTag string
	date, modified                            string
	author, site, url, lang                   string
	timeDate, timeDatePub                     string
	classAuthor                               string // text of a "byline" or "author" element
	classDates                                []classDate
	ldAnyDate                                 string // datePublished of a JSON-LD object of another type
	h1Order                                   int    // element count at the first <h1>, -1 if none
}

// classDate is a date found in an element whose class names a date
// ("date", "published", "entry-date"), with its place in the page.
type classDate struct {
	iso   string
	order int
}

// title chooses the headline: JSON-LD, Open Graph, other meta tags, the
// first <h1>, then <title> without the site name.
func (m *meta) title() string {
	for _, t := range []string{m.ldTitle, m.ogTitle, m.metaTitle} {
		if t = collapseSpace(stripTags(t)); t != "" {
			return t
		}
	}
	if m.h1 != "" {
		return m.h1
	}
	t := m.titleTag
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			tail := t[i+len(sep):]
			if m.site != "" && sameText(tail, m.site) || len(tail)*3 < len(t) {
				t = t[:i]
				break
			}
		}
	}
	return strings.TrimSpace(t)
}

// metaDateKeys are meta names and properties of the publication date, in
// no particular order (the first found wins, JSON-LD before all).
var metaDateKeys = map[string]bool{
	"article:published_time": true, "og:article:published_time": true, "article.published": true,
	"published_time": true, "datepublished": true, "pubdate": true, "publishdate": true,
	"publish-date": true, "publish_date": true, "publication_date": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.created": true,
	"dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true,
	"article:published": true, "og:published_time": true, "datecreated": true,
	"release_date": true, "original-publish-date": true, "article_date_original": true,
	"citation_publication_date": true, "citation_date": true, "dc.created": true,
	"rnews:datepublished": true, "displaydate": true, "date_published": true,
	"uploaddate": true, "og:pubdate": true, "article:published_date": true, "dc.date.created": true,
}

var metaModifiedKeys = map[string]bool{
	"article:modified_time": true, "og:updated_time": true, "datemodified": true,
	"lastmod": true, "last-modified": true, "dcterms.modified": true,
}

var metaAuthorKeys = map[string]bool{
	"author": true, "article:author": true, "byl": true, "dc.creator": true,
	"dcterms.creator": true, "sailthru.author": true, "parsely-author": true,
	"citation_author": true, "og:article:author": true,
}

var metaSiteKeys = map[string]bool{
	"og:site_name": true, "application-name": true, "dc.publisher": true,
	"publisher": true, "cxenseparse:site": true,
}

var metaTitleKeys = map[string]bool{
	"twitter:title": true, "dc.title": true, "headline": true, "sailthru.title": true,
	"parsely-title": true, "title": true,
}

// pageMeta walks the whole page for metadata.
func pageMeta(root *html.Node) *meta {
	m := &meta{h1Order: -1}
	var ld []string
	order := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			order++
			if len(m.classDates) < 20 && n.DataAtom != atom.Meta && n.DataAtom != atom.Html && n.DataAtom != atom.Body && dateClass(attr(n, "class")) {
				if iso := elementDate(n); iso != "" {
					m.classDates = append(m.classDates, classDate{iso, order})
				}
			}
			switch n.DataAtom {
			case atom.Html:
				if v := attr(n, "lang"); v != "" {
					m.lang = langCode(v)
				}
			case atom.Title:
				if m.titleTag == "" {
					m.titleTag = collapseSpace(textOf(n))
				}
			case atom.Meta:
				m.metaTag(n)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.H1:
				if m.h1 == "" {
					m.h1 = collapseSpace(textOf(n))
					m.h1Order = order
				}
			case atom.Time:
				v := attr(n, "datetime")
				if v == "" {
					v = textOf(n)
				}
				if iso, ok := parseDateValue(v); ok {
					_, pub := attrOK(n, "pubdate")
					if pub || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
						if m.timeDatePub == "" {
							m.timeDatePub = iso
						}
					} else if m.timeDate == "" {
						m.timeDate = iso
					}
				}
			case atom.A:
				if strings.EqualFold(attr(n, "rel"), "author") && m.author == "" {
					m.author = cleanByline(textOf(n))
				}
			}
			if m.classAuthor == "" && n.DataAtom != atom.Meta && n.DataAtom != atom.Link && authorClass(attr(n, "class")) {
				if t := cleanByline(textOf(n)); t != "" && len(t) <= 80 {
					m.classAuthor = t
				}
			}
			if ip := attr(n, "itemprop"); n.DataAtom != atom.Meta && ip != "" {
				switch strings.ToLower(ip) {
				case "author":
					if m.author == "" {
						m.author = cleanByline(textOf(n))
					}
				case "datepublished":
					if m.date == "" {
						if iso, ok := parseDateValue(attr(n, "content") + attr(n, "datetime")); ok {
							m.date = iso
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, s := range ld {
		m.jsonLD(s)
	}
	if m.author == "" {
		m.author = m.classAuthor
	}
	if m.date == "" {
		m.date = m.timeDatePub
	}
	if m.date == "" {
		m.date = m.timeDate
	}
	if m.date == "" {
		m.date = m.ldAnyDate
	}
	if m.date == "" {
		m.date = m.classDate()
	}
	if m.date == "" {
		m.date = urlDate(m.url)
	}
	if m.date == "" {
		m.date = m.modified
	}
	return m
}

// classDate chooses among the dates of date-classed elements the first one
// after the <h1> (a masthead's "today" comes before it), else the last
// one before.
func (m *meta) classDate() string {
	best := ""
	for _, c := range m.classDates {
		if m.h1Order >= 0 && c.order > m.h1Order {
			return c.iso
		}
		best = c.iso
		if m.h1Order < 0 {
			return best
		}
	}
	return best
}

// dateClass reports whether a class value names a date element.
func dateClass(v string) bool {
	if v == "" {
		return false
	}
	for name := range strings.FieldsSeq(v) {
		for _, p := range nameParts(name) {
			switch p {
			case "date", "dateline", "published", "pubdate", "posted", "timestamp", "datetime", "time", "created":
				return true
			}
		}
	}
	return false
}

// elementDate returns the date in a date element's datetime, title or
// content attribute, else in its text when that is short.
func elementDate(n *html.Node) string {
	for _, k := range []string{"datetime", "title", "content", "data-date"} {
		if v := attr(n, k); v != "" {
			if iso, ok := parseDateValue(v); ok {
				return iso
			}
		}
	}
	t := collapseSpace(textOf(n))
	if t == "" || len(t) > 100 {
		return ""
	}
	if iso, ok := parseDateValue(t); ok {
		return iso
	}
	return ""
}

func (m *meta) metaTag(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	if key == "" {
		key = attr(n, "itemprop")
	}
	if key == "" {
		key = attr(n, "http-equiv")
	}
	key = strings.ToLower(strings.TrimSpace(key))
	val := strings.TrimSpace(attr(n, "content"))
	if key == "" || val == "" {
		return
	}
	switch {
	case key == "og:title":
		m.ogTitle = val
	case metaTitleKeys[key]:
		if m.metaTitle == "" {
			m.metaTitle = val
		}
	case metaDateKeys[key]:
		if m.date == "" {
			if iso, ok := parseDateValue(val); ok {
				m.date = iso
			}
		}
	case metaModifiedKeys[key]:
		if m.modified == "" {
			if iso, ok := parseDateValue(val); ok {
				m.modified = iso
			}
		}
	case metaAuthorKeys[key]:
		if m.author == "" {
			m.author = cleanByline(val)
		}
	case metaSiteKeys[key]:
		if m.site == "" {
			m.site = val
		}
	case key == "og:url":
		if m.url == "" || strings.HasPrefix(val, "http") {
			m.url = val
		}
	case key == "og:locale" || key == "content-language" || key == "dc.language" || key == "language":
		if m.lang == "" {
			m.lang = langCode(val)
		}
	}
}

// articleTypes are the JSON-LD types of an article.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "blogposting": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "livebloggosting": true, "liveblogposting": true,
	"socialmediaposting": true, "report": true, "scholarlyarticle": true, "techarticle": true,
}

// jsonLD reads a JSON-LD script; an article object's fields override the
// meta tags'.
func (m *meta) jsonLD(s string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
		return
	}
	var objs []map[string]any
	var collect func(any, int)
	collect = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, v)
			if g, ok := v["@graph"]; ok {
				collect(g, depth+1)
			}
		}
	}
	collect(v, 0)
	for _, o := range objs {
		if !isArticleType(o["@type"]) {
			// Any other object's publication date is a last resort.
			if m.ldAnyDate == "" {
				for _, k := range []string{"datePublished", "uploadDate", "dateCreated"} {
					if iso, ok := parseDateValue(ldString(o[k])); ok {
						m.ldAnyDate = iso
						break
					}
				}
			}
			continue
		}
		if t := ldString(o["headline"]); t != "" {
			m.ldTitle = t
		}
		for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
			if iso, ok := parseDateValue(ldString(o[k])); ok {
				m.date = iso
				break
			}
		}
		if a := ldNames(o["author"]); a != "" {
			m.author = a
		}
		if p := ldNames(o["publisher"]); p != "" && m.site == "" {
			m.site = p
		}
		if u := ldString(o["url"]); strings.HasPrefix(u, "http") && m.url == "" {
			m.url = u
		}
		if l := ldString(o["inLanguage"]); l != "" && m.lang == "" {
			m.lang = langCode(l)
		}
		return
	}
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.ToLower(t)]
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	case map[string]any:
		if s, ok := v["@value"].(string); ok {
			return s
		}
	}
	return ""
}

// ldNames returns the names of a JSON-LD person, organisation or list of
// them, joined with ", ".
func ldNames(v any) string {
	switch v := v.(type) {
	case string:
		return cleanByline(v)
	case map[string]any:
		return cleanByline(ldString(v["name"]))
	case []any:
		var names []string
		for _, e := range v {
			if n := ldNames(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// authorClass reports whether a class value names a byline element.
func authorClass(v string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if w == "byline" || w == "author" || w == "byl" {
			return true
		}
	}
	return false
}

// langCode returns the primary language subtag: "en" for "en-GB" or "en_US".
func langCode(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "-_,; "); i >= 0 {
		v = v[:i]
	}
	if len(v) < 2 || len(v) > 3 {
		return ""
	}
	return v
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}
