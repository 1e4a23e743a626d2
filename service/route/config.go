package route

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Config is the routing configuration: who can be paged, in which order, and
// which messages go to which escalation chain. It is plain data, loaded from
// YAML and validated as a whole so that an operator sees every mistake at once.
type Config struct {
	// TeamDomains lists mail domains whose senders are the support team; a
	// reply from them into an alerted thread acknowledges the alert. People's
	// own addresses always count as team addresses.
	TeamDomains []string `yaml:"team_domains"`
	// GroupWindow is how long hot mails from the same sender keep updating
	// one open alert instead of opening new ones. Default 30m.
	GroupWindow Duration `yaml:"group_window"`
	People      []Person `yaml:"people"`
	Groups      []Group  `yaml:"groups"`
	Chains      []Chain  `yaml:"chains"`
	Routes      []Rule   `yaml:"routes"`
}

// Person is somebody who can own an alert.
type Person struct {
	Name  string `yaml:"name"`
	Email string `yaml:"email"`
	// Webhook, when set, receives a JSON copy of every notification.
	Webhook string `yaml:"webhook"`
	// WebhookFormat is "json" (default, Hotline's own document) or "slack"
	// (a Slack-compatible {"text", "blocks"} payload for incoming webhooks).
	WebhookFormat string `yaml:"webhook_format"`
	// Hours are the person's working hours. A person outside their hours is
	// skipped in a step that has somebody else in hours.
	Hours *Hours `yaml:"hours"`
}

// Group names several people notified together in one step.
type Group struct {
	Name    string   `yaml:"name"`
	Members []string `yaml:"members"`
}

// Chain is an ordered escalation: each step is notified in turn until
// somebody acknowledges; the last step repeats.
type Chain struct {
	Name  string `yaml:"name"`
	Steps []Step `yaml:"steps"`
	// Repeat is how often the last step is notified again while nobody
	// acknowledges. Default: the last step's timeout.
	Repeat Duration `yaml:"repeat"`
	// AnswerWithin is how long after acknowledging a reply from the team
	// must show up in the thread; until it does, the person who took the
	// alert is reminded this often. Taking an alert is a promise to answer,
	// and a promised call-back that never comes is the worst outcome.
	// Default 1h.
	AnswerWithin Duration `yaml:"answer_within"`
}

// Step is one stage of a chain.
type Step struct {
	// Notify lists person or group names.
	Notify []string `yaml:"notify"`
	// Timeout is how long the step has to acknowledge before the alert
	// moves on.
	Timeout Duration `yaml:"timeout"`
}

// Rule sends matching messages to a chain. Rules are tried in order; the
// first match wins, and the rule marked default catches every hot message
// that nothing else matched.
type Rule struct {
	Name    string `yaml:"name"`
	Match   Match  `yaml:"match"`
	Chain   string `yaml:"chain"`
	Default bool   `yaml:"default"`
}

// Match holds the conditions of a rule; all the given ones must hold.
type Match struct {
	// Mailboxes limits the rule to these mailbox keys.
	Mailboxes []string `yaml:"mailboxes"`
	// MinLevel is the lowest classifier level that matches: COOL, WARM or
	// HOT. Default HOT, so only a rule that asks for it pages on warm mail.
	MinLevel string `yaml:"min_level"`
	// MinHeat additionally requires a heat score at least this high.
	MinHeat float64 `yaml:"min_heat"`
	// Senders are addresses ("ceo@example.com") or domains ("@example.com").
	Senders []string `yaml:"senders"`
	// Keywords match case-insensitively in the subject or the body excerpt.
	Keywords []string `yaml:"keywords"`
	// Hours limits the rule to a time window.
	Hours *Hours `yaml:"hours"`
}

// Hours is a weekly time window in a time zone.
type Hours struct {
	Zone string `yaml:"zone"`
	// Days are three-letter day names; empty means every day.
	Days []string `yaml:"days"`
	// Start and End are "15:04" clock times. End before Start spans
	// midnight.
	Start string `yaml:"start"`
	End   string `yaml:"end"`

	loc        *time.Location
	days       [7]bool
	start, end int // minutes since midnight
}

// Duration is a time.Duration written as "10m" in YAML.
type Duration time.Duration

// UnmarshalYAML parses a Go duration string. A bad value is reported as a
// *yaml.TypeError, which lets the decoder go on and report the file's other
// problems in the same run.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: invalid duration %q: want a Go duration such as 90s, 10m or 1h30m", n.Line, s)}}
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML writes the duration in Go syntax.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// Std returns the duration as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// ValidationError lists every problem found in a configuration, each naming
// the path of the offending field.
type ValidationError struct {
	Problems []string
}

func (e *ValidationError) Error() string {
	return "invalid routing config:\n  " + strings.Join(e.Problems, "\n  ")
}

// LoadConfig reads and validates the configuration file at path.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read routing config: %w", err)
	}
	c, err := ParseConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// ParseConfig decodes YAML strictly (unknown fields are errors) and
// validates the result. Field-level decode problems (an unknown field, a
// wrong type, a bad duration) do not stop it: they are listed with their
// line numbers, followed by what validating the rest found, so one run shows
// everything to fix. Only YAML that does not parse at all stops early.
func ParseConfig(r io.Reader) (*Config, error) {
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	var c Config
	var decodeProblems []string
	if err := dec.Decode(&c); err != nil {
		var te *yaml.TypeError
		switch {
		case errors.Is(err, io.EOF):
			return nil, &ValidationError{Problems: []string{"config: the file is empty"}}
		case errors.As(err, &te):
			decodeProblems = te.Errors
		default:
			return nil, &ValidationError{Problems: []string{syntaxProblem(err)}}
		}
	}
	// A second document (a stray "---", or two files pasted together)
	// would be ignored silently, and it is rarely meant to be.
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		where := "after the first document"
		if len(extra.Content) > 0 {
			where = fmt.Sprintf("line %d", extra.Content[0].Line)
		}
		decodeProblems = append(decodeProblems, where+": a second YAML document; the routing config is one document")
	}
	err := c.Validate()
	var ve *ValidationError
	switch {
	case errors.As(err, &ve):
		ve.Problems = append(decodeProblems, ve.Problems...)
		return nil, ve
	case err != nil:
		return nil, err
	case len(decodeProblems) > 0:
		return nil, &ValidationError{Problems: decodeProblems}
	}
	return &c, nil
}

// Validate checks the whole configuration, fills derived fields and
// defaults, and returns a *ValidationError listing every problem.
func (c *Config) Validate() error {
	var p problems
	if c.GroupWindow < 0 {
		p.add("group_window", "must not be negative")
	}
	if c.GroupWindow == 0 {
		c.GroupWindow = Duration(30 * time.Minute)
	}
	for i, d := range c.TeamDomains {
		if d == "" || strings.ContainsAny(d, "@ ") || !plainText(d) {
			p.add(fmt.Sprintf("team_domains[%d]", i), "invalid domain %q", d)
		}
	}

	names := map[string]string{} // person and group names share one namespace
	if len(c.People) == 0 {
		p.add("people", "at least one person is required")
	}
	for i := range c.People {
		pp := &c.People[i]
		path := fmt.Sprintf("people[%d]", i)
		if pp.Name == "" {
			p.add(path+".name", "required")
		} else if !plainText(pp.Name) {
			// A name reaches mail headers (To, the idempotency key) and
			// commands printed in alerts.
			p.add(path+".name", "%q contains a control character or invalid UTF-8", pp.Name)
		} else if prev, ok := names[pp.Name]; ok {
			p.add(path+".name", "duplicate name %q (also %s)", pp.Name, prev)
		} else {
			names[pp.Name] = path
		}
		if pp.Email == "" {
			p.add(path+".email", "required")
		} else if a, err := mail.ParseAddress(pp.Email); err != nil || a.Address != pp.Email {
			p.add(path+".email", "invalid address %q", pp.Email)
		}
		if pp.Webhook != "" {
			// The URL is a credential: problems show its scheme and host
			// at most, since they end up in logs on a failed reload.
			u, err := url.Parse(pp.Webhook)
			switch {
			case err != nil || !plainText(pp.Webhook):
				p.add(path+".webhook", "not a valid URL")
			case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
				p.add(path+".webhook", "invalid URL %q: want http or https with a host", (&url.URL{Scheme: u.Scheme, Host: u.Host}).String())
			}
		}
		switch pp.WebhookFormat {
		case "", "json", "slack":
		default:
			p.add(path+".webhook_format", "unknown format %q: want json or slack", pp.WebhookFormat)
		}
		if pp.Hours != nil {
			pp.Hours.validate(&p, path+".hours")
		}
	}
	groupMembers := map[string][]string{}
	for i, g := range c.Groups {
		path := fmt.Sprintf("groups[%d]", i)
		if g.Name == "" {
			p.add(path+".name", "required")
		} else if !plainText(g.Name) {
			p.add(path+".name", "%q contains a control character or invalid UTF-8", g.Name)
		} else if prev, ok := names[g.Name]; ok {
			p.add(path+".name", "duplicate name %q (also %s)", g.Name, prev)
		} else {
			names[g.Name] = path
		}
		if len(g.Members) == 0 {
			p.add(path+".members", "at least one member is required")
		}
		for j, m := range g.Members {
			if !c.isPerson(m) {
				p.add(fmt.Sprintf("%s.members[%d]", path, j), "unknown person %q", m)
			}
		}
		groupMembers[g.Name] = g.Members
	}

	chains := map[string]bool{}
	if len(c.Chains) == 0 {
		p.add("chains", "at least one chain is required")
	}
	for i := range c.Chains {
		ch := &c.Chains[i]
		path := fmt.Sprintf("chains[%d]", i)
		if ch.Name == "" {
			p.add(path+".name", "required")
		} else if !plainText(ch.Name) {
			p.add(path+".name", "%q contains a control character or invalid UTF-8", ch.Name)
		} else if chains[ch.Name] {
			p.add(path+".name", "duplicate chain %q", ch.Name)
		}
		chains[ch.Name] = true
		if len(ch.Steps) == 0 {
			p.add(path+".steps", "at least one step is required")
		}
		for j, s := range ch.Steps {
			sp := fmt.Sprintf("%s.steps[%d]", path, j)
			if len(s.Notify) == 0 {
				p.add(sp+".notify", "at least one person or group is required")
			}
			for k, n := range s.Notify {
				if _, ok := names[n]; !ok {
					p.add(fmt.Sprintf("%s.notify[%d]", sp, k), "unknown person or group %q", n)
				}
			}
			if s.Timeout <= 0 {
				p.add(sp+".timeout", "must be a positive duration such as 10m")
			}
		}
		if ch.Repeat < 0 {
			p.add(path+".repeat", "must not be negative")
		}
		if ch.AnswerWithin < 0 {
			p.add(path+".answer_within", "must not be negative")
		}
		if ch.AnswerWithin == 0 {
			ch.AnswerWithin = Duration(time.Hour)
		}
	}

	defaults := 0
	if len(c.Routes) == 0 {
		p.add("routes", "at least one route is required")
	}
	for i := range c.Routes {
		r := &c.Routes[i]
		path := fmt.Sprintf("routes[%d]", i)
		if !plainText(r.Name) {
			p.add(path+".name", "%q contains a control character or invalid UTF-8", r.Name)
		}
		if r.Chain == "" {
			p.add(path+".chain", "required")
		} else if !chains[r.Chain] {
			p.add(path+".chain", "unknown chain %q", r.Chain)
		}
		if r.Default {
			defaults++
			if defaults > 1 {
				p.add(path+".default", "only one route may be the default")
			}
			if i != len(c.Routes)-1 {
				p.add(path+".default", "the default route must be the last route")
			}
		}
		r.Match.validate(&p, path+".match", r.Default)
	}
	if len(c.Routes) > 0 && defaults == 0 {
		p.add("routes", "no default route: add one with default: true so that no hot message matches nothing")
	}
	return p.err()
}

func (c *Config) isPerson(name string) bool {
	for _, p := range c.People {
		if p.Name == name {
			return true
		}
	}
	return false
}

func (m *Match) validate(p *problems, path string, isDefault bool) {
	if m.MinLevel == "" {
		m.MinLevel = "HOT"
	}
	m.MinLevel = strings.ToUpper(m.MinLevel)
	if levelRank(m.MinLevel) < 0 {
		p.add(path+".min_level", "unknown level %q: want COOL, WARM or HOT", m.MinLevel)
	}
	if m.MinHeat < 0 || m.MinHeat > 1 {
		p.add(path+".min_heat", "must be between 0 and 1, got %v", m.MinHeat)
	}
	for i, s := range m.Senders {
		sp := fmt.Sprintf("%s.senders[%d]", path, i)
		if strings.HasPrefix(s, "@") {
			if len(s) < 2 || strings.ContainsAny(s[1:], "@ ") {
				p.add(sp, "invalid domain %q", s)
			}
			continue
		}
		if a, err := mail.ParseAddress(s); err != nil || a.Address != s {
			p.add(sp, "invalid address %q: want user@host or @domain", s)
		}
	}
	for i, k := range m.Keywords {
		if strings.TrimSpace(k) == "" {
			p.add(fmt.Sprintf("%s.keywords[%d]", path, i), "empty keyword")
		} else if !plainText(k) {
			p.add(fmt.Sprintf("%s.keywords[%d]", path, i), "%q contains a control character or invalid UTF-8", k)
		}
	}
	for i, mb := range m.Mailboxes {
		if mb == "" || !plainText(mb) {
			p.add(fmt.Sprintf("%s.mailboxes[%d]", path, i), "invalid mailbox key %q", mb)
		}
	}
	if m.Hours != nil {
		m.Hours.validate(p, path+".hours")
	}
	if isDefault && (len(m.Mailboxes) > 0 || len(m.Senders) > 0 || len(m.Keywords) > 0 || m.Hours != nil || m.MinHeat > 0) {
		p.add(path, "the default route must not have conditions besides min_level")
	}
}

var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

func (h *Hours) validate(p *problems, path string) {
	if h.Zone == "" {
		p.add(path+".zone", "required (an IANA time zone such as Europe/Berlin)")
	} else if loc, err := time.LoadLocation(h.Zone); err != nil {
		p.add(path+".zone", "unknown time zone %q", h.Zone)
	} else {
		h.loc = loc
	}
	if len(h.Days) == 0 {
		for i := range h.days {
			h.days[i] = true
		}
	}
	for i, d := range h.Days {
		wd, ok := dayNames[strings.ToLower(d)]
		if !ok {
			p.add(fmt.Sprintf("%s.days[%d]", path, i), "unknown day %q: want mon, tue, ...", d)
			continue
		}
		h.days[wd] = true
	}
	var err error
	if h.start, err = clockMinutes(h.Start); err != nil {
		p.add(path+".start", "%v", err)
	}
	if h.end, err = clockMinutes(h.End); err != nil {
		p.add(path+".end", "%v", err)
	}
	if err == nil && h.Start == h.End {
		p.add(path, "start and end are equal")
	}
}

func clockMinutes(s string) (int, error) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, fmt.Errorf("invalid time %q: want HH:MM", s)
	}
	return t.Hour()*60 + t.Minute(), nil
}

// Contains reports whether t falls in the window. A window ending before it
// starts spans midnight, and belongs to the day it starts on.
func (h *Hours) Contains(t time.Time) bool {
	if h.loc != nil {
		t = t.In(h.loc)
	}
	m := t.Hour()*60 + t.Minute()
	if h.start < h.end {
		return h.days[t.Weekday()] && m >= h.start && m < h.end
	}
	if m >= h.start {
		return h.days[t.Weekday()]
	}
	return m < h.end && h.days[(t.Weekday()+6)%7]
}

func levelRank(l string) int {
	switch strings.ToUpper(l) {
	case "COOL":
		return 0
	case "WARM":
		return 1
	case "HOT":
		return 2
	}
	return -1
}

// parserLine matches the YAML syntax errors that go.yaml.in/yaml/v3
// reports from its parser (not its scanner) with a zero-based line number,
// one less than the line an editor shows.
var parserLine = regexp.MustCompile(`^yaml: line (\d+): (did not find expected (?:<document start>|node content|key|'-' indicator|',' or '\]'|',' or '\}'))$`)

// syntaxProblem turns a YAML syntax error into a problem line whose line
// number matches the file as an editor numbers it.
func syntaxProblem(err error) string {
	msg := err.Error()
	if m := parserLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return fmt.Sprintf("line %d: %s (in the block that starts on that line)", n+1, m[2])
	}
	return strings.TrimPrefix(msg, "yaml: ")
}

// plainText reports whether s is valid UTF-8 without control characters.
// Names and other strings from the config end up in mail headers, alert
// history and terminal output, where a CR/LF starts a new header line and
// an escape sequence rewrites the screen.
func plainText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, unicode.IsControl)
}

type problems []string

func (p *problems) add(path, format string, args ...any) {
	*p = append(*p, path+": "+fmt.Sprintf(format, args...))
}

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return &ValidationError{Problems: p}
}

// Summary is a short human description of a valid configuration, printed by
// check-config. Each chain is spelled out step by step, including what
// happens after the last step, which is where operators most often guess
// wrong.
func (c *Config) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d people, %d groups, %d chains, %d routes\n", len(c.People), len(c.Groups), len(c.Chains), len(c.Routes))
	for _, ch := range c.Chains {
		fmt.Fprintf(&b, "chain %s:\n", ch.Name)
		for i, s := range ch.Steps {
			fmt.Fprintf(&b, "  step %d: %s, %s to acknowledge\n", i+1, c.describeNotify(s.Notify), shortDuration(s.Timeout.Std()))
		}
		if len(ch.Steps) > 0 {
			last := ch.Steps[len(ch.Steps)-1]
			why := "set by repeat"
			if ch.Repeat == 0 {
				why = "repeat is not set: the last step's timeout"
			}
			fmt.Fprintf(&b, "  after step %d, %s paged again every %s (%s) until somebody acknowledges\n",
				len(ch.Steps), c.describeNotify(last.Notify)+" "+c.isAre(last.Notify), shortDuration(ch.repeat()), why)
		}
		fmt.Fprintf(&b, "  whoever acknowledges is reminded every %s until a reply to the customer shows up in the thread\n", shortDuration(ch.AnswerWithin.Std()))
	}
	for i, r := range c.Routes {
		name := r.Name
		if name == "" {
			name = fmt.Sprintf("routes[%d]", i)
		}
		fmt.Fprintf(&b, "route %s -> %s (%s)\n", name, r.Chain, r.Match.describe(r.Default))
	}
	return b.String()
}

// describeNotify names the recipients of a step, with each group's members.
func (c *Config) describeNotify(names []string) string {
	parts := make([]string, 0, len(names))
	for _, n := range names {
		part := n
		for _, g := range c.Groups {
			if g.Name == n {
				part = fmt.Sprintf("%s (%s)", n, strings.Join(g.Members, ", "))
			}
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, ", ")
}

// isAre is "is" for one name and "are" for several or a group.
func (c *Config) isAre(names []string) string {
	if len(names) == 1 && c.isPerson(names[0]) {
		return "is"
	}
	return "are"
}

// shortDuration writes 30m instead of 30m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func (m Match) describe(isDefault bool) string {
	var parts []string
	parts = append(parts, "level >= "+m.MinLevel)
	if m.MinHeat > 0 {
		parts = append(parts, fmt.Sprintf("heat >= %.2f", m.MinHeat))
	}
	if len(m.Mailboxes) > 0 {
		parts = append(parts, "mailbox in "+strings.Join(m.Mailboxes, ","))
	}
	if len(m.Senders) > 0 {
		parts = append(parts, "sender in "+strings.Join(m.Senders, ","))
	}
	if len(m.Keywords) > 0 {
		parts = append(parts, "keywords "+strings.Join(m.Keywords, ","))
	}
	if m.Hours != nil {
		parts = append(parts, fmt.Sprintf("%s-%s %s", m.Hours.Start, m.Hours.End, m.Hours.Zone))
	}
	if isDefault {
		parts = append(parts, "default")
	}
	return strings.Join(parts, ", ")
}

func (ch Chain) repeat() time.Duration {
	if ch.Repeat > 0 {
		return ch.Repeat.Std()
	}
	if len(ch.Steps) == 0 {
		return 0
	}
	return ch.Steps[len(ch.Steps)-1].Timeout.Std()
}
