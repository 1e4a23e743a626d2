package mail

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
)

// forwardAsAttachment wraps inner in a multipart/mixed message whose first
// part is the forwarder's note, as mail clients send "forward as
// attachment".
func forwardAsAttachment(note, inner string, n int) string {
	return fmt.Sprintf("From: Desk <desk%d@example.com>\r\nSubject: Fwd: level %d\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n"+
		"--b%d\r\nContent-Type: text/plain\r\n\r\n%s\r\n"+
		"--b%d\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"fwd.eml\"\r\n\r\n%s\r\n"+
		"--b%d--\r\n", n, n, n, n, note, n, inner, n)
}

const complaint = "From: Dana <dana@bakery.example>\r\nSubject: =?utf-8?q?Third_time=E2=80=94refund_NOW?=\r\n" +
	"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
	"I am furious. Your service is down AGAIN and nobody answers.\r\n\r\n-- \r\nDana\r\n"

func TestParseForwardedAsAttachment(t *testing.T) {
	raw := forwardAsAttachment("Can someone senior take this one?\r\n\r\n-- \r\nDesk", complaint, 1)
	m, err := Parse(strings.NewReader(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "senior") || strings.Contains(m.Text, "furious") {
		t.Errorf("Text should hold the forwarder's words only: %q", m.Text)
	}
	if len(m.Forwarded) != 1 {
		t.Fatalf("got %d forwarded messages, want 1", len(m.Forwarded))
	}
	f := m.Forwarded[0]
	if f.From != "dana@bakery.example" || f.FromName != "Dana" || f.Subject != "Third time—refund NOW" {
		t.Errorf("envelope: %+v", f)
	}
	if !strings.Contains(f.Text, "I am furious.") {
		t.Errorf("forwarded text %q lacks the complaint", f.Text)
	}
	if len(m.Attachments) != 1 || m.Attachments[0].ContentType != "message/rfc822" || m.Attachments[0].Name != "fwd.eml" || m.Attachments[0].Size == 0 {
		t.Errorf("attachments: %+v", m.Attachments)
	}
	if len(m.Problems) != 0 {
		t.Errorf("problems: %q", m.Problems)
	}
}

// TestParseForwardNesting checks that forwards of forwards are read
// outermost first down to MaxForwardDepth, and deeper ones only listed.
func TestParseForwardNesting(t *testing.T) {
	raw := complaint
	levels := MaxForwardDepth + 2
	for i := 1; i <= levels; i++ {
		raw = forwardAsAttachment(fmt.Sprintf("note %d", i), raw, i)
	}
	m, err := Parse(strings.NewReader(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Forwarded) != MaxForwardDepth {
		t.Fatalf("got %d forwarded, want %d", len(m.Forwarded), MaxForwardDepth)
	}
	for i, f := range m.Forwarded {
		want := fmt.Sprintf("note %d", levels-1-i)
		if !strings.Contains(f.Text, want) {
			t.Errorf("forwarded[%d] = %q, want the text %q (outermost first)", i, f.Text, want)
		}
	}
	if !strings.Contains(strings.Join(m.Problems, "\n"), "nested too deeply") {
		t.Errorf("no problem reported for the nesting: %q", m.Problems)
	}
	if len(m.Attachments) != MaxForwardDepth+1 {
		t.Errorf("got %d attachments, want every attached message listed (%d)", len(m.Attachments), MaxForwardDepth+1)
	}
}

func TestParseForwardedBase64(t *testing.T) {
	inner := "From: a@example.com\r\nSubject: hi\r\n\r\nThe invoice is wrong.\r\n"
	raw := "From: b@example.com\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		b64(inner) + "\r\n"
	m, err := Parse(strings.NewReader(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Forwarded) != 1 || !strings.Contains(m.Forwarded[0].Text, "invoice is wrong") {
		t.Errorf("forwarded: %+v", m.Forwarded)
	}
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
