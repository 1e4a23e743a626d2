package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestVersionRejectsArguments(t *testing.T) {
	err := run(context.Background(), []string{"version", "extra"}, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) {
		t.Fatalf("err = %v, want a usage error", err)
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
