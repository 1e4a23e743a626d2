package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses a realistic 4 KB support mail: multipart/mixed with a
// quoted-printable text/html alternative and a small PDF attachment.
func BenchmarkParse(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "realistic-4k.eml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		m, err := Parse(bytes.NewReader(raw), Options{})
		if err != nil || m.Text == "" {
			b.Fatalf("Parse: %v", err)
		}
	}
}

func BenchmarkHTMLToText(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "realistic-4k.eml"))
	if err != nil {
		b.Fatal(err)
	}
	m, err := Parse(bytes.NewReader(raw), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(m.HTML)))
	b.ReportAllocs()
	for b.Loop() {
		HTMLToText(m.HTML)
	}
}
