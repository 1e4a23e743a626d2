package api

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api/loadgen"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
)

// recordingClassifier passes calls to a real classifier and remembers the
// inputs, so tests can check what the API handed over.
type recordingClassifier struct {
	next   Classifier
	mu     sync.Mutex
	inputs []classify.Input
}

func (r *recordingClassifier) Classify(ctx context.Context, in classify.Input) (classify.Result, error) {
	r.mu.Lock()
	r.inputs = append(r.inputs, in)
	r.mu.Unlock()
	return r.next.Classify(ctx, in)
}

func (r *recordingClassifier) last(t *testing.T) classify.Input {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.inputs) == 0 {
		t.Fatal("classifier was not called")
	}
	return r.inputs[len(r.inputs)-1]
}

const angryText = `This is the THIRD time I am writing and nobody has called me back!!!
Our shop has been unable to take card payments since this morning and we are losing sales.
If this is not fixed today I will cancel the contract and talk to my lawyer.`

func TestClassifyText(t *testing.T) {
	c := newTestClassifier(t)
	rec := &recordingClassifier{next: c}
	ts := startServer(t, rec, ServerOptions{})
	ctx := testContext(t)

	req := &hotlinev1.ClassifyRequest{
		Subject: "Card payments down AGAIN",
		Text:    angryText,
		From:    "Sam Carter <sam@shop.example>",
		Headers: map[string]string{"x-priority": "1", "IMPORTANCE": "high"},
	}
	got, err := ts.client.Classify(ctx, req)
	if err != nil {
		t.Fatalf("Classify: %v", err)
	}

	wantIn := classify.Input{
		Subject: req.Subject,
		Text:    req.Text,
		From:    req.From,
		Headers: map[string]string{"X-Priority": "1", "Importance": "high"},
	}
	in := rec.last(t)
	if fmt.Sprint(in) != fmt.Sprint(wantIn) {
		t.Errorf("classifier input\n got %+v\nwant %+v", in, wantIn)
	}

	want, err := c.Classify(ctx, wantIn)
	if err != nil {
		t.Fatal(err)
	}
	checkResponse(t, got, want)
	if len(got.GetReasons()) == 0 {
		t.Error("no reasons for an angry, urgent message")
	}

	calm, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: "Thanks for the quick fix yesterday, all is well now."})
	if err != nil {
		t.Fatalf("Classify calm: %v", err)
	}
	if calm.GetHeat() >= got.GetHeat() {
		t.Errorf("calm message heat %v >= angry message heat %v", calm.GetHeat(), got.GetHeat())
	}
}

// checkResponse compares a response field by field with the result the
// classifier gives directly.
func checkResponse(t *testing.T, got *hotlinev1.ClassifyResponse, want classify.Result) {
	t.Helper()
	if got.GetAnger() != want.Anger || got.GetUrgency() != want.Urgency || got.GetHeat() != want.Heat || got.GetSentiment() != want.Sentiment {
		t.Errorf("scores: got anger %v urgency %v heat %v sentiment %v; want %v %v %v %v",
			got.GetAnger(), got.GetUrgency(), got.GetHeat(), got.GetSentiment(), want.Anger, want.Urgency, want.Heat, want.Sentiment)
	}
	wantLevel := map[classify.Level]hotlinev1.Level{
		classify.Cool: hotlinev1.Level_LEVEL_COOL,
		classify.Warm: hotlinev1.Level_LEVEL_WARM,
		classify.Hot:  hotlinev1.Level_LEVEL_HOT,
	}[want.Level]
	if got.GetLevel() != wantLevel {
		t.Errorf("level = %v, want %v", got.GetLevel(), wantLevel)
	}
	if got.GetPreparedText() != want.Prepared {
		t.Errorf("prepared_text = %q, want %q", got.GetPreparedText(), want.Prepared)
	}
	if len(got.GetReasons()) != len(want.Reasons) {
		t.Fatalf("%d reasons, want %d", len(got.GetReasons()), len(want.Reasons))
	}
	for i, r := range got.GetReasons() {
		w := want.Reasons[i]
		if r.GetSignal() != w.Signal || r.GetWeight() != w.Weight || r.GetPhrase() != w.Phrase || int(r.GetStart()) != w.Start || int(r.GetEnd()) != w.End {
			t.Errorf("reason %d = %v, want %+v", i, r, w)
		}
		if r.GetPhrase() != "" && got.GetPreparedText()[r.GetStart():r.GetEnd()] != r.GetPhrase() {
			t.Errorf("reason %d span [%d:%d] does not hold %q", i, r.GetStart(), r.GetEnd(), r.GetPhrase())
		}
	}
}

func TestClassifyRaw(t *testing.T) {
	c := newTestClassifier(t)
	rec := &recordingClassifier{next: c}
	ts := startServer(t, rec, ServerOptions{})

	req := loadgen.SampleRaw()
	got, err := ts.client.Classify(testContext(t), req)
	if err != nil {
		t.Fatalf("Classify raw: %v", err)
	}
	m, err := mail.Parse(bytes.NewReader(req.GetRaw()), mail.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantIn := classify.FromMail(m)
	if in := rec.last(t); fmt.Sprint(in) != fmt.Sprint(wantIn) {
		t.Errorf("classifier input\n got %+v\nwant %+v", in, wantIn)
	}
	if !strings.Contains(wantIn.Text, "third time this week") || wantIn.Headers["Importance"] != "High" {
		t.Errorf("raw message was not parsed into text and headers: %+v", wantIn)
	}
	want, err := c.Classify(testContext(t), wantIn)
	if err != nil {
		t.Fatal(err)
	}
	checkResponse(t, got, want)
}

func TestClassifyInvalidArgument(t *testing.T) {
	const limit = 1000
	ts := startServer(t, newTestClassifier(t), ServerOptions{}, WithMaxMessageBytes(limit))
	tooManyHeaders := map[string]string{}
	for i := range MaxHeaders + 1 {
		tooManyHeaders["X-Custom-"+strconv.Itoa(i)] = "v"
	}
	tests := []struct {
		name string
		req  *hotlinev1.ClassifyRequest
		want string
	}{
		{"empty request", &hotlinev1.ClassifyRequest{}, "nothing to score: set text"},
		{"only from and headers", &hotlinev1.ClassifyRequest{From: "a@b.example", Headers: map[string]string{"Importance": "high"}}, "nothing to score"},
		{"raw and text", &hotlinev1.ClassifyRequest{Raw: []byte("Subject: hi\r\n\r\nbody"), Text: "body"}, "raw and text are both set"},
		{"raw and subject", &hotlinev1.ClassifyRequest{Raw: []byte("Subject: hi\r\n\r\nbody"), Subject: "hi"}, "raw and subject are both set"},
		{"raw and headers", &hotlinev1.ClassifyRequest{Raw: []byte("Subject: hi\r\n\r\nbody"), Headers: map[string]string{"A": "b"}}, "raw and headers are both set"},
		{"raw without header", &hotlinev1.ClassifyRequest{Raw: []byte("just some words, no header")}, "raw does not start with a header field"},
		{"raw binary", &hotlinev1.ClassifyRequest{Raw: []byte("\x89PNG\r\n\x1a\n\x00\x00")}, "raw does not start with a header field"},
		{"raw blank lines", &hotlinev1.ClassifyRequest{Raw: []byte("\r\n\r\n")}, "raw does not start with a header field"},
		{"raw over limit", &hotlinev1.ClassifyRequest{Raw: []byte("Subject: x\r\n\r\n" + strings.Repeat("a", limit))}, "over the 1000-byte limit"},
		{"text over limit", &hotlinev1.ClassifyRequest{Text: strings.Repeat("a", limit+1)}, "text is 1001 bytes, over the 1000-byte limit"},
		{"subject over limit", &hotlinev1.ClassifyRequest{Subject: strings.Repeat("a", limit+1)}, "subject is 1001 bytes, over the 1000-byte limit"},
		{"invalid utf-8 text", &hotlinev1.ClassifyRequest{Text: "caf\xe9 is closed"}, "text is not valid UTF-8 (bad byte at offset 3)"},
		{"invalid utf-8 subject", &hotlinev1.ClassifyRequest{Subject: "\xff", Text: "ok"}, "subject is not valid UTF-8 (bad byte at offset 0)"},
		{"invalid utf-8 from", &hotlinev1.ClassifyRequest{From: "J\xf6rg <j@x.example>", Text: "ok"}, "from is not valid UTF-8 (bad byte at offset 1)"},
		{"invalid utf-8 header value", &hotlinev1.ClassifyRequest{Text: "ok", Headers: map[string]string{"Importance": "h\xc3igh"}}, "header Importance is not valid UTF-8"},
		{"too many headers", &hotlinev1.ClassifyRequest{Text: "ok", Headers: tooManyHeaders}, "101 headers given, at most 100 allowed"},
		{"header name with colon", &hotlinev1.ClassifyRequest{Text: "ok", Headers: map[string]string{"X-Priority:": "1"}}, `header name "X-Priority:" is not a valid field name`},
		{"empty header name", &hotlinev1.ClassifyRequest{Text: "ok", Headers: map[string]string{"": "1"}}, `header name "" is not a valid field name`},
	}
	ctx := testContext(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ts.client.Classify(ctx, tt.req)
			st := status.Convert(err)
			if st.Code() != codes.InvalidArgument {
				t.Fatalf("code = %v (%v), want InvalidArgument", st.Code(), err)
			}
			if !strings.Contains(st.Message(), tt.want) {
				t.Errorf("message %q lacks %q", st.Message(), tt.want)
			}
		})
	}

	// At the limit is still fine.
	if _, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Text: strings.Repeat("a ", limit/2)}); err != nil {
		t.Errorf("text of exactly %d bytes: %v", limit, err)
	}
}

func TestClassifyStreamKeepsGoingPastBadMessages(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	const n, bad = 100, 50
	reqs := make([]*hotlinev1.ClassifyStreamRequest, n)
	for i := range reqs {
		r := &hotlinev1.ClassifyRequest{Text: fmt.Sprintf("Message %d: the printer is broken again, %s", i, strings.Repeat("please help! ", i%7))}
		if i%10 == 3 {
			r = loadgen.SampleRequest()
		}
		if i == bad {
			r = &hotlinev1.ClassifyRequest{Raw: []byte("Subject: x\r\n\r\nbody"), Text: "both"}
		}
		reqs[i] = &hotlinev1.ClassifyStreamRequest{Id: "m-" + strconv.Itoa(i), Request: r}
	}

	stream, err := ts.client.ClassifyStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sendErr := make(chan error, 1)
	go func() {
		for _, r := range reqs {
			if err := stream.Send(r); err != nil {
				sendErr <- err
				return
			}
		}
		sendErr <- stream.CloseSend()
	}()

	for i := range n {
		resp, err := stream.Recv()
		if err != nil {
			t.Fatalf("Recv %d: %v", i, err)
		}
		if resp.GetId() != reqs[i].GetId() {
			t.Fatalf("response %d has id %q, want %q (out of order)", i, resp.GetId(), reqs[i].GetId())
		}
		if i == bad {
			e := resp.GetError()
			if e == nil || codes.Code(e.GetCode()) != codes.InvalidArgument || !strings.Contains(e.GetMessage(), "raw and text are both set") {
				t.Errorf("response %d = %v, want an INVALID_ARGUMENT error about raw and text", i, resp)
			}
			continue
		}
		if resp.GetError() != nil {
			t.Errorf("response %d: unexpected error %v", i, resp.GetError())
			continue
		}
		// Streaming must score exactly like unary.
		unary, err := ts.client.Classify(ctx, reqs[i].GetRequest())
		if err != nil {
			t.Fatal(err)
		}
		if !proto.Equal(resp.GetResult(), unary) {
			t.Errorf("response %d differs from unary Classify:\n got %v\nwant %v", i, resp.GetResult(), unary)
		}
	}
	if _, err := stream.Recv(); err != io.EOF {
		t.Errorf("after %d responses: %v, want io.EOF", n, err)
	}
	if err := <-sendErr; err != nil {
		t.Errorf("Send: %v", err)
	}
}

func TestClassifyStreamMissingRequest(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	stream, err := ts.client.ClassifyStream(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Id: "empty"}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if e := resp.GetError(); e == nil || codes.Code(e.GetCode()) != codes.InvalidArgument || resp.GetId() != "empty" {
		t.Errorf("response = %v, want INVALID_ARGUMENT for id empty", resp)
	}
	stream.CloseSend()
}

func TestInvalidUTF8Offset(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", -1},
		{"plain", -1},
		{"naïve ☕", -1},
		{"\xff", 0},
		{"ab\xc3", 2},
		{"é\xe2\x82", 2},
	}
	for _, tt := range tests {
		if got := invalidUTF8(tt.in); got != tt.want {
			t.Errorf("invalidUTF8(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// BenchmarkClassifyUnary measures unary calls over a loopback TCP
// connection with the sample support mail. Eight callers per core keep the
// server busy, so ns/op is the cost of a call at full load, not the round
// trip of a lone caller.
func BenchmarkClassifyUnary(b *testing.B) {
	ts := startServerLogging(b, slog.LevelInfo, newTestClassifier(b), ServerOptions{})
	ctx := testContext(b)
	req := loadgen.SampleRequest()
	b.SetBytes(int64(proto.Size(req)))
	b.ReportAllocs()
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := ts.client.Classify(ctx, req); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func TestClassifyOmitPreparedText(t *testing.T) {
	ts := startServer(t, newTestClassifier(t), ServerOptions{})
	ctx := testContext(t)
	full, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Subject: "Card payments down AGAIN", Text: angryText})
	if err != nil {
		t.Fatalf("Classify: %v", err)
	}
	lean, err := ts.client.Classify(ctx, &hotlinev1.ClassifyRequest{Subject: "Card payments down AGAIN", Text: angryText, OmitPreparedText: true})
	if err != nil {
		t.Fatalf("Classify lean: %v", err)
	}
	if full.GetPreparedText() == "" || lean.GetPreparedText() != "" {
		t.Fatalf("prepared_text: %d bytes in full, %d in lean response; want some and none", len(full.GetPreparedText()), len(lean.GetPreparedText()))
	}
	full.PreparedText = ""
	if !proto.Equal(full, lean) {
		t.Errorf("lean response differs beyond prepared_text:\n full %v\n lean %v", full, lean)
	}

	stream, err := ts.client.ClassifyStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&hotlinev1.ClassifyStreamRequest{Id: "1", Request: &hotlinev1.ClassifyRequest{Text: angryText, OmitPreparedText: true}}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if r := resp.GetResult(); r == nil || r.GetPreparedText() != "" || len(r.GetReasons()) == 0 {
		t.Errorf("streamed lean response = %v; want reasons and no prepared_text", resp)
	}
	stream.CloseSend()
}
