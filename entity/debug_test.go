package entity

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/axis-news/axis/reader"
	"github.com/axis-news/axis/segment"
)

func TestDebugDoc(t *testing.T) {
	path := os.Getenv("AXIS_DEBUG_DOC")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	docs, err := reader.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	p := segment.New()
	d := docs[0]
	p.Process(context.Background(), d)
	s, _ := New(nil)
	r := newRun(s, d)
	r.gazetteer()
	for _, m := range r.ments {
		fmt.Printf("%d %q %v\n", m.kind, d.Text[m.start:m.end], m.cands)
	}
}
