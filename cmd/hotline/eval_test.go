package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/evaluate"
)

func writeTSV(t *testing.T, rows string) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "tiny.tsv")
	if err := os.WriteFile(name, []byte("id\tlabel\ttext\n"+rows), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestEvalJSON(t *testing.T) {
	data := writeTSV(t, "1\t1\tThis is the worst service ever, you useless idiots. I want a refund now!!!\n"+
		"2\t0\tThanks for the quick help yesterday, everything works.\n"+
		"3\t1\tI am furious, the app crashed again and nobody answered my emails.\n"+
		"4\t0\tCould you send me last month's invoice when you have a moment?\n")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--data", data, "--label", "label", "--score", "anger", "--json"}, &out, &errOut); err != nil {
		t.Fatalf("eval: %v (%s)", err, errOut.String())
	}
	var got evaluate.ComparisonJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if got.N != 4 || got.Positives != 2 || got.Label != "label" || got.Score != "anger" {
		t.Errorf("header fields %+v", got)
	}
	if got.Hotline.AUC != 1 {
		t.Errorf("hotline AUC %v on an easy set, want 1", got.Hotline.AUC)
	}
	if got.Threshold <= 0 || got.Baseline.AUC < 0 || got.Baseline.AUC > 1 {
		t.Errorf("threshold %v baseline %+v", got.Threshold, got.Baseline)
	}
	calm, angry := got.Levels["0"], got.Levels["1"]
	if calm.N != 2 || angry.N != 2 {
		t.Errorf("levels count %d and %d rows, want 2 and 2: %+v", calm.N, angry.N, got.Levels)
	}
	for _, l := range []evaluate.Levels{calm, angry} {
		if sum := l.Hot + l.Warm + l.Cool; sum < 0.999 || sum > 1.001 {
			t.Errorf("level shares %+v sum to %v", l, sum)
		}
	}
	if calm.Hot != 0 || angry.Hot != 1 {
		t.Errorf("HOT shares: calm %v angry %v, want 0 and 1", calm.Hot, angry.Hot)
	}
}

func TestEvalLabelByValue(t *testing.T) {
	name := filepath.Join(t.TempDir(), "tags.tsv")
	rows := "id\tlabels\ttext\n1\tneutral\tThe meeting moved to Tuesday.\n2\tanger,annoyance\tThis is useless, I am furious!!!\n3\tneutral,approval\tok\n"
	if err := os.WriteFile(name, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--data", name, "--label", "labels=neutral", "--score", "heat", "--json"}, &out, &errOut); err != nil {
		t.Fatalf("eval: %v (%s)", err, errOut.String())
	}
	var got evaluate.ComparisonJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Positives != 1 || got.Levels["1"].N != 1 || got.Levels["0"].N != 2 {
		t.Errorf("labels=neutral picked %d rows (levels %+v), want only the row labelled exactly neutral", got.Positives, got.Levels)
	}
}

func TestEvalTable(t *testing.T) {
	data := writeTSV(t, "1\t1\tThe server is down and we are losing sales, call me asap\n2\t0\tthanks!\n")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--data", data, "--label", "label", "--score", "heat", "--threshold", "0.5"}, &out, &errOut); err != nil {
		t.Fatalf("eval: %v", err)
	}
	for _, want := range []string{"n=2 positives=1", "ROC AUC", "baseline", "best F1", "0.500", "label 0 (n=1): HOT", "label 1 (n=1): HOT 100.0 %"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalErrors(t *testing.T) {
	data := writeTSV(t, "1\t1\thi\n2\t0\tho\n")
	tests := []struct {
		args  []string
		usage bool
		want  string
	}{
		{[]string{"eval", "--label", "label"}, true, "--data"},
		{[]string{"eval", "--data", data, "--label", "label", "--score", "rage"}, true, "--score"},
		{[]string{"eval", "--data", data, "--label", "anger"}, false, `no label column "anger"`},
		{[]string{"eval", "--data", filepath.Join(t.TempDir(), "missing.tsv"), "--label", "label"}, false, "missing.tsv"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		err := run(context.Background(), tt.args, &out, &errOut)
		if err == nil || errors.Is(err, errUsage) != tt.usage || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: err %v, want usage=%v mentioning %q", tt.args, err, tt.usage, tt.want)
		}
	}
}

func TestEvalModelFile(t *testing.T) {
	data := writeTSV(t, "1\t1\tthe weather is grey today\n2\t0\tthanks\n")
	dir := t.TempDir()
	// a model with every weight zero ranks nothing: both rows tie
	m := classify.Model{Config: classify.DefaultFeatureConfig(), Weights: make([]float32, 1<<classify.DefaultFeatureConfig().Bits)}
	raw, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, "zero.bin")
	if err := os.WriteFile(zero, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--data", data, "--label", "label", "--model", zero, "--json"}, &out, &errOut); err != nil {
		t.Fatalf("eval: %v (%s)", err, errOut.String())
	}
	var got evaluate.ComparisonJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Hotline.AUC != 0.5 {
		t.Errorf("zero model: AUC %v, want 0.5 (ties); the model file was not used", got.Hotline.AUC)
	}
	bad := filepath.Join(dir, "bad.bin")
	if err := os.WriteFile(bad, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"eval", "--data", data, "--label", "label", "--model", bad}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "bad.bin") {
		t.Errorf("bad model file: err %v", err)
	}
}
