package mail

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	netmail "net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
	"golang.org/x/text/encoding/charmap"
)

// Limits on the top-level header: real mail stays far below them.
const (
	maxHeaderFields = 1000
	maxHeaderBytes  = 1 << 20
	maxFieldBytes   = 64 << 10
)

// readFields are the header fields Parse reads. readHeader keeps only these
// (at most 32, one bit each in header.has): the others (Received,
// DKIM-Signature, ARC and X- fields, most of a real header's bytes) are
// counted and skipped.
var readFields = [...]string{
	"Subject", "From", "To", "Message-Id", "In-Reply-To", "References", "Date",
	"Content-Type", "Content-Disposition", "Content-Transfer-Encoding",
	// selectedHeaders
	"Importance", "X-Priority", "Priority", "X-MSMail-Priority", "Auto-Submitted",
	"Precedence", "Content-Language", "List-Id",
}

// isReadField reports whether name (as written, without the colon) is one
// of readFields. Field names match regardless of case.
func isReadField(name []byte) bool {
	for _, f := range readFields {
		if len(f) == len(name) && equalFoldASCII(name, f) {
			return true
		}
	}
	return false
}

func equalFoldASCII[T ~string | ~[]byte](b T, s string) bool {
	for i := range len(b) {
		c, d := b[i], s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'A' <= d && d <= 'Z' {
			d += 'a' - 'A'
		}
		if c != d {
			return false
		}
	}
	return true
}

// header holds the fields of a header block that Parse reads (readFields):
// the value of the first occurrence of each, unfolded as go-message's
// textproto.ReadHeader unfolds it, and the number of fields the block had,
// read or skipped.
type header struct {
	values [len(readFields)]string
	has    uint32 // bit i: readFields[i] occurs
	fields int
}

// header.has has a bit for each of readFields.
var _ [32 - len(readFields)]struct{}

// Get returns the value of the first field named name, as message.Header's
// Get does, or "". Names match regardless of case.
func (h *header) Get(name string) string {
	if i := readFieldIndex(name); i >= 0 {
		return h.values[i]
	}
	return ""
}

// Has reports whether a field named name occurs.
func (h *header) Has(name string) bool {
	i := readFieldIndex(name)
	return i >= 0 && h.has&(1<<i) != 0
}

// readFieldIndex returns the index of name in readFields, matched
// regardless of ASCII case, or -1.
func readFieldIndex[T ~string | ~[]byte](name T) int {
	for i, f := range readFields {
		if len(f) == len(name) && equalFoldASCII(name, f) {
			return i
		}
	}
	return -1
}

// set records the field whose first line is text (without its CRLF) and
// whose continuation lines are conts, each ending in CRLF. Only the first
// occurrence of a name keeps its value, as message.Header's Get returns it.
func (h *header) set(text, conts []byte) {
	colon := bytes.IndexByte(text, ':')
	i := readFieldIndex(bytes.Trim(text[:colon], " \t"))
	if i < 0 || h.has&(1<<i) != 0 {
		return
	}
	h.has |= 1 << i
	v := text[colon+1:]
	if len(conts) == 0 {
		h.values[i] = string(trimContinued(v))
		return
	}
	// go-message joins the lines of a folded field, each stripped of a
	// trailing CR and of the spaces and tabs around it, with single
	// spaces, leaving out lines that are empty then.
	var b strings.Builder
	b.Grow(len(v) + len(conts))
	for l := v; ; {
		if l = trimContinued(l); len(l) > 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.Write(l)
		}
		if len(conts) == 0 {
			break
		}
		n := bytes.IndexByte(conts, '\n')
		l, conts = conts[:n], conts[n+1:]
	}
	h.values[i] = b.String()
}

// trimContinued strips l of a trailing CR and then of leading and trailing
// spaces and tabs.
func trimContinued(l []byte) []byte {
	l = bytes.TrimSuffix(l, []byte("\r"))
	return bytes.Trim(l, " \t")
}

// readHeader reads the header block leniently and keeps the fields in
// readFields, unfolded as go-message's textproto.ReadHeader would (which
// FuzzReadHeader checks). go-message fails at the first line that is not a
// field and consumes it, so the block's end is found here: when a line is
// not a header field (no colon, invalid name) the block is taken to have
// ended there, and that line is returned to be read again as the start of
// the body. Mail without a header, without the blank separator line or with
// an mbox "From " line is still read, and the size limits bound what is
// kept. part names the MIME part whose header this is, or is empty for a
// message.
func (p *parser) readHeader(br *bufio.Reader, part string) (header, []byte) {
	block := p.headerBlock[:0] // the accepted lines of read fields, each ending in CRLF
	var pushback []byte
	fields, total, fieldBytes := 0, 0, 0
	first, skip := true, false
	for {
		line, err := br.ReadSlice('\n')
		if len(line) == 0 && err != nil {
			break
		}
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: decide on its first chunk; a
			// header field has its name there. Keep up to maxFieldBytes.
			chunk := bytes.Clone(line)
			if !looksLikeField(chunk) && !isContinuation(chunk) {
				p.endOfHeader(fields, part)
				pushback = chunk
				break
			}
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				chunk = append(chunk, line[:min(len(line), max(maxFieldBytes-len(chunk), 0))]...)
			}
			if len(chunk) >= maxFieldBytes {
				p.headerProblem(part, "overlong header line truncated")
			}
			line = chunk
		}
		text := bytes.TrimRight(line, "\r\n")
		if len(text) == 0 {
			if first && part == "" {
				// A leading blank line: there is no header, the rest is
				// body. A part may have an empty header.
				p.problem("message has no header")
			}
			break
		}
		if first && part == "" && bytes.HasPrefix(text, []byte("From ")) {
			// mbox separator line.
			first = false
			continue
		}
		first = false
		total += len(text)
		if total > maxHeaderBytes || fields >= maxHeaderFields {
			p.headerProblem(part, "header too large; extra fields dropped")
			continue
		}
		switch {
		case isContinuation(line):
			if fields == 0 {
				p.headerProblem(part, "header starts with a continuation line")
				continue
			}
			if fieldBytes >= maxFieldBytes {
				continue
			}
			fieldBytes += len(text)
		case looksLikeField(line):
			fields++
			fieldBytes = len(text)
			name, _, _ := bytes.Cut(text, []byte(":"))
			skip = !isReadField(bytes.TrimRight(name, " \t"))
		default:
			p.endOfHeader(fields, part)
			pushback = bytes.Clone(line)
		}
		if pushback != nil {
			break
		}
		if !skip {
			block = append(append(block, text...), '\r', '\n')
		}
		if err != nil {
			break
		}
	}
	p.headerBlock = block
	h := header{fields: fields}
	if len(block) > 0 && isContinuation(block) {
		// Not expected (a continuation line without a field is dropped
		// above): let go-message say what it makes of it.
		p.readHeaderGoMessage(&h, block, part)
		return h, pushback
	}
	// Every line of block is a field or a continuation of one, checked
	// above, and ends in CRLF.
	for len(block) > 0 {
		n := bytes.IndexByte(block, '\n')
		text := block[:n-1]
		block = block[n+1:]
		end := 0
		for end < len(block) && isContinuation(block[end:]) {
			end += bytes.IndexByte(block[end:], '\n') + 1
		}
		h.set(text, block[:end])
		block = block[end:]
	}
	return h, pushback
}

// readHeaderGoMessage fills h from block with go-message's parser.
func (p *parser) readHeaderGoMessage(h *header, block []byte, part string) {
	p.headerSrc.Reset(block)
	if p.headerReader == nil {
		// Small: ReadHeader assembles longer lines from several reads.
		p.headerReader = bufio.NewReaderSize(&p.headerSrc, 512)
	} else {
		p.headerReader.Reset(&p.headerSrc)
	}
	th, err := textproto.ReadHeader(p.headerReader)
	if err != nil {
		p.headerProblem(part, fmt.Sprintf("cannot parse header: %s", shortErr(err)))
	}
	for i, name := range readFields {
		if th.Has(name) {
			h.has |= 1 << i
			h.values[i] = th.Get(name)
		}
	}
}

func (p *parser) endOfHeader(fields int, part string) {
	switch {
	case fields > 0:
		p.headerProblem(part, "header not followed by a blank line")
	case part == "":
		p.problem("message has no header")
	default:
		p.problem(fmt.Sprintf("part %s has no header", part))
	}
}

// headerProblem reports a problem with the header of a message (part "")
// or of a MIME part.
func (p *parser) headerProblem(part, s string) {
	if part != "" {
		s += " in part " + part
	}
	p.problem(s)
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
	if isCleanLine(s) {
		// Most values (a subject, an address, a date) are clean already:
		// return them as they are instead of copying them.
		return s
	}
	return collapseLine(s)
}

// collapseLine is cleanLine's full path: it copies s rune by rune,
// collapsing every run of whitespace and control characters to one space
// and dropping them at either end.
func collapseLine(s string) string {
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

// isCleanLine reports whether cleanLine would return s unchanged because it
// is printable ASCII with single spaces between words and none at either
// end. Anything else, including any byte above ASCII, takes the full path.
func isCleanLine(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || (c == ' ' && s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// envelope fills the addressing and threading fields from the top header.
func (p *parser) envelope(h *header) {
	m := p.msg
	m.Subject = p.text("Subject", h.Get("Subject"))
	if from := h.Get("From"); from != "" {
		addrs := p.addresses("From", from)
		if len(addrs) > 0 {
			m.From, m.FromName = addrs[0].Address, addrs[0].Name
		}
	}
	for _, a := range p.addresses("To", h.Get("To")) {
		m.To = append(m.To, a.Address)
	}
	if ids := msgIDs(p.toUTF8("Message-ID", h.Get("Message-Id"))); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	if ids := msgIDs(p.toUTF8("In-Reply-To", h.Get("In-Reply-To"))); len(ids) > 0 {
		m.InReplyTo = ids[0]
	}
	m.References = msgIDs(p.toUTF8("References", h.Get("References")))
	if d := h.Get("Date"); d != "" {
		t, ok := parseDate(p.toUTF8("Date", d))
		if !ok {
			p.problem("bad Date header")
		}
		m.Date = t
	}
	for _, name := range selectedHeaders {
		if h.Has(name) {
			m.Headers[name] = p.text(name, h.Get(name))
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
