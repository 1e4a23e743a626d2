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

func TestClassifyJSONFixture(t *testing.T) {
	var out, errOut bytes.Buffer
	fixture := filepath.Join("..", "..", "service", "classify", "testdata", "mail", "outage.eml")
	if err := run(context.Background(), []string{"classify", "--json", fixture}, &out, &errOut); err != nil {
		t.Fatalf("classify: %v (%s)", err, errOut.String())
	}
	var got struct {
		Level         string
		Heat, Urgency float64
		Reasons       []struct{ Signal string }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	if got.Level != "HOT" || got.Heat < 0.75 || got.Urgency < 0.5 {
		t.Errorf("result %+v, want a HOT, urgent message", got)
	}
	var header, outage bool
	for _, r := range got.Reasons {
		header = header || r.Signal == "header_priority"
		outage = outage || r.Signal == "outage"
	}
	if !header || !outage {
		t.Errorf("reasons %+v lack header_priority or outage", got.Reasons)
	}
	for _, key := range []string{`"anger"`, `"urgency"`, `"heat"`, `"level"`, `"sentiment"`, `"reasons"`, `"signal"`, `"weight"`, `"phrase"`, `"start"`, `"end"`} {
		if !strings.Contains(out.String(), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestClassifyPlainText(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "note.txt")
	// "Note:" looks like a header but is not one mail always has
	if err := os.WriteFile(name, []byte("Note: thanks for the help yesterday, all working now.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"classify", name}, &out, &errOut); err != nil {
		t.Fatalf("classify: %v", err)
	}
	if !strings.Contains(out.String(), "level:     COOL") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestClassifyUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"classify", "--nope"}, &out, &errOut)
	if !errors.Is(err, errUsage) {
		t.Errorf("bad flag: err %v, want errUsage", err)
	}
	err = run(context.Background(), []string{"classify", "a", "b"}, &out, &errOut)
	if !errors.Is(err, errUsage) {
		t.Errorf("two files: err %v, want errUsage", err)
	}
	errOut.Reset()
	if err := run(context.Background(), []string{"classify", "--help"}, &out, &errOut); err == nil || !strings.Contains(errOut.String(), "Usage: hotline classify") {
		t.Errorf("--help: err %v, output %q", err, errOut.String())
	}
}

// TestClassifyEmptyInput checks that nothing to score is an error, as in
// the API, not a COOL result.
func TestClassifyEmptyInput(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"empty.txt":  "",
		"blank.txt":  " \n\t\n",
		"header.eml": "From: a@example.com\r\nSubject: \r\n\r\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), []string{"classify", path}, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), "nothing to score") {
			t.Errorf("%s: got %v, want a nothing-to-score error", name, err)
		}
		if stdout.Len() != 0 {
			t.Errorf("%s: printed a result:\n%s", name, stdout.String())
		}
	}
}
