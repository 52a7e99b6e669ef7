package segment_test

import (
	"context"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
)

// split runs the stage over blocks of body text and returns the sentences' text.
func split(t testing.TB, blocks ...string) (*axis.Document, []string) {
	t.Helper()
	d := axis.NewDocument()
	for _, b := range blocks {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: b})
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return d, out
}

func TestStage_Sentences(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want []string
	}{
		{"Plain", []string{"The talks ended. Both sides left."}, []string{"The talks ended.", "Both sides left."}},
		{"Titles", []string{"Mr. Lee met Dr. Park and Prof. Ito. They agreed."},
			[]string{"Mr. Lee met Dr. Park and Prof. Ito.", "They agreed."}},
		{"AcronymInside", []string{"The U.S. State Department said so. The U.N. agreed."},
			[]string{"The U.S. State Department said so.", "The U.N. agreed."}},
		{"AcronymAtEnd", []string{"Troops left the U.S. The talks went on."},
			[]string{"Troops left the U.S.", "The talks went on."}},
		{"Initials", []string{"The book by J. R. Smith sold well. Sales rose."},
			[]string{"The book by J. R. Smith sold well.", "Sales rose."}},
		{"MonthAbbrev", []string{"It began on Jan. 5 in the capital. Then it ended."},
			[]string{"It began on Jan. 5 in the capital.", "Then it ended."}},
		{"NumberAbbrev", []string{"He lives at No. 10 with staff. Guests came."},
			[]string{"He lives at No. 10 with staff.", "Guests came."}},
		{"Money", []string{"Trade reached $2.5bn last year. It grew 3.4 per cent."},
			[]string{"Trade reached $2.5bn last year.", "It grew 3.4 per cent."}},
		{"QuoteThenAttribution", []string{"“We will win,” he said. “Not now?” she asked. They left."},
			[]string{"“We will win,” he said.", "“Not now?” she asked.", "They left."}},
		{"QuestionInQuote", []string{"“Why now?” the envoy asked reporters. Nobody answered."},
			[]string{"“Why now?” the envoy asked reporters.", "Nobody answered."}},
		{"ClosingQuoteKept", []string{"She said: “It is over.” Then she left."},
			[]string{"She said: “It is over.”", "Then she left."}},
		{"MultiSentenceQuote", []string{"“We came. We saw. We stayed,” the minister said."},
			[]string{"“We came.", "We saw.", "We stayed,” the minister said."}},
		{"Ellipsis", []string{"He paused… Then he spoke."}, []string{"He paused…", "Then he spoke."}},
		{"BrokenAcrossParagraphs", []string{"Exports between the", "two states rose sharply. Imports fell."},
			[]string{"Exports between the\n\ntwo states rose sharply.", "Imports fell."}},
		{"NotBrokenWhenCapital", []string{"A list of names", "The next paragraph."},
			[]string{"A list of names", "The next paragraph."}},
		{"Exclamation", []string{"Stop! Now."}, []string{"Stop!", "Now."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, got := split(t, tt.in...)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("sentences=%q, want %q", got, tt.want)
			}
		})
	}
}

func TestStage_Kinds(t *testing.T) {
	d := axis.NewDocument()
	d.Blocks = []axis.Block{
		{Kind: axis.KindHeadline, Text: "Leaders meet. Talks go on"},
		{Kind: axis.KindDateline, Text: "March 3, 2025"},
		{Kind: axis.KindByline, Text: "By A. Writer"},
		{Kind: axis.KindBody, Text: "First. Second."},
		{Kind: axis.KindHeading, Text: "A sub-heading"},
		{Kind: axis.KindBody, Text: "Third."},
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, s := range d.Sentences {
		kinds = append(kinds, s.Kind)
	}
	want := "headline dateline byline body body heading body"
	if got := strings.Join(kinds, " "); got != want {
		t.Fatalf("kinds=%q, want %q", got, want)
	}
	if got, want := d.Text[:len("Leaders meet. Talks go on\n\n")], "Leaders meet. Talks go on\n\n"; got != want {
		t.Fatalf("text starts %q, want %q", got, want)
	}
}

func TestNormalize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  two\t\tspaces \n and\u00a0nbsp ", "two spaces and nbsp"},
		{"soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"},
		{"e\u0301cole", "\u00e9cole"}, // NFC
		{"“curly” – dash — kept", "“curly” – dash — kept"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"ctrl\x00\x07chars", "ctrlchars"},
	} {
		if got := segment.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Putin’s visit to the U.S. cost $2.5bn.", "Putin|’s|visit|to|the|U.S.|cost|$|2.5bn|."},
		{"Kim Jong-un sent 11,000 containers, 1,000km-long", "Kim|Jong-un|sent|11,000|containers|,|1,000km-long"},
		{"Mr. Lee said “no”.", "Mr.|Lee|said|“|no|”|."},
		{"O’Neill didn't go", "O’Neill|didn't|go"},
		{"a, 1,2 and 1,0000", "a|,|1|,|2|and|1|,|0000"},
	} {
		var got []string
		for _, tok := range segment.Tokenize(nil, tt.in, 0, len(tt.in)) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q)=%q, want %q", tt.in, g, tt.want)
		}
	}
}

// checkDocument asserts the invariants of the text layer.
func checkDocument(t testing.TB, d *axis.Document) {
	t.Helper()
	prev := 0
	for i, s := range d.Sentences {
		if s.Start < prev || s.End < s.Start || s.End > len(d.Text) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (text %d)", i, s.Start, s.End, len(d.Text))
		}
		if s.FirstToken > s.EndToken || s.EndToken > len(d.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d) bad", i, s.FirstToken, s.EndToken)
		}
		for _, tok := range d.Tokens[s.FirstToken:s.EndToken] {
			if tok.Start < s.Start || tok.End > s.End {
				t.Fatalf("token [%d,%d) outside sentence %d", tok.Start, tok.End, i)
			}
		}
		prev = s.End
	}
	for _, tok := range d.Tokens {
		if tok.Start >= tok.End || tok.End > len(d.Text) {
			t.Fatalf("token [%d,%d) bad", tok.Start, tok.End)
		}
	}
}

func FuzzStage(f *testing.F) {
	for _, s := range []string{"Mr. Lee met Dr. Park. They agreed.", "“Why?” he asked. “No,” she said.",
		"The U.S. and U.N. said $2.5bn.\n\nthen more", "a\xffb… c", "", "…", "“", "J. R. R. Tolkien. U.S.A. Ok."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = split(t, strings.Split(s, "\n\n")...)
		d, _ := split(t, s)
		checkDocument(t, d)
	})
}

func BenchmarkStage(b *testing.B) {
	para := "Russian President Vladimir Putin met the U.S. envoy on Jan. 5 in Moscow, officials said. " +
		"“We agreed on $2.5bn of trade,” he told reporters. Mr. Lee, a professor at the University of Hull, " +
		"disagreed? Some 11,000 containers were sent, the ministry said in a statement."
	var blocks []string
	for range 40 {
		blocks = append(blocks, para)
	}
	size := 0
	for _, bl := range blocks {
		size += len(bl) + 2
	}
	b.SetBytes(int64(size))
	st := segment.New()
	for b.Loop() {
		d := axis.NewDocument()
		for _, bl := range blocks {
			d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: bl})
		}
		if err := st.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
