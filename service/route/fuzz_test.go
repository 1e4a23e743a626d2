package route

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzParseConfig checks that no input makes the loader panic, and that
// every rejection is either a YAML error or a list of path-named problems.
func FuzzParseConfig(f *testing.F) {
	valid, err := os.ReadFile("testdata/valid.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(valid))
	f.Add(base)
	f.Add("routes: [{default: true, chain: x}]")
	f.Add("people: [{name: a, email: a@b.c, hours: {zone: UTC, start: '22:00', end: '06:00', days: [fri]}}]")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := ParseConfig(strings.NewReader(src))
		var ve *ValidationError
		switch {
		case err == nil:
			if len(c.Routes) == 0 || !c.Routes[len(c.Routes)-1].Default {
				t.Fatalf("accepted a config without a default route last")
			}
			_ = c.Summary()
		case errors.As(err, &ve):
			for _, p := range ve.Problems {
				if !strings.Contains(p, ": ") {
					t.Fatalf("problem without a path: %q", p)
				}
			}
		}
	})
}
