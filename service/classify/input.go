package classify

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/hotline/hotline/service/mail"
)

// ParseInput reads raw as a mail when it starts with RFC 5322 header
// fields, and as plain text otherwise, so a saved .eml file, a message cut
// from an mbox and a pasted paragraph can all be scored.
func ParseInput(raw []byte) (Input, error) {
	// a message saved from an mbox starts with a "From sender date" line
	if bytes.HasPrefix(raw, []byte("From ")) {
		if i := bytes.IndexByte(raw, '\n'); i >= 0 && looksLikeMail(raw[i+1:]) {
			raw = raw[i+1:]
		}
	}
	if !looksLikeMail(raw) {
		return Input{Text: string(raw)}, nil
	}
	m, err := mail.Parse(bytes.NewReader(raw), mail.Options{})
	if err != nil {
		return Input{}, fmt.Errorf("parse mail: %w", err)
	}
	return FromMail(m), nil
}

// Empty reports whether in holds no text, markup or subject: nothing to
// score, which callers report instead of a COOL result.
func (in Input) Empty() bool {
	return strings.TrimSpace(in.Text) == "" && strings.TrimSpace(in.Subject) == "" && strings.TrimSpace(in.HTML) == ""
}

// looksLikeMail reports whether the first lines are header fields ("Name:
// value" with a token name, continuation lines allowed) and at least one
// of them is a header mail always has.
func looksLikeMail(raw []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	known := false
	lines := 0
	for sc.Scan() && lines < 50 {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			return known && lines > 0
		}
		lines++
		if line[0] == ' ' || line[0] == '\t' {
			if lines == 1 {
				return false
			}
			continue
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			return false
		}
		switch strings.ToLower(name) {
		case "from", "to", "subject", "date", "message-id", "received", "mime-version", "return-path", "content-type":
			known = true
		}
	}
	return known && lines > 0
}
