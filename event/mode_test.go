package event

import (
	"errors"
	"strings"
	"testing"
)

// modeCases: sentences written for these tests with the mode and contexts
// of their first event.
var modeCases = []struct {
	name, text string
	want       string // SRC PLOVER TGT
	mode       string
	context    string // comma-separated
}{
	{"air strike", "Israel launched air strikes on Syria.", "ISR ASSAULT SYR", "aerial", "military"},
	{"drone beats aerial", "Russia launched drone strikes on Ukraine.", "RUS ASSAULT UKR", "drone", "military"},
	{"missiles fired", "Iran fired missiles at Israel.", "IRN ASSAULT ISR", "missile", "military"},
	{"shelling by code", "Russia shelled Ukrainian towns.", "RUS ASSAULT UKR", "artillery", "military"},
	{"stones", "Serbian youths threw stones at NATO troops.", "SRB ASSAULT NATO", "primitive", "military"},
	{"humanitarian aid", "Japan sent humanitarian aid to Syria.", "JPN AID SYR", "humanitarian", "humanitarian"},
	{"military aid", "Germany sent tanks to Ukraine.", "DEU AID UKR", "military", "military"},
	{"economic aid by word", "Japan pledged loans to Egypt.", "JPN AID EGY", "economic", "economic"},
	{"expel diplomats", "Pakistan expelled the Indian ambassador.", "PAK SANCTION IND", "expel", "diplomatic"},
	{"economic sanctions", "The European Union imposed sanctions on Russia.", "EUR SANCTION RUS", "economic", "economic"},
	{"arrest", "Iran detained French citizens.", "IRN COERCE FRA", "arrest", ""},
	{"visit", "Xi visited Moscow on Monday.", "CHN CONSULT RUS", "visit", ""},
	{"mobilise troops", "Russia deployed troops along the border with Ukraine.", "RUS MOBILIZE UKR", "troops", "military,territorial"},
	{"nuclear threat", "Russia threatened Poland with a nuclear strike.", "RUS THREATEN POL", "violence", "nuclear"},
	{"trade talks", "China held trade talks with Brazil.", "CHN CONSULT BRA", "", "economic"},
	{"boycott", "Iran boycotted the summit in France.", "IRN PROTEST FRA", "boycott", ""},
}

func TestModeContext(t *testing.T) {
	for _, tc := range modeCases {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(tc.text, "2024-05-01")
			runEvents(t, d)
			if len(d.Events) == 0 {
				t.Fatal("no event")
			}
			e := d.Events[0]
			if got := e.Source.Country + " " + e.PLOVER + " " + orDash(e.Target.Country); got != tc.want {
				t.Fatalf("event %s, want %s", got, tc.want)
			}
			if e.Mode != tc.mode {
				t.Errorf("mode %q, want %q", e.Mode, tc.mode)
			}
			if got := strings.Join(e.Context, ","); got != tc.context {
				t.Errorf("context %q, want %q", got, tc.context)
			}
		})
	}
}

func TestCueTableErrors(t *testing.T) {
	for _, text := range []string{"ASSAULT\taerial", "# fine\nASSAULT\taerial\tair\tmore"} {
		err := eachLine("t.tsv", text, 3, func([]string) string { return "" })
		var le *LineError
		if !errors.As(err, &le) || le.File != "t.tsv" {
			t.Errorf("%q: error %v, want a LineError of t.tsv", text, err)
		}
	}
	ps, err := newPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps.cues.ctxNames) == 0 || len(ps.cues.modeCode) == 0 {
		t.Fatal("cue tables not loaded")
	}
}
