package evaluate

import (
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// handSet is scored by hand below.
//
//	score label
//	0.9   1
//	0.8   0
//	0.7   1
//	0.6   0
//	0.6   1
//	0.2   0
//
// ROC AUC, counting (positive, negative) pairs where the positive scores
// higher, ties one half:
//
//	0.9 beats 0.8, 0.6, 0.2          -> 3
//	0.7 beats 0.6, 0.2               -> 2
//	0.6 beats 0.2, ties 0.6          -> 1.5
//	AUC = 6.5 / (3*3) = 0.722222...
//
// Average precision, walking down the ranking with the tied 0.6 pair as one
// step: 0.9 is a hit at precision 1/1, 0.7 a hit at 2/3, the 0.6 step adds
// one hit at 3/5, so AP = (1 + 2/3 + 3/5) / 3 = 34/45 = 0.755555...
//
// At threshold 0.65 the predicted positives are 0.9, 0.8, 0.7: TP 2, FP 1,
// FN 1, TN 2, precision = recall = F1 = 2/3.
//
// Best F1 over thresholds: 0.9 -> 0.5, 0.8 -> 0.4, 0.7 -> 2/3,
// 0.6 -> P 3/5 R 1 F1 0.75, 0.2 -> 2/3; best is 0.75 at 0.6.
var handSet = []Scored{{0.9, true}, {0.8, false}, {0.7, true}, {0.6, false}, {0.6, true}, {0.2, false}}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestAUCByHand(t *testing.T) {
	auc, err := AUC(handSet)
	if err != nil {
		t.Fatal(err)
	}
	if !near(auc, 6.5/9) {
		t.Errorf("AUC = %v, want %v", auc, 6.5/9)
	}
	// order must not matter
	rev := make([]Scored, len(handSet))
	for i, s := range handSet {
		rev[len(rev)-1-i] = s
	}
	if auc2, _ := AUC(rev); !near(auc, auc2) {
		t.Errorf("AUC depends on order: %v vs %v", auc, auc2)
	}
}

func TestAUCEdges(t *testing.T) {
	tests := []struct {
		name string
		s    []Scored
		want float64
		err  bool
	}{
		{"perfect", []Scored{{1, true}, {0, false}}, 1, false},
		{"inverted", []Scored{{0, true}, {1, false}}, 0, false},
		{"all tied", []Scored{{0.5, true}, {0.5, false}, {0.5, false}}, 0.5, false},
		{"one class", []Scored{{0.5, true}, {0.7, true}}, 0, true},
		{"NaN", []Scored{{math.NaN(), true}, {0.7, false}}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AUC(tt.s)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if err == nil && !near(got, tt.want) {
				t.Errorf("AUC = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAveragePrecisionByHand(t *testing.T) {
	if got := AveragePrecision(handSet); !near(got, 34.0/45) {
		t.Errorf("AP = %v, want %v", got, 34.0/45)
	}
	if got := AveragePrecision([]Scored{{1, true}, {0.5, false}}); !near(got, 1) {
		t.Errorf("perfect AP = %v", got)
	}
}

func TestThresholdMetricsByHand(t *testing.T) {
	c := At(handSet, 0.65)
	if c.TP != 2 || c.FP != 1 || c.FN != 1 || c.TN != 2 {
		t.Errorf("confusion %+v", c)
	}
	if !near(c.Precision, 2.0/3) || !near(c.Recall, 2.0/3) || !near(c.F1, 2.0/3) {
		t.Errorf("P/R/F1 %v %v %v", c.Precision, c.Recall, c.F1)
	}
	b := BestF1(handSet)
	if !near(b.F1, 0.75) || b.Threshold != 0.6 || b.TP != 3 || b.FP != 2 {
		t.Errorf("best %+v, want F1 0.75 at 0.6", b)
	}
	r, err := Evaluate(handSet, 0.65)
	if err != nil {
		t.Fatal(err)
	}
	if r.N != 6 || r.Positives != 3 || !near(r.AUC, 6.5/9) || r.At != c || r.Best != b {
		t.Errorf("report %+v", r)
	}
}

func TestReadTSV(t *testing.T) {
	ex, err := ReadTSVFile(filepath.Join("testdata", "tiny.tsv"), "label")
	if err != nil {
		t.Fatal(err)
	}
	want := []Example{{Text: `The "refund" never came`, Label: true, ID: "1"}, {Text: "thanks, all good", ID: "2"}, {Text: `"unbalanced quote`, Label: true, ID: "3"}}
	if len(ex) != len(want) {
		t.Fatalf("got %d rows, want %d", len(ex), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(ex[i], want[i]) {
			t.Errorf("row %d = %+v, want %+v", i, ex[i], want[i])
		}
	}
}

func TestReadTSVTags(t *testing.T) {
	ex, err := ReadTSV(strings.NewReader("id\tanger\tlabels\ttext\na\t0\tannoyance,disgust\tugh\nb\t0\t\tok\n"), "anger")
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 2 || !ex[0].HasTag("disgust") || !ex[0].HasTag("annoyance") || ex[0].HasTag("anger") || ex[1].Tags != nil || ex[1].HasTag("") {
		t.Errorf("rows %+v", ex)
	}
}

func TestFold(t *testing.T) {
	const k = 5
	counts := make([]int, k)
	for i := 0; i < 5000; i++ {
		id := fmt.Sprintf("row%d", i)
		f := Fold(id, k)
		if f < 0 || f >= k || Fold(id, k) != f {
			t.Fatalf("Fold(%q) = %d, not stable in 0..%d", id, f, k-1)
		}
		counts[f]++
	}
	for f, n := range counts {
		if n < 900 || n > 1100 {
			t.Errorf("fold %d has %d of 5000 rows, want about 1000", f, n)
		}
	}
}

func TestReadTSVErrors(t *testing.T) {
	tests := []struct {
		name, data, label, want string
	}{
		{"no label column", "id\ttext\n1\thi\n", "anger", `no label column "anger"`},
		{"no text column", "id\tanger\n1\t1\n", "anger", `no "text" column`},
		{"bad label", "anger\ttext\n2\thi\n", "anger", "want 0 or 1"},
		{"ragged", "anger\ttext\n1\thi\textra\n", "anger", "3 fields, header has 2"},
		{"empty", "", "anger", "empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadTSV(strings.NewReader(tt.data), tt.label)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestReadTSVLongLine(t *testing.T) {
	long := strings.Repeat("word ", 40000) // 200 KB, beyond bufio's default
	ex, err := ReadTSV(strings.NewReader("label\ttext\n1\t"+long+"\n"), "label")
	if err != nil || len(ex) != 1 || ex[0].Text != long {
		t.Fatalf("long line: %d rows, err %v", len(ex), err)
	}
}

func TestReadTSVLabelByValue(t *testing.T) {
	in := "id\tlabels\ttext\n1\tneutral\ta\n2\tneutral,joy\tb\n3\tanger\tc\n"
	ex, err := ReadTSV(strings.NewReader(in), "labels=neutral")
	if err != nil {
		t.Fatal(err)
	}
	got := []bool{ex[0].Label, ex[1].Label, ex[2].Label}
	if !reflect.DeepEqual(got, []bool{true, false, false}) {
		t.Errorf("labels=neutral gave %v, want only the exact match", got)
	}
	if _, err := ReadTSV(strings.NewReader(in), "tags=neutral"); err == nil || !strings.Contains(err.Error(), `"tags"`) {
		t.Errorf("missing column: err %v", err)
	}
}

func TestLevelTally(t *testing.T) {
	var lt LevelTally
	for _, r := range []struct {
		label bool
		level int
	}{{false, 0}, {false, 0}, {false, 1}, {false, 2}, {true, 2}, {true, 1}} {
		lt.Add(r.label, r.level)
	}
	if got, want := lt.Shares(false), (Levels{N: 4, Hot: 0.25, Warm: 0.25, Cool: 0.5}); got != want {
		t.Errorf("negatives %+v, want %+v", got, want)
	}
	if got, want := lt.Shares(true), (Levels{N: 2, Hot: 0.5, Warm: 0.5}); got != want {
		t.Errorf("positives %+v, want %+v", got, want)
	}
	var empty LevelTally
	if got := empty.Shares(true); got != (Levels{}) {
		t.Errorf("empty tally %+v", got)
	}
}
