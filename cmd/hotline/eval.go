package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
)

var evalCommand = command{
	name:    "eval",
	summary: "measure the classifier on a labelled TSV against the naive Bayes baseline",
	run:     runEval,
}

// evalScoresJSON is one scorer's line in the --json output of hotline eval.
type evalScoresJSON struct {
	AUC           float64 `json:"auc"`
	AP            float64 `json:"ap"`
	Precision     float64 `json:"precision"`
	Recall        float64 `json:"recall"`
	F1            float64 `json:"f1"`
	BestF1        float64 `json:"best_f1"`
	BestThreshold float64 `json:"best_threshold"`
}

type evalJSON struct {
	Label     string         `json:"label"`
	Score     string         `json:"score"`
	N         int            `json:"n"`
	Positives int            `json:"positives"`
	Threshold float64        `json:"threshold"`
	Hotline   evalScoresJSON `json:"hotline"`
	Baseline  evalScoresJSON `json:"baseline"`
	// Levels maps each label value ("0", "1") to the share of its rows
	// the classifier routes HOT, WARM and COOL.
	Levels map[string]evaluate.Levels `json:"levels"`
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "eval --data FILE.tsv --label COLUMN [--score anger|urgency|heat] [--threshold X] [--json]", stderr)
	data := fs.String("data", "", "TSV with a header row, a text column and a 0/1 label column")
	label := fs.String("label", "", "0/1 label column, or COLUMN=VALUE for rows where a column holds VALUE (labels=neutral)")
	score := fs.String("score", "anger", "score to rank by: anger, urgency or heat")
	var threshold optionalFloat
	fs.Var(&threshold, "threshold", "`score` at or above which a message counts as routed, for precision and recall (default: the HOT threshold)")
	baseThreshold := fs.Float64("baseline-threshold", 0, "threshold on the baseline log-odds")
	asJSON := fs.Bool("json", false, "print one JSON object")
	modelPath := fs.String("model", "", "anger model file to measure instead of the embedded one (from hotline train)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" || *label == "" {
		fs.Usage()
		return fmt.Errorf("%w: --data and --label are required", errUsage)
	}
	pick, ok := map[string]func(classify.Result) float64{
		"anger":   func(r classify.Result) float64 { return r.Anger },
		"urgency": func(r classify.Result) float64 { return r.Urgency },
		"heat":    func(r classify.Result) float64 { return r.Heat },
	}[*score]
	if !ok {
		return fmt.Errorf("%w: --score must be anger, urgency or heat, not %q", errUsage, *score)
	}
	rows, err := evaluate.ReadTSVFile(*data, *label)
	if err != nil {
		return err
	}
	opts := classify.DefaultOptions()
	if *modelPath != "" {
		raw, err := os.ReadFile(*modelPath)
		if err != nil {
			return err
		}
		m := new(classify.Model)
		if err := m.UnmarshalBinary(raw); err != nil {
			return fmt.Errorf("%s: %w", *modelPath, err)
		}
		opts.Model = m
	}
	c, err := classify.New(opts)
	if err != nil {
		return err
	}
	th := opts.Thresholds.Hot
	if threshold.set {
		th = threshold.v
	}
	hot := make([]evaluate.Scored, 0, len(rows))
	base := make([]evaluate.Scored, 0, len(rows))
	var levels evaluate.LevelTally
	for i, r := range rows {
		if i%512 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		res, err := c.Classify(ctx, classify.Input{Text: r.Text})
		if err != nil {
			return err
		}
		hot = append(hot, evaluate.Scored{Score: pick(res), Label: r.Label})
		levels.Add(r.Label, int(res.Level))
		base = append(base, evaluate.Scored{Score: res.Sentiment, Label: r.Label})
	}
	hr, err := evaluate.Evaluate(hot, th)
	if err != nil {
		return err
	}
	br, err := evaluate.Evaluate(base, *baseThreshold)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(evalJSON{Label: *label, Score: *score, N: hr.N, Positives: hr.Positives, Threshold: th, Hotline: scoresJSON(hr), Baseline: scoresJSON(br),
			Levels: map[string]evaluate.Levels{"0": levels.Shares(false), "1": levels.Shares(true)}})
	}
	fmt.Fprintf(stdout, "data %s, label %s, score %s: n=%d positives=%d\n\n", *data, *label, *score, hr.N, hr.Positives)
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\thotline\tbaseline (naive Bayes log-odds)\t")
	row := func(name string, f func(evaluate.Report) string) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", name, f(hr), f(br))
	}
	row("ROC AUC", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.AUC) })
	row("average precision", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.AP) })
	row("threshold", func(r evaluate.Report) string { return fmt.Sprintf("%.3f", r.At.Threshold) })
	row("precision", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.At.Precision) })
	row("recall", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.At.Recall) })
	row("F1", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.At.F1) })
	row("best F1", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.Best.F1) })
	row("at threshold", func(r evaluate.Report) string { return fmt.Sprintf("%.3f", r.Best.Threshold) })
	row("precision there", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.Best.Precision) })
	row("recall there", func(r evaluate.Report) string { return fmt.Sprintf("%.4f", r.Best.Recall) })
	if err := tw.Flush(); err != nil {
		return err
	}
	// the routing level comes from heat whatever --score ranks by
	fmt.Fprintf(stdout, "\nlevels (share of each label's rows, HOT at heat >= %.2f, WARM >= %.2f):\n", opts.Thresholds.Hot, opts.Thresholds.Warm)
	for _, v := range []bool{false, true} {
		s := levels.Shares(v)
		name := "0"
		if v {
			name = "1"
		}
		fmt.Fprintf(stdout, "  label %s (n=%d): HOT %5.1f %%  WARM %5.1f %%  COOL %5.1f %%\n", name, s.N, 100*s.Hot, 100*s.Warm, 100*s.Cool)
	}
	return nil
}

func scoresJSON(r evaluate.Report) evalScoresJSON {
	return evalScoresJSON{AUC: r.AUC, AP: r.AP, Precision: r.At.Precision, Recall: r.At.Recall, F1: r.At.F1, BestF1: r.Best.F1, BestThreshold: r.Best.Threshold}
}
