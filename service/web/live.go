package web

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/hotline/hotline/service/store"
)

// change tells open pages what to fetch again: the alerts whose history
// grew, and whether new WARM mail arrived.
type change struct {
	Alerts []int64 `json:"alerts"`
	Warm   bool    `json:"warm,omitempty"`
}

// hub follows the alert history in the store, as the gRPC WatchAlerts does,
// and fans the changes out to every open page. Reading the store rather
// than listening in-process means a change made by another replica, the
// CLI or the acknowledge page reaches the page too.
type hub struct {
	st   Store
	poll time.Duration
	log  *slog.Logger

	mu     sync.Mutex
	subs   map[*subscriber]struct{}
	closed bool
	done   chan struct{}
	// ready is closed once run knows where the history stands; streams
	// wait for it, so every change after a stream says it is live
	// reaches it.
	ready chan struct{}
}

// subscriber is one open event stream. Changes pile up in pending until the
// stream writes them, so a slow page gets one merged update instead of
// holding up the others.
type subscriber struct {
	mu      sync.Mutex
	pending map[int64]bool
	warm    bool
	wake    chan struct{}
}

func newHub(st Store, poll time.Duration, log *slog.Logger) *hub {
	return &hub{st: st, poll: poll, log: log, subs: map[*subscriber]struct{}{}, done: make(chan struct{}), ready: make(chan struct{})}
}

func (h *hub) subscribe() (*subscriber, func(), bool) {
	s := &subscriber{pending: map[int64]bool{}, wake: make(chan struct{}, 1)}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, nil, false
	}
	h.subs[s] = struct{}{}
	return s, func() {
		h.mu.Lock()
		delete(h.subs, s)
		h.mu.Unlock()
	}, true
}

func (h *hub) publish(c change) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		s.mu.Lock()
		for _, id := range c.Alerts {
			s.pending[id] = true
		}
		s.warm = s.warm || c.Warm
		s.mu.Unlock()
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
}

func (s *subscriber) take() change {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := change{Warm: s.warm, Alerts: make([]int64, 0, len(s.pending))}
	for id := range s.pending {
		c.Alerts = append(c.Alerts, id)
	}
	clear(s.pending)
	s.warm = false
	return c
}

// run polls the history every h.poll and WARM mail every fourth poll.
func (h *hub) run(ctx context.Context) error {
	defer func() {
		h.mu.Lock()
		h.closed = true
		close(h.done)
		h.mu.Unlock()
	}()
	last, err := h.st.LastAlertEventID(ctx)
	for err != nil {
		h.log.ErrorContext(ctx, "team page: read alert history", "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(5 * time.Second):
		}
		last, err = h.st.LastAlertEventID(ctx)
	}
	lastWarm := h.newestWarm(ctx)
	close(h.ready)
	for tick := 1; ; tick++ {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(h.poll):
		}
		var c change
		evs, err := h.st.AlertEventsSince(ctx, last, 500)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			h.log.ErrorContext(ctx, "team page: follow alert history", "err", err)
			continue
		}
		seen := map[int64]bool{}
		for _, e := range evs {
			last = e.ID
			if !seen[e.AlertID] {
				seen[e.AlertID] = true
				c.Alerts = append(c.Alerts, e.AlertID)
			}
		}
		if tick%4 == 0 {
			if w := h.newestWarm(ctx); w != lastWarm {
				lastWarm, c.Warm = w, true
			}
		}
		if len(c.Alerts) > 0 || c.Warm {
			h.publish(c)
		}
	}
}

func (h *hub) newestWarm(ctx context.Context) int64 {
	ms, _, err := h.st.ListMessages(ctx, store.Filter{Levels: []string{"WARM"}, PageSize: 1})
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[0].ID
}

// heartbeat keeps proxies from closing an idle event stream.
const heartbeat = 25 * time.Second

// events streams changes as server-sent events: each "change" event
// carries a JSON change. The page fetches the parts it shows again.
func (h *Handler) events(w http.ResponseWriter, r *http.Request, _ session) error {
	fl, ok := w.(http.Flusher)
	if !ok {
		return fmt.Errorf("event stream: response writer cannot flush")
	}
	sub, cancel, ok := h.hub.subscribe()
	if !ok {
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return nil
	}
	defer cancel()
	select {
	case <-h.hub.ready:
	case <-h.hub.done:
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return nil
	case <-r.Context().Done():
		return nil
	}
	h.opt.Metrics.stream(1)
	defer h.opt.Metrics.stream(-1)
	hdr := w.Header()
	hdr.Set("Content-Type", "text/event-stream")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	w.WriteHeader(http.StatusOK)
	// Tell the browser to retry soon after a dropped connection; the
	// opening comment lets the page know the stream is live.
	fmt.Fprint(w, "retry: 2000\n: live\n\n")
	fl.Flush()
	ping := time.NewTicker(heartbeat)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return nil
		case <-h.hub.done:
			return nil
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-sub.wake:
			data, err := json.Marshal(sub.take())
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "event: change\ndata: %s\n\n", data)
		}
		fl.Flush()
	}
}
