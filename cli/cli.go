// Package cli holds the subcommands of the axis command. cmd/axis only sets
// up signals and calls Run, so every command can be tested in process.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
)

// Env is what a command may touch of the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Log            *slog.Logger
}

// DefaultEnv is the process's environment.
func DefaultEnv() *Env {
	return &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
}

// Command is one subcommand.
type Command struct {
	Summary string
	Run     func(ctx context.Context, env *Env, args []string) error
}

// commands is the table of subcommands; each lives in its own file.
var commands = map[string]Command{
	"extract":   {"extract structured data from articles (axis/v1)", runExtract},
	"bench":     {"measure the pipeline's speed on one core (MB/s, articles/s)", runBench},
	"ingest":    {"extract articles and store them (SQLite by default, or PostgreSQL)", runIngest},
	"query":     {"query stored events, quotes and documents", runQuery},
	"export":    {"export stored events (GDELT 2.0 TSV, CSV) or documents (JSON Lines)", runExport},
	"reprocess": {"re-extract stored documents in place, keeping their IDs", runReprocess},
	"gen":       {"write synthetic articles with known events, for benchmarks", runGen},
	"demo":      {"ingest a small built-in sample and show what axis makes of it", runDemo},
	"quotes":    {"list the quotations of articles with their speakers, roles and cues", runQuotes},
	"relations": {"a dyad's relation over time: quad classes, PLOVER types, Goldstein, net cooperation", runRelations},
	"blocs":     {"the alignment graph of stored events, its blocs, rivalries and drift", runBlocs},
	"explain":   {"show why events were (or were not) coded, sentence by sentence", runExplain},
}

// ErrUsage is returned for bad command lines; the usage has been printed.
var ErrUsage = errors.New("usage")

// ErrPartial means some inputs failed while others were processed; the
// failures have been reported.
var ErrPartial = errors.New("some inputs failed")

// Run runs the command line args (without the program name).
func Run(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return ErrUsage
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "axis: unknown command %q\n", args[0])
		usage(env.Stderr)
		return ErrUsage
	}
	return c.Run(ctx, env, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "axis turns news into structured data about how states and leaders relate.")
	fmt.Fprintln(w, "\nUsage: axis COMMAND [flags] ...\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(w, "\nRun 'axis COMMAND -h' for a command's flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(env *Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: axis %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping -h and flag errors to ErrUsage/nil.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return ErrUsage
	}
	return nil
}

var errHelp = errors.New("help")
