package entity

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/axis-news/axis/kb"
)

func TestLexiconFiles(t *testing.T) {
	lx, err := loadLexicon(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	if !lx.speech["said"] || lx.role["president"] != roleLeader || lx.role["mr"] != roleHonorific ||
		!lx.given["robert"] || !lx.function["the"] || lx.orgHead["university"] == "" || !lx.locAfter["sea"] {
		t.Fatal("lexicon lacks basic words")
	}
	for _, p := range lx.places {
		if p.country != "" && mustStage(t).kb.Country(p.country) == nil {
			t.Errorf("places.txt: %s: unknown country %s", p.name, p.country)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	good := map[string]string{
		"data/speech.txt": "said\n", "data/stopwords.txt": "[function]\nthe\n[noun]\nmonday\n",
		"data/givennames.txt": "robert\n", "data/roles.txt": "[title]\npresident\n",
		"data/locheads.txt": "[after]\nsea\n[before]\ngulf of\n", "data/orgheads.txt": "university\tuniversity\n",
		"data/places.txt": "Gaza\tPSE\n", "data/instruments.txt": "treaty\n", "data/usstates.txt": "Ohio\t-\n", "data/credits.txt": "[open]\nreporting by\n",
		"data/commonwords.txt": "store\n", "data/weakcapitals.txt": "the valley\n",
	}
	tests := []struct{ file, content, want string }{
		{"data/speech.txt", "said\nsaid\n", "data/speech.txt:2: duplicate"},
		{"data/givennames.txt", "Robert\n", "data/givennames.txt:1"},
		{"data/commonwords.txt", "store\nStore\n", "data/commonwords.txt:2"},
		{"data/roles.txt", "president\n", "data/roles.txt:1: word before any [section]"},
		{"data/roles.txt", "[boss]\n", "unknown section"},
		{"data/orgheads.txt", "university\n", "data/orgheads.txt:1: want word<TAB>kind"},
		{"data/orgheads.txt", "universidad\tuniversity\tforeign\n", "data/orgheads.txt:1: want word<TAB>kind"},
		{"data/places.txt", "Gaza\tPalestine\n", "data/places.txt:1: bad country code"},
		{"data/places.txt", "# c\nGaza\tPSE\nGaza\tPSE\n", "data/places.txt:3: duplicate"},
	}
	for _, tt := range tests {
		fs := fstest.MapFS{}
		for k, v := range good {
			fs[k] = &fstest.MapFile{Data: []byte(v)}
		}
		fs[tt.file] = &fstest.MapFile{Data: []byte(tt.content)}
		_, err := loadLexicon(fs)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %q: err=%v, want %q", tt.file, tt.content, err, tt.want)
		}
	}
	fs := fstest.MapFS{}
	for k, v := range good {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	if _, err := loadLexicon(fs); err != nil {
		t.Fatalf("good files: %v", err)
	}
}

// TestUserActors checks that an actor file added to the KB is recognised.
func TestUserActors(t *testing.T) {
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	k := base.Clone()
	err = k.Load("mine.tsv", strings.NewReader("id\tname\tvariants\tcountry\trole\torg\tfrom\tto\n"+
		"zara-quill\tZara Quill\tQuill\tNZL\tMayor\t\t2020\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(k)
	if err != nil {
		t.Fatal(err)
	}
	d := extractWith(t, s, "Quill spoke first; then Zara Quill left.")
	e := find(d, "person", "Zara Quill")
	if e == nil || e.Country != "NZL" || e.Role != "Mayor" || len(e.Mentions) != 2 {
		t.Fatalf("user actor = %+v", e)
	}
}
