package cli_test

import (
	"bytes"
	"context"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/axis-news/axis/cli"
)

func runBench(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Log: slog.New(slog.NewTextHandler(&errb, nil))}
	err := cli.Run(context.Background(), env, append([]string{"bench"}, args...))
	return out.String() + errb.String(), err
}

func TestBench(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		out, err := runBench(t, "-time", "1ms", "../testdata/articles")
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`[0-9.]+ MB/s, [0-9]+ articles/s`).MatchString(out) {
			t.Fatalf("no throughput in:\n%s", out)
		}
		for _, stage := range []string{"read", "segment", "entity", "event"} {
			if !strings.Contains(out, "  "+stage) {
				t.Errorf("no line for stage %s in:\n%s", stage, out)
			}
		}
	})
	t.Run("Upto", func(t *testing.T) {
		out, err := runBench(t, "-time", "1ms", "-upto", "amount", "../testdata/articles")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "  amount") || strings.Contains(out, "  entity") {
			t.Fatalf("stages beyond amount ran:\n%s", out)
		}
	})
	t.Run("ErrUnknownStage", func(t *testing.T) {
		if _, err := runBench(t, "-upto", "nope", "../testdata/articles"); err == nil {
			t.Fatal("want an error for an unknown stage")
		}
	})
	t.Run("ErrNoInput", func(t *testing.T) {
		if _, err := runBench(t); err == nil {
			t.Fatal("want a usage error without inputs")
		}
	})
}
