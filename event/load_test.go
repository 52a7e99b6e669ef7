package event

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultPatterns(t *testing.T) {
	ps, err := DefaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	if ps.Len() < 300 {
		t.Fatalf("patterns=%d, want >= 300", ps.Len())
	}
}

func TestLoadLines(t *testing.T) {
	cases := []struct {
		name, line, err string
	}{
		{"null pattern", "-\tadvise~ .. citizens to leave", ""},
		{"null pattern with a category", "- AID\tadvise~ .. citizens to leave", "null pattern"},
		{"mutual flag", "190\texchange~ .. fire\tmutual", ""},
		{"recipient flag", "072\tpledge~ .. weapons\trecipient", ""},
		{"unknown flag", "072\tpledge~ .. weapons\tgenerous", "unknown flag"},
		{"unknown code", "999\tpledge~", "unknown CAMEO code"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := newPatterns()
			if err != nil {
				t.Fatal(err)
			}
			err = ps.Load("user.txt", strings.NewReader("# a comment\n"+tc.line+"\n"))
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var le *LineError
			if !errors.As(err, &le) || le.Line != 2 || !strings.Contains(le.Msg, tc.err) {
				t.Fatalf("err=%v, want line 2: %s", err, tc.err)
			}
		})
	}
}
