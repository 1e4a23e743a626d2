package classify

import (
	"math"
	"testing"
)

// TestGramIndices checks that adding the kept n-gram weights of a common
// word one by one gives addCharGrams's sum to the bit, from any running
// sum, with the same count.
func TestGramIndices(t *testing.T) {
	c := testClassifier(t)
	wt, cfg, weights := c.eng.words, &c.model.Config, c.model.Weights
	kept := 0
	for _, w := range append(gramWords(), "I", "Me", "OF", "Don't") {
		g, ok := wt.grams.get(charKey(w))
		if !ok {
			if _, _, inVocab := wt.chars(charKey(w), len(w)); !inVocab {
				t.Errorf("%q: no n-gram sum and no n-gram indices", w)
			}
			continue
		}
		kept++
		for _, start := range []float32{0, 1.25, -3.7e-3, 17.001} {
			want, wantN := addCharGrams(start, w, cfg, weights)
			got := start
			for _, ix := range wt.gramIdx[g[0]:g[1]] {
				got += weights[ix]
			}
			if math.Float32bits(got) != math.Float32bits(want) || int(g[1]-g[0]) != wantN {
				t.Fatalf("%q from %v: indices give %v (%d), addCharGrams %v (%d)", w, start, got, g[1]-g[0], want, wantN)
			}
		}
	}
	if kept < 100 {
		t.Errorf("n-gram indices kept for %d words, want the function words and numbers", kept)
	}
}

// FuzzCharGrams35 checks addCharGrams35 against addCharGrams, to the bit.
func FuzzCharGrams35(f *testing.F) {
	f.Add("o'clock", float32(0))
	f.Add("supercalifragilisticexpialidocious", float32(-1.5))
	f.Add("", float32(3))
	c, err := sharedClassifier()
	if err != nil {
		f.Fatal(err)
	}
	cfg, weights := &c.model.Config, c.model.Weights
	f.Fuzz(func(t *testing.T, w string, start float32) {
		want, wantN := addCharGrams(start, w, cfg, weights)
		got, gotN := addCharGrams35(start, w, (*[1 << walkBits]float32)(weights))
		if math.Float32bits(got) != math.Float32bits(want) && !(got != got && want != want) || gotN != wantN {
			t.Fatalf("%q from %v: %v (%d), addCharGrams %v (%d)", w, start, got, gotN, want, wantN)
		}
	})
}
