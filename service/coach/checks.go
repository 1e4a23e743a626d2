package coach

import (
	"sort"
	"strings"
	"unicode"
)

// auxKind names the phrase sets the built-in checks use.
type auxKind int

const (
	auxCant auxKind = iota
	auxCan
	auxAsksCall
	auxMyName
)

func (k auxKind) String() string {
	return [...]string{"cant", "can", "asks_call", "my_name"}[k]
}

// auxPhrases returns the phrase sets of the built-in checks.
func auxPhrases() map[auxKind][]string {
	return map[auxKind][]string{
		auxCant: {"can't", "cannot", "can not", "cant", "couldn't", "could not", "unable to", "not able to", "not possible",
			"impossible", "no way to", "won't be able", "will not be able", "isn't possible", "is not possible", "not allowed to",
			"konnen * nicht", "kann * nicht", "nicht moglich", "ne pouvons pas", "ne peux pas", "pas possible",
			"no podemos", "no puedo", "no es posible"},
		auxCan: {"i can", "we can", "you can", "i could", "we could", "i will", "i'll", "we will", "we'll", "i'm going to",
			"we're going to", "i am going to", "i have arranged", "i've arranged", "what i can", "ich kann", "wir konnen", "ich werde", "wir werden", "je peux",
			"nous pouvons", "je vais", "puedo", "podemos", "voy a", "vamos a"},
		auxAsksCall: {"call me", "call back", "callback", "ring me", "phone me", "give me a call", "call us", "speak to someone",
			"speak to a person", "rufen sie mich", "ruckruf", "anrufen", "appelez moi", "rappelez moi", "me rappeler",
			"llameme", "llamenme", "me llamen", "llamarme"},
		auxMyName: {"my name is", "this is * from", "i'm * from", "i am * from", "i'm * and", "mein name ist",
			"ich bin * von", "je m'appelle", "je suis * de", "me llamo", "soy * de"},
	}
}

// DefaultJargon returns technical terms a customer should not have to
// decode. One or two are fine; a reply with JargonLimit of them is a wall.
func DefaultJargon() []string {
	return []string{"dns", "mx record*", "smtp", "imap", "tcp", "udp", "ttl", "propagat*", "bgp", "latency", "packet loss",
		"handshake", "tls", "ssl", "cname", "dhcp", "kernel", "mtu", "nat", "vlan", "api", "endpoint*", "rca", "root cause analysis",
		"sla", "p1", "sev1", "sev 1", "l2", "l3", "tier 2", "tier 3", "cache", "failover", "load balancer", "deploy*", "rollback",
		"rolled back", "hotfix", "regression", "upstream", "config", "cron", "daemon", "hypervisor", "raid", "dkim", "spf",
		"dmarc", "certificate chain", "replication", "mailbox quota", "ldap", "sso", "saml", "oauth", "vpn tunnel", "subnet",
		"firewall rule*", "reverse proxy", "container*", "kubernetes", "pod", "cluster", "stack trace", "exception", "null pointer",
		"race condition", "throughput", "backend", "frontend", "microservice*", "ipv6", "bounce*", "greylist*", "queue id"}
}

// scan is the state of one Check.
type scan struct {
	c        *Coach
	d        Draft
	toks     []token
	cut      int // end of the reply proper; quoted history follows
	cueHits  []hit
	auxHits  []hit
	faultHit []hit
	times    []hit // token spans naming a concrete time
	owned    bool
	findings []Finding
	fired    []bool // per rule
	cueSeen  []bool // per cue
	strong   []Strength
}

func (c *Coach) newScan(d Draft) *scan {
	s := &scan{c: c, d: d, fired: make([]bool, len(c.rules)), cueSeen: make([]bool, len(c.cues))}
	s.toks, s.cut = tokenize(d.Text, make([]token, 0, len(d.Text)/5))
	s.cueHits = c.good.find(s.toks, nil)
	s.faultHit = c.faults.find(s.toks, nil)
	s.auxHits = c.aux.find(s.toks, nil)
	s.times = concreteTimes(s.toks, d.Text)
	for _, h := range s.cueHits {
		if c.cues[h.rule].Name == CueOwns {
			s.owned = true
		}
	}
	return s
}

// addTok records a finding of rule r over tokens [from, to).
func (s *scan) addTok(r, from, to int) {
	start, end := s.toks[from].start, s.toks[to-1].end
	s.addSpan(r, start, end)
}

func (s *scan) addSpan(r, start, end int) {
	rule := s.c.rules[r]
	s.fired[r] = true
	s.findings = append(s.findings, Finding{
		Rule: rule.Name, Severity: rule.Severity, Start: start, End: end,
		Phrase: s.d.Text[start:end], Why: rule.Why, Better: rule.Better,
	})
}

func (s *scan) addRule(name string, start, end int) {
	if r, ok := s.c.ruleByName[name]; ok {
		s.addSpan(r, start, end)
	}
}

func (s *scan) firedRule(name string) bool {
	r, ok := s.c.ruleByName[name]
	return ok && s.fired[r]
}

func (s *scan) strength(name string, start, end int) {
	i, ok := s.c.cueByName[name]
	if !ok || s.cueSeen[i] {
		return
	}
	s.cueSeen[i] = true
	s.strong = append(s.strong, Strength{Cue: name, Start: start, End: end, Phrase: s.d.Text[start:end]})
}

func (s *scan) hasCue(name string) bool {
	i, ok := s.c.cueByName[name]
	return ok && s.cueSeen[i]
}

// phraseFaults turns the phrase rules' matches into findings, minus those
// the rest of the draft excuses.
func (s *scan) phraseFaults() {
	for _, h := range s.cueHits {
		cue := s.c.cues[h.rule]
		if cue.UnlessNegated && s.negatedBefore(h.from) {
			continue // "we didn't call you back" is no call
		}
		s.strength(cue.Name, s.toks[h.from].start, s.toks[h.to-1].end)
	}
	if len(s.times) > 0 {
		s.strength(CueConcreteTime, s.toks[s.times[0].from].start, s.toks[s.times[0].to-1].end)
	}
	s.dropApologyInsideGeneric()
	for _, h := range s.faultHit {
		r := s.c.rules[h.rule]
		switch {
		case r.UnlessTimed && len(s.times) > 0:
			continue
		case r.UnlessOwned && s.owned:
			continue
		case r.UnlessNegated && s.negatedBefore(h.from):
			continue
		}
		s.addTok(h.rule, h.from, h.to)
	}
}

// negatedBefore reports whether one of the two words before token i, on
// the same line, is a negation.
func (s *scan) negatedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2 && s.toks[j].line == s.toks[i].line; j-- {
		switch s.toks[j].text {
		case "not", "can't", "cannot", "cant", "won't", "don't", "didn't", "haven't", "hasn't", "wasn't", "weren't", "never",
			"no", "nobody", "nicht", "kein", "keine", "nie", "pas", "ne", "jamais", "nunca", "nadie":
			return true
		}
	}
	return false
}

// shouting finds words in capitals (five letters or more, or three such
// words in a row) and runs of "!!" or "?!".
func (s *scan) shouting() {
	r := s.c.ruleByName[RuleShouting]
	for i := 0; i < len(s.toks); {
		if s.capsLetters(i) < 2 {
			i++
			continue
		}
		j := i + 1
		for j < len(s.toks) && s.toks[j].line == s.toks[i].line && s.capsLetters(j) >= 2 {
			j++
		}
		if j-i >= 3 {
			s.addTok(r, i, j)
		} else {
			for k := i; k < j; k++ {
				if s.capsLetters(k) >= 5 {
					s.addTok(r, k, k+1)
				}
			}
		}
		i = j
	}
	body := s.d.Text[:s.cut]
	off := 0
	for _, l := range strings.SplitAfter(body, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), ">") {
			for _, mark := range [...]string{"!!", "?!", "!?"} {
				if i := strings.Index(l, mark); i >= 0 {
					j := i + len(mark)
					for j < len(l) && (l[j] == '!' || l[j] == '?') {
						j++
					}
					s.addSpan(r, off+i, off+j)
					break
				}
			}
		}
		off += len(l)
	}
}

// capsLetters returns the number of letters in token i when all its
// letters are capitals and it is not a known acronym, else 0.
func (s *scan) capsLetters(i int) int {
	raw := s.d.Text[s.toks[i].start:s.toks[i].end]
	n := 0
	for _, r := range raw {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return 0
			}
			n++
		}
	}
	switch raw {
	case "HTTPS", "OAUTH", "MYSQL", "DMARC", "IMAPS", "SMTPS", "NGINX", "LINUX", "IPSEC", "GDPR", "HIPAA":
		return 0
	}
	return n
}

// jargon reports every distinct technical term once the draft uses
// jargonLimit or more of them.
func (s *scan) jargon() {
	hits := s.c.jargon.find(s.toks, nil)
	seen := map[int]bool{}
	var first []hit
	for _, h := range hits {
		if !seen[h.rule] {
			seen[h.rule] = true
			first = append(first, h)
		}
	}
	if len(first) < s.c.jargonLimit {
		return
	}
	r := s.c.ruleByName[RuleJargon]
	for _, h := range first {
		s.addTok(r, h.from, h.to)
	}
}

// cantList fires when the draft says twice or more what cannot be done and
// never what can.
func (s *scan) cantList() {
	var cants []hit
	can := 0
	for _, h := range s.auxHits {
		switch auxKind(h.rule) {
		case auxCant:
			cants = append(cants, h)
		case auxCan:
			if h.to < len(s.toks) {
				switch s.toks[h.to].text {
				case "not", "never", "nicht", "pas":
					continue
				}
			}
			can++
		}
	}
	if len(cants) < 2 || can > 0 {
		return
	}
	r := s.c.ruleByName[RuleCantList]
	for _, h := range cants {
		s.addTok(r, h.from, h.to)
	}
}

var (
	greetingWords = map[string]bool{"dear": true, "hi": true, "hello": true, "hey": true, "hallo": true, "liebe": true,
		"lieber": true, "sehr": true, "guten": true, "bonjour": true, "cher": true, "chere": true, "hola": true,
		"estimado": true, "estimada": true, "buenos": true, "good": true, "morning": true, "afternoon": true}
	nameSkip = map[string]bool{"geehrte": true, "geehrter": true, "tag": true, "morning": true, "afternoon": true,
		"evening": true, "dias": true, "tardes": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
		"herr": true, "frau": true, "madame": true, "monsieur": true, "m": true, "mme": true, "senor": true, "senora": true,
		"sr": true, "sra": true, "again": true}
	genericAddressee = map[string]bool{"customer": true, "client": true, "user": true, "sir": true, "madam": true,
		"there": true, "all": true, "team": true, "everyone": true, "kunde": true, "kundin": true, "damen": true,
		"herren": true, "cliente": true, "usuario": true, "valued": true, "whom": true, "friend": true}
	teamWords = map[string]bool{"team": true, "support": true, "service": true, "desk": true, "helpdesk": true,
		"department": true, "care": true, "kundenservice": true, "equipe": true, "equipo": true, "servicio": true,
		"hotline": true, "management": true, "staff": true, "administration": true, "kundendienst": true, "l'equipe": true}
	signOffWords = map[string]bool{"regards": true, "best": true, "thanks": true, "thank": true, "sincerely": true,
		"cheers": true, "kind": true, "warm": true, "yours": true, "mit": true, "viele": true, "beste": true, "gruss": true,
		"grusse": true, "freundliche": true, "cordialement": true, "bien": true, "salutations": true, "saludos": true,
		"atentamente": true, "un": true, "talk": true, "speak": true, "all": true, "respectfully": true}
)

// greeting checks the addressee against the customer's name.
func (s *scan) greeting() {
	if len(s.toks) == 0 {
		return
	}
	var names map[string]bool
	if s.d.CustomerName != "" {
		names = map[string]bool{}
		nt, _ := tokenize(s.d.CustomerName, nil)
		for _, t := range nt {
			if !nameSkip[t.text] && len(t.text) > 1 {
				names[t.text] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	line := s.toks[0].line
	var greeted []int
	generic := false
	if greetingWords[s.toks[0].text] {
		for i := 1; i < len(s.toks) && s.toks[i].line == line; i++ {
			t := s.toks[i].text
			switch {
			case greetingWords[t] || nameSkip[t]:
			case genericAddressee[t]:
				generic = true
			default:
				greeted = append(greeted, i)
			}
		}
	}
	if len(greeted) > 0 && !generic && len(greeted) <= 3 {
		match := false
		for _, i := range greeted {
			match = match || names[s.toks[i].text]
		}
		if !match {
			s.addTok(s.c.ruleByName[RuleWrongName], greeted[0], greeted[len(greeted)-1]+1)
			return
		}
	}
	for _, t := range s.toks {
		if names[t.text] {
			s.strength(CueUsesName, t.start, t.end)
			return
		}
	}
	if !s.firedRule(RuleImpersonal) {
		s.addRule(RuleNameUnused, s.toks[0].start, s.toks[0].start)
	}
}

// signOff looks for the person signing the reply and for a direct way to
// reach them.
func (s *scan) signOff() {
	for _, h := range s.auxHits {
		if auxKind(h.rule) == auxMyName {
			s.strength(CueNamedPerson, s.toks[h.from].start, s.toks[min(h.to, len(s.toks)-1)].end)
		}
	}
	if c := directContact(s.d.Text[:s.cut]); c[1] > c[0] {
		s.strength(CueDirectContact, c[0], c[1])
	}
	if len(s.toks) == 0 {
		return
	}
	lines := s.lines()
	from := max(0, len(lines)-3) // no sign-off: a bare name in the last lines
	for k := len(lines) - 1; k >= 0 && k >= len(lines)-6; k-- {
		l := lines[k]
		if l[1]-l[0] <= 4 && signOffWords[s.toks[l[0]].text] && k+1 < len(lines) {
			from = k + 1
			break
		}
	}
	teamLine := -1
	for k := from; k < len(lines); k++ {
		l := lines[k]
		team := false
		for i := l[0]; i < l[1]; i++ {
			team = team || teamWords[s.toks[i].text]
		}
		first := []rune(s.d.Text[s.toks[l[0]].start:s.toks[l[0]].end])[0]
		switch {
		case team:
			if teamLine < 0 {
				teamLine = k
			}
		case l[1]-l[0] <= 4 && unicode.IsUpper(first) && !signOffWords[s.toks[l[0]].text] && !greetingWords[s.toks[l[0]].text]:
			s.strength(CueNamedPerson, s.toks[l[0]].start, s.toks[l[1]-1].end)
		}
	}
	if s.hasCue(CueNamedPerson) {
		return
	}
	if teamLine >= 0 {
		l := lines[teamLine]
		s.addTok(s.c.ruleByName[RuleNoNamedPerson], l[0], l[1])
		return
	}
	end := s.toks[len(s.toks)-1].end
	s.addRule(RuleNoNamedPerson, end, end)
}

// lines returns the token index ranges [from, to) of each line that has
// tokens.
func (s *scan) lines() [][2]int {
	var out [][2]int
	for i, t := range s.toks {
		if i == 0 || t.line != s.toks[i-1].line {
			out = append(out, [2]int{i, i + 1})
			continue
		}
		out[len(out)-1][1] = i + 1
	}
	return out
}

// directContact returns the span of the first phone number (seven digits
// or more, with the usual separators) or mail address in text.
func directContact(text string) [2]int {
	if at := strings.IndexByte(text, '@'); at > 0 && at < len(text)-3 && strings.Contains(text[at:min(len(text), at+64)], ".") {
		start, end := at, at
		for start > 0 && !unicode.IsSpace(rune(text[start-1])) {
			start--
		}
		for end < len(text) && !unicode.IsSpace(rune(text[end])) {
			end++
		}
		return [2]int{start, end}
	}
	digits, start := 0, -1
	for i := 0; i < len(text); i++ {
		ch := text[i]
		switch {
		case ch >= '0' && ch <= '9':
			if start < 0 {
				start = i
			}
			digits++
		case start >= 0 && (ch == ' ' || ch == '-' || ch == '(' || ch == ')' || ch == '.' || ch == '/'):
		case ch == '+' && start < 0:
			start = i
		default:
			if digits >= 7 {
				return [2]int{start, i}
			}
			digits, start = 0, -1
		}
	}
	if digits >= 7 {
		return [2]int{start, len(text)}
	}
	return [2]int{}
}

// absences reports what a good reply has and this one lacks.
func (s *scan) absences() {
	end := 0
	if len(s.toks) > 0 {
		end = s.toks[len(s.toks)-1].end
	}
	start := 0
	if len(s.toks) > 0 {
		start = s.toks[0].start
	}
	if !s.hasCue(CueApology) && !s.firedRule(RuleGenericApology) {
		s.addRule(RuleMissingApology, start, start)
	}
	if !s.hasCue(CueNextContact) && !(s.hasCue(CueCommitment) && len(s.times) > 0) {
		s.addRule(RuleNoNextStep, end, end)
	}
	if s.d.CustomerMessage != "" && !s.hasCue(CueCall) {
		mt, _ := tokenize(s.d.CustomerMessage, nil)
		for _, h := range s.c.aux.find(mt, nil) {
			if auxKind(h.rule) == auxAsksCall {
				s.addRule(RuleNoCallBack, end, end)
				break
			}
		}
	}
}

func (s *scan) result() Result {
	score := baseScore
	for i, seen := range s.cueSeen {
		if seen {
			score += s.c.cues[i].Weight
		}
	}
	blocked := false
	for i, f := range s.fired {
		if f {
			score -= s.c.rules[i].Weight
			blocked = blocked || s.c.rules[i].Severity == Blocking
		}
	}
	if blocked {
		score = min(score, BlockedCap)
	}
	score = max(0, min(1, score))
	sort.SliceStable(s.findings, func(i, j int) bool { return s.findings[i].Start < s.findings[j].Start })
	sort.SliceStable(s.strong, func(i, j int) bool { return s.strong[i].Start < s.strong[j].Start })
	return Result{Score: score, Findings: s.findings, Strengths: s.strong}
}

var (
	timeUnits = map[string]bool{"minute": true, "minutes": true, "min": true, "mins": true, "hour": true, "hours": true,
		"hr": true, "hrs": true, "h": true, "uhr": true, "minuten": true, "stunde": true, "stunden": true, "heure": true,
		"heures": true, "hora": true, "horas": true, "minuto": true, "minutos": true, "am": true, "pm": true, "o'clock": true}
	dayWords = map[string]bool{"today": true, "tonight": true, "tomorrow": true, "monday": true, "tuesday": true,
		"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "noon": true, "midday": true,
		"midnight": true, "eod": true, "heute": true, "morgen": true, "montag": true, "dienstag": true, "mittwoch": true,
		"donnerstag": true, "freitag": true, "samstag": true, "sonntag": true, "aujourd'hui": true, "demain": true,
		"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
		"hoy": true, "manana": true, "lunes": true, "martes": true, "miercoles": true, "jueves": true, "viernes": true,
		"sabado": true, "domingo": true, "mittag": true, "midi": true, "mediodia": true}
	timeLeads = map[string]bool{"at": true, "by": true, "until": true, "before": true, "um": true, "bis": true,
		"vers": true, "a": true, "avant": true, "antes": true, "las": true, "hasta": true, "gegen": true, "within": true,
		"in": true, "innerhalb": true, "dans": true, "en": true, "d'ici": true}
	numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "ten": true,
		"fifteen": true, "twenty": true, "thirty": true, "forty": true, "an": true, "half": true, "couple": true,
		"zwei": true, "drei": true, "einer": true, "deux": true, "trois": true, "une": true, "dos": true, "tres": true,
		"una": true, "media": true}
)

// concreteTimes finds the times a customer can hold a reply to: "at 3pm",
// "by 14:00", "within two hours", "tomorrow", "Friday".
func concreteTimes(toks []token, text string) []hit {
	var out []hit
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].text
		}
		switch {
		case dayWords[t.text]:
			out = append(out, hit{from: i, to: i + 1})
		case isClock(t.text):
			out = append(out, hit{from: i, to: i + 1})
		case isDigits(t.text) && len(t.text) <= 2 && (timeUnits[next] || timeLeads[prev] ||
			(t.end < len(text) && (text[t.end] == ':' || text[t.end] == '.') && isDigits(next) && len(next) == 2 && toks[i+1].start == t.end+1)):
			out = append(out, hit{from: i, to: min(i+2, len(toks))})
		case numberWords[t.text] && timeUnits[next] && next != "am" && next != "pm":
			out = append(out, hit{from: i, to: i + 2})
		}
	}
	return out
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isClock matches "3pm", "10am", "30pm" (from "3.30pm"), "16h", "14uhr".
func isClock(s string) bool {
	for _, suf := range [...]string{"am", "pm", "h", "uhr"} {
		if n, ok := strings.CutSuffix(s, suf); ok && isDigits(n) && len(n) <= 4 {
			return true
		}
	}
	return false
}

// dropApologyInsideGeneric forgets an apology cue whose words belong to a
// stock apology ("we apologise for any inconvenience" apologises for
// nothing); another, specific apology elsewhere still counts.
func (s *scan) dropApologyInsideGeneric() {
	gen, ok := s.c.ruleByName[RuleGenericApology]
	ap, ok2 := s.c.cueByName[CueApology]
	if !ok || !ok2 {
		return
	}
	var spans []hit
	for _, h := range s.faultHit {
		if h.rule == gen {
			spans = append(spans, h)
		}
	}
	if len(spans) == 0 {
		return
	}
	s.cueSeen[ap] = false
	kept := s.strong[:0]
	for _, st := range s.strong {
		if st.Cue != CueApology {
			kept = append(kept, st)
		}
	}
	s.strong = kept
	for _, h := range s.cueHits {
		if h.rule != ap {
			continue
		}
		inside := false
		for _, g := range spans {
			inside = inside || (h.from >= g.from && h.to <= g.to)
		}
		if !inside {
			s.strength(CueApology, s.toks[h.from].start, s.toks[h.to-1].end)
			return
		}
	}
}
