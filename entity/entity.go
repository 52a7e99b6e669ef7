// Package entity recognises and links actors: countries, organisations,
// people and places.
//
// The stage makes one pass over a document's text with a matcher compiled
// once from the knowledge base (country names, variants, demonyms, capitals
// and seats of power; organisations; people and their name variants) and
// the places of data/places.txt, then finds what the knowledge base does
// not list from context: organisations by their head words ("Ewha
// University", "China's Ministry of Foreign Affairs"), people by titles,
// appositives, verbs of speech, honorifics and given names ("said Ramon
// Pacheco Pardo, a professor ..."). Finally it links later references to
// the people found: surnames ("Putin", "Mr Kim"), variants ("Kim Jong-un")
// and title references ("the Russian leader", "the spokesman").
//
// Knowledge-base people are taken at the document's date (Meta.Date): a
// role is the term in force, else a former one ("former President"), else
// the text's. A bare surname ("Trump said") names a head of state or
// government or foreign minister in office at the date; the aliases are
// built from the knowledge base, and a surname someone else in office
// shares, or that is a common word (data/commonwords.txt), needs the full
// name, a title or the state named in the document. A title with a surname
// ("Chancellor Merz", "King Abdullah of Jordan") picks the holder of that
// title at the date in the state the text names. A person's state comes
// from evidence tied to the person (an appositive, "X's", "of X", a
// role's state adjective, the affiliation's place); only officials named
// without a state get the one the story is about.
//
// The stage splits the text into words itself, the way names need it
// ("Jong-un", "U.S.", "Mr.", a possessive "'s"), looking each plain word up
// in the vocabulary as it goes; a run's buffers go back to a pool for the
// next document.
//
// The output is Document.Entities, ordered by first mention, with IDs e1,
// e2, ... in that order. Every mention satisfies Text[Start:End] == Text.
// Use At or NewIndex to find the entity at an offset.
package entity

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/kb"
)

// Name of the stage.
const Name = "entity"

// Stage is the entity stage. It is immutable once built and safe for
// concurrent use.
type Stage struct {
	kb  *kb.KB
	lx  *lexicon
	m   *matcher
	kbx *kbIndex
	// info holds, for every word the matcher or the lexicon knows, its
	// vocabulary id and lexicon flags: one table look-up a token.
	info *infoTable
	// punct holds the vocabulary id of each ASCII punctuation mark, or -1,
	// and punctFlags its lexicon flags.
	punct      [128]int32
	punctFlags [128]uint32
	// weakCap marks the countries (by kb.Countries index) whose capital
	// needs support: see data/weakcapitals.txt.
	weakCap map[int32]bool
	// countryRef maps a country code to its index in kb.Countries.
	countryRef map[string]int32
	// pool keeps the buffers of finished runs (*scratch).
	pool sync.Pool
}

// New returns the entity stage for knowledge base k (kb.Default() when k
// is nil). Building the matcher takes a few tens of milliseconds; build the
// stage once and reuse it.
func New(k *kb.KB) (*Stage, error) {
	if k == nil {
		var err error
		if k, err = kb.Default(); err != nil {
			return nil, fmt.Errorf("entity stage: %w", err)
		}
	}
	lx, err := loadLexicon(dataFS)
	if err != nil {
		return nil, fmt.Errorf("entity stage: %w", err)
	}
	s := &Stage{kb: k, lx: lx, m: buildMatcher(k, lx)}
	s.kbx = buildKBIndex(k, lx, s.m)
	s.info = newInfoTable(buildInfo(s.m, lx, s.kbx))
	s.countryRef = make(map[string]int32, len(k.Countries))
	for i, c := range k.Countries {
		s.countryRef[c.Code] = int32(i)
	}
	s.weakCap = map[int32]bool{}
	for i, c := range k.Countries {
		if c.Capital != "" && lx.weakCap[strings.Join(foldPhrase(c.Capital), " ")] {
			s.weakCap[int32(i)] = true
		}
	}
	for _, c := range []string{"PRK", "KOR"} {
		if _, ok := s.countryRef[c]; !ok {
			s.countryRef[c] = -1 // a user's KB without the Koreas
		}
	}
	for c := range s.punct {
		s.punct[c] = -1
		if w, ok := s.info.get(string(rune(c))); ok {
			s.punct[c] = w.vid
			s.punctFlags[c] = w.flags
		}
	}
	return s, nil
}

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage: it fills d.Entities.
func (s *Stage) Process(ctx context.Context, d *axis.Document) error {
	if d.Text == "" {
		d.Entities = []axis.Entity{}
		return nil
	}
	r := newRun(s, d)
	r.run()
	d.Entities = r.entities()
	r.release()
	return nil
}
