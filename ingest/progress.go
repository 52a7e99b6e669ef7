package ingest

import (
	"fmt"
	"strings"
	"time"
)

// progress draws a live progress line to opts.Progress every 200 ms until
// the returned function is called, which draws the last state and ends the
// line.
func (r *runner) progress() (stop func()) {
	w := r.opts.Progress
	if w == nil {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				fmt.Fprint(w, "\r"+r.line()+"\x1b[K")
			case <-done:
				fmt.Fprint(w, "\r"+r.line()+"\x1b[K\n")
				return
			}
		}
	}()
	return func() { close(done); <-finished }
}

// line renders the progress: a bar and percentage when the total is known,
// documents written, rate and ETA.
func (r *runner) line() string {
	el := time.Since(r.start)
	n := r.written.Load()
	rate := float64(n) / max(el.Seconds(), 1e-3)
	frac := -1.0
	switch {
	case r.totalDocs > 0:
		frac = float64(n) / float64(r.totalDocs)
	case r.total > 0:
		// Text bytes of the inputs finished so far tell how much text a
		// byte of input holds; use it to place the current input.
		raw, text, cur := r.rawDone.Load(), r.textDone.Load(), r.textCur.Load()
		ratio := 1.1
		if text > 0 && raw > 0 {
			ratio = float64(raw) / float64(text)
		}
		// Documents read but not yet written are not done.
		if rd := r.read.Load(); rd > 0 {
			cur = int64(float64(cur) * float64(n) / float64(rd))
		}
		frac = float64(raw+int64(float64(cur-text)*ratio)) / float64(r.total)
	}
	var b strings.Builder
	if frac >= 0 {
		frac = min(max(frac, 0), 1)
		const width = 24
		full := int(frac * width)
		b.WriteString("[" + strings.Repeat("#", full) + strings.Repeat(".", width-full) + "] ")
		fmt.Fprintf(&b, "%3.0f%% ", frac*100)
	}
	fmt.Fprintf(&b, "%d docs  %.0f/s", n, rate)
	if frac > 0.001 && frac < 1 {
		eta := time.Duration(float64(el) * (1 - frac) / frac)
		fmt.Fprintf(&b, "  ETA %s", eta.Round(time.Second))
	}
	r.mu.Lock()
	fmt.Fprintf(&b, "  new %d  dup %d  synd %d  failed %d", r.sum.New, r.sum.Duplicate, r.sum.Syndicated, r.sum.Failed)
	r.mu.Unlock()
	return b.String()
}
