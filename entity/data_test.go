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

// TestInfoFlags checks that the flags of the info table say what the word
// lists say: the stage tests a token's flags instead of looking its key up
// in the lists.
func TestInfoFlags(t *testing.T) {
	s := mustStage(t)
	lx := s.lx
	sets := []struct {
		name string
		f    uint32
		in   func(k string) bool
	}{
		{"function", fFunction, func(k string) bool { return lx.function[k] }},
		{"stop", fStop, func(k string) bool { return lx.stop[k] }},
		{"given", fGiven, func(k string) bool { return lx.given[k] }},
		{"speech", fSpeech, func(k string) bool { return lx.speech[k] }},
		{"locAfter", fLocAfter, func(k string) bool { return lx.locAfter[k] }},
		{"orgHead", fOrgHead, func(k string) bool { return lx.orgHead[k] != "" }},
		{"role", fRole, func(k string) bool { return lx.role[k] != roleNone }},
		{"creditFirst", fCreditFirst, func(k string) bool { return lx.creditFirst[k] }},
		{"orgConnectors", fOrgConnector, func(k string) bool { return orgConnectors[k] }},
		{"particles", fParticle, func(k string) bool { return particles[k] }},
		{"the", fThe, func(k string) bool { return k == "the" }},
		{"north, south", fNorthSouth, func(k string) bool { return k == "north" || k == "south" }},
		{"head", fHead, func(k string) bool { return s.kbx.head[k] != nil }},
		{"start", fStart, func(k string) bool { id, ok := s.m.vocab[k]; return ok && s.m.root[id] != 0 }},
	}
	keys := map[string]bool{}
	for _, m := range []map[string]bool{lx.function, lx.stop, lx.given, lx.speech, lx.locAfter, lx.creditFirst, orgConnectors, particles} {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range lx.orgHead {
		keys[k] = true
	}
	for k := range lx.role {
		keys[k] = true
	}
	for k := range s.m.vocab {
		keys[k] = true
	}
	for k := range s.kbx.head {
		keys[k] = true
	}
	for k := range keys {
		w, ok := s.info.get(k)
		if !ok {
			if !strings.Contains(k, " ") {
				t.Errorf("%q: not in the info table", k)
			}
			continue
		}
		for _, set := range sets {
			if got, want := w.flags&set.f != 0, set.in(k); got != want {
				t.Errorf("%q: %s flag %v, want %v", k, set.name, got, want)
			}
		}
		tk := tok{flags: w.flags}
		if got, want := tk.roleClass(), lx.role[k]; got != want {
			t.Errorf("%q: role class %d, want %d", k, got, want)
		}
	}
}
