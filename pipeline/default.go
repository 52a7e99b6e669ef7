package pipeline

import (
	"github.com/axis-news/axis"
	"github.com/axis-news/axis/amount"
	"github.com/axis-news/axis/entity"
	"github.com/axis-news/axis/event"
	"github.com/axis-news/axis/quote"
	"github.com/axis-news/axis/segment"
	"github.com/axis-news/axis/temporal"
)

// Options switch stages off, so tests and commands can isolate one.
type Options struct {
	NoDates, NoAmounts, NoEntities, NoQuotes, NoEvents bool
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
		stages = append(stages, entity.New())
	}
	if !opts.NoQuotes {
		stages = append(stages, quote.New())
	}
	if !opts.NoEvents {
		stages = append(stages, event.New())
	}
	return &Pipeline{Stages: stages}, nil
}
