package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
)

var trainCommand = command{
	name:    "train",
	summary: "fit the anger model on a labelled TSV and write its weights",
	run:     runTrain,
}

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", "train --data FILE.tsv --label COLUMN --out FILE [flags]", stderr)
	d := classify.DefaultTrainOptions()
	data := fs.String("data", "", "training TSV with a text column and a 0/1 label column")
	label := fs.String("label", "annoyed", "label column to learn")
	weightLabel := fs.String("weight-label", "anger", "0/1 column whose positive rows get --weight (empty: none)")
	weight := fs.Float64("weight", 4, "loss weight of rows marked in --weight-label")
	out := fs.String("out", "", "model file to write (e.g. service/classify/model/anger.bin)")
	epochs := fs.Int("epochs", d.Epochs, "passes over the data")
	bits := fs.Uint("buckets", uint(d.Features.Bits), "log2 of the number of hashed weights")
	rate := fs.Float64("rate", d.Rate, "AdaGrad learning rate")
	l2 := fs.Float64("l2", d.L2, "L2 penalty")
	posWeight := fs.Float64("pos-weight", d.PosWeight, "loss weight of positive examples")
	seed := fs.Uint64("seed", d.Seed, "shuffling seed")
	charMin := fs.Uint("char-min", uint(d.Features.CharMin), "shortest character n-gram (0: none)")
	charMax := fs.Uint("char-max", uint(d.Features.CharMax), "longest character n-gram (0: none)")
	pairwise := fs.Bool("pairwise", d.Pairwise, "optimise ranking (pairs of positive and negative) instead of log loss")
	negMode := fs.Uint("neg-mode", uint(d.Features.NegMode), "words after a negator: 0 plain, 1 marked as negated, 2 both")
	negScope := fs.Uint("neg-scope", uint(d.Features.NegScope), "words a negation reaches (0: up to the next punctuation)")
	norm := fs.Bool("norm", d.Features.Norm, "scale each text's sparse features to unit length")
	bigrams := fs.Bool("bigrams", d.Features.Bigrams, "use word pairs")
	nbAlpha := fs.Float64("nb-alpha", d.NBAlpha, "scale sparse features by naive Bayes log-count ratios with this smoothing (0: off)")
	nbMix := fs.Float64("nb-mix", d.NBMix, "with --nb-alpha, share of the ratio's magnitude in the feature scale (0 or 1: the ratio alone)")
	extra := fs.String("extra", "", "related labels as weaker positives, LABEL=WEIGHT,... matched in the labels column (e.g. disgust=0.5)")
	cv := fs.Int("cv", 0, "instead of writing a model, report K-fold cross-validated ROC AUC of the anger score (folds by a hash of the id)")
	cvLabels := fs.String("cv-labels", "anger,annoyed", "label columns to report with --cv")
	ruleAnger := fs.Float64("rule-anger", classify.DefaultOptions().RuleAnger, "weight of the anger rules in the anger score measured by --cv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" || (*out == "" && *cv == 0) {
		fs.Usage()
		return fmt.Errorf("%w: --data and --out are required", errUsage)
	}
	if *bits < 4 || *bits > 26 || *charMin > *charMax || *charMax > 12 {
		return fmt.Errorf("%w: --buckets must be 4..26 and --char-min <= --char-max <= 12", errUsage)
	}
	if *negMode > 2 || *negScope > 255 {
		return fmt.Errorf("%w: --neg-mode must be 0..2 and --neg-scope 0..255", errUsage)
	}
	if *cv == 1 || *cv < 0 || *cv > 20 {
		return fmt.Errorf("%w: --cv must be 2..20", errUsage)
	}
	extraW, err := parseExtra(*extra)
	if err != nil {
		return err
	}
	opts := d
	opts.Epochs, opts.Rate, opts.L2, opts.PosWeight, opts.Seed, opts.Pairwise = *epochs, *rate, *l2, *posWeight, *seed, *pairwise
	opts.Features.Bits, opts.Features.CharMin, opts.Features.CharMax, opts.Features.Bigrams = uint8(*bits), uint8(*charMin), uint8(*charMax), *bigrams
	opts.Features.NegMode, opts.Features.NegScope, opts.Features.Norm = uint8(*negMode), uint8(*negScope), *norm
	opts.NBAlpha, opts.NBMix = *nbAlpha, *nbMix

	rows, err := evaluate.ReadTSVFile(*data, *label)
	if err != nil {
		return err
	}
	examples := make([]classify.TrainExample, len(rows))
	for i, r := range rows {
		examples[i] = classify.TrainExample{Text: r.Text, Label: r.Label}
		if r.Label {
			continue
		}
		for _, e := range extraW {
			if r.HasTag(e.label) && e.weight > examples[i].Weight {
				examples[i].Label, examples[i].Weight = true, e.weight
			}
		}
	}
	if *weightLabel != "" {
		marked, err := evaluate.ReadTSVFile(*data, *weightLabel)
		if err != nil {
			return err
		}
		for i, r := range marked {
			if r.Label {
				examples[i].Weight = *weight
			}
		}
	}
	tr, err := classify.NewTrainer()
	if err != nil {
		return err
	}
	fit := func(ctx context.Context, keep func(i int) bool) (*classify.Model, error) {
		var sub []classify.TrainExample
		for i, ex := range examples {
			if keep(i) {
				sub = append(sub, ex)
			}
		}
		return tr.Train(ctx, sub, opts)
	}
	if *cv > 0 {
		copts := classify.DefaultOptions()
		copts.RuleAnger = *ruleAnger
		return crossValidate(ctx, fit, *data, rows, copts, *cv, strings.Split(*cvLabels, ","), stdout)
	}
	m, err := fit(ctx, func(int) bool { return true })
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained on %d examples (%s), wrote %d bytes to %s\n", len(examples), *label, len(b), *out)
	return nil
}

type extraLabel struct {
	label  string
	weight float64
}

// parseExtra reads --extra: LABEL=WEIGHT pairs separated by commas.
func parseExtra(s string) ([]extraLabel, error) {
	var out []extraLabel
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		name, ws, ok := strings.Cut(part, "=")
		w, err := strconv.ParseFloat(ws, 64)
		if !ok || err != nil || w <= 0 || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("%w: --extra wants LABEL=WEIGHT with WEIGHT > 0, not %q", errUsage, part)
		}
		out = append(out, extraLabel{strings.TrimSpace(name), w})
	}
	return out, nil
}

// crossValidate trains k models, each without one fold of the rows, scores
// the left-out fold with a classifier built on that model, and prints the
// ROC AUC of the anger score for each label column: pooled over all
// held-out rows, and the mean and spread over folds.
func crossValidate(ctx context.Context, fit func(context.Context, func(int) bool) (*classify.Model, error), path string, rows []evaluate.Example, copts classify.Options, k int, labels []string, stdout io.Writer) error {
	truth := make([][]evaluate.Example, len(labels))
	for j, l := range labels {
		r, err := evaluate.ReadTSVFile(path, strings.TrimSpace(l))
		if err != nil {
			return err
		}
		truth[j] = r
	}
	sent, err := classify.LoadSentiment()
	if err != nil {
		return err
	}
	copts.Sentiment = sent
	fold := make([]int, len(rows))
	for i, r := range rows {
		id := r.ID
		if id == "" {
			id = strconv.Itoa(i)
		}
		fold[i] = evaluate.Fold(id, k)
	}
	scores := make([]float64, len(rows))
	perFold := make([][]float64, len(labels))
	for f := 0; f < k; f++ {
		m, err := fit(ctx, func(i int) bool { return fold[i] != f })
		if err != nil {
			return fmt.Errorf("fold %d: %w", f, err)
		}
		copts.Model = m
		c, err := classify.New(copts)
		if err != nil {
			return err
		}
		var idx []int
		for i, r := range rows {
			if fold[i] == f {
				res, err := c.Classify(ctx, classify.Input{Text: r.Text})
				if err != nil {
					return err
				}
				scores[i] = res.Anger
				idx = append(idx, i)
			}
		}
		for j := range labels {
			s := make([]evaluate.Scored, len(idx))
			for n, i := range idx {
				s[n] = evaluate.Scored{Score: scores[i], Label: truth[j][i].Label}
			}
			auc, err := evaluate.AUC(s)
			if err != nil {
				return fmt.Errorf("fold %d, %s: %w", f, labels[j], err)
			}
			perFold[j] = append(perFold[j], auc)
		}
	}
	fmt.Fprintf(stdout, "%d-fold cross-validation on %s (%d rows), anger score\n", k, path, len(rows))
	for j, l := range labels {
		s := make([]evaluate.Scored, len(rows))
		for i := range rows {
			s[i] = evaluate.Scored{Score: scores[i], Label: truth[j][i].Label}
		}
		pooled, err := evaluate.AUC(s)
		if err != nil {
			return err
		}
		var mean, sd float64
		for _, a := range perFold[j] {
			mean += a
		}
		mean /= float64(k)
		for _, a := range perFold[j] {
			sd += (a - mean) * (a - mean)
		}
		sd = math.Sqrt(sd / float64(k-1))
		fmt.Fprintf(stdout, "%-10s ROC AUC pooled %.4f, per fold %.4f ± %.4f\n", strings.TrimSpace(l), pooled, mean, sd)
	}
	return nil
}
