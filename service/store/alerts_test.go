package store_test

import (
	"path/filepath"
	"testing"

	"github.com/hotline/hotline/service/store/storetest"
)

// TestSQLiteAlerts runs the alert suite on SQLite, and the replica suite
// on two handles of one file, as two processes sharing it would hold.
func TestSQLiteAlerts(t *testing.T) {
	storetest.RunAlerts(t, func(t *testing.T) storetest.AlertStore {
		s := openSQLite(t, filepath.Join(t.TempDir(), "alerts.db"))
		t.Cleanup(func() { s.Close() })
		return s
	})
	storetest.RunReplicas(t, func(t *testing.T) (storetest.AlertStore, storetest.AlertStore) {
		path := filepath.Join(t.TempDir(), "shared.db")
		a, b := openSQLite(t, path), openSQLite(t, path)
		t.Cleanup(func() { a.Close(); b.Close() })
		return a, b
	})
}
