package classify

import "math"

// scorer computes a model's log-odds straight from an analysed text,
// without building the feature list that training needs. Character
// n-grams dominate the cost of scoring, so their weight sums are
// precomputed for a large vocabulary (in the word table, beside the
// sentiment of each word); other words are hashed as usual.
type scorer struct {
	m     *Model
	words *wordTable
}

func newScorer(m *Model, words *wordTable) *scorer {
	return &scorer{m: m, words: words}
}

// margin equals Model.margin over engine.features for the same analysis,
// up to float rounding. It records each word's own weight in a.wordW for
// the reasons, and also returns the number of sparse features, which sets
// their scale when the model normalises.
func (s *scorer) margin(text string, a *analysis) (float64, int) {
	// The configuration and slices are read into locals once: through
	// pointers the compiler would load them again for every word.
	cfg := &s.m.Config
	w := s.m.Weights
	bits, negMode, negScope, bigrams, chars := cfg.Bits, cfg.NegMode, cfg.NegScope, cfg.Bigrams, cfg.CharMax > 0
	var sum float32
	n := 0
	toks := a.toks
	wordW := a.wordW[:0]
	if cap(wordW) < len(toks) {
		wordW = make([]float32, 0, len(toks)+len(toks)/4)
	}
	wordW = wordW[:len(toks)]
	var prev uint64
	for i := range toks {
		t := &toks[i]
		negated := negMode > 0 && t.negDist > 0 && (negScope == 0 || t.negDist <= negScope)
		var ww float32
		if !negated || negMode == 2 {
			ww = w[bucket(t.hash, kindWord, bits)]
			sum += ww
			n++
		}
		if negated {
			ww = w[bucket(t.hash, kindNegWord, bits)]
			sum += ww
			n++
		}
		wordW[i] = ww
		if t.flags&tokSubject != 0 {
			sum += w[bucket(t.hash, kindSubject, bits)]
			n++
		}
		if bigrams && i > 0 && t.flags&tokBreak == 0 {
			sum += w[bucket(prev*0x94d049bb133111eb^t.hash, kindBigram, bits)]
			n++
		}
		prev = t.hash
		if !chars {
			continue
		}
		var key uint64
		switch {
		case t.flags&tokChars != 0:
			sum += t.chars
			n += int(s.words.charCount[t.end-t.start])
			continue
		case t.flags&tokNoChars != 0:
			// a plain word's hash is its charKey
			key = t.hash
		default:
			word := text[t.start:t.end]
			key = charKey(word)
			if c, cn, ok := s.words.chars(key, len(word)); ok {
				sum += c
				n += cn
				continue
			}
		}
		if g, ok := s.words.grams.get(key); ok {
			for _, ix := range s.words.gramIdx[g[0]:g[1]] {
				sum += w[ix]
			}
			n += int(g[1] - g[0])
			continue
		}
		var cn int
		sum, cn = addCharGrams(sum, text[t.start:t.end], cfg, w)
		n += cn
	}
	a.wordW = wordW
	z := float64(sum)
	if cfg.Norm && n > 0 {
		z /= math.Sqrt(float64(n))
	}
	denseFeatures(a, func(kind uint64, v float64) {
		z += float64(w[bucket(0, kind, bits)]) * v
	})
	return z, n
}

// charKey identifies the bytes charGrams reads from a word: FNV-1a of the
// lower-cased, truncated word.
func charKey(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w) && i < maxCharWord; i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}
