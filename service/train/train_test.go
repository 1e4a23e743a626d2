package train

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
)

func writeSet(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("id\tanger\tannoyed\tlabels\ttext\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "a%d\t1\t1\tanger\tyou useless idiots, I am furious %d\n", i, i)
		fmt.Fprintf(&b, "b%d\t0\t1\tannoyance\tthis is a bit annoying %d\n", i, i)
		fmt.Fprintf(&b, "c%d\t0\t0\tdisapproval\tI do not agree with this plan %d\n", i, i)
		fmt.Fprintf(&b, "d%d\t0\t0\tgratitude\tthanks for the help %d\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "train.tsv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func options(path string) Options {
	o := Options{Data: path, Label: "annoyed", WeightLabel: "anger", Weight: 4, Model: classify.DefaultTrainOptions()}
	o.Model.Features.Bits, o.Model.Epochs = 12, 3
	return o
}

func TestFitIsDeterministic(t *testing.T) {
	ctx := context.Background()
	s, err := Load(options(writeSet(t)))
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 160 {
		t.Errorf("Len = %d, want 160", s.Len())
	}
	var out [2][]byte
	for i := range out {
		m, err := s.Fit(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if out[i], err = m.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("training twice gave different models")
	}
}

func TestCrossValidate(t *testing.T) {
	o := options(writeSet(t))
	o.Extras = []evaluate.Extra{{Label: "disapproval", Weight: 0.5}}
	s, err := Load(o)
	if err != nil {
		t.Fatal(err)
	}
	x, err := s.CrossValidate(context.Background(), 3, []string{"anger", "annoyed"}, classify.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if x.K != 3 || x.N != 160 || len(x.Results) != 2 {
		t.Fatalf("cross-validation %+v", x)
	}
	// the texts separate the classes perfectly, so held-out ranking must
	// be far better than chance for both labels
	for _, r := range x.Results {
		if r.Pooled < 0.9 {
			t.Errorf("%s: cross-validated AUC %.3f, want >= 0.9", r.Label, r.Pooled)
		}
	}
	if _, err := s.CrossValidate(context.Background(), 3, []string{"nope"}, classify.DefaultOptions()); err == nil {
		t.Error("a missing label column was accepted")
	}
}

func TestLoadErrors(t *testing.T) {
	path := writeSet(t)
	for _, o := range []Options{{Data: path, Label: "nope"}, {Data: path, Label: "anger", WeightLabel: "nope"}, {Data: path + ".missing", Label: "anger"}} {
		if _, err := Load(o); err == nil {
			t.Errorf("Load(%+v) succeeded", o)
		}
	}
}
