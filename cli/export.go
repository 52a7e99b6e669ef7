package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/axis-news/axis"
)

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "--format gdelt|csv|jsonl\n\n"+
		"  gdelt  GDELT 2.0 Event table rows: 61 tab-separated columns in GDELT's order, one row per\n"+
		"         happening (events of several articles about the same dyad, type and date are one row)\n"+
		"  csv    every event with all its fields, with a header line\n"+
		"  jsonl  every document as axis/v1 JSON, one a line")
	db := dbFlag(fs, env)
	format := fs.String("format", "jsonl", "gdelt, csv or jsonl")
	output := fs.String("o", "", "write to this file instead of standard output")
	var actor, target, typ, from, to opt
	fs.Var(&actor, "actor", "only events with this source actor (gdelt, csv)")
	fs.Var(&target, "target", "only events with this target actor (gdelt, csv)")
	fs.Var(&typ, "type", "only events of this CAMEO prefix or PLOVER type (gdelt, csv)")
	fs.Var(&from, "from", "only events (documents for jsonl) from this date: YYYY, YYYY-MM or YYYY-MM-DD")
	fs.Var(&to, "to", "only events (documents for jsonl) up to this date: YYYY, YYYY-MM or YYYY-MM-DD")
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
	switch *format {
	case "gdelt", "csv", "jsonl":
	default:
		fmt.Fprintf(env.Stderr, "axis export: unknown format %q (gdelt, csv or jsonl)\n", *format)
		return ErrUsage
	}
	if err := checkFilters(from.v, to.v, nil, typ.v); err != nil {
		return err
	}
	store, _, err := openExistingStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	w := env.Stdout
	var f *os.File
	if *output != "" {
		if f, err = os.Create(*output); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	ef := axis.EventFilter{Actor: actor.v, Target: target.v, Type: typ.v, From: from.v, To: to.v}
	switch *format {
	case "gdelt":
		ef.FirstOnly = true
		err = eachEvent(ctx, store, ef, func(r *axis.EventRecord) error {
			_, err := bw.WriteString(strings.Join(GDELTRow(r), "\t") + "\n")
			return err
		})
	case "csv":
		cw := csv.NewWriter(bw)
		cw.Write(csvHeader)
		err = eachEvent(ctx, store, ef, func(r *axis.EventRecord) error { return cw.Write(csvRow(r)) })
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
	case "jsonl":
		err = eachDocument(ctx, store, axis.DocumentFilter{From: from.v, To: to.v}, func(d *axis.Document) error {
			b, err := json.Marshal(d)
			if err != nil {
				return err
			}
			_, err = bw.Write(append(b, '\n'))
			return err
		})
	}
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if f != nil {
		return f.Close()
	}
	return nil
}

// eachEvent calls fn with every event matching f, a page at a time.
func eachEvent(ctx context.Context, s axis.Store, f axis.EventFilter, fn func(*axis.EventRecord) error) error {
	f.Limit, f.SkipTotal = 2000, true
	for {
		recs, _, err := s.FindEvents(ctx, f)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
		}
		if len(recs) < f.Limit {
			return nil
		}
		f.AfterID = recs[len(recs)-1].ID
	}
}

// eachDocument calls fn with every stored document matching f.
func eachDocument(ctx context.Context, s axis.Store, f axis.DocumentFilter, fn func(*axis.Document) error) error {
	f.Limit, f.SkipTotal = 500, true
	for {
		recs, _, err := s.FindDocuments(ctx, f)
		if err != nil {
			return err
		}
		for _, r := range recs {
			d, err := s.FindDocumentByID(ctx, r.ID)
			if err != nil {
				return err
			}
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(recs) < f.Limit {
			return nil
		}
		f.AfterID = recs[len(recs)-1].ID
	}
}

// GDELTColumns are the 61 columns of the GDELT 2.0 Event table, in order.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTRow returns the 61 GDELT 2.0 Event columns for an event: the
// happening's ID, date and counts, the actors' codes, names and countries,
// the CAMEO codes, quad class and Goldstein score, when it was added and
// the article's URL. Columns axis has no value for (tone, ethnic and
// religion codes, geography) are empty.
func GDELTRow(r *axis.EventRecord) []string {
	row := make([]string, len(GDELTColumns))
	id := r.Happening.ID
	if id == 0 {
		id = r.ID
	}
	row[0] = strconv.FormatInt(id, 10)
	if t, ok := gdeltDate(r); ok {
		row[1] = t.Format("20060102")
		row[2] = t.Format("200601")
		row[3] = t.Format("2006")
		row[4] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	actor := func(a axis.Actor, at int) {
		code := a.Code
		if code == "" {
			code = a.Country
		}
		row[at] = code
		row[at+1] = strings.ToUpper(a.Name)
		row[at+2] = a.Country
		if a.Country == "" && a.Code != "" {
			row[at+3] = a.Code // an IGO or group: GDELT's known group code
		}
	}
	actor(r.Source, 5)
	actor(r.Target, 15)
	if r.Sentence <= 1 {
		row[25] = "1"
	} else {
		row[25] = "0"
	}
	c := r.CAMEO
	row[26] = c
	if len(c) >= 3 {
		row[27] = c[:3]
	} else {
		row[27] = c
	}
	if len(c) >= 2 {
		row[28] = c[:2]
	}
	row[29] = strconv.Itoa(r.QuadClass)
	row[30] = strconv.FormatFloat(r.Goldstein, 'f', -1, 64)
	row[31] = strconv.Itoa(max(r.Happening.NumMentions, 1))
	row[32] = strconv.Itoa(max(r.Happening.NumSources, 1))
	row[33] = strconv.Itoa(max(r.Happening.NumArticles, 1))
	if t, err := time.Parse(time.RFC3339, r.DocumentAdded); err == nil {
		row[59] = t.UTC().Format("20060102150405")
	}
	row[60] = r.DocumentURL
	return row
}

// gdeltDate returns the day a GDELT row is dated to: the day the event
// happened when axis knows it, else the first day of the month or year it
// happened in ("in 2000" → 2000-01-01, so Year and MonthYear are right and
// rows sort by when things happened), and the article's date only when the
// event has no date of its own. The csv export keeps the precision.
func gdeltDate(r *axis.EventRecord) (time.Time, bool) {
	for _, date := range []string{r.Happening.Date, r.Date, r.DocumentDate} {
		var layout string
		switch len(date) {
		case 10:
			layout = "2006-01-02"
		case 7:
			layout = "2006-01"
		case 4:
			layout = "2006"
		default:
			continue
		}
		if t, err := time.Parse(layout, date); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

var csvHeader = []string{"id", "document_id", "happening_id", "date", "date_precision",
	"source_name", "source_country", "source_code", "target_name", "target_country", "target_code",
	"cameo", "plover", "quad_class", "goldstein", "modality", "claimed_by",
	"num_mentions", "num_articles", "num_sources", "sentence", "start", "end", "rule", "document_date", "document_url", "document_title"}

func csvRow(r *axis.EventRecord) []string {
	i := strconv.Itoa
	return []string{strconv.FormatInt(r.ID, 10), strconv.FormatInt(r.DocumentID, 10), strconv.FormatInt(r.Happening.ID, 10), r.Date, r.DatePrecision,
		r.Source.Name, r.Source.Country, r.Source.Code, r.Target.Name, r.Target.Country, r.Target.Code,
		r.CAMEO, r.PLOVER, i(r.QuadClass), strconv.FormatFloat(r.Goldstein, 'f', -1, 64), r.Modality, r.ClaimedBy,
		i(r.Happening.NumMentions), i(r.Happening.NumArticles), i(r.Happening.NumSources), i(r.Sentence), i(r.Start), i(r.End), r.Rule,
		r.DocumentDate, r.DocumentURL, r.DocumentTitle}
}

var _ io.Writer = (*bufio.Writer)(nil)
