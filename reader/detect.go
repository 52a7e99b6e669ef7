package reader

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/axis-news/axis/internal/swar"
)

// Format is the kind of an input, as detected from its content.
type Format int

// Formats Detect can return.
const (
	FormatUnknown  Format = iota
	FormatEmpty           // nothing but white space
	FormatBinary          // not text: an image, an executable, NUL bytes
	FormatPlain           // plain text: headline, date line, byline, paragraphs
	FormatMarkdown        // Markdown of the same shape
	FormatHTML            // an HTML page
	FormatFeed            // RSS 2.0, RSS 1.0 (RDF) or Atom
	FormatJSONL           // JSON Lines of {"url","title","date","text","source"}
)

var formatNames = [...]string{"unknown", "empty", "binary", "text", "markdown", "html", "feed", "jsonl"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

// FormatByName returns the format named s ("text", "markdown", "html",
// "feed", "jsonl"); "" and "auto" give FormatUnknown, meaning detect.
func FormatByName(s string) (Format, bool) {
	switch strings.ToLower(s) {
	case "", "auto":
		return FormatUnknown, true
	case "text", "plain", "txt":
		return FormatPlain, true
	case "markdown", "md":
		return FormatMarkdown, true
	case "html", "htm":
		return FormatHTML, true
	case "feed", "rss", "atom":
		return FormatFeed, true
	case "jsonl", "json":
		return FormatJSONL, true
	}
	return FormatUnknown, false
}

// sniffLen is how much of an input Detect looks at.
const sniffLen = 8 << 10

// magic numbers of common binary formats, for clear error messages.
var magics = []struct {
	prefix, name string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"RIFF", "RIFF media file"},
	{"\x7fELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1f\x8b", "gzip archive"},
	{"BZh", "bzip2 archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7-zip archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"SQLite format 3\x00", "SQLite database"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\x00asm", "WebAssembly module"},
	{"wOFF", "web font"},
	{"wOF2", "web font"},
}

// binaryKind names what kind of binary data b starts with, or "" when b
// looks like text. Text may carry a few control characters (form feeds,
// escape sequences) but no NUL bytes.
func binaryKind(b []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			if m.prefix == "MZ" || m.prefix == "RIFF" || m.prefix == "BZh" {
				// Short prefixes: only binary if the rest is too.
				if controlRatio(b) < 0.05 {
					continue
				}
			}
			return m.name
		}
	}
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		return "" // UTF-16 with a byte order mark: text, decoded later
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "binary data (NUL bytes)"
	}
	if controlRatio(b) > 0.1 {
		return "binary data (control characters)"
	}
	return ""
}

// controlRatio is the share of bytes in b (its first sniffLen) that are C0
// control characters other than white space.
func controlRatio(b []byte) float64 {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if len(b) == 0 {
		return 0
	}
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		x := swar.Load64(b, i)
		if ^((x&^highBits)+(0x80-0x20)*ones)&^x&highBits == 0 {
			continue // no byte below 0x20
		}
		for _, c := range b[i : i+8] {
			n += int(isControl[c])
		}
	}
	for _, c := range b[i:] {
		n += int(isControl[c])
	}
	return float64(n) / float64(len(b))
}

// isControl is 1 for the C0 control characters other than white space and
// escape.
var isControl = func() (t [256]uint8) {
	for c := range 0x20 {
		switch c {
		case '\n', '\r', '\t', '\f', '\v', 0x1b:
		default:
			t[c] = 1
		}
	}
	return t
}()

// Detect returns the format of an input from its content; name (a path or
// URL, may be "") only breaks ties, such as Markdown without headings.
func Detect(name string, data []byte) Format {
	data = bytes.TrimPrefix(data, utf8BOM)
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if len(bytes.TrimSpace(head)) == 0 && len(bytes.TrimSpace(data)) == 0 {
		return FormatEmpty
	}
	if binaryKind(data) != "" {
		return FormatBinary
	}
	t := bytes.TrimLeft(head, " \t\r\n\f")
	if len(t) > 0 && t[0] == '<' {
		return detectMarkup(t)
	}
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') && looksJSON(t) {
		return FormatJSONL
	}
	if looksHTMLDoc(t) {
		return FormatHTML
	}
	if looksMarkdown(name, t) {
		return FormatMarkdown
	}
	return FormatPlain
}

var utf8BOM = []byte("\xef\xbb\xbf")

// detectMarkup tells a feed from an HTML page; t starts with '<'.
func detectMarkup(t []byte) Format {
	lower := asciiLower(t)
	// Skip the XML declaration, comments, doctype and processing
	// instructions to find the root element.
	for {
		lower = bytes.TrimLeft(lower, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(lower, []byte("<?")):
			i := bytes.Index(lower, []byte("?>"))
			if i < 0 {
				return FormatHTML
			}
			lower = lower[i+2:]
			continue
		case bytes.HasPrefix(lower, []byte("<!--")):
			i := bytes.Index(lower, []byte("-->"))
			if i < 0 {
				return FormatHTML
			}
			lower = lower[i+3:]
			continue
		case bytes.HasPrefix(lower, []byte("<!doctype html")):
			return FormatHTML
		case bytes.HasPrefix(lower, []byte("<!")):
			i := bytes.IndexByte(lower, '>')
			if i < 0 {
				return FormatHTML
			}
			lower = lower[i+1:]
			continue
		}
		break
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf", "<rdf"} {
		if bytes.HasPrefix(lower, []byte(root)) && len(lower) > len(root) {
			if c := lower[len(root)]; c == ' ' || c == '>' || c == '\n' || c == '\r' || c == '\t' || c == ':' {
				return FormatFeed
			}
		}
	}
	return FormatHTML
}

// looksHTMLDoc reports whether text that does not start with '<' is still
// an HTML page (a few bytes of junk before the doctype).
func looksHTMLDoc(t []byte) bool {
	if len(t) > 1024 {
		t = t[:1024]
	}
	for i := bytes.IndexByte(t, '<'); i >= 0; {
		rest := t[i+1:]
		if hasPrefixFold(rest, "!doctype html") || hasPrefixFold(rest, "html") {
			return true
		}
		j := bytes.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// hasPrefixFold reports whether b starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// looksJSON reports whether t (the start of an input beginning with '{' or
// '[') is JSON: its first line a complete object, or a valid value prefix.
func looksJSON(t []byte) bool {
	line := t
	if i := bytes.IndexByte(t, '\n'); i >= 0 {
		line = t[:i]
	}
	line = bytes.TrimSpace(line)
	if len(line) > 0 && line[0] == '{' && json.Valid(line) {
		return true
	}
	// A pretty-printed object or an array: accept when the first token
	// after the bracket is JSON-like.
	rest := bytes.TrimLeft(t[1:], " \t\r\n")
	if len(rest) == 0 {
		return false
	}
	switch rest[0] {
	case '"', '{', '}', ']':
		return true
	}
	return false
}

// looksMarkdown reports whether text t is Markdown: ATX or setext
// headings, or a .md name with Markdown links or emphasis.
func looksMarkdown(name string, t []byte) bool {
	ext := strings.ToLower(filepath.Ext(name))
	isMD := ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd"
	if isMD {
		return true
	}
	// Invalid UTF-8 needs no repair here: it is neither white space nor
	// any of the ASCII marks looked for.
	var prev []byte
	for line := range bytes.Lines(t) {
		line = bytes.TrimRight(line, "\r\n")
		if atxLevel(line) > 0 {
			return true
		}
		if len(prev) > 0 && len(line) >= 3 && len(bytes.Trim(line, "=")) == 0 {
			return true
		}
		if len(bytes.TrimSpace(line)) > 0 {
			prev = line
		}
	}
	// Links are a strong sign too.
	return bytes.Count(t, []byte("](http")) >= 2
}

// atxLevel returns the level of an ATX heading line ("## Title"), or 0.
func atxLevel(line []byte) int {
	t := line
	for len(t) > 0 && t[0] == ' ' {
		t = t[1:]
	}
	if len(line)-len(t) > 3 {
		return 0
	}
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return 0
	}
	if n == len(t) || t[n] == ' ' || t[n] == '\t' {
		return n
	}
	return 0
}
