package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckConfig(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("people: [{name: a, email: nope}]\nchains: [{name: c, steps: [{notify: [a], timeout: 1m}]}]\nroutes: [{chain: oncall}]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Decode problems (with their lines) and validation problems together.
	worse := filepath.Join(t.TempDir(), "worse.yaml")
	if err := os.WriteFile(worse, []byte("people:\n  - {name: a, email: a@example.com, pager: 1}\n"+
		"chains:\n  - name: c\n    steps:\n      - {people: [a], timeout: soon}\n"+
		"routes: [{chain: oncall, default: true}]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args       []string
		wantErr    error // nil = success
		wantOut    []string
		wantStderr []string
	}{
		{[]string{"../../service/app/demo/samples/routing.yaml"}, nil, []string{"routing.yaml: OK", "3 people, 1 groups, 2 chains, 3 routes", "route hot -> senior",
			"is paged again every", "until somebody acknowledges"}, nil},
		{[]string{worse}, errors.New("not valid"), nil, []string{"6 problem(s)", "line 2: field pager not found in type route.Person",
			"line 6: field people not found in type route.Step", `line 6: invalid duration "soon"`,
			"chains[0].steps[0].notify: at least one person or group is required", `routes[0].chain: unknown chain "oncall"`}},
		{[]string{bad}, errors.New("not valid"), nil, []string{"3 problem(s)", `people[0].email: invalid address "nope"`,
			`routes[0].chain: unknown chain "oncall"`, "routes: no default route"}},
		{[]string{}, errUsage, nil, nil},
		{[]string{"a", "b"}, errUsage, nil, nil},
		{[]string{"missing.yaml"}, os.ErrNotExist, nil, nil},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"check-config"}, tt.args...), &stdout, &stderr)
		switch {
		case tt.wantErr == nil && err != nil:
			t.Errorf("%v: %v\n%s", tt.args, err, stderr.String())
		case tt.wantErr != nil && err == nil:
			t.Errorf("%v: succeeded, want error", tt.args)
		case tt.wantErr != nil && !errors.Is(err, tt.wantErr) && !strings.Contains(err.Error(), tt.wantErr.Error()):
			t.Errorf("%v: error %v, want %v", tt.args, err, tt.wantErr)
		}
		for _, w := range tt.wantOut {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%v: stdout lacks %q:\n%s", tt.args, w, stdout.String())
			}
		}
		for _, w := range tt.wantStderr {
			if !strings.Contains(stderr.String(), w) {
				t.Errorf("%v: stderr lacks %q:\n%s", tt.args, w, stderr.String())
			}
		}
	}
}
