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
			switch {
			case t.flags&tokChars != 0:
				sum += t.chars
				n += int(s.words.charCount[len(word)])
				continue
			case t.flags&tokNoChars != 0:
			default:
				if c, cn, ok := s.words.chars(charKey(word), len(word)); ok {
					sum += c
					n += cn
					continue
				}
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
