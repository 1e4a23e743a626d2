package classify

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
)

// TrainExample is one labelled text for Train.
type TrainExample struct {
	Subject string
	Text    string
	Label   bool
	// Weight multiplies the example's loss; 0 means 1.
	Weight float64
}

// TrainOptions are the hyper-parameters of Train. The zero value is not
// useful; start from DefaultTrainOptions.
type TrainOptions struct {
	Features FeatureConfig
	// Epochs is the number of passes over the data.
	Epochs int
	// Rate is AdaGrad's base learning rate.
	Rate float64
	// L2 is the ridge penalty, applied to the weights each example touches.
	L2 float64
	// PosWeight multiplies the loss of positive examples, for rare labels.
	PosWeight float64
	// Pairwise optimises ranking instead of per-example log loss: each
	// step compares one positive with one negative (RankNet loss), which
	// targets ROC AUC directly on rare labels. Scores are then calibrated
	// to probabilities with a Platt fit on the training data.
	Pairwise bool
	// Seed fixes the shuffling, so the same data and options always give
	// the same bytes.
	Seed uint64
	// NBAlpha, when above 0, scales each sparse feature by the naive Bayes
	// log-count ratio of its bucket (NBSVM, Wang and Manning 2012),
	// computed from the training examples with this smoothing; the
	// ratios are folded into the stored weights, so the model file and
	// scoring are unchanged. 0 turns it off.
	NBAlpha float64
	// NBMix blends the ratio with plain features: each sparse feature is
	// scaled by sign(r)*((1-NBMix) + NBMix*|r|). 0 means 1 (the ratio
	// alone).
	NBMix float64
}

// DefaultTrainOptions are the settings of the shipped model, chosen on the
// GoEmotions dev split and re-checked by cross-validation on train.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Features: DefaultFeatureConfig(), Epochs: 6, Rate: 0.05, L2: 1e-3, PosWeight: 1, Pairwise: true, Seed: 1, NBAlpha: 1, NBMix: 0.5}
}

// Trainer fits models. It holds the sentiment table and lexicon that
// feature extraction needs, loaded once.
type Trainer struct {
	eng *engine
}

// NewTrainer loads the sentiment model and compiles the lexicon.
func NewTrainer() (*Trainer, error) {
	sent, err := LoadSentiment()
	if err != nil {
		return nil, err
	}
	eng, err := newEngine(sent)
	if err != nil {
		return nil, err
	}
	return &Trainer{eng: eng}, nil
}

// Train fits a logistic regression with AdaGrad on the prepared texts of
// examples, on log loss or, with Pairwise, on ranking pairs. It is deterministic: examples are visited in an order drawn
// from Seed, and all arithmetic is sequential.
func (t *Trainer) Train(ctx context.Context, examples []TrainExample, opts TrainOptions) (*Model, error) {
	if len(examples) == 0 {
		return nil, fmt.Errorf("no training examples")
	}
	if opts.Epochs <= 0 || opts.Rate <= 0 || opts.Features.Bits < 4 || opts.Features.Bits > 26 {
		return nil, fmt.Errorf("invalid training options %+v", opts)
	}
	posWeight := opts.PosWeight
	if posWeight <= 0 {
		posWeight = 1
	}
	cfg := opts.Features
	// extract features once; the text does not change between epochs
	idx := make([][]uint32, len(examples))
	val := make([][]float32, len(examples))
	var a analysis
	for i, ex := range examples {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		text, subjectEnd := prepare(ex.Subject, ex.Text)
		t.eng.analyse(text, subjectEnd, &a)
		t.eng.features(cfg, text, &a)
		idx[i] = make([]uint32, len(a.feats))
		val[i] = make([]float32, len(a.feats))
		for j, f := range a.feats {
			idx[i][j], val[i][j] = f.idx, f.val
		}
	}
	n := 1 << cfg.Bits
	var scale []float64
	if opts.NBAlpha > 0 {
		scale = nbScale(examples, idx, val, cfg, opts)
	}
	w := make([]float64, n)
	g2 := make([]float64, n)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x486f746c696e65))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var posIdx, negIdx []int
	for i, ex := range examples {
		if ex.Label {
			posIdx = append(posIdx, i)
		} else {
			negIdx = append(negIdx, i)
		}
	}
	if opts.Pairwise && (len(posIdx) == 0 || len(negIdx) == 0) {
		return nil, fmt.Errorf("pairwise training needs both classes")
	}
	for epoch := 0; epoch < opts.Epochs; epoch++ {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		if opts.Pairwise {
			pairEpoch(examples, idx, val, order, posIdx, negIdx, w, g2, rng, opts)
		} else {
			pointEpoch(examples, idx, val, order, w, g2, posWeight, opts)
		}
	}
	if opts.Pairwise {
		platt(examples, idx, val, w, cfg)
	}
	for i, r := range scale {
		w[i] *= r
	}
	m := &Model{Config: cfg, Weights: make([]float32, n)}
	for i, x := range w {
		m.Weights[i] = float32(x)
	}
	return m, nil
}

// pointEpoch takes one AdaGrad step on the log loss of each example in
// order.
func pointEpoch(examples []TrainExample, idx [][]uint32, val [][]float32, order []int, w, g2 []float64, posWeight float64, opts TrainOptions) {
	for _, k := range order {
		var z float64
		for j, ix := range idx[k] {
			z += w[ix] * float64(val[k][j])
		}
		var y, cw float64 = 0, 1
		if examples[k].Label {
			y, cw = 1, posWeight
		}
		if ew := examples[k].Weight; ew > 0 {
			cw *= ew
		}
		d := cw * (sigmoid(z) - y)
		for j, ix := range idx[k] {
			g := d*float64(val[k][j]) + opts.L2*w[ix]
			g2[ix] += g * g
			w[ix] -= opts.Rate * g / (math.Sqrt(g2[ix]) + 1e-8)
		}
	}
}

// pairEpoch visits every example once, pairing it with a random example of
// the other class, and takes an AdaGrad step on the RankNet loss
// log(1+exp(-(s_pos - s_neg))).
func pairEpoch(examples []TrainExample, idx [][]uint32, val [][]float32, order, posIdx, negIdx []int, w, g2 []float64, rng *rand.Rand, opts TrainOptions) {
	margin := func(k int) float64 {
		var z float64
		for j, ix := range idx[k] {
			z += w[ix] * float64(val[k][j])
		}
		return z
	}
	step := func(k int, d float64) {
		for j, ix := range idx[k] {
			g := d*float64(val[k][j]) + opts.L2*w[ix]
			g2[ix] += g * g
			w[ix] -= opts.Rate * g / (math.Sqrt(g2[ix]) + 1e-8)
		}
	}
	for _, k := range order {
		var p, q int
		if examples[k].Label {
			p, q = k, negIdx[rng.IntN(len(negIdx))]
		} else {
			p, q = posIdx[rng.IntN(len(posIdx))], k
		}
		// d/ds_pos of the loss is -(1 - sigmoid(s_pos - s_neg))
		d := sigmoid(margin(p)-margin(q)) - 1
		cw := 1.0
		if ew := examples[p].Weight; ew > 0 {
			cw = ew
		}
		step(p, cw*d)
		step(q, -cw*d)
	}
}

// platt rescales w so that sigmoid(margin) is a calibrated probability on
// the training data: it fits a and b in sigmoid(a*margin + b) by Newton's
// method and folds them into the weights (b goes to the bias feature).
func platt(examples []TrainExample, idx [][]uint32, val [][]float32, w []float64, cfg FeatureConfig) {
	ms := make([]float64, len(examples))
	for k := range examples {
		var z float64
		for j, ix := range idx[k] {
			z += w[ix] * float64(val[k][j])
		}
		ms[k] = z
	}
	a, b := 1.0, 0.0
	for iter := 0; iter < 50; iter++ {
		var ga, gb, haa, hab, hbb float64
		for k, z := range ms {
			p := sigmoid(a*z + b)
			y := 0.0
			if examples[k].Label {
				y = 1
			}
			ga += (p - y) * z
			gb += p - y
			h := p * (1 - p)
			haa += h * z * z
			hab += h * z
			hbb += h
		}
		haa += 1e-9
		hbb += 1e-9
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da)+math.Abs(db) < 1e-9 {
			break
		}
	}
	for i := range w {
		w[i] *= a
	}
	w[bucket(0, kindBias, cfg.Bits)] += b
}

// denseBuckets are the weight indexes of the whole-text features, which
// NB scaling leaves alone.
func denseBuckets(bits uint8) []bool {
	d := make([]bool, 1<<bits)
	for k := kindBias; k <= kindLength; k++ {
		d[bucket(0, k, bits)] = true
	}
	for s := 0; s < numSignals; s++ {
		d[bucket(0, kindSignal+uint64(s), bits)] = true
	}
	return d
}

// nbScale computes each bucket's naive Bayes log-count ratio
// r = log((p/|p|)/(q/|q|)), where p and q count the positive and negative
// examples a bucket occurs in (positives by their Weight), plus
// opts.NBAlpha; it multiplies the sparse feature values in val by the
// bucket's scale (see TrainOptions.NBMix) and returns the scales.
func nbScale(examples []TrainExample, idx [][]uint32, val [][]float32, cfg FeatureConfig, opts TrainOptions) []float64 {
	n := 1 << cfg.Bits
	dense := denseBuckets(cfg.Bits)
	p := make([]float64, n)
	q := make([]float64, n)
	seen := make([]int, n)
	for k := range idx {
		for _, ix := range idx[k] {
			if seen[ix] == k+1 || dense[ix] {
				continue
			}
			seen[ix] = k + 1
			if examples[k].Label {
				p[ix] += exWeight(examples[k])
			} else {
				q[ix]++
			}
		}
	}
	var sp, sq float64
	for i := range p {
		p[i] += opts.NBAlpha
		q[i] += opts.NBAlpha
		sp += p[i]
		sq += q[i]
	}
	mix := opts.NBMix
	if mix <= 0 || mix > 1 {
		mix = 1
	}
	scale := make([]float64, n)
	for i := range scale {
		if dense[i] {
			scale[i] = 1
			continue
		}
		r := math.Log((p[i] / sp) / (q[i] / sq))
		scale[i] = math.Copysign((1-mix)+mix*math.Abs(r), r)
	}
	for k := range idx {
		for j, ix := range idx[k] {
			val[k][j] = float32(float64(val[k][j]) * scale[ix])
		}
	}
	return scale
}

// exWeight is an example's weight, 1 when unset.
func exWeight(ex TrainExample) float64 {
	if ex.Weight > 0 {
		return ex.Weight
	}
	return 1
}
