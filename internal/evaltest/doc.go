// Package evaltest measures axis on two evaluation sets written by the
// project, with gold annotations in the dev corpus format (NAME.json beside
// NAME.txt, see shared/corpus/README.md): testdata/eval, fourteen short
// articles, and testdata/heldout, ten articles and forty-eight one-sentence
// records (three per PLOVER type) written by someone who never saw the
// extraction rules. The dev corpus is what the extractors are tuned on;
// these sets show whether they generalise. The package has only tests.
package evaltest
