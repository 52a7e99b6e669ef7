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

func runCommand(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Log: slog.New(slog.NewTextHandler(&errb, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	err := cli.Run(context.Background(), env, args)
	return out.String(), errb.String(), err
}

func TestExplain(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	text := "Russia and North Korea sign defence pact\n2024-06-19\n\nRussian President Vladimir Putin signed a mutual defence treaty with North Korea on Wednesday.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("OK", func(t *testing.T) {
		out, _, err := runCommand(t, "explain", in)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"actors:", "match:", "057 AGREE", "event:", "RUS AGREE PRK"} {
			if !strings.Contains(out, want) {
				t.Fatalf("explain output lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("ErrBadPatterns", func(t *testing.T) {
		bad := filepath.Join(dir, "bad.txt")
		if err := os.WriteFile(bad, []byte("057\tsign~ .. accord with $T\n999\tfoo\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, stderr, err := runCommand(t, "explain", "--patterns", bad, in)
		if !errors.Is(err, cli.ErrUsage) {
			t.Fatalf("err=%v, want usage", err)
		}
		if !strings.Contains(stderr, "bad.txt:2:") {
			t.Fatalf("stderr=%q, want file:line", stderr)
		}
	})
	t.Run("ExtractPatterns", func(t *testing.T) {
		good := filepath.Join(dir, "good.txt")
		if err := os.WriteFile(good, []byte("057 AGREE\tink~ .. memorandum with $T\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, stderr, err := runCommand(t, "extract", "--json", "--patterns", good, in); err != nil {
			t.Fatalf("err=%v stderr=%s", err, stderr)
		}
	})
}
