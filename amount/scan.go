package amount

import (
	"github.com/axis-news/axis/internal/lex"

	"strconv"
	"strings"

	"github.com/axis-news/axis"
)

// scanner finds the amounts of one document, sentence by sentence.
type scanner struct {
	lx   *Lexicon
	text string

	toks []lex.Token
	ents []int32 // index in lx.list of each token's entry, 0 for none
	buf  [40]byte

	dates []axis.Date // found by the temporal stage: never amounts
	di    int

	vote int // -1 unknown, 0 no, 1 the sentence talks of a vote
	out  []axis.Amount
}

// qty is a number read from the text: tokens [s, e).
type qty struct {
	s, e   int
	v      float64
	vague  bool // dozens, thousands
	words  bool // written in words
	scaled bool // a scale word or suffix followed (million, bn)
}

func (sc *scanner) scan(start, end int) {
	sc.toks = lex.Lex(sc.text, start, end, sc.toks[:0])
	sc.ents = sc.ents[:0]
	for i := range sc.toks {
		var e int32
		if sc.toks[i].Kind != lex.Num {
			e = -1 // looked up when first needed
		}
		sc.ents = append(sc.ents, e)
	}
	sc.vote = -1
	for i := 0; i < len(sc.toks); {
		if end, ok := sc.inDate(i); ok {
			i = end
			continue
		}
		if t := sc.toks[i]; t.Kind == lex.Word && !sc.lx.mayStart(sc.str(i)) && !(sc.glued(i+1) && sc.toks[i+1].Kind == lex.Punct) ||
			t.Kind == lex.Punct && sc.look(i) == 0 {
			i++ // cannot start an amount: most tokens
			continue
		}
		a, e, ok := sc.match(i)
		if !ok {
			i++
			continue
		}
		sc.out = append(sc.out, a)
		i = e
	}
}

// inDate reports whether token i starts inside a date and returns the
// first token after that date.
func (sc *scanner) inDate(i int) (int, bool) {
	off := sc.toks[i].Start
	for sc.di < len(sc.dates) && sc.dates[sc.di].End <= off {
		sc.di++
	}
	if sc.di >= len(sc.dates) || sc.dates[sc.di].Start > off {
		return 0, false
	}
	end := sc.dates[sc.di].End
	j := i + 1
	for j < len(sc.toks) && sc.toks[j].Start < end {
		j++
	}
	return j, true
}

// Token helpers; all are false out of range.

func (sc *scanner) word(i int) bool { return i >= 0 && i < len(sc.toks) && sc.toks[i].Kind == lex.Word }
func (sc *scanner) num(i int) bool  { return i >= 0 && i < len(sc.toks) && sc.toks[i].Kind == lex.Num }
func (sc *scanner) str(i int) string {
	return sc.text[sc.toks[i].Start:sc.toks[i].End]
}
func (sc *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].Kind == lex.Punct && sc.str(i) == p
}
func (sc *scanner) glued(i int) bool { return i >= 0 && i < len(sc.toks) && !sc.toks[i].Space }
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

// phrase returns the longest lexicon entry (phrase or word) starting at
// token i with one of flags, and its length in tokens.
func (sc *scanner) phrase(i int, flags uint32) (*entry, int) {
	if sc.word(i) && sc.word(i+1) {
		if sc.lx.first[string(lex.Lower(sc.buf[:], sc.str(i)))] {
			for n := 3; n >= 2; n-- {
				if i+n > len(sc.toks) {
					continue
				}
				b := sc.buf[:0]
				ok := true
				for k := i; k < i+n; k++ {
					if !sc.word(k) || len(b)+1+len(sc.str(k)) > cap(b) {
						ok = false
						break
					}
					if k > i {
						b = append(b, ' ')
					}
					b = append(b, lex.Lower(sc.buf[len(b):cap(b)], sc.str(k))...)
				}
				if !ok {
					continue
				}
				if e := sc.lx.phrases[string(b)]; e != nil && e.flags&flags != 0 {
					return e, n
				}
			}
		}
	}
	if sc.has(i, flags) {
		return sc.ent(i), 1
	}
	return nil, 0
}

// number parses token i as a decimal number ("11,000", "2.5").
func (sc *scanner) number(i int) (float64, bool) {
	s := sc.str(i)
	if strings.IndexByte(s, ',') >= 0 {
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func (sc *scanner) match(i int) (axis.Amount, int, bool) {
	// Currency first: $240bn, US$5 billion, € 1.2 million, Rs 100 crore.
	if cur, n := sc.currencyPrefix(i); n > 0 {
		j := i + n
		if sc.num(j) && (sc.glued(j) || n == 2 || sc.has(i, fCode|fSymbol)) {
			if q, ok := sc.quantity(j, true); ok {
				e := q.e
				if c, m := sc.phrase(e, fCurrency); m > 0 && c.currency == cur {
					e += m // "$5 billion dollars"
				}
				a := sc.amount(i, e, q.v, cur, q.vague || sc.approx(i))
				a.Object = sc.moneyObject(i, e)
				return a, e, true
			}
		}
		return axis.Amount{}, 0, false
	}
	if !sc.num(i) && !sc.has(i, fNumber|fVague|fIndefinite) && !sc.is(i, "a") && !sc.is(i, "an") {
		return axis.Amount{}, 0, false
	}
	if sc.num(i) && sc.notAQuantity(i) {
		return axis.Amount{}, 0, false
	}
	q, ok := sc.quantity(i, false)
	if !ok {
		return axis.Amount{}, 0, false
	}
	if q.words && sc.is(i-1, "half") && (sc.is(i, "a") || sc.is(i, "an")) {
		i, q.s, q.v = i-1, i-1, q.v/2 // half a million
	}
	approx := q.vague || sc.approx(i)
	j := q.e
	// 287-55: a vote
	if sc.num(i) && !q.scaled && (sc.punct(j, "-") || sc.punct(j, "–")) && sc.glued(j) && sc.glued(j+1) && sc.num(j+1) && !sc.punct(j+2, "-") {
		if sc.voteContext() && q.v < 1000 {
			return sc.amount(i, j+2, q.v, "votes", false), j + 2, true
		}
		return axis.Amount{}, 0, false
	}
	// 5%, 5 per cent
	if p, n := sc.phrase(j, fPercent); n > 0 && (p.unit != "percent" || sc.str(j) != "%" || !q.words) {
		a := sc.amount(i, j+n, q.v, p.unit, approx)
		if sc.is(j+n, "of") {
			a.Object = sc.nounPhrase(j+n+1, true, true)
		}
		return a, j + n, true
	}
	// 40 billion euros, trillions of dollars
	k := j
	if q.vague && sc.is(k, "of") {
		k++
	}
	if c, n := sc.phrase(k, fCurrency); n > 0 {
		a := sc.amount(i, k+n, q.v, c.currency, approx)
		a.Object = sc.moneyObject(i, k+n)
		return a, k + n, true
	}
	if sc.has(k, fCode) && sc.allCaps(k) && len(sc.str(k)) == 3 {
		a := sc.amount(i, k+1, q.v, sc.ent(k).currency, approx) // 4.6 billion USD
		a.Object = sc.moneyObject(i, k+1)
		return a, k + 1, true
	}
	// 200km, 600 mile, 20-kilometre
	m := j
	if sc.punct(m, "-") && sc.glued(m) && sc.glued(m+1) {
		m++
	}
	if u, n := sc.phrase(m, fMeasure); n > 0 && !q.vague {
		return sc.amount(i, m+n, q.v, u.unit, approx), m + n, true
	}
	if sc.punct(j, "-") && sc.glued(j) {
		return axis.Amount{}, 0, false // a ten-member team, two-thirds
	}
	// counts: 11,000 containers of munitions, dozens of ballistic missiles
	if q.words && !q.vague && sc.has(i-1, fAnaphor) {
		return axis.Amount{}, 0, false // the two countries
	}
	if head, ok := sc.countHead(k); ok {
		end := head + 1
		// The counted noun as written ("Thais", "MPs"), in lower case in
		// title-case text ("Dozens Of KFOR Troops").
		unit := sc.str(head)
		if sc.toks[head].Upper && sc.word(head-1) && sc.toks[head-1].Upper {
			unit = strings.ToLower(unit)
		}
		if sc.is(head, "s") && sc.num(head-1) && head >= 3 {
			unit = sc.text[sc.toks[head-3].Start:sc.toks[head].End] // F-16s
		}
		a := sc.amount(i, end, q.v, unit, approx)
		if !q.vague {
			k = j
		}
		a.Object = sc.countObject(k, end)
		return a, end, true
	}
	if q.vague || q.scaled {
		// "dozens were hurt", "a population of 5 million"
		return sc.amount(i, q.e, q.v, "", approx), q.e, true
	}
	return axis.Amount{}, 0, false
}

// allCaps reports whether token i is written in capitals only.
func (sc *scanner) allCaps(i int) bool {
	s := sc.str(i)
	for j := 0; j < len(s); j++ {
		if s[j] >= 'a' && s[j] <= 'z' {
			return false
		}
	}
	return true
}

// currencyPrefix returns the currency of a sign or code at i and how many
// tokens it takes ("US$" is two).
func (sc *scanner) currencyPrefix(i int) (string, int) {
	t := sc.toks[i]
	if t.Kind == lex.Word && sc.glued(i+1) && sc.toks[i+1].Kind == lex.Punct && t.End-t.Start < 4 {
		b := lex.Lower(sc.buf[:8], sc.str(i))
		b = append(b, sc.str(i+1)...)
		if k, _ := sc.lx.words.Get(string(b)); k != 0 && sc.lx.list[k].flags&fSymbol != 0 {
			e := sc.lx.list[k]
			return e.currency, 2
		}
	}
	if t.Kind == lex.Punct && sc.has(i, fSymbol) {
		return sc.ent(i).currency, 1
	}
	if t.Kind == lex.Word && t.Upper && sc.has(i, fCode) {
		n := 1
		if sc.punct(i+1, ".") && sc.glued(i+1) {
			n = 2 // Rs.
		}
		if sc.num(i + n) {
			return sc.ent(i).currency, n
		}
	}
	return "", 0
}

// notAQuantity rules out numbers that are parts of names, times, ordinals,
// list numbers, phone numbers and years.
func (sc *scanner) notAQuantity(i int) bool {
	if sc.glued(i) && i > 0 {
		p := i - 1
		switch {
		case sc.word(p), sc.punct(p, ":"), sc.punct(p, "."), sc.punct(p, "+"), sc.punct(p, "#"), sc.punct(p, "/"):
			return true // G7, 10:30, +44, #1
		case sc.punct(p, "-") && (sc.word(p-1) || sc.num(p-1)) && sc.glued(p):
			return true // F-16, 202-555
		}
	}
	if sc.glued(i+1) && (sc.punct(i+1, ":") || sc.punct(i+1, "/")) && sc.num(i+2) {
		return true // 10:30, 3/4
	}
	if sc.glued(i+1) && (sc.is(i+1, "st") || sc.is(i+1, "nd") || sc.is(i+1, "rd") || sc.is(i+1, "th") || sc.is(i+1, "s") || sc.is(i+1, "am") || sc.is(i+1, "pm")) {
		return true // 14th, 1990s, 3pm
	}
	if sc.is(i+1, "am") || sc.is(i+1, "pm") || sc.is(i+1, "gmt") || sc.is(i+1, "utc") || (sc.is(i+1, "a") && sc.punct(i+2, ".")) || (sc.is(i+1, "p") && sc.punct(i+2, ".")) {
		return true // 3 pm, 3 a.m.
	}
	if i == 0 && (sc.punct(1, ".") || sc.punct(1, ")")) && sc.glued(1) {
		return true // 1. a list item
	}
	s := sc.str(i)
	if len(s) == 4 && s >= "1900" && s <= "2099" {
		// A year unless a unit follows.
		if _, n := sc.phrase(i+1, fMeasure|fPercent|fCurrency|fScale); n == 0 {
			return true
		}
	}
	return false
}

// quantity reads a number at i: digits with a glued scale ("240bn") or
// scale words ("2.5 billion"), number words ("two dozen", "twenty-five"),
// or vague plurals ("dozens", "tens of thousands").
func (sc *scanner) quantity(i int, money bool) (qty, bool) {
	q := qty{s: i}
	j := i + 1
	switch {
	case sc.num(i):
		v, ok := sc.number(i)
		if !ok {
			return q, false
		}
		q.v = v
		if sc.glued(j) && sc.word(j) {
			switch {
			case sc.has(j, fScale) && (money || !sc.has(j, fMeasure) || !sc.dimension(j+1)):
				q.v *= sc.ent(j).scale
				q.scaled = true
				j++
			case sc.has(j, fMeasure), sc.has(j, fPercent):
				// the caller reads the unit
			default:
				return q, false // 5G, 3D
			}
		}
	case sc.has(i, fIndefinite):
		// several thousand, a few hundred: only before a scale word
		if !sc.has(j, fScale) || len(sc.str(j)) <= 2 {
			return q, false
		}
		q.v, q.vague, q.words = sc.ent(i).value, true, true
	case sc.has(i, fVague):
		q.v, q.vague = sc.ent(i).value, true
		// tens of thousands, hundreds of millions
		for sc.is(j, "of") && sc.has(j+1, fVague) {
			q.v = q.v / 2 * sc.ent(j+1).value
			j += 2
		}
	default:
		q.words = true
		article := sc.is(i, "a") || sc.is(i, "an")
		if article {
			q.v = 1
		} else {
			q.v = sc.ent(i).value
		}
		if q.v >= 20 && q.v <= 90 && sc.punct(j, "-") && sc.glued(j) && sc.glued(j+1) && sc.has(j+1, fNumber) && sc.ent(j+1).value < 10 {
			q.v += sc.ent(j + 1).value
			j += 2
		}
		if sc.is(j, "dozen") {
			q.v *= 12
			j++
		} else if article {
			if !sc.has(j, fScale) {
				return q, false
			}
		}
	}
	if sc.punct(j, "-") && sc.glued(j) && sc.glued(j+1) && sc.has(j+1, fScale) && len(sc.str(j+1)) > 2 && !q.vague {
		j++ // $2-billion
	}
	for sc.word(j) && sc.has(j, fScale) && len(sc.str(j)) > 2 {
		q.v *= sc.ent(j).scale
		q.scaled = true
		j++
	}
	q.e = j
	return q, true
}

// dimension reports whether token i says a length follows ("-long",
// "high"): then "300m" is metres, not millions.
func (sc *scanner) dimension(i int) bool {
	if sc.punct(i, "-") && sc.glued(i+1) {
		i++
	}
	return sc.is(i, "long") || sc.is(i, "high") || sc.is(i, "wide") || sc.is(i, "deep") || sc.is(i, "tall")
}

// approx reports whether an approximator ("about", "more than") comes
// right before token i.
func (sc *scanner) approx(i int) bool {
	if sc.punct(i-1, "~") {
		return true
	}
	for n := 3; n >= 1; n-- {
		if e, m := sc.phrase(i-n, fApprox); m == n && e != nil {
			return true
		}
	}
	return false
}

func (sc *scanner) voteContext() bool {
	if sc.vote < 0 {
		sc.vote = 0
		for i := range sc.ents {
			if sc.has(i, fVote) {
				sc.vote = 1
				break
			}
		}
	}
	return sc.vote == 1
}

func (sc *scanner) amount(s, e int, v float64, unit string, approx bool) axis.Amount {
	start, end := sc.toks[s].Start, sc.toks[e-1].End
	return axis.Amount{Text: sc.text[start:end], Start: start, End: end, Value: v, Unit: unit, Approximate: approx}
}

// plural reports whether token i may be the plural noun of a count.
func (sc *scanner) plural(i int) bool {
	if !sc.word(i) {
		return false
	}
	if sc.has(i, fPlural) {
		return true
	}
	if sc.has(i, fNoncount|fStop) {
		return false
	}
	w := sc.str(i)
	n := len(w)
	if n < 3 || (w[n-1] != 's' && w[n-1] != 'S') {
		return false
	}
	switch w[n-2] | 0x20 {
	case 's', 'u':
		return false
	case 'i':
		// crisis, basis; but Thais, Israelis, Somalis
		return sc.toks[i].Upper
	}
	return !(n > 3 && strings.EqualFold(w[n-3:], "ous"))
}

// countHead finds the counted noun after a number at k: up to four
// modifiers ("civilian", "KFOR", "Russian-Israeli") then a plural noun.
func (sc *scanner) countHead(k int) (int, bool) {
	for n := 0; n < 5 && sc.word(k); n++ {
		if sc.has(k, fNoncount) {
			return 0, false
		}
		if sc.plural(k) {
			return k, true
		}
		w := sc.str(k)
		if sc.has(k, fStop|fNumber|fScale|fVague|fApprox) || strings.HasSuffix(w, "ly") {
			if !(sc.is(k, "and") && sc.toks[k-1].Upper && sc.word(k+1) && sc.toks[k+1].Upper) {
				return 0, false
			}
		}
		if sc.punct(k+1, "-") && sc.glued(k+1) && sc.glued(k+2) {
			switch {
			case sc.word(k + 2):
				k += 2 // Iran-backed, long-range
			case sc.num(k + 2):
				if sc.is(k+3, "s") && sc.glued(k+3) {
					return k + 3, true // F-16s
				}
				k += 2 // F-16 jets
			}
		}
		k++
	}
	return 0, false
}

// countObject is the counted thing: the noun phrase from k to end, with an
// "of" complement ("containers of munitions") or a second plural noun
// ("individuals and entities").
func (sc *scanner) countObject(k, end int) string {
	s, e := sc.toks[k].Start, sc.toks[end-1].End
	j := end
	for j < len(sc.toks) && sc.toks[j].Start < e {
		j++
	}
	switch {
	case sc.is(j, "of") && sc.word(j+1) && !sc.has(j+1, fStop|fAnaphor|fNumber):
		if n := sc.nounEnd(j+1, true); n > j+1 {
			e = sc.toks[n-1].End
		}
	case sc.is(j, "and") && sc.plural(j+1) && !sc.has(j+1, fVague|fNumber):
		e = sc.toks[j+1].End
	}
	return sc.text[s:e]
}

// nounEnd returns the end of a run of up to four noun-phrase words at k,
// ending after the first plural noun when atPlural is set.
func (sc *scanner) nounEnd(k int, atPlural bool) int {
	j := k
	for j < len(sc.toks) && j < k+4 && sc.word(j) && !sc.has(j, fStop|fNumber|fScale) && !strings.HasSuffix(sc.str(j), "ly") && !strings.HasSuffix(sc.str(j), "ing") {
		if atPlural && sc.plural(j) {
			if sc.word(j+1) && strings.HasSuffix(sc.str(j+1), "ly") && j > k {
				break // "trade passes annually": a verb
			}
			j++
			break
		}
		j++
	}
	return j
}

// nounPhrase returns the words of a short noun phrase at k ("GDP", "the
// vote"), or "".
func (sc *scanner) nounPhrase(k int, det, atPlural bool) string {
	if det && sc.has(k, fAnaphor) && sc.word(k+1) {
		if n := sc.nounEnd(k+1, atPlural); n > k+1 {
			return sc.text[sc.toks[k].Start:sc.toks[n-1].End]
		}
		return ""
	}
	if n := sc.nounEnd(k, atPlural); n > k {
		return sc.text[sc.toks[k].Start:sc.toks[n-1].End]
	}
	return ""
}

// moneyObject is what a sum pays for: "$5bn in military aid", "$2bn worth
// of arms", "a $240bn trade deal".
func (sc *scanner) moneyObject(s, e int) string {
	j := e
	if sc.is(j, "worth") && sc.is(j+1, "of") {
		return sc.nounPhrase(j+2, false, true)
	}
	if sc.is(j, "in") || sc.is(j, "of") {
		if sc.word(j+1) && !sc.toks[j+1].Upper {
			return sc.nounPhrase(j+1, false, true)
		}
		return ""
	}
	if (sc.is(s-1, "a") || sc.is(s-1, "an")) && sc.word(j) && !sc.toks[j].Upper {
		return sc.nounPhrase(j, false, false)
	}
	return ""
}
