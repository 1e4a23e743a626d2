package route

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// snapshot is an escalation chain with every name resolved to people, stored
// with each alert so that a config reload never changes who an open alert
// pages halfway through, and a removed chain never strands it.
type snapshot struct {
	Name         string         `json:"name"`
	Steps        []snapshotStep `json:"steps"`
	Repeat       time.Duration  `json:"repeat"`
	AnswerWithin time.Duration  `json:"answer_within"`
}

type snapshotStep struct {
	People  []Person      `json:"people"`
	Timeout time.Duration `json:"timeout"`
}

// personJSON is Person without the parsed hours, for the snapshot.
type personJSON struct {
	Name          string `json:"name"`
	Email         string `json:"email"`
	Webhook       string `json:"webhook,omitempty"`
	WebhookFormat string `json:"webhook_format,omitempty"`
	Hours         *Hours `json:"hours,omitempty"`
}

// MarshalJSON writes the person's configured fields.
func (p Person) MarshalJSON() ([]byte, error) {
	return json.Marshal(personJSON(p))
}

// UnmarshalJSON reads a person and re-parses the working hours.
func (p *Person) UnmarshalJSON(b []byte) error {
	var pj personJSON
	if err := json.Unmarshal(b, &pj); err != nil {
		return err
	}
	*p = Person(pj)
	if p.Hours != nil {
		var probs problems
		p.Hours.validate(&probs, "hours")
		if err := probs.err(); err != nil {
			return err
		}
	}
	return nil
}

// hoursJSON is Hours without the parsed fields.
type hoursJSON struct {
	Zone  string   `json:"zone"`
	Days  []string `json:"days,omitempty"`
	Start string   `json:"start"`
	End   string   `json:"end"`
}

// MarshalJSON writes the configured fields only.
func (h Hours) MarshalJSON() ([]byte, error) {
	return json.Marshal(hoursJSON{Zone: h.Zone, Days: h.Days, Start: h.Start, End: h.End})
}

// UnmarshalJSON reads the configured fields; Person.UnmarshalJSON parses them.
func (h *Hours) UnmarshalJSON(b []byte) error {
	var hj hoursJSON
	if err := json.Unmarshal(b, &hj); err != nil {
		return err
	}
	*h = Hours{Zone: hj.Zone, Days: hj.Days, Start: hj.Start, End: hj.End}
	return nil
}

// resolveChain turns the named chain into a snapshot.
func (c *Config) resolveChain(name string) (snapshot, error) {
	for _, ch := range c.Chains {
		if ch.Name != name {
			continue
		}
		s := snapshot{Name: ch.Name, Repeat: ch.repeat(), AnswerWithin: ch.AnswerWithin.Std()}
		for _, st := range ch.Steps {
			s.Steps = append(s.Steps, snapshotStep{People: c.expand(st.Notify), Timeout: st.Timeout.Std()})
		}
		return s, nil
	}
	return snapshot{}, fmt.Errorf("unknown chain %q", name)
}

// person finds who acknowledged an alert among the chain's people, by name
// or address.
func (s snapshot) person(who string) (Person, bool) {
	for _, st := range s.Steps {
		for _, p := range st.People {
			if p.Name == who || strings.EqualFold(p.Email, who) {
				return p, true
			}
		}
	}
	return Person{}, false
}

// expand resolves person and group names to people, each once, in order.
func (c *Config) expand(names []string) []Person {
	var out []Person
	seen := map[string]bool{}
	add := func(n string) {
		for _, p := range c.People {
			if p.Name == n && !seen[n] {
				seen[n] = true
				out = append(out, p)
			}
		}
	}
	for _, n := range names {
		add(n)
		for _, g := range c.Groups {
			if g.Name == n {
				for _, m := range g.Members {
					add(m)
				}
			}
		}
	}
	return out
}

// isTeam reports whether addr belongs to the support team: a configured
// person or a team domain.
func (c *Config) isTeam(addr string) bool {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if addr == "" {
		return false
	}
	for _, p := range c.People {
		if strings.EqualFold(p.Email, addr) {
			return true
		}
	}
	_, domain, ok := strings.Cut(addr, "@")
	if !ok {
		return false
	}
	for _, d := range c.TeamDomains {
		if strings.EqualFold(d, domain) {
			return true
		}
	}
	return false
}

// recipients picks who in step s is paged at now: the people in their
// working hours, or everybody in the step when nobody is, so that an alert
// never goes without an owner.
func (s snapshotStep) recipients(now time.Time) []Person {
	var in []Person
	for _, p := range s.People {
		if p.Hours == nil || p.Hours.Contains(now) {
			in = append(in, p)
		}
	}
	if len(in) == 0 {
		return s.People
	}
	return in
}
