package evaluate

import (
	"fmt"
	"strconv"
	"strings"
)

// Extra is a label related to the one trained, whose rows count as weaker
// positives: disgust beside anger, say, with weight 0.5.
type Extra struct {
	Label  string
	Weight float64
}

// ParseExtras reads LABEL=WEIGHT pairs separated by commas, each WEIGHT
// above 0.
func ParseExtras(s string) ([]Extra, error) {
	var out []Extra
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		name, ws, ok := strings.Cut(part, "=")
		w, err := strconv.ParseFloat(ws, 64)
		if !ok || err != nil || w <= 0 || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("wants LABEL=WEIGHT with WEIGHT > 0, not %q", part)
		}
		out = append(out, Extra{strings.TrimSpace(name), w})
	}
	return out, nil
}

// Weigh sets the training label and weight of rows: a negative row whose
// labels column lists an extra label becomes a positive with that label's
// weight (the largest, when several apply), and a row marked positive in
// marked (read from the same file; nil for none) gets weight.
func Weigh(rows []Example, extras []Extra, marked []Example, weight float64) {
	for i, r := range rows {
		if r.Label {
			continue
		}
		for _, e := range extras {
			if r.HasTag(e.Label) && e.Weight > rows[i].Weight {
				rows[i].Label, rows[i].Weight = true, e.Weight
			}
		}
	}
	for i, r := range marked {
		if r.Label && i < len(rows) {
			rows[i].Weight = weight
		}
	}
}
