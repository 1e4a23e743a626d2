package evaluate

import (
	"fmt"
	"math"
	"sort"
)

// Scored pairs a score with the true label, the input of every metric here.
type Scored struct {
	Score float64
	Label bool
}

// Confusion holds precision, recall and F1 at one threshold (a score at or
// above Threshold counts as predicted positive).
type Confusion struct {
	Threshold float64
	TP, FP    int
	FN, TN    int
	Precision float64
	Recall    float64
	F1        float64
}

// Report is the summary `hotline eval` prints for one scorer.
type Report struct {
	N         int
	Positives int
	AUC       float64
	AP        float64
	// At is the confusion at the requested threshold, Best at the
	// threshold that maximises F1 on this data.
	At   Confusion
	Best Confusion
}

// Evaluate computes the full report for s at threshold.
func Evaluate(s []Scored, threshold float64) (Report, error) {
	auc, err := AUC(s)
	if err != nil {
		return Report{}, err
	}
	r := Report{N: len(s), AUC: auc, AP: AveragePrecision(s), At: At(s, threshold), Best: BestF1(s)}
	for _, x := range s {
		if x.Label {
			r.Positives++
		}
	}
	return r, nil
}

// AUC is the area under the ROC curve: the probability that a random
// positive scores above a random negative, counting ties as one half. It
// uses the rank-sum (Mann-Whitney) form with average ranks for ties.
func AUC(s []Scored) (float64, error) {
	var pos, neg int
	for _, x := range s {
		if math.IsNaN(x.Score) {
			return 0, fmt.Errorf("score is NaN")
		}
		if x.Label {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return 0, fmt.Errorf("AUC needs both classes (positives %d, negatives %d)", pos, neg)
	}
	idx := sortedAscending(s)
	var rankSum float64
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && s[idx[j]].Score == s[idx[i]].Score {
			j++
		}
		// ranks i+1..j share their average
		avg := float64(i+1+j) / 2
		for k := i; k < j; k++ {
			if s[idx[k]].Label {
				rankSum += avg
			}
		}
		i = j
	}
	p, n := float64(pos), float64(neg)
	return (rankSum - p*(p+1)/2) / (p * n), nil
}

// AveragePrecision is the mean of the precision at each positive when the
// examples are ranked by descending score; tied scores form one step, so
// the result does not depend on input order.
func AveragePrecision(s []Scored) float64 {
	idx := sortedAscending(s)
	var pos int
	for _, x := range s {
		if x.Label {
			pos++
		}
	}
	if pos == 0 {
		return 0
	}
	var tp, seen int
	var ap float64
	for j := len(idx); j > 0; {
		i := j - 1
		for i > 0 && s[idx[i-1]].Score == s[idx[j-1]].Score {
			i--
		}
		var stepTP int
		for k := i; k < j; k++ {
			if s[idx[k]].Label {
				stepTP++
			}
		}
		tp += stepTP
		seen += j - i
		ap += float64(stepTP) / float64(pos) * float64(tp) / float64(seen)
		j = i
	}
	return ap
}

// At returns the confusion at threshold.
func At(s []Scored, threshold float64) Confusion {
	c := Confusion{Threshold: threshold}
	for _, x := range s {
		pred := x.Score >= threshold
		switch {
		case pred && x.Label:
			c.TP++
		case pred:
			c.FP++
		case x.Label:
			c.FN++
		default:
			c.TN++
		}
	}
	c.fill()
	return c
}

// BestF1 returns the confusion at the threshold (one of the scores) with
// the highest F1.
func BestF1(s []Scored) Confusion {
	idx := sortedAscending(s)
	var pos int
	for _, x := range s {
		if x.Label {
			pos++
		}
	}
	best := Confusion{Threshold: math.Inf(1), FN: pos, TN: len(s) - pos}
	var tp, fp int
	for j := len(idx); j > 0; {
		i := j - 1
		for i > 0 && s[idx[i-1]].Score == s[idx[j-1]].Score {
			i--
		}
		for k := i; k < j; k++ {
			if s[idx[k]].Label {
				tp++
			} else {
				fp++
			}
		}
		c := Confusion{Threshold: s[idx[i]].Score, TP: tp, FP: fp, FN: pos - tp, TN: len(s) - pos - fp}
		c.fill()
		if c.F1 > best.F1 {
			best = c
		}
		j = i
	}
	return best
}

func (c *Confusion) fill() {
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// sortedAscending returns the indexes of s ordered by score, stable so that
// results never depend on map or goroutine order.
func sortedAscending(s []Scored) []int {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s[idx[a]].Score < s[idx[b]].Score })
	return idx
}

// Levels is the share of rows at each routing level, for one label value.
type Levels struct {
	N    int     `json:"n"`
	Hot  float64 `json:"hot"`
	Warm float64 `json:"warm"`
	Cool float64 `json:"cool"`
}

// LevelTally counts the routing level of each row by its label, so that
// false pages (negatives at HOT) and missed pages (positives below HOT)
// are read next to the ranking metrics. The zero value is empty.
type LevelTally struct {
	// counts[label][level], levels 0 COOL, 1 WARM, 2 HOT
	counts [2][3]int
}

// Add counts one row; level is 0 for COOL, 1 for WARM and 2 for HOT, the
// values of classify.Level.
func (t *LevelTally) Add(label bool, level int) {
	l := 0
	if label {
		l = 1
	}
	t.counts[l][min(max(level, 0), 2)]++
}

// Shares returns the level shares of the rows with the given label.
func (t *LevelTally) Shares(label bool) Levels {
	c := t.counts[0]
	if label {
		c = t.counts[1]
	}
	n := c[0] + c[1] + c[2]
	if n == 0 {
		return Levels{}
	}
	f := float64(n)
	return Levels{N: n, Cool: float64(c[0]) / f, Warm: float64(c[1]) / f, Hot: float64(c[2]) / f}
}
