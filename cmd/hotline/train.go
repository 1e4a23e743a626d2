package main

import (
	"context"
	"fmt"
	"io"
	"os"

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
	weight := fs.Float64("weight", 5, "loss weight of rows marked in --weight-label")
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
	bigrams := fs.Bool("bigrams", d.Features.Bigrams, "use word pairs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" || *out == "" {
		fs.Usage()
		return fmt.Errorf("%w: --data and --out are required", errUsage)
	}
	if *bits < 4 || *bits > 26 || *charMin > *charMax || *charMax > 12 {
		return fmt.Errorf("%w: --buckets must be 4..26 and --char-min <= --char-max <= 12", errUsage)
	}
	opts := d
	opts.Epochs, opts.Rate, opts.L2, opts.PosWeight, opts.Seed, opts.Pairwise = *epochs, *rate, *l2, *posWeight, *seed, *pairwise
	opts.Features.Bits, opts.Features.CharMin, opts.Features.CharMax, opts.Features.Bigrams = uint8(*bits), uint8(*charMin), uint8(*charMax), *bigrams

	rows, err := evaluate.ReadTSVFile(*data, *label)
	if err != nil {
		return err
	}
	examples := make([]classify.TrainExample, len(rows))
	for i, r := range rows {
		examples[i] = classify.TrainExample{Text: r.Text, Label: r.Label}
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
	m, err := tr.Train(ctx, examples, opts)
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
