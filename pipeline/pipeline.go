// Package pipeline runs the stages of axis over documents.
package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/axis-news/axis"
)

// Pipeline is an ordered list of stages. It is safe for concurrent use when
// its stages are.
type Pipeline struct {
	Stages []axis.Stage

	// Observe, when set, is called after each stage with the stage's name
	// and how long it took (axis bench adds these up per stage). It must be
	// safe for concurrent use when the pipeline is used concurrently.
	Observe func(stage string, took time.Duration)
}

// Process runs every stage over d, in order.
func (p *Pipeline) Process(ctx context.Context, d *axis.Document) error {
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		var t0 time.Time
		if p.Observe != nil {
			t0 = time.Now()
		}
		if err := s.Process(ctx, d); err != nil {
			return fmt.Errorf("%s stage: document=%s: %w", s.Name(), d.Meta.ID, err)
		}
		if p.Observe != nil {
			p.Observe(s.Name(), time.Since(t0))
		}
	}
	return nil
}
