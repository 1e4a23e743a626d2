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
	toks := a.toks
	wordW := a.wordW[:0]
	if cap(wordW) < len(toks) {
		wordW = make([]float32, 0, len(toks)+len(toks)/4)
	}
	wordW = wordW[:len(toks)]
	var st marginSum
	for i := 0; i < len(toks); i++ {
		if i = s.run(toks, wordW, i, &st); i == len(toks) {
			break
		}
		// the word's n-grams are not kept: look them up or hash them,
		// which run leaves here because it takes calls
		t := &toks[i]
		word := text[t.start:t.end]
		key := t.hash // a plain word's hash is its charKey
		if t.flags&tokNoChars == 0 {
			key = charKey(word)
			if c, cn, ok := s.words.chars(key, len(word)); ok {
				st.sum += c
				st.n += cn
				continue
			}
			if g, ok := s.words.grams.get(key); ok {
				for _, ix := range s.words.gramIdx[g[0]:g[1]] {
					st.sum += w[ix]
				}
				st.n += int(g[1] - g[0])
				continue
			}
		}
		var cn int
		st.sum, cn = addCharGrams(st.sum, word, cfg, w)
		st.n += cn
	}
	a.wordW = wordW
	z := float64(st.sum)
	if cfg.Norm && st.n > 0 {
		z /= math.Sqrt(float64(st.n))
	}
	denseFeatures(a, func(kind uint64, v float64) {
		z += float64(w[bucket(0, kind, cfg.Bits)]) * v
	})
	return z, st.n
}

// marginSum is margin's running sum of sparse weights, their count and
// the previous word's hash, between runs.
type marginSum struct {
	sum  float32
	n    int
	prev uint64
}

// run adds the weights of toks[i:] to st, in order, until a word whose
// n-gram sum the word table does not give (a word with digits or
// apostrophes, or one the sentiment vocabulary and the common words
// lack). It returns that word's index, with everything but its n-grams
// added, or len(toks). It makes no calls, so its loop keeps the sum and
// the configuration in registers.
func (s *scorer) run(toks []token, wordW []float32, i int, st *marginSum) int {
	cfg := &s.m.Config
	w := s.m.Weights
	bits, negMode, negScope, bigrams, chars := cfg.Bits, cfg.NegMode, cfg.NegScope, cfg.Bigrams, cfg.CharMax > 0
	wt := s.words
	sum, n, prev := st.sum, st.n, st.prev
	for ; i < len(toks); i++ {
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
		if t.flags&tokChars != 0 {
			sum += t.chars
			n += int(wt.charCount[t.end-t.start])
			continue
		}
		if t.flags&tokNoChars != 0 {
			if g, ok := wt.grams.get(t.hash); ok {
				for _, ix := range wt.gramIdx[g[0]:g[1]] {
					sum += w[ix]
				}
				n += int(g[1] - g[0])
				continue
			}
		}
		break
	}
	st.sum, st.n, st.prev = sum, n, prev
	return i
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
