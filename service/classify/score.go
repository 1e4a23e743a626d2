package classify

import "math"

// charSum is the summed weight of one word's character n-grams and how
// many there are.
type charSum struct {
	sum float32
	n   int32
}

// scorer computes a model's log-odds straight from an analysed text,
// without building the feature list that training needs. Character
// n-grams dominate the cost of scoring, so their weight sums are
// precomputed for a large vocabulary; other words are hashed as usual.
type scorer struct {
	m     *Model
	chars table[charSum]
}

func newScorer(m *Model, vocab []string) *scorer {
	s := &scorer{m: m}
	if m.Config.CharMax == 0 {
		return s
	}
	s.chars = newTable[charSum](len(vocab))
	var feats []feat
	for _, w := range vocab {
		feats = charGrams(feats[:0], w, m.Config)
		var sum float32
		for _, f := range feats {
			sum += m.Weights[f.idx]
		}
		s.chars.put(charKey(w), charSum{sum: sum, n: int32(len(feats))})
	}
	return s
}

// margin equals Model.margin over engine.features for the same analysis,
// up to float rounding. It records each word's own weight in a.wordW for
// the reasons, and also returns the number of sparse features, which sets
// their scale when the model normalises.
func (s *scorer) margin(text string, a *analysis) (float64, int) {
	cfg := &s.m.Config
	w := s.m.Weights
	bits := cfg.Bits
	var sum float32
	n := 0
	a.wordW = a.wordW[:0]
	for i := range a.toks {
		t := &a.toks[i]
		negated := cfg.NegMode > 0 && t.negDist > 0 && (cfg.NegScope == 0 || t.negDist <= cfg.NegScope)
		var ww float32
		if !negated || cfg.NegMode == 2 {
			ww = w[bucket(t.hash, kindWord, bits)]
			sum += ww
			n++
		}
		if negated {
			ww = w[bucket(t.hash, kindNegWord, bits)]
			sum += ww
			n++
		}
		a.wordW = append(a.wordW, ww)
		if t.flags&tokSubject != 0 {
			sum += w[bucket(t.hash, kindSubject, bits)]
			n++
		}
		if cfg.Bigrams && i > 0 && t.flags&tokBreak == 0 {
			sum += w[bucket(a.toks[i-1].hash*0x94d049bb133111eb^t.hash, kindBigram, bits)]
			n++
		}
		if cfg.CharMax > 0 {
			word := text[t.start:t.end]
			if c, ok := s.chars.get(charKey(word)); ok {
				sum += c.sum
				n += int(c.n)
				continue
			}
			a.feats = charGrams(a.feats[:0], word, *cfg)
			for _, f := range a.feats {
				sum += w[f.idx]
			}
			n += len(a.feats)
		}
	}
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
