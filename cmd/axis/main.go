// Command axis turns news into structured data about how states and leaders
// relate to each other. See 'axis help'.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/axis-news/axis/cli"
)

func main() {
	cli.TuneGC(os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Run(ctx, cli.DefaultEnv(), os.Args[1:])
	stop()
	switch {
	case err == nil:
	case errors.Is(err, cli.ErrUsage):
		os.Exit(2)
	case errors.Is(err, cli.ErrPartial):
		os.Exit(1)
	default:
		fmt.Fprintf(os.Stderr, "axis: %s\n", cli.Message(err))
		os.Exit(1)
	}
}
