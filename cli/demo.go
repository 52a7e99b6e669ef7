package cli

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/ingest"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// demodata holds a few short articles written for the demo; one is a
// syndicated copy of another under a new headline.
//
//go:embed demodata/*.txt
var demodata embed.FS

func runDemo(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "demo", "")
	about(fset, env, "demo", "Ingests a small sample corpus built into axis and shows what axis makes of it.")
	db := fset.String("db", "", "store the sample here (default: a temporary SQLite file, removed afterwards)")
	if err := parseFlags(fset, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	tmp, err := os.MkdirTemp("", "axis-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "articles")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names, _ := fs.Glob(demodata, "demodata/*.txt")
	for _, n := range names {
		b, _ := demodata.ReadFile(n)
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(n)), b, 0o644); err != nil {
			return err
		}
	}
	spec := *db
	if spec == "" {
		spec = filepath.Join(tmp, "demo.db")
	}
	store, where, err := openStore(ctx, env, spec)
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "axis demo: ingesting %d sample articles into %s\n\n", len(names), where)
	sum, err := ingest.Run(ctx, store, p, []string{dir}, ingest.Options{Reader: reader.Options{Log: env.Log}, Errors: env.Stderr, Log: env.Log})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s\n\n", sum)

	docs, _, err := store.FindDocuments(ctx, axis.DocumentFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Documents (a syndicated copy is stored once, with every source):")
	out := newOutput(w, false, false)
	out.header("id", "date", "sources", "title")
	for _, d := range docs {
		out.row(d, fmt.Sprint(d.ID), d.Meta.Date, fmt.Sprint(len(d.Sources)), d.Meta.Title)
	}
	if err := out.flush(); err != nil {
		return err
	}

	evs, n, err := store.FindEvents(ctx, axis.EventFilter{Limit: 20})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nEvents (%d): axis query events --db %s\n", n, spec)
	out = newOutput(w, false, false)
	out.header("date", "source", "target", "cameo", "plover", "modality", "articles", "title")
	for _, r := range evs {
		out.row(r, r.Date, actorLabel(r.Source), actorLabel(r.Target), r.CAMEO, r.PLOVER, r.Modality, fmt.Sprint(r.Happening.NumArticles), r.DocumentTitle)
	}
	if err := out.flush(); err != nil {
		return err
	}

	qs, n, err := store.FindQuotes(ctx, axis.QuoteFilter{Limit: 10})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nQuotes (%d): axis query quotes --db %s\n", n, spec)
	out = newOutput(w, false, false)
	out.header("speaker", "quote")
	for _, q := range qs {
		out.row(q, q.SpeakerName, q.Text)
	}
	if err := out.flush(); err != nil {
		return err
	}

	hits, _, err := store.FindDocuments(ctx, axis.DocumentFilter{Search: ptrTo("defence agreement")})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nFull-text search \"defence agreement\": %d document(s)", len(hits))
	for _, h := range hits {
		fmt.Fprintf(w, " [%d] %s", h.ID, h.Meta.Title)
	}
	fmt.Fprintln(w)
	if *db == "" {
		fmt.Fprintln(w, "\n(The demo store was temporary; use --db FILE to keep it, or 'axis ingest' for your own articles.)")
	}
	return nil
}

func ptrTo[T any](v T) *T { return &v }
