package segment

import "github.com/axis-news/axis/internal/swar"

// Eight bytes at a time: the scans of this package test a word of eight
// bytes of text at once where the bytes are plain ASCII, the usual case.

const (
	ones     = swar.Ones
	highBits = swar.High
)

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
