package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/hotline/hotline/internal/buildinfo"
)

// version is the release name, stamped at build time with
// -ldflags "-X main.version=v1.2.3"; "dev" marks an unreleased build.
var version = "dev"

// runVersion names the exact binary for a bug report.
func runVersion(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("version", "version", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return fmt.Errorf("%w: version takes no arguments", errUsage)
	}
	info, _ := debug.ReadBuildInfo()
	return buildinfo.Write(stdout, "hotline", version, info)
}
