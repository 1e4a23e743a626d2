package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
	"github.com/hotline/hotline/service/train"
)

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train", "train --data FILE.tsv --label COLUMN --out FILE [flags]", stderr)
	o := train.Options{Model: classify.DefaultTrainOptions()}
	// d holds the defaults help shows; the flags set m, the options used.
	d, m := o.Model, &o.Model
	fs.StringVar(&o.Data, "data", "", "training TSV with a text column and a 0/1 label column")
	fs.StringVar(&o.Label, "label", "annoyed", "label column to learn")
	fs.StringVar(&o.WeightLabel, "weight-label", "anger", "0/1 column whose positive rows get --weight (empty: none)")
	fs.Float64Var(&o.Weight, "weight", 4, "loss weight of rows marked in --weight-label")
	out := fs.String("out", "", "model file to write (e.g. service/classify/model/anger.bin)")
	fs.IntVar(&m.Epochs, "epochs", d.Epochs, "passes over the data")
	bits := fs.Uint("buckets", uint(d.Features.Bits), "log2 of the number of hashed weights")
	fs.Float64Var(&m.Rate, "rate", d.Rate, "AdaGrad learning rate")
	fs.Float64Var(&m.L2, "l2", d.L2, "L2 penalty")
	fs.Float64Var(&m.PosWeight, "pos-weight", d.PosWeight, "loss weight of positive examples")
	fs.Uint64Var(&m.Seed, "seed", d.Seed, "shuffling seed")
	charMin := fs.Uint("char-min", uint(d.Features.CharMin), "shortest character n-gram (0: none)")
	charMax := fs.Uint("char-max", uint(d.Features.CharMax), "longest character n-gram (0: none)")
	fs.BoolVar(&m.Pairwise, "pairwise", d.Pairwise, "optimise ranking (pairs of positive and negative) instead of log loss")
	negMode := fs.Uint("neg-mode", uint(d.Features.NegMode), "words after a negator: 0 plain, 1 marked as negated, 2 both")
	negScope := fs.Uint("neg-scope", uint(d.Features.NegScope), "words a negation reaches (0: up to the next punctuation)")
	fs.BoolVar(&m.Features.Norm, "norm", d.Features.Norm, "scale each text's sparse features to unit length")
	fs.BoolVar(&m.Features.Bigrams, "bigrams", d.Features.Bigrams, "use word pairs")
	fs.Float64Var(&m.NBAlpha, "nb-alpha", d.NBAlpha, "scale sparse features by naive Bayes log-count ratios with this smoothing (0: off)")
	fs.Float64Var(&m.NBMix, "nb-mix", d.NBMix, "with --nb-alpha, share of the ratio's magnitude in the feature scale (0 or 1: the ratio alone)")
	extra := fs.String("extra", "", "related labels as weaker positives, LABEL=WEIGHT,... matched in the labels column (e.g. disgust=0.5)")
	cv := fs.Int("cv", 0, "instead of writing a model, report K-fold cross-validated ROC AUC of the anger score (folds by a hash of the id)")
	cvLabels := fs.String("cv-labels", "anger,annoyed", "label columns to report with --cv")
	copts := classify.DefaultOptions()
	fs.Float64Var(&copts.RuleAnger, "rule-anger", copts.RuleAnger, "weight of the anger rules in the anger score measured by --cv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case o.Data == "" || (*out == "" && *cv == 0):
		fs.Usage()
		return fmt.Errorf("%w: --data and --out are required", errUsage)
	case *bits < 4 || *bits > 26 || *charMin > *charMax || *charMax > 12:
		return fmt.Errorf("%w: --buckets must be 4..26 and --char-min <= --char-max <= 12", errUsage)
	case *negMode > 2 || *negScope > 255:
		return fmt.Errorf("%w: --neg-mode must be 0..2 and --neg-scope 0..255", errUsage)
	case *cv == 1 || *cv < 0 || *cv > 20:
		return fmt.Errorf("%w: --cv must be 2..20", errUsage)
	}
	var err error
	if o.Extras, err = evaluate.ParseExtras(*extra); err != nil {
		return fmt.Errorf("%w: --extra %v", errUsage, err)
	}
	m.Features.Bits, m.Features.CharMin, m.Features.CharMax = uint8(*bits), uint8(*charMin), uint8(*charMax)
	m.Features.NegMode, m.Features.NegScope = uint8(*negMode), uint8(*negScope)
	set, err := train.Load(o)
	if err != nil {
		return err
	}
	if *cv > 0 {
		x, err := set.CrossValidate(ctx, *cv, strings.Split(*cvLabels, ","), copts)
		if err != nil {
			return err
		}
		return x.WriteText(stdout)
	}
	model, err := set.Fit(ctx)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	b, err := model.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained on %d examples (%s), wrote %d bytes to %s\n", set.Len(), o.Label, len(b), *out)
	return nil
}
