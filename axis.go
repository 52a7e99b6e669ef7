// Package axis holds the domain types of axis: the axis/v1 document that
// every stage of the pipeline reads and fills in, and the interfaces that
// connect the stages, the stores and the commands.
//
// One article flows through the system as a *Document. A reader (package
// reader) fills Meta and Blocks; the segment stage builds Text, Paragraphs,
// Sentences and Tokens; later stages append Dates, Amounts, Entities,
// Quotes, Events and Treaties. Every offset is a byte offset into Text, and
// Text[start:end] is always the text of the item that carries the offsets.
package axis

import "context"

// Schema names the version of the JSON contract a Document serialises to.
const Schema = "axis/v1"

// Stage is one step of the pipeline. Process reads what earlier stages put
// on the document and adds its own results. A stage must not keep the
// document after Process returns, must not panic on any input, and must be
// safe for concurrent use on different documents: pipelines run one
// document per goroutine and share their stages.
type Stage interface {
	Name() string
	Process(ctx context.Context, doc *Document) error
}
