package pipeline

import (
	"github.com/axis-news/axis"
	"github.com/axis-news/axis/amount"
	"github.com/axis-news/axis/entity"
	"github.com/axis-news/axis/event"
	"github.com/axis-news/axis/kb"
	"github.com/axis-news/axis/quote"
	"github.com/axis-news/axis/segment"
	"github.com/axis-news/axis/temporal"
)

// Options switch stages off, so tests and commands can isolate one.
type Options struct {
	NoDates, NoAmounts, NoEntities, NoQuotes, NoEvents bool
	// Actors are users' actor files (kb/data formats or PETRARCH/TABARI
	// dictionaries) added to the embedded knowledge base.
	Actors []string
	// QuoteData are users' quote data files (cues*.txt, nouns*.txt,
	// media*.txt, notnames*.txt, given*.txt; see quote.Lexicon.Load) added
	// to the embedded ones. A malformed file is an error with file:line.
	QuoteData []string
}

// New returns the default pipeline: the only place that lists the stages.
func New(opts Options) (*Pipeline, error) {
	stages := []axis.Stage{segment.New()}
	if !opts.NoDates {
		stages = append(stages, temporal.New())
	}
	if !opts.NoAmounts {
		stages = append(stages, amount.New())
	}
	if !opts.NoEntities {
		k, err := knowledgeBase(opts.Actors)
		if err != nil {
			return nil, err
		}
		es, err := entity.New(k)
		if err != nil {
			return nil, err
		}
		stages = append(stages, es)
	}
	if !opts.NoQuotes {
		qs, err := quote.NewWithFiles(opts.QuoteData...)
		if err != nil {
			return nil, err
		}
		stages = append(stages, qs)
	}
	if !opts.NoEvents {
		stages = append(stages, event.New())
	}
	return &Pipeline{Stages: stages}, nil
}

// knowledgeBase is the embedded knowledge base with the users' actor files
// added.
func knowledgeBase(files []string) (*kb.KB, error) {
	k, err := kb.Default()
	if err != nil || len(files) == 0 {
		return k, err
	}
	k = k.Clone()
	for _, f := range files {
		if err := k.LoadFile(f); err != nil {
			return nil, err
		}
	}
	return k, nil
}
