package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func openRaw(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", sqliteDSN(filepath.Join(t.TempDir(), "m.db"), false))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestEmbeddedMigrationsApplyOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hotline.db")
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := loadMigrations(sqliteMigrations, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	if len(embedded) == 0 || embedded[0].version != 1 {
		t.Fatalf("embedded migrations = %+v", embedded)
	}
	applied := func(s *SQLite) map[int]int64 {
		rows, err := s.r.QueryContext(ctx, `SELECT version, applied_at FROM schema_migrations`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[int]int64{}
		for rows.Next() {
			var v int
			var at int64
			if err := rows.Scan(&v, &at); err != nil {
				t.Fatal(err)
			}
			out[v] = at
		}
		return out
	}
	first := applied(s)
	s.Close()
	if len(first) != len(embedded) {
		t.Errorf("applied %d migrations, embedded %d", len(first), len(embedded))
	}
	s, err = OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	second := applied(s)
	for v, at := range first {
		if second[v] != at {
			t.Errorf("migration %d applied again on reopen", v)
		}
	}
	var mode string
	if err := s.r.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.w.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
}

// TestSQLitePageSize: a new database gets 16 KiB pages; one created with
// SQLite's default 4 KiB pages keeps them and is written as before.
func TestSQLitePageSize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	pageSize := func(s *SQLite) int {
		t.Helper()
		var n int
		if err := s.r.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	s, err := OpenSQLite(ctx, filepath.Join(dir, "new.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := pageSize(s); n != 16384 {
		t.Errorf("new database: page_size = %d, want 16384", n)
	}

	old := filepath.Join(dir, "old.db")
	db, err := sql.Open("sqlite", "file:"+old+"?_pragma=page_size(4096)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `PRAGMA journal_mode = WAL`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err = OpenSQLite(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := Message{Mailbox: "u@h/INBOX", UIDValidity: 1, UID: 1, ContentHash: "h", Body: strings.Repeat("body ", 2000)}
	if _, err := s.RecordMessage(ctx, &m, Checkpoint{UIDValidity: 1, LastUID: 1}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.MessageText(ctx, m.ID); err != nil || got.Body != m.Body {
		t.Errorf("MessageText = %d bytes, %v; want the %d-byte body", len(got.Body), err, len(m.Body))
	}
	if n := pageSize(s); n != 4096 {
		t.Errorf("existing database: page_size = %d, want 4096 kept", n)
	}
}

func TestMigrate(t *testing.T) {
	tests := []struct {
		name      string
		files     fstest.MapFS
		wantErr   string
		wantTable string // must exist afterwards
		noTable   string // must not exist afterwards
		versions  int
	}{
		{
			name: "applied in version order",
			files: fstest.MapFS{
				"m/0002_b.sql": {Data: []byte(`ALTER TABLE a ADD COLUMN y TEXT;`)},
				"m/0001_a.sql": {Data: []byte(`CREATE TABLE a (x INTEGER); CREATE INDEX a_x ON a (x);`)},
			},
			wantTable: "a", versions: 2,
		},
		{
			name: "failed migration rolls back",
			files: fstest.MapFS{
				"m/0001_a.sql": {Data: []byte(`CREATE TABLE a (x INTEGER);`)},
				"m/0002_b.sql": {Data: []byte(`CREATE TABLE b (x INTEGER); THIS IS NOT SQL;`)},
			},
			wantErr: "migration 0002_b", wantTable: "a", noTable: "b", versions: 1,
		},
		{
			name: "duplicate version",
			files: fstest.MapFS{
				"m/0001_a.sql":     {Data: []byte(`CREATE TABLE a (x INTEGER);`)},
				"m/0001_other.sql": {Data: []byte(`CREATE TABLE b (x INTEGER);`)},
			},
			wantErr: "share version 1", noTable: "a",
		},
		{
			name:    "bad name",
			files:   fstest.MapFS{"m/init.sql": {Data: []byte(`CREATE TABLE a (x INTEGER);`)}},
			wantErr: "NNNN_name.sql", noTable: "a",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := openRaw(t)
			ms, err := loadMigrations(tt.files, "m")
			if err == nil {
				err = migrate(ctx, db, ms)
			}
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
			if tt.wantTable != "" && !tableExists(t, db, tt.wantTable) {
				t.Errorf("table %s missing", tt.wantTable)
			}
			if tt.noTable != "" && tableExists(t, db, tt.noTable) {
				t.Errorf("table %s exists", tt.noTable)
			}
			if tt.versions > 0 {
				var n int
				if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != tt.versions {
					t.Errorf("schema_migrations has %d rows (%v), want %d", n, err, tt.versions)
				}
			}
		})
	}
}

func TestMigrateRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t)
	newer := fstest.MapFS{"m/0001_a.sql": {Data: []byte(`CREATE TABLE a (x INTEGER);`)}, "m/0002_b.sql": {Data: []byte(`CREATE TABLE b (x INTEGER);`)}}
	ms, _ := loadMigrations(newer, "m")
	if err := migrate(ctx, db, ms); err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, db, ms[:1]); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("older binary on newer schema: error = %v", err)
	}
}

func tableExists(t *testing.T, db *sql.DB, name string) bool {
	t.Helper()
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n == 1
}
