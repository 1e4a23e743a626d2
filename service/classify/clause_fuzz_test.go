package classify

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzClauseSets checks the word sets and marks judging uses, as
// conditional, hypothetical, lacking and instead read them, against
// clauseHasRunes on the clause strings.LastIndexAny finds.
func FuzzClauseSets(f *testing.F) {
	f.Add("We will cancel, unless it works again", 38)
	f.Add("Closed WITHOUT being fixed", 26)
	f.Add("geschlossen, ohne dass das Problem gelöst wurde", 47)
	f.Add("au lieu de résilier; Instead@of it", 34)
	f.Add("xif if_ @If `if [unless]", 24)
	f.Add("siété, if\xc3", 11)
	f.Add("sin acceso una hora, pero ya funciona; closed without fix", 36)
	f.Add("no funcionó, pero lo cerraron sin resolver", 42)
	f.Fuzz(func(t *testing.T, text string, i int) {
		if i < 0 || i > len(text) {
			return
		}
		for _, c := range []struct {
			set   *wordSet
			marks string
			read  func(string, int) bool
		}{
			{conditionSet, ".,;:!?\n", conditional},
			{hypotheticalSet, ".;:!?\n", hypothetical},
			{lackSet, ".;:!?\n", lacking},
			{insteadSet, ".,;:!?\n", instead},
		} {
			lo := max(0, i-conditionLookback)
			if k := strings.LastIndexAny(text[lo:i], c.marks); k >= 0 {
				lo += k + 1
			}
			want := clauseHasRunes(text[lo:i], c.set.words)
			if c.set == lackSet {
				// a contrast after the lack word ends its reach
				want = lastWordIn(text[lo:i], lackWords) > lastWordIn(text[lo:i], contrastWords)
			}
			if got := c.read(text, i); got != want {
				t.Fatalf("(%q, %d) with %q = %v, want %v", text, i, c.set.words, got, want)
			}
		}
	})
}

// lastWordIn returns the byte offset in s of the last word, a run of
// Unicode letters, that equals one of words in any case, or -1.
func lastWordIn(s string, words []string) int {
	last := -1
	for k := 0; k < len(s); {
		start := strings.IndexFunc(s[k:], unicode.IsLetter)
		if start < 0 {
			break
		}
		start += k
		end := strings.IndexFunc(s[start:], notLetter)
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		for _, w := range words {
			if strings.EqualFold(s[start:end], w) {
				last = start
			}
		}
		k = end
	}
	return last
}
