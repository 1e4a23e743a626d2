package mail

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestTransferDecoders covers the damaged input go-message's decoders
// (encoding/base64 and mime/quotedprintable) fail on or lose, the reason
// Parse decodes transfer encodings itself; each input is also read one
// byte at a time, so state carried across reads is exercised.
func TestTransferDecoders(t *testing.T) {
	long := strings.Repeat("x", 5000)
	tests := []struct {
		name, enc, in, want string
		bad                 bool
	}{
		{"base64", "base64", "aGVs\r\nbG8=\r\n", "hello", false},
		{"base64 missing padding", "base64", "aGVsbG8", "hello", false},
		{"base64 stray bytes skipped", "base64", "aGVs!!bG8*=", "hello", true},
		{"base64 blobs concatenated after padding", "base64", "aGk=aGk=\r\naGVsbG8=", "hihihello", false},
		{"base64 lone last character", "base64", "aGk=Q", "hi", true},
		{"base64 continuation indent", "base64", "aGVs\r\n\tbG8=", "hello", false},
		{"qp", "quoted-printable", "caf=C3=A9 =3D ok=\r\n!", "café = ok!", false},
		{"qp lower-case hex", "quoted-printable", "caf=c3=a9", "café", false},
		{"qp malformed escape kept", "quoted-printable", "100% =ZZ and =4x", "100% =ZZ and =4x", true},
		{"qp blank after equals", "quoted-printable", "a= \t\r\nb = c", "ab = c", true},
		{"qp soft break with bare CR", "quoted-printable", "a=\rb", "ab", false},
		{"qp soft break at end", "quoted-printable", "end=", "end", false},
		{"qp control bytes kept", "quoted-printable", "a\x00b\x7fc\x0cd", "a\x00b\x7fc\x0cd", false},
		{"qp line longer than the decoder's buffer", "quoted-printable", long + "=41\r\nz", long + "A\r\nz", false},
	}
	for _, tt := range tests {
		for _, oneByte := range []bool{false, true} {
			var r io.Reader = strings.NewReader(tt.in)
			if oneByte {
				r = iotest.OneByteReader(r)
			}
			p := &parser{msg: &Message{}}
			dec := p.transferDecoder(tt.enc, r, "1")
			got, err := io.ReadAll(dec)
			if err != nil {
				t.Errorf("%s: read error %v", tt.name, err)
			}
			if string(got) != tt.want || dec.Bad() != tt.bad {
				t.Errorf("%s (one byte reads %v) = %q, bad %v; want %q, bad %v", tt.name, oneByte, got, dec.Bad(), tt.want, tt.bad)
			}
		}
	}
}

func TestTransferDecoderUnknown(t *testing.T) {
	p := &parser{msg: &Message{}}
	for _, enc := range []string{"", "7bit", "8BIT", "binary", "7-bit", "x-uuencode"} {
		got, _ := io.ReadAll(p.transferDecoder(enc, strings.NewReader("as is=41"), "1"))
		if string(got) != "as is=41" {
			t.Errorf("%q: got %q", enc, got)
		}
	}
	if len(p.msg.Problems) != 1 || p.msg.Problems[0] != "unknown transfer encoding x-uuencode in part 1" {
		t.Errorf("problems %q, want one for x-uuencode", p.msg.Problems)
	}
}
