package entity

// CPUTime is cpuTime for the benchmarks of package entity_test.
var CPUTime = cpuTime
