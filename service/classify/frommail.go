package classify

import "github.com/hotline/hotline/service/mail"

// FromMail turns a parsed mail into classifier input. The mail package
// already prefers text/plain and converts HTML-only bodies, so HTML is
// passed on only for the case where no text came out of it.
func FromMail(m *mail.Message) Input {
	if m == nil {
		return Input{}
	}
	return Input{Subject: m.Subject, Text: m.Text, HTML: m.HTML, From: m.From, Headers: m.Headers}
}
