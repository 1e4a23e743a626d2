package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/hotline/hotline/service/ingest"
	"github.com/hotline/hotline/service/store"
)

// MessageLine is the JSON `hotline ingest --json` prints per recorded
// message.
type MessageLine struct {
	Mailbox   string       `json:"mailbox"`
	UID       uint32       `json:"uid"`
	MessageID string       `json:"message_id"`
	From      string       `json:"from"`
	Subject   string       `json:"subject"`
	Anger     float64      `json:"anger"`
	Urgency   float64      `json:"urgency"`
	Heat      float64      `json:"heat"`
	Level     string       `json:"level"`
	Reasons   []ReasonLine `json:"reasons"`
	Problems  []string     `json:"problems,omitempty"`
}

// ReasonLine is one reason of a MessageLine.
type ReasonLine struct {
	Signal string  `json:"signal"`
	Weight float64 `json:"weight"`
	Phrase string  `json:"phrase,omitempty"`
}

// Printer returns a sink that writes each recorded message to w, one line
// each (a MessageLine with asJSON), from any number of mailbox goroutines.
func Printer(w io.Writer, asJSON bool) ingest.Sink { return &printer{w: w, json: asJSON} }

type printer struct {
	mu   sync.Mutex
	w    io.Writer
	json bool
}

func (p *printer) Recorded(_ context.Context, m store.Message) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.json {
		fmt.Fprintf(p.w, "%-4s heat=%.2f anger=%.2f urgency=%.2f %s uid=%d from=%s subject=%q\n", m.Level, m.Heat, m.Anger, m.Urgency, m.Mailbox, m.UID, m.From, m.Subject)
		return
	}
	line := MessageLine{Mailbox: m.Mailbox, UID: m.UID, MessageID: m.MessageID, From: m.From, Subject: m.Subject,
		Anger: m.Anger, Urgency: m.Urgency, Heat: m.Heat, Level: m.Level, Reasons: []ReasonLine{}, Problems: m.Problems}
	for _, r := range m.Reasons {
		line.Reasons = append(line.Reasons, ReasonLine{Signal: r.Signal, Weight: r.Weight, Phrase: r.Phrase})
	}
	b, _ := json.Marshal(line)
	p.w.Write(append(b, '\n'))
}

// Progress returns an IngestOptions.Progress that prints "done/total
// (rate/s)" to w for long first syncs, or nil when w is not a terminal
// (a log file or a pipe would fill with carriage returns).
func Progress(w io.Writer) func(mailbox string, done, total int) {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return (&progressMeter{w: w, start: map[string]time.Time{}}).report
}

type progressMeter struct {
	mu    sync.Mutex
	w     io.Writer
	start map[string]time.Time
}

func (p *progressMeter) report(mailbox string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.start[mailbox]; !ok {
		p.start[mailbox] = time.Now()
	}
	rate := float64(done) / max(time.Since(p.start[mailbox]).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r%s: %d/%d messages (%.0f/s)", mailbox, done, total, rate)
	if done == total {
		fmt.Fprintln(p.w)
		delete(p.start, mailbox)
	}
}
