package pipeline_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
)

// stage is a stage that appends its name to the document's text, or fails.
type stage struct {
	name string
	err  error
}

func (s stage) Name() string { return s.name }

func (s stage) Process(_ context.Context, d *axis.Document) error {
	if s.err != nil {
		return s.err
	}
	d.Text += s.name
	return nil
}

func TestPipeline_ProcessOrderAndObserve(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name     string
		stages   []axis.Stage
		wantText string
		wantSeen []string
		wantErr  string
	}{
		{"in order", []axis.Stage{stage{name: "a"}, stage{name: "b"}, stage{name: "c"}}, "abc", []string{"a", "b", "c"}, ""},
		{"stops at a failure", []axis.Stage{stage{name: "a"}, stage{name: "b", err: boom}, stage{name: "c"}}, "a", []string{"a"}, "b stage: document=doc-1: boom"},
		{"no stages", nil, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen []string
			p := &pipeline.Pipeline{Stages: tt.stages, Observe: func(s string, took time.Duration) {
				if took < 0 {
					t.Errorf("stage %s took %v", s, took)
				}
				seen = append(seen, s)
			}}
			d := &axis.Document{Meta: axis.Meta{ID: "doc-1"}}
			err := p.Process(context.Background(), d)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			if tt.wantErr != "" && !errors.Is(err, boom) {
				t.Errorf("err %v does not wrap the stage's error", err)
			}
			if d.Text != tt.wantText {
				t.Errorf("text = %q, want %q", d.Text, tt.wantText)
			}
			if !slices.Equal(seen, tt.wantSeen) {
				t.Errorf("observed %v, want %v", seen, tt.wantSeen)
			}
		})
	}
}

func TestPipeline_CancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := &pipeline.Pipeline{Stages: []axis.Stage{stage{name: "a"}}}
	d := &axis.Document{}
	if err := p.Process(ctx, d); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d.Text != "" {
		t.Errorf("a stage ran after cancellation: %q", d.Text)
	}
}
