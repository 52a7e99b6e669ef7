// Package swar holds the few primitives of the scanners that test eight
// bytes of text at once ("SIMD within a register") where the text is plain
// ASCII, the usual case in news: load eight bytes into a word, and find
// bytes in it with carries that stop at each byte's high bit.
package swar

const (
	// Ones has 1 in every byte; b*Ones repeats byte b eight times.
	Ones = 0x0101010101010101
	// High has the high bit of every byte: masks report bytes by this bit.
	High = 0x8080808080808080
)

// Load64 returns the eight bytes of s at i, the first in the lowest bits
// (the same order on every machine). s must hold i+8 bytes.
func Load64[S string | []byte](s S, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// HasByte returns a mask whose lowest set bit, if any, is the high bit of
// the first byte of x equal to b (bits above it may be false matches).
func HasByte(x uint64, b byte) uint64 {
	v := x ^ uint64(b)*Ones
	return (v - Ones) &^ v & High
}
