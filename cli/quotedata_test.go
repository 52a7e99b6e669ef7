package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis/cli"
)

// runAxisStdin runs an axis command with stdin and returns its output,
// its error output and its error.
func runAxisStdin(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Log: slog.New(slog.NewTextHandler(&errb, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	err := cli.Run(context.Background(), env, args)
	return out.String(), errb.String(), err
}

// TestQuoteDataFlag: extract, ingest, explain and quotes take users' quote
// data files with --quote-data; a malformed file stops the command with
// file:line before any input is read.
func TestQuoteDataFlag(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "cues-harrumph.txt")
	bad := filepath.Join(dir, "cues-bad.txt")
	nouns := filepath.Join(dir, "nouns-bad.txt")
	for p, s := range map[string]string{
		good:  "# verbs of complaint\nharrumph|harrumphs|harrumphed\n",
		bad:   "grouse|grouses|groused\nsay\tloudly\n",
		nouns: "person\tumpire\numpire\n",
	} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	article := "Kitchen row\n2024-05-02\n\nMaria Lopez harrumphed that the soup was “inedible”.\n"
	db := func() string { return filepath.Join(t.TempDir(), "axis.db") }
	commands := []struct {
		name string
		args func() []string
	}{
		{"extract", func() []string { return []string{"extract", "--json"} }},
		{"ingest", func() []string { return []string{"ingest", "--quiet", "--db", db()} }},
		{"explain", func() []string { return []string{"explain"} }},
		{"quotes", func() []string { return []string{"quotes"} }},
	}
	for _, c := range commands {
		t.Run(c.name+"/Good", func(t *testing.T) {
			out, errs, err := runAxisStdin(t, article, append(c.args(), "--quote-data", good, "-")...)
			if err != nil {
				t.Fatalf("err=%v stderr=%s", err, errs)
			}
			if c.name == "quotes" && !strings.Contains(out, "harrumphed: “inedible”") {
				t.Errorf("quotes output lacks the user's cue:\n%s", out)
			}
		})
		for _, tc := range []struct {
			name  string
			files []string
			want  string
		}{
			{"MalformedSecondFile", []string{good, bad}, "cues-bad.txt:2"},
			{"MalformedNouns", []string{nouns}, "nouns-bad.txt:2"},
			{"Missing", []string{filepath.Join(dir, "cues-none.txt")}, "cues-none.txt"},
		} {
			t.Run(c.name+"/"+tc.name, func(t *testing.T) {
				args := c.args()
				for _, f := range tc.files {
					args = append(args, "--quote-data", f)
				}
				out, errs, err := runAxisStdin(t, article, append(args, "-")...)
				if err == nil {
					t.Fatalf("no error; out=%s", out)
				}
				if msg := errs + err.Error(); !strings.Contains(msg, tc.want) {
					t.Errorf("error %v, stderr %q: want %q", err, errs, tc.want)
				}
				if strings.Contains(out, "inedible") {
					t.Errorf("input processed despite the bad data file: %s", out)
				}
			})
		}
	}
	// extract finds the quotation only with the user's cue
	for _, tc := range []struct {
		name string
		args []string
		cue  string
	}{
		{"WithoutFile", nil, ""},
		{"WithFile", []string{"--quote-data", good}, "harrumphed"},
	} {
		t.Run("extract/"+tc.name, func(t *testing.T) {
			args := append([]string{"extract", "--json"}, tc.args...)
			out, errs, err := runAxisStdin(t, article, append(args, "-")...)
			if err != nil {
				t.Fatalf("err=%v stderr=%s", err, errs)
			}
			var d struct {
				Quotes []struct {
					Text, Cue   string
					SpeakerName string `json:"speaker_name"`
				}
			}
			if err := json.Unmarshal([]byte(out), &d); err != nil {
				t.Fatal(err)
			}
			cue, who := "", ""
			for _, q := range d.Quotes {
				if q.Text == "inedible" {
					cue, who = q.Cue, q.SpeakerName
				}
			}
			if cue != tc.cue || tc.cue != "" && who != "Maria Lopez" {
				t.Errorf("quote “inedible”: cue %q speaker %q, want cue %q by Maria Lopez", cue, who, tc.cue)
			}
		})
	}
}
