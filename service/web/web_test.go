package web_test

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/hotline/hotline/internal/pgtest"
	"github.com/hotline/hotline/service/auth"
	"github.com/hotline/hotline/service/callback"
	"github.com/hotline/hotline/service/route"
	"github.com/hotline/hotline/service/store"
	"github.com/hotline/hotline/service/web"
)

const (
	adminToken = "admin-token-0123456789abcdef"
	readToken  = "read-token-0123456789abcdef"
	// carolToken belongs to Carol Diaz by the token file.
	carolToken = "admin-carol-0123456789abcdef"
)

const teamConfig = `
people:
  - {name: alice, email: alice@support.example.com}
  - {name: bob, email: bob@support.example.com}
chains:
  - name: senior
    steps:
      - {notify: [alice], timeout: 10m}
      - {notify: [bob], timeout: 10m}
routes:
  - {name: hot, default: true, chain: senior}
`

// A hot mail as the ingester records it: the scored text with the
// reasons' spans, and the body with its quoted history.
const (
	customer = "Dana Kowalski"
	subject  = "Order 48213 STILL not delivered"
	prepared = subject + "\n\nThis is the third time I write. Call me today on +49 30 1234 5678 or we cancel."
	body     = "This is the third time I write. Call me today on +49 30 1234 5678 or we cancel.\n\nOn Monday, Support wrote:\n> We are on it."
)

func reason(signal, phrase string, w float64) store.Reason {
	i := strings.Index(prepared, phrase)
	return store.Reason{Signal: signal, Weight: w, Phrase: phrase, Start: i, End: i + len(phrase)}
}

// envStore is what the tests need of a store; *store.SQLite and
// *store.Postgres both have it.
type envStore interface {
	web.Store
	route.Store
	RecordMessage(ctx context.Context, m *store.Message, cp store.Checkpoint) (bool, error)
	Close() error
}

type env struct {
	t      testing.TB
	st     envStore
	router *route.Router
	srv    *httptest.Server
	uid    uint32
}

func newEnv(t testing.TB, mod func(*web.Options)) *env {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "hotline.db"))
	if err != nil {
		t.Fatal(err)
	}
	return newEnvWith(t, st, mod)
}

func newEnvWith(t testing.TB, st envStore, mod func(*web.Options)) *env {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cfg, err := route.ParseConfig(strings.NewReader(teamConfig))
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := auth.ParseTokens(strings.NewReader("admin:" + adminToken + "\nread:" + readToken + "\nadmin:" + carolToken + " Carol Diaz\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, st: st, router: route.New(st, cfg, route.Options{})}
	opt := web.Options{Store: st, Escalator: e.router, Tokens: tokens, Poll: 20 * time.Millisecond,
		IsTeam: func(addr string) bool { return strings.HasSuffix(addr, "@support.example.com") }}
	if mod != nil {
		mod(&opt)
	}
	h, err := web.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	h.Register(mux)
	e.srv = httptest.NewServer(mux)
	done := make(chan struct{})
	go func() { defer close(done); h.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		e.srv.Close()
		st.Close()
	})
	return e
}

// hot records a hot mail and routes it, as serve does, and returns the
// alert it opened.
func (e *env) hot(from, name string) store.Alert {
	e.t.Helper()
	ctx := context.Background()
	e.uid++
	m := store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 1, UID: e.uid,
		MessageID: fmt.Sprintf("m%d@example.org", e.uid), ContentHash: fmt.Sprint(e.uid),
		From: from, FromName: name, Subject: subject, Anger: 0.8, Urgency: 0.7, Heat: 0.91, Level: "HOT",
		Reasons: []store.Reason{reason("repeat_contact", "third time", 0.5), reason("deadline", "today", 0.3),
			reason("churn", "we cancel", 0.6), {Signal: "model", Weight: 0.2}},
		Prepared: prepared, Body: body}
	if _, err := e.st.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
		e.t.Fatal(err)
	}
	if err := e.router.Observe(ctx, m); err != nil {
		e.t.Fatal(err)
	}
	as, err := e.st.ListAlerts(ctx, store.AlertFilter{Limit: 1})
	if err != nil || len(as) == 0 {
		e.t.Fatalf("no alert opened: %v", err)
	}
	return as[0]
}

func (e *env) warm(from, subject string) {
	e.t.Helper()
	e.uid++
	m := store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 1, UID: e.uid, ContentHash: fmt.Sprint(e.uid),
		From: from, Subject: subject, Heat: 0.3, Level: "WARM",
		Reasons: []store.Reason{{Signal: "waiting", Weight: 0.2, Phrase: "still waiting"}}}
	if _, err := e.st.RecordMessage(context.Background(), &m, store.Checkpoint{}); err != nil {
		e.t.Fatal(err)
	}
}

// client is a browser without JavaScript: it keeps cookies and does not
// follow redirects, so tests see them.
func (e *env) client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (e *env) get(c *http.Client, path string) (int, string, http.Header) {
	e.t.Helper()
	resp, err := c.Get(e.srv.URL + path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func (e *env) post(c *http.Client, path string, form url.Values, hdr ...string) (int, string, http.Header) {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.srv.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

var hiddenRE = regexp.MustCompile(`name="(signin|csrf)" value="([^"]+)"`)

func hidden(t testing.TB, page, name string) string {
	t.Helper()
	for _, m := range hiddenRE.FindAllStringSubmatch(page, -1) {
		if m[1] == name {
			return m[2]
		}
	}
	t.Fatalf("page has no %s field:\n%s", name, page)
	return ""
}

// signIn signs c in as name with token and returns the queue page.
func (e *env) signIn(c *http.Client, name, token string) string {
	e.t.Helper()
	_, form, _ := e.get(c, "/signin")
	code, body, hdr := e.post(c, "/signin", url.Values{"signin": {hidden(e.t, form, "signin")}, "name": {name}, "token": {token}, "next": {"/"}})
	if code != http.StatusSeeOther || hdr.Get("Location") != "/" {
		e.t.Fatalf("sign-in as %s = %d %s, want 303 to /:\n%s", name, code, hdr.Get("Location"), body)
	}
	code, page, _ := e.get(c, "/")
	if code != http.StatusOK {
		e.t.Fatalf("queue after sign-in = %d", code)
	}
	return page
}

func TestNothingBeforeSignIn(t *testing.T) {
	e := newEnv(t, nil)
	a := e.hot("dana@example.org", customer)
	c := e.client()
	for _, tt := range []struct {
		path string
		code int
	}{
		{"/", http.StatusSeeOther},
		{fmt.Sprintf("/alerts/%d", a.ID), http.StatusSeeOther},
		{"/alerts/999", http.StatusSeeOther},
		{"/partials/queue", http.StatusUnauthorized},
		{fmt.Sprintf("/partials/alerts/%d", a.ID), http.StatusUnauthorized},
		{"/events", http.StatusUnauthorized},
		{"/signin", http.StatusOK},
	} {
		code, body, hdr := e.get(c, tt.path)
		if code != tt.code {
			t.Errorf("GET %s = %d, want %d", tt.path, code, tt.code)
		}
		if code == http.StatusSeeOther && !strings.HasPrefix(hdr.Get("Location"), "/signin?next=") {
			t.Errorf("GET %s redirects to %q, want the sign-in form", tt.path, hdr.Get("Location"))
		}
		for _, secret := range []string{customer, "dana@example.org", "STILL not delivered", "third time", "1234 5678"} {
			if strings.Contains(body, secret) {
				t.Errorf("GET %s before sign-in shows %q", tt.path, secret)
			}
		}
	}
	for _, path := range []string{fmt.Sprintf("/alerts/%d/take", a.ID), fmt.Sprintf("/alerts/%d/resolve", a.ID)} {
		if code, _, _ := e.post(c, path, url.Values{"csrf": {"x"}}); code != http.StatusUnauthorized {
			t.Errorf("POST %s before sign-in = %d, want 401", path, code)
		}
	}
	if got, _ := e.st.GetAlert(context.Background(), a.ID); got.State == store.AlertAcknowledged || got.State == store.AlertResolved {
		t.Errorf("alert changed by signed-out POSTs: %s", got.State)
	}
}

func TestSignIn(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client()
	_, form, hdr := e.get(c, "/signin?next=/alerts/7")
	if !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self'") || hdr.Get("Cache-Control") != "no-store" {
		t.Errorf("sign-in headers: %v", hdr)
	}
	signin := hidden(t, form, "signin")
	for _, tt := range []struct {
		name         string
		form         url.Values
		hdr          []string
		code         int
		wantInBody   string
		wantLocation string
	}{
		{"wrong token", url.Values{"signin": {signin}, "name": {"alice"}, "token": {"not-a-token-0123456789"}}, nil, http.StatusUnauthorized, "not accepted", ""},
		{"no name", url.Values{"signin": {signin}, "name": {"  "}, "token": {adminToken}}, nil, http.StatusBadRequest, "Enter your name", ""},
		{"name too long", url.Values{"signin": {signin}, "name": {strings.Repeat("x", 65)}, "token": {adminToken}}, nil, http.StatusBadRequest, "at most 64", ""},
		{"no form token", url.Values{"name": {"alice"}, "token": {adminToken}}, nil, http.StatusForbidden, "expired", ""},
		{"cross-site", url.Values{"signin": {signin}, "name": {"alice"}, "token": {adminToken}}, []string{"Sec-Fetch-Site", "cross-site"}, http.StatusForbidden, "", ""},
		{"open redirect", url.Values{"signin": {signin}, "name": {"alice"}, "token": {adminToken}, "next": {"//evil.example/"}}, nil, http.StatusSeeOther, "", "/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := e.client()
			_, form, _ := e.get(c, "/signin")
			if v := tt.form.Get("signin"); v != "" {
				tt.form.Set("signin", hidden(t, form, "signin"))
			}
			code, body, hdr := e.post(c, "/signin", tt.form, tt.hdr...)
			if code != tt.code || !strings.Contains(body, tt.wantInBody) {
				t.Errorf("= %d, want %d with %q:\n%s", code, tt.code, tt.wantInBody, body)
			}
			if tt.wantLocation != "" && hdr.Get("Location") != tt.wantLocation {
				t.Errorf("Location = %q, want %q", hdr.Get("Location"), tt.wantLocation)
			}
			if tt.code != http.StatusSeeOther && strings.Contains(strings.Join(hdr.Values("Set-Cookie"), ";"), "hotline_session=") {
				t.Error("a refused sign-in set a session cookie")
			}
			if strings.Contains(body, adminToken) {
				t.Error("the page echoes the token")
			}
		})
	}
	code, _, hdr := e.post(c, "/signin", url.Values{"signin": {signin}, "name": {"alice"}, "token": {adminToken}, "next": {"/alerts/7"}})
	if code != http.StatusSeeOther || hdr.Get("Location") != "/alerts/7" {
		t.Fatalf("sign-in = %d to %q, want 303 to /alerts/7", code, hdr.Get("Location"))
	}
	var session *http.Cookie
	for _, ck := range (&http.Response{Header: hdr}).Cookies() {
		if ck.Name == "hotline_session" {
			session = ck
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode || session.Secure {
		t.Fatalf("session cookie over plain HTTP = %+v, want HttpOnly, SameSite=Lax, not Secure", session)
	}
	if strings.Contains(session.Value, adminToken) {
		t.Error("the session cookie carries the token")
	}
	// A tampered cookie is no session.
	u, _ := url.Parse(e.srv.URL)
	forged := *session
	forged.Value = strings.Replace(session.Value, ".", "x.", 1)
	c2 := e.client()
	c2.Jar.SetCookies(u, []*http.Cookie{&forged})
	if code, _, _ := e.get(c2, "/"); code != http.StatusSeeOther {
		t.Errorf("forged cookie: GET / = %d, want 303", code)
	}
}

func TestSecureCookieBehindTLS(t *testing.T) {
	e := newEnv(t, nil)
	tlsSrv := httptest.NewTLSServer(e.srv.Config.Handler)
	defer tlsSrv.Close()
	c := tlsSrv.Client()
	jar, _ := cookiejar.New(nil)
	c.Jar = jar
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c.Transport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	resp, err := c.Get(tlsSrv.URL + "/signin")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp, err = c.PostForm(tlsSrv.URL+"/signin", url.Values{"signin": {hidden(t, string(page), "signin")}, "name": {"alice"}, "token": {adminToken}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for _, ck := range resp.Cookies() {
		if ck.Name == "hotline_session" && !ck.Secure {
			t.Error("session cookie over TLS is not Secure")
		}
	}
}

func TestQueue(t *testing.T) {
	e := newEnv(t, nil)
	e.hot("dana@example.org", customer)
	taken := e.hot("lee@example.com", "Lee Chen")
	e.warm("sam@example.net", "A question about my invoice")
	e.warm("bob@support.example.com", "Re: our reply")
	if _, err := e.router.Acknowledge(context.Background(), taken.ID, "bob", "cli"); err != nil {
		t.Fatal(err)
	}
	page := e.signIn(e.client(), "alice", readToken)
	waiting, rest, _ := strings.Cut(page, `id="h-taken"`)
	takenPart, warm, _ := strings.Cut(rest, `id="h-warm"`)
	warm, _, _ = strings.Cut(warm, `id="h-resolved"`)
	for _, want := range []string{customer, "dana@example.org", subject, "third time", "we cancel", "today", "0.91</span> HOT", "paging <b>alice</b>", "step 1 of chain senior", "waiting <time"} {
		if !strings.Contains(waiting, want) {
			t.Errorf("waiting list lacks %q", want)
		}
	}
	if strings.Contains(waiting, "Lee Chen") || !strings.Contains(takenPart, "Lee Chen") || !strings.Contains(takenPart, "Taken by <b>bob</b> via cli") {
		t.Errorf("taken alert not in the taken list:\n%s", takenPart)
	}
	if !strings.Contains(warm, "A question about my invoice") || strings.Contains(warm, customer) || strings.Contains(warm, "our reply") {
		t.Errorf("warm list wrong:\n%s", warm)
	}
	if !strings.Contains(page, "read only") || strings.Contains(page, `id="take"`) {
		t.Error("a read-only session is offered actions")
	}
}

// TestAlertPageCallsInTheRegion: the page offers the same number the
// alert mail leads with: national numbers read in the region serve was
// given, in E.164, and never one from the quoted history (ours).
func TestAlertPageCallsInTheRegion(t *testing.T) {
	tests := []struct {
		region, body, link, display string
	}{
		{"GB", "Tills down since nine.\nClaire Donovan\nTel: 0161 496 0000\n\nOn Mon, Support wrote:\n> Call our desk on 0161 496 0999\n",
			"tel:&#43;441614960000", "&#43;44 161 496 0000"},
		{"DE", "Kasse geht nicht.\nRufen Sie mich an: 030 1234 5678\n", "tel:&#43;493012345678", "&#43;49 30 12345678"},
		{"US", "Registers down.\nPhone: (201) 555-0123\n", "tel:&#43;12015550123", "&#43;1 201-555-0123"},
		{"GB", "Order 48213, invoice 2026-11-24, 12.11.2026\n", "", ""},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.region, i), func(t *testing.T) {
			phones, err := callback.New(tt.region)
			if err != nil {
				t.Fatal(err)
			}
			e := newEnv(t, func(o *web.Options) { o.Phones = phones })
			ctx := context.Background()
			m := store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 1, UID: 1, MessageID: "call@example.org",
				ContentHash: "call", From: "claire@florist.example", FromName: "Claire Donovan", Subject: "Tills down",
				Heat: 0.9, Level: "HOT", Prepared: "Tills down", Body: tt.body}
			if _, err := e.st.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
				t.Fatal(err)
			}
			if err := e.router.Observe(ctx, m); err != nil {
				t.Fatal(err)
			}
			as, err := e.st.ListAlerts(ctx, store.AlertFilter{Limit: 1})
			if err != nil || len(as) != 1 {
				t.Fatalf("alerts %v, %v", as, err)
			}
			c := e.client()
			e.signIn(c, "alice", adminToken)
			_, page, _ := e.get(c, fmt.Sprintf("/alerts/%d", as[0].ID))
			if tt.link == "" {
				if strings.Contains(page, "tel:") {
					t.Errorf("page offers a call for a mail without a phone number")
				}
				return
			}
			if want := fmt.Sprintf(`href="%s"`, tt.link); !strings.Contains(page, want) {
				t.Errorf("page lacks %s", want)
			}
			if want := "Call back " + tt.display; !strings.Contains(page, want) {
				t.Errorf("page lacks %q", want)
			}
			if strings.Contains(page, "4960999") {
				t.Errorf("page offers the quoted history's number")
			}
		})
	}
}

func TestAlertPage(t *testing.T) {
	e := newEnv(t, nil)
	a := e.hot("dana@example.org", customer)
	c := e.client()
	e.signIn(c, "alice", adminToken)
	code, page, _ := e.get(c, fmt.Sprintf("/alerts/%d", a.ID))
	if code != http.StatusOK {
		t.Fatalf("alert page = %d", code)
	}
	for _, phrase := range []string{"third time", "today", "we cancel"} {
		i := strings.Index(prepared, phrase)
		want := fmt.Sprintf(`<mark data-start="%d" data-end="%d"`, i, i+len(phrase))
		if !strings.Contains(page, want) {
			t.Errorf("alert page lacks %s for %q", want, phrase)
		}
	}
	for _, want := range []string{`href="tel:&#43;493012345678"`, "Call back &#43;49 30 12345678", "<details", "&gt; We are on it.",
		"Take it, alice", `id="resolve"`, "queued", "repeat_contact"} {
		if !strings.Contains(page, want) {
			t.Errorf("alert page lacks %q", want)
		}
	}
	if code, _, _ := e.get(c, "/alerts/424242"); code != http.StatusNotFound {
		t.Errorf("missing alert = %d, want 404", code)
	}
	if code, _, _ := e.get(c, "/alerts/x"); code != http.StatusNotFound {
		t.Errorf("bad alert id = %d, want 404", code)
	}
}

func TestTakeAndResolve(t *testing.T) {
	e := newEnv(t, nil)
	a := e.hot("dana@example.org", customer)
	ctx := context.Background()
	admin, reader := e.client(), e.client()
	e.signIn(admin, "Alice Meyer", adminToken)
	e.signIn(reader, "Rita", readToken)
	_, page, _ := e.get(admin, fmt.Sprintf("/alerts/%d", a.ID))
	csrf := hidden(t, page, "csrf")
	_, readPage, _ := e.get(reader, "/")
	readCSRF := hidden(t, readPage, "csrf")
	take := fmt.Sprintf("/alerts/%d/take", a.ID)
	for _, tt := range []struct {
		name string
		c    *http.Client
		form url.Values
		hdr  []string
		code int
	}{
		{"no csrf token", admin, url.Values{}, nil, http.StatusForbidden},
		{"wrong csrf token", admin, url.Values{"csrf": {readCSRF}}, nil, http.StatusForbidden},
		{"cross-site", admin, url.Values{"csrf": {csrf}}, []string{"Sec-Fetch-Site", "cross-site"}, http.StatusForbidden},
		{"foreign origin", admin, url.Values{"csrf": {csrf}}, []string{"Origin", "https://evil.example"}, http.StatusForbidden},
		{"read-only", reader, url.Values{"csrf": {readCSRF}}, nil, http.StatusForbidden},
	} {
		if code, body, _ := e.post(tt.c, take, tt.form, tt.hdr...); code != tt.code {
			t.Errorf("%s: POST take = %d, want %d:\n%s", tt.name, code, tt.code, body)
		}
		if got, _ := e.st.GetAlert(ctx, a.ID); got.State == store.AlertAcknowledged {
			t.Fatalf("%s: the alert was taken", tt.name)
		}
	}
	code, _, hdr := e.post(admin, take, url.Values{"csrf": {csrf}})
	if code != http.StatusSeeOther || hdr.Get("Location") != fmt.Sprintf("/alerts/%d?done=taken", a.ID) {
		t.Fatalf("take = %d to %q", code, hdr.Get("Location"))
	}
	got, _ := e.st.GetAlert(ctx, a.ID)
	if got.State != store.AlertAcknowledged || got.AckedBy != "Alice Meyer" || got.AckVia != web.Via {
		t.Errorf("after take: %s by %q via %q", got.State, got.AckedBy, got.AckVia)
	}
	_, page, _ = e.get(admin, hdr.Get("Location"))
	if !strings.Contains(page, "It&#39;s yours") || !strings.Contains(page, `<b id="taken-by">Alice Meyer</b>`) || strings.Contains(page, `id="take"`) {
		t.Errorf("page after take:\n%s", page)
	}
	// Somebody else taking it later is told who has it.
	e.router.SetConfig(e.router.Config())
	if code, body, _ := e.post(admin, take, url.Values{"csrf": {csrf}}); code != http.StatusSeeOther {
		t.Errorf("taking own alert again = %d:\n%s", code, body)
	}
	code, _, _ = e.post(admin, fmt.Sprintf("/alerts/%d/resolve", a.ID), url.Values{"csrf": {csrf}})
	if code != http.StatusSeeOther {
		t.Fatalf("resolve = %d", code)
	}
	_, queue, _ := e.get(admin, "/")
	if _, resolved, ok := strings.Cut(queue, `id="h-resolved"`); !ok || !strings.Contains(resolved, "Resolved by <b>Alice Meyer</b>") {
		t.Errorf("the resolved alert is not in the resolved list:\n%s", queue)
	}
	evs, err := e.st.AlertEvents(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var trail []string
	for _, ev := range evs {
		if ev.Kind == "acknowledged" || ev.Kind == "resolved" {
			trail = append(trail, ev.Kind.String()+" "+ev.Person+" "+ev.Channel.String())
		}
	}
	if strings.Join(trail, "; ") != "acknowledged Alice Meyer web; resolved Alice Meyer " {
		t.Errorf("history = %q, want the person's name on each action", trail)
	}
	if code, body, _ := e.post(admin, take, url.Values{"csrf": {csrf}}); code != http.StatusConflict || !strings.Contains(body, "Already resolved") {
		t.Errorf("taking a resolved alert = %d:\n%s", code, body)
	}
	// After sign-out the old form token is worthless.
	if code, _, _ := e.post(admin, "/signout", url.Values{"csrf": {csrf}}); code != http.StatusSeeOther {
		t.Errorf("sign out = %d", code)
	}
	if code, _, _ := e.get(admin, "/"); code != http.StatusSeeOther {
		t.Errorf("after sign-out GET / = %d, want 303", code)
	}
}

func TestTakenByOtherFirst(t *testing.T) {
	e := newEnv(t, nil)
	a := e.hot("dana@example.org", customer)
	c := e.client()
	e.signIn(c, "alice", adminToken)
	_, page, _ := e.get(c, fmt.Sprintf("/alerts/%d", a.ID))
	if _, err := e.router.Acknowledge(context.Background(), a.ID, "bob", "link"); err != nil {
		t.Fatal(err)
	}
	code, body, _ := e.post(c, fmt.Sprintf("/alerts/%d/take", a.ID), url.Values{"csrf": {hidden(t, page, "csrf")}})
	if code != http.StatusConflict || !strings.Contains(body, "bob took alert") {
		t.Errorf("take after bob = %d:\n%s", code, body)
	}
}

func TestEventsFollowChanges(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client()
	e.signIn(c, "alice", readToken)
	c.Timeout = 0
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.srv.URL+"/events", nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	lines := bufio.NewScanner(resp.Body)
	if !lines.Scan() || lines.Text() != "retry: 2000" {
		t.Fatalf("first line %q", lines.Text())
	}
	a := e.hot("dana@example.org", customer)
	want := fmt.Sprintf(`data: {"alerts":[%d]}`, a.ID)
	for lines.Scan() {
		if lines.Text() == want {
			return
		}
	}
	t.Fatalf("no %s before %v", want, lines.Err())
}

func TestProxyHeader(t *testing.T) {
	e := newEnv(t, func(o *web.Options) {
		o.Tokens = nil
		o.ProxyUserHeader = "X-Forwarded-User"
		o.ProxyRole = auth.Admin
	})
	a := e.hot("dana@example.org", customer)
	c := e.client()
	if code, _, _ := e.get(c, "/"); code != http.StatusSeeOther {
		t.Errorf("without the proxy header GET / = %d, want 303", code)
	}
	get := func(path string) string {
		req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
		req.Header.Set("X-Forwarded-User", "carol@support.example.com")
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s with proxy header = %d", path, resp.StatusCode)
		}
		return string(b)
	}
	page := get(fmt.Sprintf("/alerts/%d", a.ID))
	if !strings.Contains(page, customer) {
		t.Error("proxy-signed-in page lacks the customer")
	}
	code, _, _ := e.post(c, fmt.Sprintf("/alerts/%d/take", a.ID), url.Values{"csrf": {hidden(t, page, "csrf")}}, "X-Forwarded-User", "carol@support.example.com")
	if code != http.StatusSeeOther {
		t.Fatalf("take through proxy = %d", code)
	}
	if got, _ := e.st.GetAlert(context.Background(), a.ID); got.AckedBy != "carol@support.example.com" {
		t.Errorf("taken by %q, want the proxy's user", got.AckedBy)
	}
}

func TestNewRefusesOpenPage(t *testing.T) {
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := web.New(web.Options{Store: st, Escalator: route.New(st, nil, route.Options{})}); err == nil ||
		!strings.Contains(err.Error(), "customer data") {
		t.Errorf("New without sign-in = %v, want a refusal", err)
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	e := newEnv(t, func(o *web.Options) { o.Metrics = web.NewMetrics(reg) })
	a := e.hot("dana@example.org", customer)
	c := e.client()
	_, form, _ := e.get(c, "/signin")
	e.post(c, "/signin", url.Values{"signin": {hidden(t, form, "signin")}, "name": {"alice"}, "token": {"wrong-token-0123456789abc"}})
	e.signIn(c, "alice", adminToken)
	_, page, _ := e.get(c, fmt.Sprintf("/alerts/%d", a.ID))
	e.post(c, fmt.Sprintf("/alerts/%d/take", a.ID), url.Values{"csrf": {hidden(t, page, "csrf")}})
	want := `
# HELP hotline_web_actions_total Alerts taken or resolved on the team page.
# TYPE hotline_web_actions_total counter
hotline_web_actions_total{action="resolve"} 0
hotline_web_actions_total{action="take"} 1
# HELP hotline_web_signins_total Sign-ins on the team page by result (ok, refused).
# TYPE hotline_web_signins_total counter
hotline_web_signins_total{result="ok"} 1
hotline_web_signins_total{result="refused"} 1
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "hotline_web_actions_total", "hotline_web_signins_total"); err != nil {
		t.Error(err)
	}
}

// TestConversation checks that an alert page shows every mail of the alert,
// newest first, each marked with its own reasons, and the team's reply.
func TestConversation(t *testing.T) {
	e := newEnv(t, nil)
	a := e.hot("dana@example.org", customer)
	ctx := context.Background()
	record := func(from, subject, text, level string, heat float64, phrase string) {
		t.Helper()
		e.uid++
		m := store.Message{Mailbox: "support@example.com/INBOX", UIDValidity: 1, UID: e.uid,
			MessageID: fmt.Sprintf("m%d@example.org", e.uid), InReplyTo: "m1@example.org", References: []string{"m1@example.org"},
			ContentHash: fmt.Sprint(e.uid), From: from, Subject: subject, Heat: heat, Level: level, Prepared: text, Body: text}
		if phrase != "" {
			i := strings.Index(text, phrase)
			m.Reasons = []store.Reason{{Signal: "insult", Weight: 0.9, Phrase: phrase, Start: i, End: i + len(phrase)}}
		}
		if _, err := e.st.RecordMessage(ctx, &m, store.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
		if err := e.router.Observe(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	follow := "Re: " + subject + "\n\nStill nothing. You are useless."
	record("dana@example.org", "Re: "+subject, follow, "HOT", 0.97, "useless")
	record("bob@support.example.com", "Re: "+subject, "Dana, I am on it and will call you at 11.", "COOL", 0.05, "")
	c := e.client()
	e.signIn(c, "alice", readToken)
	_, page, _ := e.get(c, fmt.Sprintf("/alerts/%d", a.ID))
	reply, rest, ok := strings.Cut(page, "Still nothing.")
	if !ok || !strings.Contains(reply, "team reply") || !strings.Contains(reply, `id="mail-text"`) || !strings.Contains(reply, "call you at 11") {
		t.Fatalf("the newest mail (the team reply) is not first:\n%s", page)
	}
	i := strings.Index(follow, "useless")
	if !strings.Contains(rest, fmt.Sprintf(`<mark data-start="%d" data-end="%d" title="insult">`, i, i+len("useless"))) {
		t.Errorf("the follow-up is not marked with its own reason:\n%s", rest)
	}
	// The opener keeps its own marks although the alert's reasons are now
	// the follow-up's.
	j := strings.Index(prepared, "third time")
	if !strings.Contains(rest, fmt.Sprintf(`<mark data-start="%d" data-end="%d" title="repeat_contact">`, j, j+len("third time"))) {
		t.Errorf("the opener lost its marks:\n%s", rest)
	}
	if got, _ := e.st.GetAlert(ctx, a.ID); got.Reasons[0].Phrase != "useless" {
		t.Fatalf("test premise: the alert's reasons are %v, want the follow-up's", got.Reasons)
	}
}

// TestTokenNamesThePerson checks that a token the file gives to a person
// signs in that person, whatever name is typed, so the history cannot be
// written in somebody else's name with it.
func TestTokenNamesThePerson(t *testing.T) {
	e := newEnv(t, nil)
	a := e.hot("dana@example.org", customer)
	c := e.client()
	page := e.signIn(c, "Mallory", carolToken)
	if !strings.Contains(page, `<span class="who">Carol Diaz`) || strings.Contains(page, "Mallory") {
		t.Fatalf("signed in as the typed name, not the token's:\n%s", page)
	}
	_, page, _ = e.get(c, fmt.Sprintf("/alerts/%d", a.ID))
	e.post(c, fmt.Sprintf("/alerts/%d/take", a.ID), url.Values{"csrf": {hidden(t, page, "csrf")}})
	if got, _ := e.st.GetAlert(context.Background(), a.ID); got.AckedBy != "Carol Diaz" {
		t.Errorf("taken by %q, want Carol Diaz", got.AckedBy)
	}
	// Her token needs no typed name at all.
	c2 := e.client()
	_, form, _ := e.get(c2, "/signin")
	if code, body, _ := e.post(c2, "/signin", url.Values{"signin": {hidden(t, form, "signin")}, "token": {carolToken}}); code != http.StatusSeeOther {
		t.Errorf("sign-in with a named token and no name = %d:\n%s", code, body)
	}
}

// TestOnPostgres runs the page's main path on the PostgreSQL store that
// replicas share: the queue, an alert with its text, taking it, and the
// event stream.
func TestOnPostgres(t *testing.T) {
	pg := pgtest.Start(t)
	st, err := store.OpenPostgres(context.Background(), pg.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvWith(t, st, nil)
	c := e.client()
	e.signIn(c, "alice", adminToken)
	c.Timeout = 0
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.srv.URL+"/events", nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := bufio.NewScanner(resp.Body)
	lines.Scan()
	a := e.hot("dana@example.org", customer)
	want := fmt.Sprintf(`data: {"alerts":[%d]}`, a.ID)
	found := false
	for !found && lines.Scan() {
		found = lines.Text() == want
	}
	if !found {
		t.Fatalf("no %s on the event stream: %v", want, lines.Err())
	}
	e.warm("sam@example.net", "A question about my invoice")
	_, queue, _ := e.get(c, "/")
	for _, w := range []string{customer, "third time", "A question about my invoice"} {
		if !strings.Contains(queue, w) {
			t.Errorf("queue lacks %q", w)
		}
	}
	_, page, _ := e.get(c, fmt.Sprintf("/alerts/%d", a.ID))
	i := strings.Index(prepared, "we cancel")
	if !strings.Contains(page, fmt.Sprintf(`<mark data-start="%d" data-end="%d"`, i, i+len("we cancel"))) || !strings.Contains(page, "tel:") {
		t.Errorf("alert page lacks its marks or call-back link")
	}
	if code, _, _ := e.post(c, fmt.Sprintf("/alerts/%d/take", a.ID), url.Values{"csrf": {hidden(t, page, "csrf")}}); code != http.StatusSeeOther {
		t.Fatalf("take = %d", code)
	}
	if got, _ := e.st.GetAlert(context.Background(), a.ID); got.AckedBy != "alice" || got.AckVia != web.Via {
		t.Errorf("after take: %q via %q", got.AckedBy, got.AckVia)
	}
}

func TestStaticFiles(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client()
	_, form, _ := e.get(c, "/signin")
	m := regexp.MustCompile(`href="(/static/app\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(form)
	if m == nil {
		t.Fatalf("no versioned stylesheet link:\n%s", form)
	}
	code, css, hdr := e.get(c, m[1])
	if code != http.StatusOK || !strings.Contains(css, "mark{") || hdr.Get("Cache-Control") != "public, max-age=31536000, immutable" ||
		!strings.HasPrefix(hdr.Get("Content-Type"), "text/css") {
		t.Errorf("GET %s = %d %v", m[1], code, hdr)
	}
	if _, _, hdr := e.get(c, "/static/app.js?v=old"); hdr.Get("Cache-Control") != "no-cache" {
		t.Errorf("an old version may be cached: %v", hdr)
	}
	if code, _, _ := e.get(c, "/static/nope.js"); code != http.StatusNotFound {
		t.Errorf("missing static file = %d", code)
	}
}
