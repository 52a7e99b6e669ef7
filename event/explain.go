package event

import (
	"fmt"
	"io"
	"strings"
)

// WriteExplain writes the traces in their canonical text form: each
// sentence with the actors found, the patterns that matched, the near
// misses (a trigger without its actors) and the events coded.
func WriteExplain(w io.Writer, traces []SentenceTrace) error {
	for _, t := range traces {
		text := strings.Join(strings.Fields(t.Text), " ")
		if _, err := fmt.Fprintf(w, "[%d] %s\n", t.Sentence, text); err != nil {
			return err
		}
		if len(t.Actors) > 0 {
			fmt.Fprintf(w, "  actors: %s\n", strings.Join(t.Actors, ", "))
		}
		for _, m := range t.Matches {
			fmt.Fprintf(w, "  match:  %s\n", m)
		}
		for _, m := range t.Misses {
			fmt.Fprintf(w, "  miss:   %s\n", m)
		}
		for _, e := range t.Events {
			fmt.Fprintf(w, "  event:  %s\n", e)
		}
	}
	return nil
}
