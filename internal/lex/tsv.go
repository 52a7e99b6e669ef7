package lex

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadTSV reads the tab-separated lines of r, each of exactly n fields,
// skipping blank lines and lines that start with '#', and calls fn with the
// fields trimmed of spaces. name is used in errors, which give the file and
// line: "units.tsv:12: want 4 tab-separated fields, have 3".
func ReadTSV(r io.Reader, name string, n int, fn func(f []string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, have %d", name, line, n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}
