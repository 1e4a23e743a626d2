package classify

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteText writes r for a person at a terminal: the level, the scores and
// each reason with its span in Result.Prepared.
func (r Result) WriteText(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "level:     %s\nheat:      %.3f\nanger:     %.3f\nurgency:   %.3f\nsentiment: %.2f (naive Bayes log-odds of negative)\n", r.Level, r.Heat, r.Anger, r.Urgency, r.Sentiment); err != nil {
		return err
	}
	if len(r.Reasons) == 0 {
		return nil
	}
	fmt.Fprintln(w, "reasons:")
	for _, x := range r.Reasons {
		if x.Phrase == "" {
			fmt.Fprintf(w, "  %+.3f  %s\n", x.Weight, x.Signal)
			continue
		}
		fmt.Fprintf(w, "  %+.3f  %-16s %q [%d:%d]\n", x.Weight, x.Signal, x.Phrase, x.Start, x.End)
	}
	return nil
}

// resultJSON is the JSON shape of a Result: lower-case keys, the level by
// name, reasons always a list.
type resultJSON struct {
	Anger     float64      `json:"anger"`
	Urgency   float64      `json:"urgency"`
	Heat      float64      `json:"heat"`
	Level     string       `json:"level"`
	Sentiment float64      `json:"sentiment"`
	Reasons   []reasonJSON `json:"reasons"`
}

type reasonJSON struct {
	Signal string  `json:"signal"`
	Weight float64 `json:"weight"`
	Phrase string  `json:"phrase"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
}

// WriteJSON writes r as one indented JSON object, for scripts.
func (r Result) WriteJSON(w io.Writer) error {
	out := resultJSON{Anger: r.Anger, Urgency: r.Urgency, Heat: r.Heat, Level: r.Level.String(), Sentiment: r.Sentiment, Reasons: []reasonJSON{}}
	for _, x := range r.Reasons {
		out.Reasons = append(out.Reasons, reasonJSON(x))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
