package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/coach"
	"github.com/hotline/hotline/service/web"
)

func TestCoachDraftBox(t *testing.T) {
	c, err := coach.New(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, func(o *web.Options) { o.Coach = c })
	a := e.hot("dana@example.org", "Dana Fox")
	reader := e.client()
	e.signIn(reader, "Rita", readToken)
	path := fmt.Sprintf("/alerts/%d", a.ID)
	_, page, _ := e.get(reader, path)
	if !strings.Contains(page, `action="/alerts/`+fmt.Sprint(a.ID)+`/coach#coach"`) || !strings.Contains(page, "<textarea name=\"draft\"") {
		t.Fatalf("alert page has no draft box:\n%s", page)
	}
	csrf := hidden(t, page, "csrf")
	// A read-only person may check a draft: it changes nothing.
	code, body, _ := e.post(reader, path+"/coach", url.Values{"csrf": {csrf},
		"draft": {"Dear customer,\n\nPlease calm down, we apologise for any inconvenience.\n\nThe Support Team"}})
	if code != http.StatusOK {
		t.Fatalf("check draft = %d:\n%s", code, body)
	}
	for _, want := range []string{"not ready", "calm_down", "generic_apology", "Better:", "Please calm down"} {
		if !strings.Contains(body, want) {
			t.Errorf("coach result lacks %q", want)
		}
	}
	if code, _, _ := e.post(reader, path+"/coach", url.Values{"csrf": {"x"}, "draft": {"hi"}}); code != http.StatusForbidden {
		t.Errorf("draft with a wrong CSRF token = %d, want 403", code)
	}
	// Without a coach there is no box.
	e2 := newEnv(t, nil)
	a2 := e2.hot("dana@example.org", "Dana Fox")
	c2 := e2.client()
	e2.signIn(c2, "Rita", readToken)
	if _, page, _ := e2.get(c2, fmt.Sprintf("/alerts/%d", a2.ID)); strings.Contains(page, "Check your reply") {
		t.Error("draft box shown without a coach")
	}
}
