package api

import (
	"bytes"
	"context"
	"net/textproto"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
)

// DefaultMaxMessageBytes bounds raw and text when no limit is configured:
// large enough for any mail a person writes, small enough that one request
// cannot tie up a core for long.
const DefaultMaxMessageBytes = 1 << 20

// MaxHeaders bounds the headers map. Only a handful of headers affect the
// score; a caller sending hundreds is sending the wrong thing.
const MaxHeaders = 100

// Classifier scores one message. *classify.Classifier implements it; the
// server depends on this interface so tests can substitute their own.
type Classifier interface {
	Classify(ctx context.Context, in classify.Input) (classify.Result, error)
}

// ClassifierServer implements hotline.v1.ClassifierService on top of a
// Classifier: it validates requests, turns them into classify.Input, and
// turns results back into protobuf.
type ClassifierServer struct {
	hotlinev1.UnimplementedClassifierServiceServer

	classifier      Classifier
	maxMessageBytes int
	mailOptions     mail.Options
	itemTimeout     time.Duration
	// scoring counts the stream messages being scored, across streams,
	// so that a stream hands messages to its workers only while a core
	// is free.
	scoring atomic.Int64
}

// ClassifierOption configures a ClassifierServer.
type ClassifierOption func(*ClassifierServer)

// WithMaxMessageBytes sets the largest raw message or text body accepted,
// in bytes. Values below 1 keep DefaultMaxMessageBytes. The gRPC server's
// receive limit (ServerOptions.MaxRecvMsgSize) should leave room above it
// so that callers get this limit's clearer error.
func WithMaxMessageBytes(n int) ClassifierOption {
	return func(s *ClassifierServer) {
		if n > 0 {
			s.maxMessageBytes = n
		}
	}
}

// WithItemTimeout bounds the time spent on each message of a ClassifyStream,
// whose stream as a whole may rightly run for hours. Unary calls get their
// default deadline from the server (ServerOptions.DefaultTimeout). Zero or
// less means DefaultCallTimeout.
func WithItemTimeout(d time.Duration) ClassifierOption {
	return func(s *ClassifierServer) {
		if d > 0 {
			s.itemTimeout = d
		}
	}
}

// WithMailOptions sets how raw messages are parsed.
func WithMailOptions(o mail.Options) ClassifierOption {
	return func(s *ClassifierServer) { s.mailOptions = o }
}

// NewClassifierServer returns a server scoring with c. Register it with
// hotlinev1.RegisterClassifierServiceServer.
func NewClassifierServer(c Classifier, opts ...ClassifierOption) *ClassifierServer {
	s := &ClassifierServer{classifier: c, maxMessageBytes: DefaultMaxMessageBytes, itemTimeout: DefaultCallTimeout}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Classify scores one message.
func (s *ClassifierServer) Classify(ctx context.Context, req *hotlinev1.ClassifyRequest) (*hotlinev1.ClassifyResponse, error) {
	return s.classify(ctx, req)
}

// ClassifyStream scores each request on the stream and answers in order.
// Invalid requests get a per-item error so that one bad message in a bulk
// import does not end the stream. Messages are scored on all cores at
// once (see streamPipeline).
func (s *ClassifierServer) ClassifyStream(stream grpc.BidiStreamingServer[hotlinev1.ClassifyStreamRequest, hotlinev1.ClassifyStreamResponse]) error {
	return s.classifyStream(stream)
}

// classifyItem scores one message of a stream within the item timeout, so a
// stream without a deadline cannot hold a core for longer than a unary call
// could.
func (s *ClassifierServer) classifyItem(ctx context.Context, req *hotlinev1.ClassifyRequest) (*hotlinev1.ClassifyResponse, error) {
	if s.itemTimeout > 0 {
		dctx := withDeadline(ctx, time.Now().Add(s.itemTimeout))
		defer dctx.release()
		ctx = dctx
	}
	return s.classify(ctx, req)
}

func (s *ClassifierServer) classify(ctx context.Context, req *hotlinev1.ClassifyRequest) (*hotlinev1.ClassifyResponse, error) {
	in, err := s.input(req)
	if err != nil {
		return nil, err
	}
	res, err := s.classifier.Classify(ctx, in)
	if err != nil {
		// the caller has gone or its deadline passed
		return nil, status.FromContextError(err).Err()
	}
	resp := toResponse(res)
	if req.GetOmitPreparedText() {
		resp.PreparedText = ""
	}
	return resp, nil
}

// input validates req and builds the classifier input from it. Every error
// is INVALID_ARGUMENT and says what to change.
func (s *ClassifierServer) input(req *hotlinev1.ClassifyRequest) (classify.Input, error) {
	raw := req.GetRaw()
	if len(raw) > 0 {
		if other := otherFields(req); other != "" {
			return classify.Input{}, status.Errorf(codes.InvalidArgument,
				"raw and %s are both set: send either the whole message in raw or its parts in text, subject, from and headers, not both", other)
		}
		if len(raw) > s.maxMessageBytes {
			return classify.Input{}, status.Errorf(codes.InvalidArgument,
				"raw is %d bytes, over the %d-byte limit: send the message without large attachments, or only its text", len(raw), s.maxMessageBytes)
		}
		// The parser is forgiving and would score a bare body or a binary
		// blob as a headerless mail; a caller doing that meant text.
		if !startsWithHeader(raw) {
			return classify.Input{}, status.Error(codes.InvalidArgument,
				"raw does not start with a header field (e.g. \"From: ...\"), so it is not an RFC 5322 message: send the message as stored by the mail server, or put the body in text")
		}
		m, err := mail.Parse(bytes.NewReader(raw), s.mailOptions)
		if err != nil {
			return classify.Input{}, status.Errorf(codes.InvalidArgument,
				"raw is not a parseable RFC 5322 message (%v): send the message as stored by the mail server, headers first, or send its text instead", err)
		}
		return classify.FromMail(m), nil
	}

	if req.GetText() == "" && req.GetSubject() == "" {
		return classify.Input{}, status.Error(codes.InvalidArgument,
			"nothing to score: set text (and optionally subject, from and headers), or send the whole message in raw")
	}
	if n := len(req.GetText()); n > s.maxMessageBytes {
		return classify.Input{}, status.Errorf(codes.InvalidArgument,
			"text is %d bytes, over the %d-byte limit: send only the newest part of the message", n, s.maxMessageBytes)
	}
	if n := len(req.GetSubject()); n > s.maxMessageBytes {
		return classify.Input{}, status.Errorf(codes.InvalidArgument,
			"subject is %d bytes, over the %d-byte limit", n, s.maxMessageBytes)
	}
	for _, f := range []struct{ name, value string }{
		{"text", req.GetText()},
		{"subject", req.GetSubject()},
		{"from", req.GetFrom()},
	} {
		if off := invalidUTF8(f.value); off >= 0 {
			return classify.Input{}, status.Errorf(codes.InvalidArgument,
				"%s is not valid UTF-8 (bad byte at offset %d): decode it to UTF-8 first, or send the whole message in raw and let the server decode it", f.name, off)
		}
	}
	headers, err := canonicalHeaders(req.GetHeaders())
	if err != nil {
		return classify.Input{}, err
	}
	return classify.Input{
		Subject: req.GetSubject(),
		Text:    req.GetText(),
		From:    req.GetFrom(),
		Headers: headers,
	}, nil
}

// otherFields names the fields set beside raw, for the error message.
func otherFields(req *hotlinev1.ClassifyRequest) string {
	switch {
	case req.GetText() != "":
		return "text"
	case req.GetSubject() != "":
		return "subject"
	case req.GetFrom() != "":
		return "from"
	case len(req.GetHeaders()) > 0:
		return "headers"
	}
	return ""
}

// canonicalHeaders validates headers and returns them with canonical MIME
// keys, the form classify.Input documents. Nil in, nil out. When every key
// is canonical already, as mail clients send them, h itself is returned:
// the classifier only reads it.
func canonicalHeaders(h map[string]string) (map[string]string, error) {
	if len(h) == 0 {
		return nil, nil
	}
	if len(h) > MaxHeaders {
		return nil, status.Errorf(codes.InvalidArgument,
			"%d headers given, at most %d allowed: send only the headers that matter for urgency, such as Importance, X-Priority and Priority", len(h), MaxHeaders)
	}
	canonical := true
	for k, v := range h {
		if !validFieldName(k) {
			return nil, status.Errorf(codes.InvalidArgument,
				"header name %q is not a valid field name: use printable ASCII without spaces or colons, e.g. \"X-Priority\"", k)
		}
		if off := invalidUTF8(v); off >= 0 {
			return nil, status.Errorf(codes.InvalidArgument,
				"header %s is not valid UTF-8 (bad byte at offset %d): decode encoded words to UTF-8 first", k, off)
		}
		canonical = canonical && textproto.CanonicalMIMEHeaderKey(k) == k
	}
	if canonical {
		return h, nil
	}
	out := make(map[string]string, len(h))
	for k, v := range h {
		out[textproto.CanonicalMIMEHeaderKey(k)] = v
	}
	return out, nil
}

// startsWithHeader reports whether the first line of raw is a header
// field: a field name, then a colon.
func startsWithHeader(raw []byte) bool {
	line := raw
	if i := bytes.IndexByte(raw, '\n'); i >= 0 {
		line = raw[:i]
	}
	name, _, ok := bytes.Cut(line, []byte(":"))
	// Obsolete syntax allows blanks before the colon.
	return ok && validFieldName(string(bytes.TrimRight(name, " \t")))
}

// validFieldName reports whether k is an RFC 5322 field name: one or more
// printable ASCII characters other than colon.
func validFieldName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c <= ' ' || c > '~' || c == ':' {
			return false
		}
	}
	return true
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1 when s is valid.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

func toResponse(r classify.Result) *hotlinev1.ClassifyResponse {
	resp := &hotlinev1.ClassifyResponse{
		Anger:        r.Anger,
		Urgency:      r.Urgency,
		Heat:         r.Heat,
		Level:        toLevel(r.Level),
		Sentiment:    r.Sentiment,
		PreparedText: r.Prepared,
	}
	if len(r.Reasons) > 0 {
		// One backing array instead of one allocation per reason.
		reasons := make([]hotlinev1.Reason, len(r.Reasons))
		resp.Reasons = make([]*hotlinev1.Reason, len(r.Reasons))
		for i, rs := range r.Reasons {
			p := &reasons[i]
			p.Signal, p.Weight, p.Phrase = rs.Signal, rs.Weight, rs.Phrase
			p.Start, p.End = int32(rs.Start), int32(rs.End)
			resp.Reasons[i] = p
		}
	}
	return resp
}

func toLevel(l classify.Level) hotlinev1.Level {
	switch l {
	case classify.Hot:
		return hotlinev1.Level_LEVEL_HOT
	case classify.Warm:
		return hotlinev1.Level_LEVEL_WARM
	default:
		return hotlinev1.Level_LEVEL_COOL
	}
}
