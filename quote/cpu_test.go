package quote

import "testing"

// ReportCPU starts measuring the CPU time of benchmark b and returns the
// function that stops it and reports it as cpu-ns/op and, for bytes
// processed per operation, cpu-MB/s: on a machine shared with other work
// the CPU time varies less than the wall-clock time the benchmark
// measures. Call it right before the timed loop.
func ReportCPU(b *testing.B, bytes int64) func() {
	start := CPUTime()
	return func() {
		d := CPUTime() - start
		if d <= 0 || b.N == 0 {
			return
		}
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
		if bytes > 0 {
			b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
		}
	}
}
