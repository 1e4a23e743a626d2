package api

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"

	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api/loadgen"
)

// TestResponseCodec checks that the direct encoder writes the bytes
// proto.Marshal writes, for real answers and for the edge values of each
// field, and that what it leaves to the protobuf codec still round-trips.
func TestResponseCodec(t *testing.T) {
	srv := NewClassifierServer(newTestClassifier(t))
	var real []*hotlinev1.ClassifyResponse
	lean := loadgen.SampleRequest()
	lean.OmitPreparedText = true
	for _, req := range []*hotlinev1.ClassifyRequest{loadgen.SampleRequest(), loadgen.SampleRaw(), lean, {Text: "ok"}} {
		resp, err := srv.Classify(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		real = append(real, resp)
	}
	edge := &hotlinev1.ClassifyResponse{
		Anger: math.Copysign(0, -1), Urgency: math.NaN(), Heat: math.Inf(1), Level: hotlinev1.Level(-3), Sentiment: -1e300,
		Reasons: []*hotlinev1.Reason{
			{},
			{Signal: "x", Weight: -0.5, Phrase: strings.Repeat("é", 100), Start: -1, End: math.MaxInt32},
			{Start: 1 << 20},
		},
		PreparedText: strings.Repeat("long text ", 20000), // above the buffer pooling threshold
	}
	msgs := []proto.Message{edge, &hotlinev1.ClassifyResponse{}, &hotlinev1.ClassifyStreamResponse{},
		&hotlinev1.ClassifyStreamResponse{Id: "e", Outcome: &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{Code: 3, Message: "bad"}}},
		&hotlinev1.ClassifyStreamResponse{Outcome: &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{}}},
		&hotlinev1.ClassifyStreamResponse{Id: "r", Outcome: &hotlinev1.ClassifyStreamResponse_Result{Result: &hotlinev1.ClassifyResponse{}}},
		&hotlinev1.ClassifyBatchStreamResponse{},
	}
	batch := &hotlinev1.ClassifyBatchStreamResponse{}
	for i, r := range append(real, edge) {
		msgs = append(msgs, r)
		sr := &hotlinev1.ClassifyStreamResponse{Id: strings.Repeat("i", i*60), Outcome: &hotlinev1.ClassifyStreamResponse_Result{Result: r}}
		msgs = append(msgs, sr)
		batch.Results = append(batch.Results, sr, &hotlinev1.ClassifyStreamResponse{Id: "x",
			Outcome: &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{Code: 3, Message: "nothing to score"}}})
	}
	msgs = append(msgs, batch)
	// Left to the protobuf codec: unknown fields.
	unknown := protowire.AppendString(protowire.AppendTag(nil, 99, protowire.BytesType), "later field")
	withUnknown := proto.Clone(real[0]).(*hotlinev1.ClassifyResponse)
	withUnknown.GetReasons()[0].ProtoReflect().SetUnknown(unknown)
	msgs = append(msgs, withUnknown)
	errUnknown := &hotlinev1.ClassifyError{Code: 3}
	errUnknown.ProtoReflect().SetUnknown(unknown)
	msgs = append(msgs, &hotlinev1.ClassifyBatchStreamResponse{Results: []*hotlinev1.ClassifyStreamResponse{
		{Outcome: &hotlinev1.ClassifyStreamResponse_Error{Error: errUnknown}}}})

	c := newResponseCodec()
	for i, m := range msgs {
		data, err := c.Marshal(m)
		if err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		got := data.Materialize()
		data.Free()
		want, err := proto.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("message %d (%T): direct encoding differs from proto.Marshal:\n got %x\nwant %x", i, m, got, want)
			continue
		}
		back := m.ProtoReflect().New().Interface()
		if err := proto.Unmarshal(got, back); err != nil || !proto.Equal(back, m) {
			t.Errorf("message %d (%T) does not round-trip: %v", i, m, err)
		}
	}
	// Messages of other types go to the protobuf codec.
	req := loadgen.SampleRequest()
	data, err := c.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	back := &hotlinev1.ClassifyRequest{}
	if err := c.Unmarshal(data, back); err != nil || !proto.Equal(back, req) {
		t.Errorf("request does not round-trip through the codec: %v", err)
	}
}

// BenchmarkResponseCodec compares the direct encoding of the sample's
// answer with the protobuf codec's.
//
//	go test -run '^$' -bench ResponseCodec -cpu 1 ./service/api
func BenchmarkResponseCodec(b *testing.B) {
	resp, err := NewClassifierServer(newTestClassifier(b)).Classify(context.Background(), loadgen.SampleRequest())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		codec interface {
			Marshal(any) (mem.BufferSlice, error)
		}
	}{{"direct", newResponseCodec()}, {"proto", encoding.GetCodecV2("proto")}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				data, err := c.codec.Marshal(resp)
				if err != nil {
					b.Fatal(err)
				}
				data.Free()
			}
		})
	}
}
