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
		if t.flags&tokNoChars == 0 && s.tableChars(word, &st) {
			continue
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

// walkBits is the hash width of the models walk scores: the shipped
// model's. With it fixed, a weight index is known to be in range and the
// loop needs no bounds checks.
const walkBits = 18

// walks reports whether walk can score for this model: the shipped
// feature shape (negated words instead of plain ones up to the next
// punctuation, word pairs, character n-grams, walkBits of hash). Other
// models are scored by the separate passes.
func (s *scorer) walks() bool {
	cfg := &s.m.Config
	return cfg.Bits == walkBits && len(s.m.Weights) == 1<<walkBits && cfg.NegMode == 1 && cfg.NegScope == 0 &&
		cfg.Bigrams && cfg.CharMin == 3 && cfg.CharMax == 5 && s.words.hasChars
}

// walk is the classifier's pass over the tokens lex found in text, for a
// model walks accepts. After negations has set the negation flags and
// counted the words, it does, token by token, what wordTable.logOdds and
// margin's sparse sum do in two passes: it sums the sentiment log-odds
// into a.sentiment and each word's own weight into a.wordW, and returns
// the model's sparse sum. Every sum adds the same values in the same
// order as those passes, so the results are equal to the bit; the passes
// stay for training, for other models and to check walk. One pass loads
// each token once instead of twice, and one probe of the tokenizer's
// table, joined with the word table (tokenizer.addWords), serves the
// word's roles, sentiment and n-grams: negations makes it and leaves the
// values in the token.
func (s *scorer) walk(tz *tokenizer, text string, a *analysis) marginSum {
	w := (*[1 << walkBits]float32)(s.m.Weights)
	wt := s.words
	toks := a.toks
	wordW := a.wordW[:0]
	if cap(wordW) < len(toks) {
		wordW = make([]float32, 0, len(toks)+len(toks)/4)
	}
	wordW = wordW[:len(toks)]

	// the negations first, in a pass of their own: with their state
	// beside the sentiment's and the model's, the loop below kept too
	// many values to hold in registers, and stored and reloaded them
	// around every word
	words, caps, longCaps := tz.negations(text, toks, 0)
	// the sentiment state, as in logOdds
	st := sentState{sum: wt.prior, h: fnvOffset}
	pos := 0
	// the model's sum, as in run
	var ms marginSum

	for k := range toks {
		t := &toks[k]
		f := t.flags
		start, end := int(t.start), int(t.end)
		n := end - start
		h := t.hash
		nd := t.negDist // set by negations

		// the sentiment: a word one space after the last is the common
		// case, whose sentiment was looked up with the last word
		f &^= tokChars | tokNoChars
		if f&tokPlain != 0 && st.hasPending && st.n > 0 && start == pos+1 && text[pos] == ' ' {
			// a plain word after such a word, most words of a mail: the
			// last word's sentiment is added and this one's is pending,
			// what the steps below do, in one
			st.sum += float64(st.pending)
			st.h, st.n, st.pending = h, n, t.sent
		} else {
			if start == pos+1 && text[pos] == ' ' {
				if st.n > 0 && st.hasPending {
					st.sum += float64(st.pending)
					st.h, st.n, st.hasPending = fnvOffset, 0, false
				} else {
					st.flush(wt)
				}
			} else {
				st.feed(wt, text[pos:start])
			}
			if f&tokPlain == 0 || st.n > 0 {
				st.feed(wt, text[start:end])
			} else {
				st.h, st.n = h, n
				st.pending, st.hasPending = t.sent, true
			}
		}
		pos = end

		// the model: negated words replace plain ones
		var ww float32
		if nd == 0 {
			ww = w[bucket(h, kindWord, walkBits)]
		} else {
			ww = w[bucket(h, kindNegWord, walkBits)]
		}
		ms.sum += ww
		ms.n++
		wordW[k] = ww
		if f&tokSubject != 0 {
			ms.sum += w[bucket(h, kindSubject, walkBits)]
			ms.n++
		}
		if k > 0 && f&tokBreak == 0 {
			ms.sum += w[bucket(ms.prev*0x94d049bb133111eb^h, kindBigram, walkBits)]
			ms.n++
		}
		ms.prev = h
		if f&tokPlain != 0 && n <= maxCharWord {
			if c := t.chars; c == c {
				ms.sum += c
				ms.n += int(wt.charCount[n])
				t.flags = f
				continue
			}
			f |= tokNoChars
			if g, ok := wt.grams.get(h); ok {
				for _, ix := range wt.gramIdx[g[0]:g[1]] {
					ms.sum += w[ix&(1<<walkBits-1)]
				}
				ms.n += int(g[1] - g[0])
				t.flags = f
				continue
			}
		}
		t.flags = f
		s.wordChars(text, t, &ms)
	}
	st.feed(wt, text[pos:])
	st.flush(wt)
	a.sentiment = st.sum
	a.words, a.caps, a.longCaps = words, caps, longCaps
	a.wordW = wordW
	return ms
}

// wordChars adds to ms the n-gram weights of a word whose sum the word
// table does not hold and whose indices it does not keep, as margin
// does: from the table by the word's n-gram key, else by hashing its
// n-grams.
func (s *scorer) wordChars(text string, t *token, ms *marginSum) {
	word := text[t.start:t.end]
	if t.flags&tokNoChars == 0 && s.tableChars(word, ms) {
		return
	}
	var cn int
	ms.sum, cn = addCharGrams35(ms.sum, word, (*[1 << walkBits]float32)(s.m.Weights))
	ms.n += cn
}

// tableChars adds to ms the n-gram weights of word that the word table
// holds, by the word's n-gram key: their sum, or the indices of its
// n-grams. It reports false when the table has neither.
func (s *scorer) tableChars(word string, ms *marginSum) bool {
	key := charKey(word)
	if c, cn, ok := s.words.chars(key, len(word)); ok {
		ms.sum += c
		ms.n += cn
		return true
	}
	if g, ok := s.words.grams.get(key); ok {
		w := s.m.Weights
		for _, ix := range s.words.gramIdx[g[0]:g[1]] {
			ms.sum += w[ix]
		}
		ms.n += int(g[1] - g[0])
		return true
	}
	return false
}

// addCharGrams35 is addCharGrams for n-grams of three to five bytes and
// walkBits of hash, the shape walk scores: each start's three n-grams are
// hashed in a row, and no index needs a bounds check.
func addCharGrams35(sum float32, w string, weights *[1 << walkBits]float32) (float32, int) {
	var buf [maxCharWord + 2]byte
	n := padWord(&buf, w)
	count := 0
	for s := 0; s+3 <= n && s+2 < len(buf); s++ {
		h := (uint64(fnvOffset) ^ uint64(buf[s])) * fnvPrime
		h = (h ^ uint64(buf[s+1])) * fnvPrime
		h = (h ^ uint64(buf[s+2])) * fnvPrime
		sum += weights[bucket(h, kindChar, walkBits)]
		count++
		if s+4 > n || s+3 >= len(buf) {
			continue
		}
		h = (h ^ uint64(buf[s+3])) * fnvPrime
		sum += weights[bucket(h, kindChar, walkBits)]
		count++
		if s+5 > n || s+4 >= len(buf) {
			continue
		}
		h = (h ^ uint64(buf[s+4])) * fnvPrime
		sum += weights[bucket(h, kindChar, walkBits)]
		count++
	}
	return sum, count
}

// finish turns walk's sparse sum into the model's log-odds, adding the
// whole-text features, and returns it with the number of sparse features.
func (s *scorer) finish(a *analysis, ms marginSum) (float64, int) {
	cfg := &s.m.Config
	w := s.m.Weights
	z := float64(ms.sum)
	if cfg.Norm && ms.n > 0 {
		z /= math.Sqrt(float64(ms.n))
	}
	denseFeatures(a, func(kind uint64, v float64) {
		z += float64(w[bucket(0, kind, cfg.Bits)]) * v
	})
	return z, ms.n
}
