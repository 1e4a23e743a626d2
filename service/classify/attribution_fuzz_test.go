package classify

import (
	"strings"
	"testing"
)

// FuzzAttribution checks isAttribution, which passes over most lines by
// their first byte and the byte before a closing colon, against
// isAttributionFolds, which compares every prefix and end.
func FuzzAttribution(f *testing.F) {
	for _, s := range []string{"On Mon, 3 Nov 2025 at 08:01, Jan wrote:", "Am 3. Nov. schrieb Jan:", "Le 3 nov. 2025, Marie a écrit :",
		"El lun, Ana escribió:", "I need three things from you today:", "on 3 Nov Jan", "LE x Napisał:", "am x SKREV:", "x ſchrieb:", "ok:"} {
		f.Add(s, "Jan <jan@example.com> wrote:")
	}
	f.Fuzz(func(t *testing.T, line, next string) {
		lines := []string{line, next}
		trimmed := strings.TrimSpace(line)
		if got, want := isAttribution(lines, 0, trimmed), isAttributionFolds(lines, 0, trimmed); got != want {
			t.Fatalf("isAttribution(%q, %q) = %v, want %v", line, next, got, want)
		}
	})
}

// isAttributionFolds is isAttribution comparing every prefix and end with
// strings.EqualFold.
func isAttributionFolds(lines []string, i int, trimmed string) bool {
	hasEnd := func(s string) bool {
		if s == "" || s[len(s)-1] != ':' {
			return false
		}
		for _, e := range attributionEnds {
			if hasSuffixFold(s, e) {
				return true
			}
		}
		return false
	}
	if hasEnd(trimmed) {
		return len(trimmed) < 200
	}
	if len(trimmed) < 3 || trimmed[2] != ' ' {
		return false
	}
	if hasPrefixFold(trimmed, "am ") && strings.HasSuffix(trimmed, ":") && strings.Contains(trimmed, " schrieb ") {
		return len(trimmed) < 200
	}
	if (hasPrefixFold(trimmed, "on ") || hasPrefixFold(trimmed, "am ") || hasPrefixFold(trimmed, "le ")) && i+1 < len(lines) {
		next := strings.TrimSpace(lines[i+1])
		return len(next) < 120 && hasEnd(next)
	}
	return false
}
