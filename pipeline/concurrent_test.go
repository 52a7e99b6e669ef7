package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// TestPipeline_Concurrent runs one pipeline over the same articles from
// several goroutines, as ingest does, and checks every result equals the
// sequential one. Run with -race to check the stages share no state.
func TestPipeline_Concurrent(t *testing.T) {
	files, _ := filepath.Glob("../testdata/articles/*")
	dev, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	files = append(files, dev...)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	run := func(f string) (string, error) {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		docs, err := reader.Parse(f, data)
		if err != nil {
			return "", err
		}
		var out []byte
		for _, d := range docs {
			if err := p.Process(ctx, d); err != nil {
				return "", err
			}
			b, err := json.Marshal(d)
			if err != nil {
				return "", err
			}
			out = append(out, b...)
		}
		return string(out), nil
	}
	want := map[string]string{}
	for _, f := range files {
		s, err := run(f)
		if err != nil {
			t.Fatal(err)
		}
		want[f] = s
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(files))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range files {
				f := files[(i+g)%len(files)]
				got, err := run(f)
				if err != nil {
					errs <- err
					return
				}
				if got != want[f] {
					errs <- &mismatch{f}
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

type mismatch struct{ file string }

func (m *mismatch) Error() string {
	return m.file + ": concurrent result differs from the sequential one"
}
