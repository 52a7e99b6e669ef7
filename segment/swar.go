package segment

// Eight bytes at a time: the scans of this package test a word of eight
// bytes of text at once where the bytes are plain ASCII, the usual case.

const (
	ones     = 0x0101010101010101
	highBits = 0x8080808080808080
)

// load64 returns the eight bytes of s at i, the first in the lowest bits.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// spaces returns the high bit of each byte of x, all below 0x80, that is
// a space.
func spaces(x uint64) uint64 { return ^((x ^ ' '*ones) + 0x7f*ones) & highBits }

// visible returns the high bit of each byte of x, all below 0x80, that is
// printable ASCII other than space ('!'..'~').
func visible(x uint64) uint64 {
	return (x + (0x80-0x21)*ones) &^ (x + (0x80-0x7f)*ones) & highBits
}

// wordBytes returns the high bit of each byte of x that is an ASCII letter
// or digit; bytes from 0x80 up are neither.
func wordBytes(x uint64) uint64 {
	a := x &^ highBits // no carries between bytes below
	l := a | 0x20*ones // letters in lower case; nothing else lands in 'a'..'z'
	letters := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	digits := (a + (0x80-'0')*ones) &^ (a + (0x80-'9'-1)*ones)
	return (letters | digits) &^ x & highBits
}

// hasByte returns a mask whose lowest set bit, if any, is the high bit of
// the first byte of x equal to b (bits above it may be false matches).
func hasByte(x uint64, b byte) uint64 {
	v := x ^ uint64(b)*ones
	return (v - ones) &^ v & highBits
}
