package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/hotline/hotline/service/classify"
	"github.com/hotline/hotline/service/mail"
	"github.com/hotline/hotline/service/notify/smtptest"
	"github.com/hotline/hotline/service/store"
)

// envRequireBrowser makes the browser tests fail instead of skip when no
// Chromium is installed; CI sets it after installing one.
const envRequireBrowser = "HOTLINE_REQUIRE_BROWSER"

// chromium finds a headless-capable Chromium or Chrome, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv(envRequireBrowser) == "1" {
		t.Fatalf("no chromium on PATH and %s=1", envRequireBrowser)
	}
	t.Skipf("no chromium on PATH; set %s=1 to fail instead", envRequireBrowser)
	return ""
}

// newBrowser starts one headless Chromium for the test with a fresh
// profile and nothing that calls home, and returns its first tab.
func newBrowser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	// The first run starts the browser; it lives as long as ctx.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// session opens a tab in its own browser context: its own cookies, like a
// second person on another machine.
func session(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open browser context: %v", err)
	}
	return ctx
}

// within bounds one step, so a hung page fails the test instead of
// stalling it.
func within(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, d)
}

// signInBrowser goes to base, is sent to the sign-in form, and signs in.
func signInBrowser(t *testing.T, tab context.Context, base, name, token string) {
	t.Helper()
	ctx, cancel := within(tab, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("token"))); err != nil {
		t.Fatalf("%s: open the page: %v", name, err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "/signin?next=") {
		t.Fatalf("%s: the queue before sign-in is at %s, want the sign-in form", name, loc)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("name"), name), chromedp.SendKeys(chromedp.ID("token"), token)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS("#signin button")))); err != nil {
		t.Fatalf("%s: sign in: %v", name, err)
	}
	waitJS(t, ctx, `document.body.dataset.page === "queue" && document.getElementById("live").textContent === "live"`,
		name+": queue with a live event stream after sign-in")
}

// waitJS evaluates a JavaScript predicate every 50ms until it holds, for up
// to 20s or until ctx ends. Errors while a page is loading (the predicate's
// document is gone) count as not yet.
func waitJS(t *testing.T, ctx context.Context, predicate, what string) {
	t.Helper()
	waitJSFor(t, ctx, 20*time.Second, predicate, what)
}

func waitJSFor(t *testing.T, ctx context.Context, d time.Duration, predicate, what string) {
	t.Helper()
	deadline := time.Now().Add(d)
	var err error
	for ctx.Err() == nil && time.Now().Before(deadline) {
		var ok bool
		if ok, err = chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+predicate+")")); ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	text, _ := chromedp.Run(context.WithoutCancel(ctx), chromedp.Evaluate[string](`document.body.innerText`))
	t.Fatalf("waiting for %s: timed out (last error %v)\npage text:\n%s", what, err, text)
}

func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

const browserMail = "From: Dana Whitfield <dana@harbor-bakery.example>\r\n" +
	"To: support@hotline.example\r\n" +
	"Subject: Third time: ordering is DOWN\r\n" +
	"Message-ID: <browser-1@harbor-bakery.example>\r\n" +
	"Date: Tue, 01 Dec 2026 08:00:00 +0000\r\n" +
	"\r\n" +
	"This is the third time I write. Our online ordering has been down since yesterday and we are losing\r\n" +
	"customers. Fix it today or we cancel the contract. Call me on +44 20 7946 0958.\r\n" +
	"\r\n" +
	"On Mon, 30 Nov 2026, Support wrote:\r\n" +
	"> Thanks for your patience, we are looking into it.\r\n"

// recordHot records browserMail in the database as `hotline ingest` in
// another process would, and returns what was recorded.
func recordHot(t *testing.T, db string) store.Message {
	t.Helper()
	ctx := context.Background()
	parsed, err := mail.Parse(strings.NewReader(browserMail), mail.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := classify.New(classify.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Classify(ctx, classify.FromMail(parsed))
	if err != nil {
		t.Fatal(err)
	}
	if res.Level != classify.Hot {
		t.Fatalf("sample mail is %s (heat %.2f), want HOT", res.Level, res.Heat)
	}
	m := store.Message{Mailbox: "support@hotline.example/INBOX", UIDValidity: 1, UID: 1, MessageID: parsed.MessageID,
		ContentHash: "browser-1", From: parsed.From, FromName: parsed.FromName, Subject: parsed.Subject,
		Anger: res.Anger, Urgency: res.Urgency, Heat: res.Heat, Level: res.Level.String(),
		Prepared: res.Prepared, Body: parsed.Text}
	for _, r := range res.Reasons {
		m.Reasons = append(m.Reasons, store.Reason{Signal: r.Signal, Weight: r.Weight, Phrase: r.Phrase, Start: r.Start, End: r.End})
	}
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTeamPageInBrowser drives two headless Chromium sessions against a
// real serve with the SQLite store: both sign in, a hot mail recorded by
// another process shows up in both queues without a reload, one opens it,
// sees the reasons marked at their spans and takes it, and the other sees
// it taken without a reload.
func TestTeamPageInBrowser(t *testing.T) {
	browser := newBrowser(t, 1200, 900)
	dir := t.TempDir()
	db, cfgPath, tokens, ready := filepath.Join(dir, "h.db"), filepath.Join(dir, "routing.yaml"),
		filepath.Join(dir, "tokens"), filepath.Join(dir, "ready.json")
	const admin, read = "admin-browser-test-0123456789", "read-browser-test-0123456789"
	for path, content := range map[string]string{
		cfgPath: `
people: [{name: alice, email: alice@support.example.com}, {name: bob, email: bob@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice], timeout: 10m}, {notify: [bob], timeout: 10m}]}]
routes: [{name: hot, default: true, chain: senior}]
`,
		tokens: "admin:" + admin + "\nread:" + read + "\n",
	} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(envAckKey, "browser-test-signing-key-0123456789")
	sink, err := smtptest.Start(smtptest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", db, "--routing-config", cfgPath, "--auth-tokens", tokens, "--smtp-addr", sink.Addr,
			"--smtp-from", "hotline@support.example.com", "--ack-url", "http://hotline.example/ack"}, io.Discard, logs)
	}()
	base := "http://" + waitReady(t, ready, done).Metrics

	alice, rita := session(t, browser), session(t, browser)
	signInBrowser(t, alice, base, "Alice Meyer", admin)
	signInBrowser(t, rita, base, "Rita", read)
	for _, tab := range []context.Context{alice, rita} {
		if n := evalJS[int](t, tab, `document.querySelectorAll("[data-alert]").length`); n != 0 {
			t.Fatalf("queue shows %d alerts before any mail", n)
		}
		// Survives only if the page is never reloaded.
		evalJS[int](t, tab, `window.stayed = 1`)
	}

	m := recordHot(t, db)
	recorded := time.Now()
	for name, tab := range map[string]context.Context{"alice": alice, "rita": rita} {
		wctx, cancel := within(tab, 20*time.Second)
		waitJS(t, wctx, `document.querySelector("#queue [data-alert]") !== null`, name+": the new alert in the queue")
		cancel()
		t.Logf("%s: alert on the open page %v after the mail was recorded (router catch-up, event poll and fetch included)",
			name, time.Since(recorded).Round(time.Millisecond))
		if evalJS[int](t, tab, `window.stayed || 0`) != 1 {
			t.Fatalf("%s: the page reloaded instead of updating live", name)
		}
		row := evalJS[string](t, tab, `document.querySelector("#queue [data-alert]").innerText`)
		for _, want := range []string{"Dana Whitfield", "dana@harbor-bakery.example", m.Subject, "HOT", "paging alice"} {
			if !strings.Contains(row, want) {
				t.Errorf("%s: queue row lacks %q:\n%s", name, want, row)
			}
		}
	}

	// Alice opens the alert.
	actx, acancel := within(alice, 20*time.Second)
	defer acancel()
	if _, err := chromedp.Run(actx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS("#queue [data-alert] a.subj")))); err != nil {
		t.Fatalf("open the alert: %v", err)
	}
	waitJS(t, actx, `document.body.dataset.page === "alert"`, "the alert page")
	type mark struct {
		Text       string
		Start, End int
	}
	marks := evalJS[[]mark](t, actx, `[...document.querySelectorAll("#mail-text mark")].map(m => ({
		Text: [...m.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join(""),
		Start: +m.dataset.start, End: +m.dataset.end}))`)
	var spans int
	for _, r := range m.Reasons {
		if r.Phrase != "" {
			spans++
		}
	}
	if len(marks) == 0 || spans == 0 {
		t.Fatalf("no highlighted reasons (%d reasons with phrases)", spans)
	}
	for _, mk := range marks {
		if mk.Start < 0 || mk.End > len(m.Prepared) || m.Prepared[mk.Start:mk.End] != mk.Text {
			t.Errorf("mark %q at %d-%d is not the text at its span", mk.Text, mk.Start, mk.End)
		}
	}
	var covered int
	for _, r := range m.Reasons {
		for _, mk := range marks {
			if r.Phrase != "" && mk.Start <= r.Start && r.End <= mk.End {
				covered++
				break
			}
		}
	}
	if covered != spans {
		t.Errorf("%d of %d reason phrases are marked: %+v", covered, spans, marks)
	}
	if tel := evalJS[string](t, actx, `(document.querySelector("a.tel") || {}).href || ""`); tel != "tel:+442079460958" {
		t.Errorf("call-back link = %q, want tel:+442079460958", tel)
	}
	if open := evalJS[bool](t, actx, `document.querySelector("details.quoted").open`); open {
		t.Error("the quoted history is not folded away")
	}
	t.Logf("alert page marks %d reason phrases: %v", len(marks), marks)

	// Rita opens the same alert; she may look but not act.
	rctx, rcancel := within(rita, 20*time.Second)
	defer rcancel()
	if err := chromedp.Do(rctx, chromedp.Navigate(base+"/alerts/1")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, rctx, `document.getElementById("state") !== null && document.getElementById("live").textContent === "live"`, "rita: alert page, live")
	if evalJS[bool](t, rctx, `document.getElementById("take") !== null`) {
		t.Error("a read-only session is offered the take button")
	}
	evalJS[int](t, rctx, `window.stayed = 2`)

	// Alice takes it.
	if _, err := chromedp.Run(actx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.ID("take")))); err != nil {
		t.Fatalf("take: %v", err)
	}
	waitJS(t, actx, `document.getElementById("taken-by") && document.getElementById("taken-by").textContent === "Alice Meyer"`, "alice: taken by her")
	taken := time.Now()
	if h := evalJS[string](t, actx, `document.getElementById("history").innerText`); !strings.Contains(h, "acknowledged\tAlice Meyer\tweb") {
		t.Errorf("history lacks the take by Alice Meyer on the web:\n%s", h)
	}

	// Rita sees it without a reload.
	waitJS(t, rctx, `document.getElementById("state").textContent === "taken" && document.getElementById("taken-by").textContent === "Alice Meyer"`,
		"rita: the alert taken by Alice, live")
	t.Logf("rita: take visible %v after it was made", time.Since(taken).Round(time.Millisecond))
	if evalJS[int](t, rctx, `window.stayed || 0`) != 2 {
		t.Fatal("rita's page reloaded instead of updating live")
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop with the event streams open")
	}
	if l := logs.String(); !strings.Contains(l, "team page on the metrics listener") || strings.Contains(l, admin) {
		t.Errorf("serve logs:\n%s", l)
	}
}

// envScreenshot names the PNG file TestDemoScreenshot writes; without it
// the test is skipped. The README's screenshot is made with
//
//	HOTLINE_SCREENSHOT=$PWD/docs/team-page.png go test ./cmd/hotline -run TestDemoScreenshot
const envScreenshot = "HOTLINE_SCREENSHOT"

// TestDemoScreenshot runs `hotline demo`, opens the link it prints (which
// signs the viewer in), waits until the demo's mail has opened alerts and
// one was taken by a team reply, and saves the queue as a PNG.
func TestDemoScreenshot(t *testing.T) {
	out := os.Getenv(envScreenshot)
	if out == "" {
		t.Skipf("set %s=FILE.png to take the team page screenshot", envScreenshot)
	}
	browser := newBrowser(t, 1200, 1000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := &syncBuffer{wrote: make(chan struct{}, 1)}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--interval", "1500ms", "--db", filepath.Join(t.TempDir(), "demo.db")}, stdout, io.Discard)
	}()
	var link string
	for deadline := time.Now().Add(60 * time.Second); link == "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		for _, line := range strings.Split(stdout.String(), "\n") {
			if f := strings.Fields(line); len(f) > 2 && f[0] == "Team" && f[1] == "page" {
				link = f[2]
			}
		}
	}
	if link == "" {
		t.Fatalf("the demo printed no team page link:\n%s", stdout)
	}
	tab, tcancel := within(browser, 90*time.Second)
	defer tcancel()
	if err := chromedp.Do(tab, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, `document.body.dataset.page === "queue"`, "the queue, signed in by the link")
	// Wait for a busy morning: several customers waiting, one taken.
	const busy = `document.querySelectorAll("#queue [data-state=ACKNOWLEDGED]").length >= 1 &&
		document.querySelectorAll("#queue [data-state=NOTIFIED]").length >= 2`
	waitJSFor(t, tab, 80*time.Second, busy, "a busy queue in the demo")
	time.Sleep(3 * time.Second) // let the highlight of the last change fade
	png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", out, len(png))

	// And the page of the hottest waiting alert.
	if _, err := chromedp.Run(tab, chromedp.WaitEvent(page.LoadEventFired, nil,
		chromedp.Click(chromedp.CSS("#queue [data-state=NOTIFIED] a.subj")))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, `document.body.dataset.page === "alert" && document.getElementById("live").textContent === "live"`, "the alert page")
	if png, err = chromedp.Run(tab, chromedp.CaptureScreenshot()); err != nil {
		t.Fatal(err)
	}
	alertPNG := strings.TrimSuffix(out, ".png") + "-alert.png"
	if err := os.WriteFile(alertPNG, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", alertPNG, len(png))

	// The queue on a phone.
	if err := chromedp.Do(tab, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)), chromedp.Navigate(link[:strings.Index(link, "/signin")]+"/")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, tab, `document.body.dataset.page === "queue" && document.getElementById("live").textContent === "live"`, "the queue on a phone")
	time.Sleep(time.Second)
	if png, err = chromedp.Run(tab, chromedp.CaptureScreenshot()); err != nil {
		t.Fatal(err)
	}
	phonePNG := strings.TrimSuffix(out, ".png") + "-phone.png"
	if err := os.WriteFile(phonePNG, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", phonePNG, len(png))
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("demo: %v", err)
	}
}
