package mail

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	netmail "net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
)

// field is one unfolded header line; values are kept raw until asked for.
type field struct{ key, value string }

type header []field

func (h header) get(key string) string {
	for _, f := range h {
		if strings.EqualFold(f.key, key) {
			return f.value
		}
	}
	return ""
}

func (h header) has(key string) bool {
	for _, f := range h {
		if strings.EqualFold(f.key, key) {
			return true
		}
	}
	return false
}

// Limits on the top-level header: real mail stays far below them.
const (
	maxHeaderFields = 1000
	maxHeaderBytes  = 1 << 20
	maxFieldBytes   = 64 << 10
)

// readHeader reads the header block leniently. When a line is not a header
// field (no colon, invalid name) the block is taken to have ended there, and
// that line is returned to be read again as the start of the body: mail
// without a header or without the blank separator line is still read.
func (p *parser) readHeader(br *bufio.Reader) (header, []byte) {
	var h header
	// The value of the last field is built here and stored when the next
	// field starts, so long folded fields are assembled in linear time.
	var value strings.Builder
	commit := func() {
		if len(h) > 0 {
			h[len(h)-1].value = value.String()
		}
		value.Reset()
	}
	defer commit()
	total := 0
	first := true
	for {
		line, err := br.ReadSlice('\n')
		if len(line) == 0 && err != nil {
			return h, nil
		}
		if err == bufio.ErrBufferFull {
			// An overlong line: decide on its first chunk; a header field
			// has its name there.
			chunk := bytes.Clone(line)
			if !looksLikeField(chunk) && !isContinuation(chunk) {
				p.endOfHeader(h)
				return h, chunk
			}
			line = chunk
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			p.problem("overlong header line truncated")
		}
		text := strings.TrimRight(string(line), "\r\n")
		if text == "" {
			if first {
				// A leading blank line: there is no header, the rest is body.
				p.problem("message has no header")
			}
			return h, nil
		}
		if first && strings.HasPrefix(text, "From ") {
			// mbox separator line.
			first = false
			continue
		}
		first = false
		total += len(text)
		if total > maxHeaderBytes || len(h) >= maxHeaderFields {
			p.problem("header too large; extra fields dropped")
			continue
		}
		if isContinuation(line) {
			if len(h) == 0 {
				p.problem("header starts with a continuation line")
				continue
			}
			if value.Len() < maxFieldBytes {
				value.WriteByte(' ')
				value.WriteString(strings.TrimSpace(text))
			}
			continue
		}
		if !looksLikeField(line) {
			p.endOfHeader(h)
			return h, bytes.Clone(line)
		}
		commit()
		i := strings.IndexByte(text, ':')
		key := textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(text[:i]))
		h = append(h, field{key: key})
		value.WriteString(strings.TrimSpace(text[i+1:]))
		if err != nil {
			return h, nil
		}
	}
}

func (p *parser) endOfHeader(h header) {
	if len(h) == 0 {
		p.problem("message has no header")
		return
	}
	p.problem("header not followed by a blank line")
}

func isContinuation(line []byte) bool {
	return len(line) > 0 && (line[0] == ' ' || line[0] == '\t')
}

// looksLikeField reports whether line starts with "Name:" where Name is made
// of printable ASCII, as RFC 5322 requires.
func looksLikeField(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i > 200 {
		return false
	}
	key := bytes.TrimRight(line[:i], " \t")
	if len(key) == 0 {
		return false
	}
	for _, c := range key {
		if c < 33 || c > 126 {
			return false
		}
	}
	return true
}

// wordDecoder decodes RFC 2047 encoded-words in any charset go-message knows.
// A word in an unknown charset keeps its bytes (made valid UTF-8 later by
// cleanLine) instead of failing the whole header, and is reported.
func (p *parser) wordDecoder(name string) *mime.WordDecoder {
	return &mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
		cr, err := charset.Reader(cs, r)
		if err != nil {
			p.problem(fmt.Sprintf("unknown charset %s in %s header", truncateUTF8(cleanLine(cs), 40), name))
			return r, nil
		}
		return cr, nil
	}}
}

// text decodes an unstructured header value (Subject, a display name) into
// clean single-line UTF-8, recording problems against name.
func (p *parser) text(name, v string) string {
	v = p.toUTF8(name, v)
	dec, err := p.wordDecoder(name).DecodeHeader(v)
	if err != nil {
		p.problem(fmt.Sprintf("cannot decode %s header: %s", name, shortErr(err)))
		dec = v
	}
	return cleanLine(dec)
}

// toUTF8 turns raw 8-bit header bytes into valid UTF-8. Undeclared 8-bit
// headers are almost always Windows-1252 (or its subset ISO-8859-1).
func (p *parser) toUTF8(name, v string) string {
	if utf8.ValidString(v) {
		return v
	}
	p.problem(fmt.Sprintf("8-bit data in %s header", name))
	return decode1252(v)
}

func decode1252(v string) string {
	s, err := charmap.Windows1252.NewDecoder().String(v)
	if err != nil {
		return strings.ToValidUTF8(v, "\uFFFD")
	}
	return s
}

// cleanLine collapses all whitespace and control characters to single
// spaces so header values are safe to log and display.
func cleanLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// envelope fills the addressing and threading fields from the top header.
func (p *parser) envelope(h header) {
	m := p.msg
	m.Subject = p.text("Subject", h.get("Subject"))
	if from := h.get("From"); from != "" {
		addrs := p.addresses("From", from)
		if len(addrs) > 0 {
			m.From, m.FromName = addrs[0].Address, addrs[0].Name
		}
	}
	for _, a := range p.addresses("To", h.get("To")) {
		m.To = append(m.To, a.Address)
	}
	if ids := msgIDs(p.toUTF8("Message-ID", h.get("Message-Id"))); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	if ids := msgIDs(p.toUTF8("In-Reply-To", h.get("In-Reply-To"))); len(ids) > 0 {
		m.InReplyTo = ids[0]
	}
	m.References = msgIDs(p.toUTF8("References", h.get("References")))
	if d := h.get("Date"); d != "" {
		t, ok := parseDate(p.toUTF8("Date", d))
		if !ok {
			p.problem("bad Date header")
		}
		m.Date = t
	}
	for _, name := range selectedHeaders {
		if h.has(name) {
			m.Headers[name] = p.text(name, h.get(name))
		}
	}
}

// addresses parses an address list, falling back to picking out anything
// that looks like an address when the header is not RFC 5322.
func (p *parser) addresses(name, v string) []*netmail.Address {
	v = strings.TrimSpace(p.toUTF8(name, v))
	if v == "" {
		return nil
	}
	ap := netmail.AddressParser{WordDecoder: p.wordDecoder(name)}
	if list, err := ap.ParseList(v); err == nil {
		for _, a := range list {
			a.Name = cleanLine(a.Name)
		}
		return list
	}
	var out []*netmail.Address
	for _, piece := range splitAddresses(v) {
		if a := p.looseAddress(name, piece); a != nil {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		p.problem(fmt.Sprintf("unparseable %s header", name))
	}
	return out
}

// splitAddresses splits on commas outside quotes and angle brackets.
func splitAddresses(v string) []string {
	var out []string
	quoted, angle, start := false, false, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '"':
			quoted = !quoted
		case c == '<' && !quoted:
			angle = true
		case c == '>' && !quoted:
			angle = false
		case c == ',' && !quoted && !angle:
			out = append(out, v[start:i])
			start = i + 1
		}
	}
	return append(out, v[start:])
}

func (p *parser) looseAddress(name, s string) *netmail.Address {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '<'); i >= 0 {
		addr := s[i+1:]
		if j := strings.IndexByte(addr, '>'); j >= 0 {
			addr = addr[:j]
		}
		addr = strings.TrimSpace(addr)
		if !strings.Contains(addr, "@") {
			return nil
		}
		display := strings.Trim(strings.TrimSpace(s[:i]), `"'`)
		return &netmail.Address{Name: p.text(name, display), Address: cleanLine(addr)}
	}
	for _, tok := range strings.Fields(s) {
		tok = strings.Trim(tok, `"'()<>;`)
		if strings.Contains(tok, "@") {
			return &netmail.Address{Address: cleanLine(tok)}
		}
	}
	return nil
}

// msgIDs extracts message ids without their angle brackets. Ids in brackets
// are preferred; bare whitespace-separated ids are accepted when there are none.
func msgIDs(v string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		id = strings.Map(func(r rune) rune {
			if r == '<' || r == '>' || unicode.IsSpace(r) || unicode.IsControl(r) {
				return -1
			}
			return r
		}, id)
		if id == "" || len(id) > 998 || seen[id] {
			return
		}
		seen[id] = true
		out = append(out, id)
	}
	rest := v
	for {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '>')
		if j < 0 {
			add(rest[i+1:])
			break
		}
		add(rest[i+1 : i+j])
		rest = rest[i+j+1:]
	}
	if len(out) == 0 {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				add(strings.Trim(f, "<>"))
			}
		}
	}
	return out
}

// dateLayouts are formats seen in the wild that net/mail rejects.
var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon, 2 Jan 2006 15:04:05",
	time.RFC3339,
}

func parseDate(v string) (time.Time, bool) {
	v = cleanLine(v)
	// Nearly every mailer writes exactly this form; net/mail tries it only
	// after a dozen layouts that each fail with an allocated error.
	if t, err := time.Parse(time.RFC1123Z, v); err == nil {
		return t, true
	}
	if t, err := netmail.ParseDate(v); err == nil {
		return t, true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// shortErr keeps problem strings short and free of raw input.
func shortErr(err error) string {
	s := cleanLine(strings.ToValidUTF8(err.Error(), "\uFFFD"))
	return truncateUTF8(s, 120)
}
