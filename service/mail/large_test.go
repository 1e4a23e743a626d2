package mail

import (
	"bytes"
	"encoding/base64"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// largeMessage streams a message with a short text part followed by an
// attachment of attachBytes decoded bytes, without holding it in memory, so
// the heap measured is the parser's own.
func largeMessage(attachBytes int) (io.Reader, int64) {
	head := "From: Big Sender <big@example.com>\r\nTo: support@hotline.example\r\n" +
		"Subject: logs attached\r\nMessage-ID: <large@example.com>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"LARGE\"\r\n\r\n" +
		"--LARGE\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease look at the attached dump, the service is down.\r\n" +
		"--LARGE\r\nContent-Type: application/octet-stream; name=\"dump.bin\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n"
	tail := "\r\n--LARGE--\r\n"
	// 57 raw bytes encode to one 76-character line.
	raw := bytes.Repeat([]byte{0x5a}, 57)
	line := base64.StdEncoding.EncodeToString(raw) + "\r\n"
	lines := attachBytes / 57
	body := &repeatReader{line: line, n: lines}
	size := int64(len(head)) + int64(len(line))*int64(lines) + int64(len(tail))
	return io.MultiReader(strings.NewReader(head), body, strings.NewReader(tail)), size
}

type repeatReader struct {
	line string
	n    int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	total := 0
	for len(p) > 0 && r.n > 0 {
		c := copy(p, r.line[r.off:])
		p, total, r.off = p[c:], total+c, r.off+c
		if r.off == len(r.line) {
			r.off, r.n = 0, r.n-1
		}
	}
	if total == 0 && r.n == 0 {
		return 0, io.EOF
	}
	return total, nil
}

// TestParseLargeMessage checks that a 25 MB message is parsed in bounded
// memory: the bytes allocated while parsing must stay a small fraction of
// the message size, because parts are streamed and attachments only counted.
func TestParseLargeMessage(t *testing.T) {
	const attach = 18 << 20 // 18 MiB decoded is about 25 MB encoded
	tests := []struct {
		name      string
		opts      Options
		truncated bool
	}{
		{"default limit truncates", Options{}, true},
		{"limit above size reads all", Options{MaxBytes: 64 << 20}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, size := largeMessage(attach)
			if size < 25_000_000 {
				t.Fatalf("generated %d bytes, want at least 25 MB", size)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			peak := peakHeap(before.HeapAlloc)
			m, err := Parse(r, tt.opts)
			maxHeap := peak()
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			allocated := after.TotalAlloc - before.TotalAlloc
			t.Logf("size %d bytes: allocated %d bytes during Parse (%.2f%% of size), peak heap growth %d bytes",
				size, allocated, 100*float64(allocated)/float64(size), maxHeap)
			if m.Size != size || m.Truncated != tt.truncated {
				t.Errorf("Size = %d, Truncated = %v; want %d, %v", m.Size, m.Truncated, size, tt.truncated)
			}
			if m.Text != "Please look at the attached dump, the service is down." {
				t.Errorf("Text = %q", m.Text)
			}
			if len(m.Attachments) != 1 {
				t.Fatalf("attachments = %+v, want one", m.Attachments)
			}
			full := int64(attach / 57 * 57)
			if got := m.Attachments[0].Size; tt.truncated && (got <= 0 || got >= full) || !tt.truncated && got != full {
				t.Errorf("attachment size %d (full size %d, truncated %v)", got, full, tt.truncated)
			}
			// Streaming needs a few buffers; buffering the message would need
			// at least its size.
			if allocated > 4<<20 {
				t.Errorf("allocated %d bytes to parse %d bytes; want under 4 MiB", allocated, size)
			}
		})
	}
}

// peakHeap samples the heap until the returned function is called and
// reports the largest growth over base.
func peakHeap(base uint64) func() uint64 {
	done := make(chan struct{})
	result := make(chan uint64)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > base && ms.HeapAlloc-base > peak {
				peak = ms.HeapAlloc - base
			}
			select {
			case <-done:
				result <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-result
	}
}
