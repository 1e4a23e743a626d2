package main

import (
	"context"
	"fmt"
	"io"

	"github.com/hotline/hotline/internal/flagvalue"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "eval --data FILE.tsv --label COLUMN [--score anger|urgency|heat] [--threshold X] [--json]", stderr)
	var cmp evaluate.Comparison
	fs.StringVar(&cmp.Data, "data", "", "TSV with a header row, a text column and a 0/1 label column")
	fs.StringVar(&cmp.Label, "label", "", "0/1 label column, or COLUMN=VALUE for rows where a column holds VALUE (labels=neutral)")
	fs.StringVar(&cmp.Score, "score", "anger", "score to rank by: anger, urgency or heat")
	var threshold flagvalue.OptionalFloat
	fs.Var(&threshold, "threshold", "`score` at or above which a message counts as routed, for precision and recall (default: the HOT threshold)")
	fs.Float64Var(&cmp.BaselineThreshold, "baseline-threshold", 0, "threshold on the baseline log-odds")
	asJSON := fs.Bool("json", false, "print one JSON object")
	modelPath := fs.String("model", "", "anger model file to measure instead of the embedded one (from hotline train)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if cmp.Data == "" || cmp.Label == "" {
		fs.Usage()
		return fmt.Errorf("%w: --data and --label are required", errUsage)
	}
	pick, ok := map[string]func(classify.Result) float64{
		"anger":   func(r classify.Result) float64 { return r.Anger },
		"urgency": func(r classify.Result) float64 { return r.Urgency },
		"heat":    func(r classify.Result) float64 { return r.Heat },
	}[cmp.Score]
	if !ok {
		return fmt.Errorf("%w: --score must be anger, urgency or heat, not %q", errUsage, cmp.Score)
	}
	rows, err := evaluate.ReadTSVFile(cmp.Data, cmp.Label)
	if err != nil {
		return err
	}
	opts := classify.DefaultOptions()
	if *modelPath != "" {
		if opts.Model, err = classify.ReadModelFile(*modelPath); err != nil {
			return err
		}
	}
	c, err := classify.New(opts)
	if err != nil {
		return err
	}
	cmp.Threshold, cmp.HotAt, cmp.WarmAt = threshold.Or(opts.Thresholds.Hot), opts.Thresholds.Hot, opts.Thresholds.Warm
	err = cmp.Run(ctx, rows, func(ctx context.Context, text string) (evaluate.Scores, error) {
		res, err := c.Classify(ctx, classify.Input{Text: text})
		return evaluate.Scores{Score: pick(res), Baseline: res.Sentiment, Level: int(res.Level)}, err
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return cmp.WriteJSON(stdout)
	}
	return cmp.WriteText(stdout)
}
