package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// Scores is what a scorer says of one text, as Comparison reads it.
type Scores struct {
	// Score is the score ranked (the classifier's anger, urgency or heat).
	Score float64
	// Baseline is the baseline's score for the same text.
	Baseline float64
	// Level is the routing level: 0 COOL, 1 WARM, 2 HOT.
	Level int
}

// Comparison measures a scorer beside a baseline on one labelled set, and
// counts the routing levels by label: what `hotline eval` prints. Fill in
// the names and thresholds, then call Run.
type Comparison struct {
	// Data, Label and Score name the set, its label column and the score
	// ranked, for the report.
	Data, Label, Score string
	// Threshold is the score at or above which a row counts as routed, for
	// precision and recall; BaselineThreshold is the same for the baseline.
	Threshold, BaselineThreshold float64
	// HotAt and WarmAt are the level thresholds, for the report.
	HotAt, WarmAt float64

	// Hotline and Baseline are the reports Run fills in.
	Hotline, Baseline Report
	// Levels counts the levels by label.
	Levels LevelTally
}

// Run scores every row with score and fills in the reports.
func (c *Comparison) Run(ctx context.Context, rows []Example, score func(ctx context.Context, text string) (Scores, error)) error {
	hot := make([]Scored, 0, len(rows))
	base := make([]Scored, 0, len(rows))
	for i, r := range rows {
		if i%512 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		s, err := score(ctx, r.Text)
		if err != nil {
			return err
		}
		hot = append(hot, Scored{Score: s.Score, Label: r.Label})
		c.Levels.Add(r.Label, s.Level)
		base = append(base, Scored{Score: s.Baseline, Label: r.Label})
	}
	var err error
	if c.Hotline, err = Evaluate(hot, c.Threshold); err != nil {
		return err
	}
	c.Baseline, err = Evaluate(base, c.BaselineThreshold)
	return err
}

// WriteText writes the comparison as a table, the scorer beside the
// baseline, followed by the level shares of each label.
func (c *Comparison) WriteText(w io.Writer) error {
	hr, br := c.Hotline, c.Baseline
	fmt.Fprintf(w, "data %s, label %s, score %s: n=%d positives=%d\n\n", c.Data, c.Label, c.Score, hr.N, hr.Positives)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\thotline\tbaseline (naive Bayes log-odds)\t")
	row := func(name string, f func(Report) string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", name, f(hr), f(br))
	}
	row("ROC AUC", func(r Report) string { return fmt.Sprintf("%.4f", r.AUC) })
	row("average precision", func(r Report) string { return fmt.Sprintf("%.4f", r.AP) })
	row("threshold", func(r Report) string { return fmt.Sprintf("%.3f", r.At.Threshold) })
	row("precision", func(r Report) string { return fmt.Sprintf("%.4f", r.At.Precision) })
	row("recall", func(r Report) string { return fmt.Sprintf("%.4f", r.At.Recall) })
	row("F1", func(r Report) string { return fmt.Sprintf("%.4f", r.At.F1) })
	row("best F1", func(r Report) string { return fmt.Sprintf("%.4f", r.Best.F1) })
	row("at threshold", func(r Report) string { return fmt.Sprintf("%.3f", r.Best.Threshold) })
	row("precision there", func(r Report) string { return fmt.Sprintf("%.4f", r.Best.Precision) })
	row("recall there", func(r Report) string { return fmt.Sprintf("%.4f", r.Best.Recall) })
	if err := tw.Flush(); err != nil {
		return err
	}
	// the routing level comes from heat whatever the score ranked
	fmt.Fprintf(w, "\nlevels (share of each label's rows, HOT at heat >= %.2f, WARM >= %.2f):\n", c.HotAt, c.WarmAt)
	var err error
	for _, v := range []bool{false, true} {
		s := c.Levels.Shares(v)
		name := "0"
		if v {
			name = "1"
		}
		_, err = fmt.Fprintf(w, "  label %s (n=%d): HOT %5.1f %%  WARM %5.1f %%  COOL %5.1f %%\n", name, s.N, 100*s.Hot, 100*s.Warm, 100*s.Cool)
	}
	return err
}

// ComparisonJSON is the JSON form of a Comparison, one object scripts read.
type ComparisonJSON struct {
	Label     string     `json:"label"`
	Score     string     `json:"score"`
	N         int        `json:"n"`
	Positives int        `json:"positives"`
	Threshold float64    `json:"threshold"`
	Hotline   ScoresJSON `json:"hotline"`
	Baseline  ScoresJSON `json:"baseline"`
	// Levels maps each label value ("0", "1") to the share of its rows
	// at HOT, WARM and COOL.
	Levels map[string]Levels `json:"levels"`
}

// ScoresJSON is one scorer's summary in ComparisonJSON.
type ScoresJSON struct {
	AUC           float64 `json:"auc"`
	AP            float64 `json:"ap"`
	Precision     float64 `json:"precision"`
	Recall        float64 `json:"recall"`
	F1            float64 `json:"f1"`
	BestF1        float64 `json:"best_f1"`
	BestThreshold float64 `json:"best_threshold"`
}

func scoresJSON(r Report) ScoresJSON {
	return ScoresJSON{AUC: r.AUC, AP: r.AP, Precision: r.At.Precision, Recall: r.At.Recall, F1: r.At.F1, BestF1: r.Best.F1, BestThreshold: r.Best.Threshold}
}

// WriteJSON writes the comparison as one indented ComparisonJSON object.
func (c *Comparison) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ComparisonJSON{Label: c.Label, Score: c.Score, N: c.Hotline.N, Positives: c.Hotline.Positives, Threshold: c.Threshold,
		Hotline: scoresJSON(c.Hotline), Baseline: scoresJSON(c.Baseline),
		Levels: map[string]Levels{"0": c.Levels.Shares(false), "1": c.Levels.Shares(true)}})
}
