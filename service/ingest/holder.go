package ingest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// LocalHolder names this process in mailbox leases: its host name and
// process id. Each process needs a name of its own, because two processes
// with the same name would both believe they hold a lease.
func LocalHolder() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s-%d", host, os.Getpid())
}

// DeadLocalHolder reports whether holder is a LocalHolder name of a process
// on this host that is no longer running: a crashed or killed earlier run
// whose leases nobody else will release. Its mailboxes can be taken at once
// instead of after the lease expires. A running process, a process of
// another user, another host's holder or a name of another form is never
// dead.
func DeadLocalHolder(holder string) bool {
	host, _ := os.Hostname()
	rest, ok := strings.CutPrefix(holder, host+"-")
	if !ok || host == "" {
		return false
	}
	pid, err := strconv.Atoi(rest)
	if err != nil || pid <= 0 || pid == os.Getpid() {
		return false
	}
	return processGone(pid)
}
