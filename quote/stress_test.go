package quote_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// TestStress runs articles written for this test in the style of US
// election news (testdata/stress/NAME.txt: partial quotes, scare quotes,
// slogans, nicknames, titles of books, films and bills, "according to",
// "wrote on Truth Social", "in an interview with", unnamed spokespeople)
// and compares the quotations with the hand-marked NAME.want (one
// "speaker<TAB>text" a line). Unlike the golden files, the want files say
// what is right, not what the code does: the test fails when precision,
// recall or speaker accuracy over all of them falls below its floor, and
// logs every difference.
func TestStress(t *testing.T) {
	files, err := filepath.Glob("testdata/stress/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no stress articles: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{NoEvents: true})
	if err != nil {
		t.Fatal(err)
	}
	var tp, npred, ngold, spkOK int
	for _, f := range files {
		gold := readWant(t, strings.TrimSuffix(f, ".txt")+".want")
		var qs []axis.Quote
		err := reader.Read(context.Background(), f, reader.Options{}, func(d *axis.Document) error {
			if err := p.Process(context.Background(), d); err != nil {
				return err
			}
			checkOffsets(t, d)
			qs = append(qs, d.Quotes...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		used := make([]bool, len(qs))
		for _, g := range gold {
			found := false
			for i, q := range qs {
				if used[i] || norm(q.Text) != norm(g.text) {
					continue
				}
				used[i], found = true, true
				tp++
				if sameSpeaker(g.speaker, q.SpeakerName) {
					spkOK++
				} else {
					t.Logf("%s: %q said by %q, want %q", filepath.Base(f), g.text, q.SpeakerName, g.speaker)
				}
				break
			}
			if !found {
				t.Logf("%s: missed %q (%s)", filepath.Base(f), g.text, g.speaker)
			}
		}
		for i, q := range qs {
			if !used[i] {
				t.Logf("%s: not a quotation: %q (%s)", filepath.Base(f), q.Text, q.SpeakerName)
			}
		}
		npred += len(qs)
		ngold += len(gold)
	}
	prec, rec := float64(tp)/float64(max(npred, 1)), float64(tp)/float64(max(ngold, 1))
	acc := float64(spkOK) / float64(max(tp, 1))
	t.Logf("stress: precision %.3f recall %.3f speaker %.3f (%d/%d/%d)", prec, rec, acc, tp, npred, ngold)
	if prec < 0.97 || rec < 0.95 || acc < 0.93 {
		t.Errorf("precision %.3f recall %.3f speaker %.3f, want >= 0.97, 0.95, 0.93", prec, rec, acc)
	}
}

type wantQuote struct{ speaker, text string }

func readWant(tb testing.TB, path string) []wantQuote {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []wantQuote
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		spk, text, ok := strings.Cut(line, "\t")
		if !ok {
			tb.Fatalf("%s:%d: want speaker<TAB>text", path, ln)
		}
		out = append(out, wantQuote{spk, text})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// sameSpeaker reports whether predicted speaker name pred names gold: the
// same last word (Trump, Donald Trump), or half the words in common
// (spokesperson for the Republican National Committee).
func sameSpeaker(gold, pred string) bool {
	words := func(s string) []string {
		s = strings.NewReplacer("’s", "", "'s", "", "-", " ").Replace(strings.ToLower(s))
		return strings.Fields(s)
	}
	g, p := words(gold), words(pred)
	if len(g) == 0 || len(p) == 0 {
		return len(g) == len(p)
	}
	if g[len(g)-1] == p[len(p)-1] {
		return true
	}
	common := 0
	for _, a := range g {
		for _, b := range p {
			if a == b {
				common++
				break
			}
		}
	}
	return 2*common >= len(g)
}
