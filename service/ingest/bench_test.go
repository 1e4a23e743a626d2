package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/hotline/hotline/internal/cputime"
	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/mailtest"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/store"
)

// BenchmarkPrepare measures parsing and scoring one realistic message, the
// CPU work the ingester does per message besides IMAP and SQLite.
func BenchmarkPrepare(b *testing.B) {
	in, err := New(Options{Mailbox: Mailbox{User: "u", Host: "h", Name: "INBOX"}, Store: nopStore{}, Classifier: newClassifier(b)})
	if err != nil {
		b.Fatal(err)
	}
	raws := make([][]byte, 100)
	for i := range raws {
		raws[i] = mailtest.Reply(i)
	}
	cp := store.Checkpoint{Mailbox: "u@h/INBOX", UIDValidity: 1}
	b.ReportAllocs()
	b.SetBytes(int64(len(raws[1])))
	b.ResetTimer()
	var ps mail.Parser
	cpu0 := cputime.Process()
	for i := 0; b.Loop(); i++ {
		in.prepare(context.Background(), &ps, fetched{uid: imap.UID(i + 1), raw: raws[i%len(raws)], size: int64(len(raws[i%len(raws)]))}, cp)
	}
	// On a shared machine wall time mostly measures the neighbours.
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkSyncMemserver measures a first sync of b.N messages from the
// in-memory server into SQLite, end to end.
func BenchmarkSyncMemserver(b *testing.B) {
	s := startMem(b, true)
	c := s.client(b, nil)
	n := b.N
	for i := 1; i <= n; i++ {
		s.appendRaw(b, c, "INBOX", mailtest.Reply(i))
	}
	st := openStore(b)
	in := newIngester(b, s, st, "INBOX", nil)
	b.ReportAllocs()
	b.ResetTimer()
	got, err := in.SyncOnce(context.Background())
	b.StopTimer()
	if err != nil || len(got) != n {
		b.Fatalf("synced %d of %d: %v", len(got), n, err)
	}
}

// timedStore adds up the time spent recording, to show what bounds a sync.
type timedStore struct {
	Store
	record atomic.Int64
}

func (s *timedStore) RecordMessages(ctx context.Context, msgs []*store.Message, cp store.Checkpoint) ([]bool, error) {
	start := time.Now()
	defer func() { s.record.Add(int64(time.Since(start))) }()
	return s.Store.RecordMessages(ctx, msgs, cp)
}

type nopStore struct{}

func (nopStore) Checkpoint(context.Context, string) (store.Checkpoint, error) {
	return store.Checkpoint{}, nil
}
func (nopStore) SetCheckpoint(context.Context, store.Checkpoint) error { return nil }
func (nopStore) RecordMessages(_ context.Context, msgs []*store.Message, _ store.Checkpoint) ([]bool, error) {
	inserted := make([]bool, len(msgs))
	for i := range inserted {
		inserted[i] = true
	}
	return inserted, nil
}
func (nopStore) MarkApplied(context.Context, int64) error { return nil }
func (nopStore) Unmarked(context.Context, string, int) ([]store.Message, error) {
	return nil, nil
}

// fillMaildir writes n messages straight into a Dovecot user's Maildir,
// which is how a mail server delivers and far faster than APPEND. They go
// to new/, as delivered, unless opened is set: then to cur/, where they
// are once any client has opened the mailbox read-write, so the first
// SELECT has none to move.
func fillMaildir(t testing.TB, d *dovecottest.Server, n int, opened bool) int64 {
	t.Helper()
	dir := filepath.Join(d.Dir, "home", d.User, "Maildir")
	var total int64
	for _, sub := range []string{"cur", "new", "tmp"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	base := time.Now().Unix()
	for i := 1; i <= n; i++ {
		raw := mailtest.Reply(i)
		total += int64(len(raw))
		name := filepath.Join(dir, "new", fmt.Sprintf("%d.M%dP1.bench,S=%d", base, i, len(raw)))
		if opened {
			name = filepath.Join(dir, "cur", fmt.Sprintf("%d.M%dP1.bench,S=%d:2,", base, i, len(raw)))
		}
		if err := os.WriteFile(name, raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	filepath.Walk(filepath.Join(d.Dir, "home"), func(p string, _ os.FileInfo, err error) error {
		if err == nil {
			os.Lchown(p, 65534, 65534)
		}
		return nil
	})
	return total
}

// memSampler records the peak Go heap while it runs.
type memSampler struct {
	peak atomic.Uint64
	stop chan struct{}
	done chan struct{}
}

func startMemSampler() *memSampler {
	m := &memSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(m.done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > m.peak.Load() {
				m.peak.Store(ms.HeapInuse)
			}
			select {
			case <-m.stop:
				return
			case <-t.C:
			}
		}
	}()
	return m
}

func (m *memSampler) Stop() uint64 {
	close(m.stop)
	<-m.done
	return m.peak.Load()
}

// peakRSS is the process's resident-set high-water mark (VmHWM).
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
	}
	return "unknown"
}

// TestBenchDovecot prints the numbers the README quotes. It measures, so
// it runs only with HOTLINE_BENCH=1:
//
//	HOTLINE_BENCH=1 go test -run TestBenchDovecot -v -timeout 20m ./service/ingest
func TestBenchDovecot(t *testing.T) {
	if os.Getenv("HOTLINE_BENCH") != "1" {
		t.Skip("set HOTLINE_BENCH=1 to measure sync throughput and IDLE latency against Dovecot")
	}
	n := 10000
	if v := os.Getenv("HOTLINE_BENCH_MESSAGES"); v != "" {
		fmt.Sscan(v, &n)
	}
	d := dovecottest.Start(t, dovecottest.Options{})
	// HOTLINE_BENCH_OPENED=1 measures a mailbox some client has opened
	// before, whose mail Dovecot need not move from new/ to cur/ when the
	// sync selects it.
	bytes := fillMaildir(t, d, n, os.Getenv("HOTLINE_BENCH_OPENED") == "1")
	s := &testServer{addr: d.Addr, user: d.User, pass: d.Password, dov: d}
	c := s.client(t, nil)
	// Let Dovecot index the new mail before anything is timed.
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if sel.NumMessages != uint32(n) {
		t.Fatalf("INBOX has %d messages, want %d", sel.NumMessages, n)
	}
	t.Logf("mailbox: %d messages, %.1f MB, %.0f bytes average; load average %s", n, float64(bytes)/1e6, float64(bytes)/float64(n), loadAverage())

	// Raw imapclient: UID FETCH BODY.PEEK[] in batches of 200, bodies read.
	start, cpu0, dov0 := time.Now(), cputime.Process(), d.CPUTime()
	var rawBytes int64
	for lo := 1; lo <= n; lo += 200 {
		var set imap.UIDSet
		set.AddRange(imap.UID(lo), imap.UID(min(lo+199, n)))
		cmd := c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}})
		for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
			buf, err := msg.Collect()
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range buf.BodySection {
				rawBytes += int64(len(b.Bytes))
			}
		}
		if err := cmd.Close(); err != nil {
			t.Fatal(err)
		}
	}
	rawDur := time.Since(start)
	rawCPU, rawDov := cputime.Process()-cpu0, d.CPUTime()-dov0
	rawRate := float64(n) / rawDur.Seconds()
	t.Logf("raw imapclient FETCH: %d messages in %v = %.0f msgs/s (%.1f MB/s); CPU per message: client %s, Dovecot %s",
		n, rawDur.Round(time.Millisecond), rawRate, float64(rawBytes)/1e6/rawDur.Seconds(), perMsg(rawCPU, n), perMsg(rawDov, n))

	// Hotline first sync into a fresh SQLite database.
	st := openStore(t)
	timed := &timedStore{Store: st}
	// Logged at info, as in production: a debug line per message would
	// measure the terminal.
	in := newIngester(t, s, timed, "INBOX", func(o *Options) {
		o.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
		o.NoKeywords = os.Getenv("HOTLINE_BENCH_NO_KEYWORDS") == "1"
		if v := os.Getenv("HOTLINE_BENCH_MARK"); v != "" {
			m, err := ParseMark(v)
			if err != nil {
				t.Fatalf("HOTLINE_BENCH_MARK: %v", err)
			}
			o.Mark = m
		}
		if v := os.Getenv("HOTLINE_BENCH_BATCH"); v != "" {
			fmt.Sscan(v, &o.BatchSize)
		}
	})
	processPeak := peakRSS()
	// Give back what building the classifier and the anchor left behind,
	// then restart the high-water mark, so the sync's own peak is seen.
	debug.FreeOSMemory()
	syncPeak := "peak RSS during the sync"
	if os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) != nil {
		syncPeak = "process peak RSS (could not reset it before the sync)"
	}
	stopProfile := startProfile(t, os.Getenv("HOTLINE_BENCH_CPUPROFILE"))
	sampler := startMemSampler()
	gc0 := readGCStats()
	start, cpu0, dov0 = time.Now(), cputime.Process(), d.CPUTime()
	got := 0
	err = in.SyncEach(context.Background(), func(store.Message) { got++ })
	syncDur := time.Since(start)
	stopProfile()
	syncCPU, syncDov := cputime.Process()-cpu0, settledCPU(d)-dov0
	gc := readGCStats().sub(gc0)
	peakHeap := sampler.Stop()
	if err != nil || got != n {
		t.Fatalf("synced %d of %d: %v", got, n, err)
	}
	syncRate := float64(n) / syncDur.Seconds()
	t.Logf("allocated %.1f KB per message, %d garbage collections", float64(gc.allocBytes)/1e3/float64(n), gc.cycles)
	t.Logf("of which RecordMessages: %v (%.0f µs per message)", time.Duration(timed.record.Load()).Round(time.Millisecond), float64(timed.record.Load())/1e3/float64(n))
	marking := "keywords on " + in.opts.Mark.String() + " mail"
	if in.opts.NoKeywords {
		marking = "no keywords"
	}
	t.Logf("hotline first sync (%s): %d messages in %v = %.0f msgs/s (%.0f%% of raw FETCH); CPU per message: hotline %s, Dovecot %s; peak heap in use %.1f MB; %s %s (process before it %s); load average %s",
		marking, n, syncDur.Round(time.Millisecond), syncRate, 100*syncRate/rawRate, perMsg(syncCPU, n), perMsg(syncDov, n), float64(peakHeap)/1e6, syncPeak, peakRSS(), processPeak, loadAverage())

	// APPEND -> recorded latency with the ingester in IDLE.
	appends := 500
	if v := os.Getenv("HOTLINE_BENCH_APPENDS"); v != "" {
		fmt.Sscan(v, &appends)
	}
	if appends == 0 {
		return
	}
	lat := idleLatency(t, s, st, appends)
	t.Logf("APPEND->recorded under IDLE over %d appends: p50 %v, p90 %v, p99 %v, max %v",
		len(lat), pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[len(lat)-1])
}

// gcStats is what the Go runtime counts of allocation and collection.
// Both are counts, not times, so unlike CPU time they hardly move with the
// load of a shared machine.
type gcStats struct {
	allocBytes, cycles uint64
}

func readGCStats() gcStats {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return gcStats{allocBytes: s[0].Value.Uint64(), cycles: s[1].Value.Uint64()}
}

func (g gcStats) sub(o gcStats) gcStats {
	return gcStats{allocBytes: g.allocBytes - o.allocBytes, cycles: g.cycles - o.cycles}
}

// loadAverage returns the 1, 5 and 15 minute load averages, since on a
// shared machine they say how far the timings can be trusted.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// startProfile writes a CPU profile of the sync alone to path, when set,
// so that filling the Maildir and the anchor do not drown it.
func startProfile(t *testing.T, path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// settledCPU reads Dovecot's CPU time once the imap process of a
// connection that logged out has been reaped: until then its time is in
// neither its own entry nor its parent's children's total.
func settledCPU(d *dovecottest.Server) time.Duration {
	last := d.CPUTime()
	for range 20 {
		time.Sleep(50 * time.Millisecond)
		now := d.CPUTime()
		if now == last {
			return now
		}
		last = now
	}
	return last
}

func perMsg(d time.Duration, n int) string {
	return fmt.Sprintf("%.0f µs", float64(d)/1e3/float64(n))
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(i, len(sorted))-1)].Round(time.Millisecond)
}

// idleLatency appends count messages one at a time from another connection
// and measures how long each takes to reach the sink.
func idleLatency(t *testing.T, s *testServer, st Store, count int) []time.Duration {
	t.Helper()
	sink := newCollector()
	in := newIngester(t, s, st, "INBOX", func(o *Options) { o.Sink = sink; o.IdleRefresh = 4 * time.Minute })
	runInBackground(t, in)
	// Wait for the watcher's first sync (nothing new) and IDLE.
	time.Sleep(500 * time.Millisecond)
	c := s.client(t, nil)
	var lat []time.Duration
	for i := 0; i < count; i++ {
		raw := testMail(1000000+i, i%10 == 0)
		start := time.Now()
		s.appendRaw(t, c, "INBOX", raw)
		select {
		case m := <-sink.ch:
			if m.MessageID != fmt.Sprintf("msg-%d@example.com", 1000000+i) {
				t.Fatalf("got %s", m.MessageID)
			}
			d := time.Since(start)
			if d > time.Second {
				t.Logf("append %d took %v (at %s)", i, d.Round(time.Millisecond), time.Now().Format("15:04:05.000"))
			}
			lat = append(lat, d)
		case <-time.After(30 * time.Second):
			t.Fatalf("append %d not recorded within 30s", i)
		}
	}
	slices.Sort(lat)
	return lat
}
