package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCoachCommand(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.txt")
	if err := os.WriteFile(draft, []byte("Hi Clara,\n\nPlease calm down. We will fix it ASAP.\n\nThe Support Team\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"coach", "--name", "Claire Donovan", draft}, &out, &errOut); err != nil {
		t.Fatalf("coach: %v\n%s", err, errOut.String())
	}
	for _, want := range []string{"not ready", "BLOCKING calm_down", "BLOCKING wrong_name \"Clara\"", "ADVISORY vague_timing \"ASAP\"", "better:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	if err := run(context.Background(), []string{"coach", "--json", draft}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var res struct {
		Score    float64
		Ready    bool
		Findings []struct{ Why string }
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out.String())
	}
	if res.Ready || res.Score > 0.4 || len(res.Findings) == 0 || res.Findings[0].Why == "" {
		t.Errorf("--json: %+v", res)
	}

	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte(" \n"), 0o600)
	if err := run(context.Background(), []string{"coach", empty}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "nothing to check") {
		t.Errorf("empty draft: %v", err)
	}
	err := run(context.Background(), []string{"coach", "--alert", "x", draft}, &out, &errOut)
	if !errors.Is(err, errUsage) {
		t.Errorf("--alert x: %v, want a usage error", err)
	}
	err = run(context.Background(), []string{"coach", "--alert", "3", "--db", filepath.Join(dir, "missing.db"), draft}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "missing.db") {
		t.Errorf("--alert with a missing database: %v", err)
	}
}
