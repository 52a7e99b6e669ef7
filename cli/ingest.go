package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/ingest"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/postgres"
	"github.com/axis-news/axis/reader"
	"github.com/axis-news/axis/sqlite"
)

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "ingest", "INPUT... (files, directories, feeds, JSON Lines, URLs; '-' reads standard input)")
	db := dbFlag(fs, env)
	workers := fs.Int("workers", 0, "pipeline workers (default: one per core)")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input accepted, in bytes")
	quiet := fs.Bool("quiet", false, "print no progress bar and no summary")
	queue := fs.String("queue", env.Getenv("AXIS_QUEUE"), "distributed ingest through NATS JetStream (nats://host:4222, default $AXIS_QUEUE):\nwith INPUTs, queue their documents; with --worker, store queued documents")
	worker := fs.Bool("worker", false, "with --queue: take documents from the queue and store them until it is empty")
	follow := fs.Bool("follow", false, "with --worker: keep waiting for new documents")
	var quoteData stringList
	fs.Var(&quoteData, "quote-data", "add a quote data file: cues*.txt, nouns*.txt, media*.txt, notnames*.txt or given*.txt; repeatable")
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if *worker && *queue == "" {
		fmt.Fprintln(env.Stderr, "axis ingest: --worker needs --queue")
		return ErrUsage
	}
	if *queue != "" && !*worker {
		if fs.NArg() == 0 {
			fs.Usage()
			return ErrUsage
		}
		n, err := ingest.Publish(ctx, ingest.Queue{URL: *queue}, fs.Args(), reader.Options{MaxBytes: *maxBytes, Stdin: env.Stdin, Log: env.Log})
		if !*quiet {
			fmt.Fprintf(env.Stderr, "axis ingest: %d documents sent to %s (copies sent within 10 minutes are dropped)\n", n, *queue)
		}
		return err
	}
	if fs.NArg() == 0 && !*worker {
		fs.Usage()
		return ErrUsage
	}
	store, where, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := pipeline.New(pipeline.Options{QuoteData: quoteData})
	if err != nil {
		return err
	}
	opts := ingest.Options{
		Workers: *workers,
		Reader:  reader.Options{MaxBytes: *maxBytes, Stdin: env.Stdin, Log: env.Log},
		Errors:  env.Stderr,
		Log:     env.Log,
	}
	if !*quiet && isTerminal(env.Stderr) {
		opts.Progress = env.Stderr
	}
	var sum *ingest.Summary
	if *worker {
		sum, err = ingest.Consume(ctx, store, p, ingest.Queue{URL: *queue, Follow: *follow}, opts)
	} else {
		sum, err = ingest.Run(ctx, store, p, fs.Args(), opts)
	}
	if sum == nil {
		return err
	}
	if !*quiet {
		fmt.Fprintf(env.Stderr, "axis ingest: %s into %s\n", sum, where)
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return ErrPartial
	}
	return nil
}

// dbFlag adds --db, whose default is $AXIS_DB or the default SQLite file.
func dbFlag(fs *flag.FlagSet, env *Env) *string {
	def := env.Getenv("AXIS_DB")
	if def == "" {
		def = defaultDBPath(env)
	}
	return fs.String("db", def, "the store: an SQLite file, or a postgres:// URL for PostgreSQL\n(default $AXIS_DB, else $XDG_DATA_HOME/axis/axis.db or ~/.local/share/axis/axis.db)")
}

// defaultDBPath is $XDG_DATA_HOME/axis/axis.db, else
// ~/.local/share/axis/axis.db, else axis.db in the working directory.
func defaultDBPath(env *Env) string {
	if x := env.Getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "axis", "axis.db")
	}
	home := env.Getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	if home == "" {
		return "axis.db"
	}
	return filepath.Join(home, ".local", "share", "axis", "axis.db")
}

// openStore opens the store spec names: a postgres:// or postgresql:// URL,
// or an SQLite file path (optionally prefixed sqlite:). It returns the
// store and how to name it to the user.
func openStore(ctx context.Context, env *Env, spec string) (axis.Store, string, error) {
	spec = strings.TrimSpace(spec)
	switch {
	case spec == "":
		return nil, "", axis.Errorf(axis.EINVALID, "no database given (--db or AXIS_DB)")
	case strings.HasPrefix(spec, "postgres://"), strings.HasPrefix(spec, "postgresql://"):
		db := postgres.NewDB(spec)
		if err := db.Open(ctx); err != nil {
			return nil, "", err
		}
		return db, "PostgreSQL", nil
	}
	path := strings.TrimPrefix(spec, "sqlite:")
	db := sqlite.NewDB(path)
	if err := db.Open(ctx); err != nil {
		return nil, "", err
	}
	return db, path, nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
