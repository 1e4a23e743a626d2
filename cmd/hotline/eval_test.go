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
	var got evalJSON
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
}

func TestEvalTable(t *testing.T) {
	data := writeTSV(t, "1\t1\tThe server is down and we are losing sales, call me asap\n2\t0\tthanks!\n")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--data", data, "--label", "label", "--score", "heat", "--threshold", "0.5"}, &out, &errOut); err != nil {
		t.Fatalf("eval: %v", err)
	}
	for _, want := range []string{"n=2 positives=1", "ROC AUC", "baseline", "best F1", "0.500"} {
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
	var got evalJSON
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
