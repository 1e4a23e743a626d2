package classify

import (
	"encoding/json"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/cdipaolo/sentiment"
)

// Sentiment is the cdipaolo/sentiment naive Bayes model reduced to what
// scoring needs: the log-odds of "negative" contributed by each known word.
// The library's own Probability multiplies raw probabilities and underflows
// on mail-length text; summing logs does not. The per-word smoothing
// denominators of the two classes are equal, so each word contributes
// log((count_neg+1)/(count_pos+1)).
type Sentiment struct {
	prior float64
	words hashTable
	// vocab lists the model's words: a large sample of everyday English
	// that classifiers use to precompute per-word feature sums.
	vocab []string
}

// LoadSentiment restores the library's English model (about a second of
// work) and converts it to the log-space table.
func LoadSentiment() (*Sentiment, error) {
	models, err := sentiment.Restore()
	if err != nil {
		return nil, fmt.Errorf("restore sentiment model: %w", err)
	}
	nb, ok := models[sentiment.English]
	if !ok || len(nb.Count) != 2 || len(nb.Probabilities) != 2 {
		return nil, fmt.Errorf("sentiment model: no two-class English model")
	}
	// The word map is unexported; its JSON form is the only complete view.
	raw, err := nb.Words.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("sentiment model words: %w", err)
	}
	var words map[string]struct{ Count []uint64 }
	if err := json.Unmarshal(raw, &words); err != nil {
		return nil, fmt.Errorf("sentiment model words: %w", err)
	}
	s := &Sentiment{
		// class 0 is negative, class 1 positive
		prior: math.Log(nb.Probabilities[0]) - math.Log(nb.Probabilities[1]),
		words: newHashTable(len(words)),
	}
	for w, c := range words {
		if len(c.Count) != 2 || w == "" {
			continue
		}
		s.words.put(fnvString(w), float32(math.Log(float64(c.Count[0]+1)/float64(c.Count[1]+1))))
		s.vocab = append(s.vocab, w)
	}
	return s, nil
}

// LogOdds returns log P(negative|text) - log P(positive|text) under the
// library's model and tokenisation: characters other than letters and
// spaces are dropped, text is lower-cased and split at spaces. Line breaks
// and tabs also split words here (the library would glue the words).
func (s *Sentiment) LogOdds(text string) float64 {
	sum := s.prior
	h := uint64(fnvOffset)
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				h = (h ^ uint64(c)) * fnvPrime
				n++
			case c >= 'A' && c <= 'Z':
				h = (h ^ uint64(c|0x20)) * fnvPrime
				n++
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				if n > 0 {
					if v, ok := s.words.get(h); ok {
						sum += float64(v)
					}
				}
				h, n = fnvOffset, 0
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		h = fnvRune(h, unicode.ToLower(r))
		n++
	}
	if n > 0 {
		if v, ok := s.words.get(h); ok {
			sum += float64(v)
		}
	}
	return sum
}
