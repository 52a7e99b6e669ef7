// Package temporal finds temporal expressions and resolves them against the
// document date: absolute dates ("June 26, 2024", "26 June 2024",
// "2024-06-26"), years and decades ("in 2000", "the 1990s"), months
// ("February 2022", "last September"), weekdays ("on Wednesday"), relative
// days, weeks, months and years ("yesterday", "last month", "earlier this
// year"), durations ("nearly 80 years" is P80Y) and durations tied to another
// date ("two years ago", "eight years later", "two months after ...").
//
// The words it knows (month and weekday names, number words, units, cue
// words) are in data/lexicon.tsv, embedded; users add their own files with
// NewWithFiles. Matching is a single pass over the words of each sentence
// with a table look-up per word: no regular expressions.
//
// Resolution rules, relative to the document date D:
//   - a weekday without last/next is the latest such day on or before D
//     (D itself when D is that weekday), or the earliest on or after D when a
//     future cue (will, scheduled, due...) comes shortly before it;
//   - a month without a year likewise (the latest on or before D's month),
//     "last September" the latest strictly before D's month, "next" the
//     earliest strictly after;
//   - a day without a year ("June 19", "24 June") the one nearest to D;
//   - a week ("last week") has no precision in axis/v1: it is given as the
//     month holding its Thursday;
//   - "N units after/before ..." is counted from the first date that follows
//     in the same clause, "N units later/earlier" from the closest date
//     before it in the sentence; without one the value is "".
//
// Expressions that cannot be resolved (no document date, no anchor, "in
// recent months") keep their text with Value "".
package temporal

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "temporal"

// Stage is the temporal stage. It is safe for concurrent use.
type Stage struct {
	lx  *Lexicon
	err error
}

var (
	defaultOnce sync.Once
	defaultLx   *Lexicon
	defaultErr  error
)

func defaultLexicon() (*Lexicon, error) {
	defaultOnce.Do(func() { defaultLx, defaultErr = DefaultLexicon() })
	return defaultLx, defaultErr
}

// New returns the temporal stage with the embedded lexicon.
func New() *Stage {
	lx, err := defaultLexicon()
	return &Stage{lx: lx, err: err}
}

// NewWithFiles returns the temporal stage with the embedded lexicon and the
// entries of the given files added (format of data/lexicon.tsv).
func NewWithFiles(paths ...string) (*Stage, error) {
	lx, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		if err := lx.LoadFile(p); err != nil {
			return nil, err
		}
	}
	return &Stage{lx: lx}, nil
}

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage: it sets d.Dates, in text order.
func (s *Stage) Process(ctx context.Context, d *axis.Document) error {
	if s.err != nil {
		return fmt.Errorf("temporal stage: %w", s.err)
	}
	d.Dates = s.Find(d.Text, d.Sentences, d.Meta.Date)
	return nil
}

// scanners keeps the token buffers of finished scans for the next document.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// release clears the references of a scan and returns it to the pool.
func (sc *scanner) release() {
	clear(sc.out) // the texts of the document
	*sc = scanner{toks: sc.toks[:0], ents: sc.ents[:0], pend: sc.pend[:0], out: sc.out[:0]}
	scanners.Put(sc)
}

// result returns a copy of the dates found, of exactly their number: out
// grows as a scan goes and stays with the scanner.
func (sc *scanner) result() []axis.Date {
	out := make([]axis.Date, len(sc.out))
	copy(out, sc.out)
	return out
}

// Find returns the temporal expressions of text, scanning each sentence
// (the whole text when sentences is empty) and resolving against docDate
// (YYYY-MM-DD, or "" when unknown).
func (s *Stage) Find(text string, sentences []axis.Sentence, docDate string) []axis.Date {
	return s.find(text, sentences, docDate, true)
}

// find is Find; with filter unset it scans every sentence, even those
// that mayHold rules out (for tests).
func (s *Stage) find(text string, sentences []axis.Sentence, docDate string, filter bool) []axis.Date {
	sc := scanners.Get().(*scanner)
	defer sc.release()
	sc.lx, sc.text, sc.out = s.lx, text, sc.out[:0]
	sc.ref, sc.hasRef = ParseDate(docDate)
	if len(sentences) == 0 {
		sc.scan(0, len(text))
		return sc.result()
	}
	last := 0
	for _, st := range sentences {
		start, end := max(st.Start, last), min(st.End, len(text))
		if start >= end {
			continue
		}
		if !filter || s.lx.mayHold(text, start, end) {
			sc.scan(start, end)
		}
		last = end
	}
	return sc.result()
}

// InSpan returns the dates of d that lie within text[start:end]. d.Dates must
// be in text order, as Process leaves them.
func InSpan(d *axis.Document, start, end int) []axis.Date {
	i := sort.Search(len(d.Dates), func(i int) bool { return d.Dates[i].Start >= start })
	j := i
	for j < len(d.Dates) && d.Dates[j].End <= end {
		j++
	}
	return d.Dates[i:j:j]
}

// InSentence returns the dates of sentence i of d.
func InSentence(d *axis.Document, i int) []axis.Date {
	if i < 0 || i >= len(d.Sentences) {
		return nil
	}
	return InSpan(d, d.Sentences[i].Start, d.Sentences[i].End)
}

// When returns the date an event reported in sentence i most likely happened
// on: the most precise resolved date of the sentence that is not a duration
// (the first of equals), or false when the sentence has none.
func When(d *axis.Document, i int) (axis.Date, bool) {
	best, found, bestRank := axis.Date{}, false, 99
	for _, dt := range InSentence(d, i) {
		if dt.Value == "" {
			continue
		}
		r := rank(dt.Precision)
		if r < bestRank {
			best, found, bestRank = dt, true, r
		}
	}
	return best, found
}

func rank(prec string) int {
	switch prec {
	case axis.PrecisionDay:
		return 0
	case axis.PrecisionMonth:
		return 1
	case axis.PrecisionYear:
		return 2
	case axis.PrecisionDecade:
		return 3
	}
	return 99
}
