package entity

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

// FuzzEntities checks that no text makes the stage panic and that every
// mention's offsets and text agree with the document.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met North Korean leader Kim Jong-un in Pyongyang.",
		"\"It is over,\" said Ramon Ferreira Costa, a lecturer at King’s College London.",
		"The U.S. and the U.N. told us that Mr. Kim's aides met Dr. Ali al-Rashid.",
		"Houthis' spokesperson said the US Central Command's strikes on Yemen's Houthis failed.",
		"PYONGYANG, June 18 (KCNA) -- Kim Il Sung Square was full.",
		"Jordan Jordan Georgia Chad Niger Nigeria Türkiye turkey TURKEY",
		"the the of of , , - -- ’s 's ' Al- al-",
		"Gulf of Aden Sea of Japan Camp David Lake Chad Mount Kenya",
		"A.B.C. U.S.A U. S. x.y. \u00a0 \u200b é É ı İ ß",
		"BRUSSELS (AP) — Lt. Gen. Ada Oyelaran, a counter-terrorism scholar at the University of Georgia in Athens, Ga., told the AP.",
		"Rwanda's Ines Wagner and Congo's Amani Wagner signed the Rome Statute. Wagner said: Moscow, Idaho, and Paris (",
		"Students of the University of Georgia in",
	} {
		f.Add(s)
	}
	s := mustStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := axis.NewDocument()
		d.Blocks = []axis.Block{{Kind: axis.KindBody, Text: text}}
		if err := segment.New().Process(context.Background(), d); err != nil {
			return
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, d)
	})
}

// FuzzTokenize checks the tokenizer's offsets on any input.
func FuzzTokenize(f *testing.F) {
	f.Add("U.S.-Russia ties, Kim Jong-un’s visit; O'Neill's 11,000 troops.")
	f.Fuzz(func(t *testing.T, text string) {
		ts, keys := tokenize(text)
		prev := 0
		for _, tk := range ts {
			if tk.start < prev || tk.end <= tk.start || tk.end > len(text) {
				t.Fatalf("token %+v out of order in %q", tk, text)
			}
			prev = tk.end
			if int(tk.ka) > len(keys)+1 || tk.ka > 0 && int(tk.ka-1+tk.kn) > len(keys) {
				t.Fatalf("token %+v key out of %d bytes of keys in %q", tk, len(keys), text)
			}
		}
	})
}

// FuzzLex checks that the lexer's tokens equal the tokens of the scanner on
// the whole text.
func FuzzLex(f *testing.F) {
	for _, s := range lexSeeds {
		f.Add(s)
	}
	s := mustStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		compareTokenizers(t, s, text)
	})
}

// matcherSeeds are texts for the matcher and person finder targets.
var matcherSeeds = []string{
	"Russian President Vladimir Putin met North Korean leader Kim Jong-un in Pyongyang.",
	"President Trump and Mr Biden; Chancellor Merz met King Abdullah of Jordan.",
	"The U.S. and the U.N. told us; the Kremlin, the White House and Downing Street.",
	"People's Republic of China, Kim Il Sung Square, South China Sea, the North.",
	"Tomasz Wrobel of the Warsaw Institute and Omar Haddad of the Council on Foreign Relations.",
	"Fighters of the Green Valley Militia fled The Valley for Kingston, Jamaica.",
	"Jordan Jordan Georgia Chad Niger Nigeria Türkiye turkey TURKEY NATO Nato",
	"\"It fails,\" said Ana Ruiz, a political scientist at the Universidad de los Andes.",
	"A.B.C. U.S.A U. S. x.y. \u00a0 \u200b é É ı İ ß ’s 's Al- al- -- -",
}

// FuzzMatcher checks the compiled matcher alone: hits are ordered, do not
// overlap, stay within the tokens, carry entries whose names have the
// hit's length, and the text of a hit matched by itself is found whole.
func FuzzMatcher(f *testing.F) {
	for _, s := range matcherSeeds {
		f.Add(s)
	}
	s := mustStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		toks, _ := lexTokens(s, text)
		hits := s.m.match(nil, toks, nameStarts(nil, toks), false)
		prev := 0
		for _, h := range hits {
			if h.i < prev || h.j <= h.i || h.j > len(toks) || len(h.entries) == 0 {
				t.Fatalf("hit %d-%d after %d of %d tokens in %q", h.i, h.j, prev, len(toks), text)
			}
			prev = h.j
			for _, e := range h.entries {
				if len(e.shapes) != h.j-h.i {
					t.Fatalf("entry %+v for a hit of %d tokens in %q", e, h.j-h.i, text)
				}
			}
			sub := text[toks[h.i].start:toks[h.j-1].end]
			st, _ := lexTokens(s, sub)
			if j, es := s.m.longestAt(st, 0); j != len(st) || len(es) == 0 {
				t.Fatalf("hit %q not matched whole alone: %d of %d tokens", sub, j, len(st))
			}
		}
	})
}

// FuzzPeople checks the person finder alone (no gazetteer, organisations
// or linking): person mentions stay within the text, own their tokens and
// carry a name spelt as in the text.
func FuzzPeople(f *testing.F) {
	for _, s := range matcherSeeds {
		f.Add(s)
	}
	s := mustStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := axis.NewDocument()
		d.Meta.Date = "2024-06-01"
		d.Blocks = []axis.Block{{Kind: axis.KindBody, Text: text}}
		if err := segment.New().Process(context.Background(), d); err != nil {
			return
		}
		r := newRun(s, d)
		defer r.release()
		r.personPatterns()
		for idx, m := range r.ments {
			if m.kind != mPerson || m.person == nil {
				t.Fatalf("mention %+v is no person", m)
			}
			if m.i < 0 || m.j > len(r.toks) || m.i >= m.j || m.start != r.toks[m.i].start || m.end != r.toks[m.j-1].end {
				t.Fatalf("mention %+v out of its tokens (%d)", m, len(r.toks))
			}
			for k := m.i; k < m.j; k++ {
				if r.own[k] != int32(idx) {
					t.Fatalf("token %d of %+v owned by %d", k, m, r.own[k])
				}
			}
			if p := m.person; p.name == "" || !strings.HasPrefix(d.Text[m.start:m.end], p.name) || len(p.keys) == 0 {
				t.Fatalf("person %+v for %q", p, d.Text[m.start:m.end])
			}
		}
		for _, pd := range r.pending {
			if pd.k < 0 || pd.k >= len(r.toks) || r.toks[pd.k].shape != shapeCap {
				t.Fatalf("pending %+v", pd)
			}
		}
	})
}

// FuzzFoldKey checks that two names get one fold key exactly when
// strings.EqualFold holds.
func FuzzFoldKey(f *testing.F) {
	f.Add("Kabul", "\u212aABUL")
	f.Add("Σίσυφος", "σίσυφοσ")
	f.Add("\xff", "\ufffd")
	f.Fuzz(func(t *testing.T, a, b string) {
		same := string(foldKey(nil, a)) == string(foldKey(nil, b))
		if want := strings.EqualFold(a, b); same != want {
			t.Fatalf("foldKey(%q) == foldKey(%q) is %v, want %v", a, b, same, want)
		}
	})
}

// nameStarts sets dst to the indexes of the annotated tokens some name of
// the matcher starts with (flag fStart), as segment lists them.
func nameStarts(dst []int32, toks []tok) []int32 {
	dst = grow(dst, len(toks))[:len(toks)]
	n := 0
	for k := range toks {
		dst[n] = int32(k)
		n += int(toks[k].flags / fStart & 1)
	}
	return dst[:n]
}
