package cli_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/cli"
	"github.com/axis-news/axis/segment"
	"github.com/axis-news/axis/sqlite"
)

// relationsDB stores a small two-bloc world in a new SQLite file: RUS, PRK
// and CHN cooperate, USA, KOR and JPN cooperate, the sides quarrel, and
// NATO (an IGO) backs the USA. It returns the file's path.
func relationsDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "axis.db")
	db := sqlite.NewDB(path)
	if err := db.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	type e struct {
		src, tgt, cameo, plover string
		quad                    int
		gold                    float64
		date, modality          string
	}
	coop := func(a, b, date string) e { return e{a, b, "057", "AGREE", 1, 8, date, ""} }
	aid := func(a, b, date string) e { return e{a, b, "070", "AID", 2, 7, date, ""} }
	accuse := func(a, b, date string) e { return e{a, b, "111", "ACCUSE", 3, -2, date, ""} }
	sanction := func(a, b, date string) e { return e{a, b, "163", "SANCTION", 4, -8, date, ""} }
	articles := [][]e{
		{coop("RUS", "PRK", "2024-01-10"), aid("CHN", "PRK", "2024-01-11"), coop("RUS", "CHN", "2024-01-12")},
		{coop("RUS", "PRK", "2024-01-10"), accuse("PRK", "USA", "2024-01-15")}, // the signing again
		{coop("USA", "KOR", "2024-02-03"), aid("USA", "JPN", "2024-02-04"), coop("JPN", "KOR", "2024-02-05")},
		{sanction("USA", "RUS", "2024-03-01"), sanction("JPN", "PRK", "2024-03-02"), accuse("CHN", "USA", "2024-03-03")},
		{aid("RUS", "PRK", "2024-04-20"), coop("KOR", "JPN", "2024-04-21"), accuse("KOR", "PRK", "2024-04-22"),
			e{"RUS", "PRK", "190", "ASSAULT", 4, -10, "2024-04-23", axis.ModalityHypothetical}},
		{coop("NATO", "USA", "2024-05-01"), accuse("RUS", "NATO", "2024-05-02"), coop("USA", "JPN", "2024-05-03"),
			coop("CHN", "RUS", "2024-06-01"), accuse("USA", "CHN", "2024-06-02"), coop("PRK", "RUS", "2024-06-03")},
	}
	for n, evs := range articles {
		d := axis.NewDocument()
		d.Meta = axis.Meta{Title: fmt.Sprintf("Report %d", n), Date: evs[0].date, Source: fmt.Sprintf("outlet%d", n),
			URL: fmt.Sprintf("https://outlet%d.example/%d", n, n)}
		d.Blocks = []axis.Block{{Kind: axis.KindHeadline, Text: d.Meta.Title},
			{Kind: axis.KindBody, Text: fmt.Sprintf("Report number %d says what governments did to one another this week, "+
				"and what their officials told reporters about it afterwards in %d words or so.", n, 20+n)}}
		if err := segment.New().Process(ctx, d); err != nil {
			t.Fatal(err)
		}
		for i, x := range evs {
			d.Events = append(d.Events, axis.Event{ID: fmt.Sprintf("ev%d", i+1), Source: axis.Actor{Country: x.src},
				Target: axis.Actor{Country: x.tgt}, CAMEO: x.cameo, PLOVER: x.plover, QuadClass: x.quad, Goldstein: x.gold,
				Date: x.date, DatePrecision: axis.PrecisionDay, Modality: x.modality})
		}
		if _, err := db.CreateDocument(ctx, d, axis.Identify(d)); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestRelations(t *testing.T) {
	path := relationsDB(t)
	t.Run("Table", func(t *testing.T) {
		out, stderr, err := runCommand(t, "relations", "--db", path, "--actor", "rus", "--target", "PRK", "--from", "2024-01", "--to", "2024-04")
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 7 { // header, 4 months, total, summary
			t.Fatalf("got %d lines, want 7:\n%s", len(lines), out)
		}
		if f := strings.Fields(lines[1]); f[0] != "2024-01" || f[3] != "1" || f[4] != "2" || f[5] != "2" {
			t.Errorf("January=%q, want 1 happening reported twice in 2 articles", lines[1])
		}
		if !strings.HasPrefix(lines[5], "total") || !strings.Contains(lines[6], "1 modality") {
			t.Errorf("total and summary=%q %q", lines[5], lines[6])
		}
	})
	t.Run("CSV", func(t *testing.T) {
		out, _, err := runCommand(t, "relations", "--db", path, "--actor", "RUS", "--by", "quarter", "--directed", "--csv", "--all-modalities")
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		hdr := recs[0]
		if !slices.Contains(hdr, "plover_assault") || !slices.Contains(hdr, "net_cooperation") {
			t.Errorf("header=%v", hdr)
		}
		// Q1 and Q2, each RUS->* and *->RUS
		if len(recs) != 5 || recs[1][1] != "RUS" || recs[2][2] != "RUS" || recs[3][0] != "2024-Q2" {
			t.Fatalf("rows=%v", recs)
		}
		col := slices.Index(hdr, "plover_assault")
		if recs[3][col] != "1" {
			t.Errorf("Q2 RUS->* assaults=%s, want the hypothetical one with --all-modalities", recs[3][col])
		}
	})
	t.Run("JSON", func(t *testing.T) {
		out, _, err := runCommand(t, "relations", "--db", path, "--actor", "USA", "--by", "year", "--json")
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Rows  []map[string]any `json:"rows"`
			Total struct {
				Happenings int `json:"happenings"`
			} `json:"total"`
			Stats struct{ Events int } `json:"stats"`
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if len(s.Rows) != 1 || s.Total.Happenings != 8 || s.Stats.Events != 8 {
			t.Errorf("series=%+v", s)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		for _, args := range [][]string{
			{"relations", "--db", path},
			{"relations", "--db", path, "--actor", "RUS", "--json", "--csv"},
			{"relations", "--db", path, "--actor", "RUS", "extra"},
		} {
			if _, _, err := runCommand(t, args...); !errors.Is(err, cli.ErrUsage) {
				t.Errorf("%v: err=%v, want usage", args, err)
			}
		}
		for _, args := range [][]string{
			{"relations", "--db", path, "--actor", "RUS", "--by", "fortnight"},
			{"relations", "--db", path, "--actor", "RUS", "--from", "2024-13"},
			{"relations", "--db", path, "--actor", "RUS", "--from", "2025", "--to", "2024"},
			{"relations", "--db", path, "--actor", "RUS", "--modality", "rumoured"},
			{"relations", "--db", path, "--actor", "RUS", "--modality", " , "},
			{"relations", "--db", path, "--actor", "RUS", "--target", "rus"},
			{"blocs", "--db", path, "--weight", "votes"},
			{"blocs", "--db", path, "--split", "soon"},
		} {
			_, _, err := runCommand(t, args...)
			var ae *axis.Error
			if !errors.As(err, &ae) || ae.Code != axis.EINVALID {
				t.Errorf("%v: err=%v, want EINVALID", args, err)
			}
		}
	})
}

func TestBlocs(t *testing.T) {
	path := relationsDB(t)
	type result struct {
		Graph struct {
			Nodes []string `json:"nodes"`
		} `json:"graph"`
		Partition struct {
			Blocs []struct {
				Members []struct{ Code string } `json:"members"`
			} `json:"blocs"`
			Rivalries []struct{ A, B string } `json:"rivalries"`
		} `json:"partition"`
		Drift struct {
			Split  string `json:"split"`
			Drifts []struct {
				Country string `json:"country"`
			} `json:"drifts"`
		} `json:"drift"`
	}
	run := func(args ...string) result {
		t.Helper()
		out, stderr, err := runCommand(t, append([]string{"blocs", "--db", path, "--json"}, args...)...)
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		var r result
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return r
	}
	members := func(r result) []string {
		var out []string
		for _, b := range r.Partition.Blocs {
			var m []string
			for _, x := range b.Members {
				m = append(m, x.Code)
			}
			slices.Sort(m)
			out = append(out, strings.Join(m, " "))
		}
		slices.Sort(out)
		return out
	}
	r := run()
	if got, want := members(r), []string{"CHN PRK RUS", "JPN KOR USA"}; !slices.Equal(got, want) {
		t.Errorf("blocs=%v, want %v", got, want)
	}
	if slices.Contains(r.Graph.Nodes, "NATO") {
		t.Errorf("nodes=%v: NATO is an IGO, left out by default", r.Graph.Nodes)
	}
	if len(r.Partition.Rivalries) == 0 || r.Drift.Split == "" {
		t.Errorf("rivalries=%v split=%q", r.Partition.Rivalries, r.Drift.Split)
	}
	r = run("--igos", "--split", "2024-03", "--top", "1")
	if !slices.Contains(r.Graph.Nodes, "NATO") || r.Drift.Split != "2024-03-01" || len(r.Partition.Rivalries) != 1 {
		t.Errorf("with --igos --split --top 1: nodes=%v split=%s rivalries=%v", r.Graph.Nodes, r.Drift.Split, r.Partition.Rivalries)
	}
	r = run("--min-events", "3")
	if len(r.Graph.Nodes) != 2 { // only RUS-PRK has three happenings
		t.Errorf("with --min-events 3: nodes=%v, want RUS and PRK", r.Graph.Nodes)
	}
	r = run("--from", "2025")
	if len(r.Graph.Nodes) != 0 || len(r.Partition.Blocs) != 0 {
		t.Errorf("empty window: %+v", r)
	}
	out, _, err := runCommand(t, "blocs", "--db", path, "--weight", "quad", "--half-life", "30")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Bloc 1: 3 countries", "Bloc 2: 3 countries", "Most antagonistic dyads", "Drift:", "half-life 30 days"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
