package store_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/store/storetest"
)

// crashEnv names the database a re-executed test binary writes to until it
// is killed; see TestMain.
const crashEnv = "HOTLINE_STORE_CRASH_WRITER_DB"

const crashMailbox = "crash@hotline.example/INBOX"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		if err := crashWriter(path); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashWriter records messages the way the ingester does — continue after
// the checkpoint, record and advance in one call, mark — until it is killed.
func crashWriter(path string) error {
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		return err
	}
	cp, err := s.Checkpoint(ctx, crashMailbox)
	if err != nil {
		return err
	}
	for uid := cp.LastUID + 1; ; uid++ {
		m := storetest.NewMessage(crashMailbox, 1, uid, fmt.Sprintf("crash-%d@example.com", uid), "crash")
		if _, err := s.RecordMessage(ctx, &m, store.Checkpoint{UIDValidity: 1, LastUID: uid}); err != nil {
			return err
		}
		if uid%3 == 0 {
			if err := s.MarkApplied(ctx, m.ID); err != nil {
				return err
			}
		}
		if uid == cp.LastUID+1 {
			fmt.Println("ready")
		}
	}
}

// TestSQLiteCrashSafety kills a writing process with SIGKILL at a random
// moment, several times, and checks after each that the database is intact
// and the checkpoint never runs ahead of the recorded messages.
func TestSQLiteCrashSafety(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crash.db")
	var lastCheckpoint uint32
	for round := 0; round < 4; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ready := make(chan bool, 1)
		go func() {
			sc := bufio.NewScanner(out)
			ready <- sc.Scan() && sc.Text() == "ready"
		}()
		select {
		case ok := <-ready:
			if !ok {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("round %d: writer did not start", round)
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("round %d: writer did not start in time", round)
		}
		time.Sleep(time.Duration(50+rand.IntN(250)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Wait(); err == nil {
			t.Fatalf("round %d: writer exited cleanly; it should have been killed", round)
		}
		lastCheckpoint = checkAfterCrash(t, path, round, lastCheckpoint)
	}
}

func checkAfterCrash(t *testing.T, path string, round int, previous uint32) uint32 {
	t.Helper()
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatalf("round %d: reopen: %v", round, err)
	}
	defer s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var integrity string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("round %d: integrity_check = %q, %v", round, integrity, err)
	}
	var maxUID, count uint32
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(uid), 0), COUNT(*) FROM messages WHERE mailbox = ?`,
		crashMailbox).Scan(&maxUID, &count); err != nil {
		t.Fatal(err)
	}
	cp, err := s.Checkpoint(ctx, crashMailbox)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("round %d: %d messages, max uid %d, checkpoint %d", round, count, maxUID, cp.LastUID)
	if cp.LastUID > maxUID {
		t.Errorf("round %d: checkpoint %d ahead of the highest recorded uid %d", round, cp.LastUID, maxUID)
	}
	if cp.LastUID != maxUID {
		t.Errorf("round %d: checkpoint %d and highest uid %d disagree: record and advance are not atomic", round, cp.LastUID, maxUID)
	}
	if count != maxUID {
		t.Errorf("round %d: %d messages for uids up to %d: gaps or duplicates", round, count, maxUID)
	}
	if cp.LastUID <= previous {
		t.Errorf("round %d: writer made no progress (checkpoint %d, before %d)", round, cp.LastUID, previous)
	}
	return cp.LastUID
}
