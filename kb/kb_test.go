package kb

import (
	"io/fs"
	"testing"
)

func mustDefault(tb testing.TB) *KB {
	tb.Helper()
	k, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return k
}

// TestDefault_Sound checks that every embedded file parses, keys are unique
// (the loader refuses duplicates), no name is claimed by two countries or
// two organisations, and every code refers to something known.
func TestDefault_Sound(t *testing.T) {
	k := mustDefault(t)
	for _, p := range k.Check() {
		t.Error(p)
	}
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		f, err := dataFS.Open("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := New().Load(e.Name(), f); err != nil {
			// people files may refer to nothing else; countries and orgs parse alone
			t.Errorf("%s alone: %v", e.Name(), err)
		}
		f.Close()
	}
}
