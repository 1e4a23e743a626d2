// Command hotline reads support mail, scores it for anger and urgency, and
// routes the hot messages to a senior person until somebody answers.
//
// Each subcommand lives in its own file and is listed in commands. They
// parse flags, read secrets and print; the application they run is built
// in service/app.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/hotline/hotline/service/app"
)

// command is one subcommand of the hotline binary.
type command struct {
	name    string
	summary string
	// run parses args (without the subcommand name) and does the work. It
	// returns errHelp after printing usage when the user asked for help.
	run func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// hangups returns the SIGHUPs this process receives from now on, which
// serve turns into reloads of its routing config. It is called as soon as
// serve knows it can reload, so a signal sent while it starts up waits
// instead of ending the process.
func hangups() <-chan os.Signal {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	return hup
}

// errUsage marks an error caused by bad arguments; main exits 2 for it.
var errUsage = errors.New("usage")

// commands lists the subcommands, in the order usage shows them.
func commands() []command {
	return []command{alertsCmd, benchCmd, checkConfigCmd, classifyCommand, coachCmd, customerCmd, demoCmd, evalCommand,
		ingestCmd, serveCmd, trainCommand, versionCmd}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(shownError)):
		// The flag package printed it, above the usage.
		os.Exit(2)
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "hotline:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "hotline:", err)
		os.Exit(1)
	}
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
	fmt.Fprintln(w, "Usage: hotline <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-14s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'hotline <command> --help' for the flags of a command.")
}

// newFlagSet returns a flag set that reports errors instead of exiting, so
// run can return them and tests can call subcommands in-process.
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

// shownError is a usage error the flag package already printed (with the
// usage below it), so main must not print it again.
type shownError struct{ error }

func (e shownError) Unwrap() error { return e.error }

// usageErrors is err as a list, each problem of an *app.InvalidError a
// usage error, so main exits 2 and prints them all.
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

// secret reads a secret from file, or from the environment variable env
// when no file is named.
func secret(file, env string) (string, error) {
	if file == "" {
		return os.Getenv(env), nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("read secret: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
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
