package entity

import (
	"context"
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
		ts := tokenize(nil, text)
		prev := 0
		for _, tk := range ts {
			if tk.start < prev || tk.end <= tk.start || tk.end > len(text) {
				t.Fatalf("token %+v out of order in %q", tk, text)
			}
			prev = tk.end
		}
	})
}

// FuzzTokenizeFrom checks that tokens built from the segment stage's tokens
// equal the tokens of the scanner on the whole text.
func FuzzTokenizeFrom(f *testing.F) {
	for _, s := range tokenizeFromSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		compareTokenizers(t, text)
	})
}
