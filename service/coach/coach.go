// Package coach checks a draft reply to an upset customer before it is
// sent. It finds the faults experienced support people warn about (a
// stock apology, "calm down", blaming the customer or a supplier, a
// promise nobody can keep, "soon" with no time, no named person, no next
// step), points at the words with their byte span, says why each one
// hurts and what to write instead, and scores the draft in [0,1], 1 being
// ready to send.
//
// Like the classifier's reasons, every finding is a rule with a span:
// explainable, checked in microseconds, with no model and no network. The
// rules are data (DefaultRules, DefaultCues); tests pin each rule on its
// own text in English, and the common ones in German, French and Spanish.
package coach

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a finding should stop the draft from being sent.
type Severity uint8

// Severities. The zero value is invalid so that a rule table entry without
// one is caught by New.
const (
	// Advisory findings make the reply weaker but not harmful.
	Advisory Severity = iota + 1
	// Blocking findings make an upset customer angrier; fix before sending.
	Blocking
)

// String returns "advisory" or "blocking".
func (s Severity) String() string {
	switch s {
	case Advisory:
		return "advisory"
	case Blocking:
		return "blocking"
	}
	return fmt.Sprintf("severity(%d)", uint8(s))
}

// Draft is what the coach checks.
type Draft struct {
	// Text is the reply as the person would send it. Quoted history below
	// it ("> ..." lines, "On ... wrote:") is ignored.
	Text string
	// CustomerName is the name on the customer's mail, e.g. "Claire
	// Donovan"; empty when unknown. With it the coach checks that the
	// reply greets the right person.
	CustomerName string
	// CustomerMessage is the mail being answered, when known. With it the
	// coach checks that a request for a call gets one.
	CustomerMessage string
}

// Finding is one fault in the draft.
type Finding struct {
	Rule     string
	Severity Severity
	// Start and End are byte offsets of Phrase in Draft.Text. For a
	// missing part (no apology, no next step, no name) Start == End, at
	// the place it belongs, and Phrase is empty.
	Start, End int
	Phrase     string
	// Why says how the customer will read it; Better what to write instead.
	Why, Better string
}

// Strength is something the draft does well; each kind raises the score.
type Strength struct {
	Cue        string
	Start, End int
	Phrase     string
}

// Result is the coach's verdict on one draft.
type Result struct {
	// Score is in [0,1]; 1 means ready to send. A draft with a blocking
	// finding never scores above BlockedCap.
	Score     float64
	Findings  []Finding // in the order they appear in the draft
	Strengths []Strength
}

// Ready reports whether the draft has no blocking finding.
func (r Result) Ready() bool {
	for _, f := range r.Findings {
		if f.Severity == Blocking {
			return false
		}
	}
	return true
}

// Score model: a draft starts at baseScore, every kind of strength adds
// its cue weight once and every rule that fires takes its weight off once,
// so that one fault repeated does not outweigh three different ones.
const (
	baseScore = 0.45
	// BlockedCap is the highest score of a draft with a blocking finding,
	// so that no amount of warmth elsewhere makes "calm down" sendable.
	BlockedCap = 0.4
)

// Options configures New. The zero value uses the default rules and cues.
type Options struct {
	// Rules replaces DefaultRules when not nil.
	Rules []Rule
	// Cues replaces DefaultCues when not nil.
	Cues []Cue
	// Jargon replaces DefaultJargon when not nil.
	Jargon []string
	// JargonLimit is how many different technical terms a reply may use
	// before the jargon rule fires. Zero means 3.
	JargonLimit int
}

// Coach checks drafts. It is safe for concurrent use; build it once.
type Coach struct {
	rules       []Rule
	ruleByName  map[string]int
	cues        []Cue
	cueByName   map[string]int
	faults      phraseIndex
	good        phraseIndex
	jargon      phraseIndex
	aux         phraseIndex // can / can't / asks-for-a-call phrases
	jargonLimit int
}

// New validates the rule table and compiles its phrases; every problem is
// reported, with the rule and phrase it is in.
func New(opts Options) (*Coach, error) {
	if opts.Rules == nil {
		opts.Rules = DefaultRules()
	}
	if opts.Cues == nil {
		opts.Cues = DefaultCues()
	}
	if opts.Jargon == nil {
		opts.Jargon = DefaultJargon()
	}
	if opts.JargonLimit <= 0 {
		opts.JargonLimit = 3
	}
	c := &Coach{
		rules: opts.Rules, ruleByName: map[string]int{},
		cues: opts.Cues, cueByName: map[string]int{},
		faults:      phraseIndex{byWord: map[string][]int{}},
		good:        phraseIndex{byWord: map[string][]int{}},
		jargon:      phraseIndex{byWord: map[string][]int{}},
		aux:         phraseIndex{byWord: map[string][]int{}},
		jargonLimit: opts.JargonLimit,
	}
	var problems []string
	addAll := func(x *phraseIndex, where string, owner int, byLang map[string][]string) {
		langs := make([]string, 0, len(byLang))
		for l := range byLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			for _, src := range byLang[l] {
				p, err := compilePattern(src)
				if err != nil {
					problems = append(problems, fmt.Sprintf("%s (%s): %v", where, l, err))
					continue
				}
				x.add(p, owner)
			}
		}
	}
	for i, r := range c.rules {
		where := fmt.Sprintf("rules[%d] %q", i, r.Name)
		if _, dup := c.ruleByName[r.Name]; dup || r.Name == "" {
			problems = append(problems, where+": empty or repeated name")
		}
		c.ruleByName[r.Name] = i
		if r.Severity != Advisory && r.Severity != Blocking {
			problems = append(problems, where+": severity must be Advisory or Blocking")
		}
		if r.Weight < 0 || r.Weight > 1 {
			problems = append(problems, fmt.Sprintf("%s: weight %v outside [0,1]", where, r.Weight))
		}
		if r.Why == "" || r.Better == "" {
			problems = append(problems, where+": needs both why and better")
		}
		addAll(&c.faults, where, i, r.Phrases)
	}
	for _, name := range builtinRules {
		if _, ok := c.ruleByName[name]; !ok {
			problems = append(problems, fmt.Sprintf("rule %q missing: its check is built in and needs its wording", name))
		}
	}
	for i, cue := range c.cues {
		where := fmt.Sprintf("cues[%d] %q", i, cue.Name)
		if _, dup := c.cueByName[cue.Name]; dup || cue.Name == "" {
			problems = append(problems, where+": empty or repeated name")
		}
		c.cueByName[cue.Name] = i
		if cue.Weight < 0 || cue.Weight > 1 {
			problems = append(problems, fmt.Sprintf("%s: weight %v outside [0,1]", where, cue.Weight))
		}
		addAll(&c.good, where, i, cue.Phrases)
	}
	for i, j := range opts.Jargon {
		addAll(&c.jargon, fmt.Sprintf("jargon[%d]", i), i, map[string][]string{"": {j}})
	}
	for k, phrases := range auxPhrases() {
		addAll(&c.aux, "built-in "+k.String(), int(k), map[string][]string{"": phrases})
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("coach rules: %s", strings.Join(problems, "; "))
	}
	return c, nil
}

// builtinRules are found by code in checks.go, not by phrases; the table
// must still carry their wording and weight.
var builtinRules = [...]string{
	RuleMissingApology, RuleNoNextStep, RuleNoNamedPerson, RuleShouting, RuleJargon,
	RuleCantList, RuleWrongName, RuleNameUnused, RuleNoCallBack,
}

// Check reads the draft and returns its findings and score. It does no
// I/O; a 1 KB draft takes microseconds.
func (c *Coach) Check(d Draft) Result {
	s := c.newScan(d)
	s.phraseFaults()
	s.shouting()
	s.jargon()
	s.cantList()
	s.greeting()
	s.signOff()
	s.absences()
	return s.result()
}
