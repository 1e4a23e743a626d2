package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/desk"
	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/route"
)

func runCustomer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f desk.Source
	var hc history.Options
	fs := newFlagSet("customer", "customer ADDRESS [--db PATH | --postgres DSN | --addr HOST:PORT] [--routing-config FILE]", stderr)
	f.AddFlags(fs, "SQLite database `path`", "use the gRPC API of a running service at `host:port` instead of --db")
	routing := fs.String("routing-config", "", "routing config `file` naming the team, so only the team's answers count (with --db)")
	hc.AddFlags(fs)
	pos, err := parseSource(fs, &f, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || !strings.Contains(pos[0], "@") {
		fs.Usage()
		return fmt.Errorf("%w: customer takes one mail address", errUsage)
	}
	d, err := desk.Connect(ctx, "customer", f, func(st desk.Store) (api.CustomerBook, error) {
		var isTeam func(string) bool
		if *routing != "" {
			cfg, err := route.LoadConfig(*routing)
			if err != nil {
				return nil, err
			}
			isTeam = cfg.IsTeam
		}
		hc.IsTeam = isTeam
		b, err := history.New(st, hc)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		return b, nil
	})
	if err != nil {
		return usageError(err)
	}
	defer d.Close()
	c, err := d.Customer(ctx, pos[0])
	if err != nil {
		return err
	}
	return desk.WriteCustomer(stdout, c)
}
