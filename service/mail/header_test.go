package mail

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
)

// readHeaderReference is readHeader as it was before it skipped the fields
// Parse does not read: it handed every accepted line to go-message.
// readHeader must read every field in readFields as this does.
func readHeaderReference(p *parser, br *bufio.Reader, part string) (message.Header, []byte) {
	var block []byte // the accepted field lines, each ending in CRLF
	var pushback []byte
	fields, total, fieldBytes := 0, 0, 0
	first := true
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
		default:
			p.endOfHeader(fields, part)
			pushback = bytes.Clone(line)
		}
		if pushback != nil {
			break
		}
		block = append(append(block, text...), '\r', '\n')
		if err != nil {
			break
		}
	}
	h, err := textproto.ReadHeader(bufio.NewReaderSize(bytes.NewReader(block), 512))
	if err != nil {
		// Every line was checked above, so this is not expected; keep the
		// fields read before the one go-message refused.
		p.headerProblem(part, fmt.Sprintf("cannot parse header: %s", shortErr(err)))
	}
	return message.Header{Header: h}, pushback
}

// headerSeeds are header blocks with folding, blanks, duplicates, odd case,
// limits and lines that end a header early.
var headerSeeds = []string{
	"Subject: hello\r\nFrom: a@b.example\r\n\r\nbody",
	"subject:   folded \r\n\t  over\r\n   \r\n three\t\r\nTO: x@y\r\n\r\n",
	"From x@y Mon Jan  1 00:00:00 2026\nSubject: mbox\nmessage-id: <a@b>\n\nbody",
	"Subject: first\r\nSubject: second\r\n\tcontinued\r\nX-Priority : 1\r\n\r\n",
	" leading continuation\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n",
	"Content-Type: text/plain;\r\n charset=\"utf-8\"\r\nnot a field\r\nmore body\r\n",
	"Received: from a\r\n\tby b\r\nsUbJeCt:\ta\rb \r\n \r\n\t\r\n  c \r\nSUBJECT: later\r\nX-MSMail-Priority:High\r\n\r\n",
	"References: <a@b>\r\n <c@d>\r\n\t<e@f>\r\nReferences: <g@h>\r\nIn-Reply-To:\r\n <a@b>\r\n\r\n",
	"\r\nSubject: no header\r\n",
	"Received: from a\r\n\tby b\r\nDKIM-Signature: v=1;\r\n b=xyz\r\nList-ID: <l.example>\r\n",
	"Subject: a\r  \r\nImportance:\r\nPriority:\r\n \r\n\r\n",
	"Subject: " + strings.Repeat("x", 5000) + "\r\n\r\n",
	"X-Long: " + strings.Repeat("y", 70000) + "\r\nSubject: after\r\n\r\n",
	strings.Repeat("X-A: 1\r\n", 1001) + "Subject: late\r\n\r\n",
	"Subject: no end",
	"Sub\x80ject: 8bit name\r\nSubject: \xe9t\xe9\r\n\r\n",
	"content-transfer-ENCODING: base64\r\n\r\nQUJD\r\n",
}

func FuzzReadHeader(f *testing.F) {
	for _, s := range headerSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, raw []byte, isPart bool) {
		checkReadHeader(t, raw, isPart)
	})
}

func TestReadHeaderMatchesGoMessage(t *testing.T) {
	for _, s := range headerSeeds {
		checkReadHeader(t, []byte(s), false)
		checkReadHeader(t, []byte(s), true)
	}
}

// checkReadHeader compares readHeader with readHeaderReference on raw:
// the fields Parse reads, the field count, the problems, the pushed-back
// line and what is left to read.
func checkReadHeader(t *testing.T, raw []byte, isPart bool) {
	t.Helper()
	part := ""
	if isPart {
		part = "1.2"
	}
	type result struct {
		values   [len(readFields)]string
		present  [len(readFields)]bool
		fields   int
		problems string
		pushback []byte
		rest     []byte
	}
	read := func(reference bool) result {
		var r result
		p := &parser{msg: &Message{}}
		br := bufio.NewReaderSize(bytes.NewReader(raw), 1<<10)
		var h interface {
			Get(string) string
			Has(string) bool
		}
		if reference {
			var mh message.Header
			mh, r.pushback = readHeaderReference(p, br, part)
			h, r.fields = &mh, mh.Len()
		} else {
			var hh header
			hh, r.pushback = p.readHeader(br, part)
			h, r.fields = &hh, hh.fields
		}
		for i, name := range readFields {
			r.values[i], r.present[i] = h.Get(name), h.Has(name)
		}
		r.rest, _ = io.ReadAll(br)
		r.problems = fmt.Sprintf("%q", p.msg.Problems)
		return r
	}
	got, want := read(false), read(true)
	if got.fields != want.fields {
		t.Errorf("%d fields, want %d", got.fields, want.fields)
	}
	for i, name := range readFields {
		if got.values[i] != want.values[i] || got.present[i] != want.present[i] {
			t.Errorf("%s: %q (present %v), want %q (present %v)", name, got.values[i], got.present[i], want.values[i], want.present[i])
		}
	}
	if got.problems != want.problems || !bytes.Equal(got.pushback, want.pushback) || !bytes.Equal(got.rest, want.rest) {
		t.Errorf("problems %s, pushback %q, %d bytes left; want %s, %q, %d bytes left",
			got.problems, got.pushback, len(got.rest), want.problems, want.pushback, len(want.rest))
	}
}

// TestReadFieldsCoverParse: every field the parser asks a header for is
// one readHeader keeps.
func TestReadFieldsCoverParse(t *testing.T) {
	for _, name := range selectedHeaders {
		if !isReadField([]byte(name)) {
			t.Errorf("selected header %s is not in readFields", name)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`\bh\.(?:Get|Has)\("([^"]+)"\)`)
	found := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllSubmatch(src, -1) {
			found++
			if !isReadField(m[1]) {
				t.Errorf("%s reads header field %s, which is not in readFields", file, m[1])
			}
		}
	}
	if found < 10 || slices.Contains(readFields[:], "") {
		t.Errorf("found %d header lookups in the source; expected the parser's", found)
	}
}

// FuzzCleanLine checks that the shortcut for values that are clean already
// returns what collapsing them rune by rune does.
func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{"", " ", "a", "Re: Order 48213 delayed", " lead", "trail ", "two  spaces",
		"tab\there", "ctl\x7fdel", "caf\xc3\xa9", "bad\xff", "x\r\n y", "~!@#$%^&*()"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanLine(s), collapseLine(s); got != want {
			t.Fatalf("cleanLine(%q) = %q, want %q", s, got, want)
		}
	})
}
