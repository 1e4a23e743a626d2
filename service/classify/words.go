package classify

import (
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// wordVal is what scoring needs to know about one word: its naive Bayes
// log-odds of "negative" and the summed model weight of its character
// n-grams (NaN when the model does not know the word's n-grams).
type wordVal struct {
	sent, chars float32
}

// wordTable joins the sentiment model's word table and the precomputed
// character n-gram sums of the anger model, so that a word of the
// prepared text costs one probe for both. The two were keyed differently
// (the sentiment word drops everything but letters, the n-gram key keeps
// the word's bytes), but for a word of lower-case letters the keys are
// the same, and that is nearly every word of a mail.
type wordTable struct {
	words table[wordVal]
	prior float64
	// charCount is how many n-grams charGrams takes from a word of each
	// length up to maxCharWord, so that a hit needs no count stored.
	charCount [maxCharWord + 1]int32
	hasChars  bool
	// grams maps charKey of a common word the sentiment vocabulary
	// lacks ("I", "me", "is", "of", "15") to its n-gram weight indices
	// in gramIdx, in the order charGrams lists them. Adding those
	// weights one by one is what addCharGrams does, to the same bit,
	// without hashing every n-gram of the word again.
	grams   table[[2]int32]
	gramIdx []uint32
}

// gramWords returns the words whose n-gram weight indices a wordTable
// keeps: the function words, negators and conjunctions the tokenizer and
// the reasons know, which fill every mail and which the sentiment
// vocabulary leaves out, and the numbers up to 99.
func gramWords() []string {
	var ws []string
	for _, l := range [][]string{stopWords[:], negatorWords[:], ruleNegators[:], clauseWords[:], negFillers[:], skipWords[:]} {
		ws = append(ws, l...)
	}
	for i := range 100 {
		ws = append(ws, strconv.Itoa(i))
	}
	return ws
}

// newWordTable builds the joined table for sent and the n-gram
// configuration and weights of m.
func newWordTable(sent *Sentiment, m *Model) *wordTable {
	wt := &wordTable{prior: sent.prior, hasChars: m.Config.CharMax > 0}
	wt.words = newTable[wordVal](len(sent.vocab))
	nan := float32(math.NaN())
	merge := func(k uint64, sent float32, hasSent bool, chars float32, hasChars bool) {
		v, ok := wt.words.get(k)
		if !ok {
			v = wordVal{chars: nan}
		}
		if hasSent {
			v.sent = sent
		}
		if hasChars {
			v.chars = chars
		}
		wt.words.put(k, v)
	}
	var feats []feat
	for _, w := range sent.vocab {
		k := fnvString(w)
		s, _ := sent.words.get(k)
		merge(k, s, true, 0, false)
		if !wt.hasChars {
			continue
		}
		feats = charGrams(feats[:0], w, m.Config)
		var sum float32
		for _, f := range feats {
			sum += m.Weights[f.idx]
		}
		merge(charKey(w), 0, false, sum, true)
	}
	if wt.hasChars {
		ws := gramWords()
		wt.grams = newTable[[2]int32](len(ws))
		for _, w := range ws {
			k := charKey(w)
			if _, _, ok := wt.chars(k, len(w)); ok {
				continue
			}
			if _, ok := wt.grams.get(k); ok {
				continue
			}
			start := int32(len(wt.gramIdx))
			for _, f := range charGrams(feats[:0], w, m.Config) {
				wt.gramIdx = append(wt.gramIdx, f.idx)
			}
			wt.grams.put(k, [2]int32{start, int32(len(wt.gramIdx))})
		}
		var word [maxCharWord]byte
		for n := range wt.charCount {
			for i := range n {
				word[i] = 'a'
			}
			feats = charGrams(feats[:0], string(word[:n]), m.Config)
			wt.charCount[n] = int32(len(feats))
		}
	}
	return wt
}

// chars returns the n-gram weight sum and count of a word the table
// knows, keyed by charKey.
func (wt *wordTable) chars(key uint64, wordLen int) (float32, int, bool) {
	v, ok := wt.words.get(key)
	if !ok || v.chars != v.chars {
		return 0, 0, false
	}
	return v.chars, int(wt.charCount[min(wordLen, maxCharWord)]), true
}

// logOdds is Sentiment.LogOdds of text, whose words toks holds, computed
// from the tokens instead of a second pass over every byte: a word of
// plain letters that stands alone between spaces (most words, with or
// without punctuation around it) is looked up by the hash the scanner
// made, and the n-gram sum found with it is kept in the token for the
// model. Everything else (the bytes between words, words with digits,
// apostrophes or other scripts, and words joined by hyphens) runs
// through LogOdds's own rules, so the sum is the same, added in the same
// order.
func (wt *wordTable) logOdds(text string, toks []token) float64 {
	st := sentState{sum: wt.prior, h: fnvOffset}
	pos := 0
	for i := range toks {
		t := &toks[i]
		if start := int(t.start); start == pos+1 && text[pos] == ' ' {
			// most words are one space apart
			st.flush(wt)
		} else {
			st.feed(wt, text[pos:start])
		}
		pos = int(t.end)
		t.flags &^= tokChars | tokNoChars
		if t.flags&tokPlain == 0 {
			st.feed(wt, text[t.start:t.end])
			continue
		}
		v, ok := wt.words.get(t.hash)
		n := int(t.end - t.start)
		if wt.hasChars && n <= maxCharWord {
			if ok && v.chars == v.chars {
				t.chars = v.chars
				t.flags |= tokChars
			} else {
				t.flags |= tokNoChars
			}
		}
		if st.n > 0 {
			// glued to letters before it ("e-mail"): one sentiment word
			st.feed(wt, text[t.start:t.end])
			continue
		}
		// the lower-cased letters of a plain word hash to t.hash
		st.h, st.n = t.hash, n
		st.pending, st.hasPending = v.sent, true
	}
	st.feed(wt, text[pos:])
	st.flush(wt)
	return st.sum
}

// sentState is LogOdds's loop state: the sum so far and the hash of the
// letters of the current space-separated word.
type sentState struct {
	sum float64
	h   uint64
	n   int
	// pending is the log-odds already looked up for h, valid while no
	// letter has been added to the word since.
	pending    float32
	hasPending bool
}

// feed runs LogOdds's rules over s.
func (st *sentState) feed(wt *wordTable, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				st.h = (st.h ^ uint64(c)) * fnvPrime
				st.n++
				st.hasPending = false
			case c >= 'A' && c <= 'Z':
				st.h = (st.h ^ uint64(c|0x20)) * fnvPrime
				st.n++
				st.hasPending = false
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				st.flush(wt)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		st.h = fnvRune(st.h, unicode.ToLower(r))
		st.n++
		st.hasPending = false
	}
}

// flush ends a space-separated word.
func (st *sentState) flush(wt *wordTable) {
	if st.n > 0 {
		if st.hasPending {
			st.sum += float64(st.pending)
		} else if v, ok := wt.words.get(st.h); ok {
			st.sum += float64(v.sent)
		}
	}
	st.h, st.n, st.hasPending = fnvOffset, 0, false
}

// addCharGrams adds the weights of the character n-grams of w to sum, in
// the order charGrams lists them, and returns the new sum and the number
// of n-grams: charGrams and a loop over its result, without the list.
func addCharGrams(sum float32, w string, cfg *FeatureConfig, weights []float32) (float32, int) {
	var buf [maxCharWord + 2]byte
	n := padWord(&buf, w)
	lo, hi, bits := int(cfg.CharMin), int(cfg.CharMax), cfg.Bits
	count := 0
	for s := 0; s+lo <= n; s++ {
		h := uint64(fnvOffset)
		end := min(s+hi, n)
		for k := s; k < end; k++ {
			h = (h ^ uint64(buf[k])) * fnvPrime
			if k+1-s >= lo {
				sum += weights[bucket(h, kindChar, bits)]
				count++
			}
		}
	}
	return sum, count
}
