package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/hotline/hotline/service/app"
)

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o app.IngestOptions
	var so app.StoreOptions
	var lo app.LogOptions
	fs := newFlagSet("ingest", "ingest --imap URL [--imap URL...] --db PATH [flags]", stderr)
	o.AddFlags(fs)
	so.AddFlags(fs, "", "SQLite database `path`")
	once := fs.Bool("once", false, "sync every mailbox once, print what was new, and exit")
	jsonOut := fs.Bool("json", false, "print one JSON object per recorded message")
	lo.AddFlags(fs, slog.LevelWarn)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: ingest takes no arguments, got %q", errUsage, fs.Args())
	}
	logger, err := lo.Logger(stderr)
	if err := errors.Join(append(usageErrors(err), usageErrors(so.Resolve())...)...); err != nil {
		return err
	}
	if !*jsonOut {
		o.Progress = app.Progress(stderr)
	}
	return errors.Join(usageErrors(app.Ingest(ctx, o, so, *once, app.Printer(stdout, *jsonOut), logger))...)
}
