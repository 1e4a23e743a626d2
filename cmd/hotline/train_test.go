package main

import (
	"bytes"
	"context"
	"errors"
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
