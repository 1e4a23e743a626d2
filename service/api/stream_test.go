package api

import (
	"context"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/classify"
)

// concurrencyClassifier answers with the text's length as anger after a
// pause, and records how many messages it worked on at once, in total
// and among those of at least large bytes.
type concurrencyClassifier struct {
	pause time.Duration
	large int

	mu                             sync.Mutex
	now, most, nowLarge, mostLarge int
}

func (c *concurrencyClassifier) Classify(ctx context.Context, in classify.Input) (classify.Result, error) {
	big := len(in.Text) >= c.large
	c.mu.Lock()
	c.now++
	c.most = max(c.most, c.now)
	if big {
		c.nowLarge++
		c.mostLarge = max(c.mostLarge, c.nowLarge)
	}
	c.mu.Unlock()
	time.Sleep(c.pause)
	c.mu.Lock()
	c.now--
	if big {
		c.nowLarge--
	}
	c.mu.Unlock()
	return classify.Result{Anger: float64(len(in.Text)), Prepared: in.Text}, nil
}

// streamAll sends texts over one stream and returns the answers' anger,
// checking that they come back in order.
func streamAll(t *testing.T, client hotlinev1.ClassifierServiceClient, texts []string) {
	t.Helper()
	stream, err := client.ClassifyStream(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		for i, s := range texts {
			if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Id: strconv.Itoa(i), Request: &hotlinev1.ClassifyRequest{Text: s, OmitPreparedText: true}}); err != nil {
				return
			}
		}
		stream.CloseSend()
	}()
	for i, s := range texts {
		resp, err := stream.Recv()
		if err != nil {
			t.Fatalf("Recv %d: %v", i, err)
		}
		if resp.GetId() != strconv.Itoa(i) || resp.GetResult().GetAnger() != float64(len(s)) {
			t.Fatalf("answer %d: id %q anger %v, want id %d anger %d (out of order)", i, resp.GetId(), resp.GetResult().GetAnger(), i, len(s))
		}
	}
}

// TestClassifyStreamUsesCores checks that one stream's messages are
// scored on several cores at once and still answered in order.
func TestClassifyStreamUsesCores(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("needs GOMAXPROCS >= 2")
	}
	c := &concurrencyClassifier{pause: 5 * time.Millisecond, large: 1 << 30}
	ts := startServer(t, c, ServerOptions{})
	texts := make([]string, 40)
	for i := range texts {
		texts[i] = strings.Repeat("x", 1+i%9)
	}
	streamAll(t, ts.client, texts)
	if c.most < 2 {
		t.Errorf("at most %d messages scored at once, want at least 2", c.most)
	}
}

// TestClassifyStreamLargeMessagesAlone checks that messages over half the
// size limit are scored one at a time, so a stream of large mail holds
// no more memory than the in-flight limit counts for it.
func TestClassifyStreamLargeMessagesAlone(t *testing.T) {
	const limit = 64 << 10
	c := &concurrencyClassifier{pause: 2 * time.Millisecond, large: limit / 2}
	ts := startServer(t, c, ServerOptions{}, WithMaxMessageBytes(limit))
	var texts []string
	for i := range 30 {
		n := 10
		if i%3 != 0 {
			n = limit/2 + 100*i
		}
		texts = append(texts, strings.Repeat("y", n))
	}
	streamAll(t, ts.client, texts)
	if c.mostLarge > 1 {
		t.Errorf("%d large messages scored at once, want 1", c.mostLarge)
	}
	if c.most > 1 {
		t.Errorf("%d messages scored beside a large one, want none", c.most)
	}
}
