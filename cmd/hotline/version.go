package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is the release name, stamped at build time with
// -ldflags "-X main.version=v1.2.3"; "dev" marks an unreleased build.
var version = "dev"

// versionCmd prints what was built, so a bug report can name the exact
// binary.
var versionCmd = command{
	name:    "version",
	summary: "print the version, Go version and source revision",
	run:     runVersion,
}

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
	printVersion(stdout, version, info)
	return nil
}

// printVersion writes what runVersion prints for a build described by info
// (nil when the binary carries none).
func printVersion(stdout io.Writer, version string, info *debug.BuildInfo) {
	fmt.Fprintf(stdout, "hotline %s\n", version)
	fmt.Fprintf(stdout, "go: %s\n", runtime.Version())
	rev, at, modified := vcsInfo(info)
	if rev == "" {
		fmt.Fprintln(stdout, "revision: unknown")
		return
	}
	if modified {
		rev += " (modified)"
	}
	fmt.Fprintf(stdout, "revision: %s\n", rev)
	if at != "" {
		fmt.Fprintf(stdout, "committed: %s\n", at)
	}
}

// vcsInfo returns the revision, commit time and dirty flag the Go
// toolchain records when building inside a repository. They are empty for
// `go run` and test binaries, which carry no VCS stamp.
func vcsInfo(info *debug.BuildInfo) (revision, time string, modified bool) {
	if info == nil {
		return "", "", false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.time":
			time = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return revision, time, modified
}
