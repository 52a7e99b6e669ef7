package segment

import (
	"bufio"
	_ "embed"
	"strings"
)

//go:embed data/abbreviations.txt
var abbrevData string

type abbrevSet struct {
	titles  map[string]bool // never end a sentence
	abbrevs map[string]bool // end one unless a number follows
}

var abbrevs = loadAbbrevs(abbrevData)

func loadAbbrevs(data string) abbrevSet {
	a := abbrevSet{titles: map[string]bool{}, abbrevs: map[string]bool{}}
	m := a.abbrevs
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case line == "title:":
			m = a.titles
		case line == "abbrev:":
			m = a.abbrevs
		default:
			m[line] = true
		}
	}
	return a
}

func (a abbrevSet) any(w string) bool { return a.titles[w] || a.abbrevs[w] }
