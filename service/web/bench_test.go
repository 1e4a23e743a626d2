package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/hotline/hotline/internal/cputime"
)

// BenchmarkQueue500 renders the queue with 500 open alerts, store queries
// included, the way a signed-in page load or live refresh does. It reports
// the process's CPU time per page beside wall time:
//
//	go test -run '^$' -bench Queue500 -benchtime 50x ./service/web
func BenchmarkQueue500(b *testing.B) {
	e := newEnv(b, nil)
	for i := range 500 {
		e.hot(fmt.Sprintf("customer%d@example.org", i), fmt.Sprintf("Customer %d", i))
	}
	c := e.client()
	e.signIn(c, "alice", readToken)
	u, _ := url.Parse(e.srv.URL)
	var cookie string
	for _, ck := range c.Jar.Cookies(u) {
		cookie += ck.Name + "=" + ck.Value + "; "
	}
	for _, path := range []string{"/", "/partials/queue"} {
		b.Run(strings.Trim(strings.ReplaceAll(path, "/", "_"), "_")+"page", func(b *testing.B) {
			b.ReportAllocs()
			var size, n int
			start := cputime.Process()
			for b.Loop() {
				n++
				req := httptest.NewRequest(http.MethodGet, path, nil)
				req.Header.Set("Cookie", cookie)
				rec := httptest.NewRecorder()
				e.srv.Config.Handler.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s = %d", path, rec.Code)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(size), "bytes/page")
			// The server's CPU per page, GC included: on a shared machine
			// wall time mostly measures the neighbours.
			b.ReportMetric(float64((cputime.Process()-start).Nanoseconds())/float64(n), "cpu-ns/op")
		})
	}
}
