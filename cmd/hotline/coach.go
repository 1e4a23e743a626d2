package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/desk"
)

// runCoach works without a running service; --alert reads the customer's
// name and message from the same database (or API) hotline alerts uses.
func runCoach(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f desk.Source
	fs := newFlagSet("coach", "coach [--alert ID [--db PATH | --postgres DSN | --addr HOST:PORT]] [--name NAME] [--json] [FILE|-]", stderr)
	alertID := fs.String("alert", "", "read the customer's name and message from alert `ID`")
	name := fs.String("name", "", "the customer's `name` as on their mail, to check the greeting")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	f.AddFlags(fs, "SQLite database `path` for --alert", "read --alert from the gRPC API of a running service at `host:port`")
	pos, err := parseSource(fs, &f, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	raw, source, err := readInput(strings.Join(pos, ""), api.MaxDraftBytes+1, "the draft reply", stderr)
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
		id, err := desk.ParseID(*alertID)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		if err := usageError(f.Store.Resolve()); err != nil {
			return err
		}
		dk, err := desk.Connect(ctx, "alerts", f, nil)
		if err != nil {
			return usageError(err)
		}
		a, err := dk.Show(ctx, id)
		dk.Close()
		if err != nil {
			return err
		}
		d = api.AboutAlert(d, a.Alert)
	}
	c, err := coach.New(coach.Options{})
	if err != nil {
		return err
	}
	res := c.Check(d)
	if *asJSON {
		return res.WriteJSON(stdout)
	}
	return res.WriteText(stdout)
}
