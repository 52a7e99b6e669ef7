package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

// makeDoc builds a segmented document from a headline and body paragraphs.
func makeDoc(tb testing.TB, name, url, outlet, date, headline string, body ...string) *axis.Document {
	tb.Helper()
	d := axis.NewDocument()
	d.Meta = axis.Meta{ID: name, Title: headline, Date: date, Source: outlet, URL: url, Language: "en"}
	d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindHeadline, Text: headline})
	for _, p := range body {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: p})
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// span returns the offsets of the first occurrence of s in d.Text.
func span(tb testing.TB, d *axis.Document, s string) (int, int) {
	tb.Helper()
	i := strings.Index(d.Text, s)
	if i < 0 {
		tb.Fatalf("%q not in text", s)
	}
	return i, i + len(s)
}

func addEntity(tb testing.TB, d *axis.Document, kind, name, country, code string, mentions ...string) string {
	tb.Helper()
	id := fmt.Sprintf("e%d", len(d.Entities)+1)
	e := axis.Entity{ID: id, Kind: kind, Name: name, Country: country, Code: code, Mentions: []axis.Mention{}}
	for _, m := range mentions {
		s, end := span(tb, d, m)
		e.Mentions = append(e.Mentions, axis.Mention{Start: s, End: end, Text: m})
	}
	d.Entities = append(d.Entities, e)
	return id
}

func addEvent(tb testing.TB, d *axis.Document, src, tgt, cameo, plover, date, modality, trigger string) {
	tb.Helper()
	s, e := span(tb, d, trigger)
	d.Events = append(d.Events, axis.Event{
		ID: fmt.Sprintf("ev%d", len(d.Events)+1), Source: axis.Actor{Name: src, Country: src}, Target: axis.Actor{Name: tgt, Country: tgt},
		CAMEO: cameo, PLOVER: plover, QuadClass: 1, Goldstein: 1.5, Date: date, DatePrecision: axis.PrecisionDay,
		Modality: modality, Sentence: d.SentenceAt(s), Start: s, End: e, Rule: "test",
	})
}

func addQuote(tb testing.TB, d *axis.Document, text, speaker, speakerName string) {
	tb.Helper()
	s, e := span(tb, d, text)
	d.Quotes = append(d.Quotes, axis.Quote{Text: text, Start: s, End: e, Speaker: speaker, SpeakerName: speakerName, Cue: "said"})
}

const (
	bodySummit = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday, " +
		"the Kremlin said, in a visit both sides described as the start of a new partnership between the two states."
	bodySummit2 = "The two leaders signed a treaty on comprehensive strategic partnership that commits each side to " +
		"provide military assistance if the other is attacked, according to officials from both governments."
	bodyTrade = "Japan and South Korea agreed on Monday to restart talks on a trade agreement that stalled three years ago, " +
		"officials in Tokyo said after a meeting of the two countries' trade ministers in Seoul."
)

// summitDoc is a document with every kind of extraction.
func summitDoc(tb testing.TB, name, url, outlet string) *axis.Document {
	tb.Helper()
	d := makeDoc(tb, name, url, outlet, "2024-06-19", "Putin and Kim sign defence pact", bodySummit, "\u201cThis is a new era,\u201d Putin said.", bodySummit2)
	putin := addEntity(tb, d, axis.EntityPerson, "Vladimir Putin", "RUS", "", "Vladimir Putin", "Putin")
	addEntity(tb, d, axis.EntityPerson, "Kim Jong Un", "PRK", "", "Kim Jong Un")
	addEntity(tb, d, axis.EntityCountry, "Russia", "RUS", "RUS", "Kremlin")
	addQuote(tb, d, "This is a new era,", putin, "Vladimir Putin")
	addEvent(tb, d, "RUS", "PRK", "040", "CONSULT", "2024-06-19", axis.ModalityAsserted, "met")
	addEvent(tb, d, "RUS", "PRK", "057", "AGREE", "2024-06-19", axis.ModalityAsserted, "signed")
	addEvent(tb, d, "PRK", "RUS", "057", "AGREE", "2024-06-19", axis.ModalityAsserted, "signed")
	s, e := span(tb, d, "Wednesday")
	d.Dates = append(d.Dates, axis.Date{Text: "Wednesday", Start: s, End: e, Value: "2024-06-19", Precision: axis.PrecisionDay})
	s, e = span(tb, d, "two states")
	d.Amounts = append(d.Amounts, axis.Amount{Text: "two states", Start: s, End: e, Value: 2, Unit: "count", Object: "states", Approximate: true})
	s, e = span(tb, d, "treaty on comprehensive strategic partnership")
	d.Treaties = append(d.Treaties, axis.Treaty{ID: "t1", Name: "Treaty on Comprehensive Strategic Partnership", Parties: []string{"RUS", "PRK"},
		Date: "2024-06-19", Start: s, End: e, Relations: []axis.TreatyRelation{{Kind: "replaces", Treaty: "t0"}}})
	return d
}

func tradeDoc(tb testing.TB, name, url, outlet string) *axis.Document {
	tb.Helper()
	d := makeDoc(tb, name, url, outlet, "2024-03-04", "Japan and South Korea to restart trade talks", bodyTrade)
	addEntity(tb, d, axis.EntityCountry, "Japan", "JPN", "JPN", "Japan")
	addEntity(tb, d, axis.EntityCountry, "South Korea", "KOR", "KOR", "South Korea")
	addEvent(tb, d, "JPN", "KOR", "036", "CONSULT", "2024-03-04", axis.ModalityFuture, "agreed")
	addQuote(tb, d, "officials in Tokyo said", "", "officials in Tokyo")
	return d
}

func mustCreate(tb testing.TB, s axis.Store, d *axis.Document) *axis.CreateResult {
	tb.Helper()
	r, err := s.CreateDocument(context.Background(), d, axis.Identify(d))
	if err != nil {
		tb.Fatalf("CreateDocument(%s): %v", d.Meta.ID, err)
	}
	return r
}

func mustStats(tb testing.TB, s axis.Store) axis.StoreStats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return *st
}

func ptr[T any](v T) *T { return &v }

func TestStore_CreateDocument(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		t.Run("OK", func(t *testing.T) {
			s := env.MustOpen(t)
			d := summitDoc(t, "a.txt", "https://example.com/a", "Example News")
			r := mustCreate(t, s, d)
			if got, want := r.Status, axis.StatusNew; got != want {
				t.Fatalf("Status=%v, want %v", got, want)
			}
			st := mustStats(t, s)
			want := axis.StoreStats{Documents: 1, Sources: 1, Sentences: len(d.Sentences), Entities: 3, Mentions: 4,
				Quotes: 1, Events: 3, Happenings: 3, Dates: 1, Amounts: 1, Treaties: 1}
			if st != want {
				t.Fatalf("Stats=%+v, want %+v", st, want)
			}
			got, err := s.FindDocumentByID(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			gj, _ := json.Marshal(got)
			wj, _ := json.Marshal(d)
			if string(gj) != string(wj) {
				t.Fatalf("FindDocumentByID:\n got %s\nwant %s", gj, wj)
			}
			if len(got.Blocks) != len(d.Blocks) || got.Blocks[1] != d.Blocks[1] {
				t.Fatalf("Blocks=%v, want %v", got.Blocks, d.Blocks)
			}
		})
		t.Run("Duplicate", func(t *testing.T) {
			s := env.MustOpen(t)
			r1 := mustCreate(t, s, summitDoc(t, "a.txt", "https://example.com/a", "Example News"))
			before := mustStats(t, s)
			r2 := mustCreate(t, s, summitDoc(t, "a-again.txt", "https://example.com/a#top", "Example News"))
			if got, want := r2.Status, axis.StatusDuplicate; got != want {
				t.Fatalf("Status=%v, want %v", got, want)
			}
			if r2.ID != r1.ID {
				t.Fatalf("ID=%d, want %d", r2.ID, r1.ID)
			}
			if after := mustStats(t, s); after != before {
				t.Fatalf("Stats=%+v, want unchanged %+v", after, before)
			}
		})
		t.Run("Syndicated", func(t *testing.T) {
			s := env.MustOpen(t)
			r1 := mustCreate(t, s, summitDoc(t, "a.txt", "https://example.com/a", "Example News"))
			// Same body, another headline and outlet.
			d2 := makeDoc(t, "b.txt", "https://other.org/b", "Other Wire", "2024-06-19", "Kim hosts Putin", bodySummit, "\u201cThis is a new era,\u201d Putin said.", bodySummit2)
			r2 := mustCreate(t, s, d2)
			if r2.Status != axis.StatusSyndicated || r2.ID != r1.ID {
				t.Fatalf("copy: %+v, want syndicated of %d", r2, r1.ID)
			}
			// Nearly the same body: one word changed.
			d3 := makeDoc(t, "c.txt", "https://third.net/c", "", "2024-06-19", "Putin in Pyongyang",
				strings.Replace(bodySummit, "Wednesday", "Tuesday", 1), "\u201cThis is a new era,\u201d Putin said.", bodySummit2)
			r3 := mustCreate(t, s, d3)
			if r3.Status != axis.StatusSyndicated || r3.ID != r1.ID {
				t.Fatalf("near copy: %+v, want syndicated of %d", r3, r1.ID)
			}
			r4 := mustCreate(t, s, tradeDoc(t, "d.txt", "", ""))
			if r4.Status != axis.StatusNew {
				t.Fatalf("other story: %+v, want new", r4)
			}
			st := mustStats(t, s)
			if st.Documents != 2 || st.Sources != 4 || st.Events != 4 {
				t.Fatalf("Stats=%+v, want 2 documents, 4 sources, 4 events", st)
			}
			docs, n, err := s.FindDocuments(ctx, axis.DocumentFilter{ID: &r1.ID})
			if err != nil || n != 1 {
				t.Fatalf("FindDocuments: %v %d", err, n)
			}
			var urls []string
			for _, src := range docs[0].Sources {
				urls = append(urls, src.URL)
			}
			if got, want := strings.Join(urls, " "), "https://example.com/a https://other.org/b https://third.net/c"; got != want {
				t.Fatalf("sources=%s, want %s", got, want)
			}
		})
		t.Run("NearCopiesInOneBatch", func(t *testing.T) {
			s := env.MustOpen(t)
			paras := []string{
				"The foreign ministers of Chile and Peru met in Lima on Monday to discuss a new fisheries accord for the Pacific coast.",
				"Officials said the talks covered quotas for anchovy, the protection of spawning grounds and joint patrols against illegal trawlers.",
				"Chile's minister told reporters that both governments hoped to sign the accord before the end of the southern summer season.",
				"Peru's delegation asked for a review of the catch data gathered by scientists from both countries over the past decade.",
				"Fishing unions in the northern ports welcomed the meeting but warned that small boats must not bear the cost of any cuts.",
				"The two countries settled their maritime border dispute at the International Court of Justice in The Hague in 2014.",
				"A second round of talks is planned in Santiago next month, when experts will present a draft text to the ministers.",
				"Environmental groups urged the negotiators to publish the draft and to hear coastal communities before any signature.",
			}
			orig := makeDoc(t, "f1.txt", "https://one.example/f1", "One", "2024-02-05", "Chile and Peru discuss fisheries", paras...)
			word := append([]string(nil), paras...)
			word[2] = strings.Replace(word[2], "hoped", "wanted", 1)
			added := append(append([]string(nil), paras...), "Markets in Lima were closed for a public holiday.")
			dropped := append(append([]string(nil), paras[:4]...), paras[5:]...)
			docs := []*axis.Document{
				orig,
				makeDoc(t, "f2.txt", "https://two.example/f2", "Two", "2024-02-05", "Chile and Peru discuss fisheries", word...),
				makeDoc(t, "f3.txt", "https://three.example/f3", "Three", "2024-02-05", "Chile and Peru discuss fisheries", added...),
				makeDoc(t, "f4.txt", "https://four.example/f4", "Four", "2024-02-05", "Chile and Peru discuss fisheries", dropped...),
			}
			ids := make([]axis.Identity, len(docs))
			for i, d := range docs {
				ids[i] = axis.Identify(d)
			}
			before := mustStats(t, s)
			res, err := s.CreateDocuments(ctx, docs, ids)
			if err != nil {
				t.Fatal(err)
			}
			if res[0].Status != axis.StatusNew {
				t.Fatalf("first: %+v, want new", res[0])
			}
			for i, r := range res[1:] {
				if r.Status != axis.StatusSyndicated || r.ID != res[0].ID {
					t.Fatalf("near copy %d: %+v, want syndicated of %d", i+1, r, res[0].ID)
				}
			}
			if st := mustStats(t, s); st.Documents-before.Documents != 1 || st.Sources-before.Sources != 4 {
				t.Fatalf("Stats=%+v (before %+v), want 1 more document, 4 more sources", st, before)
			}
		})
		t.Run("ErrNoText", func(t *testing.T) {
			s := env.MustOpen(t)
			d := axis.NewDocument()
			_, err := s.CreateDocument(ctx, d, axis.Identify(d))
			if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
				t.Fatalf("code=%v, want %v (%v)", got, want, err)
			}
		})
	})
}

func TestStore_Happenings(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		s := env.MustOpen(t)
		mustCreate(t, s, summitDoc(t, "a.txt", "https://example.com/a", "Example News"))
		// Another article (different text) reporting the same meeting.
		d2 := makeDoc(t, "b.txt", "https://other.org/b", "Other Wire", "2024-06-19", "Kim welcomes Putin",
			"North Korea's leader greeted the Russian president at the airport before talks that lasted into the night, state media reported on Thursday morning.")
		addEvent(t, d2, "RUS", "PRK", "040", "CONSULT", "2024-06-19", axis.ModalityAsserted, "talks")
		mustCreate(t, s, d2)

		meet := func() axis.Happening {
			t.Helper()
			evs, _, err := s.FindEvents(ctx, axis.EventFilter{Actor: ptr("RUS"), Target: ptr("PRK"), Type: ptr("040")})
			if err != nil || len(evs) != 2 {
				t.Fatalf("FindEvents: %v, %d events, want 2", err, len(evs))
			}
			if evs[0].Happening.ID != evs[1].Happening.ID {
				t.Fatalf("events in happenings %d and %d, want one", evs[0].Happening.ID, evs[1].Happening.ID)
			}
			return evs[1].Happening
		}
		if h := meet(); h.NumMentions != 2 || h.NumArticles != 2 || h.NumSources != 2 {
			t.Fatalf("happening=%+v, want 2 mentions, 2 articles, 2 sources", h)
		}
		// A syndicated copy of the first article from a new outlet, then
		// one from an outlet already counted.
		mustCreate(t, s, makeDoc(t, "c.txt", "https://third.net/c", "Third", "2024-06-19", "Putin, Kim sign pact", bodySummit, "\u201cThis is a new era,\u201d Putin said.", bodySummit2))
		mustCreate(t, s, makeDoc(t, "d.txt", "https://other.org/d", "Other Wire", "2024-06-19", "Pact signed", bodySummit, "\u201cThis is a new era,\u201d Putin said.", bodySummit2))
		if h := meet(); h.NumMentions != 2 || h.NumArticles != 4 || h.NumSources != 3 {
			t.Fatalf("happening=%+v, want 2 mentions, 4 articles, 3 sources", h)
		}
		first, _, err := s.FindEvents(ctx, axis.EventFilter{FirstOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(first), 3; got != want {
			t.Fatalf("FirstOnly events=%d, want %d (one per happening)", got, want)
		}
	})
}

func TestStore_UpdateDocument(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		t.Run("OK", func(t *testing.T) {
			s := env.MustOpen(t)
			d := summitDoc(t, "a.txt", "https://example.com/a", "Example News")
			r := mustCreate(t, s, d)
			d2 := makeDoc(t, "b.txt", "https://other.org/b", "Other Wire", "2024-06-19", "Kim welcomes Putin",
				"North Korea's leader greeted the Russian president at the airport before talks that lasted into the night, state media reported on Thursday morning.")
			addEvent(t, d2, "RUS", "PRK", "040", "CONSULT", "2024-06-19", axis.ModalityAsserted, "talks")
			mustCreate(t, s, d2)

			// Re-extract the first document: fewer events, a new entity.
			re := summitDoc(t, "a.txt", "https://example.com/a", "Example News")
			re.Events = re.Events[:1]
			re.Events[0].Modality = axis.ModalityAlleged
			addEntity(t, re, axis.EntityLocation, "Pyongyang", "PRK", "", "Pyongyang")
			if err := s.UpdateDocument(ctx, r.ID, re); err != nil {
				t.Fatal(err)
			}
			got, err := s.FindDocumentByID(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Events) != 1 || got.Events[0].Modality != axis.ModalityAlleged || len(got.Entities) != 4 {
				t.Fatalf("after update: %d events (%v), %d entities", len(got.Events), got.Events, len(got.Entities))
			}
			st := mustStats(t, s)
			if st.Events != 2 || st.Happenings != 1 || st.Entities != 4 || st.Documents != 2 {
				t.Fatalf("Stats=%+v, want 2 events in 1 happening, 4 entities, 2 documents", st)
			}
			evs, _, err := s.FindEvents(ctx, axis.EventFilter{DocumentID: &r.ID})
			if err != nil || len(evs) != 1 {
				t.Fatalf("FindEvents: %v %d", err, len(evs))
			}
			if h := evs[0].Happening; h.NumMentions != 2 || h.NumArticles != 2 || h.NumSources != 2 {
				t.Fatalf("happening=%+v, want 2/2/2", h)
			}
			// Full-text search sees the new text.
			re2 := tradeDoc(t, "a.txt", "https://example.com/a", "Example News")
			if err := s.UpdateDocument(ctx, r.ID, re2); err != nil {
				t.Fatal(err)
			}
			docs, _, err := s.FindDocuments(ctx, axis.DocumentFilter{Search: ptr("Seoul ministers")})
			if err != nil || len(docs) != 1 || docs[0].ID != r.ID {
				t.Fatalf("search after update: %v %v", err, docs)
			}
			if docs, _, _ := s.FindDocuments(ctx, axis.DocumentFilter{Search: ptr("Pyongyang partnership")}); len(docs) != 0 {
				t.Fatalf("old text still found: %v", docs)
			}
		})
		t.Run("HappeningIDsStable", func(t *testing.T) {
			// Re-extracting a document that reports the same happenings keeps
			// their IDs (the GDELT export's GlobalEventID), even when the
			// document is their only report; one it no longer reports goes.
			s := env.MustOpen(t)
			r := mustCreate(t, s, summitDoc(t, "h.txt", "https://example.com/h", "Example News"))
			ids := func() map[string]int64 {
				t.Helper()
				evs, _, err := s.FindEvents(ctx, axis.EventFilter{DocumentID: &r.ID})
				if err != nil {
					t.Fatal(err)
				}
				m := map[string]int64{}
				for _, e := range evs {
					m[e.CAMEO+" "+e.Source.Name+">"+e.Target.Name] = e.Happening.ID
				}
				return m
			}
			// a later happening, so a re-inserted one would get a new ID
			later := makeDoc(t, "h2.txt", "https://other.org/h2", "Other Wire", "2024-06-21", "Seoul protests",
				"South Korea summoned the Russian ambassador on Friday to protest against the new treaty.")
			addEvent(t, later, "KOR", "RUS", "112", "ACCUSE", "2024-06-21", axis.ModalityAsserted, "summoned")
			mustCreate(t, s, later)
			before := ids()
			if len(before) < 2 {
				t.Fatalf("fixture has happenings %v, want at least 2", before)
			}
			if err := s.UpdateDocument(ctx, r.ID, summitDoc(t, "h.txt", "https://example.com/h", "Example News")); err != nil {
				t.Fatal(err)
			}
			if after := ids(); !maps.Equal(before, after) {
				t.Fatalf("happening IDs changed on reprocessing: %v, then %v", before, after)
			}
			total := mustStats(t, s).Happenings
			re := summitDoc(t, "h.txt", "https://example.com/h", "Example News")
			re.Events = re.Events[:1]
			if err := s.UpdateDocument(ctx, r.ID, re); err != nil {
				t.Fatal(err)
			}
			after := ids()
			if len(after) != 1 {
				t.Fatalf("happenings after dropping events: %v", after)
			}
			for k, id := range after {
				if before[k] != id {
					t.Errorf("happening %s: ID %d, was %d", k, id, before[k])
				}
			}
			if st, want := mustStats(t, s), total-len(before)+1; st.Happenings != want {
				t.Errorf("Stats.Happenings=%d, want %d (the unreported ones deleted)", st.Happenings, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := env.MustOpen(t)
			err := s.UpdateDocument(ctx, 99, tradeDoc(t, "x", "", ""))
			if got, want := axis.ErrorCode(err), axis.ENOTFOUND; got != want {
				t.Fatalf("code=%v, want %v (%v)", got, want, err)
			}
			_, err = s.FindDocumentByID(ctx, 99)
			if got, want := axis.ErrorCode(err), axis.ENOTFOUND; got != want {
				t.Fatalf("code=%v, want %v (%v)", got, want, err)
			}
		})
	})
}

func TestStore_FindEvents(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		s := env.MustOpen(t)
		mustCreate(t, s, summitDoc(t, "a.txt", "https://example.com/a", "Example News"))
		mustCreate(t, s, tradeDoc(t, "b.txt", "", ""))
		for _, tt := range []struct {
			name string
			f    axis.EventFilter
			want string
		}{
			{"All", axis.EventFilter{}, "040 057 057 036"},
			{"Dyad", axis.EventFilter{Actor: ptr("RUS"), Target: ptr("PRK")}, "040 057"},
			{"DyadLower", axis.EventFilter{Actor: ptr("rus"), Target: ptr("prk")}, "040 057"},
			{"Actor", axis.EventFilter{Actor: ptr("PRK")}, "057"},
			{"Target", axis.EventFilter{Target: ptr("PRK")}, "040 057"},
			{"Involving", axis.EventFilter{Involving: ptr("PRK")}, "040 057 057"},
			{"CAMEOPrefix", axis.EventFilter{Type: ptr("05")}, "057 057"},
			{"CAMEORoot", axis.EventFilter{Type: ptr("0")}, "040 057 057 036"},
			{"PLOVER", axis.EventFilter{Type: ptr("consult")}, "040 036"},
			{"From", axis.EventFilter{From: ptr("2024-06-01")}, "040 057 057"},
			{"Range", axis.EventFilter{From: ptr("2024-03-01"), To: ptr("2024-03-31")}, "036"},
			{"Modality", axis.EventFilter{Modality: ptr("future")}, "036"},
			{"None", axis.EventFilter{Actor: ptr("USA")}, ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				evs, n, err := s.FindEvents(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var codes []string
				for _, e := range evs {
					codes = append(codes, e.CAMEO)
				}
				if got := strings.Join(codes, " "); got != tt.want {
					t.Fatalf("events=%q, want %q", got, tt.want)
				}
				if n != len(evs) {
					t.Fatalf("n=%d, want %d", n, len(evs))
				}
			})
		}
		t.Run("Paging", func(t *testing.T) {
			evs, n, err := s.FindEvents(ctx, axis.EventFilter{Limit: 2})
			if err != nil || len(evs) != 2 || n != 4 {
				t.Fatalf("page 1: %v %d %d", err, len(evs), n)
			}
			evs2, n, err := s.FindEvents(ctx, axis.EventFilter{Limit: 2, Offset: 2})
			if err != nil || len(evs2) != 2 || n != 4 || evs2[0].ID <= evs[1].ID {
				t.Fatalf("page 2: %v %d %d", err, len(evs2), n)
			}
			evs3, _, err := s.FindEvents(ctx, axis.EventFilter{AfterID: evs[1].ID})
			if err != nil || len(evs3) != 2 || evs3[0].ID != evs2[0].ID {
				t.Fatalf("after: %v %d", err, len(evs3))
			}
			if _, n, err := s.FindEvents(ctx, axis.EventFilter{Limit: 2, SkipTotal: true}); err != nil || n != -1 {
				t.Fatalf("SkipTotal: n=%d err=%v, want -1", n, err)
			}
		})
		t.Run("Record", func(t *testing.T) {
			evs, _, err := s.FindEvents(ctx, axis.EventFilter{Type: ptr("036")})
			if err != nil || len(evs) != 1 {
				t.Fatal(err)
			}
			e := evs[0]
			if e.Source.Country != "JPN" || e.Target.Country != "KOR" || e.Goldstein != 1.5 || e.DocumentTitle != "Japan and South Korea to restart trade talks" ||
				e.Happening.Date != "2024-03-04" || e.Happening.Type != "036" || e.Happening.Source != "JPN" {
				t.Fatalf("record=%+v", e)
			}
		})
	})
}

func TestStore_FindQuotes(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		s := env.MustOpen(t)
		mustCreate(t, s, summitDoc(t, "a.txt", "", ""))
		mustCreate(t, s, tradeDoc(t, "b.txt", "", ""))
		for _, tt := range []struct {
			name string
			f    axis.QuoteFilter
			want int
		}{
			{"All", axis.QuoteFilter{}, 2},
			{"Speaker", axis.QuoteFilter{Speaker: ptr("putin")}, 1},
			{"SpeakerID", axis.QuoteFilter{Speaker: ptr("e1")}, 1},
			{"Words", axis.QuoteFilter{Words: ptr("NEW ERA")}, 1},
			{"WordsLikeChars", axis.QuoteFilter{Words: ptr("100%_")}, 0},
			{"None", axis.QuoteFilter{Speaker: ptr("Biden")}, 0},
		} {
			t.Run(tt.name, func(t *testing.T) {
				qs, n, err := s.FindQuotes(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if len(qs) != tt.want || n != tt.want {
					t.Fatalf("quotes=%d (n=%d), want %d", len(qs), n, tt.want)
				}
			})
		}
	})
}

func TestStore_FindDocuments(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		s := env.MustOpen(t)
		a := mustCreate(t, s, summitDoc(t, "a.txt", "", ""))
		b := mustCreate(t, s, tradeDoc(t, "b.txt", "", ""))
		for _, tt := range []struct {
			name string
			f    axis.DocumentFilter
			want []int64
		}{
			{"All", axis.DocumentFilter{}, []int64{a.ID, b.ID}},
			{"EntityName", axis.DocumentFilter{Entity: ptr("kim jong un")}, []int64{a.ID}},
			{"EntityCode", axis.DocumentFilter{Entity: ptr("kor")}, []int64{b.ID}},
			{"Search", axis.DocumentFilter{Search: ptr("strategic partnership")}, []int64{a.ID}},
			{"SearchStem", axis.DocumentFilter{Search: ptr("signs")}, []int64{a.ID}},
			{"SearchTitle", axis.DocumentFilter{Search: ptr("restart")}, []int64{b.ID}},
			{"SearchNone", axis.DocumentFilter{Search: ptr("zebra")}, nil},
			{"Date", axis.DocumentFilter{From: ptr("2024-06-01")}, []int64{a.ID}},
			{"Limit", axis.DocumentFilter{Limit: 1}, []int64{a.ID}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				docs, _, err := s.FindDocuments(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var ids []int64
				for _, d := range docs {
					ids = append(ids, d.ID)
				}
				if fmt.Sprint(ids) != fmt.Sprint(tt.want) {
					t.Fatalf("ids=%v, want %v", ids, tt.want)
				}
			})
		}
		t.Run("ErrEmptySearch", func(t *testing.T) {
			_, _, err := s.FindDocuments(ctx, axis.DocumentFilter{Search: ptr(" -- ")})
			if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
				t.Fatalf("code=%v, want %v", got, want)
			}
		})
		t.Run("Injection", func(t *testing.T) {
			docs, _, err := s.FindDocuments(ctx, axis.DocumentFilter{Entity: ptr("x' OR '1'='1")})
			if err != nil || len(docs) != 0 {
				t.Fatalf("docs=%v err=%v, want none", docs, err)
			}
		})
	})
}

func TestStore_Migrate(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		t.Run("Reopen", func(t *testing.T) {
			s := env.MustOpen(t)
			mustCreate(t, s, tradeDoc(t, "b.txt", "", ""))
			s.Close()
			s2 := env.MustOpen(t)
			if st := mustStats(t, s2); st.Documents != 1 {
				t.Fatalf("documents=%d after reopen, want 1", st.Documents)
			}
		})
		t.Run("ErrNewerSchema", func(t *testing.T) {
			env.MustOpen(t).Close()
			if _, err := env.SQL.Exec(env.Rebind(`INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`), 999, "9999_future.sql", "2030-01-01T00:00:00Z"); err != nil {
				t.Fatal(err)
			}
			_, err := env.Open()
			if got, want := axis.ErrorCode(err), axis.ECONFLICT; got != want {
				t.Fatalf("code=%v, want %v (%v)", got, want, err)
			}
			if msg := axis.ErrorMessage(err); !strings.Contains(msg, "newer axis") {
				t.Fatalf("message=%q, want it to say a newer axis wrote it", msg)
			}
		})
	})
}

func TestDump(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		s := env.MustOpen(t)
		mustCreate(t, s, summitDoc(t, "a.txt", "", ""))
		d1, err := Dump(context.Background(), env.SQL)
		if err != nil {
			t.Fatal(err)
		}
		mustCreate(t, s, summitDoc(t, "a.txt", "", ""))
		d2, _ := Dump(context.Background(), env.SQL)
		if d1 != d2 {
			t.Fatal("dump changed after ingesting a duplicate")
		}
		if !strings.Contains(d1, "Treaty on Comprehensive Strategic Partnership") {
			t.Fatal("dump lacks the treaty")
		}
	})
}

func TestStore_Concurrent(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		var docs []*axis.Document
		for i := range 20 {
			d := makeDoc(t, fmt.Sprintf("n%d.txt", i), fmt.Sprintf("https://example.com/%d", i), "Example", "2024-06-19",
				fmt.Sprintf("Headline %d", i), "Russia and North Korea held talks in Pyongyang on Wednesday. "+distinctWords(i))
			addEvent(t, d, "RUS", "PRK", "040", "CONSULT", "2024-06-19", axis.ModalityAsserted, "held talks")
			docs = append(docs, d)
		}
		// Two processes (stores) store the same documents at once.
		errs := make(chan error, 2)
		for range 2 {
			s := env.MustOpen(t)
			go func() {
				for _, d := range docs {
					if _, err := s.CreateDocument(ctx, d, axis.Identify(d)); err != nil {
						errs <- err
						return
					}
				}
				errs <- nil
			}()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		s := env.MustOpen(t)
		st := mustStats(t, s)
		if st.Documents != 20 || st.Sources != 20 || st.Events != 20 || st.Happenings != 1 {
			t.Fatalf("stats=%+v, want 20 documents, sources and events in 1 happening", st)
		}
		evs, _, err := s.FindEvents(ctx, axis.EventFilter{Limit: 1})
		if err != nil || evs[0].Happening.NumMentions != 20 || evs[0].Happening.NumArticles != 20 {
			t.Fatalf("happening=%+v err=%v, want 20 mentions and articles", evs[0].Happening, err)
		}
	})
}

// distinctWords returns a sentence of words no other i shares.
func distinctWords(i int) string {
	var w []string
	for k := range 12 {
		w = append(w, fmt.Sprintf("w%dx%d", i, k))
	}
	return strings.Join(w, " ") + "."
}

// TestStore_DateRanges: an event dated to a month or a year is inside a
// date range it overlaps.
func TestStore_DateRanges(t *testing.T) {
	RunWithStore(t, func(t *testing.T, env *Env) {
		ctx := context.Background()
		s := env.MustOpen(t)
		d := makeDoc(t, "r.txt", "https://example.com/r", "Example News", "2024-12-01", "A year of talks",
			"Brazil met Argentina, then Brazil hosted Chile, then Brazil visited Peru, then Brazil called Bolivia, and Brazil praised Uruguay.")
		for _, ev := range []struct{ date, cameo, trigger string }{
			{"2022", "010", "met"},
			{"2024-10", "020", "hosted"},
			{"2024-10-15", "030", "visited"},
			{"2024-09-30", "040", "called"},
			{"2024-11", "050", "praised"},
		} {
			addEvent(t, d, "BRA", "ARG", ev.cameo, "CONSULT", ev.date, axis.ModalityAsserted, ev.trigger)
		}
		mustCreate(t, s, d)
		for _, tt := range []struct {
			name, from, to, want string
		}{
			{"October", "2024-10-01", "2024-10-31", "020 030"},
			{"OctoberMonth", "2024-10", "2024-10", "020 030"},
			{"YearFrom", "2022-01-01", "2022-12-31", "010"},
			{"YearRange", "2024", "2024", "020 030 040 050"},
			{"FromOnly", "2024-10-16", "", "020 050"},
			{"ToOnly", "", "2024-09-30", "010 040"},
			{"Day", "2024-10-15", "2024-10-15", "020 030"},
			{"None", "2023-01-01", "2023-12-31", ""},
		} {
			t.Run(tt.name, func(t *testing.T) {
				f := axis.EventFilter{Actor: ptr("BRA")}
				if tt.from != "" {
					f.From = ptr(tt.from)
				}
				if tt.to != "" {
					f.To = ptr(tt.to)
				}
				evs, _, err := s.FindEvents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				var codes []string
				for _, e := range evs {
					codes = append(codes, e.CAMEO)
				}
				if got := strings.Join(codes, " "); got != tt.want {
					t.Fatalf("events=%q, want %q", got, tt.want)
				}
			})
		}
		t.Run("DocumentMonth", func(t *testing.T) {
			_, n, err := s.FindDocuments(ctx, axis.DocumentFilter{From: ptr("2024-12"), To: ptr("2024-12")})
			if err != nil || n != 1 {
				t.Fatalf("FindDocuments: n=%d err=%v, want 1", n, err)
			}
		})
	})
}
