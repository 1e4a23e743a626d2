package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hotline/hotline/service/desk"
	"github.com/hotline/hotline/service/store"
)

// parseSource parses args into fs and s, with flags before and after the
// positional arguments, so "alerts ack 3 --db x" and "alerts --db x ack 3"
// both work.
func parseSource(fs *flag.FlagSet, s *desk.Source, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	s.Parsed(fs)
	return pos, nil
}

// runAlerts works on the same database the service uses, or on its API.
func runAlerts(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f desk.Source
	var p desk.Params
	fs := newFlagSet("alerts", "alerts list|show ID|ack ID|resolve ID [--db PATH | --postgres DSN | --addr HOST:PORT] [--by NAME] [--state STATE]", stderr)
	f.AddFlags(fs, "SQLite database `path`", "use the gRPC API of a running service at `host:port` instead of --db")
	fs.StringVar(&p.By, "by", os.Getenv("USER"), "`name` recorded as the person acknowledging or resolving")
	state := fs.String("state", "", "list only alerts in these comma-separated `states` (OPEN,NOTIFIED,ACKNOWLEDGED,RESOLVED or ALL); default: not resolved")
	fs.IntVar(&p.Limit, "limit", 50, "list at most `n` alerts")
	fs.BoolVar(&p.Called, "called", false, "with ack: you called the customer back; records the call, which counts as the answer")
	pos, err := parseSource(fs, &f, args)
	if err != nil {
		return err
	}
	if err := usageError(f.Store.Resolve()); err != nil {
		return err
	}
	c, err := desk.ParseCommand(pos)
	if err != nil {
		if errors.As(err, new(*desk.VerbError)) {
			fs.Usage()
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if c.Changes() && p.By == "" {
		return fmt.Errorf("%w: --by is required when $USER is not set", errUsage)
	}
	if p.States, err = store.ParseStates(*state); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	d, err := desk.Connect(ctx, "alerts", f, nil)
	if err != nil {
		return usageError(err)
	}
	defer d.Close()
	return d.Run(ctx, stdout, c, p)
}
