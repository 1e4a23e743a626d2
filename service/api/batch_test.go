package api

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api/loadgen"
)

// TestClassifyBatchStream checks that every message of every batch gets
// the answer a unary call gets, under its id and in order, and that bad
// messages get their own error without ending the stream.
func TestClassifyBatchStream(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	good := []*hotlinev1.ClassifyRequest{
		loadgen.SampleRequest(),
		loadgen.SampleRaw(),
		{Text: "Thanks, that fixed it.", OmitPreparedText: true},
		{Subject: "URGENT: nothing works", Text: "We are losing orders every minute!!"},
	}
	bad := []*hotlinev1.ClassifyRequest{
		{},
		{Text: "caf\xe9"},
		{Raw: []byte("not a mail"), Text: "both"},
		nil,
	}
	stream, err := ts.client.ClassifyBatchStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	batches := [][]*hotlinev1.ClassifyRequest{
		{good[0], bad[0], good[1], bad[1], good[2]},
		{},
		{bad[2], good[3], bad[3]},
		{good[0]},
	}
	seq := 0
	for b, reqs := range batches {
		batch := &hotlinev1.ClassifyBatchStreamRequest{}
		for _, r := range reqs {
			batch.Messages = append(batch.Messages, &hotlinev1.ClassifyStreamRequest{Id: "m" + strconv.Itoa(seq), Request: r})
			seq++
		}
		if err := stream.Send(batch); err != nil {
			t.Fatalf("send batch %d: %v", b, err)
		}
		resp, err := stream.Recv()
		if err != nil {
			t.Fatalf("receive batch %d: %v", b, err)
		}
		if len(resp.GetResults()) != len(reqs) {
			t.Fatalf("batch %d: %d results for %d messages", b, len(resp.GetResults()), len(reqs))
		}
		for i, got := range resp.GetResults() {
			msg := batch.GetMessages()[i]
			if got.GetId() != msg.GetId() {
				t.Errorf("batch %d, result %d: id %q, want %q", b, i, got.GetId(), msg.GetId())
			}
			want, err := ts.client.Classify(ctx, msg.GetRequest())
			if err != nil {
				if got.GetError().GetCode() != int32(codes.InvalidArgument) || got.GetError().GetMessage() == "" {
					t.Errorf("batch %d, result %d: %v, want the unary call's error %v", b, i, got, err)
				}
				continue
			}
			if !proto.Equal(got.GetResult(), want) {
				t.Errorf("batch %d, result %d differs from the unary answer:\n got %v\nwant %v", b, i, got.GetResult(), want)
			}
		}
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); err == nil {
		t.Error("stream did not end after CloseSend")
	}
}

// TestClassifyBatchStreamTooManyMessages checks that messages beyond
// MaxBatchMessages get an error each and the rest are scored.
func TestClassifyBatchStreamTooManyMessages(t *testing.T) {
	ts := startServer(t, &concurrencyClassifier{large: 1 << 30}, ServerOptions{})
	stream, err := ts.client.ClassifyBatchStream(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	batch := &hotlinev1.ClassifyBatchStreamRequest{}
	for i := range MaxBatchMessages + 5 {
		batch.Messages = append(batch.Messages, &hotlinev1.ClassifyStreamRequest{Id: strconv.Itoa(i), Request: &hotlinev1.ClassifyRequest{Text: "hi"}})
	}
	if err := stream.Send(batch); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.GetResults()) != MaxBatchMessages+5 {
		t.Fatalf("%d results, want %d", len(resp.GetResults()), MaxBatchMessages+5)
	}
	for i, r := range resp.GetResults() {
		if r.GetId() != strconv.Itoa(i) {
			t.Fatalf("result %d has id %q", i, r.GetId())
		}
		over := i >= MaxBatchMessages
		if over && (r.GetError().GetCode() != int32(codes.InvalidArgument) || !strings.Contains(r.GetError().GetMessage(), "later batch")) {
			t.Errorf("result %d: %v, want an error saying to send it again", i, r)
		}
		if !over && r.GetResult() == nil {
			t.Errorf("result %d: %v, want a result", i, r)
		}
	}
}

// TestClassifyBatchStreamUsesCores checks that one batch is scored on
// several cores at once when they are idle.
func TestClassifyBatchStreamUsesCores(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("needs GOMAXPROCS >= 2")
	}
	c := &concurrencyClassifier{pause: 5 * time.Millisecond, large: 1 << 30}
	ts := startServer(t, c, ServerOptions{})
	stream, err := ts.client.ClassifyBatchStream(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	batch := &hotlinev1.ClassifyBatchStreamRequest{}
	for i := range 20 {
		batch.Messages = append(batch.Messages, &hotlinev1.ClassifyStreamRequest{Id: strconv.Itoa(i), Request: &hotlinev1.ClassifyRequest{Text: strings.Repeat("x", 1+i)}})
	}
	if err := stream.Send(batch); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range resp.GetResults() {
		if r.GetResult().GetAnger() != float64(1+i) {
			t.Fatalf("result %d: anger %v, want %d (out of order)", i, r.GetResult().GetAnger(), 1+i)
		}
	}
	if c.most < 2 {
		t.Errorf("at most %d messages scored at once, want at least 2", c.most)
	}
}
