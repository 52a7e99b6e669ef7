package reader

import (
	"strings"
	"time"
)

// Publication dates: a date line of an article ("June 26, 2024",
// "Wednesday 26 June 2024 10:30 GMT", "Published: 2024-06-26") and the date
// values of metadata (RFC 3339 timestamps, RFC 1123 dates, the same
// phrases). Both give YYYY-MM-DD, the date as written (no time zone
// conversion: an article dated in Tokyo keeps its Tokyo date).

var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayNames = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true, "thursday": true, "thu": true, "thur": true,
	"thurs": true, "friday": true, "fri": true, "saturday": true, "sat": true,
	"sunday": true, "sun": true,
}

// dateLabels may precede a date on a date line.
var dateLabels = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "first": true,
	"date": true, "dated": true, "on": true, "created": true, "issued": true,
	"modified": true, "release": true, "released": true, "edited": true,
}

// timeWords may follow a date on a date line: times, zones and labels.
var timeWords = map[string]bool{
	"at": true, "am": true, "pm": true, "a": true, "m": true, "p": true, "h": true, "hrs": true,
	"local": true, "time": true, "updated": true, "published": true, "last": true, "on": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "eet": true, "eest": true,
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
	"pdt": true, "et": true, "pt": true, "ct": true, "ist": true, "jst": true, "kst": true,
	"msk": true, "eat": true, "wat": true, "cat": true, "sast": true, "aest": true,
	"aedt": true, "awst": true, "nzst": true, "nzdt": true, "pkt": true, "hkt": true,
	"sgt": true, "wib": true, "ict": true, "pht": true, "ast": true, "gst": true, "z": true,
	"t": true, "min": true, "mins": true, "read": true, "ago": true, "hours": true, "hour": true,
}

// dtok is a token of a date phrase: a lower-cased word, a number or one
// punctuation character.
type dtok struct {
	s     string
	num   int // value of a number token
	isNum bool
	word  bool
	ndig  int // digits in a number token
}

// tokenizeDate appends the tokens of s to toks. It does not allocate
// unless toks must grow: a word is lower-cased only when that makes it one
// of dateWords, since other words match nothing.
func tokenizeDate(toks []dtok, s string) []dtok {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			t := dtok{s: s[i:j], num: n, isNum: true, ndig: j - i}
			// Ordinal suffixes: 26th, 1st, 2nd, 3rd.
			if j+2 <= len(s) {
				switch string([]byte{s[j] | 0x20, s[j+1] | 0x20}) {
				case "st", "nd", "rd", "th": // c|0x20 is a lower-case letter only for that letter's two cases
					if j+2 == len(s) || !isLetter(s[j+2]) {
						j += 2
					}
				}
			}
			toks = append(toks, t)
			i = j
		case isLetter(c):
			j := i
			upper := false
			for j < len(s) && isLetter(s[j]) {
				upper = upper || s[j] <= 'Z'
				j++
			}
			w := s[i:j]
			if upper && j-i <= maxDateWord {
				var buf [maxDateWord]byte
				for k := range len(w) {
					buf[k] = w[k] | 0x20
				}
				if lw, ok := dateWords[string(buf[:len(w)])]; ok {
					w = lw
				}
			}
			toks = append(toks, dtok{s: w, word: true})
			i = j
		default:
			// One punctuation character, or one multi-byte rune.
			j := i + 1
			for j < len(s) && s[j]&0xc0 == 0x80 {
				j++
			}
			toks = append(toks, dtok{s: s[i:j]})
			i = j
		}
	}
	return toks
}

// dateWords maps every word the date rules look for to itself: the month
// and weekday names, labels, time words and "of".
var dateWords = func() map[string]string {
	m := map[string]string{"of": "of"}
	for _, words := range []map[string]bool{weekdayNames, dateLabels, timeWords} {
		for w := range words {
			m[w] = w
		}
	}
	for w := range monthNames {
		m[w] = w
	}
	return m
}()

// maxDateWord is the length of the longest of dateWords.
const maxDateWord = 9

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanDate finds a calendar date at the start of toks, after labels,
// weekdays and punctuation. It returns the date and the number of tokens
// used, including the skipped ones.
func scanDate(toks []dtok) (iso string, used int, ok bool) {
	i := 0
	for i < len(toks) {
		t := toks[i]
		if t.word && (dateLabels[t.s] || weekdayNames[t.s]) || !t.word && !t.isNum && strings.ContainsAny(t.s, ":,.-|/–—·•") {
			i++
			continue
		}
		break
	}
	at := func(k int) dtok {
		if i+k < len(toks) {
			return toks[i+k]
		}
		return dtok{}
	}
	sep := func(t dtok) bool { return t.s == "-" || t.s == "/" || t.s == "." }
	// skipPunct returns k advanced over "," and "." tokens.
	skip := func(k int) int {
		for at(k).s == "," || at(k).s == "." {
			k++
		}
		return k
	}
	t0 := at(0)
	switch {
	case t0.isNum && t0.ndig == 4 && sep(at(1)) && at(2).isNum && at(3).s == at(1).s && at(4).isNum:
		// 2024-06-26, 2024/06/26, 2024.06.26
		if iso, ok := makeDate(t0.num, at(2).num, at(4).num); ok && at(2).ndig <= 2 && at(4).ndig <= 2 {
			return iso, i + 5, true
		}
	case t0.isNum && t0.ndig <= 2 && sep(at(1)) && at(2).isNum && at(2).ndig <= 2 && at(3).s == at(1).s && at(4).isNum && at(4).ndig == 4:
		// 26/06/2024 or 06/26/2024: day first unless that cannot be.
		d, m := t0.num, at(2).num
		if m > 12 && d <= 12 {
			d, m = m, d
		}
		if iso, ok := makeDate(at(4).num, m, d); ok {
			return iso, i + 5, true
		}
	case t0.word && monthNames[t0.s] > 0:
		// June 26, 2024 / Jun. 26, 2024 / June 26th 2024
		k := skip(1)
		if d := at(k); d.isNum && d.ndig <= 2 {
			k = skip(k + 1)
			if y := at(k); y.isNum && y.ndig == 4 {
				if iso, ok := makeDate(y.num, monthNames[t0.s], d.num); ok {
					return iso, i + k + 1, true
				}
			}
		}
	case t0.isNum && t0.ndig <= 2:
		// 26 June 2024 / 26th of June, 2024 / 26-Jun-2024
		k := 1
		if at(k).s == "of" || at(k).s == "-" {
			k++
		}
		if m := at(k); m.word && monthNames[m.s] > 0 {
			k = skip(k + 1)
			if at(k).s == "-" {
				k++
			}
			if y := at(k); y.isNum && y.ndig == 4 {
				if iso, ok := makeDate(y.num, monthNames[m.s], t0.num); ok {
					return iso, i + k + 1, true
				}
			}
		}
	}
	return "", 0, false
}

// makeDate returns y-m-d as YYYY-MM-DD if it is a real date of a plausible
// publication year.
func makeDate(y, m, d int) (string, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// parseDateLine returns the date of a line that is only a date, with
// optional labels, weekday, time and time zone ("Published: Wednesday, June
// 26, 2024 10:30 AM GMT").
func parseDateLine(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 80 {
		return "", false
	}
	var buf [24]dtok
	toks := tokenizeDate(buf[:0], line)
	iso, used, ok := scanDate(toks)
	if !ok {
		return "", false
	}
	for _, t := range toks[used:] {
		if t.word && !timeWords[t.s] {
			return "", false
		}
	}
	return iso, true
}

// parseDateValue returns the date of a metadata value: an RFC 3339 or
// RFC 1123 timestamp, or a phrase parseDateLine accepts followed by
// anything.
func parseDateValue(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		if iso, ok := makeDate(atoiN(v[0:4]), atoiN(v[5:7]), atoiN(v[8:10])); ok {
			return iso, true
		}
	}
	if len(v) == 8 && atoiN(v) > 0 {
		// 20240626
		if iso, ok := makeDate(atoiN(v[0:4]), atoiN(v[4:6]), atoiN(v[6:8])); ok {
			return iso, true
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, v); err == nil {
			return makeDate(t.Year(), int(t.Month()), t.Day())
		}
	}
	if len(v) > 200 {
		v = v[:200]
	}
	var buf [24]dtok
	if iso, _, ok := scanDate(tokenizeDate(buf[:0], v)); ok {
		return iso, true
	}
	return "", false
}

// atoiN parses a short run of ASCII digits, -1 if there is anything else.
func atoiN(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// urlDate returns the date in a URL path such as /2024/06/26/ or
// /2024-06-26-title, or "".
func urlDate(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	for i := 0; i+10 <= len(u); i++ {
		if u[i] != '/' && u[i] != '-' && u[i] != '_' {
			continue
		}
		s := u[i+1:]
		if len(s) < 10 || atoiN(s[:4]) < 1900 || (s[4] != '/' && s[4] != '-') || s[7] != s[4] {
			continue
		}
		end := 10
		if end < len(s) && s[end] >= '0' && s[end] <= '9' {
			continue
		}
		if iso, ok := makeDate(atoiN(s[:4]), atoiN(s[5:7]), atoiN(s[8:10])); ok {
			return iso
		}
	}
	return ""
}
