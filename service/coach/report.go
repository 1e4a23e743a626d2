package coach

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteText writes r for the person about to send the draft: a verdict,
// each finding with why it hurts and what to write instead, and what the
// draft already does well.
func (r Result) WriteText(w io.Writer) error {
	blocking := 0
	for _, x := range r.Findings {
		if x.Severity == Blocking {
			blocking++
		}
	}
	verdict := "ready to send"
	if blocking > 0 {
		verdict = fmt.Sprintf("not ready: %d blocking finding(s)", blocking)
	} else if len(r.Findings) > 0 {
		verdict = "can be sent; the advice below would make it better"
	}
	if _, err := fmt.Fprintf(w, "score: %.2f  %s\n", r.Score, verdict); err != nil {
		return err
	}
	for _, x := range r.Findings {
		where := "(missing)"
		if x.End > x.Start {
			where = fmt.Sprintf("%q [%d:%d]", x.Phrase, x.Start, x.End)
		}
		fmt.Fprintf(w, "\n%-8s %s %s\n  why:    %s\n  better: %s\n", strings.ToUpper(x.Severity.String()), x.Rule, where, x.Why, x.Better)
	}
	if len(r.Strengths) > 0 {
		fmt.Fprintln(w, "\ngood:")
		for _, x := range r.Strengths {
			fmt.Fprintf(w, "  %-22s %q\n", x.Cue, x.Phrase)
		}
	}
	return nil
}

// resultJSON is the JSON shape of a Result: lower-case keys, severities by
// name, lists never null.
type resultJSON struct {
	Score     float64        `json:"score"`
	Ready     bool           `json:"ready"`
	Findings  []findingJSON  `json:"findings"`
	Strengths []strengthJSON `json:"strengths"`
}

type findingJSON struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Phrase   string `json:"phrase"`
	Why      string `json:"why"`
	Better   string `json:"better"`
}

type strengthJSON struct {
	Cue    string `json:"cue"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Phrase string `json:"phrase"`
}

// WriteJSON writes r as one indented JSON object, for scripts.
func (r Result) WriteJSON(w io.Writer) error {
	out := resultJSON{Score: r.Score, Ready: r.Ready(), Findings: []findingJSON{}, Strengths: []strengthJSON{}}
	for _, x := range r.Findings {
		out.Findings = append(out.Findings, findingJSON{Rule: x.Rule, Severity: x.Severity.String(), Start: x.Start,
			End: x.End, Phrase: x.Phrase, Why: x.Why, Better: x.Better})
	}
	for _, x := range r.Strengths {
		out.Strengths = append(out.Strengths, strengthJSON(x))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
