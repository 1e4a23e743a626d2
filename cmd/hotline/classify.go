package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/hotline/hotline/service/classify"
)

func runClassify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("classify", "classify [--json] [FILE|-]", stderr)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one FILE", errUsage)
	}
	raw, source, err := readInput(fs.Arg(0), -1, "the mail or text to score", stderr)
	if err != nil {
		return err
	}
	in, err := classify.ParseInput(raw)
	if err != nil {
		return err
	}
	if in.Empty() {
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
		return res.WriteJSON(stdout)
	}
	return res.WriteText(stdout)
}

// readInput reads the named file, or standard input for "" and "-" (at
// most limit bytes when limit >= 0), and returns the source's name for
// messages.
func readInput(name string, limit int64, what string, stderr io.Writer) ([]byte, string, error) {
	if name != "" && name != "-" {
		raw, err := os.ReadFile(name)
		return raw, name, err
	}
	if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		// Waiting silently on a terminal looks like a hang.
		fmt.Fprintf(stderr, "reading %s from standard input; end with Ctrl-D\n", what)
	}
	var r io.Reader = os.Stdin
	if limit >= 0 {
		r = io.LimitReader(r, limit)
	}
	raw, err := io.ReadAll(r)
	return raw, "standard input", err
}
