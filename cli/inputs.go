package cli

import (
	"context"
	"fmt"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// processInputs reads every input, runs p over each document found and
// hands it to fn. A failed input is reported on standard error, prefixed by
// the command's name, and the others are still processed; ErrPartial is
// returned if any failed.
func processInputs(ctx context.Context, env *Env, cmd string, inputs []string, opts reader.Options,
	p *pipeline.Pipeline, fn func(*axis.Document) error) error {
	failed := 0
	for _, in := range inputs {
		err := reader.Read(ctx, in, opts, func(d *axis.Document) error {
			if err := p.Process(ctx, d); err != nil {
				return err
			}
			return fn(d)
		})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			fmt.Fprintf(env.Stderr, "axis %s: %s\n", cmd, Message(err))
		}
	}
	if failed > 0 {
		return ErrPartial
	}
	return nil
}
