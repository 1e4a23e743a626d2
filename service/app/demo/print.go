package demo

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/store"
)

// alertReader is what the printer reads of the alert history.
type alertReader interface {
	AlertEventsSince(ctx context.Context, after int64, limit int) ([]store.AlertEvent, error)
	GetAlert(ctx context.Context, id int64) (store.Alert, error)
}

// printer writes timestamped lines; several goroutines print.
type printer struct {
	mu        sync.Mutex
	w         io.Writer
	start     time.Time
	mailCount int
}

func (p *printer) raw(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, format, args...)
}

func (p *printer) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start).Round(time.Second)
	fmt.Fprintf(p.w, "[%02d:%02d] %s\n", int(el.Minutes()), int(el.Seconds())%60, fmt.Sprintf(format, args...))
}

func (p *printer) message(_ context.Context, m store.Message) {
	p.printf("mail     %-4s heat %.2f  %q from %s", m.Level, m.Heat, m.Subject, m.From)
}

// mail prints what the SMTP server received: the first mail in full so the
// reader sees the checklist, then a short form with the acknowledge link.
func (p *printer) mail(full bool) func(smtptest.Mail) {
	return func(m smtptest.Mail) {
		parsed, err := mail.Parse(bytes.NewReader(m.Data), mail.Options{})
		if err != nil {
			p.printf("SMTP     received an unreadable mail for %v: %v", m.To, err)
			return
		}
		p.mu.Lock()
		p.mailCount++
		first := p.mailCount == 1
		p.mu.Unlock()
		p.printf("SMTP     to %s: %s", strings.Join(m.To, ","), parsed.Subject)
		if first || full {
			var b strings.Builder
			for _, line := range strings.Split(strings.TrimRight(parsed.Text, "\n"), "\n") {
				b.WriteString("           | " + line + "\n")
			}
			p.raw("%s", b.String())
			return
		}
		for _, line := range strings.Split(parsed.Text, "\n") {
			l := strings.TrimSpace(line)
			if strings.HasPrefix(l, "http://") || strings.Contains(l, " alerts ack ") {
				p.raw("           %s\n", l)
			}
		}
	}
}

// follow prints alert history lines as they are written.
func (p *printer) follow(ctx context.Context, st alertReader) error {
	var last int64
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(200 * time.Millisecond):
		}
		evs, err := st.AlertEventsSince(ctx, last, 500)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		for _, e := range evs {
			last = e.ID
			a, err := st.GetAlert(ctx, e.AlertID)
			if err != nil {
				return err
			}
			p.event(a, e)
		}
	}
}

func (p *printer) event(a store.Alert, e store.AlertEvent) {
	switch e.Kind {
	case store.EventOpened:
		p.printf("ALERT #%d opened: %s <%s> %q (%s)", a.ID, a.FromName, a.From, a.Subject, e.Detail)
	case store.EventQueued:
		p.printf("ALERT #%d paging %s: %s", a.ID, e.Person, e.Detail)
	case store.EventReminded:
		p.printf("ALERT #%d REMINDER: %s", a.ID, e.Detail)
	case store.EventAnswered:
		p.printf("ALERT #%d answered: reply from %s %s", a.ID, e.Person, e.Detail)
	case store.EventEscalated, store.EventRepeated:
		p.printf("ALERT #%d %s: %s", a.ID, strings.ToUpper(e.Kind.String()), e.Detail)
	case store.EventMessage:
		p.printf("ALERT #%d updated, no new page: %s", a.ID, e.Detail)
	case store.EventAcknowledged:
		p.printf("ALERT #%d ACKNOWLEDGED by %s via %s %s; escalation stopped", a.ID, e.Person, e.Channel, e.Detail)
	case store.EventResolved:
		p.printf("ALERT #%d resolved by %s", a.ID, e.Person)
	case store.EventNotified:
		if e.Channel != store.ChannelEmail { // mail shows up as SMTP lines already
			p.printf("ALERT #%d delivered to %s by %s", a.ID, e.Person, e.Channel)
		}
	case store.EventFailed, store.EventUndelivered:
		p.printf("ALERT #%d delivery to %s by %s failed: %s", a.ID, e.Person, e.Channel, e.Detail)
	}
}
