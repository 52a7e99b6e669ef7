package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/relation"
)

const relationsUsage = `--actor CODE [--target CODE] [flags]

Prints how an actor relates to another (or to everyone) period by period:
happenings by quad class and PLOVER type, Goldstein sum and mean, and the
net cooperation index. An event reported by many articles counts once.
See docs/relations.md.

Examples:
  axis relations --actor RUS --target PRK --by month --from 2023-01 --to 2024-12
  axis relations --actor USA --by quarter --directed --csv`

// relationsOptions are the flags relations and blocs share.
type relationsOptions struct {
	from, to      *string
	modality      *string
	allModalities *bool
}

func addRelationsFlags(fs interface {
	String(name, value, usage string) *string
	Bool(name string, value bool, usage string) *bool
}) *relationsOptions {
	return &relationsOptions{
		from:          fs.String("from", "", "first date: YYYY, YYYY-MM or YYYY-MM-DD"),
		to:            fs.String("to", "", "last date: YYYY, YYYY-MM or YYYY-MM-DD (a month or year ends on its last day)"),
		modality:      fs.String("modality", strings.Join(relation.DefaultModalities, ","), "modalities counted, comma-separated"),
		allModalities: fs.Bool("all-modalities", false, "count every modality (negated, denied, future and hypothetical too)"),
	}
}

// options turns the shared flags into collector options.
func (o *relationsOptions) options(period relation.Period, node func(string) bool) (relation.Options, error) {
	opt := relation.Options{Period: period, Node: node}
	for _, b := range []struct {
		v   string
		end bool
		to  *string
	}{{*o.from, false, &opt.From}, {*o.to, true, &opt.To}} {
		if b.v == "" {
			continue
		}
		d, err := relation.ParseBound(b.v, b.end)
		if err != nil {
			return opt, axis.Errorf(axis.EINVALID, "%v", err)
		}
		*b.to = d
	}
	if opt.From != "" && opt.To != "" && opt.From > opt.To {
		return opt, axis.Errorf(axis.EINVALID, "--from %s is after --to %s", *o.from, *o.to)
	}
	if *o.allModalities {
		opt.Modalities = relation.AllModalities
	} else {
		opt.Modalities = []string{}
		for _, m := range strings.Split(*o.modality, ",") {
			if m = strings.TrimSpace(m); m != "" {
				opt.Modalities = append(opt.Modalities, m)
			}
		}
		if len(opt.Modalities) == 0 {
			return opt, axis.Errorf(axis.EINVALID, "--modality: give at least one modality")
		}
	}
	return opt, nil
}

func runRelations(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "relations", relationsUsage)
	db := dbFlag(fs, env)
	actor := fs.String("actor", "", "the actor: a country code (RUS), or an IGO's code (NATO)")
	target := fs.String("target", "", "the counterpart; empty for all counterparts")
	by := fs.String("by", "month", "period: day, week (ISO), month, quarter or year")
	directed := fs.Bool("directed", false, "one row per direction (actor to target, target to actor)")
	asJSON := fs.Bool("json", false, "print the series as one JSON object")
	asCSV := fs.Bool("csv", false, "print CSV with a header line, one column per PLOVER type")
	ro := addRelationsFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "axis relations: unexpected argument %q\n", fs.Arg(0))
		return ErrUsage
	}
	a, t := strings.ToUpper(strings.TrimSpace(*actor)), strings.ToUpper(strings.TrimSpace(*target))
	if a == "" {
		fmt.Fprintln(env.Stderr, "axis relations: give --actor")
		fs.Usage()
		return ErrUsage
	}
	if a == t {
		return axis.Errorf(axis.EINVALID, "--actor and --target are both %s", a)
	}
	if *asJSON && *asCSV {
		fmt.Fprintln(env.Stderr, "axis relations: choose one of --json and --csv")
		return ErrUsage
	}
	period, err := relation.ParsePeriod(*by)
	if err != nil {
		return axis.Errorf(axis.EINVALID, "%v", err)
	}
	opt, err := ro.options(period, nil)
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
	// a dyad is read as its two directions; an actor alone with every
	// event involving it
	var filters []axis.EventFilter
	if t != "" {
		filters = []axis.EventFilter{{Actor: &a, Target: &t}, {Actor: &t, Target: &a}}
	} else {
		filters = []axis.EventFilter{{Involving: &a}}
	}
	for _, f := range filters {
		if err := c.Collect(ctx, store, f); err != nil {
			return err
		}
	}
	s := c.Series(a, t, *directed)
	st := c.Stats()
	switch {
	case *asJSON:
		return writeRelationJSON(env.Stdout, struct {
			*relation.Series
			Stats relation.Stats `json:"stats"`
		}{s, st})
	case *asCSV:
		return writeSeriesCSV(env.Stdout, s)
	}
	return writeSeriesTable(env.Stdout, s, st)
}

// writeRelationJSON prints v as one line of JSON.
func writeRelationJSON(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

var seriesColumns = []string{"period", "source", "target", "happenings", "reports", "coverage",
	"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "other",
	"goldstein_sum", "goldstein_mean", "net_cooperation"}

func seriesCells(r *relation.Row) []string {
	return []string{r.Period, r.Source, r.Target, strconv.Itoa(r.Happenings), strconv.Itoa(r.Reports), strconv.Itoa(r.Coverage),
		strconv.Itoa(r.VerbalCooperation), strconv.Itoa(r.MaterialCooperation), strconv.Itoa(r.VerbalConflict),
		strconv.Itoa(r.MaterialConflict), strconv.Itoa(r.Other), fnum(r.GoldsteinSum, 2), fnum(r.GoldsteinMean, 2),
		fnum(r.NetCooperation, 3)}
}

func fnum(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

func writeSeriesCSV(w io.Writer, s *relation.Series) error {
	types := relation.PLOVERTypes(s.Rows)
	out := newOutput(w, false, true)
	hdr := append([]string{}, seriesColumns...)
	for _, p := range types {
		hdr = append(hdr, "plover_"+strings.ToLower(p))
	}
	out.header(hdr...)
	for i := range s.Rows {
		r := &s.Rows[i]
		cells := seriesCells(r)
		for _, p := range types {
			cells = append(cells, strconv.Itoa(r.PLOVER[p]))
		}
		out.row(nil, cells...)
	}
	return out.flush()
}

func writeSeriesTable(w io.Writer, s *relation.Series, st relation.Stats) error {
	out := newOutput(w, false, false)
	out.header("period", "source", "target", "happen", "reports", "coverage", "v-coop", "m-coop", "v-conf", "m-conf",
		"goldstein", "mean", "net", "top plover")
	row := func(r *relation.Row) {
		c := seriesCells(r)
		out.row(nil, append(append(c[:6:6], c[6:10]...), c[11], c[12], c[13], topPLOVER(r.PLOVER, 3))...)
	}
	for i := range s.Rows {
		row(&s.Rows[i])
	}
	tgt := s.Target
	if tgt == "" {
		tgt = relation.All
	}
	total := relation.Row{Period: "total", Source: s.Actor, Target: tgt, Counts: s.Total}
	if s.Directed {
		total.Target = "both ways"
	}
	row(&total)
	if err := out.flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d happenings from %d of %d events; not counted: %s)\n", st.Happenings, st.Counted, st.Events, notCounted(st))
	return err
}

// topPLOVER names the n most frequent PLOVER types, "AGREE 3, AID 1".
func topPLOVER(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range m {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool {
		if l[i].v != l[j].v {
			return l[i].v > l[j].v
		}
		return l[i].k < l[j].k
	})
	var parts []string
	for i, x := range l {
		if i == n {
			break
		}
		parts = append(parts, x.k+" "+strconv.Itoa(x.v))
	}
	return strings.Join(parts, ", ")
}

func notCounted(st relation.Stats) string {
	var parts []string
	for _, x := range []struct {
		n    int
		what string
	}{{st.Modality, "modality"}, {st.NoActor, "no actor"}, {st.Domestic, "domestic"}, {st.NotNode, "not a node"},
		{st.Undated, "undated"}, {st.OutOfRange, "out of range"}} {
		if x.n > 0 {
			parts = append(parts, strconv.Itoa(x.n)+" "+x.what)
		}
	}
	if st.Imprecise > 0 {
		parts = append(parts, strconv.Itoa(st.Imprecise)+" happenings dated too coarsely for the period")
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
