package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestUsed_Grows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no CPU time here")
	}
	start := Used()
	if start <= 0 {
		t.Fatalf("Used() = %v, want > 0", start)
	}
	x := 0
	for deadline := time.Now().Add(30 * time.Millisecond); time.Now().Before(deadline); {
		x++
	}
	if d := Used() - start; d < 10*time.Millisecond {
		t.Errorf("30 ms of busy work took %v of CPU (x=%d)", d, x)
	}
}
