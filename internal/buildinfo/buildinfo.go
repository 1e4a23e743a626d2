// Package buildinfo says which binary is running: the release name
// stamped at build time, the Go version and the source revision the Go
// toolchain records, so a bug report can name the exact build.
package buildinfo

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// Write writes what `hotline version` prints for a build of name at
// version described by info (nil when the binary carries none).
func Write(w io.Writer, name, version string, info *debug.BuildInfo) error {
	fmt.Fprintf(w, "%s %s\n", name, version)
	fmt.Fprintf(w, "go: %s\n", runtime.Version())
	rev, at, modified := vcs(info)
	if rev == "" {
		_, err := fmt.Fprintln(w, "revision: unknown")
		return err
	}
	if modified {
		rev += " (modified)"
	}
	_, err := fmt.Fprintf(w, "revision: %s\n", rev)
	if at != "" {
		_, err = fmt.Fprintf(w, "committed: %s\n", at)
	}
	return err
}

// vcs returns the revision, commit time and dirty flag the Go toolchain
// records when building inside a repository. They are empty for `go run`
// and test binaries, which carry no VCS stamp.
func vcs(info *debug.BuildInfo) (revision, time string, modified bool) {
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
