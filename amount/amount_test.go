package amount

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/temporal"
)

// found runs the temporal and amount stages on one sentence and returns
// "text=value unit [object] ~" for each amount (~ when approximate).
func found(tb testing.TB, text string) []string {
	tb.Helper()
	d := axis.NewDocument()
	d.Text = text
	d.Sentences = []axis.Sentence{{Start: 0, End: len(text), Kind: axis.KindBody}}
	d.Meta.Date = "2024-06-26"
	if err := temporal.New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	if err := New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	checkAmounts(tb, d.Text, d.Amounts)
	out := []string{}
	for _, a := range d.Amounts {
		s := fmt.Sprintf("%s=%g %s", a.Text, a.Value, a.Unit)
		if a.Object != "" {
			s += " [" + a.Object + "]"
		}
		if a.Approximate {
			s += " ~"
		}
		out = append(out, s)
	}
	return out
}

func TestStage_Process(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Money.
		{"DollarBn", "Trade hit a record high of $240bn in 2023.", []string{"$240bn=2.4e+11 USD"}},
		{"DollarBillion", "The fund holds $2.5 billion.", []string{"$2.5 billion=2.5e+09 USD"}},
		{"Euro", "Brussels pledged €1.2 million.", []string{"€1.2 million=1.2e+06 EUR"}},
		{"PoundM", "The club paid £3m for him.", []string{"£3m=3e+06 GBP"}},
		{"USDollar", "Washington sent US$5 billion in military aid.", []string{"US$5 billion=5e+09 USD [military aid]"}},
		{"Rupees", "The state set aside Rs 100 crore for relief.", []string{"Rs 100 crore=1e+09 INR"}},
		{"Yen", "Tokyo offered ¥500 billion.", []string{"¥500 billion=5e+11 JPY"}},
		{"Shillings", "The council lost 580 million shillings.", []string{"580 million shillings=5.8e+08 KES"}},
		{"UgandanShillings", "It cost 20 billion Ugandan shillings.", []string{"20 billion Ugandan shillings=2e+10 UGX"}},
		{"EurosWord", "Members provided 40 billion euros, or about 43 billion dollars, each year.",
			[]string{"40 billion euros=4e+10 EUR", "43 billion dollars=4.3e+10 USD ~"}},
		{"VagueMoney", "Trillions of dollars in trade pass through the strait annually.", []string{"Trillions of dollars=2e+12 USD [trade] ~"}},
		{"MoneyWorth", "They seized $2m worth of weapons.", []string{"$2m=2e+06 USD [weapons]"}},
		{"AttributiveMoney", "They signed a $5bn arms deal.", []string{"$5bn=5e+09 USD [arms deal]"}},
		{"SpacedUSDollar", "It received US$ 5bn in grants.", []string{"US$ 5bn=5e+09 USD [grants]"}},
		{"HyphenScale", "A $2-billion arms sale was blocked.", []string{"$2-billion=2e+09 USD [arms sale]"}},
		{"CodeBefore", "The fine was CHF 4.2m.", []string{"CHF 4.2m=4.2e+06 CHF"}},
		{"CodeAfter", "The dam cost 4.6 billion USD.", []string{"4.6 billion USD=4.6e+09 USD"}},
		{"WonAfter", "Seoul pledged 2 trillion won.", []string{"2 trillion won=2e+12 KRW"}},
		// Counts.
		{"SeveralThousand", "Several thousand troops and a few hundred police were sent.",
			[]string{"Several thousand troops=3000 troops [troops] ~", "few hundred police=300 police [police] ~"}},
		{"Several", "Several soldiers were hurt.", []string{}},
		{"HalfAMillion", "Half a million have fled.", []string{"Half a million=500000 "}},
		{"ListOfCounts", "It destroyed four helicopters and hundreds of drones.",
			[]string{"four helicopters=4 helicopters [helicopters]", "hundreds of drones=200 drones [drones] ~"}},
		{"Jets", "It wants 40 F-16s and 12 Su-35 fighter jets.",
			[]string{"40 F-16s=40 F-16s [F-16s]", "12 Su-35 fighter jets=12 jets [Su-35 fighter jets]"}},
		{"USTroops", "Some 2,500 US troops remain.", []string{"2,500 US troops=2500 troops [US troops] ~"}},
		{"Containers", "It sent over 11,000 containers of munitions to Russia.", []string{"11,000 containers=11000 containers [containers of munitions] ~"}},
		{"Dozens", "It sent dozens of ballistic missiles.", []string{"dozens of ballistic missiles=24 missiles [ballistic missiles] ~"}},
		{"Thousands", "Thousands of troops massed at the border.", []string{"Thousands of troops=2000 troops [troops] ~"}},
		{"TensOfThousands", "Tens of thousands of people fled.", []string{"Tens of thousands of people=20000 people [people] ~"}},
		{"Hundreds", "Hundreds of civilians were hurt.", []string{"Hundreds of civilians=200 civilians [civilians] ~"}},
		{"Million", "The war displaced two million people.", []string{"two million people=2e+06 people [people]"}},
		{"MoreThan", "More than 500 soldiers were killed.", []string{"500 soldiers=500 soldiers [soldiers] ~"}},
		{"Adjectives", "A total of 50 civilian hostages were freed for 150 Palestinian prisoners.",
			[]string{"50 civilian hostages=50 hostages [civilian hostages]", "150 Palestinian prisoners=150 prisoners [Palestinian prisoners]"}},
		{"Demonym", "Talks freed 17 Thais and one Filipino.", []string{"17 Thais=17 Thais [Thais]"}},
		{"TwoDozen", "About two dozen KFOR soldiers were injured.", []string{"two dozen KFOR soldiers=24 soldiers [KFOR soldiers] ~"}},
		{"ADozen", "A dozen vessels were seized.", []string{"A dozen vessels=12 vessels [vessels]"}},
		{"NumberWord", "Somalia ordered the closure of two consulates.", []string{"two consulates=2 consulates [consulates]"}},
		{"AndObject", "It listed an additional 116 individuals and entities.", []string{"116 individuals=116 individuals [individuals and entities]"}},
		{"HyphenModifier", "Dozens of Iran-backed fighters crossed.", []string{"Dozens of Iran-backed fighters=24 fighters [Iran-backed fighters] ~"}},
		{"DozensAlone", "Dozens were hurt in the clashes.", []string{"Dozens=24  ~"}},
		// Percentages.
		{"PercentSign", "Inflation rose 5% in May.", []string{"5%=5 percent"}},
		{"PerCent", "Exports fell 5.5 per cent.", []string{"5.5 per cent=5.5 percent"}},
		{"PercentWord", "Turnout was five percent higher.", []string{"five percent=5 percent"}},
		{"PercentOf", "Defence takes 2% of GDP.", []string{"2%=2 percent [GDP]"}},
		// Measures.
		{"KmLong", "The more than 1,000km-long (600 mile) front line.", []string{"1,000km=1000 km ~", "600 mile=600 mi"}},
		{"Kilometres", "The shoal lies 20 kilometres offshore.", []string{"20 kilometres=20 km"}},
		{"HyphenMeasure", "A 20-kilometre buffer zone.", []string{"20-kilometre=20 km"}},
		{"BarrelsPerDay", "Output is now about 80,000 bpd, down from 300,000 barrels per day.",
			[]string{"80,000 bpd=80000 bbl/d ~", "300,000 barrels per day=300000 bbl/d"}},
		{"Tonnes", "Ships carried 600 tonnes of grain.", []string{"600 tonnes=600 t"}},
		// Votes.
		{"Vote", "The assembly approved the bid 287-55.", []string{"287-55=287 votes"}},
		// Not amounts.
		{"Years", "The treaty of 1961 was replaced in 2000 and 2024.", []string{}},
		{"Durations", "It took two months and 48 hours, over 24 years.", []string{}},
		{"Dates", "On June 26, 2024 and on 3 May the talks resumed.", []string{}},
		{"Anaphor", "The two countries and their three leaders met.", []string{}},
		{"Ordinals", "The 14th package is the first of its kind; Kharkiv is the second biggest city.", []string{}},
		{"TimeOfDay", "The blast came at 10:30 and at 3 pm.", []string{}},
		{"Names", "Turkey wants F-16 jets and G7 support against COVID-19 variants.", []string{}},
		{"Phone", "Call +44 20 7946 0958 or 202-555-0100.", []string{}},
		{"ListNumber", "1. Soldiers must leave.", []string{}},
		{"Singular", "One Filipino and one step closer.", []string{}},
		{"ScoreNoContext", "The 3-1 ending surprised them.", []string{}},
		{"MetresNotMillions", "A 300m-long wall.", []string{"300m=300 m"}},
		{"Verbs", "Three were seriously hurt and four remained.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("amounts of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLexicon_Load(t *testing.T) {
	tests := []struct{ name, in, err string }{
		{"OK", "currency\tkyat\tMMK\t-\n# c\n\nmeasure\tleagues\tleague\t1\n", ""},
		{"Fields", "currency\tkyat\tMMK\n", "x.tsv:1: want 4"},
		{"Kind", "money\tkyat\tMMK\t-\n", "x.tsv:1: unknown kind"},
		{"Code", "\ncurrency\tkyat\tmmk\t-\n", "x.tsv:2: currency"},
		{"Scale", "scale\tzillion\t-\tlots\n", "not a positive number"},
		{"Words", "stop\ta b c d\t-\t-\n", "one to three words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := newLexicon().Load(strings.NewReader(tt.in), "x.tsv")
			if tt.err == "" && err != nil {
				t.Fatalf("Load: %v", err)
			}
			if tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Fatalf("Load error = %v, want one containing %q", err, tt.err)
			}
		})
	}
}

func TestNewWithFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mm.tsv")
	if err := os.WriteFile(path, []byte("currency\tkyat\tMMK\t-\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := NewWithFiles(path)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Find("It cost 300 million kyat.", nil, nil)
	if len(got) != 1 || got[0].Unit != "MMK" || got[0].Value != 3e8 {
		t.Fatalf("Find with a user file = %+v, want 3e8 MMK", got)
	}
	if _, err := NewWithFiles(filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Fatal("NewWithFiles with a missing file: no error")
	}
}
