// Package temporal finds temporal expressions and resolves them against the document date.
package temporal

import (
	"context"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "temporal"

// Stage is the temporal stage.
type Stage struct{}

// New returns the temporal stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	return nil
}
