package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// runQuotes lists the quotations of articles with their speakers.
func runQuotes(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "quotes", "INPUT... ('-' reads standard input)")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input accepted, in bytes")
	var data stringList
	fs.Var(&data, "quote-data", "an extra quote data file: cues*.txt, nouns*.txt, media*.txt, notnames*.txt or given*.txt (repeatable)")
	fs.Var(&data, "data", "the same as --quote-data")
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
	p, err := pipeline.New(pipeline.Options{NoEvents: true, QuoteData: data})
	if err != nil {
		fmt.Fprintf(env.Stderr, "axis quotes: %s\n", Message(err))
		return ErrUsage
	}
	opts := reader.Options{MaxBytes: *maxBytes, Stdin: env.Stdin}
	return processInputs(ctx, env, "quotes", fs.Args(), opts, p, func(d *axis.Document) error {
		return writeQuotes(env.Stdout, d)
	})
}

// writeQuotes prints one block per quotation: the speaker with role,
// affiliation and country, the cue and medium, and the words.
func writeQuotes(w io.Writer, d *axis.Document) error {
	fmt.Fprintf(w, "# %s %s %s\n", d.Meta.ID, d.Meta.Date, d.Meta.Title)
	for _, q := range d.Quotes {
		who := q.SpeakerName
		if who == "" {
			who = "(unknown)"
		}
		var about []string
		for _, s := range []string{q.Role, q.Affiliation, q.Country} {
			if s != "" {
				about = append(about, s)
			}
		}
		if len(about) > 0 {
			who += " (" + strings.Join(about, ", ") + ")"
		}
		how := q.Cue
		if q.Medium != "" {
			how += " [" + q.Medium + "]"
		}
		if how == "" {
			how = "-"
		}
		fmt.Fprintf(w, "%s\n  %s: “%s”\n", who, how, q.Text)
	}
	_, err := fmt.Fprintln(w)
	return err
}
