package mail

import (
	"bytes"
	"io"
)

// partSplitter inserts an empty line after each boundary delimiter line.
// go-message's multipart reader parses part headers strictly and cannot go
// on after one it rejects, losing the parts after it; behind this filter it
// reads an empty header for every part, and readHeader reads the real one
// leniently from the start of the part body. Bytes pass through unchanged
// otherwise, and lines that cannot be delimiters are skipped with
// IndexByte, so attachments cost little.
type partSplitter struct {
	r         io.Reader
	delimiter []byte // "--" + boundary
	buf       [1 << 10]byte
	data      []byte // read from r, not yet passed on
	match     int    // of the current line: delimiter bytes matched, or -1
	insert    int    // bytes of the empty line still to pass on
	err       error
}

func newPartSplitter(r io.Reader, boundary string) *partSplitter {
	return &partSplitter{r: r, delimiter: []byte("--" + boundary)}
}

func (s *partSplitter) Read(b []byte) (int, error) {
	if s.insert > 0 {
		n := copy(b, "\r\n"[2-s.insert:])
		s.insert -= n
		return n, nil
	}
	for len(s.data) == 0 {
		if s.err != nil {
			return 0, s.err
		}
		n, err := s.r.Read(s.buf[:])
		s.data, s.err = s.buf[:n], err
	}
	n, delimiter := s.scan(s.data[:min(len(s.data), len(b))])
	copy(b, s.data[:n])
	s.data = s.data[n:]
	if delimiter {
		s.insert = 2
	}
	return n, nil
}

// scan returns how many bytes of data to pass on: all of them, or those up
// to the end of a delimiter line, which go-message matches as the
// delimiter, optional blanks and the line break (the close delimiter does
// not match).
func (s *partSplitter) scan(data []byte) (int, bool) {
	d := len(s.delimiter)
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case s.match < 0:
			j := bytes.IndexByte(data[i:], '\n')
			if j < 0 {
				return len(data), false
			}
			i += j
			s.match = 0
		case s.match < d && c == s.delimiter[s.match]:
			s.match++
		case s.match < d:
			s.match = -1
			if c == '\n' {
				s.match = 0
			}
		case c == '\n':
			s.match = 0
			return i + 1, true
		case s.match == d && (c == ' ' || c == '\t'):
		case s.match == d && c == '\r':
			s.match = d + 1
		default:
			s.match = -1
		}
	}
	return len(data), false
}
