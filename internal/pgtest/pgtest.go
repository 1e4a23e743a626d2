// Package pgtest starts a private PostgreSQL server for tests: a fresh
// cluster in a temporary directory on a loopback port, stopped when the
// test ends. It needs the server binaries (Debian: apt-get install
// postgresql). Without them the test is skipped, unless
// HOTLINE_REQUIRE_POSTGRES=1 makes it fail, as CI does.
package pgtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Server is a running PostgreSQL instance.
type Server struct {
	// Addr is host:port on loopback.
	Addr string
	dir  string
	cmd  *exec.Cmd
	user string

	mu sync.Mutex // guards n
	n  int
}

// binDir finds the newest installed PostgreSQL bin directory.
func binDir() (string, bool) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[i])))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[j])))
		return vi > vj
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, true
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), true
	}
	return "", false
}

// Start initialises and starts a server for t and registers its shutdown
// with t.Cleanup.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, ok := binDir()
	if !ok {
		if os.Getenv("HOTLINE_REQUIRE_POSTGRES") == "1" {
			t.Fatal("PostgreSQL server binaries not found (apt-get install postgresql) and HOTLINE_REQUIRE_POSTGRES=1")
		}
		t.Skip("PostgreSQL server binaries not found; apt-get install postgresql to run this test")
	}
	dir, err := os.MkdirTemp("", "hotline-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	s := &Server{dir: dir}

	// initdb and postgres refuse to run as root: run them as the postgres
	// system user, which owns the data directory.
	var wrap []string
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root needs the postgres system user: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chmod(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		wrap = []string{"runuser", "-u", "postgres", "--"}
		s.user = "postgres"
	} else {
		u, err := user.Current()
		if err != nil {
			t.Fatal(err)
		}
		s.user = u.Username
	}
	command := func(name string, args ...string) *exec.Cmd {
		full := append(append([]string{}, wrap...), filepath.Join(bin, name))
		full = append(full, args...)
		return exec.Command(full[0], full[1:]...)
	}

	data := filepath.Join(dir, "data")
	out, err := command("initdb", "-D", data, "-U", s.user, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C").CombinedOutput()
	if err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	s.cmd = command("postgres", "-D", data, "-p", strconv.Itoa(port), "-h", "127.0.0.1", "-k", dir,
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=200")
	logf, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		t.Fatal(err)
	}
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	// A separate process group keeps a Ctrl-C of the test run from racing
	// our own orderly shutdown.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("start postgres: %v", err)
	}
	t.Cleanup(s.stop)
	if err := s.wait(30 * time.Second); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "postgres.log"))
		t.Fatalf("postgres did not come up: %v\n%s", err, log)
	}
	return s
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *Server) wait(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		conn, err := pgx.Connect(ctx, s.DSN("postgres"))
		if err == nil {
			conn.Close(ctx)
			cancel()
			return nil
		}
		cancel()
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// stop asks for a fast shutdown (SIGINT) and waits for the server to exit.
func (s *Server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	// The server runs under runuser as another user: signal the whole group.
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGINT)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

// DSN returns a connection string for database db.
func (s *Server) DSN(db string) string {
	host, port, _ := net.SplitHostPort(s.Addr)
	return fmt.Sprintf("postgres://%s@%s:%s/%s?sslmode=disable", s.user, host, port, db)
}

// NewDatabase creates an empty database for one test and returns its DSN,
// so tests sharing a server do not see each other's rows. It is safe to call
// from parallel tests.
func (s *Server) NewDatabase(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.n++
	name := fmt.Sprintf("test_%d_%s", s.n, sanitize(t.Name()))
	s.mu.Unlock()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, s.DSN("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	return s.DSN(name)
}

func sanitize(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		if b.Len() >= 40 {
			break
		}
	}
	return b.String()
}
