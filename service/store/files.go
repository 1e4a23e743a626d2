package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// The database holds subjects, addresses, excerpts and reasons: customer
// data that no other account on the host should read. SQLite creates the
// -wal and -shm files with the mode of the database file, so creating the
// database file 0600 ourselves makes all three private whatever the umask.
const (
	dbFileMode = 0o600
	dbDirMode  = 0o700
)

// prepareSQLiteFile makes sure path can be opened as a private database:
// its directory exists (created 0700 when missing), the directory is
// writable (SQLite creates -wal and -shm beside the file), and the file
// exists, created 0600 when new. An existing file keeps the mode its owner
// gave it. The errors name the path and keep fs.ErrPermission and
// fs.ErrNotExist, where SQLite would only say "unable to open database
// file".
func prepareSQLiteFile(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, dbDirMode); err != nil {
		return fmt.Errorf("create database directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, dbFileMode)
	switch {
	case err == nil:
		if err := f.Close(); err != nil {
			return fmt.Errorf("create database file: %w", err)
		}
	case errors.Is(err, fs.ErrExist):
		// Opened below by SQLite; only the directory needs checking.
	default:
		return fmt.Errorf("create database file: %w", err)
	}
	return checkDirWritable(dir)
}

// checkDirWritable reports a directory SQLite could read the database in but
// not create the -wal and -shm files in, as a permission error instead of
// SQLite's "unable to open database file (14)" on the first write.
func checkDirWritable(dir string) error {
	probe, err := os.CreateTemp(dir, ".hotline-probe-*")
	if err != nil {
		return fmt.Errorf("database directory %s must be writable for the -wal and -shm files: %w", dir, err)
	}
	name := probe.Name()
	probe.Close()
	return os.Remove(name)
}
