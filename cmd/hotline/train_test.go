package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/classify"
)

func TestTrainCommand(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "train.tsv")
	var b strings.Builder
	b.WriteString("id\tanger\tannoyed\ttext\n")
	for i := 0; i < 10; i++ {
		b.WriteString("a\t1\t1\tyou useless idiots, I am furious\n")
		b.WriteString("b\t0\t1\tthis is a bit annoying\n")
		b.WriteString("c\t0\t0\tthanks for the help\n")
	}
	if err := os.WriteFile(data, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	train := func(out string) []byte {
		var stdout, stderr bytes.Buffer
		args := []string{"train", "--data", data, "--label", "annoyed", "--out", out, "--buckets", "10", "--epochs", "3"}
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("train: %v (%s)", err, stderr.String())
		}
		if !strings.Contains(stdout.String(), "trained on 30 examples") {
			t.Errorf("output %q", stdout.String())
		}
		raw, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	first := train(filepath.Join(dir, "a.bin"))
	second := train(filepath.Join(dir, "b.bin"))
	if !bytes.Equal(first, second) {
		t.Error("training twice gave different model files")
	}
	var m classify.Model
	if err := m.UnmarshalBinary(first); err != nil || m.Config.Bits != 10 {
		t.Errorf("model file: err %v bits %d", err, m.Config.Bits)
	}

	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"train", "--data", data}, &stdout, &stderr); !errors.Is(err, errUsage) {
		t.Errorf("missing --out: err %v, want errUsage", err)
	}
	if err := run(context.Background(), []string{"train", "--data", data, "--out", filepath.Join(dir, "c.bin"), "--buckets", "40"}, &stdout, &stderr); !errors.Is(err, errUsage) {
		t.Errorf("--buckets 40: err %v, want errUsage", err)
	}
}

func TestTrainCrossValidation(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "train.tsv")
	var b strings.Builder
	b.WriteString("id\tanger\tannoyed\tlabels\ttext\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "a%d\t1\t1\tanger\tyou useless idiots, I am furious %d\n", i, i)
		fmt.Fprintf(&b, "b%d\t0\t1\tannoyance\tthis is a bit annoying %d\n", i, i)
		fmt.Fprintf(&b, "c%d\t0\t0\tdisapproval\tI do not agree with this plan %d\n", i, i)
		fmt.Fprintf(&b, "d%d\t0\t0\tgratitude\tthanks for the help %d\n", i, i)
	}
	if err := os.WriteFile(data, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, extra := range [][]string{nil, {"--extra", "disapproval=0.5", "--neg-mode", "2"}, {"--norm=false"}} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"train", "--data", data, "--label", "annoyed", "--cv", "3", "--buckets", "12", "--epochs", "3"}, extra...)
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("train %v: %v (%s)", extra, err, stderr.String())
		}
		out := stdout.String()
		if !strings.Contains(out, "3-fold cross-validation") {
			t.Errorf("output %q", out)
		}
		// the texts separate the classes perfectly, so held-out ranking
		// must be far better than chance for both labels
		for _, label := range []string{"anger", "annoyed"} {
			var auc float64
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, label+" ") {
					fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, label)), "ROC AUC pooled %f", &auc)
				}
			}
			if auc < 0.9 {
				t.Errorf("%v: %s cross-validated AUC %.3f, want >= 0.9 (output %q)", extra, label, auc, out)
			}
		}
	}
	var stdout, stderr bytes.Buffer
	for _, bad := range [][]string{{"--cv", "1"}, {"--cv", "2", "--extra", "disgust"}, {"--cv", "2", "--extra", "disgust=-1"}, {"--cv", "2", "--neg-mode", "3"}} {
		if err := run(context.Background(), append([]string{"train", "--data", data}, bad...), &stdout, &stderr); !errors.Is(err, errUsage) {
			t.Errorf("%v: err %v, want errUsage", bad, err)
		}
	}
}
