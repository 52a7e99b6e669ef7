// Package quote finds direct quotations and their speakers.
//
// The stage pairs quotation marks of every style (“ ” ‘ ’ « » „ and
// straight ' and ") paragraph by paragraph, telling apostrophes from marks
// by their neighbours, then decides for each quoted stretch whether it is
// a quotation: a stretch that opens its sentence is one; a stretch inside
// a sentence (a partial quote) is one only when a speech cue governs it
// ("described the deal as an “alliance”", "the deal was a “breakthrough
// document”, Putin said"), which keeps scare quotes and titles out.
//
// The speaker is the subject of the cue ("X said", "said X", "X, a
// professor at Y, told"), resolved to an entity of the document: a name
// through the mention it overlaps, a pronoun to the last compatible
// speaker or person, a role ("the spokesman") or institution ("the
// declaration") to the phrase that introduced it. A quotation without
// attribution continues the previous speaker.
//
// The cue words, speaker nouns and media live in data/*.txt, embedded and
// compiled once into maps; see Lexicon.
package quote

import (
	"context"
	"fmt"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "quote"

// Stage is the quote stage. It is safe for concurrent use.
type Stage struct {
	lx  *Lexicon
	err error
}

// New returns the quote stage with the embedded data.
func New() *Stage {
	lx, err := DefaultLexicon()
	return &Stage{lx: lx, err: err}
}

// NewWithLexicon returns the quote stage with lexicon lx (for instance the
// embedded data plus a user's files loaded with Lexicon.LoadFile).
func NewWithLexicon(lx *Lexicon) *Stage { return &Stage{lx: lx} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage: it appends the document's quotations to
// d.Quotes.
func (s *Stage) Process(ctx context.Context, d *axis.Document) error {
	if s.err != nil {
		return fmt.Errorf("quote data: %w", s.err)
	}
	if d.Text == "" {
		return nil
	}
	w := newWork(s.lx, d)
	w.run()
	if d.Quotes == nil {
		d.Quotes = []axis.Quote{}
	}
	d.Quotes = append(d.Quotes, w.out...)
	w.release()
	return nil
}

// NewWithFiles returns the quote stage with the embedded data plus the
// user's data files (cues*.txt, nouns*.txt, media*.txt, notnames*.txt, given*.txt; see
// Lexicon.Load). A malformed file is reported as file:line.
func NewWithFiles(paths ...string) (*Stage, error) {
	base, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return NewWithLexicon(base), nil
	}
	lx := base.Clone()
	for _, p := range paths {
		if err := lx.LoadFile(p); err != nil {
			return nil, err
		}
	}
	return NewWithLexicon(lx), nil
}
