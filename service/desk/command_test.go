package desk

import (
	"errors"
	"testing"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		args []string
		want Command
		err  string
		verb bool // a *VerbError
	}{
		{[]string{"list"}, Command{Verb: "list"}, "", false},
		{[]string{"show", "3"}, Command{Verb: "show", ID: 3}, "", false},
		{[]string{"ack", "#12"}, Command{Verb: "ack", ID: 12}, "", false},
		{[]string{"acknowledge", "4"}, Command{Verb: "acknowledge", ID: 4}, "", false},
		{[]string{"resolve", "5"}, Command{Verb: "resolve", ID: 5}, "", false},
		{nil, Command{}, "alerts needs a verb: list, show, ack or resolve", true},
		{[]string{"snooze", "1"}, Command{}, `unknown alerts verb "snooze"`, true},
		{[]string{"list", "1"}, Command{}, "alerts list takes no arguments", false},
		{[]string{"show"}, Command{}, "alerts show takes exactly one alert ID", false},
		{[]string{"ack", "1", "2"}, Command{}, "alerts ack takes exactly one alert ID", false},
		{[]string{"ack", "x"}, Command{}, `alert ID "x" is not a positive number`, false},
		{[]string{"resolve", "0"}, Command{}, `alert ID "0" is not a positive number`, false},
	}
	for _, tt := range tests {
		got, err := ParseCommand(tt.args)
		if tt.err == "" {
			if err != nil || got != tt.want {
				t.Errorf("ParseCommand(%q) = %+v, %v; want %+v", tt.args, got, err, tt.want)
			}
			continue
		}
		if err == nil || err.Error() != tt.err || errors.As(err, new(*VerbError)) != tt.verb {
			t.Errorf("ParseCommand(%q) error %v; want %q (verb error %v)", tt.args, err, tt.err, tt.verb)
		}
	}
	for verb, changes := range map[string]bool{"list": false, "show": false, "ack": true, "acknowledge": true, "resolve": true} {
		if (Command{Verb: verb}).Changes() != changes {
			t.Errorf("%s: Changes() = %v", verb, !changes)
		}
	}
}
