package api_test

import (
	"context"
	"fmt"
	"net"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/api"
	"github.com/hotline/hotline/service/store"
)

// replica is one serving process on the shared database: its own store
// handle, its message feed following the store, and its gRPC API on
// loopback.
type replica struct {
	st     *store.Postgres
	feed   *api.MessageFeed
	client hotlinev1.MessageServiceClient
}

func startReplica(t testing.TB, dsn string) *replica {
	t.Helper()
	st, err := store.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	feed := &api.MessageFeed{}
	ctx, cancel := context.WithCancel(context.Background())
	followed := make(chan error, 1)
	go func() { followed <- feed.Follow(ctx, st, api.FollowOptions{}) }()
	// As serve does: watchers are accepted once the follower has its
	// position, so none misses a message recorded while it started.
	<-feed.Following()
	srv, err := api.NewServer(nil, api.ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hotlinev1.RegisterMessageServiceServer(srv, api.NewMessageServer(st, feed))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	conn, err := grpc.NewClient(ln.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.Close()
		srv.Shutdown(context.Background())
		cancel()
		if err := <-followed; err != nil {
			t.Errorf("Follow: %v", err)
		}
		st.Close()
	})
	return &replica{st: st, feed: feed, client: hotlinev1.NewMessageServiceClient(conn)}
}

// record records a message as this replica's ingester does: in the store,
// then handed to the feed.
func (r *replica) record(t testing.TB, uid uint32) store.Message {
	t.Helper()
	m := store.Message{Mailbox: "support@shop.example/INBOX", UIDValidity: 1, UID: uid, MessageID: fmt.Sprintf("m%d@shop", uid),
		ContentHash: fmt.Sprintf("h%d", uid), From: "c@example.com", Subject: fmt.Sprintf("subject %d", uid), Level: "HOT", Heat: 0.9}
	ctx := context.Background()
	if _, err := r.st.RecordMessage(ctx, &m, store.Checkpoint{Mailbox: m.Mailbox, UIDValidity: 1, LastUID: uid}); err != nil {
		t.Fatal(err)
	}
	r.feed.Recorded(ctx, m)
	return m
}

func (r *replica) watch(t testing.TB, ctx context.Context, afterID int64) grpc.ServerStreamingClient[hotlinev1.WatchMessagesResponse] {
	t.Helper()
	w, err := r.client.WatchMessages(ctx, &hotlinev1.WatchMessagesRequest{AfterId: afterID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Header(); err != nil {
		t.Fatal(err)
	}
	return w
}

// next returns the uid of the next streamed message.
func next(t testing.TB, w grpc.ServerStreamingClient[hotlinev1.WatchMessagesResponse]) uint32 {
	t.Helper()
	resp, err := w.Recv()
	if err != nil {
		t.Fatalf("watch ended: %v", err)
	}
	return resp.GetMessage().GetUid()
}

// TestWatchMessagesAcrossReplicas: two API servers on one PostgreSQL
// database. A watcher of A gets what B records, and each watcher gets every
// message once, whichever replica recorded it; a watcher that reconnects
// with after_id gets what it missed, once, then live mail.
func TestWatchMessagesAcrossReplicas(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dsn := pgtest.Start(t).NewDatabase(t)
	a, b := startReplica(t, dsn), startReplica(t, dsn)
	wctx, stop := context.WithCancel(ctx)
	onA, onB := a.watch(t, wctx, 0), b.watch(t, wctx, 0)

	// Recorded by B, then by A: each watcher gets both, once, in the order
	// they were recorded. Had either been sent twice, the other would not
	// come second.
	first := b.record(t, 1)
	if got := next(t, onA); got != 1 {
		t.Fatalf("A's watcher got uid %d, want 1 (recorded by B)", got)
	}
	a.record(t, 2)
	for name, w := range map[string]grpc.ServerStreamingClient[hotlinev1.WatchMessagesResponse]{"A": onA, "B": onB} {
		var got []uint32
		if name == "B" {
			got = append(got, next(t, w))
		}
		got = append(got, next(t, w))
		if want := map[string][]uint32{"A": {2}, "B": {1, 2}}[name]; !slices.Equal(got, want) {
			t.Errorf("%s's watcher got uids %v, want %v", name, got, want)
		}
	}

	// A's watcher disconnects after the first message; B records two
	// more meanwhile. Watching again after the first gets the three it
	// missed, oldest first, then a new one, each once.
	stop()
	b.record(t, 3)
	b.record(t, 4)
	again := a.watch(t, ctx, first.ID)
	var got []uint32
	for range 3 {
		got = append(got, next(t, again))
	}
	b.record(t, 5)
	a.record(t, 6)
	got = append(got, next(t, again), next(t, again))
	if want := []uint32{2, 3, 4, 5, 6}; !slices.Equal(got, want) {
		t.Errorf("resumed watcher got uids %v, want %v", got, want)
	}
}

// TestWatchMessagesSeesLateCommits: PostgreSQL hands out ids at insert, so
// a message can become visible after one with a larger id. The follower
// still sends it, once, as long as it commits within the settle time.
func TestWatchMessagesSeesLateCommits(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dsn := pgtest.Start(t).NewDatabase(t)
	a, b := startReplica(t, dsn), startReplica(t, dsn)
	w := a.watch(t, ctx, 0)

	// Another process inserts and holds its transaction open.
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var slow int64
	if err := tx.QueryRow(ctx, `INSERT INTO messages (mailbox, uid_validity, uid, content_hash, recorded_at, level)
		VALUES ('support@shop.example/INBOX', 1, 99, 'slow', $1, 'HOT') RETURNING id`, time.Now().UnixNano()).Scan(&slow); err != nil {
		t.Fatal(err)
	}
	later := b.record(t, 1)
	if later.ID <= slow {
		t.Fatalf("ids %d then %d; the test needs the later insert to have the larger id", slow, later.ID)
	}
	if got := next(t, w); got != 1 {
		t.Fatalf("first streamed uid %d, want 1", got)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	b.record(t, 2)
	var uids []int
	for range 2 {
		uids = append(uids, int(next(t, w)))
	}
	sort.Ints(uids)
	if !slices.Equal(uids, []int{2, 99}) {
		t.Errorf("after the late commit streamed uids %v, want the late message and 2, each once", uids)
	}
}

// BenchmarkWatchLatency measures how long after a replica records a message
// its own watcher (local) and a watcher of another replica on the same
// PostgreSQL database (remote) receive it, with the default follow options;
// it reports the 50th and 90th percentiles of each.
func BenchmarkWatchLatency(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dsn := pgtest.Start(b).NewDatabase(b)
	ra, rb := startReplica(b, dsn), startReplica(b, dsn)
	local, remote := rb.watch(b, ctx, 0), ra.watch(b, ctx, 0)
	var localD, remoteD []time.Duration
	uid := uint32(0)
	for b.Loop() {
		uid++
		start := time.Now()
		rb.record(b, uid)
		arrived := make(chan time.Duration, 1)
		go func() {
			next(b, remote)
			arrived <- time.Since(start)
		}()
		next(b, local)
		localD = append(localD, time.Since(start))
		remoteD = append(remoteD, <-arrived)
		// Spread the records over the poll so the remote side is not
		// measured at one phase of it.
		time.Sleep(time.Duration(uid%7) * 31 * time.Millisecond)
	}
	pct := func(ds []time.Duration, p int) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return float64(s[(len(s)-1)*p/100].Microseconds()) / 1000
	}
	b.ReportMetric(pct(localD, 50), "local-p50-ms")
	b.ReportMetric(pct(localD, 90), "local-p90-ms")
	b.ReportMetric(pct(remoteD, 50), "remote-p50-ms")
	b.ReportMetric(pct(remoteD, 90), "remote-p90-ms")
}
