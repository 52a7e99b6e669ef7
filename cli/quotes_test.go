package cli_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis/cli"
)

func runQuotes(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Log: slog.New(slog.NewTextHandler(&errb, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	err := cli.Run(context.Background(), env, append([]string{"quotes"}, args...))
	return out.String(), errb.String(), err
}

func TestQuotes(t *testing.T) {
	article := "Envoy warns of escalation\n2024-05-02\n\n" +
		"“We will not back down,” said Maria Lopez, the foreign minister. She told Reuters the talks were “useful”.\n"
	t.Run("OK", func(t *testing.T) {
		out, errs, err := runQuotes(t, article, "-")
		if err != nil {
			t.Fatalf("err=%v stderr=%s", err, errs)
		}
		for _, want := range []string{"Maria Lopez", "said: “We will not back down”", "told [Reuters]: “useful”"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("UserCueFile", func(t *testing.T) {
		dir := t.TempDir()
		cues := filepath.Join(dir, "cues-extra.txt")
		if err := os.WriteFile(cues, []byte("harrumph|harrumphs|harrumphed\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, err := runQuotes(t, "Title\n2024-05-02\n\nMaria Lopez harrumphed that the food was “inedible”.\n", "-data", cues, "-")
		if err != nil || !strings.Contains(out, "harrumphed: “inedible”") {
			t.Fatalf("err=%v stderr=%s out=%s", err, errs, out)
		}
	})
	t.Run("ErrMalformedDataFile", func(t *testing.T) {
		dir := t.TempDir()
		cues := filepath.Join(dir, "cues-bad.txt")
		if err := os.WriteFile(cues, []byte("# ok\nsay\tloudly\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errs, err := runQuotes(t, article, "-data", cues, "-")
		if !errors.Is(err, cli.ErrUsage) || !strings.Contains(errs, "cues-bad.txt:2") {
			t.Fatalf("err=%v stderr=%s, want usage error naming cues-bad.txt:2", err, errs)
		}
	})
	t.Run("ErrNoInput", func(t *testing.T) {
		if _, _, err := runQuotes(t, ""); !errors.Is(err, cli.ErrUsage) {
			t.Fatalf("err=%v, want ErrUsage", err)
		}
	})
}
