package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/cputime"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// runBench measures the pipeline on one core: the inputs are read into
// memory first, then parsed and processed repeatedly for at least -time.
func runBench(ctx context.Context, env *Env, args []string) error {
	flags := newFlagSet(env, "bench", "DIR|FILE...")
	minTime := flags.Duration("time", 2*time.Second, "measure for at least this long")
	upto := flags.String("upto", "", "run the stages up to and including this one (segment, temporal, amount, entity, quote, event)")
	if err := parseFlags(flags, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return ErrUsage
	}
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	for _, arg := range flags.Args() {
		err := filepath.WalkDir(arg, func(p string, de fs.DirEntry, err error) error {
			if err != nil || de.IsDir() {
				return err
			}
			if isGold(p) {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			inputs = append(inputs, input{p, b})
			return nil
		})
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	if *upto != "" {
		n := slices.IndexFunc(p.Stages, func(s axis.Stage) bool { return s.Name() == *upto })
		if n < 0 {
			return axis.Errorf(axis.EINVALID, "bench: no stage %q", *upto)
		}
		p.Stages = p.Stages[:n+1]
	}
	per := map[string]time.Duration{}
	p.Observe = func(stage string, took time.Duration) { per[stage] += took }
	var bytes, docs, failed int
	cpu0 := cputime.Used()
	start := time.Now()
	for rounds := 0; rounds == 0 || time.Since(start) < *minTime; rounds++ {
		for _, in := range inputs {
			if err := ctx.Err(); err != nil {
				return err
			}
			t0 := time.Now()
			ds, err := reader.Parse(in.name, in.data)
			per["read"] += time.Since(t0)
			if err != nil {
				if rounds == 0 {
					failed++
				}
				continue
			}
			bytes += len(in.data)
			for _, d := range ds {
				if err := p.Process(ctx, d); err != nil {
					return err
				}
				docs++
			}
		}
	}
	el := time.Since(start).Seconds()
	cpu := (cputime.Used() - cpu0).Seconds()
	fmt.Fprintf(env.Stdout, "inputs %d (%d unreadable), documents %d, %.1f MB in %.2fs on one core\n",
		len(inputs), failed, docs, float64(bytes)/1e6, el)
	fmt.Fprintf(env.Stdout, "%.1f MB/s, %.0f articles/s (wall clock)\n", float64(bytes)/1e6/el, float64(docs)/el)
	if cpu > 0 {
		// On a shared machine the CPU time this process used is the steadier figure.
		fmt.Fprintf(env.Stdout, "%.1f MB/s, %.0f articles/s per CPU second (%.2fs of CPU)\n",
			float64(bytes)/1e6/cpu, float64(docs)/cpu, cpu)
	}
	fmt.Fprintf(env.Stdout, "  %-10s %6.1f%%\n", "read", 100*per["read"].Seconds()/el)
	for _, s := range p.Stages {
		fmt.Fprintf(env.Stdout, "  %-10s %6.1f%%\n", s.Name(), 100*per[s.Name()].Seconds()/el)
	}
	return nil
}

// isGold reports whether p is a gold annotation beside its article
// (NAME.json beside NAME.txt or NAME.md), as in the evaluation corpora.
func isGold(p string) bool {
	base, ok := strings.CutSuffix(p, ".json")
	if !ok {
		return false
	}
	for _, ext := range []string{".txt", ".md", ".html"} {
		if _, err := os.Stat(base + ext); err == nil {
			return true
		}
	}
	return false
}
