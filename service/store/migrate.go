package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

// sqliteMigrations holds the schema as numbered SQL files. 0001–0099 belong
// to messages and checkpoints, 0100 and up to alerts and the outbox.
//
//go:embed migrations/sqlite/*.sql
var sqliteMigrations embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads NNNN_name.sql files in version order and rejects
// duplicates, so two files claiming one version fail loudly at startup.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []migration
	seen := map[int]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		base := strings.TrimSuffix(e.Name(), ".sql")
		num, name, ok := strings.Cut(base, "_")
		version, err := strconv.Atoi(num)
		if !ok || err != nil || version <= 0 || name == "" {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", e.Name())
		}
		if prev, dup := seen[version]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", prev, e.Name(), version)
		}
		seen[version] = e.Name()
		body, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		out = append(out, migration{version: version, name: name, sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrate applies the migrations not yet recorded in schema_migrations, each
// in its own transaction. The check is repeated inside the transaction so two
// processes opening a new database at once apply each migration once.
func migrate(ctx context.Context, db *sql.DB, migrations []migration) error {
	return migrateDialect(ctx, db, sqliteDialect, migrations)
}

// migrationLockKey is the PostgreSQL advisory lock that serialises replicas
// migrating one database at the same time.
const migrationLockKey = 0x686f746c696e65 // "hotline"

// lockMigrations takes the lock that serialises migrating processes for the
// rest of tx. SQLite needs none: its write transactions are exclusive.
func lockMigrations(ctx context.Context, tx *sql.Tx, d dialect) error {
	if d != postgresDialect {
		return nil
	}
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLockKey))
	return err
}

func migrateDialect(ctx context.Context, db *sql.DB, d dialect, migrations []migration) error {
	// Inside a write transaction (BEGIN IMMEDIATE on the SQLite writer, an
	// advisory lock on PostgreSQL), so a second process creating the table
	// at the same moment waits instead of failing.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at INTEGER NOT NULL
	) STRICT`
	if d == postgresDialect {
		// applied_at holds Unix nanoseconds, too big for a 4-byte INTEGER.
		create = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at BIGINT  NOT NULL
	)`
	}
	err = lockMigrations(ctx, tx, d)
	if err == nil {
		_, err = tx.ExecContext(ctx, create)
	}
	if err == nil {
		err = tx.Commit()
	} else {
		tx.Rollback()
	}
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	known := map[int]bool{}
	for _, m := range migrations {
		known[m.version] = true
	}
	var newest int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if newest > 0 && !known[newest] {
		return fmt.Errorf("database schema version %d is newer than this binary knows", newest)
	}
	for _, m := range migrations {
		if err := applyMigration(ctx, db, d, m); err != nil {
			return err
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, d dialect, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %04d_%s: begin: %w", m.version, m.name, err)
	}
	defer tx.Rollback()
	if err := lockMigrations(ctx, tx, d); err != nil {
		return fmt.Errorf("migration %04d_%s: lock: %w", m.version, m.name, err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, d.bind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.version).Scan(&n); err != nil {
		return fmt.Errorf("migration %04d_%s: check: %w", m.version, m.name, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %04d_%s: %w", m.version, m.name, err)
	}
	if _, err := tx.ExecContext(ctx, d.bind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.version, m.name, time.Now().UTC().UnixNano()); err != nil {
		return fmt.Errorf("migration %04d_%s: record: %w", m.version, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %04d_%s: commit: %w", m.version, m.name, err)
	}
	return nil
}
