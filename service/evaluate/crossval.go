package evaluate

import (
	"context"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Fit trains a scorer on the rows keep accepts; CrossValidation calls it
// once per fold.
type Fit func(ctx context.Context, keep func(i int) bool) (score func(ctx context.Context, text string) (float64, error), err error)

// HeldOut is the cross-validated ROC AUC of the score for one label
// column: pooled over all held-out rows, and the mean and standard
// deviation over folds.
type HeldOut struct {
	Label            string
	Pooled, Mean, SD float64
}

// CrossValidation measures how well a trained score ranks rows it was not
// trained on. Fill in the set, the label columns, the number of folds and
// the score's name, then call Run.
type CrossValidation struct {
	// Data is the TSV file the rows came from; Run reads each of Labels,
	// 0/1 columns, from it.
	Data   string
	Labels []string
	// K is the number of folds, at least 2.
	K int
	// Score names the score, for the report.
	Score string

	// N is the number of rows and Results one entry per label, filled in
	// by Run.
	N       int
	Results []HeldOut
}

// Run trains K scorers, each without one fold of rows (folds by Fold of
// the row's id, or of its number when it has none), scores the left-out
// fold with it, and measures the ROC AUC of the held-out scores for each
// label column.
func (c *CrossValidation) Run(ctx context.Context, rows []Example, fit Fit) error {
	if c.K < 2 {
		return fmt.Errorf("cross-validation needs at least 2 folds, not %d", c.K)
	}
	truth := make([][]Example, len(c.Labels))
	for j, l := range c.Labels {
		r, err := ReadTSVFile(c.Data, strings.TrimSpace(l))
		if err != nil {
			return err
		}
		if len(r) != len(rows) {
			return fmt.Errorf("%s: label %s has %d rows, the training set %d", c.Data, l, len(r), len(rows))
		}
		truth[j] = r
	}
	fold := make([]int, len(rows))
	for i, r := range rows {
		id := r.ID
		if id == "" {
			id = strconv.Itoa(i)
		}
		fold[i] = Fold(id, c.K)
	}
	scores := make([]float64, len(rows))
	perFold := make([][]float64, len(c.Labels))
	for f := 0; f < c.K; f++ {
		score, err := fit(ctx, func(i int) bool { return fold[i] != f })
		if err != nil {
			return fmt.Errorf("fold %d: %w", f, err)
		}
		var idx []int
		for i, r := range rows {
			if fold[i] != f {
				continue
			}
			if scores[i], err = score(ctx, r.Text); err != nil {
				return err
			}
			idx = append(idx, i)
		}
		for j := range c.Labels {
			s := make([]Scored, len(idx))
			for n, i := range idx {
				s[n] = Scored{Score: scores[i], Label: truth[j][i].Label}
			}
			auc, err := AUC(s)
			if err != nil {
				return fmt.Errorf("fold %d, %s: %w", f, c.Labels[j], err)
			}
			perFold[j] = append(perFold[j], auc)
		}
	}
	c.N, c.Results = len(rows), nil
	for j, l := range c.Labels {
		s := make([]Scored, len(rows))
		for i := range rows {
			s[i] = Scored{Score: scores[i], Label: truth[j][i].Label}
		}
		pooled, err := AUC(s)
		if err != nil {
			return err
		}
		h := HeldOut{Label: strings.TrimSpace(l), Pooled: pooled}
		for _, a := range perFold[j] {
			h.Mean += a
		}
		h.Mean /= float64(c.K)
		for _, a := range perFold[j] {
			h.SD += (a - h.Mean) * (a - h.Mean)
		}
		h.SD = math.Sqrt(h.SD / float64(c.K-1))
		c.Results = append(c.Results, h)
	}
	return nil
}

// WriteText writes one line per label column.
func (c *CrossValidation) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%d-fold cross-validation on %s (%d rows), %s score\n", c.K, c.Data, c.N, c.Score)
	for _, h := range c.Results {
		_, err = fmt.Fprintf(w, "%-10s ROC AUC pooled %.4f, per fold %.4f ± %.4f\n", h.Label, h.Pooled, h.Mean, h.SD)
	}
	return err
}
