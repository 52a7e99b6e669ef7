// Package pipeline runs the stages of axis over documents.
package pipeline

import (
	"context"
	"fmt"

	"github.com/axis-news/axis"
)

// Pipeline is an ordered list of stages. It is safe for concurrent use when
// its stages are.
type Pipeline struct {
	Stages []axis.Stage
}

// Process runs every stage over d, in order.
func (p *Pipeline) Process(ctx context.Context, d *axis.Document) error {
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, d); err != nil {
			return fmt.Errorf("%s stage: document=%s: %w", s.Name(), d.Meta.ID, err)
		}
	}
	return nil
}
