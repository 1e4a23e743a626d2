package app

import (
	"context"
	"fmt"

	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/store"
)

// messageTexts reads a message's body; both stores provide it.
type messageTexts interface {
	MessageText(ctx context.Context, id int64) (store.MessageText, error)
}

// callRequest returns what the alert's first message (subject and body,
// quoted history excluded) says about calling back.
func callRequest(st messageTexts, f *callback.Finder) func(ctx context.Context, a store.Alert) (callback.Request, error) {
	return func(ctx context.Context, a store.Alert) (callback.Request, error) {
		if a.MessageRef == 0 {
			return callback.Request{}, nil
		}
		t, err := st.MessageText(ctx, a.MessageRef)
		if err != nil {
			return callback.Request{}, fmt.Errorf("read message %d: %w", a.MessageRef, err)
		}
		return f.Find(a.Subject + "\n" + t.Body), nil
	}
}

// callBack returns the dispatcher's CallBack on top of find.
func callBack(find func(ctx context.Context, a store.Alert) (callback.Request, error)) func(ctx context.Context, a store.Alert) (*notify.Call, error) {
	return func(ctx context.Context, a store.Alert) (*notify.Call, error) {
		r, err := find(ctx, a)
		if err != nil {
			return nil, err
		}
		return callFrom(r, a), nil
	}
}

// callFrom turns what the finder found into the notification's call line.
func callFrom(r callback.Request, a store.Alert) *notify.Call {
	if len(r.Numbers) == 0 {
		return nil
	}
	name := a.FromName
	if name == "" {
		name = a.From
	}
	c := &notify.Call{Name: name, Number: r.Numbers[0].E164, Display: r.Numbers[0].Display, Asked: r.Asked}
	for _, n := range r.Numbers[1:] {
		c.Others = append(c.Others, n.E164)
	}
	return c
}
