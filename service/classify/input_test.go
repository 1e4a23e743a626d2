package classify

import (
	"strings"
	"testing"
)

func TestParseInputMbox(t *testing.T) {
	raw := "From alice@example.com Mon Nov  3 09:12:44 2025\nFrom: alice@example.com\nSubject: Server down\n\nNothing works since 8am.\n"
	in, err := ParseInput([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if in.Subject != "Server down" || strings.Contains(in.Text, "From") {
		t.Errorf("input %+v", in)
	}
}

func TestLooksLikeMail(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"From: a@example.com\nSubject: hi\n\nbody", true},
		{"Received: from x\n\tby y\nSubject: hi\n\nbody", true},
		{"Hello team,\nthe server is down.", false},
		{"Note: call me\n\nthanks", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksLikeMail([]byte(tt.in)); got != tt.want {
			t.Errorf("looksLikeMail(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
