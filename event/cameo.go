package event

import (
	"strconv"
	"strings"
)

// Code is one CAMEO event code with its Goldstein score and PLOVER category.
type Code struct {
	Code      string
	Goldstein float64
	PLOVER    string // "" when PLOVER has no counterpart
	Name      string
}

// QuadClass of a CAMEO code: 1 verbal cooperation (01-05), 2 material
// cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict
// (14-20), 0 for a malformed code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return 0
}

// PLOVER categories.
var ploverCategories = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true,
	"AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true,
	"THREATEN": true, "PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true,
	"ASSAULT": true,
}

// codes is the CAMEO table of data/cameo.tsv, loaded at init: the file is
// part of the binary, so a malformed line is a programming error.
var codes = mustLoadCodes()

// LookupCode returns the CAMEO code c, if known.
func LookupCode(c string) (Code, bool) {
	x, ok := codes[c]
	return x, ok
}

func mustLoadCodes() map[string]Code {
	b, err := dataFS.ReadFile("data/cameo.tsv")
	if err != nil {
		panic(err)
	}
	m := map[string]Code{}
	header := true
	for i, ln := range strings.Split(string(b), "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 4 {
			panic("event: data/cameo.tsv:" + strconv.Itoa(i+1) + ": want 4 fields")
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			panic("event: data/cameo.tsv:" + strconv.Itoa(i+1) + ": " + err.Error())
		}
		pl := f[2]
		if pl == "-" {
			pl = ""
		} else if !ploverCategories[pl] {
			panic("event: data/cameo.tsv:" + strconv.Itoa(i+1) + ": unknown PLOVER " + pl)
		}
		m[f[0]] = Code{Code: f[0], Goldstein: g, PLOVER: pl, Name: f[3]}
	}
	return m
}
