package classify

import (
	"math"
	"strings"
	"testing"
)

// TestWordWeightFloor checks that no weight at or below the floor, times
// scale, passes minWordWeight, and that the floor is close to the bound.
func TestWordWeightFloor(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 50, 333, 1000, 12345, 1 << 20} {
		scale := float32(1 / math.Sqrt(float64(n)))
		f := wordWeightFloor(scale)
		if float64(f*scale) > minWordWeight {
			t.Errorf("n %d: floor %v times scale %v is %v, above %v", n, f, scale, f*scale, minWordWeight)
		}
		if next := math.Nextafter32(f, 1e9); float64(next*scale) <= minWordWeight*(1-1e-6) {
			t.Errorf("n %d: floor %v is far below the bound", n, f)
		}
	}
}

// FuzzSentenceEnd checks sentenceEnd's word-at-a-time search against a
// byte loop.
func FuzzSentenceEnd(f *testing.F) {
	f.Add("Is it down? It is.\nWrapped line\n\nNew one; and! more", 3)
	f.Add("no end at all ééé", 0)
	f.Fuzz(func(t *testing.T, text string, i int) {
		if i < 0 || i > len(text) {
			return
		}
		wantEnd, wantQ := len(text), false
	loop:
		for j := i; j < len(text); j++ {
			switch text[j] {
			case '?':
				wantEnd, wantQ = j, true
				break loop
			case '.', '!', ';':
				wantEnd = j
				break loop
			case '\n':
				if j+1 < len(text) && text[j+1] == '\n' {
					wantEnd = j
					break loop
				}
			}
		}
		if end, q := sentenceEnd(text, i); end != wantEnd || q != wantQ {
			t.Fatalf("sentenceEnd(%q, %d) = %d, %v; want %d, %v", text, i, end, q, wantEnd, wantQ)
		}
	})
}

// FuzzClauseHas checks clauseHas, which reads an ASCII clause byte by
// byte, against clauseHasRunes on the same clause, for every word list
// and set of marks judging uses.
func FuzzClauseHas(f *testing.F) {
	f.Add("We will cancel, unless it works again", 38)
	f.Add("Closed WITHOUT being fixed", 26)
	f.Add("geschlossen, ohne dass das Problem gelöst wurde", 47)
	f.Add("au lieu de résilier; Instead@of it", 34)
	f.Add("xif if_ @If `if [unless]", 24)
	f.Fuzz(func(t *testing.T, text string, i int) {
		if i < 0 || i > len(text) {
			return
		}
		for _, marks := range []string{".,;:!?\n", ".;:!?\n"} {
			for _, words := range [][]string{conditionWords, hypotheticalWords, lackWords, insteadWords} {
				lo := max(0, i-conditionLookback)
				if k := strings.LastIndexAny(text[lo:i], marks); k >= 0 {
					lo += k + 1
				}
				want := clauseHasRunes(text[lo:i], words)
				if got := clauseHas(text, i, marks, words); got != want {
					t.Fatalf("clauseHas(%q, %d, %q, %q) = %v, want %v", text, i, marks, words, got, want)
				}
			}
		}
	})
}

// FuzzIndexSentenceEnd checks the eight-byte search for a sentence's end
// against a byte loop, line breaks and the bytes zeroBytes may mark
// wrongly (one above a match) included.
func FuzzIndexSentenceEnd(f *testing.F) {
	f.Add("wrapped\nline\nand\n\nmore", 0)
	f.Add("ab\n\x0b\n\x0bcdefgh\nijklmnop\n\nq", 1)
	f.Add("seven b\n\nnext", 0)
	f.Add("xxxxxxx\n\n", 0)
	f.Add("a.b?c!d;e", 2)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		want := -1
	loop:
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '?', '.', '!', ';':
				want = j
				break loop
			case '\n':
				if j+1 < len(s) && s[j+1] == '\n' {
					want = j
					break loop
				}
			}
		}
		if got := indexSentenceEnd(s, i); got != want {
			t.Fatalf("indexSentenceEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}
