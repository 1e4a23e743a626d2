package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/hotline/hotline/service/route"
)

// runCheckConfig works offline, so a change can be checked before it is
// deployed or reloaded with SIGHUP.
func runCheckConfig(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check-config", "check-config FILE", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return fmt.Errorf("%w: check-config takes exactly one FILE", errUsage)
	}
	path := fs.Arg(0)
	c, err := route.LoadConfig(path)
	if err != nil {
		var ve *route.ValidationError
		if errors.As(err, &ve) {
			fmt.Fprintf(stderr, "%s: %d problem(s):\n", path, len(ve.Problems))
			for _, p := range ve.Problems {
				fmt.Fprintf(stderr, "  %s\n", p)
			}
			return fmt.Errorf("%s is not valid", path)
		}
		return err
	}
	fmt.Fprintf(stdout, "%s: OK\n%s", path, c.Summary())
	return nil
}
