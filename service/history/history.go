// Package history remembers customers: their recent mail, our answers,
// and how often they wrote without one. Heat in a single mail comes from
// its words; a customer who writes three calm mails in two days and hears
// nothing is as urgent as one who shouts, and this package is what says
// so.
//
// A customer is the sender's address, or, with GroupByDomain, every sender
// at the same company domain (free-mail domains never group: two Gmail
// users are two customers).
package history

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
)

// Store is the mail the history is read from; *store.SQLite and
// *store.Postgres implement it.
type Store interface {
	CustomerMail(ctx context.Context, f store.CustomerFilter) (inbound, answers []store.Message, err error)
	CustomerAlerts(ctx context.Context, f store.CustomerFilter) ([]store.Alert, error)
}

// Options configure a Book. The zero value uses the defaults below.
type Options struct {
	// Window is how far back contact counts. Default 48h.
	Window time.Duration
	// WarmAfter and HotAfter are the numbers of unanswered mails within
	// Window (the current one included) that make a customer at least
	// WARM and HOT, whatever the words. Defaults 2 and 3.
	WarmAfter, HotAfter int
	// GroupByDomain makes everyone at a company domain one customer.
	GroupByDomain bool
	// FreeMail lists domains that never group; nil means DefaultFreeMail.
	FreeMail []string
	// WarmHeat and HotHeat are the heat given with a raise, so that routes
	// with a min_heat see it too. Defaults 0.2 and 0.6, the classifier's
	// default thresholds.
	WarmHeat, HotHeat float64
	// IsTeam reports whether an address is ours, so that only the team's
	// answers count as answers. Nil counts every answer.
	IsTeam func(addr string) bool
}

// DefaultFreeMail are mail providers whose users are not one company.
func DefaultFreeMail() []string {
	return []string{"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
		"yahoo.com", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net",
		"gmx.com", "web.de", "t-online.de", "freenet.de", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr",
		"proton.me", "protonmail.com", "mail.com", "zoho.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "btinternet.com",
		"sky.com", "virginmedia.com", "libero.it", "telefonica.net", "terra.es"}
}

// Book reads customer histories from the store.
type Book struct {
	st   Store
	opt  Options
	free map[string]bool
}

// New returns a Book over st. It refuses thresholds that cannot work.
func New(st Store, opt Options) (*Book, error) {
	if opt.Window == 0 {
		opt.Window = 48 * time.Hour
	}
	if opt.WarmAfter == 0 {
		opt.WarmAfter = 2
	}
	if opt.HotAfter == 0 {
		opt.HotAfter = 3
	}
	if opt.WarmHeat == 0 {
		opt.WarmHeat = 0.2
	}
	if opt.HotHeat == 0 {
		opt.HotHeat = 0.6
	}
	if opt.Window < 0 || opt.WarmAfter < 1 || opt.HotAfter < opt.WarmAfter {
		return nil, fmt.Errorf("history: window %s, warm after %d, hot after %d: want a positive window and 1 <= warm <= hot",
			opt.Window, opt.WarmAfter, opt.HotAfter)
	}
	if opt.FreeMail == nil {
		opt.FreeMail = DefaultFreeMail()
	}
	b := &Book{st: st, opt: opt, free: map[string]bool{}}
	for _, d := range opt.FreeMail {
		b.free[strings.ToLower(d)] = true
	}
	return b, nil
}

// Contact is one mail in a customer's history.
type Contact struct {
	MessageID int64
	From      string
	At        time.Time
	Subject   string
	Level     string
}

// Customer is what we know of one customer at one moment.
type Customer struct {
	// Key is the address, or "@domain" when grouped by domain.
	Key string
	// Inbound is their mail within the window, oldest first; Answers are
	// the team's replies to it.
	Inbound, Answers []Contact
	// Unanswered counts their mails since our last answer (all of them
	// when we never answered), the current one included.
	Unanswered int
	// FirstUnanswered is when the oldest of those arrived; zero when none.
	FirstUnanswered time.Time
	// LastAnswer is when we last answered; zero when never.
	LastAnswer time.Time
	// Alerts are the customer's alerts opened within the window, newest
	// first.
	Alerts []AlertRef
	// Level is the least level the contact pattern alone earns: "HOT",
	// "WARM" or "" (no raise).
	Level string
}

// AlertRef is an earlier alert of the customer and who took it.
type AlertRef struct {
	ID       int64
	State    store.State
	OpenedAt time.Time
	AckedBy  string
	AckVia   store.Channel
	AckedAt  time.Time
}

// Line is the history in one line, for alerts and the CLI:
// "3rd mail since Mon 09:31, no reply yet".
func (c Customer) Line() string {
	n := len(c.Inbound)
	if n == 0 {
		return ""
	}
	first := c.Inbound[0].At
	var b strings.Builder
	fmt.Fprintf(&b, "%s mail since %s", ordinal(n), first.Format("Mon 15:04"))
	switch {
	case c.LastAnswer.IsZero():
		b.WriteString(", no reply yet")
	case c.Unanswered > 0:
		fmt.Fprintf(&b, ", we last replied %s; %d unanswered since", c.LastAnswer.Format("Mon 15:04"), c.Unanswered)
	default:
		fmt.Fprintf(&b, ", we replied %s", c.LastAnswer.Format("Mon 15:04"))
	}
	if len(c.Alerts) > 0 {
		a := c.Alerts[0]
		if a.AckedBy != "" {
			fmt.Fprintf(&b, "; alert #%d taken by %s %s", a.ID, a.AckedBy, a.AckedAt.Format("Mon 15:04"))
		} else {
			fmt.Fprintf(&b, "; alert #%d not taken", a.ID)
		}
		if len(c.Alerts) > 1 {
			fmt.Fprintf(&b, " (%d alerts in all)", len(c.Alerts))
		}
	}
	return b.String()
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// Lookup returns the history of the customer writing from address, as of
// now: the history a new mail from them would be judged by, without one.
func (b *Book) Lookup(ctx context.Context, address string, now time.Time) (Customer, error) {
	if !strings.Contains(address, "@") {
		return Customer{}, fmt.Errorf("customer address %q has no @", address)
	}
	c, err := b.Customer(ctx, store.Message{From: address, RecordedAt: now}, now)
	if err != nil {
		return c, err
	}
	// Customer counted the mail being judged; here there is none.
	c.Inbound = c.Inbound[:len(c.Inbound)-1]
	c.Unanswered--
	if c.Unanswered == 0 {
		c.FirstUnanswered = time.Time{}
	}
	c.Level = b.level(c.Unanswered)
	return c, nil
}

// Domain returns the domain customers at addr are grouped by, or "" when
// they are not grouped (grouping off, free mail, no domain).
func (b *Book) Domain(addr string) string {
	if !b.opt.GroupByDomain {
		return ""
	}
	_, d, ok := strings.Cut(strings.ToLower(addr), "@")
	if !ok || d == "" || b.free[d] {
		return ""
	}
	return d
}

// Customer returns the history of m's sender as of m: their mail within
// the window before m (m included, recorded or not), and our answers.
func (b *Book) Customer(ctx context.Context, m store.Message, now time.Time) (Customer, error) {
	at := m.RecordedAt
	if at.IsZero() || at.After(now) {
		at = now
	}
	domain := b.Domain(m.From)
	c := Customer{Key: strings.ToLower(m.From)}
	if domain != "" {
		c.Key = "@" + domain
	}
	if m.From == "" {
		return c, nil
	}
	f := store.CustomerFilter{Address: m.From, Domain: domain, Since: at.Add(-b.opt.Window)}
	inbound, answers, err := b.st.CustomerMail(ctx, f)
	if err != nil {
		return c, fmt.Errorf("history of %s: %w", c.Key, err)
	}
	alerts, err := b.st.CustomerAlerts(ctx, f)
	if err != nil {
		return c, fmt.Errorf("history of %s: %w", c.Key, err)
	}
	for _, a := range alerts {
		c.Alerts = append(c.Alerts, AlertRef{ID: a.ID, State: a.State, OpenedAt: a.OpenedAt, AckedBy: a.AckedBy, AckVia: a.AckVia, AckedAt: a.AckedAt})
	}
	seen := false
	for _, x := range inbound {
		if x.RecordedAt.After(at) {
			continue // written after the mail being judged
		}
		if b.opt.IsTeam != nil && b.opt.IsTeam(x.From) {
			continue
		}
		seen = seen || (m.ID != 0 && x.ID == m.ID)
		c.Inbound = append(c.Inbound, contact(x))
	}
	if !seen {
		c.Inbound = append(c.Inbound, contact(m))
		c.Inbound[len(c.Inbound)-1].At = at
	}
	for _, x := range answers {
		if x.RecordedAt.After(at) || (b.opt.IsTeam != nil && !b.opt.IsTeam(x.From)) {
			continue
		}
		c.Answers = append(c.Answers, contact(x))
		c.LastAnswer = x.RecordedAt
	}
	for _, x := range c.Inbound {
		if x.At.After(c.LastAnswer) {
			if c.Unanswered == 0 {
				c.FirstUnanswered = x.At
			}
			c.Unanswered++
		}
	}
	c.Level = b.level(c.Unanswered)
	return c, nil
}

// level is the least level n unanswered mails earn: "HOT", "WARM" or "".
func (b *Book) level(n int) string {
	switch {
	case n >= b.opt.HotAfter:
		return "HOT"
	case n >= b.opt.WarmAfter:
		return "WARM"
	}
	return ""
}

func contact(m store.Message) Contact {
	return Contact{MessageID: m.ID, From: m.From, At: m.RecordedAt, Subject: m.Subject, Level: m.Level}
}

// Reason is the history line as an alert reason (signal "history"), or
// the zero Reason when there is nothing worth saying: a first mail never
// answered is just a mail.
func (c Customer) Reason() store.Reason {
	if len(c.Inbound) < 2 && c.LastAnswer.IsZero() {
		return store.Reason{}
	}
	w := 0.0
	if c.Level != "" {
		w = float64(c.Unanswered) / 10
	}
	return store.Reason{Signal: "history", Weight: w, Phrase: c.Line()}
}

// Note adapts the Book to the router: the level the contact pattern
// earns, its heat, and the history line. Its signature is
// route.HistoryFunc's.
func (b *Book) Note(ctx context.Context, m store.Message, now time.Time) (route.HistoryNote, error) {
	var note route.HistoryNote
	c, err := b.Customer(ctx, m, now)
	if err != nil {
		return note, err
	}
	note.Level, note.Reason, note.Since = c.Level, c.Reason(), c.FirstUnanswered
	switch c.Level {
	case "HOT":
		note.Heat = b.opt.HotHeat
	case "WARM":
		note.Heat = b.opt.WarmHeat
	}
	return note, nil
}
