package reader

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var dumpPath = flag.String("dump", "", "print the blocks of this input")

func TestDump(t *testing.T) {
	if *dumpPath == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(*dumpPath)
	docs, err := Parse(*dumpPath, data)
	for _, d := range docs {
		fmt.Printf("META %+v\n", d.Meta)
		for _, b := range d.Blocks {
			s := b.Text
			if len(s) > 100 {
				s = s[:100]
			}
			fmt.Printf("  %-9s %s\n", b.Kind, s)
		}
	}
	fmt.Println("ERR", err)
}
