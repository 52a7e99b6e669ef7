package cli

import (
	"context"
	"fmt"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// processInputs reads every input, runs p over each document found and
// hands it to out. An input that cannot be read, or a document a stage
// fails on, is reported on standard error, prefixed by the command's name,
// and the rest are still processed; ErrPartial is returned if any failed.
// An error from out (writing the result) stops everything.
func processInputs(ctx context.Context, env *Env, cmd string, inputs []string, opts reader.Options,
	p *pipeline.Pipeline, out func(*axis.Document) error) error {
	failed := 0
	var outErr error
	for _, in := range inputs {
		err := reader.Read(ctx, in, opts, func(d *axis.Document) error {
			if err := p.Process(ctx, d); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				// One document failing a stage does not stop the others.
				failed++
				fmt.Fprintf(env.Stderr, "axis %s: %s: %s\n", cmd, d.Meta.ID, Message(err))
				return nil
			}
			outErr = out(d)
			return outErr
		})
		if outErr != nil {
			return outErr
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			for _, e := range splitErrors(err) {
				failed++
				fmt.Fprintf(env.Stderr, "axis %s: %s\n", cmd, Message(e))
			}
		}
	}
	if failed > 0 {
		return ErrPartial
	}
	return nil
}
