package swar

import (
	"math/bits"
	"testing"
)

func TestLoad64(t *testing.T) {
	s := "abcdefghij"
	tests := []struct {
		i    int
		want string
	}{{0, "abcdefgh"}, {2, "cdefghij"}}
	for _, tt := range tests {
		x := Load64(s, tt.i)
		if y := Load64([]byte(s), tt.i); y != x {
			t.Errorf("Load64 of bytes at %d = %#x, of the string %#x", tt.i, y, x)
		}
		for k := 0; k < 8; k++ {
			if got := byte(x >> (8 * k)); got != tt.want[k] {
				t.Errorf("Load64(%q, %d) byte %d = %q, want %q", s, tt.i, k, got, tt.want[k])
			}
		}
	}
}

func TestHasByte(t *testing.T) {
	tests := []struct {
		s     string
		b     byte
		first int // index of the first b, or -1
	}{
		{"no dots!", '.', -1},
		{"a.b.c.d.", '.', 1},
		{".1234567", '.', 0},
		{"1234567.", '.', 7},
		{"\x00\x01\x02\x03\x04\x05\x06\x07", 0x07, 7},
		{"\xe2\x80\x9c quote", 0xe2, 0},
	}
	for _, tt := range tests {
		m := HasByte(Load64(tt.s, 0), tt.b)
		got := -1
		if m != 0 {
			got = bits.TrailingZeros64(m) / 8
		}
		if got != tt.first {
			t.Errorf("HasByte(%q, %q): first at %d, want %d", tt.s, tt.b, got, tt.first)
		}
	}
}
