// Package evaltest measures axis on a held-out evaluation set: fourteen
// short articles written by the project (testdata/eval/NAME.txt) with gold
// annotations in the dev corpus format (NAME.json, see
// shared/corpus/README.md). The dev corpus is what the extractors are tuned
// on; this set shows whether they generalise. The package has only tests.
package evaltest
