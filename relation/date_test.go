package relation

import (
	"testing"
	"time"
)

func TestCalendar(t *testing.T) {
	// every day from 1899 to 2101 against the time package
	start := time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := start; d.Year() < 2102; d = d.AddDate(0, 0, 1) {
		day := int32(d.Unix() / 86400)
		if got := daysFromCivil(d.Year(), int(d.Month()), d.Day()); got != day {
			t.Fatalf("daysFromCivil(%s)=%d, want %d", d.Format(time.DateOnly), got, day)
		}
		if y, m, dd := civilFromDays(day); y != d.Year() || m != int(d.Month()) || dd != d.Day() {
			t.Fatalf("civilFromDays(%d)=%d-%d-%d, want %s", day, y, m, dd, d.Format(time.DateOnly))
		}
		y, w := d.ISOWeek()
		if got, want := Week.label(Week.bucket(day)), time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006")+"-W"+two(w); got != want {
			t.Fatalf("week of %s=%s, want %s", d.Format(time.DateOnly), got, want)
		}
		for p := Day; p <= Year; p++ {
			b := p.bucket(day)
			if f := p.firstDay(b); f > day || p.bucket(f) != b || p.bucket(f-1) != b-1 {
				t.Fatalf("%s bucket %d of %s: first day %s", p, b, d.Format(time.DateOnly), dayString(f))
			}
		}
	}
}

func two(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

func TestLabels(t *testing.T) {
	day := daysFromCivil(2024, 11, 5)
	for p, want := range map[Period]string{Day: "2024-11-05", Week: "2024-W45", Month: "2024-11", Quarter: "2024-Q4", Year: "2024"} {
		if got := p.label(p.bucket(day)); got != want {
			t.Errorf("%s label=%s, want %s", p, got, want)
		}
	}
	if got := Period(9).String(); got != "period(9)" {
		t.Errorf("String=%s", got)
	}
}

func FuzzParseBound(f *testing.F) {
	for _, s := range []string{"2024", "2024-02", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12", "2024-1", "x", "2024-02-29T10:00"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, end bool) {
		got, err := ParseBound(s, end)
		if err != nil {
			return
		}
		if len(got) != 10 {
			t.Fatalf("ParseBound(%q)=%q: not YYYY-MM-DD", s, got)
		}
		for _, e := range []bool{false, true} {
			if again, err := ParseBound(got, e); err != nil || again != got {
				t.Fatalf("ParseBound(%q)=%q, then %q, %v", s, got, again, err)
			}
		}
	})
}
