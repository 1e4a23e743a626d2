// Package mail turns raw inbound support mail into the fields Hotline scores
// and stores. Parsing is deliberately forgiving: customer mail comes from
// every client ever written, and a message that is malformed is still a
// message someone is waiting on, so Parse records what went wrong in
// Problems instead of failing.
package mail

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"time"
)

// Defaults for Options, chosen so a normal support mail is read whole while a
// hostile or bloated one cannot exhaust memory.
const (
	DefaultMaxBytes     = 10 << 20  // 10 MiB of raw message
	DefaultMaxTextBytes = 256 << 10 // 256 KiB of body text
)

// ErrNotMessage is returned by Parse when the input holds neither a header nor
// a body, so there is nothing to score.
var ErrNotMessage = errors.New("not a mail message: empty input")

// Options bounds the work Parse does. The zero value uses the defaults.
type Options struct {
	// MaxBytes is how much of the raw message is parsed. Beyond it Parse keeps
	// the headers and what was read so far (normally the first text part),
	// counts the rest for Size and sets Truncated. Default 10 MiB.
	MaxBytes int64
	// MaxTextBytes caps Text (and, times four, HTML) so scoring cost stays
	// bounded. Default 256 KiB.
	MaxTextBytes int
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxTextBytes <= 0 {
		o.MaxTextBytes = DefaultMaxTextBytes
	}
	return o
}

// Attachment records that a part was attached, without keeping its content:
// the classifier and the store only need to know it was there.
type Attachment struct {
	Name        string
	ContentType string
	Size        int64 // decoded bytes
}

// Message is the parsed form of one mail: envelope fields for threading and
// routing, the best plain text for scoring, and what could not be parsed.
type Message struct {
	MessageID  string   // Message-ID without angle brackets
	InReplyTo  string   // first id of In-Reply-To, without angle brackets
	References []string // ids of References, without angle brackets, in order
	From       string   // sender address
	FromName   string   // sender display name, decoded
	To         []string // recipient addresses
	Subject    string   // decoded
	Date       time.Time
	// Headers holds the priority and automation headers scoring looks at:
	// Importance, X-Priority, Priority, X-MSMail-Priority, Auto-Submitted,
	// Precedence, Content-Language, List-Id (keys spelled as here), when present.
	Headers     map[string]string
	Text        string // best plain text: text/plain preferred, else converted HTML
	HTML        string // the first HTML body, if any
	Attachments []Attachment
	// Forwarded holds the messages attached as message/rfc822 parts (a
	// forward as attachment), outermost first. Text is the sender's own
	// words only; what they forwarded is here, each read like a body.
	Forwarded []Forwarded
	Size      int64  // raw bytes read, including any beyond MaxBytes
	SHA256    string // hex sha256 of the raw bytes, for deduplication
	Truncated bool   // the message was larger than MaxBytes
	Problems  []string
}

// Forwarded is a message attached to another: the complaint a colleague or
// helpdesk passed on. Nested ones (a forward of a forward) follow their
// parent in Message.Forwarded, down to MaxForwardDepth levels.
type Forwarded struct {
	From     string // sender address of the attached message
	FromName string
	Subject  string // decoded
	Text     string // best plain text, like Message.Text, capped at MaxTextBytes
}

// MaxForwardDepth is how deep attached messages inside attached messages
// are read. Beyond it they are only listed as attachments: real forwards
// nest two or three deep, and each level costs a header parse.
const MaxForwardDepth = 4

// maxForwarded bounds how many attached messages are read in all.
const maxForwarded = 16

// selectedHeaders are copied into Message.Headers.
var selectedHeaders = [...]string{
	"Importance", "X-Priority", "Priority", "X-MSMail-Priority", "Auto-Submitted",
	"Precedence", "Content-Language", "List-Id",
}

// Parse reads one RFC 5322 message from r. It returns an error only when r
// fails or holds no message at all; anything malformed is reported in
// Message.Problems and parsed as well as it can be. Parts are streamed, so
// memory stays bounded by Options regardless of the message size.
func Parse(r io.Reader, opts Options) (*Message, error) {
	var ps Parser
	return ps.Parse(r, opts)
}

// Parser parses messages one after another with the same read buffers. A
// first sync parses thousands of messages on each worker, and buffers
// allocated afresh for every message were most of the garbage parsing
// left behind. The zero value is ready to use. A Parser must not be used
// by several goroutines at once; a Message it returns shares nothing with
// it, and it keeps no reference to a reader once Parse returns.
type Parser struct {
	p       parser
	src     countingReader
	limited io.LimitedReader
	br      *bufio.Reader
	h       hash.Hash
}

// Parse is like the package's Parse function, reusing ps's buffers.
func (ps *Parser) Parse(r io.Reader, opts Options) (*Message, error) {
	opts = opts.withDefaults()
	if ps.h == nil {
		ps.h = sha256.New()
	}
	ps.h.Reset()
	ps.src = countingReader{r: r, h: ps.h}
	ps.limited = io.LimitedReader{R: &ps.src, N: opts.MaxBytes}
	if ps.br == nil {
		ps.br = bufio.NewReaderSize(&ps.limited, 8<<10)
	} else {
		ps.br.Reset(&ps.limited)
	}
	defer ps.release()
	src, br := &ps.src, ps.br

	p := &ps.p
	p.start(opts, &ps.limited, &Message{Headers: map[string]string{}})
	h, pushback := p.readHeader(br, "")
	var body io.Reader = br
	if pushback != nil {
		body = io.MultiReader(bytes.NewReader(pushback), br)
	}
	p.envelope(&h)
	sec := p.entity(&h, body, "", 0)

	// Count what is left so Size and SHA256 cover the whole message.
	if _, err := io.Copy(io.Discard, src); err != nil && src.err == nil {
		src.err = err
	}
	if src.err != nil {
		return nil, fmt.Errorf("read message: %w", src.err)
	}
	m := p.msg
	m.Size = src.n
	var sum [sha256.Size]byte
	m.SHA256 = hex.EncodeToString(src.h.Sum(sum[:0]))
	if m.Size > opts.MaxBytes {
		m.Truncated = true
		p.problem(fmt.Sprintf("message truncated: %d bytes, parsed the first %d", m.Size, opts.MaxBytes))
	}
	text := sec.text
	if !sec.normalized {
		text = normalizeText(text)
	}
	m.Text = truncateUTF8(text, opts.MaxTextBytes)
	m.HTML = sec.html
	if h.fields == 0 && m.Text == "" && len(m.Attachments) == 0 {
		return nil, ErrNotMessage
	}
	return m, nil
}

// release drops every reference to the message just parsed, so a Parser
// kept between messages holds only its buffers.
func (ps *Parser) release() {
	ps.src = countingReader{}
	ps.limited = io.LimitedReader{}
	ps.br.Reset(nil)
	ps.p.release()
}

// countingReader counts and hashes everything read and remembers the first
// real read error, which Parse must report rather than treat as malformed mail.
type countingReader struct {
	r   io.Reader
	n   int64
	h   hash.Hash
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.h.Write(p[:n])
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

// maxProblems keeps a pathological message from growing Problems without bound.
const maxProblems = 50

type parser struct {
	opts         Options
	limited      *io.LimitedReader
	msg          *Message
	forwardDepth int             // attached messages the parser is inside of
	partReaders  []*bufio.Reader // by depth, see partReader
	// Reused by readHeader for the lines of the fields it keeps.
	headerBlock  []byte
	headerSrc    bytes.Reader
	headerReader *bufio.Reader
	// textBuf holds the bytes of one text part while readText converts
	// them; the text itself is copied out of it.
	textBuf []byte
}

// start readies p for a message, keeping the buffers of the last one.
func (p *parser) start(opts Options, limited *io.LimitedReader, msg *Message) {
	p.opts, p.limited, p.msg, p.forwardDepth = opts, limited, msg, 0
}

// maxKeptTextBuf is the largest text buffer a parser keeps for the next
// message: enough for ordinary mail, without pinning a megabyte read for
// one huge HTML part.
const maxKeptTextBuf = 64 << 10

// release drops p's references to the message and its readers.
func (p *parser) release() {
	p.limited, p.msg = nil, nil
	for _, br := range p.partReaders {
		if br != nil {
			br.Reset(nil)
		}
	}
	p.headerSrc.Reset(nil)
	if p.headerReader != nil {
		p.headerReader.Reset(nil)
	}
	if cap(p.textBuf) > maxKeptTextBuf {
		p.textBuf = nil
	}
	if cap(p.headerBlock) > maxKeptTextBuf {
		p.headerBlock = nil
	}
}

func (p *parser) problem(s string) {
	for _, q := range p.msg.Problems {
		if q == s {
			return
		}
	}
	switch n := len(p.msg.Problems); {
	case n < maxProblems:
		p.msg.Problems = append(p.msg.Problems, s)
	case n == maxProblems:
		p.msg.Problems = append(p.msg.Problems, "further problems omitted")
	}
}

// limitHit reports whether MaxBytes cut the input; errors caused by the cut
// are expected and not worth a problem of their own.
func (p *parser) limitHit() bool { return p.limited.N <= 0 }
