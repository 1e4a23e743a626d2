package mail

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
	htmlcharset "golang.org/x/net/html/charset"
)

// Structural limits against hostile nesting and part counts.
const (
	maxDepth       = 12
	maxAttachments = 1000
)

// section is what one MIME entity contributes to the message body.
type section struct {
	text  string // best text: plain if there was plain text, else converted HTML
	html  string // the first HTML body inside the entity
	plain bool   // text came from text/plain
	// normalized says text went through normalizeText already.
	normalized bool
}

// contentType parses a Content-Type or Content-Disposition value, tolerating
// broken parameters: mime.ParseMediaType is strict, so parameters it rejects
// are picked out by looseParam instead.
func contentType(v string) (string, map[string]string, bool) {
	if strings.TrimSpace(v) == "" {
		return "", map[string]string{}, true
	}
	mt, params, err := mime.ParseMediaType(v)
	if err == nil {
		return mt, params, true
	}
	if errors.Is(err, mime.ErrInvalidMediaParameter) && mt != "" {
		return mt, looseParams(v), true
	}
	head, _, _ := strings.Cut(v, ";")
	head = strings.ToLower(strings.TrimSpace(head))
	if strings.Count(head, "/") == 1 && !strings.ContainsAny(head, " \t\"") {
		return head, looseParams(v), true
	}
	return "", looseParams(v), false
}

// looseParams reads key=value and key="value" pairs after the first ';'
// without validation.
func looseParams(v string) map[string]string {
	out := map[string]string{}
	_, rest, ok := strings.Cut(v, ";")
	for ok {
		var item string
		rest = strings.TrimLeft(rest, " \t;")
		eq := strings.IndexByte(rest, '=')
		if eq < 0 {
			break
		}
		key := strings.ToLower(strings.TrimSpace(rest[:eq]))
		rest = strings.TrimLeft(rest[eq+1:], " \t")
		if strings.HasPrefix(rest, `"`) {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				item, rest, ok = rest[1:], "", false
			} else {
				item, rest = rest[1:end+1], rest[end+2:]
			}
		} else {
			item, rest, ok = strings.Cut(rest, ";")
			item = strings.TrimSpace(item)
		}
		if key != "" {
			if _, dup := out[key]; !dup {
				out[key] = item
			}
		}
	}
	return out
}

// partName returns the decoded attachment name of a part, without any
// directory a client may have put in front of it.
func (p *parser) partName(dparams, ctparams map[string]string) string {
	name := dparams["filename"]
	if name == "" {
		name = ctparams["name"]
	}
	if name == "" {
		return ""
	}
	name = p.text("attachment name", name)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 && i < len(name)-1 {
		name = name[i+1:]
	}
	return name
}

func partLabel(path string) string {
	if path == "" {
		return "1"
	}
	return path
}

func childPath(path string, n int) string {
	if path == "" {
		return strconv.Itoa(n)
	}
	return path + "." + strconv.Itoa(n)
}

// entity reads one MIME entity (the whole message or a part) to its end.
func (p *parser) entity(h *header, body io.Reader, path string, depth int) section {
	label := partLabel(path)
	rawCT := h.Get("Content-Type")
	mt, params, ok := contentType(p.toUTF8("Content-Type", rawCT))
	if !ok {
		p.problem(fmt.Sprintf("bad Content-Type in part %s", label))
	}
	if mt == "" {
		mt = "text/plain"
	}
	if strings.HasPrefix(mt, "multipart/") {
		if depth >= maxDepth {
			p.problem(fmt.Sprintf("multipart nested too deeply at part %s", label))
			p.attachment("", mt, body, label, plainDecoder{body})
			return section{}
		}
		return p.multipart(mt, params["boundary"], body, path, depth, true)
	}

	disp, dparams, _ := contentType(p.toUTF8("Content-Disposition", h.Get("Content-Disposition")))
	name := p.partName(dparams, params)
	dec := p.transferDecoder(h.Get("Content-Transfer-Encoding"), body, label)

	if mt == "message/rfc822" || mt == "message/global" {
		return p.forwarded(mt, name, dec, path, depth)
	}
	isBody := (mt == "text/plain" || mt == "text/html") && disp != "attachment" && name == ""
	if !isBody {
		p.attachment(name, mt, dec, label, dec)
		return section{}
	}
	limit := p.opts.MaxTextBytes
	if mt == "text/html" {
		// Markup is bulky; read more of it to get a comparable amount of text.
		limit *= 4
	}
	if mt == "text/plain" && depth == 0 {
		// The message is this one text part, as most mail is: its text
		// is normalized straight from the read buffer, instead of being
		// copied into a string first only for normalizeText to copy it
		// again.
		raw := p.readTextBytes(dec, limit, label)
		if text, ok := normalizedUTF8(raw, params["charset"]); ok {
			return section{text: text, plain: true, normalized: true}
		}
		return section{text: p.toText(raw, params["charset"], mt, label), plain: true}
	}
	text := p.readText(dec, params["charset"], mt, limit, label)
	if mt == "text/html" {
		return section{text: HTMLToText(text), html: text}
	}
	return section{text: text, plain: true}
}

// forwarded reads an attached message: it is listed as an attachment as
// before, and its envelope and text go to Message.Forwarded, so the
// complaint a forwarder passed on is scored, not only the forwarder's
// covering note. Its own parts are read with the same limits as the body.
func (p *parser) forwarded(mt, name string, dec transferDecoder, path string, depth int) section {
	label := partLabel(path)
	counted := &sizeReader{r: dec}
	if p.forwardDepth >= MaxForwardDepth || len(p.msg.Forwarded) >= maxForwarded || depth >= maxDepth {
		p.problem(fmt.Sprintf("attached message in part %s nested too deeply or too many; listed, not read", label))
		p.attachment(name, mt, counted, label, dec)
		return section{}
	}
	// Reserve the slot first, so a message nested inside comes after it.
	idx := len(p.msg.Forwarded)
	p.msg.Forwarded = append(p.msg.Forwarded, Forwarded{})
	br := bufio.NewReaderSize(counted, 4<<10)
	h, pushback := p.readHeader(br, "")
	p.forwardDepth++
	sec := p.entity(&h, io.MultiReader(bytes.NewReader(pushback), br), path, depth+1)
	p.forwardDepth--
	_, err := io.Copy(io.Discard, br)
	p.readProblem(err, label)
	f := Forwarded{
		Subject: p.text("Subject", h.Get("Subject")),
		Text:    truncateUTF8(normalizeText(sec.text), p.opts.MaxTextBytes),
	}
	if addrs := p.addresses("From", h.Get("From")); len(addrs) > 0 {
		f.From, f.FromName = addrs[0].Address, addrs[0].Name
	}
	p.msg.Forwarded[idx] = f
	p.encodingProblem(dec, label)
	if len(p.msg.Attachments) < maxAttachments {
		p.msg.Attachments = append(p.msg.Attachments, Attachment{Name: name, ContentType: mt, Size: counted.n})
	}
	return section{}
}

// sizeReader counts the bytes read through it.
type sizeReader struct {
	r io.Reader
	n int64
}

func (s *sizeReader) Read(b []byte) (int, error) {
	n, err := s.r.Read(b)
	s.n += int64(n)
	return n, err
}

// transferDecoder wraps body in the decoder its Content-Transfer-Encoding names.
func (p *parser) transferDecoder(enc string, body io.Reader, label string) transferDecoder {
	switch e := strings.ToLower(strings.TrimSpace(enc)); e {
	case "base64":
		return newBase64Decoder(body)
	case "quoted-printable":
		return newQPDecoder(body)
	case "", "7bit", "8bit", "binary", "7-bit", "8-bit":
		return plainDecoder{body}
	default:
		p.problem(fmt.Sprintf("unknown transfer encoding %s in part %s", truncateUTF8(cleanLine(strings.ToValidUTF8(e, "?")), 40), label))
		return plainDecoder{body}
	}
}

// attachment records a non-body part, counting its decoded size by streaming
// it; attachment content is never held in memory.
func (p *parser) attachment(name, mt string, r io.Reader, label string, dec transferDecoder) {
	n, err := io.Copy(io.Discard, r)
	p.readProblem(err, label)
	p.encodingProblem(dec, label)
	if len(p.msg.Attachments) >= maxAttachments {
		p.problem("too many attachments; extra ones not listed")
		return
	}
	p.msg.Attachments = append(p.msg.Attachments, Attachment{Name: name, ContentType: mt, Size: n})
}

func (p *parser) encodingProblem(dec transferDecoder, label string) {
	if !dec.Bad() || p.limitHit() {
		return
	}
	switch dec.(type) {
	case *base64Decoder:
		p.problem(fmt.Sprintf("bad base64 in part %s", label))
	case *qpDecoder:
		p.problem(fmt.Sprintf("bad quoted-printable in part %s", label))
	}
}

// readProblem reports a read error of a part, unless MaxBytes caused it.
func (p *parser) readProblem(err error, label string) {
	if err == nil || p.limitHit() {
		return
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		p.problem(fmt.Sprintf("part %s ends without its closing boundary", label))
		return
	}
	p.problem(fmt.Sprintf("cannot read part %s: %s", label, shortErr(err)))
}

// readText reads at most limit bytes of a text part and converts them to
// UTF-8, then discards the rest of the part.
func (p *parser) readText(dec transferDecoder, cs, mt string, limit int, label string) string {
	return p.toText(p.readTextBytes(dec, limit, label), cs, mt, label)
}

// readTextBytes reads at most limit bytes of a text part into the
// parser's text buffer and discards the rest of the part. The bytes are
// valid until the next text part is read.
func (p *parser) readTextBytes(dec transferDecoder, limit int, label string) []byte {
	raw, err := readAtMost(p.textBuf[:0], dec, limit+1)
	p.textBuf = raw[:0]
	p.readProblem(err, label)
	if len(raw) > limit {
		raw = raw[:limit]
		_, err := io.Copy(io.Discard, dec)
		p.readProblem(err, label)
		p.problem(fmt.Sprintf("text of part %s cut at %d bytes", label, limit))
	}
	p.encodingProblem(dec, label)
	return raw
}

// normalizedUTF8 returns normalizeText of raw when raw is text that toText
// would keep as it is (valid UTF-8 declared as UTF-8, ASCII or nothing),
// without copying raw into a string first.
func normalizedUTF8(raw []byte, cs string) (string, bool) {
	if !utf8Charset(cs) || !utf8.Valid(raw) {
		return "", false
	}
	// The string shares raw's bytes only while normalizeText reads it:
	// what it returns is built anew and never refers to its input.
	return normalizeText(unsafe.String(unsafe.SliceData(raw), len(raw))), true
}

// utf8Charset reports whether a part declared with charset cs is read as
// UTF-8 as it is.
func utf8Charset(cs string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(cs), `"'`)) {
	case "utf-8", "utf8", "us-ascii", "ascii", "":
		return true
	}
	return false
}

// readAtMost appends to buf what r holds, up to max bytes, as
// io.ReadAll(io.LimitReader(r, max)) would, but into a buffer the caller
// keeps for the next part.
func readAtMost(buf []byte, r io.Reader, max int) ([]byte, error) {
	if cap(buf) == 0 {
		buf = make([]byte, 0, min(max, 4<<10))
	}
	for len(buf) < max {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):min(cap(buf), max)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// toText converts a text part's bytes from its declared charset to UTF-8.
// Unknown charsets keep the bytes as UTF-8 with invalid sequences replaced;
// undeclared 8-bit text is read as Windows-1252 (or, for HTML, the charset
// its <meta> tag names).
func (p *parser) toText(raw []byte, cs, mt, label string) string {
	cs = strings.ToLower(strings.Trim(strings.TrimSpace(cs), `"'`))
	switch cs {
	case "utf-8", "utf8", "us-ascii", "ascii", "":
		if utf8.Valid(raw) {
			return string(raw)
		}
		if cs == "utf-8" || cs == "utf8" {
			p.problem(fmt.Sprintf("invalid utf-8 in part %s", label))
			return strings.ToValidUTF8(string(raw), "\uFFFD")
		}
		if mt == "text/html" {
			if enc, name, _ := htmlcharset.DetermineEncoding(raw, "text/html"); name != "" && name != "utf-8" && name != "windows-1252" {
				if s, err := enc.NewDecoder().Bytes(raw); err == nil {
					return strings.ToValidUTF8(string(s), "\uFFFD")
				}
			}
		}
		if cs == "" {
			p.problem(fmt.Sprintf("8-bit text without charset in part %s read as windows-1252", label))
		} else {
			p.problem(fmt.Sprintf("8-bit text in %s part %s read as windows-1252", cs, label))
		}
		return decode1252(string(raw))
	}
	r, err := charset.Reader(cs, bytes.NewReader(raw))
	if err != nil {
		p.problem(fmt.Sprintf("unknown charset %s in part %s", truncateUTF8(cleanLine(strings.ToValidUTF8(cs, "?")), 40), label))
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	out, err := io.ReadAll(r)
	if err != nil {
		p.problem(fmt.Sprintf("cannot decode %s text in part %s", cs, label))
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// multipart reads the parts of a multipart entity and combines their text.
// When the declared boundary never occurs, it tries the boundary the body
// actually uses, and failing that treats the raw body as text.
func (p *parser) multipart(mt, boundary string, body io.Reader, path string, depth int, sniff bool) section {
	label := partLabel(path)
	if boundary == "" {
		p.problem(fmt.Sprintf("missing boundary in part %s", label))
		return p.rawFallback(body, label)
	}
	rec := &recorder{r: body, max: p.opts.MaxTextBytes}
	mr := textproto.NewMultipartReader(newPartSplitter(rec, boundary), boundary)
	var parts []section
	for n := 1; ; n++ {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if n == 1 {
				return p.boundaryNotFound(rec, mt, boundary, path, depth, sniff)
			}
			if !p.limitHit() {
				p.problem(fmt.Sprintf("broken multipart structure in part %s", label))
			}
			break
		}
		rec.stop()
		if n > maxAttachments {
			p.problem(fmt.Sprintf("too many parts in part %s", label))
			break
		}
		// The part header go-message read is the empty one partSplitter
		// inserted; the real one starts the part body.
		br, child := p.partReader(depth, part), childPath(path, n)
		h, pushback := p.readHeader(br, child)
		var body io.Reader = br
		if pushback != nil {
			body = io.MultiReader(bytes.NewReader(pushback), br)
		}
		parts = append(parts, p.entity(&h, body, child, depth+1))
	}
	return combine(mt, parts)
}

func (p *parser) boundaryNotFound(rec *recorder, mt, boundary, path string, depth int, sniff bool) section {
	label := partLabel(path)
	if sniff && rec.eof && !rec.overflow {
		if b := sniffBoundary(rec.buf); b != "" && b != boundary {
			p.problem(fmt.Sprintf("boundary of part %s not found; used the one in the body", label))
			return p.multipart(mt, b, bytes.NewReader(rec.buf), path, depth, false)
		}
	}
	p.problem(fmt.Sprintf("boundary of part %s not found; body kept as text", label))
	return section{text: p.toText(rec.buf, "", "text/plain", label), plain: true}
}

// rawFallback keeps the first MaxTextBytes of a body whose structure is
// unusable, as text.
func (p *parser) rawFallback(body io.Reader, label string) section {
	text := p.readText(plainDecoder{body}, "", "text/plain", p.opts.MaxTextBytes, label)
	return section{text: text, plain: true}
}

// sniffBoundary finds the first line that looks like a delimiter "--x" and
// is repeated later in the body.
func sniffBoundary(body []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), len(body)+1)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if len(line) < 3 || len(line) > 72 || !strings.HasPrefix(line, "--") || strings.HasSuffix(line, "--") {
			continue
		}
		b := line[2:]
		if bytes.Count(body, []byte("--"+b)) >= 2 {
			return b
		}
		return ""
	}
	return ""
}

// combine picks the best alternative, or joins the parts of any other
// multipart in order.
func combine(mt string, parts []section) section {
	var out section
	for _, s := range parts {
		if out.html == "" {
			out.html = s.html
		}
	}
	if mt == "multipart/alternative" {
		for _, s := range parts {
			if s.plain && strings.TrimSpace(s.text) != "" {
				out.text, out.plain = s.text, true
				return out
			}
		}
		for i := len(parts) - 1; i >= 0; i-- {
			if strings.TrimSpace(parts[i].text) != "" {
				out.text, out.plain = parts[i].text, parts[i].plain
				return out
			}
		}
		return out
	}
	var texts []string
	for _, s := range parts {
		if strings.TrimSpace(s.text) != "" {
			texts = append(texts, s.text)
			out.plain = out.plain || s.plain
		}
	}
	out.text = strings.Join(texts, "\n\n")
	return out
}

// partReader returns a buffered reader for a part at depth, reusing the
// one of the part's previous sibling, which is done with.
func (p *parser) partReader(depth int, part io.Reader) *bufio.Reader {
	for len(p.partReaders) <= depth {
		p.partReaders = append(p.partReaders, nil)
	}
	br := p.partReaders[depth]
	if br == nil {
		// Only the header is read through the buffer: readHeader joins
		// longer lines, and bufio passes large reads of the body through.
		br = bufio.NewReaderSize(part, 1<<10)
		p.partReaders[depth] = br
		return br
	}
	br.Reset(part)
	return br
}

// recorder keeps the first max bytes read through it, until stopped, so a
// multipart body whose boundary never appears can still be shown as text.
type recorder struct {
	r        io.Reader
	max      int
	buf      []byte
	stopped  bool
	overflow bool
	eof      bool
}

func (r *recorder) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if !r.stopped {
		keep := min(n, r.max-len(r.buf))
		r.buf = append(r.buf, p[:keep]...)
		if keep < n {
			r.overflow = true
		}
		if err != nil {
			r.eof = true
		}
	}
	return n, err
}

func (r *recorder) stop() {
	r.stopped = true
	r.buf = nil
}
