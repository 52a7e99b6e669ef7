package evaltest

// Figures of the code on the two sets (score.py, F1 or accuracy), recorded
// when the floors below were set (session 2, after the event and quote
// rounds):
//
//	            eval    heldout   dev (for comparison)
//	quotes      1.000   0.972     1.000
//	speaker     1.000   0.928     1.000
//	people      1.000   0.980     1.000
//	person_cty  0.986   0.941     1.000
//	countries   1.000   1.000     0.993
//	events      0.833   0.711     0.749
//	events_und  0.834   0.721     0.781
//	event_types 0.837   0.861     0.895
//	amounts     0.923   0.832     0.964
//
// testdata/eval (14 articles) has been looked at while tuning, so it is now
// close to a second dev set. testdata/heldout (10 articles and 48
// one-sentence records, three per PLOVER type) was written by a helper who
// never saw the extraction rules; the lead used its errors only as classes
// rewritten in other words, so its figures are the nearest to unseen text.
//
// The floors sit about 0.05 below the figures: a change that loses more than
// that on these sets fails here even when the dev corpus improves.

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

const (
	// evalDir and heldoutDir hold articles and their gold annotations.
	evalDir    = "../../testdata/eval"
	heldoutDir = "../../testdata/heldout"
	// scorePy is the shared scorer, beside the repository.
	scorePy = "../../../shared/tools/score.py"
)

// floors are the lowest acceptable figures: F1 for the sets, accuracy for
// speaker and person_country.
var floors = map[string]float64{
	"quotes":            0.95,
	"speaker":           0.95,
	"people":            0.95,
	"person_country":    0.93,
	"countries":         0.95,
	"events":            0.78,
	"events_undirected": 0.78,
	"event_types":       0.78,
	"amounts":           0.87,
}

// heldoutFloors are the floors for testdata/heldout.
var heldoutFloors = map[string]float64{
	"quotes":            0.92,
	"speaker":           0.87,
	"people":            0.93,
	"person_country":    0.89,
	"countries":         0.95,
	"events":            0.66,
	"events_undirected": 0.67,
	"event_types":       0.81,
	"amounts":           0.78,
}

// gold is one NAME.json.
type gold struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Quotes []struct {
		Speaker        string `json:"speaker"`
		SpeakerCountry string `json:"speaker_country"`
		Text           string `json:"text"`
	} `json:"quotes"`
	People []struct {
		Name, Country, Role, Affiliation string
	} `json:"people"`
	Countries     []string `json:"countries"`
	Organizations []string `json:"organizations"`
	Events        []struct {
		Source, Target, Plover, Date, Sentence string
	} `json:"events"`
	Amounts []struct {
		Text, Object string
	} `json:"amounts"`
}

// article is one evaluation article: its name, text and gold.
type article struct {
	name, path, text string
	gold             gold
}

func loadArticles(t *testing.T, evalDir string) []article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(evalDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no gold files in %s", evalDir)
	}
	var out []article
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		a := article{name: name, path: filepath.Join(evalDir, name+".txt")}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a.gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		txt, err := os.ReadFile(a.path)
		if err != nil {
			t.Fatalf("gold without article: %v", err)
		}
		a.text = string(txt)
		out = append(out, a)
	}
	return out
}

var (
	// PLOVER's sixteen event types, cooperative ones first.
	ploverTypes = []string{
		"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
	}
	actorCode = regexp.MustCompile(`^(?:[A-Z]{3}|NATO|ECOWAS|BRICS|IAEA)$`)
	eventDate = regexp.MustCompile(`^\d{4}(?:-\d\d(?:-\d\d)?)?$`)
)

// TestGold_Consistent checks the gold against its article: the header lines
// are the title and date, every quote text and event sentence occurs
// verbatim in the body and every amount in the article, codes and PLOVER types are well-formed, and the article keeps
// the corpus shape (1,200-2,200 characters, 5-9 paragraphs).
func TestGold_Consistent(t *testing.T) {
	arts := loadArticles(t, evalDir)
	if got, want := len(arts), 14; got != want {
		t.Errorf("articles=%d, want %d", got, want)
	}
	seen := map[string]bool{}
	for _, a := range arts {
		t.Run(a.name, func(t *testing.T) {
			g := a.gold
			if g.ID != a.name {
				t.Errorf("id=%q, want %q", g.ID, a.name)
			}
			lines := strings.Split(a.text, "\n")
			if len(lines) < 4 || lines[0] != g.Title || lines[1] != g.Date || lines[2] != "" {
				t.Errorf("header lines do not match the gold title %q and date %q", g.Title, g.Date)
			}
			body := strings.Join(lines[3:], "\n")
			paras := strings.Split(strings.TrimSpace(body), "\n\n")
			if n := utf8.RuneCountInString(a.text); n < 1200 || n > 2200 {
				t.Errorf("article is %d characters, want 1,200-2,200", n)
			}
			if n := len(paras); n < 5 || n > 9 {
				t.Errorf("article has %d paragraphs, want 5-9", n)
			}
			for _, q := range g.Quotes {
				if q.Text == "" || utf8.RuneCountInString(q.Text) > 60 || !strings.Contains(body, q.Text) {
					t.Errorf("quote %q does not occur in the body (or is empty or over 60 characters)", q.Text)
				}
				if q.Speaker == "" {
					t.Errorf("quote %q has no speaker", q.Text)
				}
				if q.SpeakerCountry != "" && !actorCode.MatchString(q.SpeakerCountry) {
					t.Errorf("quote %q: speaker_country %q is no code", q.Text, q.SpeakerCountry)
				}
			}
			for _, p := range g.People {
				if p.Country != "" && !actorCode.MatchString(p.Country) {
					t.Errorf("person %q: country %q is no code", p.Name, p.Country)
				}
			}
			if !slices.IsSorted(g.Countries) || len(slices.Compact(slices.Clone(g.Countries))) != len(g.Countries) {
				t.Errorf("countries %v are not sorted and unique", g.Countries)
			}
			for _, c := range g.Countries {
				if !regexp.MustCompile(`^[A-Z]{3}$`).MatchString(c) {
					t.Errorf("country %q is no ISO3 code", c)
				}
			}
			if n := len(g.Events); n < 5 || n > 15 {
				t.Errorf("%d events, want 5-15", n)
			}
			for _, e := range g.Events {
				if !slices.Contains(ploverTypes, e.Plover) {
					t.Errorf("event %s-%s: PLOVER type %q", e.Source, e.Target, e.Plover)
				}
				if !actorCode.MatchString(e.Source) || !actorCode.MatchString(e.Target) {
					t.Errorf("event %s-%s %s: actor is no code", e.Source, e.Target, e.Plover)
				}
				if !eventDate.MatchString(e.Date) || e.Date[:4] > g.Date[:4] {
					t.Errorf("event %s-%s %s: date %q", e.Source, e.Target, e.Plover, e.Date)
				}
				if utf8.RuneCountInString(e.Sentence) > 60 || !strings.Contains(body, e.Sentence) {
					t.Errorf("event %s-%s %s: sentence %q does not occur in the body", e.Source, e.Target, e.Plover, e.Sentence)
				}
				seen[e.Plover] = true
			}
			for _, am := range g.Amounts {
				if !strings.Contains(a.text, am.Text) || am.Object == "" {
					t.Errorf("amount %q does not occur in the article or has no object", am.Text)
				}
			}
		})
	}
	for _, p := range ploverTypes {
		if !seen[p] {
			t.Errorf("no gold event of type %s in the set", p)
		}
	}
}

// TestEval_Score runs the default pipeline in process over every article,
// scores the output with shared/tools/score.py and holds the figures to the
// floors. It skips when python3 or the scorer is absent.
func TestEval_Score(t *testing.T) {
	sets := []struct {
		dir    string
		floors map[string]float64
	}{
		{evalDir, floors},
		{heldoutDir, heldoutFloors},
	}
	for _, set := range sets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) { score(t, set.dir, set.floors) })
	}
}

// score runs the default pipeline over the articles in dir, scores them and
// holds the figures to floors.
func score(t *testing.T, evalDir string, floors map[string]float64) {
	arts := loadArticles(t, evalDir)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("scorer not present: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pred := t.TempDir()
	ctx := context.Background()
	for _, a := range arts {
		var docs []*axis.Document
		err := reader.Read(ctx, a.path, reader.Options{}, func(d *axis.Document) error {
			if err := p.Process(ctx, d); err != nil {
				return err
			}
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", a.path, err)
		}
		if len(docs) != 1 {
			t.Fatalf("%s: %d documents, want 1", a.path, len(docs))
		}
		b, err := json.Marshal(docs[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pred, a.name+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(py, scorePy, evalDir, "--pred", pred, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	var failures []string
	if err := json.Unmarshal(res["failures"], &failures); err != nil || len(failures) > 0 {
		t.Errorf("score.py failures: %v %s", err, res["failures"])
	}
	for _, k := range slices.Sorted(maps.Keys(res)) {
		if k != "failures" && k != "articles" {
			t.Logf("%-18s %s", k, res[k])
		}
	}
	for k, floor := range floors {
		var fig struct {
			F1  *float64 `json:"f1"`
			Acc *float64 `json:"acc"`
		}
		if err := json.Unmarshal(res[k], &fig); err != nil {
			t.Errorf("%s: %v", k, err)
			continue
		}
		got := fig.F1
		if got == nil {
			got = fig.Acc
		}
		if got == nil {
			t.Errorf("%s: no figure in %s", k, res[k])
			continue
		}
		if *got < floor {
			t.Errorf("%s=%.3f, below the floor %.2f", k, *got, floor)
		}
	}
}
