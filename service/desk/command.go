package desk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/hotline/hotline/service/store"
)

// Command is one thing a person asks of the desk: a verb (list, show, ack
// or resolve) and, for all but list, an alert ID.
type Command struct {
	Verb string
	ID   int64
}

// Params are the settings a Command runs with.
type Params struct {
	// By is the person acknowledging or resolving.
	By string
	// Called records, with ack, that By called the customer back.
	Called bool
	// States and Limit choose the alerts list shows.
	States []store.State
	Limit  int
}

// VerbError is ParseCommand's error for a missing or unknown verb, after
// which the caller may show what the verbs are.
type VerbError struct{ msg string }

func (e *VerbError) Error() string { return e.msg }

// ParseCommand reads a command as people type it: "list", "show 3",
// "ack #3", "acknowledge 3" or "resolve 3".
func ParseCommand(args []string) (Command, error) {
	if len(args) == 0 {
		return Command{}, &VerbError{"alerts needs a verb: list, show, ack or resolve"}
	}
	c := Command{Verb: args[0]}
	switch c.Verb {
	case "list":
		if len(args) != 1 {
			return c, errors.New("alerts list takes no arguments")
		}
		return c, nil
	case "show", "ack", "acknowledge", "resolve":
		if len(args) != 2 {
			return c, fmt.Errorf("alerts %s takes exactly one alert ID", c.Verb)
		}
		var err error
		c.ID, err = ParseID(args[1])
		return c, err
	}
	return c, &VerbError{fmt.Sprintf("unknown alerts verb %q", c.Verb)}
}

// ParseID reads an alert ID as people write it, with or without "#".
func ParseID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimPrefix(s, "#"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("alert ID %q is not a positive number", s)
	}
	return id, nil
}

// Changes reports whether the command changes the alert, and so needs
// Params.By.
func (c Command) Changes() bool { return c.Verb != "list" && c.Verb != "show" }

// Run does c on the desk and writes the result to w as text.
func (d *Desk) Run(ctx context.Context, w io.Writer, c Command, p Params) error {
	switch c.Verb {
	case "list":
		as, err := d.List(ctx, p.States, p.Limit)
		if err != nil {
			return err
		}
		return WriteAlerts(w, as)
	case "show":
		a, err := d.Show(ctx, c.ID)
		if err != nil {
			return err
		}
		return a.WriteText(w)
	case "resolve":
		if _, err := d.Resolve(ctx, c.ID, p.By); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "alert %d resolved by %s\n", c.ID, p.By)
		return err
	}
	a, err := d.Acknowledge(ctx, c.ID, p.By, p.Called)
	if err != nil {
		return err
	}
	return WriteTaken(w, c.ID, a, p.By, p.Called)
}
