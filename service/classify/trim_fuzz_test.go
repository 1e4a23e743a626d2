package classify

import (
	"strings"
	"testing"
)

// FuzzTrimmedEnds checks that a line trimmedEnds passes is one
// strings.TrimSpace returns as it is.
func FuzzTrimmedEnds(f *testing.F) {
	for _, s := range []string{"plain line", " lead", "trail\t", "\u00a0nbsp", "end\u0085", "\x7f", "!", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if trimmedEnds(s) && strings.TrimSpace(s) != s {
			t.Fatalf("%q passes as trimmed but TrimSpace gives %q", s, strings.TrimSpace(s))
		}
	})
}
