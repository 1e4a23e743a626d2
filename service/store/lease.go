package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// Leases let replicas divide mailboxes: a replica reads a mailbox only while
// it holds the mailbox's lease, renews it well before it expires, and when
// the replica dies the lease runs out and another one acquires it. Expiry is
// judged by the database's clock on PostgreSQL, so replicas' clocks need not
// agree; SQLite is one machine, whose clock is used.

// AcquireLease takes the lease called name for holder until ttl from now and
// reports whether it did. It succeeds when nobody holds the lease, when the
// lease expired, or when holder already holds it (which extends it).
func (s *sqlStore) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	if err := checkLease(name, holder, ttl); err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	var ok bool
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		now, err := s.clock(ctx, tx)
		if err != nil {
			return err
		}
		// The WHERE of DO UPDATE turns the upsert into a no-op while
		// another holder's lease is live; a new holder gets a new
		// acquired_at, a renewing one keeps its own.
		res, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO leases (name, holder, acquired_at, expires_at)
			VALUES (?, ?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET
				acquired_at = CASE WHEN leases.holder = excluded.holder
					AND leases.expires_at > ? THEN leases.acquired_at ELSE excluded.acquired_at END,
				holder = excluded.holder,
				expires_at = excluded.expires_at
			WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`),
			name, holder, now, now+ttl.Nanoseconds(), now, now)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		ok = n == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	return ok, nil
}

// RenewLease extends holder's live lease to ttl from now and reports
// whether it did. It fails (false) once the lease expired, even if nobody
// took it meanwhile: the holder must stop the leased work and acquire the
// lease again, since another replica may have done the work in between.
func (s *sqlStore) RenewLease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	if err := checkLease(name, holder, ttl); err != nil {
		return false, fmt.Errorf("renew lease %s: %w", name, err)
	}
	var ok bool
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		now, err := s.clock(ctx, tx)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, s.d.bind(`UPDATE leases SET expires_at = ?
			WHERE name = ? AND holder = ? AND expires_at > ?`), now+ttl.Nanoseconds(), name, holder, now)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		ok = n == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("renew lease %s: %w", name, err)
	}
	return ok, nil
}

// ReleaseLease gives up holder's lease at once, so another replica need not
// wait for it to expire (on an orderly shutdown). Releasing a lease held by
// somebody else, or by nobody, does nothing.
func (s *sqlStore) ReleaseLease(ctx context.Context, name, holder string) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.d.bind(`DELETE FROM leases WHERE name = ? AND holder = ?`), name, holder)
		return err
	})
	if err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}

// LeaseHolder returns who holds the lease called name, live or expired, or
// "" when nobody does.
func (s *sqlStore) LeaseHolder(ctx context.Context, name string) (string, error) {
	var holder string
	err := s.r.QueryRowContext(ctx, s.d.bind(`SELECT holder FROM leases WHERE name = ?`), name).Scan(&holder)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read lease %s: %w", name, err)
	}
	return holder, nil
}

// TakeOverLease gives the lease called name to holder until ttl from now,
// live or not, provided from still holds it, and reports whether it did. It
// is for a holder known to be dead (a crashed process on this host), whose
// lease would otherwise block everyone until it expires; from makes the
// change conditional, so two replicas cannot both take it.
func (s *sqlStore) TakeOverLease(ctx context.Context, name, from, holder string, ttl time.Duration) (bool, error) {
	if err := checkLease(name, holder, ttl); err != nil {
		return false, fmt.Errorf("take over lease %s: %w", name, err)
	}
	var ok bool
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		now, err := s.clock(ctx, tx)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, s.d.bind(`UPDATE leases SET holder = ?, acquired_at = ?, expires_at = ?
			WHERE name = ? AND holder = ?`), holder, now, now+ttl.Nanoseconds(), name, from)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		ok = n == 1
		return err
	})
	if err != nil {
		return false, fmt.Errorf("take over lease %s: %w", name, err)
	}
	return ok, nil
}

// CountLeases counts the live leases whose names start with prefix.
// Replicas hold one such lease each while they run ("replica:" and their
// name), so the count tells each of them how many share the mailboxes.
func (s *sqlStore) CountLeases(ctx context.Context, prefix string) (int, error) {
	var n int
	// A write transaction only for the clock: on PostgreSQL it is the
	// server's, read in the same statement order as every other lease call.
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		now, err := s.clock(ctx, tx)
		if err != nil {
			return err
		}
		// substr rather than LIKE, so a prefix holding % or _ means itself.
		return tx.QueryRowContext(ctx, s.d.bind(`SELECT COUNT(*) FROM leases
			WHERE substr(name, 1, ?) = ? AND expires_at > ?`),
			utf8.RuneCountInString(prefix), prefix, now).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("count leases %q: %w", prefix, err)
	}
	return n, nil
}

func checkLease(name, holder string, ttl time.Duration) error {
	switch {
	case name == "":
		return errors.New("empty lease name")
	case holder == "":
		return errors.New("empty holder")
	case ttl <= 0:
		return fmt.Errorf("ttl %v is not positive", ttl)
	}
	return nil
}

// clock returns the time leases are judged by, in Unix nanoseconds: the
// server's on PostgreSQL, the process's on SQLite.
func (s *sqlStore) clock(ctx context.Context, tx *sql.Tx) (int64, error) {
	if s.d != postgresDialect {
		return now().UnixNano(), nil
	}
	var us int64
	// Microseconds: what PostgreSQL's clock resolves.
	if err := tx.QueryRowContext(ctx, `SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT`).Scan(&us); err != nil {
		return 0, fmt.Errorf("read database clock: %w", err)
	}
	return us * 1000, nil
}
