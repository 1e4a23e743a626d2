package mail

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// transferDecoder is a Content-Transfer-Encoding decoder that never fails:
// undecodable input is skipped or passed through and reported by Bad, so a
// damaged part still yields the text that survived. go-message's decoders
// (encoding/base64 and mime/quotedprintable) stop at the first bad byte, a
// line over 4 KiB or a control character, and lose the rest of the part;
// putting filters in front of them that repair such input took as much code
// as these decoders and cost Parse a third more CPU time, mostly in
// mime/quotedprintable, which advances a slice per byte.
type transferDecoder interface {
	io.Reader
	Bad() bool
}

// decodeChunk is how much encoded input a decoder reads at a time; small,
// because a message has a decoder per part.
const decodeChunk = 2048

type plainDecoder struct{ io.Reader }

func (plainDecoder) Bad() bool { return false }

var base64Values = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = int8(i)
	}
	for _, c := range " \t\r\n\f\v" {
		t[c] = -2
	}
	t['='] = -3
	return t
}()

// base64Decoder decodes base64 leniently: whitespace anywhere, missing
// padding and padding in the middle (concatenated blobs) are accepted; other
// bytes are skipped and make Bad true.
type base64Decoder struct {
	r    io.Reader
	in   [decodeChunk]byte
	buf  [3*decodeChunk/4 + 4]byte
	out  []byte
	quad [4]byte
	nq   int
	bad  bool
	err  error
}

func newBase64Decoder(r io.Reader) *base64Decoder { return &base64Decoder{r: r} }

func (d *base64Decoder) Bad() bool { return d.bad }

func (d *base64Decoder) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		n, err := d.r.Read(d.in[:])
		out := d.buf[:0]
		for _, c := range d.in[:n] {
			switch v := base64Values[c]; v {
			case -2:
			case -1:
				d.bad = true
			case -3:
				out = d.flush(out)
			default:
				d.quad[d.nq] = byte(v)
				d.nq++
				if d.nq == 4 {
					q := d.quad
					out = append(out, q[0]<<2|q[1]>>4, q[1]<<4|q[2]>>2, q[2]<<6|q[3])
					d.nq = 0
				}
			}
		}
		if err != nil {
			out = d.flush(out)
			d.err = err
		}
		d.out = out
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// flush emits a partial quantum at padding or end of input.
func (d *base64Decoder) flush(out []byte) []byte {
	q := d.quad
	switch d.nq {
	case 1:
		d.bad = true
	case 2:
		out = append(out, q[0]<<2|q[1]>>4)
	case 3:
		out = append(out, q[0]<<2|q[1]>>4, q[1]<<4|q[2]>>2)
	}
	d.nq = 0
	return out
}

// qpDecoder decodes quoted-printable leniently: a malformed escape is kept
// literally and makes Bad true; soft line breaks with trailing whitespace
// or a bare LF are accepted.
type qpDecoder struct {
	r     io.Reader
	in    [decodeChunk]byte
	buf   [decodeChunk + 8]byte
	out   []byte
	state int // 0 text, 1 after '=', 2 after '=' and one hex digit, 3 after "=\r", 4 after '=' and blanks
	hi    byte
	bad   bool
	err   error
}

func newQPDecoder(r io.Reader) *qpDecoder { return &qpDecoder{r: r} }

func (d *qpDecoder) Bad() bool { return d.bad }

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

func (d *qpDecoder) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		n, err := d.r.Read(d.in[:])
		out := d.buf[:0]
		for _, c := range d.in[:n] {
			out = d.step(out, c)
		}
		if err != nil {
			if d.state == 2 {
				d.bad = true
				out = append(out, '=', d.hi)
			}
			d.state = 0
			d.err = err
		}
		d.out = out
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

func (d *qpDecoder) step(out []byte, c byte) []byte {
	switch d.state {
	case 1:
		switch {
		case c == '\r':
			d.state = 3
		case c == '\n':
			d.state = 0
		case c == ' ' || c == '\t':
			d.state = 4
		default:
			if _, ok := unhex(c); ok {
				d.hi, d.state = c, 2
				return out
			}
			d.bad = true
			d.state = 0
			return d.step(append(out, '='), c)
		}
		return out
	case 2:
		d.state = 0
		h, _ := unhex(d.hi)
		if l, ok := unhex(c); ok {
			return append(out, h<<4|l)
		}
		d.bad = true
		return d.step(append(out, '=', d.hi), c)
	case 3:
		d.state = 0
		if c == '\n' {
			return out
		}
		return d.step(out, c)
	case 4:
		switch c {
		case ' ', '\t':
			return out
		case '\r':
			d.state = 3
			return out
		case '\n':
			d.state = 0
			return out
		}
		d.bad = true
		d.state = 0
		return d.step(append(out, '=', ' '), c)
	}
	if c == '=' {
		d.state = 1
		return out
	}
	return append(out, c)
}

// normalizeText makes body text uniform for scoring and storage: LF line
// endings, no control characters, no trailing blanks on lines, at most one
// blank line in a row, no leading or trailing blank lines. The result is
// always a new string, never s or part of it: normalizedUTF8 hands it a
// view of a buffer the parser reuses.
func normalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blanks := 0 // pending line breaks
	// Pending horizontal whitespace within a line, no-break spaces already
	// turned into spaces; a fixed buffer keeps this hot loop free of
	// allocations. width is its length as written in s, which caps it.
	var buf [64]byte
	spaces, width := buf[:0], 0
	started := false
	for i := 0; i < len(s); {
		if graphicASCII(s[i]) {
			// Most mail text is runs of printable ASCII: copy a whole
			// run at once instead of rune by rune, with the spaces
			// between words in it (those pending spaces would be kept
			// anyway: fewer than the 64 kept, and followed by text).
			j := i + 1
			for j < len(s) {
				// Eight bytes at a time while they are printable ASCII
				// with no two spaces in a row; a space they end with is
				// given back below if no text follows it.
				if j+8 <= len(s) {
					if w := load64(s[j : j+8]); plainWord(w) && (s[j] != ' ' || s[j-1] != ' ') {
						j += 8
						continue
					}
				}
				if graphicASCII(s[j]) {
					j++
					continue
				}
				k := j
				for k < len(s) && s[k] == ' ' {
					k++
				}
				if k == j || k-j > len(buf) || k == len(s) || !graphicASCII(s[k]) {
					break
				}
				j = k + 1
			}
			for s[j-1] == ' ' {
				j--
			}
			if blanks > 0 {
				b.WriteString("\n\n"[:min(blanks, 2)])
			}
			if started {
				b.Write(spaces)
			}
			blanks, spaces, width, started = 0, spaces[:0], 0, true
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			fallthrough
		case r == '\n':
			if started {
				blanks++
			}
			spaces, width = spaces[:0], 0
		case r == '\t' || r == ' ' || r == '\u00a0':
			if width < len(buf) {
				c := byte(r)
				if r == '\u00a0' {
					c = ' '
				}
				spaces, width = append(spaces, c), width+size
			}
		case unicode.IsControl(r) || r == '\ufeff':
		default:
			if blanks > 0 {
				b.WriteString("\n\n"[:min(blanks, 2)])
			}
			if started {
				b.Write(spaces)
			}
			blanks, spaces, width, started = 0, spaces[:0], 0, true
			b.WriteRune(r)
		}
	}
	return b.String()
}

// load64 reads the eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainWord reports whether the eight bytes of w are all printable ASCII
// (space to '~') with no two spaces next to each other.
func plainWord(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (w - 0x20*ones) &^ w & highs // a byte below ' '
	above := (w + ones | w) & highs       // a byte above '~'
	if below|above != 0 {
		return false
	}
	t := w ^ 0x20*ones // zero where w has a space
	spaces := ^((t&(0x7f*ones) + 0x7f*ones) | t | 0x7f*ones)
	return spaces&(spaces>>8) == 0
}

// graphicASCII reports whether c is a printable ASCII character other than
// space.
func graphicASCII(c byte) bool { return c > ' ' && c < 0x7f }

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
