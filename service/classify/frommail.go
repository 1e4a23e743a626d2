package classify

import (
	"strings"

	"github.com/hotline/hotline/service/mail"
)

// FromMail turns a parsed mail into classifier input. The mail package
// already prefers text/plain and converts HTML-only bodies, so HTML is
// passed on only for the case where no text came out of it.
//
// Messages attached to the mail (a forward as attachment, what people and
// helpdesks do to pass a complaint on) are scored with it: each is prepared
// on its own like a body, its quotes and signature cut and its subject kept
// unless inherited, and appended after the forwarder's own words, which come
// first. Preparing each part separately matters: the forwarder's signature
// or quoted history must not cut off the complaint below it.
func FromMail(m *mail.Message) Input {
	if m == nil {
		return Input{}
	}
	in := Input{Subject: m.Subject, Text: m.Text, HTML: m.HTML, From: m.From, Headers: m.Headers}
	if len(m.Forwarded) == 0 {
		return in
	}
	var b strings.Builder
	b.WriteString(Prepare("", m.Text))
	for _, f := range m.Forwarded {
		if b.Len() >= MaxBodyBytes {
			break
		}
		p := Prepare(f.Subject, f.Text)
		if strings.TrimSpace(p) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	in.Text = b.String()
	if in.Text != "" {
		// The text covers what HTML would have given.
		in.HTML = ""
	}
	return in
}
