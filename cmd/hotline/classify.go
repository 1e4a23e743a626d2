package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
)

var classifyCommand = command{
	name:    "classify",
	summary: "score one mail (.eml) or text for anger, urgency and heat",
	run:     runClassify,
}

// classifyJSON is the --json output of hotline classify.
type classifyJSON struct {
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

func runClassify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("classify", "classify [--json] [FILE|-]", stderr)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	var raw []byte
	var err error
	source := fs.Arg(0)
	if source == "" || source == "-" {
		source = "standard input"
		if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			// Waiting silently on a terminal looks like a hang.
			fmt.Fprintln(stderr, "reading the mail or text to score from standard input; end with Ctrl-D")
		}
		raw, err = io.ReadAll(os.Stdin)
	} else {
		raw, err = os.ReadFile(source)
	}
	if err != nil {
		return err
	}
	in, err := classifyInput(raw)
	if err != nil {
		return err
	}
	if strings.TrimSpace(in.Text) == "" && strings.TrimSpace(in.Subject) == "" && strings.TrimSpace(in.HTML) == "" {
		return fmt.Errorf("nothing to score: %s holds no text or subject; give a mail (.eml) or text in FILE or on standard input", source)
	}
	c, err := classify.New(classify.DefaultOptions())
	if err != nil {
		return err
	}
	res, err := c.Classify(ctx, in)
	if err != nil {
		return err
	}
	if *asJSON {
		out := classifyJSON{Anger: res.Anger, Urgency: res.Urgency, Heat: res.Heat, Level: res.Level.String(), Sentiment: res.Sentiment, Reasons: []reasonJSON{}}
		for _, r := range res.Reasons {
			out.Reasons = append(out.Reasons, reasonJSON(r))
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(stdout, "level:     %s\nheat:      %.3f\nanger:     %.3f\nurgency:   %.3f\nsentiment: %.2f (naive Bayes log-odds of negative)\n", res.Level, res.Heat, res.Anger, res.Urgency, res.Sentiment)
	if len(res.Reasons) > 0 {
		fmt.Fprintln(stdout, "reasons:")
		for _, r := range res.Reasons {
			if r.Phrase == "" {
				fmt.Fprintf(stdout, "  %+.3f  %s\n", r.Weight, r.Signal)
				continue
			}
			fmt.Fprintf(stdout, "  %+.3f  %-16s %q [%d:%d]\n", r.Weight, r.Signal, r.Phrase, r.Start, r.End)
		}
	}
	return nil
}

// classifyInput parses raw as a mail when it starts with RFC 5322 headers,
// and as plain text otherwise.
func classifyInput(raw []byte) (classify.Input, error) {
	// a message saved from an mbox starts with a "From sender date" line
	if bytes.HasPrefix(raw, []byte("From ")) {
		if i := bytes.IndexByte(raw, '\n'); i >= 0 && looksLikeMail(raw[i+1:]) {
			raw = raw[i+1:]
		}
	}
	if !looksLikeMail(raw) {
		return classify.Input{Text: string(raw)}, nil
	}
	m, err := mail.Parse(bytes.NewReader(raw), mail.Options{})
	if err != nil {
		return classify.Input{}, fmt.Errorf("parse mail: %w", err)
	}
	return classify.FromMail(m), nil
}

// looksLikeMail reports whether the first lines are header fields ("Name:
// value" with a token name, continuation lines allowed) and at least one
// of them is a header mail always has.
func looksLikeMail(raw []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	known := false
	lines := 0
	for sc.Scan() && lines < 50 {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			return known && lines > 0
		}
		lines++
		if line[0] == ' ' || line[0] == '\t' {
			if lines == 1 {
				return false
			}
			continue
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return false
		}
		switch strings.ToLower(name) {
		case "from", "to", "subject", "date", "message-id", "received", "mime-version", "return-path", "content-type":
			known = true
		}
	}
	return known && lines > 0
}
