package reader

import (
	"strings"

	"github.com/axis-news/axis"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParser is goldmark's CommonMark parser; it is safe for concurrent use.
var mdParser parser.Parser = goldmark.New().Parser()

// parseMarkdown reads Markdown of the plain-text shape: "# headline", a
// date line, a byline, "##" sub-headings (heading blocks), paragraphs, list
// items and block quotes (body blocks). Inline markup is reduced to its
// text: emphasis markers, link targets and images go, backslash escapes
// ("\$") and character references are resolved. Code blocks and raw HTML
// blocks are dropped. A paragraph break inside a sentence is kept.
func parseMarkdown(name, s string) (*axis.Document, error) {
	src := []byte(s)
	root := mdParser.Parse(text.NewReader(src))
	d := newDoc(name)
	var w mdWriter
	w.src = src
	w.blocks(root)
	if len(w.out) == 0 {
		return nil, axis.Errorf(axis.EINVALID, "read %s: no text", name)
	}
	// The headline: the first level-one heading if it comes first, else
	// the first line of the first block.
	first := w.out[0]
	if first.level == 1 {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: first.text})
		w.out = w.out[1:]
	} else if first.level == 0 {
		line, rest, _ := strings.Cut(first.raw, "\n")
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: collapseSpace(line)})
		w.out = w.out[1:]
		if rest = collapseSpace(rest); rest != "" {
			d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: rest})
		}
	}
	for _, b := range w.out {
		kind := axis.KindBody
		if b.level > 0 {
			kind = axis.KindHeading
		}
		d.Blocks = append(d.Blocks, axis.Block{Kind: kind, Text: b.text})
	}
	finish(d)
	return d, nil
}

// mdBlock is a block of Markdown as text; level is the heading level, 0
// for other blocks. raw keeps line breaks.
type mdBlock struct {
	text, raw string
	level     int
}

type mdWriter struct {
	src []byte
	out []mdBlock
	buf strings.Builder
}

func (w *mdWriter) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			w.emit(c, c.Level)
		case *ast.Paragraph, *ast.TextBlock:
			w.emit(c, 0)
		case *ast.List, *ast.ListItem, *ast.Blockquote, *ast.Document:
			w.blocks(c)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak:
			// Not prose.
		default:
			if c.Type() == ast.TypeBlock {
				w.blocks(c)
			}
		}
	}
}

func (w *mdWriter) emit(n ast.Node, level int) {
	w.buf.Reset()
	w.inline(n)
	raw := w.buf.String()
	if t := collapseSpace(raw); t != "" {
		w.out = append(w.out, mdBlock{text: t, raw: raw, level: level})
	}
}

func (w *mdWriter) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(w.src)
			if c.IsRaw() {
				w.buf.Write(v)
			} else {
				w.buf.Write(unescapeMD(v))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				w.buf.WriteByte('\n')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() {
				w.buf.Write(c.Value)
			} else {
				w.buf.Write(unescapeMD(c.Value))
			}
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				switch t := t.(type) {
				case *ast.Text:
					w.buf.Write(t.Segment.Value(w.src))
				case *ast.String:
					w.buf.Write(t.Value)
				}
			}
		case *ast.AutoLink:
			w.buf.Write(c.Label(w.src))
		case *ast.Image, *ast.RawHTML:
			// An image's alt text is a caption; inline HTML is markup.
		default:
			w.inline(c)
		}
	}
}

// unescapeMD resolves backslash escapes and character references.
func unescapeMD(v []byte) []byte {
	if !hasAny(v, '\\', '&') {
		return v
	}
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}

func hasAny(v []byte, a, b byte) bool {
	for _, c := range v {
		if c == a || c == b {
			return true
		}
	}
	return false
}
