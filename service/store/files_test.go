package store

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSQLiteFilesPrivate checks that the database, its WAL and shared-memory
// files and a directory created for them are readable by the owner only,
// even under a permissive umask.
func TestSQLiteFilesPrivate(t *testing.T) {
	old := syscall.Umask(0o022)
	t.Cleanup(func() { syscall.Umask(old) })

	dir := filepath.Join(t.TempDir(), "data")
	path := filepath.Join(dir, "hotline.db")
	s, err := OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SetCheckpoint(context.Background(), Checkpoint{Mailbox: "inbox", UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]fs.FileMode{
		dir:           0o700,
		path:          0o600,
		path + "-wal": 0o600,
		path + "-shm": 0o600,
	} {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(name), got, want)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".hotline-probe") {
			t.Errorf("probe file %s left behind", e.Name())
		}
	}
}

// TestSQLiteReadOnlyDirectory checks that a database in a directory the
// process cannot write is refused with a permission error naming the
// directory, not SQLite's "unable to open database file".
func TestSQLiteReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores directory permissions")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "hotline.db")
	s, err := OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })

	for _, p := range []string{path, filepath.Join(dir, "new.db")} {
		_, err := OpenSQLite(context.Background(), p)
		if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("open %s: got %v, want a permission denied error", filepath.Base(p), err)
		}
	}
}
