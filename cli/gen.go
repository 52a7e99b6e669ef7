package cli

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/axis-news/axis/gen"
)

// about makes the usage of a command that takes only flags print
// "Usage: axis NAME [flags]", then text, then the flags.
func about(fs *flag.FlagSet, env *Env, name, text string) {
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: axis %s [flags]\n\n%s\n", name, text)
		fs.PrintDefaults()
	}
}

func runGen(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "gen", "")
	about(fs, env, "gen", "Writes synthetic articles with known events as JSON Lines (url, source, title, date, text),\nfor benchmarks and tests: axis gen -n 10000 -o corpus.jsonl && axis ingest corpus.jsonl")
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Int64("seed", 1, "random seed: the same seed gives the same corpus")
	start := fs.String("start", "2024-01-01", "first article date")
	days := fs.Int("days", 365, "days the articles are spread over")
	synd := fs.Float64("syndicated", 0.05, "share of articles that are copies of an earlier one from another outlet")
	same := fs.Float64("same-happening", 0.15, "share of articles reporting an earlier article's happening in new words")
	output := fs.String("o", "", "write to this file instead of standard output")
	truth := fs.String("truth", "", "write the known events (TSV) to this file")
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 || *n < 0 {
		fs.Usage()
		return ErrUsage
	}
	if *synd == 0 {
		*synd = -1
	}
	if *same == 0 {
		*same = -1
	}
	g, err := gen.New(gen.Options{Seed: *seed, Start: *start, Days: *days, Syndicated: *synd, SameHappening: *same})
	if err != nil {
		return err
	}
	var w io.Writer = env.Stdout
	if *output != "" {
		f, err := os.Create(*output)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	var tw *bufio.Writer
	if *truth != "" {
		f, err := os.Create(*truth)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		defer f.Close()
		tw = bufio.NewWriter(f)
	}
	var tww io.Writer
	if tw != nil {
		tww = tw
	}
	if err := g.WriteJSONL(bw, tww, *n); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return ctx.Err()
}
