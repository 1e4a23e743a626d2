package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/route"
)

var customerCmd = command{
	name:    "customer",
	summary: "show a customer's history: recent mail, our answers, alerts",
	run:     runCustomer,
}

func runCustomer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f alertsFlags
	var hc historyConfig
	fs := newFlagSet("customer", "customer ADDRESS [--db PATH | --postgres DSN | --addr HOST:PORT] [--routing-config FILE]", stderr)
	fs.StringVar(&f.store.dbPath, "db", "hotline.db", "SQLite database `path`")
	f.store.registerPostgres(fs)
	fs.StringVar(&f.addr, "addr", "", "use the gRPC API of a running service at `host:port` instead of --db")
	fs.StringVar(&f.tokenFile, "token-file", "", "`file` with the API bearer token for --addr (default: $"+envAPIToken+")")
	fs.BoolVar(&f.plaintext, "plaintext", false, "connect to --addr without TLS (loopback and tests)")
	routing := fs.String("routing-config", "", "routing config `file` naming the team, so only the team's answers count (with --db)")
	hc.register(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || !strings.Contains(pos[0], "@") {
		fs.Usage()
		return fmt.Errorf("%w: customer takes one mail address", errUsage)
	}
	dbSet := false
	fs.Visit(func(fl *flag.Flag) { dbSet = dbSet || fl.Name == "db" })
	if !dbSet && (f.store.postgresDSN != "" || os.Getenv(envPostgresDSN) != "") {
		f.store.dbPath = ""
	}
	var resp *hotlinev1.GetCustomerResponse
	if f.addr != "" {
		g, err := dialAlerts(f)
		if err != nil {
			return err
		}
		defer g.Close()
		resp, err = hotlinev1.NewCustomerServiceClient(g.conn).GetCustomer(ctx, &hotlinev1.GetCustomerRequest{Address: pos[0]})
		if err != nil {
			return g.error(err)
		}
	} else {
		if err := f.store.validate(); err != nil {
			return err
		}
		if f.store.postgresDSN == "" {
			if _, err := os.Stat(f.store.dbPath); err != nil {
				return fmt.Errorf("customer: database %s: %w", f.store.dbPath, err)
			}
		}
		st, err := f.store.open(ctx)
		if err != nil {
			return err
		}
		defer st.Close()
		var isTeam func(string) bool
		if *routing != "" {
			cfg, err := route.LoadConfig(*routing)
			if err != nil {
				return err
			}
			isTeam = cfg.IsTeam
		}
		book, err := hc.book(st, isTeam)
		if err != nil {
			return err
		}
		resp, err = api.NewCustomerServer(book).GetCustomer(ctx, &hotlinev1.GetCustomerRequest{Address: pos[0]})
		if err != nil {
			return errors.New(status.Convert(err).Message())
		}
	}
	printCustomer(stdout, resp)
	return nil
}

func printCustomer(w io.Writer, c *hotlinev1.GetCustomerResponse) {
	ts := func(t interface{ AsTime() time.Time }) string {
		return t.AsTime().Local().Format("Mon 2006-01-02 15:04")
	}
	fmt.Fprintf(w, "Customer:  %s\n", c.GetKey())
	if c.GetLine() != "" {
		fmt.Fprintf(w, "History:   %s\n", c.GetLine())
	}
	level := c.GetLevel()
	if level == "" {
		level = "no raise"
	}
	fmt.Fprintf(w, "Unanswered: %d (next mail: %s)\n", c.GetUnanswered(), level)
	if len(c.GetInbound()) == 0 {
		fmt.Fprintln(w, "No mail within the history window.")
	}
	for _, m := range c.GetInbound() {
		fmt.Fprintf(w, "  in   %s  %-5s %s  %s\n", ts(m.GetTime()), m.GetLevel(), m.GetFrom(), m.GetSubject())
	}
	for _, m := range c.GetAnswers() {
		fmt.Fprintf(w, "  out  %s  %s  %s\n", ts(m.GetTime()), m.GetFrom(), m.GetSubject())
	}
	for _, a := range c.GetAlerts() {
		taken := "not taken"
		if a.GetAcknowledgedBy() != "" {
			taken = fmt.Sprintf("taken by %s via %s %s", a.GetAcknowledgedBy(), a.GetAcknowledgedVia(), ts(a.GetAcknowledgedTime()))
		}
		fmt.Fprintf(w, "  alert #%d %s, opened %s, %s\n", a.GetId(), strings.TrimPrefix(a.GetState().String(), "ALERT_STATE_"), ts(a.GetOpenedTime()), taken)
	}
}
