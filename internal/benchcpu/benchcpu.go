// Package benchcpu reports the CPU time of benchmarks, which on a machine
// shared with other work varies less than the time on the clock.
package benchcpu

import (
	"testing"

	"github.com/axis-news/axis/internal/cputime"
)

// Report starts measuring the CPU time of benchmark b and returns the
// function that stops it and reports it as cpu-ns/op and, for bytes
// processed per operation, cpu-MB/s. Call it right before the timed loop.
func Report(b *testing.B, bytes int64) func() {
	start := cputime.Used()
	return func() {
		d := cputime.Used() - start
		if d <= 0 || b.N == 0 {
			return
		}
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
		if bytes > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
		}
	}
}
