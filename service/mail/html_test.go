package mail

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"plain text", "hello world", "hello world"},
		{"whitespace runs collapse", "  hello \n\t  world  ", "hello world"},
		{"entities decoded", "Fish &amp; chips &lt;3 &eacute;t&eacute; &#8364;5 &nbsp;now", "Fish & chips <3 été €5 now"},
		{"script and style dropped", "<style>p{color:red}</style><p>Hi</p><script>alert('x')</script>", "Hi"},
		{"head dropped", "<html><head><title>Order</title><meta charset=utf-8></head><body>Body text</body></html>", "Body text"},
		{"unclosed head ends at body", "<head><title>T</title><body>Visible", "Visible"},
		{"paragraphs keep a blank line", "<p>First para.</p><p>Second para.</p>", "First para.\n\nSecond para."},
		{"div is a line", "<div>one</div><div>two</div>", "one\ntwo"},
		{"br is a newline", "line one<br>line two<br/>line three", "line one\nline two\nline three"},
		{"double br is a blank line", "a<br><br>b", "a\n\nb"},
		{"many br capped at one blank line", "a<br><br><br><br>b", "a\n\nb"},
		{"links keep text", `Click <a href="https://example.com/x">here</a> now`, "Click here now"},
		{"inline tags do not split words", "un<b>believ</b>able", "unbelievable"},
		{"inline tags keep spaces", "I am <strong>very</strong> <em>angry</em>", "I am very angry"},
		{"list items", "<ul><li>one</li><li>two</li></ul>", "- one\n- two"},
		{"table cells separated", "<table><tr><td>Order</td><td>123</td></tr><tr><td>Status</td><td>late</td></tr></table>", "Order 123\nStatus late"},
		{"headings", "<h1>Refund</h1>Please refund me", "Refund\n\nPlease refund me"},
		{"comments dropped", "a<!-- secret -->b", "ab"},
		{"hidden preheader dropped", `<div style="display: none">preview text</div><p>Real text</p>`, "Real text"},
		{"hidden nested elements", `<div style="display:none"><div>x</div><span>y</span></div>z`, "z"},
		{"hidden attribute", `<span hidden>no</span>yes`, "yes"},
		{"pre keeps lines", "<pre>a  b\nc</pre>", "a b\nc"},
		{"unclosed script drops rest", "ok<script>var x = 1;", "ok"},
		{"uppercase tags", "<P>ONE</P><BR>TWO", "ONE\n\nTWO"},
		{"malformed markup", "<p>a<div<b>c</p></x>>d", "ac\n\n>d"},
		{"stray end br", "a</br>b", "a\nb"},
		{"invalid utf8 replaced", "caf\xe9 ok", "caf\uFFFD ok"},
		{"blockquote", "Thanks<blockquote>old reply</blockquote>new", "Thanks\n\nold reply\n\nnew"},
		{"nbsp only", "&nbsp;&nbsp;", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HTMLToText(tt.in)
			if got != tt.want {
				t.Errorf("HTMLToText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("output is not valid UTF-8: %q", got)
			}
		})
	}
}

// TestHTMLToTextLinear feeds inputs that defeat naive implementations (deep
// nesting, huge unclosed tags) and checks both correctness and that doubling
// the input does not much more than double the time.
func TestHTMLToTextLinear(t *testing.T) {
	build := func(n int) string {
		return strings.Repeat("<div><b>", n) + "core" + strings.Repeat("</b></div>", n)
	}
	measure := func(s string) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			out := HTMLToText(s)
			if d := time.Since(start); d < best {
				best = d
			}
			if out != "core" {
				t.Fatalf("nested output = %q, want %q", out, "core")
			}
		}
		return best
	}
	small := measure(build(20000))
	large := measure(build(160000))
	// 8x the input; quadratic behaviour would be ~64x. Allow generous noise
	// for a shared machine.
	if large > 30*small && large > 200*time.Millisecond {
		t.Errorf("8x input took %v vs %v: not linear", large, small)
	}
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{
		"", "<p>x</p>", "<script>", "<head><body>", "<div style=display:none>", "&#x110000;", "<pre>\n</pre>",
		"<a href=x>link</a>", "<<>>", "<table><td>a<td>b", "\xff\xfe<b>\x00</b>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLToText(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("more than one blank line in %q", out)
		}
		if out != strings.TrimSpace(out) {
			t.Fatalf("untrimmed output %q", out)
		}
	})
}
