package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// angry scores a text 1 when it says "furious", the level HOT with it.
func angry(_ context.Context, text string) (Scores, error) {
	if strings.Contains(text, "furious") {
		return Scores{Score: 1, Baseline: 0.5, Level: 2}, nil
	}
	return Scores{Score: 0, Baseline: 0.5, Level: 0}, nil
}

func TestComparison(t *testing.T) {
	rows, err := ReadTSV(strings.NewReader("label\ttext\n1\tI am furious\n0\tthanks\n1\tfurious again\n0\tok\n"), "label")
	if err != nil {
		t.Fatal(err)
	}
	c := Comparison{Data: "set.tsv", Label: "label", Score: "anger", Threshold: 0.6, HotAt: 0.6, WarmAt: 0.2}
	if err := c.Run(context.Background(), rows, angry); err != nil {
		t.Fatal(err)
	}
	if c.Hotline.AUC != 1 || c.Baseline.AUC != 0.5 || c.Hotline.N != 4 || c.Hotline.Positives != 2 {
		t.Errorf("reports %+v and %+v", c.Hotline, c.Baseline)
	}
	var text bytes.Buffer
	if err := c.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"data set.tsv, label label, score anger: n=4 positives=2\n", "ROC AUC", "label 0 (n=2): HOT   0.0 %", "label 1 (n=2): HOT 100.0 %", "HOT at heat >= 0.60, WARM >= 0.20"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	var js bytes.Buffer
	if err := c.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(js.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"label", "score", "n", "positives", "threshold", "hotline", "baseline", "levels"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("JSON lacks %q:\n%s", key, js.String())
		}
	}
	var got ComparisonJSON
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Levels["1"].Hot != 1 || got.Levels["0"].Cool != 1 || got.Hotline.AUC != 1 {
		t.Errorf("JSON %+v", got)
	}
}

func TestComparisonStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := Comparison{}
	if err := c.Run(ctx, []Example{{Text: "a"}}, angry); err == nil {
		t.Error("Run on a cancelled context succeeded")
	}
}

func TestCrossValidation(t *testing.T) {
	var b strings.Builder
	b.WriteString("id\tanger\tcalm\ttext\n")
	for i := 0; i < 20; i++ {
		b.WriteString("a" + string(rune('a'+i)) + "\t1\t0\tI am furious\n")
		b.WriteString("b" + string(rune('a'+i)) + "\t0\t1\tthanks\n")
	}
	path := filepath.Join(t.TempDir(), "set.tsv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	rows, err := ReadTSVFile(path, "anger")
	if err != nil {
		t.Fatal(err)
	}
	fits := 0
	fit := func(_ context.Context, keep func(int) bool) (func(context.Context, string) (float64, error), error) {
		fits++
		for i := range rows {
			keep(i)
		}
		return func(ctx context.Context, text string) (float64, error) {
			s, err := angry(ctx, text)
			return s.Score, err
		}, nil
	}
	c := CrossValidation{Data: path, Labels: []string{"anger", " calm"}, K: 4, Score: "anger"}
	if err := c.Run(context.Background(), rows, fit); err != nil {
		t.Fatal(err)
	}
	if fits != 4 || c.N != 40 || len(c.Results) != 2 {
		t.Fatalf("%d fits, %d rows, results %+v", fits, c.N, c.Results)
	}
	if r := c.Results[0]; r.Label != "anger" || r.Pooled != 1 || r.Mean != 1 || r.SD != 0 {
		t.Errorf("anger: %+v", r)
	}
	if r := c.Results[1]; r.Label != "calm" || r.Pooled != 0 {
		t.Errorf("calm: %+v", r)
	}
	var out bytes.Buffer
	if err := c.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	want := "4-fold cross-validation on " + path + " (40 rows), anger score\n" +
		"anger      ROC AUC pooled 1.0000, per fold 1.0000 ± 0.0000\n" +
		"calm       ROC AUC pooled 0.0000, per fold 0.0000 ± 0.0000\n"
	if out.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", out.String(), want)
	}
	if err := (&CrossValidation{Data: path, K: 1}).Run(context.Background(), rows, fit); err == nil {
		t.Error("one fold accepted")
	}
}

func TestParseExtrasAndWeigh(t *testing.T) {
	extras, err := ParseExtras(" disgust=0.5, ,annoyance=0.25")
	if err != nil || len(extras) != 2 || extras[0] != (Extra{"disgust", 0.5}) || extras[1] != (Extra{"annoyance", 0.25}) {
		t.Fatalf("ParseExtras = %+v, %v", extras, err)
	}
	for _, bad := range []string{"disgust", "disgust=-1", "=1", "disgust=x"} {
		if _, err := ParseExtras(bad); err == nil {
			t.Errorf("ParseExtras(%q) succeeded", bad)
		}
	}
	rows := []Example{
		{Text: "angry", Label: true, Tags: []string{"disgust"}},
		{Text: "gross", Tags: []string{"annoyance", "disgust"}},
		{Text: "meh", Tags: []string{"annoyance"}},
		{Text: "fine"},
	}
	marked := []Example{{Label: true}, {}, {}, {Label: true}}
	Weigh(rows, extras, marked, 4)
	want := []struct {
		label  bool
		weight float64
	}{{true, 4}, {true, 0.5}, {true, 0.25}, {false, 4}}
	for i, w := range want {
		if rows[i].Label != w.label || rows[i].Weight != w.weight {
			t.Errorf("row %d: label %v weight %v, want %v %v", i, rows[i].Label, rows[i].Weight, w.label, w.weight)
		}
	}
}
