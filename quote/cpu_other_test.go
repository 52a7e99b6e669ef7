//go:build !unix

package quote

import "time"

// CPUTime returns 0: the benchmarks report CPU time on Unix only.
func CPUTime() time.Duration { return 0 }
