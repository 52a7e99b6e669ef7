package entity

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axis-news/axis/reader"
	"github.com/axis-news/axis/segment"
)

// TestDumpDev writes the entity output for each article of a corpus
// directory (AXIS_CORPUS) to AXIS_DUMP_DIR as NAME.json, for
// ../shared/tools/score.py --pred, without the later stages.
func TestDumpDev(t *testing.T) {
	in, out := os.Getenv("AXIS_CORPUS"), os.Getenv("AXIS_DUMP_DIR")
	if in == "" || out == "" {
		t.Skip("set AXIS_CORPUS and AXIS_DUMP_DIR")
	}
	s, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(in, "*"))
	for _, f := range files {
		if !strings.HasSuffix(f, ".txt") && !strings.HasSuffix(f, ".md") {
			continue
		}
		data, _ := os.ReadFile(f)
		docs, err := reader.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		if err := segment.New().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(d)
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".txt"), ".md")
		os.WriteFile(filepath.Join(out, name+".json"), b, 0o644)
	}
}
