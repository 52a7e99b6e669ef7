package temporal

import (
	"github.com/axis-news/axis/internal/lex"

	"strconv"
	"strings"
	"time"

	"github.com/axis-news/axis"
)

// scanner finds the temporal expressions of one document, sentence by
// sentence. It walks the tokens once; at each token a few table look-ups
// decide which patterns can start there.
type scanner struct {
	lx     *Lexicon
	text   string
	ref    time.Time // the document date
	hasRef bool

	toks []lex.Token
	ents []int32 // index in lx.list of each token's entry, 0 for none

	out       []axis.Date
	sentFirst int // index in out of the current sentence's first date
	pend      []pending
	lastDate  int // index of the last token of the latest date found, or -2
}

// pending is a duration tied to another date ("two months after ...",
// "eight years later"), resolved once the whole sentence is scanned.
type pending struct {
	idx  int // in out
	n    float64
	unit string
	dir  int  // 1 after/later, -1 before/earlier
	back bool // the anchor precedes (later, earlier) rather than follows
	tok  int  // the relation word's token

	limit int // offset of the end of its clause
}

// span is a match: tokens [s, e) and what they mean.
type span struct {
	s, e int
	date axis.Date
	pend *pending
}

const noMod = 9 // no last/this/next before a month or weekday

// scan finds the dates of text[start:end], one sentence.
func (sc *scanner) scan(start, end int) {
	sc.toks = lex.Lex(sc.text, start, end, sc.toks[:0])
	sc.ents = sc.ents[:0]
	for i := range sc.toks {
		var e int32
		if sc.toks[i].Kind == lex.Word {
			e = -1 // looked up when first needed
		}
		sc.ents = append(sc.ents, e)
	}
	sc.sentFirst = len(sc.out)
	sc.pend = sc.pend[:0]
	sc.lastDate = -2
	for i := 0; i < len(sc.toks); {
		if t := sc.toks[i]; t.Kind == lex.Word && (!sc.lx.mayStart(sc.str(i)) || sc.look(i) == 0) || t.Kind == lex.Punct && t.End-t.Start == 1 && sc.text[t.Start] != '\'' {
			i++ // cannot start a date: most tokens
			continue
		}
		m, ok := sc.match(i)
		if !ok {
			i++
			continue
		}
		d := m.date
		d.Start, d.End = sc.toks[m.s].Start, sc.toks[m.e-1].End
		d.Text = sc.text[d.Start:d.End]
		if m.pend != nil {
			m.pend.idx = len(sc.out)
			sc.pend = append(sc.pend, *m.pend)
		}
		sc.out = append(sc.out, d)
		sc.lastDate = m.e - 1
		i = m.e
	}
	sc.resolvePending()
}

// Token helpers; all are false out of range.

func (sc *scanner) word(i int) bool { return i >= 0 && i < len(sc.toks) && sc.toks[i].Kind == lex.Word }
func (sc *scanner) num(i int) bool  { return i >= 0 && i < len(sc.toks) && sc.toks[i].Kind == lex.Num }
func (sc *scanner) str(i int) string {
	return sc.text[sc.toks[i].Start:sc.toks[i].End]
}

// punct reports whether token i is the punctuation character p.
func (sc *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].Kind == lex.Punct && sc.str(i) == p
}

// glued reports whether token i follows token i-1 without a space.
func (sc *scanner) glued(i int) bool { return i >= 0 && i < len(sc.toks) && !sc.toks[i].Space }

// gluedWord reports whether token i is a word glued to token i-1 ("2000km").
func (sc *scanner) gluedWord(i int) bool { return sc.glued(i) && sc.word(i) }

// is reports whether token i is the word w (w in lower case).
func (sc *scanner) is(i int, w string) bool {
	return sc.word(i) && len(sc.str(i)) == len(w) && strings.EqualFold(sc.str(i), w)
}

func (sc *scanner) has(i int, flag uint32) bool {
	return i >= 0 && i < len(sc.ents) && sc.look(i) != 0 && sc.lx.list[sc.ents[i]].flags&flag != 0
}

// look returns the index of token i's lexicon entry (0 for none), looking
// the word up on first use: most words are never needed.
func (sc *scanner) look(i int) int32 {
	if sc.ents[i] < 0 {
		sc.ents[i], _ = sc.lx.words.Get(sc.str(i))
	}
	return sc.ents[i]
}

// ent returns the lexicon entry of token i, or nil.
func (sc *scanner) ent(i int) *entry { return sc.lx.list[sc.look(i)] }

// digits returns the value of token i if it is a plain number of 1 to 4
// digits, and its length.
func (sc *scanner) digits(i int) (int, int) {
	if !sc.num(i) {
		return 0, 0
	}
	s := sc.str(i)
	if len(s) > 4 {
		return 0, 0
	}
	v := 0
	for j := 0; j < len(s); j++ {
		if s[j] < '0' || s[j] > '9' {
			return 0, 0
		}
		v = v*10 + int(s[j]-'0')
	}
	return v, len(s)
}

// ordinal reports whether token i is an ordinal suffix glued to a number.
func (sc *scanner) ordinal(i int) bool {
	return sc.glued(i) && (sc.is(i, "st") || sc.is(i, "nd") || sc.is(i, "rd") || sc.is(i, "th"))
}

func (sc *scanner) match(i int) (span, bool) {
	switch sc.toks[i].Kind {
	case lex.Num:
		return sc.matchNum(i)
	case lex.Word:
		return sc.matchWord(i)
	}
	// ’90s, '90s
	if (sc.punct(i, "'") || sc.punct(i, "’")) && sc.glued(i+1) && sc.glued(i+2) && sc.is(i+2, "s") {
		if v, n := sc.digits(i + 1); n == 2 && v%10 == 0 {
			y := 1900 + v
			if v < 30 {
				y = 2000 + v
			}
			return span{s: i, e: i + 3, date: point{day(y, 1, 1), pDecade}.date()}, true
		}
	}
	return span{}, false
}

func (sc *scanner) matchNum(i int) (span, bool) {
	if i > 0 && sc.glued(i) {
		p := i - 1
		switch {
		case sc.word(p), sc.punct(p, ":"), sc.punct(p, "."), sc.punct(p, "$"), sc.punct(p, "#"):
			return span{}, false // F16, 10:30, $2024
		case sc.punct(p, "-") && sc.word(p-1) && sc.glued(p) && !sc.is(p-1, "mid"):
			return span{}, false // F-16, COVID-19
		}
	}
	if sc.punct(i+1, ":") && sc.glued(i+1) && sc.num(i+2) {
		return span{}, false // a time of day
	}
	v, n := sc.digits(i)
	// 2024-06-26, 2024/06/26
	if n == 4 && (sc.punct(i+1, "-") || sc.punct(i+1, "/")) && sc.glued(i+1) && sc.glued(i+2) &&
		sc.punct(i+3, sc.str(i+1)) && sc.glued(i+3) && sc.glued(i+4) {
		m, mn := sc.digits(i + 2)
		d, dn := sc.digits(i + 4)
		if mn == 2 && dn == 2 && validDay(v, m, d) {
			return span{s: i, e: i + 5, date: point{day(v, m, d), pDay}.date()}, true
		}
	}
	// 26/06/2024: day first unless that cannot be
	if n >= 1 && n <= 2 && sc.punct(i+1, "/") && sc.glued(i+1) && sc.glued(i+2) && sc.punct(i+3, "/") && sc.glued(i+3) && sc.glued(i+4) {
		b, bn := sc.digits(i + 2)
		y, yn := sc.digits(i + 4)
		if bn >= 1 && bn <= 2 && yn == 4 {
			d, m := v, b
			if m > 12 {
				d, m = b, v
			}
			if validDay(y, m, d) {
				return span{s: i, e: i + 5, date: point{day(y, m, d), pDay}.date()}, true
			}
		}
	}
	// 26 June 2024, 24 June, 3rd of December
	if n >= 1 && n <= 2 && v >= 1 && v <= 31 {
		j := i + 1
		if sc.ordinal(j) {
			j++
		}
		if sc.is(j, "of") {
			j++
		}
		if sc.has(j, fMonth) && sc.toks[j].Upper {
			m := sc.ent(j).month
			k := j + 1
			if sc.ent(j).abbrev && sc.punct(k, ".") && sc.glued(k) {
				k++
			}
			if y, yn := sc.digits(k); yn == 4 && !sc.gluedWord(k+1) && validDay(y, m, v) {
				return span{s: i, e: k + 1, date: point{day(y, m, v), pDay}.date()}, true
			}
			return span{s: i, e: j + 1, date: sc.dayNoYear(m, v)}, true
		}
	}
	if n == 4 {
		// 1990s, 1990’s
		if v%10 == 0 && sc.glued(i+1) {
			if sc.is(i+1, "s") {
				return span{s: i, e: i + 2, date: point{day(v, 1, 1), pDecade}.date()}, true
			}
			if (sc.punct(i+1, "’") || sc.punct(i+1, "'")) && sc.is(i+2, "s") && sc.glued(i+2) {
				return span{s: i, e: i + 3, date: point{day(v, 1, 1), pDecade}.date()}, true
			}
		}
		if v >= 1000 && v <= 2099 && sc.isYear(i, v) {
			return span{s: i, e: i + 1, date: point{day(v, 1, 1), pYear}.date()}, true
		}
	}
	// 2021-22: the second year of a range
	if n == 2 && i >= 2 && sc.lastDate == i-2 && sc.glued(i) && sc.glued(i-1) && (sc.punct(i-1, "-") || sc.punct(i-1, "–") || sc.punct(i-1, "/")) {
		if y, yn := sc.digits(i - 2); yn == 4 {
			full := y - y%100 + v
			if full > y {
				return span{s: i, e: i + 1, date: point{day(full, 1, 1), pYear}.date()}, true
			}
		}
	}
	return sc.duration(i, i)
}

// stopAfterYear are words after a bare four-digit number that say it is a
// count or a measure, not a year.
var stopAfterYear = map[string]bool{
	"and": true, "or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "for": true,
	"by": true, "with": true, "from": true, "as": true, "than": true, "per": true, "more": true,
	"less": true, "out": true, "up": true, "down": true, "over": true, "under": true, "into": true,
	"times": true, "percent": true, "million": true, "billion": true, "thousand": true, "hundred": true,
}

// isYear decides whether the four-digit number at i is a year: after a year
// cue (in, since, by, of...), a determiner ("the 2024 election"), in a list
// or range of years, or before a singular noun ("2024 pact").
func (sc *scanner) isYear(i, v int) bool {
	if sc.glued(i+1) && (sc.word(i+1) || sc.punct(i+1, "%")) {
		return false
	}
	next := i + 1
	nextPlural := sc.word(next) && !sc.toks[next].Upper && plural(sc.str(next)) && !sc.has(next, fYearnoun|fYearverb|fUnit)
	p := i - 1
	if sc.punct(p, "-") && sc.glued(i) && sc.is(p-1, "mid") {
		return true
	}
	strong, weak := false, false
	switch {
	case sc.word(p):
		if sc.has(p, fYearcue) {
			if sc.is(p, "of") {
				weak = true
			} else {
				strong = true
			}
		}
		if sc.has(p, fDet) {
			weak = true
		}
		if sc.has(p, fMonth) && sc.toks[p].Upper {
			strong = true
		}
		if (sc.is(p, "and") || sc.is(p, "or") || sc.is(p, "to")) && sc.lastDate == p-1 {
			strong = true
		}
	case sc.punct(p, "-"), sc.punct(p, "–"), sc.punct(p, "/"), sc.punct(p, ","), sc.punct(p, "&"):
		strong = sc.lastDate == p-1
	case sc.punct(p, "("):
		strong = sc.punct(next, ")")
	}
	if strong {
		return true
	}
	if v < 1900 {
		return false
	}
	if weak {
		return !nextPlural
	}
	if !sc.word(next) || sc.toks[next].Upper {
		return false
	}
	if p > 0 && sc.word(p) && sc.toks[p].Upper {
		return false // Resolution 1973, Flight 1549
	}
	if sc.has(next, fYearverb) {
		return true
	}
	w := sc.str(next)
	return !nextPlural && !plural(w) && !stopAfterYear[strings.ToLower(w)] && !sc.has(next, fUnit)
}

// plural guesses whether a lower-case word is a plural noun.
func plural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i':
		return false
	}
	return !strings.HasSuffix(w, "ous")
}

func (sc *scanner) matchWord(i int) (span, bool) {
	e := sc.ent(i)
	if e == nil {
		return span{}, false
	}
	up := sc.toks[i].Upper
	if e.flags&fMonth != 0 && up {
		if m, ok := sc.month(i, i, noMod); ok {
			return m, true
		}
	}
	if e.flags&fWeekday != 0 && up {
		if sc.has(i+1, fNamePart) || (i > 1 && sc.word(i-1) && sc.toks[i-1].Upper && !sc.has(i-1, fPrep|fRelday|fShift)) {
			return span{}, false // The Sunday Times, Good Friday
		}
		return sc.weekday(i, i, noMod)
	}
	if e.flags&fRelday != 0 {
		return span{s: i, e: i + 1, date: sc.fromRef(func(t time.Time) point {
			return point{t.AddDate(0, 0, e.relday), pDay}
		}, axis.PrecisionDay)}, true
	}
	if e.flags&fModifier != 0 {
		if m, ok := sc.modified(i+1, i, e.modifier); ok {
			return m, true
		}
	}
	// earlier this month, later this year
	if e.flags&fShift != 0 && sc.has(i+1, fModifier) {
		if m, ok := sc.modified(i+2, i, sc.ent(i+1).modifier); ok && m.date.Precision != axis.PrecisionDuration {
			return m, true
		}
	}
	// in recent months
	if e.flags&fRecent != 0 && sc.has(i+1, fUnit) && plural(strings.ToLower(sc.str(i+1))) {
		return span{s: i, e: i + 2, date: axis.Date{Precision: axis.PrecisionDuration}}, true
	}
	if n := sc.approxLen(i); n > 0 {
		if m, ok := sc.duration(i+n, i); ok {
			return m, true
		}
	}
	if e.flags&fNumber != 0 {
		return sc.duration(i, i)
	}
	return span{}, false
}

// approxLen returns how many tokens the approximator at i has, or 0.
func (sc *scanner) approxLen(i int) int {
	if sc.has(i, fApprox) {
		return 1
	}
	if !sc.has(i, fApproxFirst) || !sc.word(i+1) {
		return 0
	}
	two := strings.ToLower(sc.str(i) + " " + sc.str(i+1))
	if sc.lx.approx[two] {
		return 2
	}
	return 0
}

// modified matches what follows last/this/next at token j; start is where
// the expression begins.
func (sc *scanner) modified(j, start, mod int) (span, bool) {
	if !sc.word(j) {
		return span{}, false
	}
	e := sc.ent(j)
	if e == nil {
		return span{}, false
	}
	if e.flags&fMonth != 0 && sc.toks[j].Upper {
		return sc.month(j, start, mod)
	}
	if e.flags&fWeekday != 0 && sc.toks[j].Upper {
		return sc.weekday(j, start, mod)
	}
	if e.flags&fUnit == 0 {
		return span{}, false
	}
	lw := strings.ToLower(sc.str(j))
	if plural(lw) || lw == "centuries" {
		// the coming weeks, the past months: a vague period
		if mod == 0 {
			return span{}, false
		}
		return span{s: start, e: j + 1, date: axis.Date{Precision: axis.PrecisionDuration}}, true
	}
	if sc.is(start, "past") && e.unit != "N" && e.unit != "WE" {
		// the past year: the twelve months up to the document date
		return span{s: start, e: j + 1, date: axis.Date{Value: isoDuration(1, e.unit), Precision: axis.PrecisionDuration}}, true
	}
	var d axis.Date
	switch e.unit {
	case "Y":
		d = sc.fromRef(func(t time.Time) point { return point{day(t.Year()+mod, 1, 1), pYear} }, axis.PrecisionYear)
	case "M":
		d = sc.fromRef(func(t time.Time) point { return point{day(t.Year(), int(t.Month())+mod, 1), pMonth} }, axis.PrecisionMonth)
	case "W", "WE":
		d = sc.fromRef(func(t time.Time) point { return weekOf(t, mod) }, axis.PrecisionMonth)
	case "DEC":
		d = sc.fromRef(func(t time.Time) point { return point{day(t.Year()-t.Year()%10+10*mod, 1, 1), pDecade} }, axis.PrecisionDecade)
	case "N": // last night, this morning
		if mod == 1 || sc.is(start, "past") || sc.is(start, "coming") {
			return span{}, false
		}
		d = sc.fromRef(func(t time.Time) point { return point{t.AddDate(0, 0, mod), pDay} }, axis.PrecisionDay)
	default:
		return span{}, false
	}
	return span{s: start, e: j + 1, date: d}, true
}

// fromRef resolves f against the document date, or gives an empty value
// of precision prec when the document has no date.
func (sc *scanner) fromRef(f func(time.Time) point, prec string) axis.Date {
	if !sc.hasRef {
		return axis.Date{Precision: prec}
	}
	return f(sc.ref).date()
}

func (sc *scanner) dayNoYear(m, d int) axis.Date {
	if sc.hasRef {
		if p, ok := nearestYear(sc.ref, m, d); ok {
			return p.date()
		}
	}
	return axis.Date{Precision: axis.PrecisionDay}
}

// month matches a month name at j: with a day, a year, "of this year", or
// alone where the context makes it a month ("in May", "last September").
func (sc *scanner) month(j, start, mod int) (span, bool) {
	e := sc.ent(j)
	m := e.month
	k := j + 1
	if e.abbrev && sc.punct(k, ".") && sc.glued(k) {
		k++
	}
	if sc.glued(k) && sc.num(k) {
		return span{}, false // Jan2024 and the like: not prose
	}
	if d, dn := sc.digits(k); dn >= 1 && dn <= 2 && d >= 1 && d <= 31 && !sc.punct(k+1, ":") && !sc.punct(k+1, "%") {
		k2 := k + 1
		if sc.ordinal(k2) {
			k2++
		}
		kk := k2
		if sc.punct(kk, ",") {
			kk++
		}
		if y, yn := sc.digits(kk); yn == 4 && !sc.gluedWord(kk+1) && validDay(y, m, d) {
			return span{s: start, e: kk + 1, date: point{day(y, m, d), pDay}.date()}, true
		}
		if !sc.word(k2) || !plural(strings.ToLower(sc.str(k2))) { // not "May 5 soldiers"
			return span{s: start, e: k2, date: sc.dayNoYear(m, d)}, true
		}
	}
	if y, yn := sc.digits(k); yn == 4 && y >= 1000 && !sc.gluedWord(k+1) {
		return span{s: start, e: k + 1, date: point{day(y, m, 1), pMonth}.date()}, true
	}
	// April of this year, April last year
	kk := k
	if sc.is(kk, "of") {
		kk++
	}
	if sc.has(kk, fModifier) && sc.has(kk+1, fUnit) && sc.ent(kk+1).unit == "Y" && !sc.is(kk, "past") {
		mod := sc.ent(kk).modifier
		d := sc.fromRef(func(t time.Time) point { return point{day(t.Year()+mod, m, 1), pMonth} }, axis.PrecisionMonth)
		return span{s: start, e: kk + 2, date: d}, true
	}
	if e.abbrev || (mod == noMod && !sc.monthContext(j)) {
		return span{}, false
	}
	dir := mod
	if mod == noMod {
		dir = 2
		if sc.future(j) {
			dir = 3
		}
	}
	d := sc.fromRef(func(t time.Time) point { return monthFrom(t, m, dir) }, axis.PrecisionMonth)
	return span{s: start, e: j + 1, date: d}, true
}

// monthContext reports whether a bare month name at j is a date: "in May",
// "since January", "mid-June", "May and June".
func (sc *scanner) monthContext(j int) bool {
	p := j - 1
	if sc.punct(p, "-") && sc.is(p-1, "mid") {
		return true
	}
	if !sc.word(p) {
		return false
	}
	if sc.has(p, fYearcue|fShift) {
		return true
	}
	return (sc.is(p, "and") || sc.is(p, "or") || sc.is(p, "to")) && sc.lastDate == p-1
}

// future reports whether a future cue (will, scheduled...) comes shortly
// before token j or right after it ("in November will discuss").
func (sc *scanner) future(j int) bool {
	for k := j + 1; k < len(sc.toks) && k <= j+3 && sc.word(k); k++ {
		if sc.has(k, fFuture) && !sc.has(k, fRelday) {
			return true
		}
	}
	for k := j - 1; k >= 0 && k >= j-10; k-- {
		if sc.has(k, fFuture) {
			// "had been due to", "was expected to": a past plan
			return !(sc.is(k-1, "been") || sc.is(k-1, "was") || sc.is(k-1, "were") || sc.is(k-1, "had"))
		}
		if sc.is(k, "going") && sc.is(k+1, "to") {
			return true
		}
	}
	return false
}

// weekday matches a weekday name at j. Without last/next, a weekday in a
// sentence without a future cue is the latest such day on or before the
// document date (the document's own day when the names agree); with a cue,
// the earliest on or after it. "Thursday, October 26, 2023" is one
// expression with the explicit date's value.
func (sc *scanner) weekday(j, start, mod int) (span, bool) {
	k := j + 1
	if sc.punct(k, ",") {
		k++
	}
	if k < len(sc.toks) && (sc.has(k, fMonth) || sc.num(k)) {
		if m, ok := sc.match(k); ok && m.date.Precision == axis.PrecisionDay && m.date.Value != "" {
			m.s = start
			return m, true
		}
	}
	wd := sc.ent(j).weekday
	dir := mod
	switch mod {
	case noMod:
		dir = 2
		if sc.future(j) {
			dir = 3
		}
	case 0:
		dir = 3
	}
	d := sc.fromRef(func(t time.Time) point { return weekdayFrom(t, wd, dir) }, axis.PrecisionDay)
	return span{s: start, e: j + 1, date: d}, true
}

// numberWords reads number words at i ("two", "twenty-five", "two
// hundred", "a dozen") and returns the value and the next token.
func (sc *scanner) numberWords(i int) (float64, int, bool) {
	if !sc.has(i, fNumber) {
		return 0, i, false
	}
	v := sc.ent(i).num
	j := i + 1
	if v >= 20 && v <= 90 && sc.punct(j, "-") && sc.glued(j) && sc.glued(j+1) && sc.has(j+1, fNumber) && sc.ent(j+1).num < 10 {
		v += sc.ent(j + 1).num
		j += 2
	}
	for sc.has(j, fNumber) {
		m := sc.ent(j).num
		if m != 100 && m != 1000 && m != 12 {
			break
		}
		v *= m
		j++
	}
	if sc.is(i, "couple") && sc.is(j, "of") {
		j++
	}
	return v, j, true
}

// duration matches a number of time units at i ("24 years", "two-day",
// "nearly 80 years"), possibly tied to a date ("two years ago", "eight
// years later"); start is where the expression begins.
func (sc *scanner) duration(i, start int) (span, bool) {
	var n float64
	var j int
	article := false
	if sc.num(i) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(sc.str(i), ",", ""), 64)
		if err != nil {
			return span{}, false
		}
		n, j = v, i+1
	} else {
		var ok bool
		if n, j, ok = sc.numberWords(i); !ok {
			return span{}, false
		}
		article = j == i+1 && (sc.is(i, "a") || sc.is(i, "an"))
	}
	hyphen := false
	if sc.punct(j, "-") && sc.glued(j) && sc.glued(j+1) && sc.has(j+1, fUnit) {
		j++
		hyphen = true
	}
	if !sc.has(j, fUnit) {
		return span{}, false
	}
	unit := sc.ent(j).unit
	if unit == "WE" || unit == "N" {
		return span{}, false
	}
	k := j + 1
	if sc.is(k, "old") || (sc.punct(k, "-") && sc.is(k+1, "old")) {
		return span{}, false // ages
	}
	if !hyphen && sc.has(k, fRelation) {
		rel := sc.ent(k).relation
		if rel == 0 { // ago
			d := sc.fromRef(func(t time.Time) point {
				p, ok := shift(t, pDay, -n, unit)
				if !ok {
					return point{t, pDay}
				}
				return p
			}, unitPrecision(unit))
			return span{s: start, e: k + 1, date: d}, true
		}
		back := sc.is(k, "later") || sc.is(k, "earlier")
		return span{s: start, e: k + 1, date: axis.Date{Precision: unitPrecision(unit)},
			pend: &pending{n: n, unit: unit, dir: rel, back: back, tok: k}}, true
	}
	if article && start == i {
		p := i - 1
		if !(sc.is(p, "for") || sc.is(p, "within") || sc.is(p, "than") || sc.is(p, "past") || sc.is(p, "last") || sc.is(p, "next") || sc.is(p, "under")) {
			return span{}, false // "once a year", "a day of talks"
		}
	}
	return span{s: start, e: j + 1, date: axis.Date{Value: isoDuration(n, unit), Precision: axis.PrecisionDuration}}, true
}

func unitPrecision(unit string) string {
	switch unit {
	case "Y", "DEC", "CEN":
		return axis.PrecisionYear
	case "M":
		return axis.PrecisionMonth
	}
	return axis.PrecisionDay
}

// resolvePending ties "N units after/later" to a date of the sentence:
// "after"/"before" to the first date that follows in the same clause,
// "later"/"earlier" to the closest date before it.
//
// At most maxAnchorDates dates are tried for each, and clause ends are
// found in one pass, so a long run-on "sentence" stays linear.
func (sc *scanner) resolvePending() {
	const maxAnchorDates = 4
	limit, next := len(sc.text), len(sc.toks) // clause end after token next-1
	for k := len(sc.pend) - 1; k >= 0; k-- {
		p := &sc.pend[k]
		for i := next - 1; i > p.tok; i-- {
			if sc.clauseBreak(i) {
				limit = sc.toks[i].Start
			}
		}
		next = p.tok + 1
		p.limit = limit
	}
	for _, p := range sc.pend {
		var anchor point
		found := false
		if p.back {
			for i := p.idx - 1; i >= sc.sentFirst && i >= p.idx-maxAnchorDates && !found; i-- {
				anchor, found = sc.anchor(i)
			}
		} else {
			for i := p.idx + 1; i < len(sc.out) && i <= p.idx+maxAnchorDates && sc.out[i].Start < p.limit && !found; i++ {
				anchor, found = sc.anchor(i)
			}
		}
		if !found {
			continue
		}
		if r, ok := shift(anchor.t, anchor.prec, float64(p.dir)*p.n, p.unit); ok {
			d := r.date()
			sc.out[p.idx].Value, sc.out[p.idx].Precision = d.Value, d.Precision
		}
	}
}

func (sc *scanner) anchor(i int) (point, bool) {
	d := sc.out[i]
	if d.Precision == axis.PrecisionDuration || d.Value == "" {
		return point{}, false
	}
	return parseValue(d.Value)
}

// clauseBreak reports whether token i ends a clause.
func (sc *scanner) clauseBreak(i int) bool {
	if sc.toks[i].Kind != lex.Punct {
		return false
	}
	switch sc.str(i) {
	case ",", ";", ":", "—", "(", "“", "\"":
		return true
	}
	return false
}
