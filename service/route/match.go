package route

import (
	"strings"
	"time"
)

// candidate is what a route looks at.
type candidate struct {
	Mailbox string
	From    string
	Level   string
	Heat    float64
	// Text is searched for keywords: subject, body excerpt and the phrases
	// the classifier flagged.
	Text string
}

// match returns the first rule that matches c at now, or nil.
func (c *Config) match(cd candidate, now time.Time) *Rule {
	for i := range c.Routes {
		if c.Routes[i].Match.matches(cd, now) {
			return &c.Routes[i]
		}
	}
	return nil
}

func (m *Match) matches(c candidate, now time.Time) bool {
	if levelRank(c.Level) < levelRank(m.MinLevel) {
		return false
	}
	if c.Heat < m.MinHeat {
		return false
	}
	if len(m.Mailboxes) > 0 && !containsFold(m.Mailboxes, c.Mailbox) {
		return false
	}
	if len(m.Senders) > 0 && !senderMatches(m.Senders, c.From) {
		return false
	}
	if len(m.Keywords) > 0 && !keywordMatches(m.Keywords, c.Text) {
		return false
	}
	if m.Hours != nil && !m.Hours.Contains(now) {
		return false
	}
	return true
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func senderMatches(senders []string, from string) bool {
	from = strings.ToLower(from)
	_, domain, _ := strings.Cut(from, "@")
	for _, s := range senders {
		s = strings.ToLower(s)
		if d, ok := strings.CutPrefix(s, "@"); ok {
			if domain == d || strings.HasSuffix(domain, "."+d) {
				return true
			}
			continue
		}
		if s == from {
			return true
		}
	}
	return false
}

// keywordMatches matches whole words or phrases, case-insensitively, so
// "down" does not match "download".
func keywordMatches(keywords []string, text string) bool {
	text = strings.ToLower(text)
	for _, k := range keywords {
		k = strings.ToLower(strings.TrimSpace(k))
		for i := 0; ; {
			j := strings.Index(text[i:], k)
			if j < 0 {
				break
			}
			start, end := i+j, i+j+len(k)
			if boundary(text, start-1) && boundary(text, end) {
				return true
			}
			i = start + 1
		}
	}
	return false
}

func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80)
}
