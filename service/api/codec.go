package api

import (
	"math"

	"google.golang.org/grpc/encoding"
	_ "google.golang.org/grpc/encoding/proto" // registers the codec this one falls back to
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// responseCodec is gRPC's protobuf codec with a direct encoder for the
// classifier's answers. The generic encoder walks a response twice through
// its field tables, once for the sizes and once for the bytes, which for a
// typical answer (twenty-odd reasons and the prepared text) costs as much
// as a tenth of the call outside the classifier; the answers' shape is
// fixed, so their size is a sum and their bytes are written in one pass.
// The bytes are those proto.Marshal writes (fields in number order,
// zero values left out), which TestResponseCodec checks. Everything else,
// and an answer carrying unknown fields, goes to the protobuf codec.
type responseCodec struct {
	proto encoding.CodecV2
}

func newResponseCodec() *responseCodec {
	return &responseCodec{proto: encoding.GetCodecV2("proto")}
}

// Name is the content subtype: the codec stands in for the protobuf one.
func (c *responseCodec) Name() string { return "proto" }

// Unmarshal decodes with the protobuf codec.
func (c *responseCodec) Unmarshal(data mem.BufferSlice, v any) error {
	return c.proto.Unmarshal(data, v)
}

// Marshal encodes the classifier's answers directly and everything else
// with the protobuf codec.
func (c *responseCodec) Marshal(v any) (mem.BufferSlice, error) {
	var size int
	switch m := v.(type) {
	case *hotlinev1.ClassifyResponse:
		if !plainResponse(m) {
			return c.proto.Marshal(v)
		}
		size = responseLen(m)
	case *hotlinev1.ClassifyStreamResponse:
		if !plainStreamResponse(m) {
			return c.proto.Marshal(v)
		}
		size = streamResponseLen(m)
	case *hotlinev1.ClassifyBatchStreamResponse:
		if len(m.ProtoReflect().GetUnknown()) > 0 {
			return c.proto.Marshal(v)
		}
		for _, r := range m.GetResults() {
			if !plainStreamResponse(r) {
				return c.proto.Marshal(v)
			}
			size += 1 + protowire.SizeBytes(streamResponseLen(r))
		}
	default:
		return c.proto.Marshal(v)
	}
	var buf *[]byte
	var pool mem.BufferPool
	if mem.IsBelowBufferPoolingThreshold(size) {
		b := make([]byte, 0, size)
		buf = &b
	} else {
		pool = mem.DefaultBufferPool()
		buf = pool.Get(size)
		*buf = (*buf)[:0]
	}
	switch m := v.(type) {
	case *hotlinev1.ClassifyResponse:
		*buf = appendResponse(*buf, m)
	case *hotlinev1.ClassifyStreamResponse:
		*buf = appendStreamResponse(*buf, m)
	case *hotlinev1.ClassifyBatchStreamResponse:
		for _, r := range m.GetResults() {
			*buf = append(*buf, tagBytes1)
			*buf = protowire.AppendVarint(*buf, uint64(streamResponseLen(r)))
			*buf = appendStreamResponse(*buf, r)
		}
	}
	if pool == nil {
		return mem.BufferSlice{mem.SliceBuffer(*buf)}, nil
	}
	return mem.BufferSlice{mem.NewBuffer(buf, pool)}, nil
}

// plainResponse and plainStreamResponse report whether the direct encoder
// writes m as proto.Marshal would: no unknown fields anywhere, no nil in a
// list or oneof, no outcome of an unknown kind.
func plainResponse(m *hotlinev1.ClassifyResponse) bool {
	if m == nil || len(m.ProtoReflect().GetUnknown()) > 0 {
		return false
	}
	for _, r := range m.GetReasons() {
		if r == nil || len(r.ProtoReflect().GetUnknown()) > 0 {
			return false
		}
	}
	return true
}

func plainStreamResponse(m *hotlinev1.ClassifyStreamResponse) bool {
	if m == nil || len(m.ProtoReflect().GetUnknown()) > 0 {
		return false
	}
	switch o := m.GetOutcome().(type) {
	case nil:
		return true
	case *hotlinev1.ClassifyStreamResponse_Result:
		return plainResponse(o.Result)
	case *hotlinev1.ClassifyStreamResponse_Error:
		return o.Error != nil && len(o.Error.ProtoReflect().GetUnknown()) == 0
	}
	return false
}

// The length functions give the encoded size of a message that passed the
// checks above.

func stringLen(s string) int {
	if s == "" {
		return 0
	}
	return 1 + protowire.SizeBytes(len(s))
}

func doubleLen(v float64) int {
	if math.Float64bits(v) == 0 {
		return 0
	}
	return 1 + 8
}

func int32Len(v int32) int {
	if v == 0 {
		return 0
	}
	return 1 + protowire.SizeVarint(uint64(v))
}

func reasonLen(r *hotlinev1.Reason) int {
	return stringLen(r.GetSignal()) + doubleLen(r.GetWeight()) + stringLen(r.GetPhrase()) +
		int32Len(r.GetStart()) + int32Len(r.GetEnd())
}

func responseLen(m *hotlinev1.ClassifyResponse) int {
	n := doubleLen(m.GetAnger()) + doubleLen(m.GetUrgency()) + doubleLen(m.GetHeat()) +
		int32Len(int32(m.GetLevel())) + doubleLen(m.GetSentiment()) + stringLen(m.GetPreparedText())
	for _, r := range m.GetReasons() {
		n += 1 + protowire.SizeBytes(reasonLen(r))
	}
	return n
}

func errorLen(e *hotlinev1.ClassifyError) int {
	return int32Len(e.GetCode()) + stringLen(e.GetMessage())
}

func streamResponseLen(m *hotlinev1.ClassifyStreamResponse) int {
	n := stringLen(m.GetId())
	switch o := m.GetOutcome().(type) {
	case *hotlinev1.ClassifyStreamResponse_Result:
		n += 1 + protowire.SizeBytes(responseLen(o.Result))
	case *hotlinev1.ClassifyStreamResponse_Error:
		n += 1 + protowire.SizeBytes(errorLen(o.Error))
	}
	return n
}

// Wire tags: field number << 3 | wire type.
const (
	tagVarint1 = 1 << 3
	tagDouble1 = 1<<3 | 1
	tagBytes1  = 1<<3 | 2
	tagDouble2 = 2<<3 | 1
	tagBytes2  = 2<<3 | 2
	tagDouble3 = 3<<3 | 1
	tagBytes3  = 3<<3 | 2
	tagVarint4 = 4 << 3
	tagVarint5 = 5 << 3
	tagDouble5 = 5<<3 | 1
	tagBytes6  = 6<<3 | 2
	tagBytes7  = 7<<3 | 2
)

func appendString(b []byte, tag byte, s string) []byte {
	if s == "" {
		return b
	}
	b = append(b, tag)
	b = protowire.AppendVarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendDouble(b []byte, tag byte, v float64) []byte {
	bits := math.Float64bits(v)
	if bits == 0 {
		return b
	}
	b = append(b, tag)
	return protowire.AppendFixed64(b, bits)
}

func appendInt32(b []byte, tag byte, v int32) []byte {
	if v == 0 {
		return b
	}
	b = append(b, tag)
	return protowire.AppendVarint(b, uint64(v))
}

func appendResponse(b []byte, m *hotlinev1.ClassifyResponse) []byte {
	b = appendDouble(b, tagDouble1, m.GetAnger())
	b = appendDouble(b, tagDouble2, m.GetUrgency())
	b = appendDouble(b, tagDouble3, m.GetHeat())
	b = appendInt32(b, tagVarint4, int32(m.GetLevel()))
	b = appendDouble(b, tagDouble5, m.GetSentiment())
	for _, r := range m.GetReasons() {
		b = append(b, tagBytes6)
		b = protowire.AppendVarint(b, uint64(reasonLen(r)))
		b = appendString(b, tagBytes1, r.GetSignal())
		b = appendDouble(b, tagDouble2, r.GetWeight())
		b = appendString(b, tagBytes3, r.GetPhrase())
		b = appendInt32(b, tagVarint4, r.GetStart())
		b = appendInt32(b, tagVarint5, r.GetEnd())
	}
	return appendString(b, tagBytes7, m.GetPreparedText())
}

func appendStreamResponse(b []byte, m *hotlinev1.ClassifyStreamResponse) []byte {
	b = appendString(b, tagBytes1, m.GetId())
	switch o := m.GetOutcome().(type) {
	case *hotlinev1.ClassifyStreamResponse_Result:
		b = append(b, tagBytes2)
		b = protowire.AppendVarint(b, uint64(responseLen(o.Result)))
		b = appendResponse(b, o.Result)
	case *hotlinev1.ClassifyStreamResponse_Error:
		b = append(b, tagBytes3)
		b = protowire.AppendVarint(b, uint64(errorLen(o.Error)))
		b = appendInt32(b, tagVarint1, o.Error.GetCode())
		b = appendString(b, tagBytes2, o.Error.GetMessage())
	}
	return b
}
