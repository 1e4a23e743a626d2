package store_test

import (
	"context"
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
