// Package amount finds amounts: money, counts of things, percentages and distances.
package amount

import (
	"context"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "amount"

// Stage is the amount stage.
type Stage struct{}

// New returns the amount stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	return nil
}
