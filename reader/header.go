package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/axis-news/axis"
)

// The header of an article is what follows its headline and precedes its
// body: a date line, a byline, or one line holding both. Every reader
// classifies its first blocks with the same rules.

// bylineRoles are words that make a short line a byline: "Online Desk",
// "Staff Reporter", "Our Correspondent".
var bylineRoles = map[string]bool{
	"desk": true, "correspondent": true, "correspondents": true, "reporter": true,
	"reporters": true, "staff": true, "editor": true, "editors": true, "bureau": true,
	"newsroom": true, "writer": true, "writers": true, "agency": true, "agencies": true,
	"wires": true, "wire": true, "team": true,
}

// agencies are news agencies that appear in bylines ("Jane Doe, Reuters").
var agencies = map[string]bool{
	"reuters": true, "afp": true, "ap": true, "associated press": true, "xinhua": true,
	"tass": true, "bloomberg": true, "pti": true, "ians": true, "ani": true, "dpa": true,
	"efe": true, "anadolu": true, "anadolu agency": true, "yonhap": true, "kyodo": true,
	"bernama": true, "ria novosti": true, "upi": true, "agence france-presse": true,
	"agence france presse": true, "france presse": true, "sputnik": true, "wam": true,
	"spa": true, "irna": true, "kuna": true, "apa": true, "antara": true, "xinhua news agency": true,
}

// nameConnectors may appear in lower case inside a list of names.
var nameConnectors = map[string]bool{
	"and": true, "&": true, "of": true, "the": true, "de": true, "van": true, "von": true,
	"al": true, "bin": true, "el": true, "la": true, "da": true, "di": true, "du": true,
	"le": true, "der": true, "in": true, "for": true, "with": true,
}

// parseByline returns the name(s) of a byline line, and whether line is
// one. loose also accepts a bare name ("Jane Doe"), which is only safe
// right after a headline or date line.
func parseByline(line string, loose bool) (string, bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 120 || strings.ContainsAny(s, "“”\"?!;") {
		return "", false
	}
	if utf8.RuneCountInString(s) < 2 {
		return "", false
	}
	colon := false
	if strings.HasSuffix(s, ":") {
		s = strings.TrimSpace(strings.TrimSuffix(s, ":"))
		colon = true
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " Jr.") {
		// "By Jane Doe." is rare; a sentence is likelier.
		return "", false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 14 {
		return "", false
	}
	lw := strings.ToLower(words[0])
	if (lw == "by" || lw == "by:" || lw == "written") && len(words) > 1 {
		rest := strings.TrimSpace(s[len(words[0]):])
		rest = strings.TrimPrefix(rest, "by ")
		rest = strings.TrimLeft(rest, ": ")
		if rest != "" && !hasDigit(rest) && namesOK(strings.Fields(rest)) {
			return rest, true
		}
		return "", false
	}
	if hasDigit(s) {
		return "", false
	}
	if colon && len(words) <= 6 {
		return s, true
	}
	// A list of capitalised names, with connectors, commas and agency
	// or role words: "Jane Doe and John Roe, Reuters", "Online Desk".
	if !namesOK(words) {
		return "", false
	}
	signal := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",()|"))
		if bylineRoles[lw] || agencies[lw] || lw == "and" || lw == "&" {
			signal = true
		}
	}
	if strings.Contains(s, ",") {
		// "Jane Doe, Reuters", "Jane Doe, Staff Writer"
		last := strings.ToLower(strings.TrimSpace(s[strings.LastIndexByte(s, ',')+1:]))
		if agencies[last] || bylineRoles[lastWord(last)] {
			signal = true
		}
	}
	if signal || loose && len(words) >= 2 && len(words) <= 4 {
		return s, true
	}
	return "", false
}

// namesOK reports whether words are capitalised names, connectors, role
// and agency words.
func namesOK(words []string) bool {
	if len(words) > 12 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",()|")
		lw := strings.ToLower(w)
		if w == "" || bylineRoles[lw] || agencies[lw] || nameConnectors[lw] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) || unicode.IsDigit(r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// timeOnly reports whether s is only a time of day ("5:15 PM GMT").
func timeOnly(s string) bool {
	var buf [24]dtok
	toks := tokenizeDate(buf[:0], s)
	num := false
	for _, t := range toks {
		switch {
		case t.isNum:
			num = true
		case t.word:
			if !timeWords[t.s] {
				return false
			}
		}
	}
	return num
}

// headerSeps separate a byline from a date on one line.
var headerSeps = []string{" | ", " · ", " • ", " — ", " – ", " - ", " / "}

// classifyHeader says whether line is a date line, a byline or both
// ("By Jane Doe | June 26, 2024"). It returns the kind of the block
// (KindDateline when there is a date), the date and the byline.
func classifyHeader(line string, loose bool) (kind, date, byline string) {
	if len(line) > 160 {
		return "", "", ""
	}
	if d, ok := parseDateLine(line); ok {
		return axis.KindDateline, d, ""
	}
	if b, ok := parseByline(line, loose); ok {
		return axis.KindByline, "", b
	}
	for _, sep := range headerSeps {
		if !strings.Contains(line, sep) {
			continue
		}
		date, byline, ok := "", "", true
		for _, p := range strings.Split(line, sep) {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			if d, isDate := parseDateLine(p); isDate && date == "" {
				date = d
				continue
			}
			if timeOnly(p) {
				continue
			}
			if b, isBy := parseByline(p, true); isBy && byline == "" {
				byline = b
				continue
			}
			ok = false
			break
		}
		if ok && date != "" {
			return axis.KindDateline, date, byline
		}
	}
	return "", "", ""
}

// header applies the header rules to the blocks after the headline: up to
// three leading blocks that are a date line or a byline are marked as such
// and fill d.Meta.Date and d.Meta.Byline (unless metadata already did).
func header(d *axis.Document) {
	start := 0
	if len(d.Blocks) > 0 && d.Blocks[0].Kind == axis.KindHeadline {
		start = 1
	}
	sawDate, sawByline := false, false
	for i := start; i < len(d.Blocks) && i < start+4; i++ {
		b := &d.Blocks[i]
		if b.Kind != axis.KindBody {
			continue
		}
		kind, date, byline := classifyHeader(b.Text, i == start || sawDate && !sawByline)
		switch {
		case kind == axis.KindDateline && !sawDate:
			sawDate = true
			b.Kind = kind
			if d.Meta.Date == "" {
				d.Meta.Date = date
			}
			if byline != "" && !sawByline {
				sawByline = true
				if d.Meta.Byline == "" {
					d.Meta.Byline = byline
				}
			}
		case kind == axis.KindByline && !sawByline:
			sawByline = true
			b.Kind = kind
			if d.Meta.Byline == "" {
				d.Meta.Byline = byline
			}
		default:
			return
		}
	}
}

// subheadings marks short body blocks that read as sub-headings of plain
// text: one line of two to ten words, no closing punctuation, between two
// body paragraphs, the next starting a new sentence. (Right after the
// header such a line is a standfirst, kept as body.)
func subheadings(d *axis.Document) {
	for i := 1; i+1 < len(d.Blocks); i++ {
		b := &d.Blocks[i]
		if b.Kind != axis.KindBody || d.Blocks[i-1].Kind != axis.KindBody {
			continue
		}
		if !headingLike(b.Text) {
			continue
		}
		next := d.Blocks[i+1]
		if next.Kind != axis.KindBody {
			continue
		}
		r, _ := utf8.DecodeRuneInString(next.Text)
		if unicode.IsLower(r) {
			continue
		}
		b.Kind = axis.KindHeading
	}
}

func headingLike(s string) bool {
	if len(s) == 0 || len(s) > 100 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '‘' && r != '\'' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:;,\"”’)…", last) {
		return false
	}
	n := len(strings.Fields(s))
	return n >= 2 && n <= 10
}
