package classify

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hotline/hotline/service/mail"
)

var update = flag.Bool("update", false, "rewrite testdata/levels.golden from the classifier's output")

// sharedClassifier loads the sentiment table once for the whole test
// binary; loading takes about a second.
var sharedClassifier = sync.OnceValues(func() (*Classifier, error) { return New(DefaultOptions()) })

func testClassifier(t testing.TB) *Classifier {
	t.Helper()
	c, err := sharedClassifier()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// mustClassify is Classify with a live context, which cannot fail.
func mustClassify(t testing.TB, c *Classifier, in Input) Result {
	t.Helper()
	res, err := c.Classify(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func readFixture(t *testing.T, name string) Input {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "mail", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mail.Parse(f, mail.Options{})
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return FromMail(m)
}

type goldenLine struct {
	file    string
	level   string
	signals []string
}

func readGolden(t *testing.T) ([]string, []goldenLine) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "levels.golden"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var header []string
	var lines []goldenLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			header = append(header, l)
			continue
		}
		fields := strings.Fields(l)
		if len(fields) != 3 {
			t.Fatalf("golden line %q: want file level signals", l)
		}
		g := goldenLine{file: fields[0], level: fields[1]}
		if fields[2] != "-" {
			g.signals = strings.Split(fields[2], ",")
		}
		lines = append(lines, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return header, lines
}

// TestFixtures checks the routing level and the key reasons of realistic
// support mails.
func TestFixtures(t *testing.T) {
	c := testClassifier(t)
	header, golden := readGolden(t)
	files, err := filepath.Glob(filepath.Join("testdata", "mail", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(golden) {
		t.Errorf("%d fixtures but %d golden lines", len(files), len(golden))
	}
	for i, g := range golden {
		t.Run(g.file, func(t *testing.T) {
			res := mustClassify(t, c, readFixture(t, g.file))
			if *update {
				golden[i].level = res.Level.String()
				return
			}
			if got := res.Level.String(); got != g.level {
				t.Errorf("level %s, want %s (heat %.3f anger %.3f urgency %.3f, reasons %v)", got, g.level, res.Heat, res.Anger, res.Urgency, res.Reasons)
			}
			for _, want := range g.signals {
				found := false
				for _, r := range res.Reasons {
					if r.Signal == want {
						found = true
					}
				}
				if !found {
					t.Errorf("no %q reason in %v", want, res.Reasons)
				}
			}
			checkResult(t, res)
		})
	}
	if *update {
		var b strings.Builder
		for _, h := range header {
			b.WriteString(h + "\n")
		}
		for _, g := range golden {
			sig := strings.Join(g.signals, ",")
			if sig == "" {
				sig = "-"
			}
			fmt.Fprintf(&b, "%s %s %s\n", g.file, g.level, sig)
		}
		if err := os.WriteFile(filepath.Join("testdata", "levels.golden"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkResult asserts the invariants every result must hold.
func checkResult(t *testing.T, res Result) {
	t.Helper()
	for _, v := range []float64{res.Anger, res.Urgency, res.Heat} {
		if !(v >= 0 && v <= 1) {
			t.Errorf("score %v outside [0,1]", v)
		}
	}
	for i, r := range res.Reasons {
		if r.Start < 0 || r.End < r.Start || r.End > len(res.Prepared) {
			t.Fatalf("reason %+v: span outside prepared text of %d bytes", r, len(res.Prepared))
		}
		if res.Prepared[r.Start:r.End] != r.Phrase {
			t.Errorf("reason %+v: Prepared[%d:%d] = %q", r, r.Start, r.End, res.Prepared[r.Start:r.End])
		}
		if i > 0 && r.Weight > res.Reasons[i-1].Weight {
			t.Errorf("reasons not ordered by weight: %v", res.Reasons)
		}
	}
}

func hasSignal(res Result, signal, phrase string) bool {
	for _, r := range res.Reasons {
		if r.Signal == signal && (phrase == "" || strings.EqualFold(r.Phrase, phrase)) {
			return true
		}
	}
	return false
}

func TestSignals(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name    string
		in      Input
		signal  string
		phrase  string
		present bool
	}{
		{"insult", Input{Text: "Your support team is completely useless."}, "insult", "useless", true},
		{"negated anger", Input{Text: "I am not angry, just curious how this works."}, "anger_word", "", false},
		{"negated urgency", Input{Text: "This is not urgent at all."}, "deadline", "urgent", false},
		{"calm", Input{Text: "This is not urgent at all."}, "calm", "not urgent", true},
		{"not working", Input{Text: "The VPN is not working since the update."}, "outage", "is not working", true},
		{"cant log in", Input{Text: "I cant log in anymore"}, "outage", "cant log in", true},
		{"curly apostrophe", Input{Text: "I can\u2019t log in to the portal"}, "outage", "can\u2019t log in", true},
		{"repeat", Input{Text: "This is the third time I have written to you."}, "repeat_contact", "third time", true},
		{"nobody called", Input{Text: "You promised a call and nobody called back."}, "repeat_contact", "nobody called back", true},
		{"legal", Input{Text: "My lawyer will be in touch."}, "legal_threat", "My lawyer will", true},
		{"churn", Input{Text: "Please cancel my subscription, I am switching to another provider."}, "churn_threat", "cancel my subscription", true},
		{"deadline clock", Input{Text: "I need the report by 5pm."}, "deadline", "by 5pm", true},
		{"deadline number", Input{Text: "We need it within 2 hours please."}, "deadline", "within 2 hours", true},
		{"waiting number word", Input{Text: "I was on hold for three hours."}, "waiting", "three hours", true},
		{"no cross punctuation", Input{Text: "It is still. Down the road we will see."}, "outage", "", false},
		{"shouting", Input{Text: "WHY IS NOBODY ANSWERING THE PHONE"}, "shouting", "", true},
		{"acronyms are not shouting", Input{Text: "Our VPN and DNS settings for the SSL cert"}, "shouting", "", false},
		{"exclamation", Input{Text: "Fix it now!!!"}, "exclamation", "!!!", true},
		{"interrobang", Input{Text: "You closed my ticket?!"}, "exclamation", "?!", true},
		{"header", Input{Text: "Please look at the attached log.", Headers: map[string]string{"X-Priority": "1 (Highest)"}}, "header_priority", "", true},
		{"header importance", Input{Text: "Please look at the attached log.", Headers: map[string]string{"Importance": "High"}}, "header_priority", "", true},
		{"low priority header", Input{Text: "Please look at the attached log.", Headers: map[string]string{"X-Priority": "5"}}, "header_priority", "", false},
		{"sarcasm", Input{Text: "Great job, the app crashed again."}, "sarcasm", "Great job", true},
		{"praise", Input{Text: "Great job, thanks for fixing it."}, "sarcasm", "", false},
		{"model", Input{Text: "hello"}, "model", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustClassify(t, c, tt.in)
			checkResult(t, res)
			if got := hasSignal(res, tt.signal, tt.phrase); got != tt.present {
				t.Errorf("signal %s %q present = %v, want %v; reasons %v", tt.signal, tt.phrase, got, tt.present, res.Reasons)
			}
		})
	}
}

func TestOrdering(t *testing.T) {
	c := testClassifier(t)
	calm := mustClassify(t, c, Input{Subject: "Invoice copy", Text: "Could you send me a copy of last month's invoice? Thanks!"})
	angry := mustClassify(t, c, Input{Subject: "Unacceptable", Text: "This is the worst service I have ever had. You are useless and I want a refund today."})
	urgent := mustClassify(t, c, Input{Subject: "Server down", Text: "Our production server is down and nobody can work. Please help immediately."})
	if !(angry.Anger > calm.Anger) {
		t.Errorf("anger: angry %.3f <= calm %.3f", angry.Anger, calm.Anger)
	}
	if !(urgent.Urgency > calm.Urgency) {
		t.Errorf("urgency: urgent %.3f <= calm %.3f", urgent.Urgency, calm.Urgency)
	}
	if calm.Level != Cool || angry.Level != Hot || urgent.Level != Hot {
		t.Errorf("levels calm %v angry %v urgent %v, want COOL HOT HOT", calm.Level, angry.Level, urgent.Level)
	}
}

func TestThresholds(t *testing.T) {
	opts := DefaultOptions()
	opts.Sentiment = testClassifier(t).eng.sent
	in := Input{Text: "The website is down and we are losing sales."}
	for _, tt := range []struct {
		warm, hot float64
		want      Level
	}{{0, 0, Hot}, {0, 1, Warm}, {1, 1, Cool}} {
		opts.Thresholds = Thresholds{Warm: tt.warm, Hot: tt.hot}
		c, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustClassify(t, c, in).Level; got != tt.want {
			t.Errorf("thresholds %v/%v: level %v, want %v", tt.warm, tt.hot, got, tt.want)
		}
	}
	opts.Thresholds = Thresholds{Warm: 0.9, Hot: 0.5}
	if _, err := New(opts); err == nil {
		t.Error("New accepted warm above hot")
	}
	opts.Thresholds = DefaultOptions().Thresholds
	opts.Model = &Model{Config: FeatureConfig{Bits: 10}, Weights: make([]float32, 12)}
	if _, err := New(opts); err == nil {
		t.Error("New accepted a model whose weights do not match its hash bits")
	}
}

func TestHTMLOnly(t *testing.T) {
	c := testClassifier(t)
	res := mustClassify(t, c, Input{Subject: "help", HTML: "<p>Our <b>server is down</b> and &amp; nothing works</p><script>var angry = 1</script>"})
	if !strings.Contains(res.Prepared, "server is down") || strings.Contains(res.Prepared, "<b>") || strings.Contains(res.Prepared, "angry") {
		t.Errorf("prepared %q", res.Prepared)
	}
	if !hasSignal(res, "outage", "") {
		t.Errorf("no outage reason in %v", res.Reasons)
	}
}

func TestConcurrentClassify(t *testing.T) {
	c := testClassifier(t)
	texts := []string{benchMail, "thanks, all good", "THE APP IS BROKEN AGAIN!!!", ""}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = mustClassify(t, c, Input{Text: s})
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(texts)
				got, err := c.Classify(context.Background(), Input{Text: texts[i]})
				if err != nil {
					t.Error(err)
					return
				}
				if got.Heat != want[i].Heat || len(got.Reasons) != len(want[i].Reasons) {
					t.Errorf("text %d: heat %v, want %v", i, got.Heat, want[i].Heat)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestFromMail(t *testing.T) {
	if in := FromMail(nil); in.Text != "" || in.Subject != "" {
		t.Errorf("FromMail(nil) = %+v", in)
	}
	in := readFixture(t, "outage.eml")
	if in.Subject != "Checkout is down - customers cannot pay" || in.From == "" || !strings.Contains(in.Text, "error 502") {
		t.Errorf("FromMail = %+v", in)
	}
	if headerPriority(in.Headers) == 0 {
		t.Errorf("priority headers lost: %v", in.Headers)
	}
}

func TestSubjectWeighsMore(t *testing.T) {
	c := testClassifier(t)
	inSubject := mustClassify(t, c, Input{Subject: "Server down", Text: "Please have a look."})
	inBody := mustClassify(t, c, Input{Subject: "Please have a look", Text: "Server down."})
	if !(inSubject.Urgency > inBody.Urgency) {
		t.Errorf("urgency with the outage in the subject %.3f, in the body %.3f", inSubject.Urgency, inBody.Urgency)
	}
	reply := mustClassify(t, c, Input{Subject: "Re: Server down", Text: "Thanks, it works again."})
	if hasSignal(reply, "outage", "") {
		t.Errorf("an inherited reply subject was scored: %v", reply.Reasons)
	}
}

func TestCalmMailIsNotHot(t *testing.T) {
	c := testClassifier(t)
	for _, text := range []string{
		`We are planning to integrate with your API next quarter. The documentation mentions a limit of
100 requests per minute, but the sandbox said 60. When a request fails with a timeout, should we
retry immediately or wait? We had an issue last year with another provider where retries made the
problem worse. There is no rush on any of this, we are still planning.`,
		"Thank you for the fast reply yesterday, the problem is solved. No need to call me back.",
		"Hello, is there a way to change the invoice currency to EUR? No problem if not. Regards",
	} {
		if res := mustClassify(t, c, Input{Subject: "Question", Text: text}); res.Level == Hot {
			t.Errorf("HOT (heat %.3f, reasons %v) for a calm mail: %q", res.Heat, res.Reasons, text)
		}
	}
}

func TestEvidenceKeepsStrongest(t *testing.T) {
	var e evidence
	for _, w := range []float64{0.1, 0.5, 0.1, 0.1, 0.1, 0.1, 0.3, 0.2} {
		e.add(w)
	}
	if e.w != [evidenceKept]float64{0.5, 0.3, 0.2, 0.1} {
		t.Errorf("kept %v", e.w)
	}
	want := 1 - 0.5*0.7*0.8*0.9
	if got := e.noisyOR(); got < want-1e-12 || got > want+1e-12 {
		t.Errorf("noisyOR %v, want %v", got, want)
	}
}

func TestSentenceEnd(t *testing.T) {
	text := "Should we retry\nimmediately? We retry immediately.\n\nThen"
	tests := []struct {
		at, end  int
		question bool
	}{{3, 27, true}, {30, 49, false}, {len(text) - 2, len(text), false}}
	for _, tt := range tests {
		end, q := sentenceEnd(text, tt.at)
		if end != tt.end || q != tt.question {
			t.Errorf("sentenceEnd(%d) = %d, %v; want %d, %v", tt.at, end, q, tt.end, tt.question)
		}
	}
}

// FuzzClassify checks that any subject and body give scores in range and
// reason spans that index the prepared text.
func FuzzClassify(f *testing.F) {
	f.Add("URGENT: server down", "Nothing works!!! Third time I write. Call me by 5pm or I cancel.")
	f.Add("Re: thanks", "ok\n\nOn Mon, Bob wrote:\n> YOU ARE USELESS")
	f.Add("", "I can\u2019t log in?! not urgent, no rush")
	c, err := sharedClassifier()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, subject, body string) {
		res := mustClassify(t, c, Input{Subject: subject, Text: body, Headers: map[string]string{"X-Priority": "1"}})
		checkResult(t, res)
		if res.Prepared != Prepare(subject, body) {
			t.Fatalf("Prepared %q differs from Prepare", res.Prepared)
		}
	})
}
