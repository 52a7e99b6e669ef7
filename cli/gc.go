package cli

import "runtime/debug"

// Garbage collector settings of the axis command when the user sets
// neither GOGC nor GOMEMLIMIT. The pipeline's live heap is small (the
// compiled data, ~25 MB) and each document's garbage dies young, so
// collecting at 200 % growth instead of Go's 100 % halves the collections
// (~10 % more articles per CPU second in axis bench) for a few MB more;
// the soft limit makes the collector work harder instead of letting the
// heap of a large ingest grow past it.
const (
	gcPercent   = 200
	memoryLimit = 400 << 20
)

// TuneGC applies the settings above unless getenv reports GOGC or
// GOMEMLIMIT set, which the Go runtime has already applied.
func TuneGC(getenv func(string) string) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
}
