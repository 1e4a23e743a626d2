// Package train fits the classifier's anger model on a labelled,
// tab-separated set and measures it by cross-validation: what `hotline
// train` runs. The model and its training live in service/classify, the
// sets and the metrics in service/evaluate; train puts them together.
package train

import (
	"context"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
)

// Options say what to learn from which file.
type Options struct {
	// Data is the TSV file; Label is its 0/1 column to learn.
	Data, Label string
	// WeightLabel, if not empty, is a 0/1 column whose positive rows get
	// loss weight Weight.
	WeightLabel string
	Weight      float64
	// Extras are related labels whose negative rows count as weaker
	// positives.
	Extras []evaluate.Extra
	// Model holds the hyper-parameters; start from
	// classify.DefaultTrainOptions.
	Model classify.TrainOptions
}

// Set is a labelled set ready to train on.
type Set struct {
	opts    Options
	rows    []evaluate.Example
	trainer *classify.Trainer
}

// Load reads the set o names and weighs its rows.
func Load(o Options) (*Set, error) {
	rows, err := evaluate.ReadTSVFile(o.Data, o.Label)
	if err != nil {
		return nil, err
	}
	var marked []evaluate.Example
	if o.WeightLabel != "" {
		if marked, err = evaluate.ReadTSVFile(o.Data, o.WeightLabel); err != nil {
			return nil, err
		}
	}
	evaluate.Weigh(rows, o.Extras, marked, o.Weight)
	tr, err := classify.NewTrainer()
	if err != nil {
		return nil, err
	}
	return &Set{opts: o, rows: rows, trainer: tr}, nil
}

// Len is the number of examples.
func (s *Set) Len() int { return len(s.rows) }

// Fit trains a model on every example.
func (s *Set) Fit(ctx context.Context) (*classify.Model, error) {
	return s.fit(ctx, func(int) bool { return true })
}

func (s *Set) fit(ctx context.Context, keep func(i int) bool) (*classify.Model, error) {
	var sub []classify.TrainExample
	for i, r := range s.rows {
		if keep(i) {
			sub = append(sub, classify.TrainExample{Text: r.Text, Label: r.Label, Weight: r.Weight})
		}
	}
	return s.trainer.Train(ctx, sub, s.opts.Model)
}

// CrossValidate trains k models, each without one fold of the examples,
// and reports the ROC AUC of the anger score the classifier built with
// copts and each model gives its held-out fold, for each label column.
func (s *Set) CrossValidate(ctx context.Context, k int, labels []string, copts classify.Options) (evaluate.CrossValidation, error) {
	x := evaluate.CrossValidation{Data: s.opts.Data, Labels: labels, K: k, Score: "anger"}
	sent, err := classify.LoadSentiment()
	if err != nil {
		return x, err
	}
	copts.Sentiment = sent
	err = x.Run(ctx, s.rows, func(ctx context.Context, keep func(int) bool) (func(context.Context, string) (float64, error), error) {
		m, err := s.fit(ctx, keep)
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
	return x, err
}
