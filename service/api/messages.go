package api

import (
	"context"
	"errors"
	"slices"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/store"
)

// MessageReader reads recorded messages; *store.SQLite implements it.
type MessageReader interface {
	GetMessage(ctx context.Context, id int64) (store.Message, error)
	ListMessages(ctx context.Context, f store.Filter) ([]store.Message, string, error)
}

// watchBuffer is how many messages a watcher may lag behind before it is
// dropped; the ingester must never wait for a slow client.
const watchBuffer = 256

// MessageFeed fans newly recorded messages out to WatchMessages streams.
// It implements ingest.Sink, so ingesters in the same process feed it.
// The zero value is ready to use.
type MessageFeed struct {
	mu   sync.Mutex
	subs map[*feedSub]struct{}
}

type feedSub struct {
	ch      chan store.Message
	dropped chan struct{} // closed when the subscriber fell behind
}

// Recorded delivers m to every watcher without blocking; a watcher whose
// buffer is full is dropped.
func (f *MessageFeed) Recorded(_ context.Context, m store.Message) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for s := range f.subs {
		select {
		case s.ch <- m:
		default:
			delete(f.subs, s)
			close(s.dropped)
		}
	}
}

func (f *MessageFeed) subscribe() (*feedSub, func()) {
	s := &feedSub{ch: make(chan store.Message, watchBuffer), dropped: make(chan struct{})}
	f.mu.Lock()
	if f.subs == nil {
		f.subs = map[*feedSub]struct{}{}
	}
	f.subs[s] = struct{}{}
	f.mu.Unlock()
	return s, func() {
		f.mu.Lock()
		delete(f.subs, s)
		f.mu.Unlock()
	}
}

// MessageServer implements hotlinev1.MessageServiceServer.
type MessageServer struct {
	hotlinev1.UnimplementedMessageServiceServer
	read MessageReader
	feed *MessageFeed
}

// NewMessageServer serves messages from read; WatchMessages streams what
// feed receives.
func NewMessageServer(read MessageReader, feed *MessageFeed) *MessageServer {
	return &MessageServer{read: read, feed: feed}
}

var levelToProto = map[string]hotlinev1.Level{
	"COOL": hotlinev1.Level_LEVEL_COOL,
	"WARM": hotlinev1.Level_LEVEL_WARM,
	"HOT":  hotlinev1.Level_LEVEL_HOT,
}

func levelsFromProto(levels []hotlinev1.Level) ([]string, error) {
	var out []string
	for _, l := range levels {
		switch l {
		case hotlinev1.Level_LEVEL_COOL:
			out = append(out, "COOL")
		case hotlinev1.Level_LEVEL_WARM:
			out = append(out, "WARM")
		case hotlinev1.Level_LEVEL_HOT:
			out = append(out, "HOT")
		default:
			return nil, status.Errorf(codes.InvalidArgument, "levels: %v is not COOL, WARM or HOT", l)
		}
	}
	return out, nil
}

// MessageToProto converts a stored message; Raw is never sent.
func MessageToProto(m store.Message) *hotlinev1.Message {
	p := &hotlinev1.Message{
		Id: m.ID, Mailbox: m.Mailbox, UidValidity: m.UIDValidity, Uid: m.UID, MessageId: m.MessageID,
		ContentHash: m.ContentHash, From: m.From, FromName: m.FromName, Subject: m.Subject,
		Date: alertTime(m.Date), RecordedTime: alertTime(m.RecordedAt), InReplyTo: m.InReplyTo,
		References: m.References, Size: m.Size, Problems: m.Problems, Anger: m.Anger, Urgency: m.Urgency,
		Heat: m.Heat, Sentiment: m.Sentiment, Level: levelToProto[m.Level], Marked: m.Marked,
	}
	for _, a := range m.Attachments {
		p.Attachments = append(p.Attachments, &hotlinev1.Attachment{Name: a.Name, ContentType: a.ContentType, Size: a.Size})
	}
	for _, r := range m.Reasons {
		p.Reasons = append(p.Reasons, &hotlinev1.Reason{Signal: r.Signal, Weight: r.Weight, Phrase: r.Phrase, Start: int32(r.Start), End: int32(r.End)})
	}
	return p
}

// ListMessages implements hotlinev1.MessageServiceServer.
func (s *MessageServer) ListMessages(ctx context.Context, req *hotlinev1.ListMessagesRequest) (*hotlinev1.ListMessagesResponse, error) {
	if req.GetPageSize() < 0 {
		return nil, status.Errorf(codes.InvalidArgument, "page_size must not be negative, got %d", req.GetPageSize())
	}
	levels, err := levelsFromProto(req.GetLevels())
	if err != nil {
		return nil, err
	}
	f := store.Filter{Mailbox: req.GetMailbox(), Levels: levels, PageSize: int(min(req.GetPageSize(), store.MaxPageSize)), PageToken: req.GetPageToken()}
	if t := req.GetSinceTime(); t != nil {
		f.Since = t.AsTime()
	}
	if t := req.GetUntilTime(); t != nil {
		f.Until = t.AsTime()
	}
	msgs, next, err := s.read.ListMessages(ctx, f)
	if errors.Is(err, store.ErrBadPageToken) {
		return nil, status.Error(codes.InvalidArgument, "page_token is not one this server returned")
	}
	if err != nil {
		return nil, status.Errorf(codes.Internal, "list messages: %v", err)
	}
	resp := &hotlinev1.ListMessagesResponse{NextPageToken: next}
	for _, m := range msgs {
		resp.Messages = append(resp.Messages, MessageToProto(m))
	}
	return resp, nil
}

// GetMessage implements hotlinev1.MessageServiceServer.
func (s *MessageServer) GetMessage(ctx context.Context, req *hotlinev1.GetMessageRequest) (*hotlinev1.GetMessageResponse, error) {
	m, err := s.read.GetMessage(ctx, req.GetId())
	if errors.Is(err, store.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "message %d not found", req.GetId())
	}
	if err != nil {
		return nil, status.Errorf(codes.Internal, "get message %d: %v", req.GetId(), err)
	}
	return &hotlinev1.GetMessageResponse{Message: MessageToProto(m)}, nil
}

// WatchMessages implements hotlinev1.MessageServiceServer.
func (s *MessageServer) WatchMessages(req *hotlinev1.WatchMessagesRequest, stream grpc.ServerStreamingServer[hotlinev1.WatchMessagesResponse]) error {
	levels, err := levelsFromProto(req.GetLevels())
	if err != nil {
		return err
	}
	if s.feed == nil {
		return status.Error(codes.Unavailable, "this server does not ingest mail; start it with --imap")
	}
	sub, cancel := s.feed.subscribe()
	defer cancel()
	// Headers go out now so the client knows the watch is established
	// before the first message arrives.
	if err := stream.SendHeader(nil); err != nil {
		return err
	}
	ctx := stream.Context()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-sub.dropped:
			return status.Error(codes.ResourceExhausted, "watcher fell behind; catch up with ListMessages and watch again")
		case m := <-sub.ch:
			if req.GetMailbox() != "" && m.Mailbox != req.GetMailbox() {
				continue
			}
			if len(levels) > 0 && !slices.Contains(levels, m.Level) {
				continue
			}
			if err := stream.Send(&hotlinev1.WatchMessagesResponse{Message: MessageToProto(m)}); err != nil {
				return err
			}
		}
	}
}
