package main

import (
	"context"
	"fmt"
	"io"
	"os"
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
	opts := classify.DefaultTrainOptions()
	d := opts
	data := fs.String("data", "", "training TSV with a text column and a 0/1 label column")
	label := fs.String("label", "annoyed", "label column to learn")
	weightLabel := fs.String("weight-label", "anger", "0/1 column whose positive rows get --weight (empty: none)")
	weight := fs.Float64("weight", 4, "loss weight of rows marked in --weight-label")
	out := fs.String("out", "", "model file to write (e.g. service/classify/model/anger.bin)")
	fs.IntVar(&opts.Epochs, "epochs", d.Epochs, "passes over the data")
	bits := fs.Uint("buckets", uint(d.Features.Bits), "log2 of the number of hashed weights")
	fs.Float64Var(&opts.Rate, "rate", d.Rate, "AdaGrad learning rate")
	fs.Float64Var(&opts.L2, "l2", d.L2, "L2 penalty")
	fs.Float64Var(&opts.PosWeight, "pos-weight", d.PosWeight, "loss weight of positive examples")
	fs.Uint64Var(&opts.Seed, "seed", d.Seed, "shuffling seed")
	charMin := fs.Uint("char-min", uint(d.Features.CharMin), "shortest character n-gram (0: none)")
	charMax := fs.Uint("char-max", uint(d.Features.CharMax), "longest character n-gram (0: none)")
	fs.BoolVar(&opts.Pairwise, "pairwise", d.Pairwise, "optimise ranking (pairs of positive and negative) instead of log loss")
	negMode := fs.Uint("neg-mode", uint(d.Features.NegMode), "words after a negator: 0 plain, 1 marked as negated, 2 both")
	negScope := fs.Uint("neg-scope", uint(d.Features.NegScope), "words a negation reaches (0: up to the next punctuation)")
	fs.BoolVar(&opts.Features.Norm, "norm", d.Features.Norm, "scale each text's sparse features to unit length")
	fs.BoolVar(&opts.Features.Bigrams, "bigrams", d.Features.Bigrams, "use word pairs")
	fs.Float64Var(&opts.NBAlpha, "nb-alpha", d.NBAlpha, "scale sparse features by naive Bayes log-count ratios with this smoothing (0: off)")
	fs.Float64Var(&opts.NBMix, "nb-mix", d.NBMix, "with --nb-alpha, share of the ratio's magnitude in the feature scale (0 or 1: the ratio alone)")
	extra := fs.String("extra", "", "related labels as weaker positives, LABEL=WEIGHT,... matched in the labels column (e.g. disgust=0.5)")
	cv := fs.Int("cv", 0, "instead of writing a model, report K-fold cross-validated ROC AUC of the anger score (folds by a hash of the id)")
	cvLabels := fs.String("cv-labels", "anger,annoyed", "label columns to report with --cv")
	ruleAnger := fs.Float64("rule-anger", classify.DefaultOptions().RuleAnger, "weight of the anger rules in the anger score measured by --cv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *data == "" || (*out == "" && *cv == 0):
		fs.Usage()
		return fmt.Errorf("%w: --data and --out are required", errUsage)
	case *bits < 4 || *bits > 26 || *charMin > *charMax || *charMax > 12:
		return fmt.Errorf("%w: --buckets must be 4..26 and --char-min <= --char-max <= 12", errUsage)
	case *negMode > 2 || *negScope > 255:
		return fmt.Errorf("%w: --neg-mode must be 0..2 and --neg-scope 0..255", errUsage)
	case *cv == 1 || *cv < 0 || *cv > 20:
		return fmt.Errorf("%w: --cv must be 2..20", errUsage)
	}
	extras, err := evaluate.ParseExtras(*extra)
	if err != nil {
		return fmt.Errorf("%w: --extra %v", errUsage, err)
	}
	opts.Features.Bits, opts.Features.CharMin, opts.Features.CharMax = uint8(*bits), uint8(*charMin), uint8(*charMax)
	opts.Features.NegMode, opts.Features.NegScope = uint8(*negMode), uint8(*negScope)

	rows, err := evaluate.ReadTSVFile(*data, *label)
	if err != nil {
		return err
	}
	var marked []evaluate.Example
	if *weightLabel != "" {
		if marked, err = evaluate.ReadTSVFile(*data, *weightLabel); err != nil {
			return err
		}
	}
	evaluate.Weigh(rows, extras, marked, *weight)
	tr, err := classify.NewTrainer()
	if err != nil {
		return err
	}
	fit := func(ctx context.Context, keep func(i int) bool) (*classify.Model, error) {
		var sub []classify.TrainExample
		for i, r := range rows {
			if keep(i) {
				sub = append(sub, classify.TrainExample{Text: r.Text, Label: r.Label, Weight: r.Weight})
			}
		}
		return tr.Train(ctx, sub, opts)
	}
	if *cv > 0 {
		copts := classify.DefaultOptions()
		copts.RuleAnger = *ruleAnger
		if copts.Sentiment, err = classify.LoadSentiment(); err != nil {
			return err
		}
		x := evaluate.CrossValidation{Data: *data, Labels: strings.Split(*cvLabels, ","), K: *cv, Score: "anger"}
		err := x.Run(ctx, rows, func(ctx context.Context, keep func(int) bool) (func(context.Context, string) (float64, error), error) {
			m, err := fit(ctx, keep)
			if err != nil {
				return nil, err
			}
			copts.Model = m
			c, err := classify.New(copts)
			if err != nil {
				return nil, err
			}
			return func(ctx context.Context, text string) (float64, error) {
				res, err := c.Classify(ctx, classify.Input{Text: text})
				return res.Anger, err
			}, nil
		})
		if err != nil {
			return err
		}
		return x.WriteText(stdout)
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
	fmt.Fprintf(stdout, "trained on %d examples (%s), wrote %d bytes to %s\n", len(rows), *label, len(b), *out)
	return nil
}
