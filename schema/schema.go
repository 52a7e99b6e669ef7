// Package schema embeds the JSON Schema of the axis/v1 contract, so tools
// and tests can validate documents against the same file users read.
package schema

import _ "embed"

// AxisV1 is the JSON Schema (draft 2020-12) of an axis/v1 document.
//
//go:embed axis-v1.schema.json
var AxisV1 []byte
