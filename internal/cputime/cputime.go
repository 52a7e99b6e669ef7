// Package cputime reads the CPU time the process has used, which on a
// machine shared with other work varies less than the time on the clock:
// axis bench and the benchmarks report throughput per CPU second with it.
package cputime
