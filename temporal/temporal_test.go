package temporal

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/axis-news/axis"
)

// found runs the stage on one sentence and returns "text=value/precision"
// for each date.
func found(tb testing.TB, text, docDate string) []string {
	tb.Helper()
	d := axis.NewDocument()
	d.Text = text
	d.Sentences = []axis.Sentence{{Start: 0, End: len(text), Kind: axis.KindBody}}
	d.Meta.Date = docDate
	if err := New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	checkDates(tb, d.Text, d.Dates)
	out := []string{}
	for _, x := range d.Dates {
		out = append(out, x.Text+"="+x.Value+"/"+x.Precision)
	}
	return out
}

func TestStage_Process(t *testing.T) {
	const doc = "2024-06-26" // a Wednesday
	tests := []struct {
		name, text, date string
		want             []string
	}{
		{"MonthDayYear", "The pact was signed on June 26, 2024 in Pyongyang.", doc, []string{"June 26, 2024=2024-06-26/day"}},
		{"DayMonthYear", "Ministers met on 26 June 2024 in Brussels.", doc, []string{"26 June 2024=2024-06-26/day"}},
		{"ISO", "The report is dated 2024-06-26.", doc, []string{"2024-06-26=2024-06-26/day"}},
		{"Slashes", "The order of 03/11/2023 was annulled.", doc, []string{"03/11/2023=2023-11-03/day"}},
		{"Ordinal", "The vote is set for the 3rd of December.", "2023-11-15", []string{"3rd of December=2023-12-03/day"}},
		{"DayNoYearNearest", "Talks resume on June 19 in Geneva.", "2023-06-18", []string{"June 19=2023-06-19/day"}},
		{"DayNoYearLastYear", "The fighting began on December 30.", "2024-01-04", []string{"December 30=2023-12-30/day"}},
		{"AbbrevMonth", "Nothing will stop the Dec 3 vote.", "2023-11-15", []string{"Dec 3=2023-12-03/day"}},
		{"InYear", "The treaty they signed in 2000 lapsed.", doc, []string{"2000=2000/year"}},
		{"SinceYear", "It has been under sanctions since 2006.", doc, []string{"2006=2006/year"}},
		{"YearsList", "Talks were held in 2021 and 2022.", doc, []string{"2021=2021/year", "2022=2022/year"}},
		{"YearRange", "The 2014-16 campaign failed.", doc, []string{"2014=2014/year", "16=2016/year"}},
		{"YearBeforeNoun", "The 2024 pact replaces an older one.", doc, []string{"2024=2024/year"}},
		{"YearOf", "The Russia of 2024 is bolder.", doc, []string{"2024=2024/year"}},
		{"MidYear", "Exports fell in mid-2023.", doc, []string{"2023=2023/year"}},
		{"MonthYear", "The invasion began in February 2022.", doc, []string{"February 2022=2022-02/month"}},
		{"Decade", "The famine of the 1990s left scars.", doc, []string{"1990s=1990s/decade"}},
		{"DecadeApostrophe", "It was a hit in the ’80s.", doc, []string{"’80s=1980s/decade"}},
		{"LastSeptember", "They met at the cosmodrome last September.", doc, []string{"last September=2023-09/month"}},
		{"NextMarch", "Elections are due next March.", doc, []string{"next March=2025-03/month"}},
		{"InMayPast", "The deal was struck in May.", doc, []string{"May=2024-05/month"}},
		{"InAugustPast", "The deal was struck in August.", doc, []string{"August=2023-08/month"}},
		{"InAugustFuture", "The summit will be held in August.", doc, []string{"August=2024-08/month"}},
		{"FutureCueAfter", "The summit in November will discuss climate.", doc, []string{"November=2024-11/month"}},
		{"MonthLastYear", "Fighting began in April last year.", doc, []string{"April last year=2023-04/month"}},
		{"SinceJanuary", "Tensions have grown since January.", doc, []string{"January=2024-01/month"}},
		{"MonthOfThisYear", "The court ruled in April of this year.", doc, []string{"April of this year=2024-04/month"}},
		{"OnWednesdaySameDay", "Putin on Wednesday signed the deal.", doc, []string{"Wednesday=2024-06-26/day"}},
		{"OnFriday", "Lin spoke on Friday about the deal.", doc, []string{"Friday=2024-06-21/day"}},
		{"OnFridayCapital", "On Friday the envoy left. Late On Friday Talks Resumed", doc, []string{"Friday=2024-06-21/day", "Friday=2024-06-21/day"}},
		{"FridayPossessive", "In Friday's statement both sides agreed.", doc, []string{"Friday=2024-06-21/day"}},
		{"FutureWeekday", "The ministers will meet on Friday.", doc, []string{"Friday=2024-06-28/day"}},
		{"PastPlanWeekday", "The truce had been due to expire on Monday night.", doc, []string{"Monday=2024-06-24/day"}},
		{"ComingThursday", "Talks resume on coming Thursday.", doc, []string{"coming Thursday=2024-06-27/day"}},
		{"LastMonday", "He resigned last Monday.", "2024-06-24", []string{"last Monday=2024-06-17/day"}},
		{"WeekdayWithDate", "Talks could resume on Thursday, October 26, 2023.", "2023-10-23", []string{"Thursday, October 26, 2023=2023-10-26/day"}},
		{"Yesterday", "Shelling resumed yesterday.", doc, []string{"yesterday=2024-06-25/day"}},
		{"Today", "The council adopted today a new package.", doc, []string{"today=2024-06-26/day"}},
		{"LastNight", "Drones struck last night.", doc, []string{"last night=2024-06-25/day"}},
		{"ThisMorning", "Sirens sounded this morning.", doc, []string{"this morning=2024-06-26/day"}},
		{"LastMonth", "Indeed, last month, Beijing resumed talks.", doc, []string{"last month=2024-05/month"}},
		{"EarlierThisMonth", "Earlier this month the envoy left.", doc, []string{"Earlier this month=2024-06/month"}},
		{"ThisYear", "Growth slowed this year.", doc, []string{"this year=2024/year"}},
		{"LastYear", "Trade hit a record last year.", doc, []string{"last year=2023/year"}},
		{"NextYear", "They agreed to sustain that level next year.", doc, []string{"next year=2025/year"}},
		{"PastYear", "Prices doubled over the past year.", doc, []string{"past year=P1Y/duration"}},
		{"PastDecade", "It grew in the past decade.", doc, []string{"past decade=P10Y/duration"}},
		{"NextWeek", "A delegation arrives next week.", doc, []string{"next week=2024-07/month"}},
		{"Ago", "The border closed two years ago.", doc, []string{"two years ago=2022/year"}},
		{"AfterAnchor", "Just two months after they met last September, the launch succeeded.", doc,
			[]string{"two months after=2023-11/month", "last September=2023-09/month"}},
		{"LaterAnchor", "He became leader in 2011 but did not visit until eight years later.", doc,
			[]string{"2011=2011/year", "eight years later=2019/year"}},
		{"BeforeNoAnchor", "An attempt three weeks before the trip failed.", doc, []string{"three weeks before=/day"}},
		{"DurationNearly", "The council has served for nearly 80 years.", doc, []string{"nearly 80 years=P80Y/duration"}},
		{"DurationPlain", "It was his first visit in 24 years.", doc, []string{"24 years=P24Y/duration"}},
		{"DurationMoreThan", "The first talks in more than four years.", doc, []string{"more than four years=P4Y/duration"}},
		{"DurationHyphen", "A two-day extension was agreed.", doc, []string{"two-day=P2D/duration"}},
		{"DurationHours", "He must leave within 72 hours.", doc, []string{"72 hours=PT72H/duration"}},
		{"DurationDecades", "The dispute has lasted three decades.", doc, []string{"three decades=P30Y/duration"}},
		{"RecentMonths", "Arms were sent in recent months.", doc, []string{"recent months=/duration"}},
		{"NoDocDate", "Shelling resumed yesterday, in 2020 terms.", "", []string{"yesterday=/day", "2020=2020/year"}},
		// Not dates.
		{"MayVerb", "The talks may fail, and troops may march.", doc, []string{}},
		{"MarchNoun", "March organisers said thousands joined.", doc, []string{}},
		{"Thousands", "Over 11,000 containers and 1,000 shells were sent.", doc, []string{}},
		{"CountNotYear", "A total of 2000 soldiers took part.", doc, []string{}},
		{"Age", "A 45-year-old man and a 30 years old woman were held.", doc, []string{}},
		{"TimeOfDay", "The blast came at 10:30 local time.", doc, []string{}},
		{"Model", "It bought F-16 jets and 2030 units of COVID-19 tests.", doc, []string{}},
		{"WeekdayNames", "The Sunday Times said the Good Friday Agreement holds.", doc, []string{}},
		{"ResolutionNumber", "Under UN Resolution 1973 authorised force.", doc, []string{}},
		{"OnceAYear", "They meet once a year.", doc, []string{}},
		{"Ordinal", "The 14th package of sanctions.", doc, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(t, tt.text, tt.date); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("dates of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestInSentence(t *testing.T) {
	d := axis.NewDocument()
	d.Text = "They met on Monday. Trade fell in 2023 and in May. No date here."
	d.Meta.Date = "2024-06-26"
	d.Sentences = []axis.Sentence{{Start: 0, End: 19}, {Start: 20, End: 50}, {Start: 51, End: len(d.Text)}}
	if err := New().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got, want := len(InSentence(d, 0)), 1; got != want {
		t.Fatalf("InSentence(0)=%d dates, want %d", got, want)
	}
	if got, want := len(InSentence(d, 1)), 2; got != want {
		t.Fatalf("InSentence(1)=%d dates, want %d", got, want)
	}
	if got := InSentence(d, 2); len(got) != 0 {
		t.Fatalf("InSentence(2)=%v, want none", got)
	}
	if got := InSentence(d, 7); got != nil {
		t.Fatalf("InSentence(7)=%v, want nil", got)
	}
	w, ok := When(d, 1)
	if !ok || w.Value != "2024-05" {
		t.Fatalf("When(1)=%v %v, want 2024-05", w, ok)
	}
	if _, ok := When(d, 2); ok {
		t.Fatal("When(2) found a date in a sentence without one")
	}
}

func TestLexicon_Load(t *testing.T) {
	tests := []struct{ name, in, err string }{
		{"OK", "month\tjanvier\t1\n# comment\n\nunit\tfortnight\tW\n", ""},
		{"Fields", "month\tjanvier\n", "x.tsv:1: want 3"},
		{"Category", "monthe\tjanvier\t1\n", "x.tsv:1: unknown category"},
		{"Range", "\nmonth\tjanvier\t13\n", "x.tsv:2: month"},
		{"Unit", "unit\tfortnight\tF\n", "unknown designator"},
		{"Phrase", "month\tle janvier\t1\n", "only approx"},
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
	path := filepath.Join(t.TempDir(), "fr.tsv")
	if err := os.WriteFile(path, []byte("month\tjuin\t6\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := NewWithFiles(path)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Find("Le 26 Juin 2024.", nil, "")
	if len(got) != 1 || got[0].Value != "2024-06-26" {
		t.Fatalf("Find with a user file = %+v, want 2024-06-26", got)
	}
	if _, err := NewWithFiles(filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Fatal("NewWithFiles with a missing file: no error")
	}
}
