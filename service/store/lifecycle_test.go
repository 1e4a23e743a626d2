package store_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/store"
)

func TestStateNext(t *testing.T) {
	tests := []struct {
		from    store.State
		ev      store.EventKind
		want    store.State
		wantErr bool
	}{
		{"", store.EventOpened, store.AlertOpen, false},
		{store.AlertOpen, store.EventNotified, store.AlertNotified, false},
		{store.AlertOpen, store.EventAcknowledged, store.AlertAcknowledged, false},
		{store.AlertNotified, store.EventAcknowledged, store.AlertAcknowledged, false},
		{store.AlertNotified, store.EventResolved, store.AlertResolved, false},
		{store.AlertAcknowledged, store.EventResolved, store.AlertResolved, false},
		{store.AlertOpen, store.EventEscalated, store.AlertOpen, false},
		{store.AlertAcknowledged, store.EventMessage, store.AlertAcknowledged, false},
		{store.AlertAcknowledged, store.EventReminded, store.AlertAcknowledged, false},
		{store.AlertNotified, store.EventNotified, store.AlertNotified, true},
		{store.AlertAcknowledged, store.EventAcknowledged, store.AlertAcknowledged, true},
		{store.AlertResolved, store.EventAcknowledged, store.AlertResolved, true},
		{store.AlertResolved, store.EventResolved, store.AlertResolved, true},
		{store.AlertOpen, store.EventOpened, store.AlertOpen, true},
		{"PAUSED", store.EventMessage, "PAUSED", true},
	}
	for _, tt := range tests {
		got, err := tt.from.Next(tt.ev)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("%q.Next(%s) = %q, %v; want %q, error %v", tt.from, tt.ev, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !errors.Is(err, store.ErrTransition) {
			t.Errorf("%q.Next(%s) error %v is not ErrTransition", tt.from, tt.ev, err)
		}
	}
}

func TestParseState(t *testing.T) {
	for _, s := range store.States() {
		if got, err := store.ParseState(" " + s.String() + " "); err != nil || got != s {
			t.Errorf("ParseState(%q) = %q, %v", s, got, err)
		}
	}
	if got, err := store.ParseState("open"); err != nil || got != store.AlertOpen {
		t.Errorf("ParseState(open) = %q, %v; want OPEN", got, err)
	}
	if _, err := store.ParseState("snoozed"); err == nil {
		t.Error("ParseState(snoozed) succeeded")
	}
}

func TestParseStates(t *testing.T) {
	tests := []struct {
		in   string
		want []store.State
	}{
		{"", []store.State{store.AlertOpen, store.AlertNotified, store.AlertAcknowledged}},
		{"resolved", []store.State{store.AlertResolved}},
		{"open, Notified", []store.State{store.AlertOpen, store.AlertNotified}},
		{"open,all", store.States()},
	}
	for _, tt := range tests {
		got, err := store.ParseStates(tt.in)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("ParseStates(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := store.ParseStates("open,snoozed "); err == nil || !strings.Contains(err.Error(), `"SNOOZED"`) {
		t.Errorf("ParseStates(open,snoozed) = %v, want an error naming SNOOZED", err)
	}
}
