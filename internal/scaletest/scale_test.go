// Package scaletest runs several `hotline serve` processes against one
// PostgreSQL, one Dovecot and one SMTP relay, kills one mid-stream and
// checks that every message is recorded once and every alert mailed once.
// It is slow, so it runs only with HOTLINE_SCALE=1:
//
//	HOTLINE_SCALE=1 go test -v -run TestScale ./internal/scaletest/
package scaletest

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/textproto"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/hotline/hotline/internal/dovecottest"
	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/notify"
	"github.com/hotline/hotline/service/notify/smtptest"
)

const leaseTTL = 3 * time.Second

// scale holds what every phase shares.
type scale struct {
	t       *testing.T
	bin     string
	pg      *pgtest.Server
	imap    *dovecottest.Server
	smtp    *smtptest.Server
	routing string
	perBox  int

	mu   sync.Mutex
	keys map[string]int // idempotency key -> mails received
}

func TestScale(t *testing.T) {
	if os.Getenv("HOTLINE_SCALE") != "1" {
		t.Skip("set HOTLINE_SCALE=1 to run the multi-replica scale test")
	}
	perBox := 300
	if v := os.Getenv("HOTLINE_SCALE_N"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 10 {
			t.Fatalf("HOTLINE_SCALE_N=%q: want a number >= 10", v)
		}
		perBox = n
	}
	s := &scale{t: t, perBox: perBox, keys: map[string]int{}}
	s.bin = filepath.Join(t.TempDir(), "hotline")
	if out, err := exec.Command("go", "build", "-o", s.bin, "../../cmd/hotline").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	s.pg = pgtest.Start(t)
	s.imap = dovecottest.Start(t, dovecottest.Options{})
	smtp, err := smtptest.Start(smtptest.Options{OnMail: s.received})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { smtp.Close() })
	s.smtp = smtp
	s.routing = filepath.Join(t.TempDir(), "routing.yaml")
	if err := os.WriteFile(s.routing, []byte(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 1h}]}]
routes: [{name: hot, default: true, chain: senior}]
`), 0o600); err != nil {
		t.Fatal(err)
	}

	var rates []float64
	for _, n := range []int{1, 2, 3} {
		r := s.phase(fmt.Sprintf("r%d", n), n, false)
		rates = append(rates, r.rate())
		t.Logf("%d replica(s): mailboxes held %v, balanced %v after the last one started; %d messages in %v = %.0f msg/s (%.2fx one replica); %d alerts mailed once each",
			n, r.held, r.balanced.Round(10*time.Millisecond), r.messages, r.elapsed.Round(time.Millisecond), r.rate(), r.rate()/rates[0], r.alerts)
	}
	r := s.phase("kill", 3, true)
	t.Logf("3 replicas, one SIGKILLed after %d of %d messages: all recorded once in %v (%.0f msg/s); "+
		"its %d mailbox(es) taken over %v after the kill (lease ttl %v); %d alerts mailed once each",
		r.killedAt, r.messages, r.elapsed.Round(time.Millisecond), r.rate(), r.takenOver, r.takeover.Round(time.Millisecond), leaseTTL, r.alerts)
}

// received counts alert mail by idempotency key.
func (s *scale) received(m smtptest.Mail) {
	i := bytes.Index(m.Data, []byte("\r\n\r\n"))
	if i < 0 {
		i = len(m.Data)
	}
	var key string
	for _, line := range strings.Split(string(m.Data[:i]), "\r\n") {
		name, value, ok := strings.Cut(line, ":")
		if ok && textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name)) == textproto.CanonicalMIMEHeaderKey(notify.IdempotencyHeader) {
			key = strings.TrimSpace(value)
		}
	}
	s.mu.Lock()
	s.keys[key]++
	s.mu.Unlock()
}

type result struct {
	// held is how many mailboxes each replica held once balanced, and
	// balanced how long after the last replica started that was.
	held               []int
	balanced           time.Duration
	messages, alerts   int
	elapsed            time.Duration
	killedAt           int
	takenOver          int
	takeover           time.Duration
	firstSeen, allSeen time.Time
}

func (r result) rate() float64 { return float64(r.messages) / r.elapsed.Seconds() }

// replica is one running serve process.
type replica struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan error
}

// mailboxes is how many folders every replica reads.
const mailboxes = 6

// phase starts n replicas on a fresh database, each reading the same six
// fresh folders, and checks the outcome. Without kill it waits until the
// replicas have divided the folders (each holds 2 ± 1 with 3 replicas),
// then delivers the mail into the folders at once, as a mail server
// would, and measures how fast the replicas record it. With kill, mail
// keeps arriving over IMAP after the replicas start and the busiest one is
// SIGKILLed a third of the way through.
func (s *scale) phase(name string, n int, kill bool) result {
	t := s.t
	dsn := s.pg.NewDatabase(t)
	// Each phase has its own database, whose alert ids start again at 1.
	s.mu.Lock()
	s.keys = map[string]int{}
	s.mu.Unlock()
	var folders []string
	for i := range mailboxes {
		folders = append(folders, fmt.Sprintf("%s-box%d", name, i))
	}
	c := s.imap.Dial(t, nil)
	hot := s.perBox / 10 * len(folders)
	total := len(folders) * s.perBox
	before := 1
	appendRange := func(from, to int) error {
		for i := from; i <= to; i++ {
			for _, f := range folders {
				if _, err := dovecottest.Append(c, f, mail(name, f, i)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := appendRange(1, before); err != nil {
		t.Fatal(err)
	}

	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	var reps []*replica
	var res result
	for i := range n {
		reps = append(reps, s.start(fmt.Sprintf("%s-%d", name, i), dsn, folders))
		if i == 0 {
			// Ingesting starts as the first replica is ready.
			res.firstSeen = time.Now()
		}
	}
	defer func() {
		for _, r := range reps {
			r.stop(t)
		}
	}()
	if !kill {
		lastStarted := time.Now()
		for wait := lastStarted.Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
			res.held = held(t, db, reps)
			if balanced(res.held, len(folders)) && count(t, db) == len(folders) {
				res.balanced = time.Since(lastStarted)
				break
			}
			if time.Now().After(wait) {
				t.Fatalf("%s: replicas hold %v of %d mailboxes a minute after the last one started", name, res.held, len(folders))
			}
		}
		res.firstSeen = time.Now()
		for _, f := range folders {
			s.deliver(f, name, before+1, s.perBox)
		}
	}
	appended := make(chan error, 1)
	if kill {
		go func() { appended <- appendRange(before+1, s.perBox) }()
	} else {
		appended <- nil
	}
	defer func() {
		if err := <-appended; err != nil {
			t.Errorf("append: %v", err)
		}
	}()

	res.messages = total
	deadline := time.Now().Add(10 * time.Minute)
	killed := ""
	var killTime time.Time
	var victimBoxes []string
	for {
		if time.Now().After(deadline) {
			t.Fatalf("%s: timed out with %d of %d messages recorded", name, count(t, db), total)
		}
		got := count(t, db)
		if kill && killed == "" && got >= total/3 {
			holder, boxes := busiest(t, db)
			for _, r := range reps {
				if r.name == holder {
					r.cmd.Process.Signal(syscall.SIGKILL)
					killed, killTime, victimBoxes, res.killedAt = holder, time.Now(), boxes, got
				}
			}
			if killed == "" {
				t.Fatalf("no replica named %q holds leases", holder)
			}
		}
		if killed != "" && res.takeover == 0 && takenOver(t, db, victimBoxes, killed) {
			res.takeover = time.Since(killTime)
			res.takenOver = len(victimBoxes)
		}
		if got >= total && (killed == "" || res.takeover != 0) {
			var last int64
			if err := db.QueryRow(`SELECT max(recorded_at) FROM messages`).Scan(&last); err != nil {
				t.Fatal(err)
			}
			res.allSeen = time.Unix(0, last)
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	res.elapsed = res.allSeen.Sub(res.firstSeen)

	var dups int
	if err := db.QueryRow(`SELECT count(*) FROM (SELECT mailbox, uid FROM messages GROUP BY mailbox, uid_validity, uid HAVING count(*) > 1) d`).Scan(&dups); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db); dups != 0 || got != total {
		t.Errorf("%s: %d rows for %d messages, %d (mailbox, uid) recorded more than once", name, got, total, dups)
	}
	// The dead replica's leases expire at most a TTL after the kill; the
	// survivors see one replica fewer at their next count (every TTL/3),
	// raise their share, and take the mailboxes at their next attempt
	// (every TTL/3, on a clock of their own): TTL + 2·TTL/3 at worst. On
	// two shared cores, with other packages' tests running beside this
	// one, the replicas' timers were seen to slip by almost three seconds
	// (7.8 s in one run, 3.9 s in a quiet one), so the check allows two
	// TTLs more: it still fails a takeover that waits for a rebalance or
	// never comes, and the log shows the time measured.
	if kill && res.takeover > leaseTTL+2*leaseTTL/3+2*leaseTTL {
		t.Errorf("%s: mailboxes taken over %v after the kill; lease ttl is %v", name, res.takeover, leaseTTL)
	}

	// Every alert gets its mail exactly once, once every message is routed.
	for wait := time.Now().Add(2 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		var routed int
		if err := db.QueryRow(`SELECT count(*) FROM routed_messages`).Scan(&routed); err != nil {
			t.Fatal(err)
		}
		if routed >= total {
			break
		}
		if time.Now().After(wait) {
			t.Fatalf("%s: only %d of %d messages routed", name, routed, total)
		}
	}
	var alerts int
	if err := db.QueryRow(`SELECT count(*) FROM alerts`).Scan(&alerts); err != nil {
		t.Fatal(err)
	}
	if alerts == 0 || alerts > hot {
		t.Errorf("%s: %d alerts for %d hot messages", name, alerts, hot)
	}
	keys := outboxKeys(t, db)
	wait := time.Now().Add(2 * time.Minute)
	for !s.allReceived(keys) && time.Now().Before(wait) {
		time.Sleep(100 * time.Millisecond)
		keys = outboxKeys(t, db)
	}
	time.Sleep(time.Second) // let any duplicate arrive
	s.mu.Lock()
	for _, k := range keys {
		if s.keys[k] != 1 {
			t.Errorf("%s: notification %s mailed %d times, want 1", name, k, s.keys[k])
		}
	}
	s.mu.Unlock()
	if len(keys) != alerts {
		t.Errorf("%s: %d notifications for %d alerts", name, len(keys), alerts)
	}
	res.alerts = alerts
	if t.Failed() {
		for _, r := range reps {
			b, _ := os.ReadFile(r.log)
			t.Logf("log of %s (last 3000 bytes):\n%s", r.name, tail(b, 3000))
		}
	}
	return res
}

func (s *scale) allReceived(keys []string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		if s.keys[k] == 0 {
			return false
		}
	}
	return true
}

// start launches one serve process and waits until it listens.
func (s *scale) start(name, dsn string, folders []string) *replica {
	t := s.t
	dir := t.TempDir()
	r := &replica{name: name, log: filepath.Join(dir, "serve.log"), done: make(chan error, 1)}
	ready := filepath.Join(dir, "ready.json")
	args := []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
		"--log-format", "json", "--replica", name, "--lease-ttl", leaseTTL.String(),
		"--routing-config", s.routing, "--smtp-addr", s.smtp.Addr, "--smtp-from", "hotline@support.example.com",
		"--ack-url", "https://hotline.example/ack"}
	for _, f := range folders {
		args = append(args, "--imap", fmt.Sprintf("imap://%s@%s/%s", s.imap.User, s.imap.Addr, f))
	}
	logf, err := os.Create(r.log)
	if err != nil {
		t.Fatal(err)
	}
	r.cmd = exec.Command(s.bin, args...)
	r.cmd.Stdout, r.cmd.Stderr = logf, logf
	r.cmd.Env = append(os.Environ(), "HOTLINE_POSTGRES_DSN="+dsn, "HOTLINE_IMAP_PASSWORD="+s.imap.Password,
		"HOTLINE_ACK_KEY=scale-test-signing-key-0123456789")
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.done <- r.cmd.Wait(); logf.Close() }()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if b, err := os.ReadFile(ready); err == nil && json.Valid(b) {
			return r
		}
		select {
		case err := <-r.done:
			b, _ := os.ReadFile(r.log)
			t.Fatalf("%s exited before it was ready: %v\n%s", name, err, tail(b, 3000))
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not ready within 2 minutes", name)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop ends the process with SIGTERM, or SIGKILL if it does not stop.
func (r *replica) stop(t *testing.T) {
	if r.cmd.ProcessState != nil {
		return
	}
	r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
	case <-time.After(30 * time.Second):
		r.cmd.Process.Kill()
		<-r.done
		t.Errorf("%s did not stop on SIGTERM", r.name)
	}
}

func count(t *testing.T, db *sql.DB) int {
	t.Helper()
	var n int
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM messages`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// busiest returns the replica holding the most live mailbox leases.
func busiest(t *testing.T, db *sql.DB) (string, []string) {
	t.Helper()
	rows, err := db.Query(`SELECT holder, name FROM leases WHERE name NOT LIKE 'replica:%' ORDER BY holder, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	by := map[string][]string{}
	for rows.Next() {
		var h, n string
		if err := rows.Scan(&h, &n); err != nil {
			t.Fatal(err)
		}
		by[h] = append(by[h], n)
	}
	best := ""
	for h, ns := range by {
		if len(ns) > len(by[best]) {
			best = h
		}
	}
	return best, by[best]
}

// held returns how many live mailbox leases each replica holds.
func held(t *testing.T, db *sql.DB, reps []*replica) []int {
	t.Helper()
	out := make([]int, len(reps))
	for i, r := range reps {
		if err := db.QueryRow(`SELECT count(*) FROM leases WHERE holder = $1 AND name NOT LIKE 'replica:%'
			AND expires_at > (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT * 1000`, r.name).Scan(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// balanced reports whether every mailbox is held and no replica holds more
// than its share, rounded up, or less than it, rounded down.
func balanced(held []int, boxes int) bool {
	total := 0
	for _, h := range held {
		if h > (boxes+len(held)-1)/len(held) || h < boxes/len(held) {
			return false
		}
		total += h
	}
	return total == boxes
}

// deliver writes messages from..to of a folder straight into its Maildir,
// as a mail server delivers, so that delivery outpaces any replica.
func (s *scale) deliver(folder, phase string, from, to int) {
	t := s.t
	dir := filepath.Join(s.imap.Dir, "home", s.imap.User, "Maildir", "."+folder)
	base := time.Now().UnixNano()
	for i := from; i <= to; i++ {
		raw := mail(phase, folder, i)
		tmp := filepath.Join(dir, "tmp", fmt.Sprintf("%d.M%dP%d.scale,S=%d", base, i, os.Getpid(), len(raw)))
		if err := os.WriteFile(tmp, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		os.Lchown(tmp, 65534, 65534)
		// Rename from tmp/ into new/, as Maildir delivery requires, so
		// Dovecot never sees half a file.
		if err := os.Rename(tmp, filepath.Join(dir, "new", filepath.Base(tmp))); err != nil {
			t.Fatal(err)
		}
	}
}

// takenOver reports whether every one of boxes has a holder other than
// dead. A mailbox without a lease row is not taken over yet: a replica
// that gives up an excess mailbox deletes its lease, and another takes it
// a moment later.
func takenOver(t *testing.T, db *sql.DB, boxes []string, dead string) bool {
	t.Helper()
	for _, b := range boxes {
		var h string
		err := db.QueryRow(`SELECT holder FROM leases WHERE name = $1`, b).Scan(&h)
		if errors.Is(err, sql.ErrNoRows) {
			return false
		}
		if err != nil {
			t.Fatal(err)
		}
		if h == dead {
			return false
		}
	}
	return true
}

func outboxKeys(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT idem_key FROM outbox WHERE channel = 'email'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

// mail returns message i of a folder; every tenth is hot, each from its own
// sender so it opens its own alert.
func mail(phase, folder string, i int) []byte {
	subject, body := "Invoice question", "Could you send me a copy of last month's invoice? Thanks."
	if i%10 == 0 {
		subject = "URGENT!!! third time asking, this is unacceptable"
		body = "Your service is down AGAIN. I am furious. Fix it NOW or we cancel. This is the third time!!!"
	}
	return fmt.Appendf(nil, "From: Customer %d <c%d.%s@example.com>\r\nTo: support@example.com\r\nSubject: %s\r\n"+
		"Message-ID: <%s.%s.%d@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n%s\r\n",
		i, i, folder, subject, phase, folder, i, body)
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
