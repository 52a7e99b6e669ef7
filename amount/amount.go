// Package amount finds amounts: money with its currency and scale ("$240bn"
// is 2.4e11 USD, "580 million shillings", "Rs 100 crore"), counts with the
// thing counted ("11,000 containers of munitions", "dozens of ballistic
// missiles"), percentages ("5 per cent") and measures ("1,000km", "600
// mile").
//
// Each amount's Text is the number with its unit ("11,000 containers"); the
// approximator ("over", "about") stays outside the text and sets Approximate,
// as vague plurals do ("dozens" is 24, "thousands" 2,000). Unit is an ISO
// 4217 code, "percent", a measure (km, mi, t...), "votes", or for a count
// the counted noun; Object is what is counted or paid for.
//
// Not amounts: dates and durations (the temporal stage's Dates are skipped,
// and a bare 1900-2099 number is taken for a year), times of day, ordinals,
// numbers inside names (F-16, G7), list numbers and phone numbers, and
// number words that refer back ("the two countries").
//
// The words it knows are in data/units.tsv, embedded; users add their own
// files with NewWithFiles. Matching is a single pass over the words of each
// sentence with table look-ups: no regular expressions.
package amount

import (
	"context"
	"fmt"
	"sync"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "amount"

// Stage is the amount stage. It is safe for concurrent use.
type Stage struct {
	lx  *Lexicon
	err error
}

var (
	defaultOnce sync.Once
	defaultLx   *Lexicon
	defaultErr  error
)

// New returns the amount stage with the embedded lexicon.
func New() *Stage {
	defaultOnce.Do(func() { defaultLx, defaultErr = DefaultLexicon() })
	return &Stage{lx: defaultLx, err: defaultErr}
}

// NewWithFiles returns the amount stage with the embedded lexicon and the
// entries of the given files added (format of data/units.tsv).
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

// Process implements axis.Stage: it sets d.Amounts, in text order, skipping
// the spans of d.Dates.
func (s *Stage) Process(ctx context.Context, d *axis.Document) error {
	if s.err != nil {
		return fmt.Errorf("amount stage: %w", s.err)
	}
	d.Amounts = s.Find(d.Text, d.Sentences, d.Dates)
	return nil
}

// scanners keeps the token buffers of finished scans for the next document.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// release clears the references of a scan and returns it to the pool.
func (sc *scanner) release() {
	clear(sc.out) // the texts of the document
	*sc = scanner{toks: sc.toks[:0], ents: sc.ents[:0], out: sc.out[:0]}
	scanners.Put(sc)
}

// result returns a copy of the amounts found, of exactly their number: out
// grows as a scan goes and stays with the scanner.
func (sc *scanner) result() []axis.Amount {
	out := make([]axis.Amount, len(sc.out))
	copy(out, sc.out)
	return out
}

// Find returns the amounts of text, scanning each sentence (the whole text
// when sentences is empty). dates, in text order, are spans that hold no
// amount.
func (s *Stage) Find(text string, sentences []axis.Sentence, dates []axis.Date) []axis.Amount {
	return s.find(text, sentences, dates, true)
}

// find is Find; with filter unset it scans every sentence, even those
// that mayHold rules out (for tests).
func (s *Stage) find(text string, sentences []axis.Sentence, dates []axis.Date, filter bool) []axis.Amount {
	sc := scanners.Get().(*scanner)
	defer sc.release()
	sc.lx, sc.text, sc.dates, sc.di, sc.out = s.lx, text, dates, 0, sc.out[:0]
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
