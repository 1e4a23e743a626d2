package history

import (
	"flag"
	"time"
)

// AddFlags registers the --history-* flags that set o, with New's defaults
// shown, for the commands that build a Book.
func (o *Options) AddFlags(fs *flag.FlagSet) {
	fs.DurationVar(&o.Window, "history-window", 48*time.Hour, "how far back a customer's unanswered mail counts")
	fs.IntVar(&o.WarmAfter, "history-warm-after", 2, "unanswered mails within --history-window that make a customer at least WARM")
	fs.IntVar(&o.HotAfter, "history-hot-after", 3, "unanswered mails within --history-window that make a customer HOT, whatever the words")
	fs.BoolVar(&o.GroupByDomain, "history-group-domains", false, "count everyone at a company domain as one customer (free-mail domains never group)")
}
