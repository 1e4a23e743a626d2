package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/coach"
	"google.golang.org/grpc"
)

// coachCmd checks a draft reply before it is sent. It runs locally, so it
// works without a running service; --alert reads the customer's name and
// message from the same database (or API) hotline alerts uses.
var coachCmd = command{
	name:    "coach",
	summary: "check a draft reply to an upset customer before sending it",
	run:     runCoach,
}

// registerCoach serves CoachService on srv; with a store, callers may name
// an alert instead of the customer.
func registerCoach(srv grpc.ServiceRegistrar, st servedStore) error {
	c, err := coach.New(coach.Options{})
	if err != nil {
		return fmt.Errorf("build reply coach: %w", err)
	}
	var alerts api.AlertGetter
	if st != nil {
		alerts = st
	}
	hotlinev1.RegisterCoachServiceServer(srv, api.NewCoachServer(c, alerts))
	return nil
}

// coachJSON is the --json output of hotline coach.
type coachJSON struct {
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

func runCoach(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f alertsFlags
	fs := newFlagSet("coach", "coach [--alert ID [--db PATH | --postgres DSN | --addr HOST:PORT]] [--name NAME] [--json] [FILE|-]", stderr)
	alertID := fs.String("alert", "", "read the customer's name and message from alert `ID`")
	name := fs.String("name", "", "the customer's `name` as on their mail, to check the greeting")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	fs.StringVar(&f.store.dbPath, "db", "hotline.db", "SQLite database `path` for --alert")
	f.store.registerPostgres(fs)
	fs.StringVar(&f.addr, "addr", "", "read --alert from the gRPC API of a running service at `host:port`")
	fs.StringVar(&f.tokenFile, "token-file", "", "`file` with the API bearer token for --addr (default: $"+envAPIToken+")")
	fs.BoolVar(&f.plaintext, "plaintext", false, "connect to --addr without TLS (loopback and tests)")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	dbSet := false
	fs.Visit(func(fl *flag.Flag) { dbSet = dbSet || fl.Name == "db" })
	if !dbSet && (f.store.postgresDSN != "" || os.Getenv(envPostgresDSN) != "") {
		f.store.dbPath = ""
	}
	source := "-"
	if len(pos) == 1 {
		source = pos[0]
	}
	var raw []byte
	if source == "-" {
		source = "standard input"
		if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			fmt.Fprintln(stderr, "reading the draft reply from standard input; end with Ctrl-D")
		}
		raw, err = io.ReadAll(io.LimitReader(os.Stdin, api.MaxDraftBytes+1))
	} else {
		raw, err = os.ReadFile(source)
	}
	if err != nil {
		return fmt.Errorf("read draft: %w", err)
	}
	if len(raw) > api.MaxDraftBytes {
		return fmt.Errorf("draft in %s is over %d bytes; check the reply itself, without attachments", source, api.MaxDraftBytes)
	}
	if strings.TrimSpace(string(raw)) == "" {
		return fmt.Errorf("nothing to check: %s holds no text; give the draft reply in FILE or on standard input", source)
	}
	d := coach.Draft{Text: string(raw), CustomerName: *name}
	if *alertID != "" {
		id, err := strconv.ParseInt(strings.TrimPrefix(*alertID, "#"), 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("%w: alert ID %q is not a positive number", errUsage, *alertID)
		}
		if err := f.store.validate(); err != nil {
			return err
		}
		b, err := openAlertsBackend(ctx, f)
		if err != nil {
			return err
		}
		a, _, _, err := b.show(ctx, id)
		b.Close()
		if err != nil {
			return err
		}
		if d.CustomerName == "" {
			d.CustomerName = a.FromName
		}
		d.CustomerMessage = a.Subject + "\n" + a.Excerpt
	}
	c, err := coach.New(coach.Options{})
	if err != nil {
		return err
	}
	res := c.Check(d)
	if *asJSON {
		out := coachJSON{Score: res.Score, Ready: res.Ready(), Findings: []findingJSON{}, Strengths: []strengthJSON{}}
		for _, x := range res.Findings {
			out.Findings = append(out.Findings, findingJSON{Rule: x.Rule, Severity: x.Severity.String(), Start: x.Start,
				End: x.End, Phrase: x.Phrase, Why: x.Why, Better: x.Better})
		}
		for _, x := range res.Strengths {
			out.Strengths = append(out.Strengths, strengthJSON(x))
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	printCoach(stdout, res)
	return nil
}

func printCoach(w io.Writer, res coach.Result) {
	blocking := 0
	for _, x := range res.Findings {
		if x.Severity == coach.Blocking {
			blocking++
		}
	}
	verdict := "ready to send"
	if blocking > 0 {
		verdict = fmt.Sprintf("not ready: %d blocking finding(s)", blocking)
	} else if len(res.Findings) > 0 {
		verdict = "can be sent; the advice below would make it better"
	}
	fmt.Fprintf(w, "score: %.2f  %s\n", res.Score, verdict)
	for _, x := range res.Findings {
		where := "(missing)"
		if x.End > x.Start {
			where = fmt.Sprintf("%q [%d:%d]", x.Phrase, x.Start, x.End)
		}
		fmt.Fprintf(w, "\n%-8s %s %s\n  why:    %s\n  better: %s\n", strings.ToUpper(x.Severity.String()), x.Rule, where, x.Why, x.Better)
	}
	if len(res.Strengths) > 0 {
		fmt.Fprintln(w, "\ngood:")
		for _, x := range res.Strengths {
			fmt.Fprintf(w, "  %-22s %q\n", x.Cue, x.Phrase)
		}
	}
}
