package event

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
)

// Modes and contexts (data/modes.tsv, data/contexts.tsv): PLOVER's "how"
// and "what about" of an event, from cue words around the match and from
// its CAMEO code. Cue words are numbered in the pattern vocabulary, so a
// token's id answers which cues it is.

// modeCue is one mode a word or code stands for in a category.
type modeCue struct {
	plover string
	mode   string
	rank   int // line order: a lower rank wins
}

// cueTables are the modes and contexts of the vocabulary's words and of
// CAMEO codes.
type cueTables struct {
	modeWord [][]modeCue          // by word id
	modeCode map[string][]modeCue // by CAMEO code
	ctxWord  []uint32             // context bits by word id
	ctxCode  map[string]uint32
	ctxNames []string // by bit
	ctxLists sync.Map // the context lists made, by their bits
}

// loadCues reads the embedded mode and context tables.
func (ps *Patterns) loadCues() error {
	ps.cues.modeCode = map[string][]modeCue{}
	ps.cues.ctxCode = map[string]uint32{}
	b, err := dataFS.ReadFile("data/modes.tsv")
	if err != nil {
		return fmt.Errorf("read modes: %w", err)
	}
	rank := 0
	if err := eachLine("modes.tsv", string(b), 3, func(f []string) string {
		if !ploverCategories[f[0]] {
			return fmt.Sprintf("unknown PLOVER category %q", f[0])
		}
		rank++
		cue := modeCue{plover: f[0], mode: f[1], rank: rank}
		for _, w := range strings.Fields(f[2]) {
			if isCode(w) {
				ps.cues.modeCode[w] = append(ps.cues.modeCode[w], cue)
				continue
			}
			id := ps.intern(w)
			for len(ps.cues.modeWord) <= int(id) {
				ps.cues.modeWord = append(ps.cues.modeWord, nil)
			}
			ps.cues.modeWord[id] = append(ps.cues.modeWord[id], cue)
		}
		return ""
	}); err != nil {
		return err
	}
	b, err = dataFS.ReadFile("data/contexts.tsv")
	if err != nil {
		return fmt.Errorf("read contexts: %w", err)
	}
	defer func() {
		for len(ps.byID) <= len(ps.vocab) {
			ps.byID = append(ps.byID, nil)
		}
		// the cue words are marked, so that the coder looks up only
		// those
		for len(ps.class) <= len(ps.vocab) {
			ps.class = append(ps.class, 0)
		}
		for id, l := range ps.cues.modeWord {
			if len(l) > 0 {
				ps.class[id] |= clsMode
			}
		}
		for id, b := range ps.cues.ctxWord {
			if b != 0 {
				ps.class[id] |= clsContext
			}
		}
	}()
	return eachLine("contexts.tsv", string(b), 2, func(f []string) string {
		if len(ps.cues.ctxNames) == 32 {
			return "more than 32 contexts"
		}
		bit := uint32(1) << len(ps.cues.ctxNames)
		ps.cues.ctxNames = append(ps.cues.ctxNames, f[0])
		for _, w := range strings.Fields(f[1]) {
			if isCode(w) {
				ps.cues.ctxCode[w] |= bit
				continue
			}
			id := ps.intern(w)
			for len(ps.cues.ctxWord) <= int(id) {
				ps.cues.ctxWord = append(ps.cues.ctxWord, 0)
			}
			ps.cues.ctxWord[id] |= bit
		}
		return ""
	})
}

// eachLine calls fn with the tab-separated fields of each line of a
// table that is not blank or a comment; fn returns a complaint or "".
func eachLine(name, text string, nf int, fn func([]string) string) error {
	for i, ln := range strings.Split(text, "\n") {
		ln = strings.TrimRight(ln, " \r")
		if strings.TrimSpace(ln) == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != nf {
			return &LineError{File: name, Line: i + 1, Msg: fmt.Sprintf("want %d tab-separated fields", nf)}
		}
		if msg := fn(f); msg != "" {
			return &LineError{File: name, Line: i + 1, Msg: msg}
		}
	}
	return nil
}

// isCode reports whether w is a CAMEO code of the table.
func isCode(w string) bool {
	_, ok := codes[w]
	return ok && w[0] >= '0' && w[0] <= '9'
}

// cueWindow is how many words after the match are searched for cues.
const cueWindow = 6

// window returns the token span whose words are the cues of match m: the
// match, two words before it and a few after it, within its clause (up to
// a comma, a clause word or "and").
func (c *coder) window(m match) (int, int) {
	lo := m.t0
	for k := 0; k < 2 && lo > 0 && !c.toks[lo-1].punct; k++ {
		lo--
	}
	hi := m.t1
	for k := 0; k < cueWindow && hi < len(c.toks) && !isBoundary(c.toks[hi].low) && c.toks[hi].cls&clsClauseStop == 0 &&
		c.toks[hi].low != "and" && c.toks[hi].low != "but"; k++ {
		hi++
	}
	return lo, hi
}

// modeOf returns the mode of an event of the category plover and CAMEO
// code coded by a match whose cue words are tokens [lo, hi).
func (c *coder) modeOf(lo, hi int, plover, code string, p *Pattern) string {
	cu := &c.st.pats.cues
	best := modeCue{rank: 1 << 30}
	for i := lo; i < hi; i++ {
		id := c.toks[i].id
		if c.toks[i].cls&clsMode == 0 || int(id) >= len(cu.modeWord) {
			continue
		}
		for _, m := range cu.modeWord[id] {
			if m.plover == plover && m.rank < best.rank {
				best = m
			}
		}
	}
	if best.mode != "" {
		return best.mode
	}
	byCode := p.modes
	if code != p.Code {
		byCode = cu.modeCode[code]
	}
	for _, m := range byCode {
		if m.plover == plover {
			return m.mode
		}
	}
	return ""
}

// contextOf returns the contexts of an event with CAMEO code whose cue
// words are tokens [lo, hi), in table order; nil when none.
func (c *coder) contextOf(lo, hi int, code string, p *Pattern) []string {
	cu := &c.st.pats.cues
	bitsSet := p.contexts
	if code != p.Code {
		bitsSet = cu.ctxCode[code]
	}
	for i := lo; i < hi; i++ {
		if id := c.toks[i].id; c.toks[i].cls&clsContext != 0 && int(id) < len(cu.ctxWord) {
			bitsSet |= cu.ctxWord[id]
		}
	}
	if bitsSet == 0 {
		return nil
	}
	// a list is made once for each set of contexts and shared by the
	// events that have it; it is never changed
	if l, ok := cu.ctxLists.Load(bitsSet); ok {
		return l.([]string)
	}
	l := make([]string, 0, bits.OnesCount32(bitsSet))
	for b := bitsSet; b != 0; b &= b - 1 {
		l = append(l, cu.ctxNames[bits.TrailingZeros32(b)])
	}
	cu.ctxLists.Store(bitsSet, l)
	return l
}
