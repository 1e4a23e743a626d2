package api

import (
	"context"
	"errors"
	"slices"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/service/store"
)

// MessageReader reads recorded messages; *store.SQLite and *store.Postgres
// implement it.
type MessageReader interface {
	GetMessage(ctx context.Context, id int64) (store.Message, error)
	ListMessages(ctx context.Context, f store.Filter) ([]store.Message, string, error)
	// MessagesAfter pages by id, for a watch that resumes after_id.
	MessagesAfter(ctx context.Context, afterID int64, limit int) ([]store.Message, error)
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
	if req.GetAfterId() < 0 {
		return status.Errorf(codes.InvalidArgument, "after_id must not be negative, got %d", req.GetAfterId())
	}
	if s.feed == nil {
		return status.Error(codes.Unavailable, "this server has no message feed; serve one with a store (--db or --postgres)")
	}
	match := func(m store.Message) bool {
		return (req.GetMailbox() == "" || m.Mailbox == req.GetMailbox()) && (len(levels) == 0 || slices.Contains(levels, m.Level))
	}
	send := func(m store.Message) error {
		if !match(m) {
			return nil
		}
		return stream.Send(&hotlinev1.WatchMessagesResponse{Message: MessageToProto(m)})
	}
	// Subscribed before the stored messages are read, so nothing recorded
	// meanwhile falls between the two.
	sub, cancel := s.feed.subscribe()
	defer cancel()
	// Headers go out now so the client knows the watch is established
	// before the first message arrives.
	if err := stream.SendHeader(nil); err != nil {
		return err
	}
	ctx := stream.Context()
	resent, err := s.resume(ctx, req.GetAfterId(), sub.floor, send)
	if err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-sub.dropped:
			return status.Error(codes.ResourceExhausted, "watcher fell behind; watch again with after_id set to the last id received")
		case m := <-sub.ch:
			if _, ok := resent[m.ID]; ok {
				delete(resent, m.ID)
				continue
			}
			if err := send(m); err != nil {
				return err
			}
		}
	}
}

// resume sends the stored messages after afterID, oldest first, and
// returns the ids among them that the feed may still publish (those above
// its floor when the watcher joined), so they are not sent twice.
func (s *MessageServer) resume(ctx context.Context, afterID, floor int64, send func(store.Message) error) (map[int64]struct{}, error) {
	resent := map[int64]struct{}{}
	if afterID == 0 {
		return resent, nil
	}
	for {
		msgs, err := s.read.MessagesAfter(ctx, afterID, store.MaxPageSize)
		if err != nil {
			return nil, status.Errorf(codes.Internal, "messages after %d: %v", afterID, err)
		}
		for _, m := range msgs {
			afterID = m.ID
			if m.ID > floor {
				resent[m.ID] = struct{}{}
			}
			if err := send(m); err != nil {
				return nil, err
			}
		}
		if len(msgs) < store.MaxPageSize {
			return resent, nil
		}
	}
}
