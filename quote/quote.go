// Package quote finds direct quotations and their speakers.
package quote

import (
	"context"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "quote"

// Stage is the quote stage.
type Stage struct{}

// New returns the quote stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	return nil
}
