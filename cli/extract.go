package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "INPUT... ('-' reads standard input)")
	asJSON := fs.Bool("json", false, "print one axis/v1 JSON object per document (JSON Lines)")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input accepted, in bytes")
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ErrUsage
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	opts := reader.Options{MaxBytes: *maxBytes, Stdin: env.Stdin}
	failed := 0
	for _, in := range fs.Args() {
		err := reader.Read(ctx, in, opts, func(d *axis.Document) error {
			if err := p.Process(ctx, d); err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(env.Stdout, d)
			}
			return writeSummary(env.Stdout, d)
		})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			fmt.Fprintf(env.Stderr, "axis extract: %s\n", Message(err))
		}
	}
	if failed > 0 {
		return ErrPartial
	}
	return nil
}

// Message is the message to show for err: an application error's own
// message, otherwise the wrapped chain (which names the input).
func Message(err error) string {
	var e *axis.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}

func writeJSON(w io.Writer, d *axis.Document) error {
	b, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode %s: %w", d.Meta.ID, err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func writeSummary(w io.Writer, d *axis.Document) error {
	fmt.Fprintf(w, "%s\n  title:     %s\n  date:      %s\n", d.Meta.ID, d.Meta.Title, d.Meta.Date)
	if d.Meta.Byline != "" {
		fmt.Fprintf(w, "  byline:    %s\n", d.Meta.Byline)
	}
	fmt.Fprintf(w, "  sentences: %d\n", len(d.Sentences))
	for _, e := range d.Entities {
		fmt.Fprintf(w, "  entity:    %-12s %s %s\n", e.Kind, e.Name, e.Country)
	}
	for _, q := range d.Quotes {
		fmt.Fprintf(w, "  quote:     %s: %q\n", q.SpeakerName, q.Text)
	}
	for _, e := range d.Events {
		fmt.Fprintf(w, "  event:     %s %s %s (%s) %s\n", e.Source.Country, e.PLOVER, e.Target.Country, e.CAMEO, e.Date)
	}
	for _, t := range d.Dates {
		fmt.Fprintf(w, "  date:      %q = %s (%s)\n", t.Text, t.Value, t.Precision)
	}
	for _, a := range d.Amounts {
		fmt.Fprintf(w, "  amount:    %q = %g %s %s\n", a.Text, a.Value, a.Unit, a.Object)
	}
	_, err := fmt.Fprintln(w)
	return err
}
