package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hotline/hotline/internal/cputime"
	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/store/storetest"
)

func openSQLite(t *testing.T, path string) *store.SQLite {
	t.Helper()
	s, err := store.OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSQLiteConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store {
		s := openSQLite(t, filepath.Join(t.TempDir(), "hotline.db"))
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestSQLiteReopen(t *testing.T) {
	dir := t.TempDir()
	storetest.RunReopen(t, func(t *testing.T, name string) storetest.Store {
		return openSQLite(t, filepath.Join(dir, name+".db"))
	})
}

// BenchmarkRecordMessage records realistic scored messages one at a time,
// each in its own transaction with a checkpoint advance, as the ingester does.
func BenchmarkRecordMessage(b *testing.B) {
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	uid := uint32(0)
	for b.Loop() {
		uid++
		m := storetest.NewMessage("bench@hotline.example/INBOX", 1, uid, fmt.Sprintf("bench-%d@example.com", uid), "bench")
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkRecordMessages records the same messages as BenchmarkRecordMessage
// in batches of 200, one transaction and one checkpoint advance per batch,
// as the ingester records a fetched batch. msgs/s compares the two.
func BenchmarkRecordMessages(b *testing.B) {
	benchRecordBatches(b, "", "")
}

// BenchmarkRecordMessagesText records batches of 200 messages that carry
// what a first sync stores with each: a 3.4 KB body (a reply quoting the
// conversation) and the short text that was scored. CPU time per message,
// the kernel's included, is the figure to compare: on a shared machine
// wall time mostly measures the neighbours.
func BenchmarkRecordMessagesText(b *testing.B) {
	body := "Hello, thanks for the update. Could you tell me when the package will ship?\nI would like to plan the delivery. Kind regards.\n\n" +
		strings.Repeat("> On Friday the support team wrote: we are looking into your order and will get back to you\n> as soon as we have news from the warehouse. Thank you for your patience.\n", 20)
	prepared := "Hello, thanks for the update. Could you tell me when the package will ship? I would like to plan the delivery. Kind regards."
	benchRecordBatches(b, body, prepared)
}

// benchRecordBatches records batches of 200 messages with the given body
// and scored text into a new SQLite file and reports CPU time per message
// and the rate.
func benchRecordBatches(b *testing.B, body, prepared string) {
	const batchSize = 200
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	uid := uint32(0)
	msgs := make([]store.Message, batchSize)
	batch := make([]*store.Message, batchSize)
	cpu0 := cputime.Process()
	for b.Loop() {
		for i := range msgs {
			uid++
			msgs[i] = storetest.NewMessage("bench@hotline.example/INBOX", 1, uid, fmt.Sprintf("bench-%d@example.com", uid), "bench")
			if body != "" {
				msgs[i].Body, msgs[i].Prepared = body, prepared
			}
			batch[i] = &msgs[i]
		}
		if _, err := s.RecordMessages(ctx, batch, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N*batchSize), "cpu-ns/msg")
	b.ReportMetric(float64(b.N*batchSize)/b.Elapsed().Seconds(), "msgs/s")
}

// TestSQLiteSharedFile opens one new database file through several handles
// at once, as a server and a CLI would, and writes through all of them: the
// migrations must apply once and no write may fail with SQLITE_BUSY.
func TestSQLiteSharedFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	const handles, each = 4, 40
	stores := make([]*store.SQLite, handles)
	var wg sync.WaitGroup
	errs := make(chan error, handles*each)
	for i := range stores {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s, err := store.OpenSQLite(ctx, path)
			if err != nil {
				errs <- fmt.Errorf("open %d: %w", i, err)
				return
			}
			stores[i] = s
		}(i)
	}
	wg.Wait()
	for i := range stores {
		if stores[i] != nil {
			t.Cleanup(func() { stores[i].Close() })
		}
	}
	for i, s := range stores {
		if s == nil {
			continue
		}
		wg.Add(1)
		go func(i int, s *store.SQLite) {
			defer wg.Done()
			for j := 0; j < each; j++ {
				uid := uint32(i*each + j + 1)
				m := storetest.NewMessage("shared/INBOX", 1, uid, fmt.Sprintf("shared-%d@example.com", uid), "shared")
				if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
					errs <- fmt.Errorf("handle %d uid %d: %w", i, uid, err)
				}
			}
		}(i, s)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	msgs, _, err := stores[0].ListMessages(ctx, store.Filter{PageSize: store.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != handles*each {
		t.Errorf("stored %d messages through %d handles, want %d", len(msgs), handles, handles*each)
	}
	cp, err := stores[0].Checkpoint(ctx, "shared/INBOX")
	if err != nil || cp.LastUID != handles*each {
		t.Errorf("checkpoint = %+v, %v; want last uid %d", cp, err, handles*each)
	}
}
