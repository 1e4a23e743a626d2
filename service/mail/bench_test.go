package mail

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotline/hotline/internal/cputime"
	"github.com/hotline/hotline/internal/mailtest"
)

// BenchmarkParse parses a realistic 4 KB support mail: multipart/mixed with a
// quoted-printable text/html alternative and a small PDF attachment.
func BenchmarkParse(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "realistic-4k.eml"))
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, raw, Parse)
}

// BenchmarkParser parses the same mail as BenchmarkParse with one Parser,
// as the ingester's workers do.
func BenchmarkParser(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "realistic-4k.eml"))
	if err != nil {
		b.Fatal(err)
	}
	var ps Parser
	benchParse(b, raw, ps.Parse)
}

// benchParse reports CPU time per message beside wall time: on a shared
// machine wall time mostly measures the neighbours.
func benchParse(b *testing.B, raw []byte, parse func(io.Reader, Options) (*Message, error)) {
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		m, err := parse(bytes.NewReader(raw), Options{})
		if err != nil || m.Text == "" {
			b.Fatalf("Parse: %v", err)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
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

// BenchmarkParsePlain parses the 3.8 KB plain-text reply of mailtest.Reply,
// the common case in a first sync.
func BenchmarkParsePlain(b *testing.B) {
	benchParse(b, mailtest.Reply(7), Parse)
}

// BenchmarkParserPlain parses the same reply with one Parser, as the
// ingester's workers do.
func BenchmarkParserPlain(b *testing.B) {
	var ps Parser
	benchParse(b, mailtest.Reply(7), ps.Parse)
}

// BenchmarkNormalizeText normalises the body of mailtest.Reply: CRLF lines
// of words, most of them quoted.
func BenchmarkNormalizeText(b *testing.B) {
	raw := string(mailtest.Reply(7))
	body := raw[strings.Index(raw, "\r\n\r\n")+4:]
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		normalizeText(body)
	}
}
