package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"version"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 3 {
		t.Fatalf("version printed %q, want at least three lines", out.String())
	}
	if lines[0] != "hotline "+version {
		t.Errorf("first line %q, want %q", lines[0], "hotline "+version)
	}
	if lines[1] != "go: "+runtime.Version() {
		t.Errorf("second line %q, want %q", lines[1], "go: "+runtime.Version())
	}
	if !strings.HasPrefix(lines[2], "revision: ") {
		t.Errorf("third line %q, want a revision", lines[2])
	}
}

func TestVersionRejectsArguments(t *testing.T) {
	err := run(context.Background(), []string{"version", "extra"}, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) {
		t.Fatalf("err = %v, want a usage error", err)
	}
}
