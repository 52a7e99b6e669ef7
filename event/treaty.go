package event

import "github.com/axis-news/axis"

// findTreaties is filled in below.
func findTreaties(c *coder) []axis.Treaty { return []axis.Treaty{} }
