package mail

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hotline/hotline/internal/cputime"
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

// plainReply is the shape of most support mail a first sync reads: about
// 3.8 KB of 8-bit text/plain, a reply quoting the conversation below it,
// with the headers a real delivery carries. It matches the messages the
// ingest benchmarks deliver to Dovecot.
func plainReply(i int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Return-Path: <customer%d@example.com>\r\n", i)
	fmt.Fprintf(&b, "Received: from mx.example.com (mx.example.com [192.0.2.1])\r\n\tby mail.example.org with ESMTPS id %08x\r\n\tfor <support@example.org>; Mon, 23 Nov 2026 10:00:00 +0000\r\n", i)
	fmt.Fprintf(&b, "From: \"Customer %d\" <customer%d@example.com>\r\nTo: support@example.org\r\n", i, i)
	fmt.Fprintf(&b, "Subject: Re: Order %d delayed\r\nDate: Mon, 23 Nov 2026 10:%02d:%02d +0000\r\n", i, (i/60)%60, i%60)
	fmt.Fprintf(&b, "Message-ID: <bench-%d@example.com>\r\nIn-Reply-To: <reply-%d@example.org>\r\nReferences: <orig-%d@example.com> <reply-%d@example.org>\r\n", i, i, i, i)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	b.WriteString("Hello, thanks for the update. Could you tell me when the package will ship?\r\nI would like to plan the delivery. Kind regards.\r\n\r\n")
	for b.Len() < 3600 {
		b.WriteString("> On Friday the support team wrote: we are looking into your order and will get back to you\r\n> as soon as we have news from the warehouse. Thank you for your patience.\r\n")
	}
	b.WriteString("\r\n-- \r\nCustomer\r\nExample Street 1, 12345 Example City\r\n")
	return b.Bytes()
}

// BenchmarkParsePlain parses the 3.8 KB plain-text reply of plainReply,
// the common case in a first sync.
func BenchmarkParsePlain(b *testing.B) {
	benchParse(b, plainReply(7), Parse)
}

// BenchmarkParserPlain parses the same reply with one Parser, as the
// ingester's workers do.
func BenchmarkParserPlain(b *testing.B) {
	var ps Parser
	benchParse(b, plainReply(7), ps.Parse)
}

// BenchmarkNormalizeText normalises the body of plainReply: CRLF lines
// of words, most of them quoted.
func BenchmarkNormalizeText(b *testing.B) {
	raw := string(plainReply(7))
	body := raw[strings.Index(raw, "\r\n\r\n")+4:]
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		normalizeText(body)
	}
}
