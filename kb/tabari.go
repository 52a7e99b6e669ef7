package kb

import (
	"io"
	"strings"
)

// looksTABARI reports whether a line looks like a PETRARCH/TABARI actor
// dictionary entry: NAME_WITH_UNDERSCORES [CODE ...].
func looksTABARI(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "+") || (strings.Contains(line, "[") && strings.Contains(line, "]")) ||
		(strings.ToUpper(line) == line && strings.Contains(line, "_"))
}

// loadTABARI reads an actor dictionary in the PETRARCH/TABARI format. It is
// filled in by the knowledge-base work; until then it refuses the file.
func (k *KB) loadTABARI(name string, r io.Reader, firstLine int) error {
	return &LineError{name, firstLine, "PETRARCH/TABARI dictionaries are not supported yet"}
}
