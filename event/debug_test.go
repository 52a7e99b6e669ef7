package event

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	s := os.Getenv("EVDEBUG")
	if s == "" {
		t.Skip()
	}
	d := testDoc(s, "2024-05-01")
	tr, _ := New().Code(context.Background(), d, true)
	for _, x := range tr {
		fmt.Printf("%+v\n", x)
	}
}
