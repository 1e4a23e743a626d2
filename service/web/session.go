package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hotline/hotline/service/auth"
)

// Cookie names. The session cookie is HttpOnly, SameSite=Lax and Secure
// behind TLS; the sign-in cookie only guards the sign-in form against
// login CSRF.
const (
	sessionCookie = "hotline_session"
	signinCookie  = "hotline_signin"
)

// maxNameLen bounds the name recorded in alert histories.
const maxNameLen = 64

// session is a signed-in person.
type session struct {
	Person string
	Role   auth.Role
	// nonce ties the CSRF token to this sign-in, so a token from an
	// earlier session does not work in a later one.
	nonce   string
	expires time.Time
}

var b64 = base64.RawURLEncoding

func (h *Handler) mac(parts ...string) []byte {
	m := hmac.New(sha256.New, h.opt.SessionKey)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return m.Sum(nil)
}

// encodeSession makes the cookie value: the claims and their HMAC. The
// cookie holds no secret, only a name and a role the server signed, so
// replicas sharing the key accept each other's sessions.
func (h *Handler) encodeSession(s session) string {
	payload := strings.Join([]string{"v1", strconv.Itoa(int(s.Role)), strconv.FormatInt(s.expires.Unix(), 10), s.nonce, s.Person}, "|")
	return b64.EncodeToString([]byte(payload)) + "." + b64.EncodeToString(h.mac("session", payload))
}

func (h *Handler) decodeSession(v string) (session, bool) {
	p64, sig64, ok := strings.Cut(v, ".")
	if !ok {
		return session{}, false
	}
	payload, err1 := b64.DecodeString(p64)
	sig, err2 := b64.DecodeString(sig64)
	if err1 != nil || err2 != nil || !hmac.Equal(sig, h.mac("session", string(payload))) {
		return session{}, false
	}
	parts := strings.SplitN(string(payload), "|", 5)
	if len(parts) != 5 || parts[0] != "v1" {
		return session{}, false
	}
	role, err1 := strconv.Atoi(parts[1])
	exp, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil || (auth.Role(role) != auth.Read && auth.Role(role) != auth.Admin) {
		return session{}, false
	}
	s := session{Role: auth.Role(role), expires: time.Unix(exp, 0), nonce: parts[3], Person: parts[4]}
	if !h.opt.Now().Before(s.expires) {
		return session{}, false
	}
	return s, true
}

// session returns the signed-in person of r: from the SSO proxy's header
// when one is configured, else from the session cookie.
func (h *Handler) session(r *http.Request) (session, bool) {
	if hdr := h.opt.ProxyUserHeader; hdr != "" {
		name, err := checkName(r.Header.Get(hdr))
		if err != "" {
			return session{}, false
		}
		return session{Person: name, Role: h.opt.ProxyRole, nonce: "proxy"}, true
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return session{}, false
	}
	return h.decodeSession(c.Value)
}

// csrfToken is the token every form of s carries.
func (h *Handler) csrfToken(s session) string {
	return b64.EncodeToString(h.mac("csrf", s.nonce, s.Person))
}

func (h *Handler) validCSRF(s session, token string) bool {
	want := h.csrfToken(s)
	return token != "" && subtle.ConstantTimeCompare([]byte(token), []byte(want)) == 1
}

func (h *Handler) secure(r *http.Request) bool { return h.opt.SecureCookies || r.TLS != nil }

func (h *Handler) setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: h.secure(r), SameSite: http.SameSiteLaxMode})
}

func randomToken() string {
	b := make([]byte, 18)
	rand.Read(b)
	return b64.EncodeToString(b)
}

// checkName trims a person's name and says what is wrong with it, if
// anything: it ends up in every alert history line they cause.
func checkName(name string) (string, string) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", "Enter your name: it is recorded with everything you do here."
	case !utf8.ValidString(name) || utf8.RuneCountInString(name) > maxNameLen:
		return "", "Use a name of at most 64 characters."
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "", "The name contains control characters."
	}
	return name, ""
}

// localPath keeps the after-sign-in redirect on this site.
func localPath(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") ||
		strings.HasPrefix(next, "/signin") || strings.HasPrefix(next, "/partials/") || strings.HasPrefix(next, "/events") {
		return "/"
	}
	return next
}

type signinPage struct {
	basePage
	Next, Name, Error string
	SigninToken       string
	Proxy             bool
}

func (h *Handler) signinForm(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.session(r); ok {
		http.Redirect(w, r, localPath(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	h.showSignin(w, r, http.StatusOK, "", "")
}

func (h *Handler) showSignin(w http.ResponseWriter, r *http.Request, status int, name, msg string) {
	tok := randomToken()
	h.setCookie(w, r, signinCookie, tok, 3600)
	next := r.URL.Query().Get("next")
	if r.Method == http.MethodPost {
		next = r.PostForm.Get("next")
	}
	p := signinPage{basePage: h.base(session{}, "signin"), Next: localPath(next), Name: name, Error: msg,
		SigninToken: tok, Proxy: h.opt.ProxyUserHeader != ""}
	if err := h.render(w, status, "signin", p); err != nil {
		h.log.ErrorContext(r.Context(), "sign-in page", "err", err)
	}
}

// signin exchanges a bearer token and a name for a session cookie. The
// token itself is never stored in the cookie or logged.
func (h *Handler) signin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		h.showSignin(w, r, http.StatusBadRequest, "", "The form could not be read.")
		return
	}
	c, err := r.Cookie(signinCookie)
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.PostForm.Get("signin"))) != 1 {
		h.showSignin(w, r, http.StatusForbidden, r.PostForm.Get("name"), "The sign-in form expired. Try again.")
		return
	}
	if h.opt.ProxyUserHeader != "" {
		h.showSignin(w, r, http.StatusUnauthorized, "", "Sign in through your company sign-in; this page takes its name from there.")
		return
	}
	role, owner, ok := h.opt.Tokens.Lookup(strings.TrimSpace(r.PostForm.Get("token")))
	if !ok {
		h.opt.Metrics.signin("refused")
		h.log.WarnContext(r.Context(), "team page sign-in refused", "remote", r.RemoteAddr)
		h.showSignin(w, r, http.StatusUnauthorized, r.PostForm.Get("name"), "That token is not accepted. Use a read or admin token from the service's token file.")
		return
	}
	// A token the file gives to a person signs in that person, whatever
	// was typed: the history then records who really acted.
	typed := r.PostForm.Get("name")
	if owner != "" {
		typed = owner
	}
	name, problem := checkName(typed)
	if problem != "" {
		h.showSignin(w, r, http.StatusBadRequest, r.PostForm.Get("name"), problem)
		return
	}
	s := session{Person: name, Role: role, nonce: randomToken(), expires: h.opt.Now().Add(h.opt.SessionTTL)}
	h.setCookie(w, r, sessionCookie, h.encodeSession(s), int(h.opt.SessionTTL/time.Second))
	h.setCookie(w, r, signinCookie, "", -1)
	h.opt.Metrics.signin("ok")
	h.log.InfoContext(r.Context(), "team page sign-in", "person", name, "role", role.String())
	http.Redirect(w, r, localPath(r.PostForm.Get("next")), http.StatusSeeOther)
}

func (h *Handler) signout(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	s, ok := h.session(r)
	if ok && r.ParseForm() == nil && h.validCSRF(s, r.PostForm.Get("csrf")) {
		h.setCookie(w, r, sessionCookie, "", -1)
	}
	http.Redirect(w, r, "/signin", http.StatusSeeOther)
}
