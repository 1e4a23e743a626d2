package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"regexp"
	"strings"
	"testing"
)

// doubleDefault finds a default said in words and then again by the flag
// package, as in "(default: the HOT threshold) (default -1)".
var doubleDefault = regexp.MustCompile(`\(default: [^)]*\) \(default [^)]*\)`)

// TestEveryHelpListsFlags checks each subcommand's --help: it succeeds,
// names the command, and lists flags or says there are none, never an
// empty "Flags:" heading; and no default shows a sentinel value.
func TestEveryHelpListsFlags(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{c.name, "--help"}, &stdout, &stderr)
			if err != nil && !errors.Is(err, flag.ErrHelp) {
				t.Fatalf("--help: %v", err)
			}
			help := stderr.String() + stdout.String()
			if !strings.Contains(help, "Usage: hotline "+c.name) {
				t.Errorf("help does not name the command:\n%s", help)
			}
			if i := strings.Index(help, "Flags:\n"); i >= 0 && !strings.Contains(help[i:], "\n  -") {
				t.Errorf("empty Flags: heading:\n%s", help)
			}
			if !strings.Contains(help, "Flags:\n") && !strings.Contains(help, "takes no flags") {
				t.Errorf("help neither lists flags nor says there are none:\n%s", help)
			}
			if m := doubleDefault.FindString(help); m != "" {
				t.Errorf("a default is stated twice: %s", m)
			}
		})
	}
}

// TestFlagErrorsShownOnce checks that a bad flag is reported by the flag
// package (above the usage) and marked so main does not print it again.
func TestFlagErrorsShownOnce(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"classify", "--no-such-flag"}, &stdout, &stderr)
	if !errors.Is(err, errUsage) || !errors.As(err, new(shownError)) {
		t.Fatalf("got %v, want a usage error marked as shown", err)
	}
	if n := strings.Count(stderr.String(), "no-such-flag"); n != 1 {
		t.Errorf("flag error printed %d times:\n%s", n, stderr.String())
	}
}
