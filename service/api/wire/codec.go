// Package wire encodes and decodes the classifier API's messages for gRPC
// without the generic protobuf machinery, which for these messages costs as
// much as everything else a call does outside the classifier. Its Codec
// writes and reads the same bytes as protobuf and hands every other
// message, and any unusual encoding, to gRPC's protobuf codec; the server
// uses it, and so can Go clients (grpc.ForceCodecV2).
package wire

import (
	"math"
	"unsafe"

	"google.golang.org/grpc/encoding"
	_ "google.golang.org/grpc/encoding/proto" // registers the codec this one falls back to
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// Codec is gRPC's protobuf codec with direct encoding and decoding of the
// classifier's requests and answers. The generic encoder walks a response twice through
// its field tables, once for the sizes and once for the bytes, which for a
// typical answer (twenty-odd reasons and the prepared text) costs as much
// as a tenth of the call outside the classifier; the answers' shape is
// fixed, so their size is a sum and their bytes are written in one pass.
// The bytes are those proto.Marshal writes (fields in number order,
// zero values left out), which the API's tests check. Everything else,
// and an answer carrying unknown fields, goes to the protobuf codec.
type Codec struct {
	proto encoding.CodecV2
}

// NewCodec returns the codec.
func NewCodec() *Codec {
	return &Codec{proto: encoding.GetCodecV2("proto")}
}

// Name is the content subtype: the codec stands in for the protobuf one.
func (c *Codec) Name() string { return "proto" }

// Unmarshal decodes the classifier's requests and answers directly (see
// decodeRequest) and everything else, and whatever the direct decoder
// leaves, with the protobuf codec.
func (c *Codec) Unmarshal(data mem.BufferSlice, v any) error {
	var b []byte
	var ok bool
	switch m := v.(type) {
	case *hotlinev1.ClassifyRequest:
		b, ok = decodeDirect(data, m, decodeRequest)
	case *hotlinev1.ClassifyStreamRequest:
		b, ok = decodeDirect(data, m, decodeStreamRequest)
	case *hotlinev1.ClassifyBatchStreamRequest:
		b, ok = decodeDirect(data, m, decodeBatchRequest)
	case *hotlinev1.ClassifyResponse:
		b, ok = decodeDirect(data, m, decodeResponse)
	case *hotlinev1.ClassifyStreamResponse:
		b, ok = decodeDirect(data, m, decodeStreamResponse)
	case *hotlinev1.ClassifyBatchStreamResponse:
		b, ok = decodeDirect(data, m, decodeBatchResponse)
	default:
		return c.proto.Unmarshal(data, v)
	}
	if ok {
		return nil
	}
	// proto.Unmarshal resets m first, undoing what the direct decoder did.
	return proto.Unmarshal(b, v.(proto.Message))
}

// decodeDirect resets m, as the decoders fill in as on a new message, and
// decodes data into it with decode. It returns the bytes, for the
// protobuf codec to decode when decode declines them.
func decodeDirect[M interface{ Reset() }](data mem.BufferSlice, m M, decode func([]byte, M) bool) ([]byte, bool) {
	m.Reset()
	b := data.Materialize()
	return b, decode(b, m)
}

// Marshal encodes the classifier's requests and answers directly and
// everything else with the protobuf codec. Headers are written in the map's
// order, as proto.Marshal writes them unless asked to be deterministic.
func (c *Codec) Marshal(v any) (mem.BufferSlice, error) {
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
	case *hotlinev1.ClassifyRequest:
		if !plainRequest(m) {
			return c.proto.Marshal(v)
		}
		size = requestLen(m)
	case *hotlinev1.ClassifyStreamRequest:
		if !plainStreamRequest(m) {
			return c.proto.Marshal(v)
		}
		size = streamRequestLen(m)
	case *hotlinev1.ClassifyBatchStreamRequest:
		if len(m.ProtoReflect().GetUnknown()) > 0 {
			return c.proto.Marshal(v)
		}
		for _, r := range m.GetMessages() {
			if !plainStreamRequest(r) {
				return c.proto.Marshal(v)
			}
			size += 1 + protowire.SizeBytes(streamRequestLen(r))
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
	case *hotlinev1.ClassifyRequest:
		*buf = appendRequest(*buf, m)
	case *hotlinev1.ClassifyStreamRequest:
		*buf = appendStreamRequest(*buf, m)
	case *hotlinev1.ClassifyBatchStreamRequest:
		for _, r := range m.GetMessages() {
			*buf = append(*buf, tagBytes1)
			*buf = protowire.AppendVarint(*buf, uint64(streamRequestLen(r)))
			*buf = appendStreamRequest(*buf, r)
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

// plainRequest and plainStreamRequest report whether the direct encoder
// writes m as proto.Marshal would: no unknown fields anywhere.
func plainRequest(m *hotlinev1.ClassifyRequest) bool {
	return m != nil && len(m.ProtoReflect().GetUnknown()) == 0
}

func plainStreamRequest(m *hotlinev1.ClassifyStreamRequest) bool {
	if m == nil || len(m.ProtoReflect().GetUnknown()) > 0 {
		return false
	}
	return m.Request == nil || plainRequest(m.Request)
}

// The length functions give the encoded size of a message that passed the
// checks above.

func requestLen(m *hotlinev1.ClassifyRequest) int {
	n := stringLen(m.GetSubject()) + stringLen(m.GetText()) + stringLen(m.GetFrom())
	if raw := len(m.GetRaw()); raw > 0 {
		n += 1 + protowire.SizeBytes(raw)
	}
	for k, v := range m.GetHeaders() {
		// Map entries always carry both key and value, even empty ones.
		n += 1 + protowire.SizeBytes(headerLen(k, v))
	}
	if m.GetOmitPreparedText() {
		n += 2
	}
	return n
}

func headerLen(k, v string) int {
	return 1 + protowire.SizeBytes(len(k)) + 1 + protowire.SizeBytes(len(v))
}

func streamRequestLen(m *hotlinev1.ClassifyStreamRequest) int {
	n := stringLen(m.GetId())
	if r := m.GetRequest(); r != nil {
		n += 1 + protowire.SizeBytes(requestLen(r))
	}
	return n
}

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
	tagBytes4  = 4<<3 | 2
	tagBytes5  = 5<<3 | 2
	tagVarint6 = 6 << 3
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

func appendRequest(b []byte, m *hotlinev1.ClassifyRequest) []byte {
	if raw := m.GetRaw(); len(raw) > 0 {
		b = append(b, tagBytes1)
		b = protowire.AppendVarint(b, uint64(len(raw)))
		b = append(b, raw...)
	}
	b = appendString(b, tagBytes2, m.GetSubject())
	b = appendString(b, tagBytes3, m.GetText())
	b = appendString(b, tagBytes4, m.GetFrom())
	for k, v := range m.GetHeaders() {
		b = append(b, tagBytes5)
		b = protowire.AppendVarint(b, uint64(headerLen(k, v)))
		b = append(b, tagBytes1)
		b = protowire.AppendString(b, k)
		b = append(b, tagBytes2)
		b = protowire.AppendString(b, v)
	}
	if m.GetOmitPreparedText() {
		b = append(b, tagVarint6, 1)
	}
	return b
}

func appendStreamRequest(b []byte, m *hotlinev1.ClassifyStreamRequest) []byte {
	b = appendString(b, tagBytes1, m.GetId())
	if r := m.GetRequest(); r != nil {
		b = append(b, tagBytes2)
		b = protowire.AppendVarint(b, uint64(requestLen(r)))
		b = appendRequest(b, r)
	}
	return b
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

// The direct decoder. protobuf-go decodes a request into a fresh string
// per field and a map entry at a time, copying each out of a buffer gRPC
// then recycles: a handful of allocations and copies per message, as much
// as the rest of the translation layer. decodeRequest copies the message
// once, out of gRPC's buffer, and points the strings into that copy. It
// takes only the plain form every client writes (each known field with its
// own wire type, map entries of a key and a value, no unknown fields, a
// nested request once) and reports false for anything else, which
// proto.Unmarshal then decodes, so unusual input keeps protobuf's meaning
// and errors. The API's fuzz tests check both agree.

// aliasString returns the bytes of b as a string without copying; b must
// never change afterwards.
func aliasString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// decodeRequest decodes b into m, which must be empty, and reports whether
// it could; m's strings share b's memory.
func decodeRequest(b []byte, m *hotlinev1.ClassifyRequest) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		if num == 6 && typ == protowire.VarintType {
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			m.OmitPreparedText = protowire.DecodeBool(v)
			continue
		}
		if typ != protowire.BytesType {
			return false
		}
		v, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		switch num {
		case 1:
			m.Raw = v[:len(v):len(v)]
		case 2:
			m.Subject = aliasString(v)
		case 3:
			m.Text = aliasString(v)
		case 4:
			m.From = aliasString(v)
		case 5:
			k, val, ok := decodeHeader(v)
			if !ok {
				return false
			}
			if m.Headers == nil {
				m.Headers = make(map[string]string, 4)
			}
			m.Headers[k] = val
		default:
			return false
		}
	}
	return true
}

// decodeHeader decodes one entry of the headers map.
func decodeHeader(b []byte) (k, v string, ok bool) {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 || typ != protowire.BytesType || (num != 1 && num != 2) {
			return "", "", false
		}
		b = b[n:]
		s, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return "", "", false
		}
		b = b[n:]
		if num == 1 {
			k = aliasString(s)
		} else {
			v = aliasString(s)
		}
	}
	return k, v, true
}

// decodeStreamRequest decodes b into m, which must be empty, as
// decodeRequest does.
func decodeStreamRequest(b []byte, m *hotlinev1.ClassifyStreamRequest) bool {
	var req *hotlinev1.ClassifyRequest
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 || typ != protowire.BytesType {
			return false
		}
		b = b[n:]
		v, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		switch {
		case num == 1:
			m.Id = aliasString(v)
		case num == 2 && req == nil:
			// A second occurrence would merge into the first.
			req = new(hotlinev1.ClassifyRequest)
			if !decodeRequest(v, req) {
				return false
			}
		default:
			return false
		}
	}
	m.Request = req
	return true
}

// decodeBatchRequest decodes b into m, which must be empty, as
// decodeRequest does, with the messages of the batch in two arrays.
func decodeBatchRequest(b []byte, m *hotlinev1.ClassifyBatchStreamRequest) bool {
	msgs, ok := decodeRepeated(b, decodeStreamRequest)
	m.Messages = msgs
	return ok
}

// decodeRepeated decodes b, which must hold field 1 only, as a repeated
// message field: each message with decode, all of them in one array
// and the pointers to them in another.
func decodeRepeated[T any](b []byte, decode func([]byte, *T) bool) ([]*T, bool) {
	count := 0
	for rest := b; len(rest) > 0; count++ {
		num, typ, n := protowire.ConsumeTag(rest)
		if n < 0 || num != 1 || typ != protowire.BytesType {
			return nil, false
		}
		rest = rest[n:]
		if n = protowire.ConsumeFieldValue(num, typ, rest); n < 0 {
			return nil, false
		}
		rest = rest[n:]
	}
	items := make([]T, count)
	out := make([]*T, count)
	for i := range items {
		_, _, n := protowire.ConsumeTag(b)
		b = b[n:]
		v, n := protowire.ConsumeBytes(b)
		b = b[n:]
		if !decode(v, &items[i]) {
			return nil, false
		}
		out[i] = &items[i]
	}
	return out, true
}

// decodeResponse decodes b into m, which must be empty, as decodeRequest
// does, with the reasons in one array.
func decodeResponse(b []byte, m *hotlinev1.ClassifyResponse) bool {
	count := 0
	for rest := b; len(rest) > 0; {
		num, typ, n := protowire.ConsumeTag(rest)
		if n < 0 {
			return false
		}
		rest = rest[n:]
		if n = protowire.ConsumeFieldValue(num, typ, rest); n < 0 {
			return false
		}
		rest = rest[n:]
		if num == 6 {
			count++
		}
	}
	var reasons []hotlinev1.Reason
	if count > 0 {
		reasons = make([]hotlinev1.Reason, count)
		m.Reasons = make([]*hotlinev1.Reason, 0, count)
	}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		b = b[n:]
		switch {
		case typ == protowire.Fixed64Type && (num == 1 || num == 2 || num == 3 || num == 5):
			v, n := protowire.ConsumeFixed64(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			f := math.Float64frombits(v)
			switch num {
			case 1:
				m.Anger = f
			case 2:
				m.Urgency = f
			case 3:
				m.Heat = f
			default:
				m.Sentiment = f
			}
		case typ == protowire.VarintType && num == 4:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			m.Level = hotlinev1.Level(int32(v))
		case typ == protowire.BytesType && (num == 6 || num == 7):
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			if num == 7 {
				m.PreparedText = aliasString(v)
				continue
			}
			r := &reasons[len(m.Reasons)]
			if !decodeReason(v, r) {
				return false
			}
			m.Reasons = append(m.Reasons, r)
		default:
			return false
		}
	}
	return true
}

// decodeReason decodes one reason.
func decodeReason(b []byte, r *hotlinev1.Reason) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		switch {
		case typ == protowire.BytesType && (num == 1 || num == 3):
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			if num == 1 {
				r.Signal = aliasString(v)
			} else {
				r.Phrase = aliasString(v)
			}
		case typ == protowire.Fixed64Type && num == 2:
			v, n := protowire.ConsumeFixed64(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			r.Weight = math.Float64frombits(v)
		case typ == protowire.VarintType && (num == 4 || num == 5):
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			if num == 4 {
				r.Start = int32(v)
			} else {
				r.End = int32(v)
			}
		default:
			return false
		}
	}
	return true
}

// decodeStreamResponse decodes b into m, which must be empty, as
// decodeRequest does.
func decodeStreamResponse(b []byte, m *hotlinev1.ClassifyStreamResponse) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 || typ != protowire.BytesType {
			return false
		}
		b = b[n:]
		v, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		switch {
		case num == 1:
			m.Id = aliasString(v)
		case num == 2 && m.Outcome == nil:
			// A second outcome would merge into or replace the first.
			res := new(hotlinev1.ClassifyResponse)
			if !decodeResponse(v, res) {
				return false
			}
			m.Outcome = &hotlinev1.ClassifyStreamResponse_Result{Result: res}
		case num == 3 && m.Outcome == nil:
			e := new(hotlinev1.ClassifyError)
			if !decodeError(v, e) {
				return false
			}
			m.Outcome = &hotlinev1.ClassifyStreamResponse_Error{Error: e}
		default:
			return false
		}
	}
	return true
}

// decodeError decodes the error of one streamed message.
func decodeError(b []byte, e *hotlinev1.ClassifyError) bool {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return false
		}
		b = b[n:]
		switch {
		case num == 1 && typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			e.Code = int32(v)
		case num == 2 && typ == protowire.BytesType:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return false
			}
			b = b[n:]
			e.Message = aliasString(v)
		default:
			return false
		}
	}
	return true
}

// decodeBatchResponse decodes b into m, which must be empty, as
// decodeRequest does.
func decodeBatchResponse(b []byte, m *hotlinev1.ClassifyBatchStreamResponse) bool {
	results, ok := decodeRepeated(b, decodeStreamResponse)
	m.Results = results
	return ok
}
