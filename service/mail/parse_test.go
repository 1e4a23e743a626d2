package mail

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// goldenResult is what a golden file holds for one input message.
type goldenResult struct {
	Error   string   `json:",omitempty"`
	Message *Message `json:",omitempty"`
}

func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("found %d corpus files, want at least 20", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".eml")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var res goldenResult
			m, err := Parse(bytes.NewReader(raw), Options{})
			if err != nil {
				res.Error = err.Error()
			} else {
				res.Message = m
				checkInvariants(t, m, int64(len(raw)), Options{}.withDefaults())
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(res); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestParseGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s:\n got: %s\nwant: %s", golden, got, want)
			}
		})
	}
}

// TestParserReuse parses the corpus with one Parser, forwards and then
// backwards, and expects what a fresh parse of each message gives.
func TestParserReuse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	var ps Parser
	for round := range 2 {
		for i := range files {
			file := files[i]
			if round == 1 {
				file = files[len(files)-1-i]
			}
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, werr := Parse(bytes.NewReader(raw), Options{})
			got, gerr := ps.Parse(bytes.NewReader(raw), Options{})
			if !reflect.DeepEqual(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
				t.Errorf("%s, round %d: reused Parser gave %+v, %v; want %+v, %v", file, round, got, gerr, want, werr)
			}
		}
	}
}

// checkInvariants holds for every successfully parsed message.
func checkInvariants(t *testing.T, m *Message, size int64, opts Options) {
	t.Helper()
	if m.Size != size {
		t.Errorf("Size = %d, want %d", m.Size, size)
	}
	if m.Truncated != (size > opts.MaxBytes) {
		t.Errorf("Truncated = %v for %d bytes with MaxBytes %d", m.Truncated, size, opts.MaxBytes)
	}
	if len(m.Text) > opts.MaxTextBytes {
		t.Errorf("Text has %d bytes, limit %d", len(m.Text), opts.MaxTextBytes)
	}
	strs := []string{m.MessageID, m.InReplyTo, m.From, m.FromName, m.Subject, m.Text, m.HTML}
	strs = append(strs, m.References...)
	strs = append(strs, m.To...)
	strs = append(strs, m.Problems...)
	for k, v := range m.Headers {
		strs = append(strs, k, v)
	}
	for _, a := range m.Attachments {
		strs = append(strs, a.Name, a.ContentType)
		if a.Size < 0 {
			t.Errorf("attachment %q has negative size", a.Name)
		}
	}
	for _, s := range strs {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 in output: %q", s)
		}
	}
	for _, id := range append([]string{m.MessageID, m.InReplyTo}, m.References...) {
		if strings.ContainsAny(id, "<> \t\r\n") {
			t.Errorf("message id %q keeps brackets or spaces", id)
		}
	}
}

// TestParseSemantics states the important expectations directly, so a
// careless -update cannot bless a regression in them.
func TestParseSemantics(t *testing.T) {
	tests := []struct {
		file  string
		check func(t *testing.T, m *Message)
	}{
		{"plain.eml", func(t *testing.T, m *Message) {
			eq(t, "From", m.From, "dana.kowalski@example.org")
			eq(t, "FromName", m.FromName, "Dana Kowalski")
			eq(t, "MessageID", m.MessageID, "CAF3x9-Yk2=q@mail.example.org")
			eq(t, "Date", m.Date.UTC().Format("2006-01-02T15:04:05Z"), "2026-11-24T09:13:55Z")
			contains(t, m.Text, "This is the THIRD time I am writing.")
			noProblems(t, m)
		}},
		{"alternative.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, "€49.00 on the 20th and again on the 21st.")
			notContains(t, m.Text, "<div")
			contains(t, m.HTML, "<div dir=\"ltr\">")
			eq(t, "InReplyTo", m.InReplyTo, "ticket-8812@hotline.example")
			eq(t, "References", strings.Join(m.References, " "), "ticket-8812@hotline.example 20261120101500.AB22@rossi.example")
			eq(t, "To", strings.Join(m.To, ","), "support@hotline.example,billing@hotline.example")
			noProblems(t, m)
		}},
		{"html-only.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, `contacted you "twice" already & got nothing.`)
			contains(t, m.Text, "Fix it or I’m cancelling. See this screenshot.")
			notContains(t, m.Text, "font-family")
			notContains(t, m.Text, "Preview")
			notContains(t, m.Text, "track()")
		}},
		{"nested.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "The parcel arrived crushed. Photos below and the courier's reply forwarded.")
			contains(t, m.HTML, "<b>crushed</b>")
			notContains(t, m.Text, "Claim rejected")
			wantAttachments(t, m, "box.png image/png 1024", "receipt.pdf application/pdf 3016", " message/rfc822 ")
		}},
		{"attachments.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Logs attached. The sync has failed every night since Monday.")
			wantAttachments(t, m, "sync.log text/plain ", "Bericht über Fehler.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 504", "dump.bin application/octet-stream 10")
		}},
		{"rfc2047.eml", func(t *testing.T, m *Message) {
			eq(t, "Subject", m.Subject, "Dringend: Rückerstattung für Bestellung „4711“")
			eq(t, "FromName", m.FromName, "Renée Müller")
			wantAttachments(t, m, "Rechnung März.pdf application/pdf 9")
		}},
		{"iso-8859-1.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, "J'ai été facturé deux fois")
			eq(t, "Subject", m.Subject, "Problème de facturation")
			eq(t, "FromName", m.FromName, "François Lefèvre")
		}},
		{"windows-1252.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, "€49 == that’s what your agent said – now it’s €89.")
			contains(t, m.Text, "“Unacceptable” doesn’t begin")
			eq(t, "Subject", m.Subject, "“Unacceptable” service")
		}},
		{"koi8-r.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, "Уже две недели жду возврата денег.")
			eq(t, "Subject", m.Subject, "Возврат денег")
			eq(t, "FromName", m.FromName, "Иван Петров")
		}},
		{"shift_jis.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, "注文した商品がまだ届きません。")
			eq(t, "Subject", m.Subject, "商品が届きません")
		}},
		{"bad-boundary.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Your courier left my fridge in the rain.")
			hasProblem(t, m, "boundary of part 1 not found")
		}},
		{"missing-boundary.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "I can't log in and nobody answers the phone.")
			hasProblem(t, m, "missing boundary")
		}},
		{"unknown-charset.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Plain words survive, bytes \uFFFD do not.")
			hasProblem(t, m, "unknown charset x-foo")
		}},
		{"broken-base64.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "The replacement part is also broken. I want my money back.")
			hasProblem(t, m, "bad base64 in part 1")
			hasProblem(t, m, "bad base64 in part 2")
		}},
		{"broken-qp.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "Discount = 100% =ZZ not applied, café closed early and 50% off was a lie.")
			hasProblem(t, m, "bad quoted-printable")
		}},
		{"no-headers.eml", func(t *testing.T, m *Message) {
			contains(t, m.Text, "Hi, my order never came")
			contains(t, m.Text, "Alex")
			hasProblem(t, m, "message has no header")
		}},
		{"8bit-headers.eml", func(t *testing.T, m *Message) {
			eq(t, "Subject", m.Subject, "Rückgabe abgelehnt – warum?")
			eq(t, "FromName", m.FromName, "Jürgen Groß")
			eq(t, "Text", m.Text, "Meine Rücksendung wurde abgelehnt.")
			hasProblem(t, m, "8-bit data in Subject header")
		}},
		{"truncated.eml", func(t *testing.T, m *Message) {
			eq(t, "Text", m.Text, "The first part arrived whole.")
			hasProblem(t, m, "part 2 ends without its closing boundary")
			wantAttachments(t, m, "evidence.zip application/zip 10")
		}},
		{"priority.eml", func(t *testing.T, m *Message) {
			eq(t, "X-Priority", m.Headers["X-Priority"], "1 (Highest)")
			eq(t, "X-MSMail-Priority", m.Headers["X-MSMail-Priority"], "High")
			eq(t, "Importance", m.Headers["Importance"], "High")
			eq(t, "Auto-Submitted", m.Headers["Auto-Submitted"], "auto-generated")
			eq(t, "List-Id", m.Headers["List-Id"], "Ops alerts <ops.monitor.example>")
			eq(t, "InReplyTo", m.InReplyTo, "outage-1@monitor.example")
			eq(t, "References", strings.Join(m.References, " "), "outage-0@monitor.example outage-1@monitor.example")
			eq(t, "Date", m.Date.UTC().Format("2006-01-02T15:04:05Z"), "2026-11-07T03:12:00Z")
		}},
		{"no-blank-line.eml", func(t *testing.T, m *Message) {
			eq(t, "Subject", m.Subject, "forgot the blank line")
			eq(t, "Text", m.Text, "Hello, the header above has no blank line after it.")
			hasProblem(t, m, "header not followed by a blank line")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(bytes.NewReader(raw), Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.check(t, m)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		r    io.Reader
		want error
	}{
		{"empty", strings.NewReader(""), ErrNotMessage},
		{"blank lines", strings.NewReader("\r\n\r\n  \r\n"), ErrNotMessage},
		{"reader fails", io.MultiReader(strings.NewReader("Subject: x\r\n"), errReader{}), errBroken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.r, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse error = %v (message %+v), want %v", err, m, tt.want)
			}
		})
	}
}

var errBroken = errors.New("connection reset")

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errBroken }

func TestParseLimits(t *testing.T) {
	body := strings.Repeat("angry words ", 1000) // 12000 bytes
	raw := "Subject: long\r\n\r\n" + body
	m, err := Parse(strings.NewReader(raw), Options{MaxTextBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Text) > 100 || !strings.HasPrefix(m.Text, "angry words angry") {
		t.Errorf("Text = %q, want at most 100 bytes of the body", m.Text)
	}
	hasProblem(t, m, "text of part 1 cut at 100 bytes")

	m, err = Parse(strings.NewReader(raw), Options{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Truncated || m.Size != int64(len(raw)) {
		t.Errorf("Truncated = %v, Size = %d; want true, %d", m.Truncated, m.Size, len(raw))
	}
	if n := len(m.Text); n < 900 || n > 1000 {
		t.Errorf("Text has %d bytes, want the first ~1000 bytes of the message", n)
	}
}

func TestParseDeepNesting(t *testing.T) {
	var b strings.Builder
	b.WriteString("Subject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n")
	const depth = 200
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n", i, i+1)
	}
	fmt.Fprintf(&b, "--b%d\r\nContent-Type: text/plain\r\n\r\ninner\r\n", depth)
	for i := depth; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	m, err := Parse(strings.NewReader(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	hasProblem(t, m, "multipart nested too deeply")
}

func eq(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func contains(t *testing.T, s, sub string) {
	t.Helper()
	if !strings.Contains(s, sub) {
		t.Errorf("text %q does not contain %q", s, sub)
	}
}

func notContains(t *testing.T, s, sub string) {
	t.Helper()
	if strings.Contains(s, sub) {
		t.Errorf("text %q contains %q", s, sub)
	}
}

func noProblems(t *testing.T, m *Message) {
	t.Helper()
	if len(m.Problems) > 0 {
		t.Errorf("unexpected problems %q", m.Problems)
	}
}

func hasProblem(t *testing.T, m *Message, prefix string) {
	t.Helper()
	for _, p := range m.Problems {
		if strings.HasPrefix(p, prefix) {
			return
		}
	}
	t.Errorf("problems %q lack one starting with %q", m.Problems, prefix)
}

// wantAttachments compares "name type size" triples; an empty size field
// only checks that the size is positive.
func wantAttachments(t *testing.T, m *Message, want ...string) {
	t.Helper()
	if len(m.Attachments) != len(want) {
		t.Fatalf("attachments %+v, want %d", m.Attachments, len(want))
	}
	for i, a := range m.Attachments {
		parts := strings.Split(want[i], " ")
		size := parts[len(parts)-1]
		got := fmt.Sprintf("%s %s %d", a.Name, a.ContentType, a.Size)
		if size == "" {
			got = fmt.Sprintf("%s %s ", a.Name, a.ContentType)
			if a.Size <= 0 {
				t.Errorf("attachment %d has size %d", i, a.Size)
			}
		}
		if got != want[i] {
			t.Errorf("attachment %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestParseHeaderEncodedWords(t *testing.T) {
	tests := []struct {
		name, subject, want, problem string
	}{
		{"utf-8 base64", "=?UTF-8?B?w4ljaGVj?=", "Échec", ""},
		{"adjacent words join", "=?UTF-8?Q?a?= =?UTF-8?Q?b?=", "ab", ""},
		{"unknown charset keeps the rest", "Re: =?x-unknown?Q?caf=E9?= =?UTF-8?Q?_=E2=80=94_late?=", "Re: caf\uFFFD — late", "unknown charset x-unknown in Subject header"},
		{"malformed word left as is", "=?UTF-8?Q?broken", "=?UTF-8?Q?broken", ""},
		{"control characters removed", "a\x00b\x1bc", "a b c", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(strings.NewReader("Subject: "+tt.subject+"\r\n\r\nbody"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			eq(t, "Subject", m.Subject, tt.want)
			if tt.problem != "" {
				hasProblem(t, m, tt.problem)
			}
		})
	}
}

// TestParserResultsOutliveReuse keeps every message a Parser returned and
// compares them with fresh parses only after the Parser has read all the
// others: nothing it returns may share the buffers it reads the next
// message into.
func TestParserResultsOutliveReuse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	var raws [][]byte
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		raws = append(raws, raw)
	}
	for i := range 20 {
		raws = append(raws, fmt.Appendf(nil, "From: a@example.com\r\nSubject: plain %d\r\n\r\nLine one of message %d.  \r\n\r\n\r\nLine two, caf\xc3\xa9 %s.\r\n", i, i, strings.Repeat("x", i*50)))
	}
	var ps Parser
	got := make([]*Message, len(raws))
	for i, raw := range raws {
		got[i], _ = ps.Parse(bytes.NewReader(raw), Options{})
	}
	for i, raw := range raws {
		want, _ := Parse(bytes.NewReader(raw), Options{})
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("message %d changed after the Parser read the others:\n got %+v\nwant %+v", i, got[i], want)
		}
	}
}

// TestNormalizedUTF8 checks the shortcut for a message that is one text
// part against the way every other part is read: toText, then
// normalizeText.
func TestNormalizedUTF8(t *testing.T) {
	texts := []string{
		"", "plain", "  lead\r\n\r\n\r\ntrail  \r\n", "caf\xc3\xa9\tand\u00a0more\r\n",
		"bad \xff byte", "\x00control\x7f", "\ufeffbom", strings.Repeat("word ", 2000),
	}
	for _, cs := range []string{"", "utf-8", `"UTF-8"`, "us-ascii", "iso-8859-1", "windows-1252", "bogus"} {
		for _, text := range texts {
			got, ok := normalizedUTF8([]byte(text), cs)
			var p parser
			p.start(Options{}.withDefaults(), nil, &Message{})
			viaText := p.toText([]byte(text), cs, "text/plain", "1")
			fast := viaText == text && len(p.msg.Problems) == 0 && utf8Charset(cs)
			if ok != fast {
				t.Errorf("charset %q, text %q: shortcut taken %v, want %v", cs, text, ok, fast)
			}
			if ok && got != normalizeText(viaText) {
				t.Errorf("charset %q, text %q: shortcut gave %q, want %q", cs, text, got, normalizeText(viaText))
			}
		}
	}
}
