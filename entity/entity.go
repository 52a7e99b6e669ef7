// Package entity recognises and links actors: countries, organisations, people and places.
package entity

import (
	"context"

	"github.com/axis-news/axis"
)

// Name of the stage.
const Name = "entity"

// Stage is the entity stage.
type Stage struct{}

// New returns the entity stage.
func New() *Stage { return &Stage{} }

// Name implements axis.Stage.
func (*Stage) Name() string { return Name }

// Process implements axis.Stage.
func (*Stage) Process(ctx context.Context, d *axis.Document) error {
	return nil
}
