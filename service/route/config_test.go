package route

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestLoadConfigValid(t *testing.T) {
	c, err := LoadConfig("testdata/valid.yaml")
	if err != nil {
		t.Fatalf("LoadConfig: %v", err)
	}
	if got, want := len(c.People), 3; got != want {
		t.Errorf("people = %d, want %d", got, want)
	}
	if got := c.GroupWindow.Std(); got != 30*time.Minute {
		t.Errorf("group_window = %v, want 30m", got)
	}
	if got := c.Chains[0].repeat(); got != 30*time.Minute {
		t.Errorf("senior repeat = %v, want 30m", got)
	}
	if got := c.Chains[1].repeat(); got != 10*time.Minute {
		t.Errorf("vip repeat = %v, want last step timeout 10m", got)
	}
	if c.Routes[3].Match.MinLevel != "HOT" {
		t.Errorf("default min_level = %q, want HOT", c.Routes[3].Match.MinLevel)
	}
	s := c.Summary()
	for _, want := range []string{"3 people, 1 groups, 2 chains, 4 routes", "route key-accounts -> vip", "  step 1: alice, 10m to acknowledge",
		"after step 3, carol is paged again every 30m (set by repeat) until somebody acknowledges",
		"step 1: seniors (alice, bob), 5m to acknowledge",
		"after step 2, carol is paged again every 10m (repeat is not set: the last step's timeout)",
		"reminded every 1h until a reply"} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}

// base is a valid config; each case breaks one thing in it.
const base = `
people:
  - {name: alice, email: alice@example.com}
  - {name: bob, email: bob@example.com}
groups:
  - {name: seniors, members: [alice, bob]}
chains:
  - name: senior
    steps:
      - {notify: [alice], timeout: 10m}
      - {notify: [seniors], timeout: 5m}
routes:
  - {name: vip, match: {senders: ["@vip.example"]}, chain: senior}
  - {name: main, chain: senior}
  - {name: all, default: true, chain: senior}
`

func TestConfigValidation(t *testing.T) {
	tests := []struct {
		name    string
		replace [2]string // old, new applied to base
		want    []string  // every listed problem must appear
	}{
		{"unknown chain", [2]string{"{name: main, chain: senior}", "{name: main, chain: oncall}"}, []string{`routes[1].chain: unknown chain "oncall"`}},
		{"no default", [2]string{"{name: all, default: true, chain: senior}", "{name: all, chain: senior}"}, []string{"routes: no default route"}},
		{"default not last", [2]string{"  - {name: vip, match", "  - {name: first, default: true, chain: senior}\n  - {name: vip, match"}, []string{"routes[0].default: the default route must be the last route", "routes[3].default: only one route may be the default"}},
		{"unknown person in step", [2]string{"{notify: [alice], timeout: 10m}", "{notify: [dave], timeout: 10m}"}, []string{`chains[0].steps[0].notify[0]: unknown person or group "dave"`}},
		{"zero timeout", [2]string{"{notify: [alice], timeout: 10m}", "{notify: [alice], timeout: 0s}"}, []string{"chains[0].steps[0].timeout: must be a positive duration"}},
		{"bad duration", [2]string{"timeout: 5m", "timeout: soon"}, []string{`invalid duration "soon"`}},
		{"bad email", [2]string{"alice@example.com", "alice-at-example"}, []string{`people[0].email: invalid address "alice-at-example"`}},
		{"duplicate person", [2]string{"{name: bob, email", "{name: alice, email"}, []string{`people[1].name: duplicate name "alice" (also people[0])`, `groups[0].members[1]: unknown person "bob"`}},
		{"bad group member", [2]string{"members: [alice, bob]", "members: [alice, eve]"}, []string{`groups[0].members[1]: unknown person "eve"`}},
		{"bad sender", [2]string{`"@vip.example"`, `"vip"`}, []string{`routes[0].match.senders[0]: invalid address "vip"`}},
		{"bad level", [2]string{`senders: ["@vip.example"]`, `min_level: BOILING`}, []string{`routes[0].match.min_level: unknown level "BOILING"`}},
		{"bad heat", [2]string{`senders: ["@vip.example"]`, `min_heat: 2`}, []string{`routes[0].match.min_heat: must be between 0 and 1`}},
		{"bad zone", [2]string{`senders: ["@vip.example"]`, `hours: {zone: Mars/Olympus, start: "08:00", end: "18:00"}`}, []string{`routes[0].match.hours.zone: unknown time zone "Mars/Olympus"`}},
		{"bad clock", [2]string{`senders: ["@vip.example"]`, `hours: {zone: UTC, start: "8am", end: "18:00", days: [mon, funday]}`}, []string{`routes[0].match.hours.start: invalid time "8am"`, `routes[0].match.hours.days[1]: unknown day "funday"`}},
		{"bad webhook", [2]string{"{name: bob, email: bob@example.com}", "{name: bob, email: bob@example.com, webhook: ftp://x}"}, []string{`people[1].webhook: invalid URL "ftp://x": want http or https`}},
		{"bad webhook format", [2]string{"{name: bob, email: bob@example.com}", "{name: bob, email: bob@example.com, webhook: 'https://h.example/x', webhook_format: teams}"}, []string{`people[1].webhook_format: unknown format "teams"`}},
		{"unknown field", [2]string{"{name: bob, email: bob@example.com}", "{name: bob, email: bob@example.com, pager: 123}"}, []string{"field pager not found"}},
		{"conditions on default", [2]string{"{name: all, default: true, chain: senior}", "{name: all, default: true, chain: senior, match: {keywords: [x]}}"}, []string{"routes[2].match: the default route must not have conditions"}},
		{"many at once", [2]string{"{name: main, chain: senior}", "{name: main, chain: oncall, match: {min_heat: -1}}"}, []string{`routes[1].chain: unknown chain "oncall"`, "routes[1].match.min_heat: must be between 0 and 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(base, tt.replace[0], tt.replace[1], 1)
			if src == base {
				t.Fatalf("replacement %q did not apply", tt.replace[0])
			}
			_, err := ParseConfig(strings.NewReader(src))
			if err == nil {
				t.Fatal("ParseConfig succeeded, want error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
	if _, err := ParseConfig(strings.NewReader(base)); err != nil {
		t.Fatalf("base config invalid: %v", err)
	}
}

// TestUnknownChainIsTheOnlyProblem: a route naming a chain that does not
// exist is reported as a *ValidationError with exactly that problem, so
// check-config and a failed reload point at the one line to fix.
func TestUnknownChainIsTheOnlyProblem(t *testing.T) {
	src := strings.Replace(base, "{name: main, chain: senior}", "{name: main, chain: oncall}", 1)
	if src == base {
		t.Fatal("replacement did not apply")
	}
	_, err := ParseConfig(strings.NewReader(src))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v (%T), want a *ValidationError", err, err)
	}
	if want := []string{`routes[1].chain: unknown chain "oncall"`}; !slices.Equal(ve.Problems, want) {
		t.Fatalf("problems %q, want exactly %q", ve.Problems, want)
	}
}

// TestDecodeProblemsDoNotHideTheRest: unknown fields and bad durations are
// reported with their line numbers together with the validation problems of
// the rest of the file, in one run.
func TestDecodeProblemsDoNotHideTheRest(t *testing.T) {
	src := strings.Replace(base, "{notify: [alice], timeout: 10m}", "{notify: [alice], timeout: soon, pager: 1}", 1)
	src = strings.Replace(src, "{notify: [seniors], timeout: 5m}", "{people: [seniors], timeout: 5m}", 1)
	src = strings.Replace(src, "{name: main, chain: senior}", "{name: main, chain: oncall}", 1)
	_, err := ParseConfig(strings.NewReader(src))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v (%T), want a *ValidationError", err, err)
	}
	want := []string{
		// base starts with a newline: people: is line 2.
		`line 10: invalid duration "soon": want a Go duration such as 90s, 10m or 1h30m`,
		"line 10: field pager not found in type route.Step",
		"line 11: field people not found in type route.Step",
		"chains[0].steps[0].timeout: must be a positive duration such as 10m",
		"chains[0].steps[1].notify: at least one person or group is required",
		`routes[1].chain: unknown chain "oncall"`,
	}
	if !slices.Equal(ve.Problems, want) {
		t.Fatalf("problems:\n  %s\nwant:\n  %s", strings.Join(ve.Problems, "\n  "), strings.Join(want, "\n  "))
	}

	_, err = ParseConfig(strings.NewReader(base + "---\npeople: []\n"))
	want2 := fmt.Sprintf("line %d: a second YAML document", strings.Count(base, "\n")+2)
	if !errors.As(err, &ve) || len(ve.Problems) != 1 || !strings.HasPrefix(ve.Problems[0], want2) {
		t.Errorf("two documents: err = %v, want one problem starting %q", err, want2)
	}

	// Syntax errors stop decoding; the line is the one an editor shows.
	for src, want := range map[string]string{
		"people:\n  - {name: a\n":                            "line 2: did not find expected ',' or '}'",
		"people:\n  - name: a\n    email: b\n   - name: c\n": "line 2: did not find expected '-' indicator",
		"people: []\nchains: [1,\nroutes: []\n":              "line 2: did not find expected ',' or ']'",
		"people: []\nchains: []\nroutes: @x\n":               "line 3: found character that cannot start any token",
		"people: []\n\tchains: []\n":                         "line 2: found character that cannot start any token",
	} {
		_, err = ParseConfig(strings.NewReader(src))
		if !errors.As(err, &ve) || len(ve.Problems) != 1 || !strings.HasPrefix(ve.Problems[0], want) {
			t.Errorf("%q: err = %v, want one problem starting %q", src, err, want)
		}
	}
}

// TestConfigRejectsControlCharacters: names reach mail headers, so a CR/LF
// in one must be refused before it can add a header.
func TestConfigRejectsControlCharacters(t *testing.T) {
	for _, tt := range []struct{ old, new, want string }{
		{"{name: alice, email", `{name: "alice\r\nBcc: x@evil.example", email`, `people[0].name: "alice\r\nBcc: x@evil.example" contains a control character`},
		{"{name: seniors,", `{name: "seniors\u001b[2J",`, `groups[0].name: "seniors\x1b[2J" contains a control character`},
		{"- name: senior\n", "- name: \"senior\\n\"\n", `chains[0].name: "senior\n" contains a control character`},
		{"{name: vip,", `{name: "vip\r",`, `routes[0].name: "vip\r" contains a control character`},
		{`senders: ["@vip.example"]`, `keywords: ["down\nBcc"]`, `routes[0].match.keywords[0]: "down\nBcc" contains a control character`},
	} {
		src := strings.Replace(base, tt.old, tt.new, 1)
		if src == base {
			t.Fatalf("replacement %q did not apply", tt.old)
		}
		_, err := ParseConfig(strings.NewReader(src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.new, err, tt.want)
		}
	}
}

// TestWebhookProblemsHideTheURL: a validation problem ends up in logs when
// a reload fails, so it never shows a webhook's path or query.
func TestWebhookProblemsHideTheURL(t *testing.T) {
	src := strings.Replace(base, "{name: bob, email: bob@example.com}", "{name: bob, email: bob@example.com, webhook: 'ftp://hooks.example/T0/secret?k=secret'}", 1)
	_, err := ParseConfig(strings.NewReader(src))
	if err == nil || !strings.Contains(err.Error(), `people[1].webhook: invalid URL "ftp://hooks.example"`) || strings.Contains(err.Error(), "secret") {
		t.Fatalf("err = %v, want the webhook problem with scheme and host only", err)
	}
}

func TestHoursContains(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	h := &Hours{Zone: "Europe/Berlin", Days: []string{"mon", "tue", "wed", "thu", "fri"}, Start: "08:00", End: "18:00"}
	night := &Hours{Zone: "Europe/Berlin", Days: []string{"fri"}, Start: "22:00", End: "06:00"}
	var p problems
	h.validate(&p, "h")
	night.validate(&p, "n")
	if len(p) > 0 {
		t.Fatal(p)
	}
	tests := []struct {
		h    *Hours
		at   time.Time
		want bool
	}{
		{h, time.Date(2026, 11, 26, 9, 0, 0, 0, berlin), true},      // Thursday morning
		{h, time.Date(2026, 11, 26, 18, 0, 0, 0, berlin), false},    // end is exclusive
		{h, time.Date(2026, 11, 28, 9, 0, 0, 0, berlin), false},     // Saturday
		{h, time.Date(2026, 11, 26, 7, 30, 0, 0, time.UTC), true},   // 08:30 in Berlin
		{night, time.Date(2026, 11, 27, 23, 0, 0, 0, berlin), true}, // Friday night
		{night, time.Date(2026, 11, 28, 3, 0, 0, 0, berlin), true},  // early Saturday belongs to Friday
		{night, time.Date(2026, 11, 29, 3, 0, 0, 0, berlin), false}, // early Sunday belongs to Saturday
		{night, time.Date(2026, 11, 27, 12, 0, 0, 0, berlin), false},
	}
	for i, tt := range tests {
		if got := tt.h.Contains(tt.at); got != tt.want {
			t.Errorf("case %d: Contains(%v) = %v, want %v", i, tt.at, got, tt.want)
		}
	}
}
