package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/event"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "INPUT... (files, directories, http(s) URLs; '-' reads standard input)")
	asJSON := fs.Bool("json", false, "print one axis/v1 JSON object per document (JSON Lines)")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input accepted, in bytes (for JSON Lines: largest line)")
	format := fs.String("format", "auto", "input format: auto, text, markdown, html, feed or jsonl")
	timeout := fs.Duration("timeout", reader.DefaultTimeout, "time limit for fetching one URL")
	var actors []string
	fs.Func("actors", "add an actor file (kb/data format or PETRARCH/TABARI dictionary); repeatable",
		func(s string) error { actors = append(actors, s); return nil })
	var quoteData stringList
	fs.Var(&quoteData, "quote-data", "add a quote data file: cues*.txt, nouns*.txt, media*.txt, notnames*.txt or given*.txt; repeatable")
	var patterns []string
	fs.Func("patterns", "add an event pattern file (format in event/pattern.go); repeatable",
		func(s string) error { patterns = append(patterns, s); return nil })
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
	f, ok := reader.FormatByName(*format)
	if !ok {
		fmt.Fprintf(env.Stderr, "axis extract: unknown format %q\n", *format)
		return ErrUsage
	}
	p, err := pipeline.New(pipeline.Options{Actors: actors, QuoteData: quoteData})
	if err != nil {
		return err
	}
	if err := usePatterns(p, patterns); err != nil {
		fmt.Fprintf(env.Stderr, "axis extract: %s\n", Message(err))
		return ErrUsage
	}
	opts := reader.Options{MaxBytes: *maxBytes, Stdin: env.Stdin, Format: f, Timeout: *timeout, Log: env.Log}
	return processInputs(ctx, env, "extract", fs.Args(), opts, p, func(d *axis.Document) error {
		if *asJSON {
			return writeJSON(env.Stdout, d)
		}
		return writeSummary(env.Stdout, d)
	})
}

// splitErrors returns the errors joined in err (errors.Join), flattened,
// or err alone.
func splitErrors(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, splitErrors(e)...)
	}
	return out
}

// Message is the message to show for err: an application error's own
// message, otherwise the wrapped chain (which names the input). Joined
// errors give one line each.
func Message(err error) string {
	errs := splitErrors(err)
	if len(errs) > 1 {
		msgs := make([]string, len(errs))
		for i, e := range errs {
			msgs[i] = Message(e)
		}
		return strings.Join(msgs, "\n")
	}
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

// usePatterns replaces the pipeline's event stage by one that also has the
// users' pattern files.
func usePatterns(p *pipeline.Pipeline, files []string) error {
	if len(files) == 0 {
		return nil
	}
	st, err := event.NewWithFiles(files...)
	if err != nil {
		return err
	}
	for i, s := range p.Stages {
		if s.Name() == event.Name {
			p.Stages[i] = st
		}
	}
	return nil
}
