package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite" // registers the pure-Go "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrBadPageToken is returned by ListMessages for a token it did not issue,
// so the API can answer InvalidArgument.
var ErrBadPageToken = errors.New("invalid page token")

// SQLite is the embedded store: one database file in WAL mode. All writes go
// through a single connection, so concurrent callers queue in Go instead of
// failing with SQLITE_BUSY; reads use a separate pool and, thanks to WAL,
// never wait for the writer.
type SQLite struct {
	sqlStore
}

// sqlStore is the message and checkpoint code the SQLite and PostgreSQL
// stores share. Their SQL differs only in placeholder syntax, which bind
// translates, so both behave the same by construction.
type sqlStore struct {
	w *sql.DB // SQLite: exactly one connection, for every write
	r *sql.DB // SQLite: read-only pool; PostgreSQL: the same pool as w
	d dialect
	// bulk holds the full-size multi-row INSERTs of RecordMessages.
	bulk *bulkStmts
}

// bulkStmts keeps statements prepared on the writer for the life of the
// store: preparing a full-size multi-row INSERT parses thousands of
// parameters, which cost a tenth of recording the batch each time.
type bulkStmts struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// prepare prepares each query on db that is not prepared yet. It must not
// run inside a transaction of db: SQLite's writer has one connection.
func (b *bulkStmts) prepare(ctx context.Context, db *sql.DB, queries ...string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, q := range queries {
		if b.stmts[q] != nil {
			continue
		}
		stmt, err := db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		if b.stmts == nil {
			b.stmts = map[string]*sql.Stmt{}
		}
		b.stmts[q] = stmt
	}
	return nil
}

// get returns query when prepare has prepared it, or nil.
func (b *bulkStmts) get(query string) *sql.Stmt {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.stmts[query]
}

// close closes every statement; the store is closing.
func (b *bulkStmts) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, stmt := range b.stmts {
		stmt.Close()
	}
	b.stmts = nil
}

// dialect names the SQL flavour a sqlStore speaks.
type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

// bind rewrites the ? placeholders of q into PostgreSQL's $1, $2, ... The
// shared queries never contain a literal question mark.
func (d dialect) bind(q string) string {
	if d != postgresDialect || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] != '?' {
			b.WriteByte(q[i])
			continue
		}
		n++
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// busyTimeout is how long a connection waits for a lock held by another
// process (for example a CLI reading the same file) before failing.
const busyTimeout = 10 * time.Second

func sqliteDSN(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	// In WAL mode NORMAL syncs the WAL at checkpoints, not at every
	// commit: a committed transaction survives a crash of the process (the
	// ingester's SIGKILL tests rely on that), and only a power loss or OS
	// crash may lose the last commits, which the ingester then reads again
	// from the checkpoint stored with them.
	q.Add("_pragma", "synchronous(NORMAL)")
	// Keep statement journals in memory. SQLite needs one for every
	// INSERT … ON CONFLICT into a table with several unique indexes, to undo
	// that one statement; written to a temporary file it cost a pwrite per
	// page touched, most of the time RecordMessages took. It is never read
	// after a crash (the WAL is), so durability does not change.
	q.Add("_pragma", "temp_store(MEMORY)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		// A new file gets 16 KiB pages instead of 4 KiB. Nearly every
		// message carries a body of a few kilobytes, which filled a
		// 4 KiB page by itself, so recording wrote, checkpointed and
		// synced one page (two writes to the WAL and one to the file)
		// per message; larger pages hold several bodies, and a first
		// sync spent a quarter less CPU recording. The setting only
		// applies while the file is empty: existing databases keep
		// their page size.
		q.Add("_pragma", "page_size(16384)")
		// Take the write lock at BEGIN, so a transaction never fails
		// half-way when upgrading from a read lock.
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// OpenSQLite opens (creating if needed) the database file at path and
// applies any pending migrations. A new file and its directory are created
// readable by the owner only (0600 and 0700), whatever the umask, because
// they hold customer mail.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	if path == "" {
		return nil, errors.New("open sqlite store: empty path")
	}
	if err := prepareSQLiteFile(path); err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	w, err := sql.Open("sqlite", sqliteDSN(path, false))
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	err = enableWAL(ctx, w)
	var migrations []migration
	if err == nil {
		migrations, err = loadMigrations(sqliteMigrations, "migrations/sqlite")
	}
	if err == nil {
		err = migrate(ctx, w, migrations)
	}
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", sqliteDSN(path, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	if err := r.PingContext(ctx); err != nil {
		w.Close()
		r.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	return &SQLite{sqlStore{w: w, r: r, d: sqliteDialect, bulk: &bulkStmts{}}}, nil
}

// enableWAL switches the file to WAL journaling, which persists in the file,
// so later connections need not repeat it. Converting a new file takes an
// exclusive lock and SQLite may report SQLITE_BUSY at once, without waiting
// on busy_timeout, while another process converts it too; so retry.
func enableWAL(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(busyTimeout)
	for {
		var mode string
		err := db.QueryRowContext(ctx, `PRAGMA journal_mode = WAL`).Scan(&mode)
		if err == nil {
			if mode != "wal" {
				return fmt.Errorf("enable WAL: journal mode is %s", mode)
			}
			return nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return fmt.Errorf("enable WAL: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("enable WAL: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

// Close releases both connection pools.
func (s *SQLite) Close() error {
	s.bulk.close()
	return errors.Join(s.r.Close(), s.w.Close())
}

// writeTx runs fn in one write transaction, committing when fn succeeds.
func (s *sqlStore) writeTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// toNanos stores times as UTC unix nanoseconds; the zero time is NULL.
// Times outside what int64 nanoseconds can hold (years before 1678 or after
// 2261, seen only in broken Date headers) are stored as NULL too.
func toNanos(t time.Time) sql.NullInt64 {
	if t.IsZero() || t.Year() < 1678 || t.Year() > 2261 {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixNano(), Valid: true}
}

func timeOf(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

func now() time.Time { return time.Now().UTC() }

// Checkpoint returns how far mailbox has been read; the zero Checkpoint (with
// Mailbox set) when it has never been read.
func (s *sqlStore) Checkpoint(ctx context.Context, mailbox string) (Checkpoint, error) {
	cp := Checkpoint{Mailbox: mailbox}
	var updated sql.NullInt64
	err := s.r.QueryRowContext(ctx,
		s.d.bind(`SELECT uid_validity, last_uid, updated_at FROM checkpoints WHERE mailbox = ?`), mailbox,
	).Scan(&cp.UIDValidity, &cp.LastUID, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return cp, nil
	}
	if err != nil {
		return Checkpoint{}, fmt.Errorf("read checkpoint %s: %w", mailbox, err)
	}
	cp.UpdatedAt = timeOf(updated)
	return cp, nil
}

// SetCheckpoint replaces the checkpoint of cp.Mailbox unconditionally. The
// ingester uses it when UIDVALIDITY changes and the old position is void.
func (s *sqlStore) SetCheckpoint(ctx context.Context, cp Checkpoint) error {
	if cp.Mailbox == "" {
		return errors.New("set checkpoint: empty mailbox")
	}
	if cp.UpdatedAt.IsZero() {
		cp.UpdatedAt = now()
	}
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO checkpoints (mailbox, uid_validity, last_uid, updated_at)
			VALUES (?, ?, ?, ?)
			ON CONFLICT (mailbox) DO UPDATE SET
				uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at`),
			cp.Mailbox, cp.UIDValidity, cp.LastUID, toNanos(cp.UpdatedAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("set checkpoint %s: %w", cp.Mailbox, err)
	}
	return nil
}

// advanceCheckpoint moves the checkpoint forward within one UIDVALIDITY and
// replaces it when the UIDVALIDITY differs; it never moves LastUID back.
// The CASE (rather than MAX or GREATEST) is valid in both dialects.
func (s *sqlStore) advanceCheckpoint(ctx context.Context, tx *sql.Tx, cp Checkpoint) error {
	_, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO checkpoints (mailbox, uid_validity, last_uid, updated_at)
		VALUES (?, ?, ?, ?)
		ON CONFLICT (mailbox) DO UPDATE SET
			last_uid = CASE WHEN checkpoints.uid_validity = excluded.uid_validity
				AND checkpoints.last_uid > excluded.last_uid
				THEN checkpoints.last_uid ELSE excluded.last_uid END,
			uid_validity = excluded.uid_validity,
			updated_at = excluded.updated_at`),
		cp.Mailbox, cp.UIDValidity, cp.LastUID, toNanos(cp.UpdatedAt))
	return err
}

// RecordMessage stores m and advances the checkpoint in one transaction, so
// the checkpoint is never ahead of the data. A duplicate — the same
// Mailbox+UIDValidity+UID, or the same Mailbox+MessageID+ContentHash (with
// MessageID empty, the same Mailbox+ContentHash) — is not inserted again;
// m.ID is set to the existing row and inserted is false. When a duplicate by
// content is found at a new UIDVALIDITY, the row moves to its new location
// and stays marked only if it was and m.Marked says the new location is
// done too; otherwise Unmarked returns it, for keywords to be applied there.
// A zero cp (no UIDValidity and no LastUID) leaves the checkpoint alone;
// cp.Mailbox defaults to m.Mailbox.
func (s *sqlStore) RecordMessage(ctx context.Context, m *Message, cp Checkpoint) (inserted bool, err error) {
	ins, err := s.RecordMessages(ctx, []*Message{m}, cp)
	if err != nil {
		return false, err
	}
	return ins[0], nil
}

// RecordMessages records msgs in order as RecordMessage would, one after
// the other, but in a single transaction, and then advances the checkpoint
// once to cp: a transaction per message costs a commit (and, on SQLite, a
// WAL write) each, which bounds a first sync of a large mailbox. A message
// that duplicates an earlier one of the same batch is a duplicate like any
// other. Any failure rolls back the whole batch, checkpoint included, and
// leaves every m.ID untouched; on success inserted[i] reports msgs[i] and
// each m.ID is set. Every message must be in cp.Mailbox (default: the first
// message's), except that with a zero cp, which changes no checkpoint,
// messages of several mailboxes may be mixed.
func (s *sqlStore) RecordMessages(ctx context.Context, msgs []*Message, cp Checkpoint) (inserted []bool, err error) {
	advance := cp.UIDValidity != 0 || cp.LastUID != 0
	if cp.Mailbox == "" && len(msgs) > 0 && advance {
		cp.Mailbox = msgs[0].Mailbox
	}
	if len(msgs) == 0 && (!advance || cp.Mailbox == "") {
		if advance {
			return nil, errors.New("record messages: empty batch and checkpoint without mailbox")
		}
		return nil, nil
	}
	if cp.UpdatedAt.IsZero() {
		cp.UpdatedAt = now()
	}
	cols := make([]listColumns, len(msgs))
	for i, m := range msgs {
		if m.Mailbox == "" {
			return nil, errors.New("record message: empty mailbox")
		}
		if cp.Mailbox != "" && cp.Mailbox != m.Mailbox {
			return nil, fmt.Errorf("record message %s uid %d: checkpoint is for mailbox %s", m.Mailbox, m.UID, cp.Mailbox)
		}
		if m.RecordedAt.IsZero() {
			m.RecordedAt = now()
		}
		m.MessageID = strings.Trim(strings.TrimSpace(m.MessageID), "<>")
		if cols[i], err = encodeLists(m); err != nil {
			return nil, fmt.Errorf("record message %s uid %d: %w", m.Mailbox, m.UID, err)
		}
	}
	if len(msgs) >= insertRows {
		if err := s.bulk.prepare(ctx, s.w, s.d.bind(fullInsert), s.d.bind(fullTexts)); err != nil {
			return nil, fmt.Errorf("record %d messages in %s: %w", len(msgs), cp.Mailbox, err)
		}
	}
	inserted = make([]bool, len(msgs))
	ids := make([]int64, len(msgs))
	err = s.writeTx(ctx, func(tx *sql.Tx) error {
		st := &recordStmts{s: s, tx: tx}
		defer st.close()
		if err := st.recordAll(ctx, msgs, cols, ids, inserted); err != nil {
			return err
		}
		if slices.Contains(inserted, true) {
			if err := s.d.announceMessages(ctx, tx); err != nil {
				return err
			}
		}
		if !advance {
			return nil
		}
		// Last, so the checkpoint never covers a row this transaction
		// did not write.
		if err := s.advanceCheckpoint(ctx, tx, cp); err != nil {
			return fmt.Errorf("advance checkpoint %s: %w", cp.Mailbox, err)
		}
		return nil
	})
	if err != nil {
		if len(msgs) == 1 {
			return nil, fmt.Errorf("record message %s: %w", msgs[0].Mailbox, err)
		}
		return nil, fmt.Errorf("record %d messages in %s: %w", len(msgs), cp.Mailbox, err)
	}
	for i, m := range msgs {
		m.ID = ids[i]
	}
	return inserted, nil
}

// recordStmts prepares the statements of RecordMessages once per
// transaction, on first use, instead of once per message.
type recordStmts struct {
	s  *sqlStore
	tx *sql.Tx
	// byUID, byContent, move and insert are prepared lazily: most batches
	// never move a duplicate.
	byUID, byContent, move, insert, text *sql.Stmt
	// rows and texts are the multi-row INSERTs, by number of rows.
	rows, texts map[int]*sql.Stmt
}

// insertRows is the most messages one multi-row INSERT writes: 23
// parameters each stay far below SQLite's 32,766 and PostgreSQL's 65,535.
const insertRows = 200

const insertColumns = `INSERT INTO messages (
	mailbox, uid_validity, uid, message_id, content_hash, from_addr, from_name, subject,
	date, recorded_at, in_reply_to, refs, size, attachments, problems, raw,
	anger, urgency, heat, sentiment, level, reasons, marked) VALUES `

const insertValues = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

const (
	insertTail  = ` ON CONFLICT DO NOTHING RETURNING id, uid`
	textsHead   = `INSERT INTO message_texts (message_id, prepared, body) VALUES `
	textsValues = `(?, ?, ?)`
)

// fullInsert and fullTexts are the multi-row INSERTs of a full run.
var (
	fullInsert = rowsQuery(insertRows, insertColumns, insertValues, insertTail)
	fullTexts  = rowsQuery(insertRows, textsHead, textsValues, "")
)

// rowsQuery returns head followed by n copies of values and then tail.
func rowsQuery(n int, head, values, tail string) string {
	var b strings.Builder
	b.Grow(len(head) + n*(len(values)+2) + len(tail))
	b.WriteString(head)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(values)
	}
	b.WriteString(tail)
	return b.String()
}

// appendInsertArgs appends the 23 parameters of insertValues for m to args.
// The numbers go in as int64 and a NULL date as nil, the values
// database/sql would convert them to anyway: a uint32, an int or a
// sql.NullInt64 takes its reflection or Valuer path, for every parameter
// of every row.
func appendInsertArgs(args []any, m *Message, cols listColumns) []any {
	var date any
	if d := toNanos(m.Date); d.Valid {
		date = d.Int64
	}
	return append(args, m.Mailbox, int64(m.UIDValidity), int64(m.UID), m.MessageID, m.ContentHash, m.From, m.FromName, m.Subject,
		date, toNanos(m.RecordedAt).Int64, m.InReplyTo, cols.refs, m.Size, cols.attachments,
		cols.problems, m.Raw, m.Anger, m.Urgency, m.Heat, m.Sentiment, m.Level, cols.reasons, int64(boolInt(m.Marked)))
}

// recordAll records msgs in order, as record would one by one, setting
// ids and inserted.
//
// A statement per message costs more in the driver than in the database,
// so runs of messages that cannot affect each other's outcome go in one
// multi-row INSERT: same mailbox and UIDVALIDITY, and no two with the same
// location or content key. Then whether each row conflicts with a stored
// one does not depend on the order they are written in (a duplicate moved
// to a new UIDVALIDITY takes its own message's location, which no other
// row of the run has), and the rows that conflicted are resolved one by
// one afterwards, in order, exactly as record does. Other runs (a batch of
// several mailboxes, duplicates within it) take the statement per message.
func (st *recordStmts) recordAll(ctx context.Context, msgs []*Message, cols []listColumns, ids []int64, inserted []bool) error {
	for start := 0; start < len(msgs); {
		end := independentRun(msgs, start, insertRows)
		if end-start == 1 {
			m := msgs[start]
			var err error
			if ids[start], inserted[start], err = st.record(ctx, m, cols[start]); err != nil {
				return fmt.Errorf("uid %d: %w", m.UID, err)
			}
			start = end
			continue
		}
		if err := st.insertRun(ctx, msgs[start:end], cols[start:end], ids[start:end], inserted[start:end]); err != nil {
			return fmt.Errorf("uids %d-%d: %w", msgs[start].UID, msgs[end-1].UID, err)
		}
		start = end
	}
	return nil
}

// independentRun returns the end of the longest run of at most limit
// messages from start whose outcomes do not depend on each other (see
// recordAll); at least start+1.
func independentRun(msgs []*Message, start, limit int) int {
	first := msgs[start]
	uids := make(map[uint32]bool, min(limit, len(msgs)-start))
	keys := make(map[[2]string]bool, min(limit, len(msgs)-start))
	end := start
	for end < len(msgs) && end-start < limit {
		m := msgs[end]
		key := [2]string{m.MessageID, m.ContentHash}
		if m.Mailbox != first.Mailbox || m.UIDValidity != first.UIDValidity || uids[m.UID] || keys[key] {
			break
		}
		uids[m.UID], keys[key] = true, true
		end++
	}
	return max(end, start+1)
}

// insertRun writes run (see recordAll) with one INSERT for the messages and
// one for their texts, then resolves the rows that conflicted in order.
func (st *recordStmts) insertRun(ctx context.Context, run []*Message, cols []listColumns, ids []int64, inserted []bool) error {
	stmt, err := st.prepareRows(ctx, &st.rows, len(run), insertColumns, insertValues, insertTail)
	if err != nil {
		return err
	}
	args := make([]any, 0, 23*len(run))
	for i, m := range run {
		args = appendInsertArgs(args, m, cols[i])
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	byUID := make(map[uint32]int64, len(run))
	for rows.Next() {
		var id int64
		var uid uint32
		if err := rows.Scan(&id, &uid); err != nil {
			rows.Close()
			return fmt.Errorf("insert: %w", err)
		}
		byUID[uid] = id
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	texts := make([]any, 0, 3*len(run))
	for i, m := range run {
		id, ok := byUID[m.UID]
		if !ok {
			continue
		}
		ids[i], inserted[i] = id, true
		if m.Prepared != "" || m.Body != "" {
			texts = append(texts, id, m.Prepared, m.Body)
		}
	}
	if len(texts) > 0 {
		text, err := st.prepareRows(ctx, &st.texts, len(texts)/3, textsHead, textsValues, "")
		if err != nil {
			return err
		}
		if _, err := text.ExecContext(ctx, texts...); err != nil {
			return fmt.Errorf("insert texts: %w", err)
		}
	}
	for i, m := range run {
		if inserted[i] {
			continue
		}
		if ids[i], err = st.findDuplicate(ctx, m); err != nil {
			return fmt.Errorf("uid %d: %w", m.UID, err)
		}
		if ids[i] == 0 {
			return fmt.Errorf("uid %d: insert: conflicting row vanished", m.UID)
		}
	}
	return nil
}

// prepareRows prepares head followed by n copies of values and then tail,
// once per n in a transaction; a full-size one that the store prepared
// already is only bound to the transaction.
func (st *recordStmts) prepareRows(ctx context.Context, cache *map[int]*sql.Stmt, n int, head, values, tail string) (*sql.Stmt, error) {
	if stmt := (*cache)[n]; stmt != nil {
		return stmt, nil
	}
	query := st.s.d.bind(rowsQuery(n, head, values, tail))
	var stmt *sql.Stmt
	if bulk := st.s.bulk.get(query); bulk != nil {
		stmt = st.tx.StmtContext(ctx, bulk)
	} else {
		var err error
		if stmt, err = st.tx.PrepareContext(ctx, query); err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
	}
	if *cache == nil {
		*cache = map[int]*sql.Stmt{}
	}
	(*cache)[n] = stmt
	return stmt, nil
}

func (st *recordStmts) prepare(ctx context.Context, p **sql.Stmt, query string) (*sql.Stmt, error) {
	if *p != nil {
		return *p, nil
	}
	stmt, err := st.tx.PrepareContext(ctx, st.s.d.bind(query))
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	*p = stmt
	return stmt, nil
}

func (st *recordStmts) close() {
	for _, stmt := range []*sql.Stmt{st.byUID, st.byContent, st.move, st.insert, st.text} {
		if stmt != nil {
			stmt.Close()
		}
	}
	for _, cache := range []map[int]*sql.Stmt{st.rows, st.texts} {
		for _, stmt := range cache {
			stmt.Close()
		}
	}
}

// record inserts m unless it duplicates a stored row, and returns the id of
// the new or existing row.
//
// The INSERT comes first: the two dedup keys are exactly the unique indexes
// messages_location and messages_content, so it inserts precisely when no
// duplicate exists, and new mail, the common case, costs one statement
// instead of two lookups and an insert. When it conflicts, findDuplicate
// resolves the duplicate as before (by location first, then by content,
// moving a row found at another UIDVALIDITY). On PostgreSQL a concurrent
// transaction may insert the same message: DO NOTHING waits for it, and the
// lookup then sees its row. A conflicting insert may use up a PostgreSQL
// identity value; ids only need to be unique.
func (st *recordStmts) record(ctx context.Context, m *Message, cols listColumns) (id int64, inserted bool, err error) {
	// RETURNING rather than LastInsertId, which the PostgreSQL driver does
	// not support. marked is 0/1 in both schemas.
	insert, err := st.prepare(ctx, &st.insert, insertColumns+insertValues+` ON CONFLICT DO NOTHING RETURNING id`)
	if err != nil {
		return 0, false, err
	}
	err = insert.QueryRowContext(ctx, appendInsertArgs(make([]any, 0, 23), m, cols)...).Scan(&id)
	switch {
	case err == nil:
		return id, true, st.recordText(ctx, id, m)
	case !errors.Is(err, sql.ErrNoRows):
		return 0, false, fmt.Errorf("insert: %w", err)
	}
	if id, err = st.findDuplicate(ctx, m); err != nil {
		return 0, false, err
	}
	if id == 0 {
		return 0, false, errors.New("insert: conflicting row vanished")
	}
	return id, false, nil
}

// recordText stores the readable text of a new message, when it has any.
func (st *recordStmts) recordText(ctx context.Context, id int64, m *Message) error {
	if m.Prepared == "" && m.Body == "" {
		return nil
	}
	text, err := st.prepare(ctx, &st.text, `INSERT INTO message_texts (message_id, prepared, body) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	if _, err := text.ExecContext(ctx, id, m.Prepared, m.Body); err != nil {
		return fmt.Errorf("insert text: %w", err)
	}
	return nil
}

// MessageText returns the scored text and the body of message id, or
// ErrNotFound when none was recorded (older rows, or a message that could
// not be parsed).
func (s *sqlStore) MessageText(ctx context.Context, id int64) (MessageText, error) {
	var t MessageText
	err := s.r.QueryRowContext(ctx, s.d.bind(`SELECT prepared, body FROM message_texts WHERE message_id = ?`), id).Scan(&t.Prepared, &t.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("message text %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("message text %d: %w", id, err)
	}
	return t, nil
}

// findDuplicate returns the id of the row m duplicates, or 0.
func (st *recordStmts) findDuplicate(ctx context.Context, m *Message) (int64, error) {
	byUID, err := st.prepare(ctx, &st.byUID, `SELECT id FROM messages WHERE mailbox = ? AND uid_validity = ? AND uid = ?`)
	if err != nil {
		return 0, err
	}
	var id int64
	err = byUID.QueryRowContext(ctx, m.Mailbox, m.UIDValidity, m.UID).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("find duplicate by uid: %w", err)
	}
	byContent, err := st.prepare(ctx, &st.byContent, `SELECT id, uid_validity, marked FROM messages WHERE mailbox = ? AND message_id = ? AND content_hash = ?`)
	if err != nil {
		return 0, err
	}
	var validity uint32
	var marked bool
	err = byContent.QueryRowContext(ctx, m.Mailbox, m.MessageID, m.ContentHash).Scan(&id, &validity, &marked)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("find duplicate by content: %w", err)
	}
	if validity != m.UIDValidity {
		// The old location died with its UIDVALIDITY. The row stays
		// marked only when the caller says the new location is done
		// (the ingester sets keywords before recording) and the old one
		// was: work left over from the old location, such as telling
		// the sink, must still be finished, and marking a row again
		// would announce it again.
		move, err := st.prepare(ctx, &st.move, `UPDATE messages SET uid_validity = ?, uid = ?, marked = ? WHERE id = ?`)
		if err != nil {
			return 0, err
		}
		if _, err := move.ExecContext(ctx, m.UIDValidity, m.UID, boolInt(marked && m.Marked), id); err != nil {
			return 0, fmt.Errorf("move duplicate to new uid: %w", err)
		}
	}
	return id, nil
}

// boolInt stores a flag as 0 or 1, the same in both schemas.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// MarkApplied records that the mailbox keywords for message id were set.
func (s *sqlStore) MarkApplied(ctx context.Context, id int64) error {
	err := s.writeTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.d.bind(`UPDATE messages SET marked = 1 WHERE id = ?`), id)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark message %d applied: %w", id, err)
	}
	return nil
}

// messageColumns is the column list of every read; Raw only where asked for.
const messageColumns = `id, mailbox, uid_validity, uid, message_id, content_hash, from_addr, from_name, subject,
	date, recorded_at, in_reply_to, refs, size, attachments, problems, %s,
	anger, urgency, heat, sentiment, level, reasons, marked`

func selectMessages(withRaw bool) string {
	raw := "NULL"
	if withRaw {
		raw = "raw"
	}
	return "SELECT " + fmt.Sprintf(messageColumns, raw) + " FROM messages"
}

type rowScanner interface{ Scan(dest ...any) error }

// scanMessage reads a row of messageColumns, then into extra any columns
// the query selects after them.
func scanMessage(row rowScanner, extra ...any) (Message, error) {
	var m Message
	var date, recorded sql.NullInt64
	var refs, attachments, problems, reasons string
	err := row.Scan(append([]any{&m.ID, &m.Mailbox, &m.UIDValidity, &m.UID, &m.MessageID, &m.ContentHash, &m.From, &m.FromName,
		&m.Subject, &date, &recorded, &m.InReplyTo, &refs, &m.Size, &attachments, &problems, &m.Raw,
		&m.Anger, &m.Urgency, &m.Heat, &m.Sentiment, &m.Level, &reasons, &m.Marked}, extra...)...)
	if err != nil {
		return Message{}, err
	}
	m.Date, m.RecordedAt = timeOf(date), timeOf(recorded)
	for _, f := range []struct {
		src string
		dst any
	}{{refs, &m.References}, {attachments, &m.Attachments}, {problems, &m.Problems}, {reasons, &m.Reasons}} {
		if err := json.Unmarshal([]byte(f.src), f.dst); err != nil {
			return Message{}, fmt.Errorf("decode message %d: %w", m.ID, err)
		}
	}
	return m, nil
}

func (s *sqlStore) queryMessages(ctx context.Context, query string, args ...any) ([]Message, error) {
	rows, err := s.r.QueryContext(ctx, s.d.bind(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Message
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// GetMessage returns one message, including Raw; ErrNotFound if there is none.
func (s *sqlStore) GetMessage(ctx context.Context, id int64) (Message, error) {
	m, err := scanMessage(s.r.QueryRowContext(ctx, s.d.bind(selectMessages(true)+` WHERE id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return Message{}, fmt.Errorf("get message %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Message{}, fmt.Errorf("get message %d: %w", id, err)
	}
	return m, nil
}

// Unmarked returns up to limit messages of mailbox whose keywords were not
// applied yet, oldest first, so a restart finishes what a crash interrupted.
// Raw is not loaded. limit <= 0 means 100.
func (s *sqlStore) Unmarked(ctx context.Context, mailbox string, limit int) ([]Message, error) {
	if limit <= 0 {
		limit = 100
	}
	msgs, err := s.queryMessages(ctx, selectMessages(false)+` WHERE mailbox = ? AND marked = 0 ORDER BY id LIMIT ?`,
		mailbox, min(limit, MaxPageSize))
	if err != nil {
		return nil, fmt.Errorf("list unmarked messages in %s: %w", mailbox, err)
	}
	return msgs, nil
}

// MessagesAfter returns up to limit messages with an id above afterID, in
// id order, without Raw: what a follower of the store (a watch on another
// replica, a client resuming its stream) has not seen yet. limit <= 0 means
// DefaultPageSize.
func (s *sqlStore) MessagesAfter(ctx context.Context, afterID int64, limit int) ([]Message, error) {
	if limit <= 0 || limit > MaxPageSize {
		limit = DefaultPageSize
	}
	msgs, err := s.queryMessages(ctx, selectMessages(false)+` WHERE id > ? ORDER BY id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("messages after %d: %w", afterID, err)
	}
	return msgs, nil
}

// LastMessageID returns the largest message id recorded, 0 when there is
// none: where a follower that wants only new messages starts.
func (s *sqlStore) LastMessageID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.r.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM messages`).Scan(&id); err != nil {
		return 0, fmt.Errorf("last message id: %w", err)
	}
	return id, nil
}

// FindByMessageID returns every recorded copy of a Message-ID (angle brackets
// optional), oldest first, for thread matching. Raw is not loaded.
func (s *sqlStore) FindByMessageID(ctx context.Context, messageID string) ([]Message, error) {
	messageID = strings.Trim(strings.TrimSpace(messageID), "<>")
	if messageID == "" {
		return nil, nil
	}
	msgs, err := s.queryMessages(ctx, selectMessages(false)+` WHERE message_id = ? ORDER BY recorded_at, id`, messageID)
	if err != nil {
		return nil, fmt.Errorf("find message id %s: %w", messageID, err)
	}
	return msgs, nil
}

// pageToken is the position after the last row of a page: ListMessages
// resumes strictly below (RecordedAt, ID), so rows recorded meanwhile never
// shift later pages.
type pageToken struct {
	recordedAt int64
	id         int64
}

func (p pageToken) encode() string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(p.recordedAt, 10) + "." + strconv.FormatInt(p.id, 10)))
}

func decodePageToken(s string) (pageToken, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return pageToken{}, ErrBadPageToken
	}
	a, c, ok := strings.Cut(string(b), ".")
	if !ok {
		return pageToken{}, ErrBadPageToken
	}
	var p pageToken
	if p.recordedAt, err = strconv.ParseInt(a, 10, 64); err != nil {
		return pageToken{}, ErrBadPageToken
	}
	if p.id, err = strconv.ParseInt(c, 10, 64); err != nil {
		return pageToken{}, ErrBadPageToken
	}
	return p, nil
}

// ListMessages returns one page of messages matching f, newest first, and
// the token of the next page ("" after the last). Raw is not loaded.
func (s *sqlStore) ListMessages(ctx context.Context, f Filter) ([]Message, string, error) {
	size := f.PageSize
	if size <= 0 {
		size = DefaultPageSize
	}
	size = min(size, MaxPageSize)
	var where []string
	var args []any
	if f.Mailbox != "" {
		where = append(where, "mailbox = ?")
		args = append(args, f.Mailbox)
	}
	if len(f.Levels) > 0 {
		where = append(where, "level IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(f.Levels)), ", ")+")")
		for _, l := range f.Levels {
			args = append(args, strings.ToUpper(l))
		}
	}
	if !f.Since.IsZero() {
		where = append(where, "recorded_at >= ?")
		args = append(args, f.Since.UnixNano())
	}
	if !f.Until.IsZero() {
		where = append(where, "recorded_at < ?")
		args = append(args, f.Until.UnixNano())
	}
	if f.PageToken != "" {
		p, err := decodePageToken(f.PageToken)
		if err != nil {
			return nil, "", fmt.Errorf("list messages: %w", err)
		}
		where = append(where, "(recorded_at, id) < (?, ?)")
		args = append(args, p.recordedAt, p.id)
	}
	q := selectMessages(false)
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY recorded_at DESC, id DESC LIMIT ?"
	args = append(args, size+1)
	msgs, err := s.queryMessages(ctx, q, args...)
	if err != nil {
		return nil, "", fmt.Errorf("list messages: %w", err)
	}
	if len(msgs) <= size {
		return msgs, "", nil
	}
	msgs = msgs[:size]
	last := msgs[size-1]
	return msgs, pageToken{recordedAt: last.RecordedAt.UnixNano(), id: last.ID}.encode(), nil
}
