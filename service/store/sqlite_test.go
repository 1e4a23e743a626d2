package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

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
