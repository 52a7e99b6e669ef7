package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/event"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// runExplain shows, sentence by sentence, the actors found, the event
// patterns that matched (or nearly did) and the events coded.
func runExplain(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "explain", "INPUT... ('-' reads standard input)")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input accepted, in bytes")
	var patterns stringList
	fs.Var(&patterns, "patterns", "an extra event pattern file (repeatable)")
	var quoteData stringList
	fs.Var(&quoteData, "quote-data", "an extra quote data file: cues*.txt, nouns*.txt, media*.txt, notnames*.txt or given*.txt (repeatable)")
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
	p, err := pipeline.New(pipeline.Options{NoEvents: true, QuoteData: quoteData})
	if err != nil {
		return err
	}
	st, err := event.NewWithFiles(patterns...)
	if err != nil {
		fmt.Fprintf(env.Stderr, "axis explain: %s\n", Message(err))
		return ErrUsage
	}
	opts := reader.Options{MaxBytes: *maxBytes, Stdin: env.Stdin}
	return processInputs(ctx, env, "explain", fs.Args(), opts, p, func(d *axis.Document) error {
		tr, err := st.Code(ctx, d, true)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "# %s %s\n", d.Meta.ID, d.Meta.Date)
		return event.WriteExplain(env.Stdout, tr)
	})
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string { return fmt.Sprint([]string(*l)) }

func (l *stringList) Set(s string) error {
	*l = append(*l, s)
	return nil
}
