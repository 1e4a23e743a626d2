package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionRejectsArguments(t *testing.T) {
	err := run(context.Background(), []string{"version", "extra"}, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) {
		t.Fatalf("err = %v, want a usage error", err)
	}
}

// TestVersionPrintsTheBuild checks each line against the build information
// it comes from, including a dirty tree and a binary without VCS stamps.
func TestVersionPrintsTheBuild(t *testing.T) {
	const rev = "0123456789abcdef0123456789abcdef01234567"
	stamped := func(settings ...debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Settings: settings}
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"clean", stamped(debug.BuildSetting{Key: "vcs.revision", Value: rev}, debug.BuildSetting{Key: "vcs.time", Value: "2026-11-30T10:00:00Z"},
			debug.BuildSetting{Key: "vcs.modified", Value: "false"}),
			"hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: " + rev + "\ncommitted: 2026-11-30T10:00:00Z\n"},
		{"modified", stamped(debug.BuildSetting{Key: "vcs.revision", Value: rev}, debug.BuildSetting{Key: "vcs.modified", Value: "true"}),
			"hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: " + rev + " (modified)\n"},
		{"no stamp", stamped(), "hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: unknown\n"},
		{"no build info", nil, "hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: unknown\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		printVersion(&b, "v1.2.3", tt.info)
		if b.String() != tt.want {
			t.Errorf("%s: printed\n%s\nwant\n%s", tt.name, b.String(), tt.want)
		}
	}
}

// TestReleaseBuildNamesItsRevision builds the binary the way the README
// says a release is built and checks that `hotline version` names the
// stamped version and the checked-out commit, not "unknown". It needs git
// and a checkout; a source tree without them skips.
func TestReleaseBuildNamesItsRevision(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not installed")
	}
	out, err := exec.Command(git, "rev-parse", "HEAD", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	head, top, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	if fi, err := os.Stat(filepath.Join(top, ".git")); err != nil || !fi.IsDir() {
		// The go command recognises a repository only by a .git
		// directory; a linked worktree has a .git file and gets no stamp.
		t.Skip("a git worktree: go build does not stamp VCS information here")
	}
	bin := filepath.Join(t.TempDir(), "hotline")
	build := exec.Command("go", "build", "-buildvcs=true", "-ldflags", "-X main.version=v9.8.7", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("hotline version: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 4 || lines[0] != "hotline v9.8.7" || !strings.HasPrefix(lines[2], "revision: "+head) || !strings.HasPrefix(lines[3], "committed: ") {
		t.Fatalf("hotline version printed\n%s\nwant hotline v9.8.7, the Go version, revision %s and the commit time", out, head)
	}
}
