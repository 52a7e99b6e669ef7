package temporal

import (
	"strconv"
	"time"

	"github.com/axis-news/axis"
)

// Precision ranks, finest first.
const (
	pDay = iota
	pMonth
	pYear
	pDecade
)

var precNames = [...]string{axis.PrecisionDay, axis.PrecisionMonth, axis.PrecisionYear, axis.PrecisionDecade}

// point is a resolved calendar date at some precision; t holds its first day.
type point struct {
	t    time.Time
	prec int
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := day(y, m, d)
	return t.Day() == d
}

// value formats p as YYYY-MM-DD, YYYY-MM, YYYY or YYYYs (years 0-9999).
func (p point) value() string {
	var b [10]byte
	y, m, d := p.t.Date()
	if p.prec == pDecade {
		y -= y % 10
	}
	put := func(at, v, width int) {
		for k := at + width - 1; k >= at; k-- {
			b[k] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, y, 4)
	n := 4
	switch p.prec {
	case pDay:
		b[4], b[7] = '-', '-'
		put(5, int(m), 2)
		put(8, d, 2)
		n = 10
	case pMonth:
		b[4] = '-'
		put(5, int(m), 2)
		n = 7
	case pDecade:
		b[4] = 's'
		n = 5
	}
	return string(b[:n])
}

// date returns p as an axis.Date; years outside 1-9999 have no value.
func (p point) date() axis.Date {
	if y := p.t.Year(); y < 1 || y > 9999 {
		return axis.Date{Precision: precNames[p.prec]}
	}
	return axis.Date{Value: p.value(), Precision: precNames[p.prec]}
}

// parseValue reads a value written by point.value.
func parseValue(v string) (point, bool) {
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		y, ok1 := num(v[:4])
		m, ok2 := num(v[5:7])
		d, ok3 := num(v[8:])
		if ok1 && ok2 && ok3 && validDay(y, m, d) {
			return point{day(y, m, d), pDay}, true
		}
	case len(v) == 7 && v[4] == '-':
		y, ok1 := num(v[:4])
		m, ok2 := num(v[5:])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			return point{day(y, m, 1), pMonth}, true
		}
	case len(v) == 4:
		if y, ok := num(v); ok {
			return point{day(y, 1, 1), pYear}, true
		}
	case len(v) == 5 && v[4] == 's':
		if y, ok := num(v[:4]); ok {
			return point{day(y, 1, 1), pDecade}, true
		}
	}
	return point{}, false
}

// ParseDate parses a document date (YYYY-MM-DD).
func ParseDate(s string) (time.Time, bool) {
	p, ok := parseValue(s)
	if !ok || p.prec != pDay {
		return time.Time{}, false
	}
	return p.t, true
}

// shift moves t by n units (Y M W D H MIN DEC CEN) and returns the result at
// the precision the unit allows, never finer than prec.
func shift(t time.Time, prec int, n float64, unit string) (point, bool) {
	if n != float64(int(n)) {
		// Half a year from a date is not a date we can name precisely.
		return point{}, false
	}
	k := int(n)
	up := pDay
	switch unit {
	case "Y":
		t, up = t.AddDate(k, 0, 0), pYear
	case "DEC":
		t, up = t.AddDate(10*k, 0, 0), pYear
	case "CEN":
		t, up = t.AddDate(100*k, 0, 0), pYear
	case "M":
		t, up = t.AddDate(0, k, 0), pMonth
	case "W":
		t = t.AddDate(0, 0, 7*k)
	case "D":
		t = t.AddDate(0, 0, k)
	case "H":
		t = t.Add(time.Duration(k) * time.Hour)
	case "MIN":
		t = t.Add(time.Duration(k) * time.Minute)
	default:
		return point{}, false
	}
	return point{t, max(up, prec)}, true
}

// isoDuration writes n units as an ISO 8601 duration.
func isoDuration(n float64, unit string) string {
	var des byte
	t := false
	switch unit {
	case "Y":
		des = 'Y'
	case "DEC":
		n, des = n*10, 'Y'
	case "CEN":
		n, des = n*100, 'Y'
	case "M":
		des = 'M'
	case "W":
		des = 'W'
	case "D":
		des = 'D'
	case "H":
		des, t = 'H', true
	case "MIN":
		des, t = 'M', true
	default:
		return ""
	}
	var buf [32]byte
	b := append(buf[:0], 'P')
	if t {
		b = append(b, 'T')
	}
	b = strconv.AppendFloat(b, n, 'f', -1, 64)
	return string(append(b, des))
}

// nearestYear places month m, day d in the year that puts it closest to ref.
func nearestYear(ref time.Time, m, d int) (point, bool) {
	best, bestDiff, found := time.Time{}, time.Duration(0), false
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		t := day(y, m, d)
		diff := t.Sub(ref)
		if diff < 0 {
			diff = -diff
		}
		if !found || diff < bestDiff {
			best, bestDiff, found = t, diff, true
		}
	}
	return point{best, pDay}, found
}

// monthFrom resolves a month name without a year. dir -1 is the last such
// month strictly before the document's month, 1 the next strictly after, 0
// the document's year; past (dir 2) the latest on or before, future (dir
// 3) the earliest on or after.
func monthFrom(ref time.Time, m, dir int) point {
	y, rm := ref.Year(), int(ref.Month())
	switch dir {
	case -1:
		if m >= rm {
			y--
		}
	case 1:
		if m <= rm {
			y++
		}
	case 2:
		if m > rm {
			y--
		}
	case 3:
		if m < rm {
			y++
		}
	}
	return point{day(y, m, 1), pMonth}
}

// weekdayFrom resolves a weekday (1 Monday .. 7 Sunday) with the same dir
// meanings as monthFrom.
func weekdayFrom(ref time.Time, wd, dir int) point {
	cur := int(ref.Weekday()) // 0 Sunday
	if cur == 0 {
		cur = 7
	}
	back := (cur - wd + 7) % 7 // days back to the latest on or before
	fwd := (wd - cur + 7) % 7  // days forward to the earliest on or after
	var off int
	switch dir {
	case -1:
		if back == 0 {
			back = 7
		}
		off = -back
	case 1:
		if fwd == 0 {
			fwd = 7
		}
		off = fwd
	case 3, 0:
		off = fwd
	default:
		off = -back
	}
	return point{ref.AddDate(0, 0, off), pDay}
}

// weekOf resolves "this week" shifted by n weeks. A week has no precision
// of its own in axis/v1, so it is given as the month holding its Thursday
// (the ISO 8601 rule for which year a week belongs to).
func weekOf(ref time.Time, n int) point {
	cur := int(ref.Weekday())
	if cur == 0 {
		cur = 7
	}
	thu := ref.AddDate(0, 0, 4-cur+7*n)
	return point{day(thu.Year(), int(thu.Month()), 1), pMonth}
}
