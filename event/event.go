// Package event codes events between actors in CAMEO and PLOVER.
package event

import (
	"context"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "event"

// Stage is the event stage.
type Stage struct{}

// New returns the event stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	return nil
}
