package api

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/api/loadgen"
	"github.com/hotline/hotline/service/api/wire"
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

	c := wire.NewCodec()
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
	}{{"direct", wire.NewCodec()}, {"proto", encoding.GetCodecV2("proto")}} {
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

// requestSeeds are encoded requests of every kind the direct decoder
// takes, and some it leaves to proto.Unmarshal.
func requestSeeds() [][]byte {
	marshal := func(m proto.Message) []byte {
		b, err := proto.Marshal(m)
		if err != nil {
			panic(err)
		}
		return b
	}
	sample, raw := loadgen.SampleRequest(), loadgen.SampleRaw()
	lean := loadgen.SampleRequest()
	lean.OmitPreparedText = true
	odd := &hotlinev1.ClassifyRequest{Text: "caf\xe9", Headers: map[string]string{"": "", "x": ""}}
	stream := &hotlinev1.ClassifyStreamRequest{Id: "7", Request: sample}
	batch := &hotlinev1.ClassifyBatchStreamRequest{Messages: []*hotlinev1.ClassifyStreamRequest{stream, {Id: "8"}, {Request: lean}, {Request: odd}}}
	seeds := [][]byte{nil, marshal(sample), marshal(raw), marshal(lean), marshal(odd), marshal(stream), marshal(batch)}
	tag := func(b []byte, num protowire.Number, typ protowire.Type) []byte {
		return protowire.AppendTag(b, num, typ)
	}
	str := func(b []byte, num protowire.Number, s string) []byte {
		return protowire.AppendString(tag(b, num, protowire.BytesType), s)
	}
	// Repeated fields (the last wins), an entry without a key, empty raw.
	seeds = append(seeds, str(str(str(nil, 3, "first"), 3, "second"), 1, ""))
	seeds = append(seeds, protowire.AppendBytes(tag(nil, 5, protowire.BytesType), str(nil, 2, "High")))
	seeds = append(seeds, str(str(marshal(sample), 5, string(str(str(nil, 1, "Importance"), 2, "Low"))), 2, "again"))
	// Left to proto.Unmarshal: unknown fields, a wrong wire type, a
	// request twice in a stream message, a bool as a large varint.
	seeds = append(seeds, str(marshal(sample), 99, "later field"))
	seeds = append(seeds, protowire.AppendVarint(tag(nil, 3, protowire.VarintType), 5))
	seeds = append(seeds, append(marshal(stream), marshal(&hotlinev1.ClassifyStreamRequest{Request: &hotlinev1.ClassifyRequest{From: "x"}})...))
	seeds = append(seeds, protowire.AppendVarint(tag(nil, 6, protowire.VarintType), 1<<40))
	seeds = append(seeds, protowire.AppendBytes(tag(nil, 5, protowire.BytesType), str(nil, 3, "not a map field")))
	// Broken: truncated, a length past the end.
	seeds = append(seeds, marshal(sample)[:100], []byte{0x1a, 0x80, 0x01, 'x'})
	return seeds
}

// checkDecode decodes b as each of the messages newMsg makes, with the
// codec and with proto.Unmarshal, and reports where they differ.
func checkDecode(t *testing.T, c *wire.Codec, b []byte, newMsg ...func() proto.Message) {
	t.Helper()
	for _, newMsg := range newMsg {
		want, got := newMsg(), newMsg()
		// Something to overwrite, as a reused message would have.
		switch m := got.(type) {
		case *hotlinev1.ClassifyRequest:
			m.Text, m.Headers = "stale", map[string]string{"Stale": "1"}
		case *hotlinev1.ClassifyResponse:
			m.PreparedText, m.Reasons = "stale", []*hotlinev1.Reason{{Signal: "stale"}}
		}
		wantErr := proto.Unmarshal(b, want)
		gotErr := c.Unmarshal(mem.BufferSlice{mem.SliceBuffer(bytes.Clone(b))}, got)
		if (wantErr == nil) != (gotErr == nil) {
			t.Fatalf("%T from %x: codec error %v, proto.Unmarshal error %v", want, b, gotErr, wantErr)
		}
		if wantErr == nil && !proto.Equal(got, want) {
			t.Fatalf("%T from %x: codec decoded\n%v\nproto.Unmarshal\n%v", want, b, got, want)
		}
	}
}

var (
	requestTypes = []func() proto.Message{
		func() proto.Message { return new(hotlinev1.ClassifyRequest) },
		func() proto.Message { return new(hotlinev1.ClassifyStreamRequest) },
		func() proto.Message { return new(hotlinev1.ClassifyBatchStreamRequest) },
	}
	responseTypes = []func() proto.Message{
		func() proto.Message { return new(hotlinev1.ClassifyResponse) },
		func() proto.Message { return new(hotlinev1.ClassifyStreamResponse) },
		func() proto.Message { return new(hotlinev1.ClassifyBatchStreamResponse) },
	}
)

// checkRequestDecode checks the codec's decoding of b as each request
// type and each response type.
func checkRequestDecode(t *testing.T, c *wire.Codec, b []byte) {
	t.Helper()
	checkDecode(t, c, b, append(requestTypes, responseTypes...)...)
}

// responseSeeds are encoded answers of every kind the direct decoder
// takes, and some it leaves to proto.Unmarshal.
func responseSeeds(t testing.TB) [][]byte {
	marshal := func(m proto.Message) []byte {
		b, err := proto.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	srv := NewClassifierServer(newTestClassifier(t))
	lean := loadgen.SampleRequest()
	lean.OmitPreparedText = true
	var seeds [][]byte
	batch := &hotlinev1.ClassifyBatchStreamResponse{}
	for i, req := range []*hotlinev1.ClassifyRequest{loadgen.SampleRequest(), loadgen.SampleRaw(), lean, {Text: "ok"}} {
		resp, err := srv.Classify(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		sr := &hotlinev1.ClassifyStreamResponse{Id: strconv.Itoa(i), Outcome: &hotlinev1.ClassifyStreamResponse_Result{Result: resp}}
		batch.Results = append(batch.Results, sr, &hotlinev1.ClassifyStreamResponse{Id: "e",
			Outcome: &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{Code: 3, Message: "nothing to score"}}})
		seeds = append(seeds, marshal(resp), marshal(sr))
	}
	edge := &hotlinev1.ClassifyResponse{Anger: math.Copysign(0, -1), Urgency: math.NaN(), Level: hotlinev1.Level(-3),
		Reasons: []*hotlinev1.Reason{{}, {Signal: "x", Weight: -0.5, Start: -1, End: math.MaxInt32}}}
	seeds = append(seeds, marshal(batch), marshal(edge), marshal(&hotlinev1.ClassifyStreamResponse{Id: "n"}))
	tag := func(b []byte, num protowire.Number, typ protowire.Type) []byte {
		return protowire.AppendTag(b, num, typ)
	}
	// Two outcomes (the second replaces or merges into the first), an
	// unknown field in a reason, a level as fixed64.
	two := append(bytes.Clone(seeds[1]), marshal(&hotlinev1.ClassifyStreamResponse{Outcome: &hotlinev1.ClassifyStreamResponse_Error{Error: &hotlinev1.ClassifyError{Code: 5}}})...)
	seeds = append(seeds, two, append(marshal(batch.Results[0]), marshal(batch.Results[0])...))
	seeds = append(seeds, protowire.AppendBytes(tag(nil, 6, protowire.BytesType), protowire.AppendVarint(tag(nil, 9, protowire.VarintType), 1)))
	seeds = append(seeds, protowire.AppendFixed64(tag(nil, 4, protowire.Fixed64Type), 7))
	return seeds
}

func TestResponseDecode(t *testing.T) {
	c := wire.NewCodec()
	for _, b := range responseSeeds(t) {
		checkRequestDecode(t, c, b)
	}
}

func TestRequestDecode(t *testing.T) {
	c := wire.NewCodec()
	for _, b := range requestSeeds() {
		checkRequestDecode(t, c, b)
	}
}

// FuzzRequestDecode checks that the direct decoder and proto.Unmarshal
// agree on any input, as a request or as an answer.
//
//	go test -run '^$' -fuzz FuzzRequestDecode ./service/api
func FuzzRequestDecode(f *testing.F) {
	for _, b := range append(requestSeeds(), responseSeeds(f)...) {
		f.Add(b)
	}
	c := wire.NewCodec()
	f.Fuzz(func(t *testing.T, b []byte) {
		checkRequestDecode(t, c, b)
	})
}

// BenchmarkRequestCodec compares the direct decoding of the sample
// request with the protobuf codec's.
//
//	go test -run '^$' -bench RequestCodec -cpu 1 ./service/api
func BenchmarkRequestCodec(b *testing.B) {
	encoded, err := proto.Marshal(loadgen.SampleRequest())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		codec interface {
			Unmarshal(mem.BufferSlice, any) error
		}
	}{{"direct", wire.NewCodec()}, {"proto", encoding.GetCodecV2("proto")}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.codec.Unmarshal(mem.BufferSlice{mem.SliceBuffer(encoded)}, new(hotlinev1.ClassifyRequest)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRequestEncode checks that the codec encodes requests as proto.Marshal
// does: the same bytes where there is one order of fields, the same message
// after decoding where the headers map allows several.
func TestRequestEncode(t *testing.T) {
	withUnknown := loadgen.SampleRequest()
	withUnknown.ProtoReflect().SetUnknown(protowire.AppendString(protowire.AppendTag(nil, 99, protowire.BytesType), "later field"))
	reqs := []*hotlinev1.ClassifyRequest{
		{}, {Text: "hello"}, {Raw: []byte{}}, loadgen.SampleRaw(), loadgen.SampleRequest(), withUnknown,
		{Subject: "s", Text: strings.Repeat("x", 70000), From: "a@b.example", OmitPreparedText: true, Headers: map[string]string{"": ""}},
	}
	var msgs []proto.Message
	batch := &hotlinev1.ClassifyBatchStreamRequest{}
	for i, r := range reqs {
		sr := &hotlinev1.ClassifyStreamRequest{Id: strconv.Itoa(i), Request: r}
		batch.Messages = append(batch.Messages, sr, &hotlinev1.ClassifyStreamRequest{})
		msgs = append(msgs, r, sr)
	}
	msgs = append(msgs, batch, &hotlinev1.ClassifyBatchStreamRequest{})
	c := wire.NewCodec()
	for i, m := range msgs {
		data, err := c.Marshal(m)
		if err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		got := data.Materialize()
		data.Free()
		back := m.ProtoReflect().New().Interface()
		if err := proto.Unmarshal(got, back); err != nil || !proto.Equal(back, m) {
			t.Errorf("message %d (%T) does not round-trip: %v", i, m, err)
		}
		if strings.Contains(prototext(m), "Importance") {
			continue // two headers: either order is right
		}
		if want, _ := proto.Marshal(m); !bytes.Equal(got, want) {
			t.Errorf("message %d (%T): direct encoding differs from proto.Marshal:\n got %x\nwant %x", i, m, got, want)
		}
	}
}

// prototext is m in text form, to look for a field.
func prototext(m proto.Message) string { return fmt.Sprint(m) }
