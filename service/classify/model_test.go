package classify

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"

	"github.com/cdipaolo/sentiment"
)

// sharedTrainer reuses the test classifier's sentiment table and lexicon.
func sharedTrainer() (*Trainer, error) {
	c, err := sharedClassifier()
	if err != nil {
		return nil, err
	}
	return &Trainer{eng: c.eng}, nil
}

// tinySet is a small labelled set, big enough for the model to separate.
func tinySet() []TrainExample {
	angry := []string{"this is useless and I am furious", "worst service ever, unacceptable", "you idiots broke it again",
		"I hate this stupid app", "absolutely ridiculous, fix it now", "what a joke, I want my money back"}
	calm := []string{"thanks for the quick help", "could you send the invoice please", "have a nice weekend",
		"the update works well", "how do I change my password", "great, that solved it"}
	var out []TrainExample
	for i := 0; i < 5; i++ {
		for _, s := range angry {
			out = append(out, TrainExample{Text: s, Label: true})
		}
		for _, s := range calm {
			out = append(out, TrainExample{Text: s})
		}
	}
	return out
}

func TestTrainDeterministic(t *testing.T) {
	tr, err := sharedTrainer()
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultTrainOptions()
	opts.Features.Bits = 12
	train := func() []byte {
		m, err := tr.Train(context.Background(), tinySet(), opts)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data gave different bytes")
	}
	opts.Seed++
	m, err := tr.Train(context.Background(), tinySet(), opts)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := m.MarshalBinary()
	if bytes.Equal(a, c) {
		t.Error("a different seed gave the same bytes; the seed is not used")
	}
}

func TestTrainLearns(t *testing.T) {
	tr, err := sharedTrainer()
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultTrainOptions()
	opts.Features.Bits = 14
	for _, pairwise := range []bool{true, false} {
		opts.Pairwise = pairwise
		m, err := tr.Train(context.Background(), tinySet(), opts)
		if err != nil {
			t.Fatal(err)
		}
		c, err := New(Options{Thresholds: Thresholds{Warm: 0.5, Hot: 0.9}, Heat: DefaultOptions().Heat, Model: m, Sentiment: tr.eng.sent})
		if err != nil {
			t.Fatal(err)
		}
		angry := mustClassify(t, c, Input{Text: "this stupid service is useless, I am furious"})
		calm := mustClassify(t, c, Input{Text: "thanks, could you send the invoice"})
		if angry.Anger <= calm.Anger+0.2 {
			t.Errorf("pairwise %v: trained model does not separate: angry %.3f calm %.3f", pairwise, angry.Anger, calm.Anger)
		}
	}
	if _, err := tr.Train(context.Background(), nil, opts); err == nil {
		t.Error("Train accepted no examples")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tr.Train(ctx, tinySet(), opts); err == nil {
		t.Error("Train ignored a cancelled context")
	}
}

func TestTrainNaiveBayesScaling(t *testing.T) {
	tr, err := sharedTrainer()
	if err != nil {
		t.Fatal(err)
	}
	plain := DefaultTrainOptions()
	plain.Features.Bits = 14
	plain.NBAlpha, plain.NBMix = 0, 0
	train := func(opts TrainOptions) ([]byte, *Model) {
		m, err := tr.Train(context.Background(), tinySet(), opts)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b, m
	}
	base, _ := train(plain)
	for _, mix := range []float64{0, 0.5} {
		opts := plain
		opts.NBAlpha, opts.NBMix = 1, mix
		a, m := train(opts)
		if b, _ := train(opts); !bytes.Equal(a, b) {
			t.Errorf("mix %v: two trainings gave different bytes", mix)
		}
		if bytes.Equal(a, base) {
			t.Errorf("mix %v: scaling left the model unchanged", mix)
		}
		c, err := New(Options{Thresholds: Thresholds{Warm: 0.5, Hot: 0.9}, Heat: DefaultOptions().Heat, Model: m, Sentiment: tr.eng.sent})
		if err != nil {
			t.Fatal(err)
		}
		angry := mustClassify(t, c, Input{Text: "this stupid service is useless, I am furious"})
		calm := mustClassify(t, c, Input{Text: "thanks, could you send the invoice"})
		if angry.Anger <= calm.Anger+0.2 {
			t.Errorf("mix %v: scaled model does not separate: angry %.3f calm %.3f", mix, angry.Anger, calm.Anger)
		}
		// the scale is folded into the stored weights, so the training
		// examples' calibrated probabilities stay sensible
		var pos, neg float64
		var np, nn int
		for _, ex := range tinySet() {
			a := mustClassify(t, c, Input{Text: ex.Text}).Anger
			if ex.Label {
				pos, np = pos+a, np+1
			} else {
				neg, nn = neg+a, nn+1
			}
		}
		if pos/float64(np) <= neg/float64(nn)+0.3 {
			t.Errorf("mix %v: mean anger of training positives %.3f, negatives %.3f", mix, pos/float64(np), neg/float64(nn))
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	cfg := FeatureConfig{Bits: 6, Bigrams: true, CharMin: 3, CharMax: 5, NegMode: 2, NegScope: 3, Norm: true}
	m := &Model{Config: cfg, Weights: make([]float32, 64)}
	for i := range m.Weights {
		m.Weights[i] = float32(i) - 31.5
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got Model
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if got.Config != cfg || len(got.Weights) != 64 || got.Weights[63] != 31.5 {
		t.Errorf("round trip: %+v", got.Config)
	}
	bad := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), b[4:]...),
		"truncated": b[:len(b)-1],
		"version":   append(append([]byte{}, b[:4]...), append([]byte{9}, b[5:]...)...),
	}
	for name, data := range bad {
		if err := new(Model).UnmarshalBinary(data); err == nil {
			t.Errorf("%s: UnmarshalBinary accepted bad data", name)
		}
	}
	m.Weights = m.Weights[:10]
	if _, err := m.MarshalBinary(); err == nil {
		t.Error("MarshalBinary accepted a weight count that does not match the bits")
	}
}

// TestSentimentMatchesLibrary compares the log-space log-odds with the
// library's own Probability on sentences short enough not to underflow.
func TestSentimentMatchesLibrary(t *testing.T) {
	c := testClassifier(t)
	models, err := sentiment.Restore()
	if err != nil {
		t.Fatal(err)
	}
	nb := models[sentiment.English]
	for _, s := range []string{"I love this product", "this is terrible and awful", "the delivery was late again", "Great support, thanks!"} {
		class, p := nb.Probability(s)
		// p is the probability of the predicted class
		pNeg := p
		if class == 1 {
			pNeg = 1 - p
		}
		want := math.Log(pNeg / (1 - pNeg))
		got := c.eng.sent.LogOdds(s)
		if math.Abs(got-want) > 1e-6 {
			t.Errorf("%q: log-odds %v, library %v", s, got, want)
		}
	}
	long := strings.Repeat("the service was slow and the staff were rude ", 200)
	if v := c.eng.sent.LogOdds(long); math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
		t.Errorf("long negative text: log-odds %v", v)
	}
}

// TestScorerMatchesFeatures checks that the fast scoring path gives the
// log-odds of the feature list that training uses.
func TestScorerMatchesFeatures(t *testing.T) {
	c := testClassifier(t)
	texts := []string{benchMail, "", "YOU idiots!!! not working again?!", "Über-schnell: café can\u2019t log in 😡",
		strings.Repeat("supercalifragilisticexpialidocious-and-more ", 5), "[NAME] is sooooo annoying lol"}
	var a analysis
	for _, s := range texts {
		text, se := prepare("Subject here", s)
		c.eng.analyse(text, se, &a)
		got, _ := c.scorer.margin(text, &a)
		c.eng.analyse(text, se, &a)
		c.eng.features(c.model.Config, text, &a)
		want := c.model.margin(a.feats)
		if math.Abs(got-want) > 1e-4*math.Max(1, math.Abs(want)) {
			t.Errorf("%q: scorer %v, features %v", s, got, want)
		}
	}
}

// TestEmbeddedModelMatchesDefaults guards the README's retraining command:
// `hotline train` with default flags must produce a model of the shipped
// shape, so the defaults and the embedded file cannot drift apart.
func TestEmbeddedModelMatchesDefaults(t *testing.T) {
	var m Model
	if err := m.UnmarshalBinary(embeddedModel); err != nil {
		t.Fatal(err)
	}
	if want := DefaultTrainOptions().Features; m.Config != want {
		t.Errorf("embedded model config %+v, defaults %+v", m.Config, want)
	}
}
