package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/kb"
	"github.com/axis-news/axis/relation"
)

const blocsUsage = `[flags]

Builds the alignment graph of the stored events (countries as nodes, one
signed edge per dyad: cooperation minus conflict) and finds its blocs by
maximising signed modularity (Louvain). Prints each bloc's members,
cohesion and strongest ties, the most antagonistic dyads across blocs, and
how countries' alignment with each bloc drifted between the two halves of
the happenings (or before and after --split). See docs/relations.md.

Examples:
  axis blocs --from 2022 --to 2024
  axis blocs --from 2023-01 --min-events 5 --half-life 180 --json`

func runBlocs(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "blocs", blocsUsage)
	db := dbFlag(fs, env)
	minEvents := fs.Int("min-events", 1, "fewest happenings a dyad needs to be an edge")
	weight := fs.String("weight", "goldstein", "edge weights from each happening's goldstein score or its quad class (quad: ±1 verbal, ±2 material)")
	halfLife := fs.Float64("half-life", 0, "halve a happening's weight every this many days before --to (0: no decay)")
	igos := fs.Bool("igos", false, "keep intergovernmental organisations (UNO, NATO, EUR...) as nodes")
	allActors := fs.Bool("all-actors", false, "keep every actor key as a node, not only states (implies --igos)")
	split := fs.String("split", "", "drift: compare before this date with from it on (default: the median happening's date)")
	top := fs.Int("top", 10, "ties per bloc, rivalries and drifts to print")
	asJSON := fs.Bool("json", false, "print graph, blocs, rivalries and drift as one JSON object")
	ro := addRelationsFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "axis blocs: unexpected argument %q\n", fs.Arg(0))
		return ErrUsage
	}
	w, err := relation.ParseWeighting(*weight)
	if err != nil {
		return axis.Errorf(axis.EINVALID, "%v", err)
	}
	if *halfLife < 0 || *minEvents < 0 || *top < 0 {
		return axis.Errorf(axis.EINVALID, "--half-life, --min-events and --top must not be negative")
	}
	var node func(string) bool
	if !*allActors {
		k, err := kb.Default()
		if err != nil {
			return err
		}
		node = func(code string) bool {
			if k.Country(code) != nil {
				return true
			}
			o := k.Org(code)
			return *igos && o != nil && o.Kind == "igo"
		}
	}
	opt, err := ro.options(relation.Year, node)
	if err != nil {
		return err
	}
	c, err := relation.NewCollector(opt)
	if err != nil {
		return axis.Errorf(axis.EINVALID, "%v", err)
	}
	store, _, err := openExistingStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := c.Collect(ctx, store, axis.EventFilter{}); err != nil {
		return err
	}
	gopt := relation.GraphOptions{Weight: w, HalfLife: *halfLife, Ref: opt.To, MinEvents: *minEvents}
	g, err := c.Graph(gopt)
	if err != nil {
		return axis.Errorf(axis.EINVALID, "%v", err)
	}
	p := relation.Blocs(g)
	p.Trim(*top)

	// drift between the two halves
	first, last := c.Span()
	type driftReport struct {
		Split  string           `json:"split"`
		Before [2]string        `json:"before"`
		After  [2]string        `json:"after"`
		Drifts []relation.Drift `json:"drifts"`
	}
	dr := driftReport{Drifts: []relation.Drift{}}
	if first != "" {
		if *split != "" {
			if dr.Split, err = relation.ParseBound(*split, false); err != nil {
				return axis.Errorf(axis.EINVALID, "--split: %v", err)
			}
		} else {
			dr.Split = c.Median()
		}
		end, _ := relation.DayBefore(dr.Split)
		dr.Before, dr.After = [2]string{first, end}, [2]string{dr.Split, last}
		dopt := gopt
		dopt.MinEvents, dopt.HalfLife = 1, 0
		dopt.To = end
		before, err := c.Graph(dopt)
		if err != nil {
			return err
		}
		dopt.From, dopt.To = dr.Split, ""
		after, err := c.Graph(dopt)
		if err != nil {
			return err
		}
		dr.Drifts = relation.Drifts(p, before, after)
	}
	st := c.Stats()
	if *asJSON {
		return writeRelationJSON(env.Stdout, struct {
			From      string              `json:"from"`
			To        string              `json:"to"`
			Weight    string              `json:"weight"`
			HalfLife  float64             `json:"half_life"`
			MinEvents int                 `json:"min_events"`
			Graph     *relation.Graph     `json:"graph"`
			Partition *relation.Partition `json:"partition"`
			Drift     driftReport         `json:"drift"`
			Stats     relation.Stats      `json:"stats"`
		}{first, last, w.String(), *halfLife, *minEvents, g, p, dr, st})
	}
	if len(dr.Drifts) > *top {
		dr.Drifts = dr.Drifts[:*top]
	}
	pw := &printer{w: env.Stdout}
	span := "no dated events"
	if first != "" {
		span = first + " .. " + last
	}
	pw.f("Alignment graph: %d countries, %d dyads from %d happenings (%s; %s weights", len(g.Nodes), len(g.Edges), st.Happenings, span, w)
	if *halfLife > 0 {
		pw.f(", half-life %s days", fnum(*halfLife, 1))
	}
	pw.f(")\nsigned modularity %s; not counted: %s\n", fnum(p.Modularity, 3), notCounted(st))
	for _, b := range p.Blocs {
		pw.f("\nBloc %d: %d countries, cohesion %s, tension %s\n  members:", b.ID, len(b.Members), fnum(b.Cohesion, 2), fnum(b.Tension, 2))
		for i, m := range b.Members {
			sep := ","
			if i == 0 {
				sep = ""
			}
			pw.f("%s %s (%s)", sep, m.Code, fnum(m.Strength, 1))
		}
		pw.f("\n")
		for i, e := range b.Ties {
			label := "  ties:   "
			if i > 0 {
				label = "          "
			}
			pw.f("%s%s\n", label, edgeLine(e))
		}
	}
	if len(p.Unaligned) > 0 {
		pw.f("\nUnaligned: %s\n", strings.Join(p.Unaligned, ", "))
	}
	if len(p.Rivalries) > 0 {
		pw.f("\nMost antagonistic dyads across blocs:\n")
		for _, e := range p.Rivalries {
			pw.f("  %s  [bloc %s vs %s]\n", edgeLine(e), blocName(p.BlocOf(e.A)), blocName(p.BlocOf(e.B)))
		}
	}
	if len(dr.Drifts) > 0 {
		pw.f("\nDrift: alignment (-1..+1) with each bloc, %s..%s vs %s..%s:\n", dr.Before[0], dr.Before[1], dr.After[0], dr.After[1])
		for _, d := range dr.Drifts {
			own := ""
			if d.Member {
				own = " (own)"
			}
			pw.f("  %-4s bloc %d%-6s %+.2f -> %+.2f  (%+.2f; %d/%d happenings)\n", d.Country, d.Bloc, own, d.Before, d.After, d.Change, d.BeforeN, d.AfterN)
		}
	}
	return pw.err
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func blocName(id int) string {
	if id == 0 {
		return "-"
	}
	return fmt.Sprint(id)
}

func edgeLine(e relation.Edge) string {
	return fmt.Sprintf("%s-%s %+.1f (net %+.2f, %s)", e.A, e.B, e.Weight, e.Net, plural(e.Happenings, "happening"))
}

// printer writes formatted text and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
