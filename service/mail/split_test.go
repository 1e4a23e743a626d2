package mail

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestPartSplitter(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "pre\r\n--b\r\nA: 1\r\n\r\nx\r\n--b \t\r\n\r\ny\r\n--b--\r\n",
			"pre\r\n--b\r\n\r\nA: 1\r\n\r\nx\r\n--b \t\r\n\r\n\r\ny\r\n--b--\r\n"},
		{"lf", "--b\nx\n--b\ny\n--b--\n", "--b\n\r\nx\n--b\n\r\ny\n--b--\n"},
		{"not delimiters", "--bb\r\n --b\r\n--b x\r\n--b\rx\n--b", "--bb\r\n --b\r\n--b x\r\n--b\rx\n--b"},
	}
	for _, tt := range tests {
		for _, oneByte := range []bool{false, true} {
			var r io.Reader = newPartSplitter(strings.NewReader(tt.in), "b")
			if oneByte {
				r = iotest.OneByteReader(r)
			}
			got, err := io.ReadAll(r)
			if err != nil || string(got) != tt.want {
				t.Errorf("%s (one byte reads %v) = %q, %v; want %q", tt.name, oneByte, got, err, tt.want)
			}
		}
	}
}

// TestParseMalformedPartHeader checks that a part whose header go-message
// would reject is read leniently, like the message header, and the parts
// after it are not lost.
func TestParseMalformedPartHeader(t *testing.T) {
	const head = "Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
	tests := []struct {
		name, body, text, problem string
		attachments               []string
	}{
		{"no blank line after the part header",
			"--b\r\nContent-Type: text/plain\r\nsecond part\r\n--b\r\n\r\nthird part\r\n--b--\r\n",
			"second part\n\nthird part", "header not followed by a blank line in part 1", nil},
		{"part without header or blank line",
			"--b\r\nfirst part\r\n--b\r\nContent-Type: text/plain\r\n\r\nsecond part\r\n--b--\r\n",
			"first part\n\nsecond part", "part 1 has no header", nil},
		{"continuation line first",
			"--b\r\n folded\r\nContent-Type: text/plain\r\n\r\nbody\r\n--b--\r\n",
			"body", "header starts with a continuation line in part 1", nil},
		{"header without body",
			"--b\r\nContent-Type: application/pdf; name=a.pdf\r\n--b\r\n\r\ntext\r\n--b--\r\n",
			"text", "", []string{"a.pdf application/pdf 0"}},
		{"long filename line",
			"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"" + strings.Repeat("n", 3000) + ".pdf\"\r\n\r\nxyz\r\n--b--\r\n",
			"", "", []string{strings.Repeat("n", 3000) + ".pdf application/pdf 3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader(head+tt.body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			eq(t, "Text", m.Text, tt.text)
			if tt.problem != "" {
				hasProblem(t, m, tt.problem)
			} else {
				noProblems(t, m)
			}
			wantAttachments(t, m, tt.attachments...)
		})
	}
}
