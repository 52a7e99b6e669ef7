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
// Scare quotes and titles stay out: a quotation after "so-called", a
// capitalised name or title (“Project 2025”) unless a verb of naming
// governs it in the active voice ("he called Harris “Comrade Kamala”"), a
// quoted label before its noun (the “blue wall” states).
//
// The speaker is the subject of the cue ("X said", "said X", "X, a
// professor at Y, told", "according to X", "X's claims that"), resolved to
// an entity of the document: a name through the mention it overlaps (or
// its fuller earlier form), a name in apposition to a role ("the
// spokesperson, Ammar Moussa"), a pronoun to the subject or quoted speaker
// of the nearest sentence before of the right gender (given names in
// data/given.txt, Mr/Ms, spokeswoman; "he added" goes on from the last
// speaker), a role ("the spokesman", "the former president") to the
// phrase that introduced it with the same office, an institution ("the
// agency", "the group") to the organisation named just before. Within a
// reported clause whose own subject is no one named ("Peskov said
// European leaders accused Russia “every day”") the reporting speaker
// speaks. A quotation without attribution continues the previous speaker.
//
// A name in apposition to a role, past ranks and titles ("a spokesman for
// the Ministry of Defence, Lt Col Ana Ruiz"), is the person "the
// spokesman" refers to later; the quotation carries that role and
// organisation when the person's entity has none. A document that is the
// subject of a cue ("the declaration says") speaks for the named subject
// that issued it, else for the organisation the story is about, else for
// itself. A passive cue takes its agent ("was called “a success” by the
// hosts"). A paragraph that opens a quotation without closing it goes on
// in the next paragraph that begins with a quote mark, and the speaker
// named at the end of the run speaks the whole of it, unless an earlier
// part has an attribution of its own.
//
// Users add cue, noun, medium, non-name and given-name files with
// NewWithFiles (pipeline.Options.QuoteData, --quote-data on the
// commands).
//
// The cue words, speaker nouns, media and given names live in
// data/*.txt, embedded and compiled once into maps; see Lexicon.
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
	if d.Quotes == nil {
		d.Quotes = []axis.Quote{}
	}
	w := newWork(s.lx, d)
	w.run() // appends to d.Quotes
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
