package evaluate_test

import (
	"fmt"
	"strings"

	"github.com/hotline/hotline/service/evaluate"
)

func ExampleEvaluate() {
	rows, err := evaluate.ReadTSV(strings.NewReader("label\ttext\n1\tfurious\n0\tthanks\n1\tstill broken\n0\tok\n"), "label")
	if err != nil {
		panic(err)
	}
	// a scorer that happens to rank by text length
	var scored []evaluate.Scored
	for _, r := range rows {
		scored = append(scored, evaluate.Scored{Score: float64(len(r.Text)), Label: r.Label})
	}
	rep, err := evaluate.Evaluate(scored, 6)
	if err != nil {
		panic(err)
	}
	fmt.Printf("n=%d positives=%d AUC=%.2f precision=%.2f recall=%.2f\n", rep.N, rep.Positives, rep.AUC, rep.At.Precision, rep.At.Recall)
	// Output: n=4 positives=2 AUC=1.00 precision=0.67 recall=1.00
}
