package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/hotline/hotline/service/history"
	"github.com/hotline/hotline/service/store"
)

// historyConfig holds the flags of the customer history: how repeated
// contact without an answer raises a customer's heat.
type historyConfig struct {
	window        time.Duration
	warmAfter     int
	hotAfter      int
	groupByDomain bool
}

func (c *historyConfig) register(fs *flag.FlagSet) {
	fs.DurationVar(&c.window, "history-window", 48*time.Hour, "how far back a customer's unanswered mail counts")
	fs.IntVar(&c.warmAfter, "history-warm-after", 2, "unanswered mails within --history-window that make a customer at least WARM")
	fs.IntVar(&c.hotAfter, "history-hot-after", 3, "unanswered mails within --history-window that make a customer HOT, whatever the words")
	fs.BoolVar(&c.groupByDomain, "history-group-domains", false, "count everyone at a company domain as one customer (free-mail domains never group)")
}

// book builds the history over st; isTeam says which answers are ours.
func (c *historyConfig) book(st history.Store, isTeam func(string) bool) (*history.Book, error) {
	b, err := history.New(st, history.Options{Window: c.window, WarmAfter: c.warmAfter, HotAfter: c.hotAfter,
		GroupByDomain: c.groupByDomain, IsTeam: isTeam})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return b, nil
}

// historyLine is the latest history line among the alert's reasons.
func historyLine(a store.Alert) string {
	line := ""
	for _, r := range a.Reasons {
		if r.Signal == "history" {
			line = r.Phrase
		}
	}
	return line
}

// customerCmd shows what Hotline remembers of one customer.
