package coach

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hotline/hotline/internal/cputime"
)

func newCoach(t testing.TB) *Coach {
	t.Helper()
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A reply that does everything right; each rule test below breaks it in
// one place, so a finding can only come from the line that was changed.
const goodReply = `Hi Claire,

I'm sorry we didn't call you back on Tuesday as we promised; that was our mistake.

Your mail is working again since 10:40. I'll call you at 2pm to go through what we found.

Anna Weber`

func TestGoodReplyHasNoFindings(t *testing.T) {
	c := newCoach(t)
	res := c.Check(Draft{Text: goodReply, CustomerName: "Claire Donovan", CustomerMessage: "Please call me back on 0161 496 0000"})
	if len(res.Findings) != 0 {
		t.Fatalf("findings on the good reply: %+v", res.Findings)
	}
	if res.Score < 0.9 {
		t.Errorf("score %.2f, want >= 0.9; strengths %+v", res.Score, res.Strengths)
	}
}

func TestRules(t *testing.T) {
	c := newCoach(t)
	tests := []struct {
		rule, lang, text string
		name, message    string
		phrase           string // the span the finding must cover; empty for absences
	}{
		{RuleGenericApology, "en", "Dear Claire, we apologise for any inconvenience caused. I'll call you at 2pm.\nAnna", "", "", "apologise for any inconvenience"},
		{RuleGenericApology, "de", "Hallo Claire, wir entschuldigen uns für die Unannehmlichkeiten. Ich rufe Sie um 14 Uhr an.\nAnna", "", "", "entschuldigen uns für die Unannehmlichkeiten"},
		{RuleGenericApology, "fr", "Bonjour Claire, désolés pour la gêne occasionnée. Je vous appelle à 14h.\nAnna", "", "", "désolés pour la gêne"},
		{RuleGenericApology, "es", "Hola Claire, disculpe las molestias. Le llamaré a las 14:00.\nAnna", "", "", "disculpe las molestias"},
		{RuleMissingApology, "en", "Hi Claire,\nYour mail works again. I'll call you at 2pm.\nAnna", "", "", ""},
		{RuleBlameCustomer, "en", strings.Replace(goodReply, "that was our mistake.", "if you had upgraded you would not have had this.", 1), "", "", "if you had"},
		{RuleBlameCustomer, "en", strings.Replace(goodReply, "Your mail", "As I said before, your mail", 1), "", "", "As I said"},
		{RuleBlameCustomer, "en", strings.Replace(goodReply, "Your mail", "Per our policy your mail", 1), "", "", "Per our policy"},
		{RuleBlameCustomer, "en", strings.Replace(goodReply, "Your mail", "You should have backed up. Your mail", 1), "", "", "You should have"},
		{RuleBlameCustomer, "de", "Hallo Claire, es tut mir leid. Wie bereits gesagt, das Update fehlt. Ich rufe Sie um 14 Uhr an.\nAnna", "", "", "Wie bereits gesagt"},
		{RuleBlameCustomer, "fr", "Bonjour Claire, désolée. Vous auriez dû faire la mise à jour. Je vous appelle à 14h.\nAnna", "", "", "Vous auriez dû"},
		{RuleBlameCustomer, "es", "Hola Claire, lo siento. Como ya le dije, falta la actualización. Le llamaré a las 14:00.\nAnna", "", "", "Como ya le dije"},
		{RuleCalmDown, "en", strings.Replace(goodReply, "Your mail", "Please calm down. Your mail", 1), "", "", "calm down"},
		{RuleCalmDown, "en", strings.Replace(goodReply, "Your mail", "No need to be freaking out. Your mail", 1), "", "", "freaking out"},
		{RuleCalmDown, "de", "Hallo Claire, es tut mir leid. Beruhigen Sie sich bitte. Ich rufe Sie um 14 Uhr an.\nAnna", "", "", "Beruhigen Sie sich"},
		{RuleCalmDown, "fr", "Bonjour Claire, désolée. Calmez-vous, je vous appelle à 14h.\nAnna", "", "", "Calmez-vous"},
		{RuleCalmDown, "es", "Hola Claire, lo siento. Cálmese, le llamaré a las 14:00.\nAnna", "", "", "Cálmese"},
		{RuleBlameVendor, "en", strings.Replace(goodReply, "that was our mistake.", "the outage is our provider's fault.", 1), "", "", "provider's fault"},
		{RuleBlameVendor, "de", "Hallo Claire, es tut mir leid. Das ist nicht unsere Schuld. Ich rufe Sie um 14 Uhr an.\nAnna", "", "", "nicht unsere Schuld"},
		{RuleBlameVendor, "fr", "Bonjour Claire, désolée. Ce n'est pas de notre faute. Je vous appelle à 14h.\nAnna", "", "", "pas de notre faute"},
		{RuleBlameVendor, "es", "Hola Claire, lo siento. No es culpa nuestra. Le llamaré a las 14:00.\nAnna", "", "", "No es culpa nuestra"},
		{RuleMinimising, "en", strings.Replace(goodReply, "Your mail", "It was just a small glitch. Your mail", 1), "", "", "just a small"},
		{RuleOverpromise, "en", strings.Replace(goodReply, "Your mail", "This will never happen again. Your mail", 1), "", "", "never happen again"},
		{RuleOverpromise, "en", strings.Replace(goodReply, "Your mail", "It will definitely be fixed in five minutes. Your mail", 1), "", "", "definitely be fixed"},
		{RuleOverpromise, "de", "Hallo Claire, es tut mir leid. Das passiert nie wieder. Ich rufe Sie um 14 Uhr an.\nAnna", "", "", "nie wieder"},
		{RuleVagueTiming, "en", "Hi Claire,\nI'm sorry, that was our mistake. We will get back to you ASAP.\nAnna", "", "", "ASAP"},
		{RuleVagueTiming, "en", "Hi Claire,\nI'm sorry, that was our mistake. I'll update you in due course.\nAnna", "", "", "in due course"},
		{RuleVagueTiming, "de", "Hallo Claire, es tut mir leid, unser Fehler. Ich melde mich so schnell wie möglich.\nAnna", "", "", "so schnell wie möglich"},
		{RuleVagueTiming, "fr", "Bonjour Claire, désolée, notre erreur. Je reviens vers vous dès que possible.\nAnna", "", "", "dès que possible"},
		{RuleVagueTiming, "es", "Hola Claire, lo siento, nuestro error. Le informaré lo antes posible.\nAnna", "", "", "lo antes posible"},
		{RuleNoNextStep, "en", "Hi Claire,\nI'm sorry, that was our mistake. The mail works again.\nAnna", "", "", ""},
		{RuleNoNamedPerson, "en", strings.Replace(goodReply, "Anna Weber", "Regards,\nThe Support Team", 1), "", "", "The Support Team"},
		{RulePassiveOwnership, "en", "Hi Claire,\nI'm sorry, mistakes were made. I'll call you at 2pm.\nAnna", "", "", "mistakes were made"},
		{RuleShouting, "en", strings.Replace(goodReply, "Your mail", "WE ARE ON IT. Your mail", 1), "", "", "WE ARE ON IT"},
		{RuleShouting, "en", strings.Replace(goodReply, "Your mail", "It is fixed!! Your mail", 1), "", "", "!!"},
		{RuleJargon, "en", strings.Replace(goodReply, "Your mail", "The DNS TTL delayed SMTP delivery. Your mail", 1), "", "", "DNS"},
		{RuleCantList, "en", strings.Replace(goodReply, "Your mail is working again since 10:40. I'll", "We can't restore it and we cannot refund it. Nobody will", 1), "", "", "can't"},
		{RuleWrongName, "en", strings.Replace(goodReply, "Hi Claire", "Hi Clara", 1), "Claire Donovan", "", "Clara"},
		{RuleImpersonal, "en", strings.Replace(goodReply, "Hi Claire", "Dear valued customer", 1), "", "", "Dear valued customer"},
		{RuleImpersonal, "de", "Sehr geehrte Damen und Herren, es tut mir leid, unser Fehler. Ich rufe Sie um 14 Uhr an.\nAnna", "", "", "Sehr geehrte Damen und Herren"},
		{RuleNameUnused, "en", strings.Replace(goodReply, "Hi Claire,", "Hello,", 1), "Claire Donovan", "", ""},
		{RuleCanned, "en", strings.Replace(goodReply, "Your mail", "Thank you for your patience. Your mail", 1), "", "", "Thank you for your patience"},
		{RuleNoCallBack, "en", strings.Replace(goodReply, "I'll call you at 2pm", "I'll email you at 2pm", 1), "", "Please call me back urgently on 0161 496 0000", ""},
		{RuleTicketInsteadOfMe, "en", strings.Replace(goodReply, "Your mail", "A ticket has been created. Your mail", 1), "", "", "ticket has been created"},
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.lang, func(t *testing.T) {
			res := c.Check(Draft{Text: tt.text, CustomerName: tt.name, CustomerMessage: tt.message})
			var got *Finding
			for i, f := range res.Findings {
				if f.Rule == tt.rule {
					got = &res.Findings[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s finding in %q; findings %+v", tt.rule, tt.text, res.Findings)
			}
			if got.Phrase != tt.text[got.Start:got.End] {
				t.Errorf("phrase %q does not match span [%d:%d] %q", got.Phrase, got.Start, got.End, tt.text[got.Start:got.End])
			}
			if tt.phrase != "" && !strings.Contains(strings.ToLower(got.Phrase+tt.text[got.End:]), strings.ToLower(tt.phrase)) &&
				!strings.Contains(strings.ToLower(tt.phrase), strings.ToLower(got.Phrase)) {
				t.Errorf("finding covers %q, want it on %q", got.Phrase, tt.phrase)
			}
			if tt.phrase == "" && got.Start != got.End {
				t.Errorf("absence finding has span %q, want empty", got.Phrase)
			}
			if got.Why == "" || got.Better == "" {
				t.Errorf("finding without why or better: %+v", got)
			}
			if got.Severity == Blocking && res.Score > BlockedCap {
				t.Errorf("blocked draft scores %.2f > %.2f", res.Score, BlockedCap)
			}
		})
	}
}

// Words that look like faults but are not in context must stay quiet.
func TestNoFalseFindings(t *testing.T) {
	c := newCoach(t)
	for _, text := range []string{
		strings.Replace(goodReply, "Your mail", "I can't guarantee the old messages, but I'll try. Your mail", 1),
		strings.Replace(goodReply, "Your mail", "If you'd like, I can also check your calendar. Your mail", 1),
		strings.Replace(goodReply, "Your mail", "We'll move soon to a new server, by Friday. Your mail", 1),
		strings.Replace(goodReply, "Your mail", "Our VPN was down. Your mail", 1),
		goodReply + "\n\nOn Tue, 3 Mar 2026, Claire Donovan wrote:\n> This is RIDICULOUS!! Calm down? You should have called!",
	} {
		res := c.Check(Draft{Text: text, CustomerName: "Claire Donovan"})
		for _, f := range res.Findings {
			if f.Severity == Blocking {
				t.Errorf("blocking %s on %q in %q", f.Rule, f.Phrase, text)
			}
		}
	}
}

func TestNewReportsEveryProblem(t *testing.T) {
	rules := DefaultRules()
	rules[0].Severity = 0
	rules[1].Why = ""
	rules[2].Phrases = map[string][]string{"en": {"... at start"}}
	rules = append(rules, rules[3])
	_, err := New(Options{Rules: rules})
	if err == nil {
		t.Fatal("New accepted a broken table")
	}
	for _, want := range []string{"severity", "needs both why and better", "cannot start with a gap", "repeated name"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

// fixture is one reply in testdata/replies.txt.
type fixture struct {
	good    bool
	header  string
	name    string
	message string
	text    string
}

func readFixtures(t testing.TB, path string) []fixture {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []fixture
	for _, block := range strings.Split(string(raw), "\n--- ")[1:] {
		header, body, _ := strings.Cut(block, "\n")
		f := fixture{header: header, good: strings.HasPrefix(header, "good"), text: strings.TrimSpace(body)}
		if _, n, ok := strings.Cut(header, "name="); ok {
			f.name, _, _ = strings.Cut(n, " asked=")
		}
		if strings.Contains(header, "asked=call") {
			f.message = "Nobody has called me back. Please call me on 0161 496 0000 today."
		}
		out = append(out, f)
	}
	return out
}

// auc is the probability that a random good reply scores above a random
// bad one, ties counting half.
func auc(good, bad []float64) float64 {
	var sum float64
	for _, g := range good {
		for _, b := range bad {
			switch {
			case g > b:
				sum++
			case g == b:
				sum += 0.5
			}
		}
	}
	return sum / float64(len(good)*len(bad))
}

func TestFixtures(t *testing.T) {
	for _, file := range []string{"replies.txt", "holdout.txt"} {
		t.Run(file, func(t *testing.T) { testFixtures(t, "testdata/"+file) })
	}
}

func testFixtures(t *testing.T, path string) {
	c := newCoach(t)
	fs := readFixtures(t, path)
	var good, bad []float64
	for _, f := range fs {
		res := c.Check(Draft{Text: f.text, CustomerName: f.name, CustomerMessage: f.message})
		if testing.Verbose() {
			var rules []string
			for _, x := range res.Findings {
				rules = append(rules, fmt.Sprintf("%s(%s)", x.Rule, x.Phrase))
			}
			t.Logf("%-45s %.2f %s", f.header, res.Score, strings.Join(rules, " "))
		}
		if f.good {
			good = append(good, res.Score)
			for _, x := range res.Findings {
				if x.Severity == Blocking {
					t.Errorf("good reply %q: blocking %s on %q", firstLine(f.text), x.Rule, x.Phrase)
				}
			}
			continue
		}
		bad = append(bad, res.Score)
		if len(res.Findings) == 0 {
			t.Errorf("bad reply (%s) %q: no finding", f.header, firstLine(f.text))
		}
	}
	a := auc(good, bad)
	t.Logf("%d good, %d bad replies: ROC AUC %.3f", len(good), len(bad), a)
	if a < 0.9 {
		t.Errorf("ROC AUC %.3f < 0.9", a)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// draft1KB is a realistic reply of about 1 KB with a few faults in it.
func draft1KB() string {
	d := `Dear Ms Donovan,

I'm sorry we didn't call you back on Tuesday as we promised; that was our mistake, and I know it cost you a morning of sales.

Here is where we are. The mail server that holds your shop's mailbox ran out of disk space on Monday night, and new mail was refused from 02:10 until 10:40. We have added space and moved your mailbox to a server with more room, and all mail sent to you since 10:40 has arrived normally. Mail that was refused before then was returned to its senders, so some of your customers may have seen an error; I can send you the list of those senders so you can contact them, or our team can write to them for you.

I'll call you at 2pm today on 0161 496 0000 to go through the list, and on Friday I'll send you a short note on what we changed so a full disk raises an alarm before it stops your mail again. Please bear with us until then.

Kind regards,
Anna Weber
Senior Support
`
	return d
}

func BenchmarkCheck1KB(b *testing.B) {
	c := newCoach(b)
	d := Draft{Text: draft1KB(), CustomerName: "Claire Donovan", CustomerMessage: "Please call me back"}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	n := 0
	for b.Loop() {
		c.Check(d)
		n++
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}

func FuzzCheck(f *testing.F) {
	f.Add(goodReply, "Claire Donovan")
	f.Add("WE!! ?! > quoted\nOn x wrote:\n", "")
	f.Add("", "Mr")
	c := newCoach(f)
	f.Fuzz(func(t *testing.T, text, name string) {
		res := c.Check(Draft{Text: text, CustomerName: name, CustomerMessage: text})
		if res.Score < 0 || res.Score > 1 {
			t.Fatalf("score %v outside [0,1]", res.Score)
		}
		for _, x := range res.Findings {
			if x.Start < 0 || x.End < x.Start || x.End > len(text) || text[x.Start:x.End] != x.Phrase {
				t.Fatalf("bad span %+v in %q", x, text)
			}
		}
	})
}

// BenchmarkNewAndCheck1KB is what one run of hotline coach costs: compiling
// the rules, then checking a 1 KB draft.
func BenchmarkNewAndCheck1KB(b *testing.B) {
	d := Draft{Text: draft1KB(), CustomerName: "Claire Donovan"}
	b.ReportAllocs()
	cpu0 := cputime.Process()
	n := 0
	for b.Loop() {
		c, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		c.Check(d)
		n++
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
	}
}
