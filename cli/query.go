package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/axis-news/axis"
)

const queryUsage = `KIND [flags]

Kinds:
  events     events by actor or dyad, type, date range and modality
  quotes     quotes by speaker or words
  documents  documents mentioning an entity, or matching a full-text search
  search     full-text search: axis query search WORDS...

Examples:
  axis query events --actor RUS --target PRK --from 2024-01-01
  axis query events --type 04          (CAMEO prefix)  --type CONSULT (PLOVER)
  axis query quotes --speaker Putin
  axis query documents --entity "Kim Jong Un"
  axis query search nuclear talks --json`

func runQuery(ctx context.Context, env *Env, args []string) error {
	kind, args := queryKind(args)
	fs := newFlagSet(env, "query", queryUsage)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: axis query %s\n", queryUsage)
		fs.PrintDefaults()
	}
	db := dbFlag(fs, env)
	asJSON := fs.Bool("json", false, "print JSON Lines, one object per result")
	asCSV := fs.Bool("csv", false, "print CSV with a header line")
	limit := fs.Int("limit", 50, "most results to print (0: all)")
	offset := fs.Int("offset", 0, "results to skip")
	var (
		actor, target, involving, typ, from, to, modality opt
		speaker, words, entity, search                    opt
	)
	switch kind {
	case "events":
		fs.Var(&actor, "actor", "source actor: country code (RUS) or, for actors without one, their code (NATO)")
		fs.Var(&target, "target", "target actor, like --actor")
		fs.Var(&involving, "involving", "actor on either side")
		fs.Var(&typ, "type", "CAMEO code prefix (04, 042) or PLOVER type (CONSULT)")
		fs.Var(&modality, "modality", "asserted, alleged, denied, negated, future or hypothetical")
	case "quotes":
		fs.Var(&speaker, "speaker", "speaker name contains this (case-insensitive), or speaker entity ID")
		fs.Var(&words, "words", "quote text contains this (case-insensitive)")
	case "documents", "search":
		fs.Var(&entity, "entity", "mentions an entity with this name or code (RUS, NATO)")
		fs.Var(&search, "search", "full-text search: documents with all these words")
	default:
		fmt.Fprintf(env.Stderr, "axis query: unknown kind %q\n", kind)
		fs.Usage()
		return ErrUsage
	}
	if kind == "events" || kind == "documents" || kind == "search" {
		fs.Var(&from, "from", "first date: YYYY, YYYY-MM or YYYY-MM-DD (a period overlapping the range is kept)")
		fs.Var(&to, "to", "last date: YYYY, YYYY-MM or YYYY-MM-DD")
	}
	if err := parseFlags(fs, args); err != nil {
		if errors.Is(err, errHelp) {
			return nil
		}
		return err
	}
	if kind == "search" {
		// Words and flags may be mixed: axis query search nuclear talks --json.
		var words []string
		for fs.NArg() > 0 {
			words = append(words, fs.Arg(0))
			if err := parseFlags(fs, fs.Args()[1:]); err != nil {
				return err
			}
		}
		if len(words) > 0 {
			s := strings.Join(words, " ")
			search.v = &s
		}
		if search.v == nil {
			fmt.Fprintln(env.Stderr, "axis query search: give the words to search for")
			return ErrUsage
		}
	} else if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "axis query: unexpected argument %q\n", fs.Arg(0))
		return ErrUsage
	}
	if *asJSON && *asCSV {
		fmt.Fprintln(env.Stderr, "axis query: choose one of --json and --csv")
		return ErrUsage
	}
	if err := checkFilters(from.v, to.v, modality.v, typ.v); err != nil {
		return err
	}
	store, _, err := openExistingStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	out := newOutput(env.Stdout, *asJSON, *asCSV)
	var n, total int
	switch kind {
	case "events":
		recs, t, err := store.FindEvents(ctx, axis.EventFilter{Actor: actor.v, Target: target.v, Involving: involving.v, Type: typ.v,
			From: from.v, To: to.v, Modality: modality.v, Limit: *limit, Offset: *offset})
		if err != nil {
			return err
		}
		out.header("id", "date", "source", "target", "cameo", "plover", "modality", "goldstein", "mentions", "articles", "sources", "document", "title")
		for _, r := range recs {
			out.row(r, strconv.FormatInt(r.ID, 10), r.Date, actorLabel(r.Source), actorLabel(r.Target), r.CAMEO, r.PLOVER, r.Modality,
				strconv.FormatFloat(r.Goldstein, 'f', -1, 64), strconv.Itoa(r.Happening.NumMentions), strconv.Itoa(r.Happening.NumArticles),
				strconv.Itoa(r.Happening.NumSources), strconv.FormatInt(r.DocumentID, 10), r.DocumentTitle)
		}
		n, total = len(recs), t
	case "quotes":
		recs, t, err := store.FindQuotes(ctx, axis.QuoteFilter{Speaker: speaker.v, Words: words.v, Limit: *limit, Offset: *offset})
		if err != nil {
			return err
		}
		out.header("id", "date", "speaker", "quote", "document", "title")
		for _, r := range recs {
			out.row(r, strconv.FormatInt(r.ID, 10), r.DocumentDate, r.SpeakerName, r.Text, strconv.FormatInt(r.DocumentID, 10), r.DocumentTitle)
		}
		n, total = len(recs), t
	default:
		recs, t, err := store.FindDocuments(ctx, axis.DocumentFilter{Entity: entity.v, Search: search.v, From: from.v, To: to.v, Limit: *limit, Offset: *offset})
		if err != nil {
			return err
		}
		out.header("id", "date", "sources", "title", "url")
		for _, r := range recs {
			out.row(r, strconv.FormatInt(r.ID, 10), r.Meta.Date, strconv.Itoa(len(r.Sources)), r.Meta.Title, r.Meta.URL)
		}
		n, total = len(recs), t
	}
	if err := out.flush(); err != nil {
		return err
	}
	if !*asJSON && !*asCSV {
		fmt.Fprintf(env.Stdout, "(%d of %d %s)\n", n, total, kind)
	}
	return nil
}

// queryKind finds the kind of query (events by default) in args, which
// may come after flags: axis query --db x.db events --actor RUS.
func queryKind(args []string) (string, []string) {
	kinds := map[string]bool{"events": true, "quotes": true, "documents": true, "search": true}
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		prev := ""
		if i > 0 {
			prev = strings.TrimLeft(args[i-1], "-")
		}
		valueOfFlag := i > 0 && strings.HasPrefix(args[i-1], "-") && !strings.Contains(prev, "=") && prev != "json" && prev != "csv"
		if valueOfFlag {
			continue
		}
		if kinds[a] || i == 0 {
			rest := append(append([]string{}, args[:i]...), args[i+1:]...)
			return a, rest
		}
		break
	}
	return "events", args
}

func actorLabel(a axis.Actor) string {
	k := axis.ActorKey(a)
	if a.Name != "" && a.Name != k {
		return k + " " + a.Name
	}
	return k
}

// validDate reports whether s is a real date written YYYY, YYYY-MM or
// YYYY-MM-DD.
func validDate(s string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if layout == "" {
		return false
	}
	for i, c := range s {
		if c == '-' && (i == 4 || i == 7) {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

// modalities are the values of --modality.
var modalities = []string{axis.ModalityAsserted, axis.ModalityAlleged, axis.ModalityDenied,
	axis.ModalityNegated, axis.ModalityFuture, axis.ModalityHypothetical}

// ploverTypes are the PLOVER event categories --type accepts.
var ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// checkFilters validates the filter flags that are set: --from and --to
// dates, --modality, and --type (a CAMEO code prefix of 1 to 4 digits, or
// a PLOVER category).
func checkFilters(from, to, modality, typ *string) error {
	for _, d := range []struct {
		name string
		v    *string
	}{{"--from", from}, {"--to", to}} {
		if d.v != nil && !validDate(*d.v) {
			return axis.Errorf(axis.EINVALID, "%s %q: want a real date, YYYY, YYYY-MM or YYYY-MM-DD", d.name, *d.v)
		}
	}
	if from != nil && to != nil && *to < *from && !strings.HasPrefix(*from, *to) {
		return axis.Errorf(axis.EINVALID, "--from %s is after --to %s", *from, *to)
	}
	if modality != nil && !slices.Contains(modalities, strings.ToLower(strings.TrimSpace(*modality))) {
		return axis.Errorf(axis.EINVALID, "--modality %q: want one of %s", *modality, strings.Join(modalities, ", "))
	}
	if typ != nil {
		t := strings.TrimSpace(*typ)
		digits := t != "" && len(t) <= 4 && strings.Trim(t, "0123456789") == ""
		if !digits && !slices.Contains(ploverTypes, strings.ToUpper(t)) {
			return axis.Errorf(axis.EINVALID, "--type %q: want a CAMEO code prefix (04, 042) or a PLOVER category (%s)", *typ, strings.Join(ploverTypes, ", "))
		}
	}
	return nil
}

// openExistingStore opens the store spec names, like openStore, but
// refuses an SQLite file that does not exist rather than creating an empty
// one: commands that only read or rewrite what ingest stored use it.
func openExistingStore(ctx context.Context, env *Env, spec string) (axis.Store, string, error) {
	spec = strings.TrimSpace(spec)
	if spec != "" && !strings.HasPrefix(spec, "postgres://") && !strings.HasPrefix(spec, "postgresql://") {
		path := strings.TrimPrefix(spec, "sqlite:")
		if path != ":memory:" && !strings.HasPrefix(path, "file:") {
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				return nil, "", axis.Errorf(axis.ENOTFOUND, "no axis database at %s; run axis ingest first", path)
			}
		}
	}
	return openStore(ctx, env, spec)
}

// opt is an optional string flag: nil until set.
type opt struct{ v *string }

var _ flag.Value = (*opt)(nil)

func (o *opt) String() string {
	if o == nil || o.v == nil {
		return ""
	}
	return *o.v
}

func (o *opt) Set(s string) error { o.v = &s; return nil }

// output prints results as an aligned table, JSON Lines or CSV.
type output struct {
	json, csv bool
	w         io.Writer
	tw        *tabwriter.Writer
	cw        *csv.Writer
	err       error
}

func newOutput(w io.Writer, asJSON, asCSV bool) *output {
	o := &output{json: asJSON, csv: asCSV, w: w}
	switch {
	case asCSV:
		o.cw = csv.NewWriter(w)
	case !asJSON:
		o.tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	}
	return o
}

func (o *output) header(cols ...string) {
	switch {
	case o.cw != nil:
		o.cw.Write(cols)
	case o.tw != nil:
		fmt.Fprintln(o.tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
}

// row prints v as JSON, or the cells as a table or CSV row.
func (o *output) row(v any, cells ...string) {
	if o.err != nil {
		return
	}
	switch {
	case o.json:
		b, err := json.Marshal(v)
		if err != nil {
			o.err = err
			return
		}
		_, o.err = o.w.Write(append(b, '\n'))
	case o.cw != nil:
		o.err = o.cw.Write(cells)
	default:
		for i, c := range cells {
			cells[i] = truncate(strings.ReplaceAll(c, "\t", " "), 60)
		}
		_, o.err = fmt.Fprintln(o.tw, strings.Join(cells, "\t"))
	}
}

func (o *output) flush() error {
	if o.err != nil {
		return o.err
	}
	if o.cw != nil {
		o.cw.Flush()
		return o.cw.Error()
	}
	if o.tw != nil {
		return o.tw.Flush()
	}
	return nil
}

func truncate(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "\u2026"
}
