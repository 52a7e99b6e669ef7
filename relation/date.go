package relation

import (
	"fmt"
	"strconv"
	"strings"
)

// Period is the length of one step of a time series.
type Period int

// Periods, from the finest.
const (
	Day Period = iota
	Week
	Month
	Quarter
	Year
)

var periodNames = [...]string{"day", "week", "month", "quarter", "year"}

func (p Period) String() string {
	if p < Day || p > Year {
		return "period(" + strconv.Itoa(int(p)) + ")"
	}
	return periodNames[p]
}

// ParsePeriod parses day, week, month, quarter or year.
func ParsePeriod(s string) (Period, error) {
	for i, n := range periodNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Period(i), nil
		}
	}
	return 0, fmt.Errorf("period %q: want day, week, month, quarter or year", s)
}

// precision of a date: how much of YYYY-MM-DD it gives.
type precision int8

const (
	precDay precision = iota
	precMonth
	precYear
)

// need is the precision a date must have to fall into one period of p.
func (p Period) need() precision {
	switch p {
	case Day, Week:
		return precDay
	case Month, Quarter:
		return precMonth
	}
	return precYear
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD (anything after the day, such
// as a time, is ignored) into the day number of its first day (days since
// 1970-01-01) and its precision.
func parseDate(s string) (day int32, p precision, ok bool) {
	if len(s) < 4 {
		return 0, 0, false
	}
	y, ok := digits(s[0:4])
	if !ok {
		return 0, 0, false
	}
	m, d := 1, 1
	p = precYear
	if len(s) >= 7 && s[4] == '-' {
		if m, ok = digits(s[5:7]); !ok || m < 1 || m > 12 {
			return 0, 0, false
		}
		p = precMonth
		if len(s) >= 10 && s[7] == '-' {
			if d, ok = digits(s[8:10]); !ok || d < 1 || d > daysIn(y, m) {
				return 0, 0, false
			}
			if len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
				return 0, 0, false
			}
			p = precDay
		} else if len(s) > 7 {
			return 0, 0, false
		}
	} else if len(s) > 4 {
		return 0, 0, false
	}
	return daysFromCivil(y, m, d), p, true
}

// lastDay is the day number of the last day a date of precision p starting
// on day covers.
func lastDay(day int32, p precision) int32 {
	y, m, _ := civilFromDays(day)
	switch p {
	case precMonth:
		return day + int32(daysIn(y, m)) - 1
	case precYear:
		return daysFromCivil(y+1, 1, 1) - 1
	}
	return day
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z32 int32) (y, m, d int) {
	z := int(z32) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// bucket is the index of the period of p containing day. Buckets of one
// period are consecutive integers, so a series' gaps can be filled.
func (p Period) bucket(day int32) int32 {
	switch p {
	case Day:
		return day
	case Week:
		// 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601).
		return floorDiv(day+3, 7)
	}
	y, m, _ := civilFromDays(day)
	switch p {
	case Month:
		return int32(y*12 + m - 1)
	case Quarter:
		return int32(y*4 + (m-1)/3)
	}
	return int32(y)
}

// label names bucket b of p: 2024-03-05, 2024-W10 (ISO week), 2024-03,
// 2024-Q1, 2024.
func (p Period) label(b int32) string {
	switch p {
	case Day:
		y, m, d := civilFromDays(b)
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case Week:
		thursday := b * 7 // the week's Monday is day b*7-3
		y, _, _ := civilFromDays(thursday)
		w := (thursday-daysFromCivil(y, 1, 1))/7 + 1
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return fmt.Sprintf("%04d-%02d", floorDiv(b, 12), b-floorDiv(b, 12)*12+1)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", floorDiv(b, 4), b-floorDiv(b, 4)*4+1)
	}
	return fmt.Sprintf("%04d", b)
}

// firstDay is the day number of the first day of bucket b of p.
func (p Period) firstDay(b int32) int32 {
	switch p {
	case Day:
		return b
	case Week:
		return b*7 - 3
	case Month:
		return daysFromCivil(int(floorDiv(b, 12)), int(b-floorDiv(b, 12)*12+1), 1)
	case Quarter:
		return daysFromCivil(int(floorDiv(b, 4)), int(b-floorDiv(b, 4)*4)*3+1, 1)
	}
	return daysFromCivil(int(b), 1, 1)
}

func floorDiv(a, b int32) int32 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// dayString formats a day number as YYYY-MM-DD.
func dayString(day int32) string { return Day.label(day) }

// ParseBound reads a date bound, YYYY, YYYY-MM or YYYY-MM-DD, and returns
// it as YYYY-MM-DD: the first day it covers, or the last when end is true
// ("2024-02" is 2024-02-01 as a start, 2024-02-29 as an end).
func ParseBound(s string, end bool) (string, error) {
	day, p, ok := parseDate(strings.TrimSpace(s))
	if !ok || len(strings.TrimSpace(s)) > 10 {
		return "", fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	if end {
		day = lastDay(day, p)
	}
	return dayString(day), nil
}
