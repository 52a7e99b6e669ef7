package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/ingest"
	"github.com/axis-news/axis/pipeline"
)

func runReprocess(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "reprocess", "")
	about(fs, env, "reprocess", "Re-extracts stored documents with this axis, in place: document IDs and sources are kept.")
	db := dbFlag(fs, env)
	workers := fs.Int("workers", 0, "pipeline workers (default: one per core)")
	id := fs.Int64("id", 0, "reprocess only this document")
	var from, to opt
	fs.Var(&from, "from", "only documents dated from this date: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.Var(&to, "to", "only documents dated up to this date: YYYY, YYYY-MM or YYYY-MM-DD")
	quiet := fs.Bool("quiet", false, "print no progress bar and no summary")
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return ErrUsage
	}
	if *id < 0 {
		return axis.Errorf(axis.EINVALID, "--id %d: want a document ID", *id)
	}
	if err := checkFilters(from.v, to.v, nil, nil); err != nil {
		return err
	}
	store, where, err := openExistingStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if *id > 0 {
		if _, err := store.FindDocumentByID(ctx, *id); err != nil {
			return fmt.Errorf("reprocess document %d: %w", *id, err)
		}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	f := axis.DocumentFilter{From: from.v, To: to.v}
	if *id > 0 {
		f.ID = id
	}
	opts := ingest.Options{Workers: *workers, Errors: env.Stderr, Log: env.Log}
	if !*quiet && isTerminal(env.Stderr) {
		opts.Progress = env.Stderr
	}
	sum, err := ingest.Reprocess(ctx, store, p, f, opts)
	if !*quiet {
		fmt.Fprintf(env.Stderr, "axis reprocess: %d documents re-extracted in %s, %d failed; %d events, %d quotes, %d entities in %s\n",
			sum.New, sum.Elapsed.Round(1e6), sum.Failed, sum.Events, sum.Quotes, sum.Entities, where)
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return ErrPartial
	}
	return nil
}
