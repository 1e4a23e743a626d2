package api

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// repeated is n bytes of word repeated, the worst case for rule matching
// when word is in a lexicon.
func repeated(word string, n int) string {
	return strings.Repeat(word+" ", n/(len(word)+1)+1)[:n]
}

// costPaths builds a request of about n bytes of word for each way a body
// reaches the classifier.
var costPaths = map[string]func(word string, n int) *hotlinev1.ClassifyRequest{
	"text": func(w string, n int) *hotlinev1.ClassifyRequest {
		return &hotlinev1.ClassifyRequest{Text: repeated(w, n)}
	},
	"raw": func(w string, n int) *hotlinev1.ClassifyRequest {
		return &hotlinev1.ClassifyRequest{Raw: []byte("From: a@example.com\r\nSubject: x\r\n\r\n" + repeated(w, n))}
	},
	"raw-html": func(w string, n int) *hotlinev1.ClassifyRequest {
		body := strings.Repeat("<p>"+w+"</p>\n", n/(len(w)+8)+1)[:n]
		return &hotlinev1.ClassifyRequest{Raw: []byte("From: a@example.com\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n" + body)}
	},
	"raw-base64": func(w string, n int) *hotlinev1.ClassifyRequest {
		// 57 bytes encode to a 76-character line and its CRLF.
		enc := base64.StdEncoding.EncodeToString([]byte(repeated(w, n/78*57)))
		var b strings.Builder
		for len(enc) > 0 {
			k := min(76, len(enc))
			b.WriteString(enc[:k] + "\r\n")
			enc = enc[k:]
		}
		return &hotlinev1.ClassifyRequest{Raw: []byte("From: a@example.com\r\nSubject: x\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b.String())}
	},
}

// TestCostPerByteThroughTheAPI fails when the time per byte of a
// pathological message, sent through any API path (text, raw, HTML,
// base64, a stream), grows with its size: a quadratic step anywhere from
// decoding to scoring makes it grow eightfold between the sizes, where the
// test allows threefold. It also checks that a megabyte of a word every
// lexicon matches costs at most three times a megabyte of a word that
// matches nothing. Each time is the fastest of several calls, measured up
// to three times, so a busy machine does not make it fail.
func TestCostPerByteThroughTheAPI(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("times classification of megabyte requests; meaningless under -short or -race")
	}
	ts := startServerLogging(t, 0, newTestClassifier(t), ServerOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	stream, err := ts.client.ClassifyStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer stream.CloseSend()

	call := func(t *testing.T, path string, req *hotlinev1.ClassifyRequest) {
		if path == "stream" {
			if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Request: req}); err != nil {
				t.Fatal(err)
			}
			resp, err := stream.Recv()
			if err != nil || resp.GetError() != nil {
				t.Fatalf("stream: %v %v", err, resp.GetError())
			}
			return
		}
		if _, err := ts.client.Classify(ctx, req); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	timeOf := func(t *testing.T, path, word string, n int) time.Duration {
		build := costPaths[path]
		if path == "stream" {
			build = costPaths["text"]
		}
		req := build(word, n)
		best := time.Duration(1<<63 - 1)
		for range 5 {
			start := time.Now()
			call(t, path, req)
			best = min(best, time.Since(start))
		}
		return best
	}
	// Both bounded by the receive limit, with room for the headers.
	const small, large, huge = 32 << 10, 256 << 10, 1<<20 - 4<<10
	perByte := func(t *testing.T, path, word string, n int) float64 {
		return float64(timeOf(t, path, word, n)) / float64(n)
	}
	within := func(t *testing.T, what string, ratio func() float64) {
		t.Helper()
		var r float64
		for range 3 {
			if r = ratio(); r < 3 {
				return
			}
		}
		t.Errorf("%s: %.1f times, want under 3", what, r)
	}
	for _, path := range []string{"text", "raw", "raw-html", "raw-base64", "stream"} {
		for _, word := range []string{"furious", "angry", "hello"} {
			t.Run(path+"/"+word, func(t *testing.T) {
				within(t, fmt.Sprintf("time per byte from %d to %d bytes", small, large), func() float64 {
					return perByte(t, path, word, large) / perByte(t, path, word, small)
				})
				within(t, fmt.Sprintf("time per byte from %d to %d bytes", large, huge), func() float64 {
					return perByte(t, path, word, huge) / perByte(t, path, word, large)
				})
			})
		}
		t.Run(path+"/furious-vs-hello", func(t *testing.T) {
			within(t, "1 MiB of furious against 1 MiB of hello", func() float64 {
				return float64(timeOf(t, path, "furious", huge)) / float64(timeOf(t, path, "hello", huge))
			})
		})
	}
}
