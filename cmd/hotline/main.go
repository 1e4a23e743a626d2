// Command hotline reads support mail, scores it for anger and urgency, and
// routes the hot messages to a senior person until somebody answers.
//
// Each subcommand lives in its own file, listed in commands; they parse flags,
// read secrets and print, and service/app builds what they run.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/hotline/hotline/service/app"
)

// command is one subcommand; run gets the arguments after its name.
type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// hangups returns the SIGHUPs received from now on, which serve turns into
// reloads; a signal sent while serve starts up waits instead of killing it.
func hangups() <-chan os.Signal {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	return hup
}

// errUsage marks an error caused by bad arguments; main exits 2 for it.
var errUsage = errors.New("usage")

// commands lists the subcommands, in the order usage shows them.
func commands() []command {
	return []command{
		{"alerts", "list, show, acknowledge or resolve alerts (list|show|ack|resolve)", runAlerts},
		{"bench", "load-test the classifier API and print throughput and latency", runBench},
		{"check-config", "validate a routing config file and summarise it", runCheckConfig},
		{"classify", "score one mail (.eml) or text for anger, urgency and heat", runClassify},
		{"coach", "check a draft reply to an upset customer before sending it", runCoach},
		{"customer", "show a customer's history: recent mail, our answers, alerts", runCustomer},
		{"demo", "run the full pipeline in-process on sample mail (IMAP, SMTP and web on 127.0.0.1)", runDemo},
		{"eval", "measure the classifier on a labelled TSV against the naive Bayes baseline", runEval},
		{"ingest", "read IMAP mailboxes, score new mail and record it", runIngest},
		{"serve", "serve the gRPC API, Prometheus metrics and a health probe", runServe},
		{"train", "fit the anger model on a labelled TSV and write its weights", runTrain},
		{"version", "print the version, Go version and source revision", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(shownError)): // the flag package printed it, above the usage
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, "hotline:", err)
	if errors.Is(err, errUsage) {
		os.Exit(2)
	}
	os.Exit(1)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return fmt.Errorf("%w: no subcommand given", errUsage)
		}
		return nil
	}
	for _, c := range cmds {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	usage(stderr, cmds)
	return fmt.Errorf("%w: unknown subcommand %q", errUsage, args[0])
}

func usage(w io.Writer, cmds []command) {
	fmt.Fprint(w, "Usage: hotline <command> [flags]\n\nCommands:\n")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-14s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'hotline <command> --help' for the flags of a command.\n")
}

// newFlagSet returns a flag set that returns errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: hotline %s\n", synopsis)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n == 0 {
			fmt.Fprintln(stderr, "\nThis command takes no flags.")
			return
		}
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// shownError is a usage error the flag package already printed.
type shownError struct{ error }

func (e shownError) Unwrap() error { return e.error }

// usageError is err with each problem of an *app.InvalidError a usage error.
func usageError(err error) error { return errors.Join(usageErrors(err)...) }

// usageErrors lists err, each problem of an *app.InvalidError a usage error.
func usageErrors(err error) []error {
	var inv *app.InvalidError
	if !errors.As(err, &inv) {
		return []error{err}
	}
	errs := make([]error, len(inv.Problems))
	for i, p := range inv.Problems {
		errs[i] = fmt.Errorf("%w: %v", errUsage, p)
	}
	return errs
}

// parseFlags parses args into fs and maps flag errors to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return shownError{fmt.Errorf("%w: %v", errUsage, err)}
	}
	return nil
}
