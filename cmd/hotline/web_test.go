package main

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeTeamPageOffWithoutSignIn checks that serve never shows the team
// page to everybody: without tokens or a proxy header it is not served.
func TestServeTeamPageOffWithoutSignIn(t *testing.T) {
	dir := t.TempDir()
	ready := filepath.Join(dir, "ready.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0", "--ready-file", ready,
			"--db", filepath.Join(dir, "h.db")}, io.Discard, logs)
	}()
	info := waitReady(t, ready, done)
	for path, want := range map[string]int{"/": http.StatusNotFound, "/signin": http.StatusNotFound, "/healthz": http.StatusOK} {
		if _, code := httpGet(t, "http://"+info.Metrics+path); code != want {
			t.Errorf("GET %s = %d, want %d", path, code, want)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "team page off") {
		t.Errorf("logs do not say why the team page is off:\n%s", logs)
	}
}

func TestServeWebFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--web-auth-role", "root"},
		{"--web-auth-header", "X Forwarded User"},
	} {
		_, err := validateServeFlags(args, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "--web-auth") {
			t.Errorf("serve %v: err = %v, want a usage error naming the flag", args, err)
		}
	}
}

// TestDemoTeamPageLink checks that the link the demo prints signs in: the
// token in its fragment is accepted by the sign-in form, and the queue
// then shows the demo's mail.
func TestDemoTeamPageLink(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &syncBuffer{wrote: make(chan struct{}, 1)}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--config", "testdata/demotest/routing.yaml", "--interval", "300ms",
			"--db", filepath.Join(t.TempDir(), "demo.db")}, out, io.Discard)
	}()
	var link string
	for deadline := time.Now().Add(60 * time.Second); link == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		for _, line := range strings.Split(out.String(), "\n") {
			if f := strings.Fields(line); len(f) > 2 && f[0] == "Team" && f[1] == "page" {
				link = f[2]
			}
		}
	}
	base, frag, ok := strings.Cut(link, "/signin#")
	q, err := url.ParseQuery(frag)
	if !ok || err != nil || q.Get("token") == "" || q.Get("name") == "" {
		t.Fatalf("team page link %q lacks a token and name in its fragment:\n%s", link, out)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	resp, err := c.Get(base + "/signin")
	if err != nil {
		t.Fatal(err)
	}
	form, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="signin" value="([^"]+)"`).FindSubmatch(form)
	if m == nil {
		t.Fatalf("sign-in form:\n%s", form)
	}
	resp, err = c.PostForm(base+"/signin", url.Values{"signin": {string(m[1])}, "name": {q.Get("name")}, "token": {q.Get("token")}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Request.URL.Path != "/" {
		t.Fatalf("sign-in with the demo link ended at %s with %d", resp.Request.URL, resp.StatusCode)
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		body, code := getWith(t, c, base+"/")
		if code == http.StatusOK && strings.Contains(body, "Dana Whitfield") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the demo's first alert never reached the queue:\n%s", body)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func getWith(t *testing.T, c *http.Client, u string) (string, int) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b), resp.StatusCode
}

func TestServeCheckTeamPage(t *testing.T) {
	dir := t.TempDir()
	tokens, short, good := filepath.Join(dir, "tokens"), filepath.Join(dir, "short.key"), filepath.Join(dir, "good.key")
	for name, body := range map[string]string{
		tokens: "admin:admin-token-0123456789abcdef\n",
		short:  "too-short\n",
		good:   "0123456789abcdef0123456789abcdef01234567\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name   string
		extra  []string
		ok     bool
		output string
	}{
		{"no sign-in", nil, true, "team page: off (no --auth-tokens or --web-auth-header"},
		{"tokens, random key", []string{"--auth-tokens", tokens}, true, "team page at / on 127.0.0.1:0 (sign-in with the API's bearer tokens; a random session key"},
		{"shared key", []string{"--auth-tokens", tokens, "--web-session-key-file", good}, true, "sessions signed with the configured key"},
		{"proxy", []string{"--web-auth-header", "X-Forwarded-User", "--web-auth-role", "read"}, true, "proxy header X-Forwarded-User, role read"},
		{"short key", []string{"--auth-tokens", tokens, "--web-session-key-file", short}, false, "session key is 9 bytes, want at least 32"},
		{"missing key file", []string{"--auth-tokens", tokens, "--web-session-key-file", filepath.Join(dir, "nope")}, false, "--web-session-key-file"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			err := run(context.Background(), append([]string{"serve", "--check", "--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0",
				"--db", filepath.Join(dir, "h.db")}, tt.extra...), &out, &out)
			if (err == nil) != tt.ok || !strings.Contains(out.String(), tt.output) {
				t.Errorf("serve --check %v: err %v, output:\n%s\nwant ok=%v with %q", tt.extra, err, out.String(), tt.ok, tt.output)
			}
		})
	}
}
