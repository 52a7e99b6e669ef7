package ingest

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestRunner_Line(t *testing.T) {
	r := newRunner(Options{})
	r.start = time.Now().Add(-10 * time.Second)
	r.total = 1000
	r.rawDone.Store(500)
	r.textDone.Store(400)
	r.textCur.Store(400)
	r.read.Store(50)
	r.written.Store(50)
	r.sum.New, r.sum.Duplicate = 40, 10
	line := r.line()
	for _, want := range []string{"[############............]", " 50%", "50 docs", "5/s", "ETA 10s", "new 40", "dup 10"} {
		if !strings.Contains(line, want) {
			t.Fatalf("line=%q lacks %q", line, want)
		}
	}
	// Unknown total (standard input, a URL): no bar, no ETA.
	r.total = 0
	if line := r.line(); strings.Contains(line, "[") || strings.Contains(line, "ETA") {
		t.Fatalf("line=%q, want no bar without a total", line)
	}
}

func TestRunner_Progress(t *testing.T) {
	var b bytes.Buffer
	r := newRunner(Options{Progress: &b})
	stop := r.progress()
	stop()
	if got := b.String(); !strings.HasPrefix(got, "\r") || !strings.HasSuffix(got, "\n") {
		t.Fatalf("progress=%q, want a redrawn line ended by a newline", got)
	}
}
