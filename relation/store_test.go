package relation_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/relation"
	"github.com/axis-news/axis/segment"
	"github.com/axis-news/axis/sqlite"
)

// article is a segmented document from outlet with the events given; its
// body is the same for the same story, so copies are syndicated.
func article(t *testing.T, outlet, date, story string, evs ...ev) *axis.Document {
	t.Helper()
	d := axis.NewDocument()
	d.Meta = axis.Meta{Title: story, Date: date, Source: outlet, URL: "https://" + outlet + "/" + strings.ReplaceAll(story, " ", "-")}
	d.Blocks = []axis.Block{{Kind: axis.KindHeadline, Text: story}}
	for p := range 3 {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: fmt.Sprintf(
			"Paragraph %d of the %s report: officials of both governments met again on Wednesday and spoke to reporters "+
				"about what had been agreed, what was still disputed and when they would meet next.", p, story)})
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for i, e := range evs {
		x := e.event()
		x.ID = fmt.Sprintf("ev%d", i+1)
		x.Sentence = 0
		x.Start, x.End = 0, len(story)
		d.Events = append(d.Events, x)
	}
	return d
}

func TestCollect_SQLite(t *testing.T) {
	ctx := context.Background()
	db := sqlite.NewDB(filepath.Join(t.TempDir(), "axis.db"))
	if err := db.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	sign := ev{src: "RUS", tgt: "PRK", cameo: "057", date: "2024-06-19"}
	docs := []*axis.Document{
		// three outlets report the signing, each in its own words; one
		// codes it from both sides
		article(t, "a.example", "2024-06-19", "treaty signed in Pyongyang", sign),
		article(t, "b.example", "2024-06-20", "pact between Moscow and Pyongyang", sign,
			ev{src: "PRK", tgt: "RUS", cameo: "057", date: "2024-06-19"}),
		article(t, "c.example", "2024-06-20", "Putin and Kim sign partnership", sign,
			ev{src: "RUS", tgt: "PRK", cameo: "163", date: "2024-06-20", modality: axis.ModalityNegated}),
		// a copy of the first from another outlet: one more article, not
		// one more happening
		article(t, "d.example", "2024-06-19", "treaty signed in Pyongyang", sign),
		article(t, "e.example", "2024-09-02", "shelling at the border",
			ev{src: "PRK", tgt: "RUS", cameo: "111", date: "2024-09-01"},
			ev{src: "USA", tgt: "PRK", cameo: "163", date: "2024-09-01"},
			ev{src: "USA", tgt: "KOR", cameo: "061", date: "2024-09-01"}),
	}
	for _, d := range docs {
		if _, err := db.CreateDocument(ctx, d, axis.Identify(d)); err != nil {
			t.Fatal(err)
		}
	}

	old := relation.PageSize
	relation.PageSize = 2 // several pages
	defer func() { relation.PageSize = old }()

	rus := "RUS"
	c, err := relation.NewCollector(relation.Options{Period: relation.Month, From: "2024-06", To: "2024-09"})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Collect(ctx, db, axis.EventFilter{Involving: &rus}); err != nil {
		t.Fatal(err)
	}
	s := c.Series("RUS", "PRK", false)
	if got, want := periods(s), []string{"2024-06", "2024-07", "2024-08", "2024-09"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("periods=%v, want %v", got, want)
	}
	jun := s.Rows[0]
	if jun.Happenings != 1 || jun.Reports != 4 || jun.Coverage != 4 || jun.VerbalCooperation != 1 || jun.GoldsteinSum != 8 {
		t.Errorf("June=%+v, want one signing reported 4 times in 4 articles (the copy included)", jun.Counts)
	}
	if sep := s.Rows[3]; sep.Happenings != 1 || sep.VerbalConflict != 1 || sep.NetCooperation != -1 {
		t.Errorf("September=%+v, want one accusation", sep.Counts)
	}
	st := c.Stats()
	if st.Events != 6 || st.Modality != 1 || st.Happenings != 3 {
		t.Errorf("stats=%+v, want 6 events (the copy's are not stored again), 1 negated, 3 happenings", st)
	}

	// the whole store as a graph
	all, err := relation.NewCollector(relation.Options{Period: relation.Month})
	if err != nil {
		t.Fatal(err)
	}
	if err := all.Collect(ctx, db, axis.EventFilter{}); err != nil {
		t.Fatal(err)
	}
	g, err := all.Graph(relation.GraphOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(g.Nodes, " "); got != "KOR PRK RUS USA" {
		t.Errorf("nodes=%s", got)
	}
	p := relation.Blocs(g)
	if len(p.Blocs) != 2 || p.BlocOf("RUS") != p.BlocOf("PRK") || p.BlocOf("USA") != p.BlocOf("KOR") || p.BlocOf("USA") == p.BlocOf("PRK") {
		t.Errorf("blocs=%+v", p.Blocs)
	}
}
