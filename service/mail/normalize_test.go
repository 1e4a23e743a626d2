package mail

import (
	netmail "net/mail"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// normalizeRunes is normalizeText written rune by rune, without the ASCII
// fast path: the reference the fast path must match.
func normalizeRunes(s string) string {
	var b strings.Builder
	blanks, spaces, width, started := 0, []byte(nil), 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			fallthrough
		case r == '\n':
			if started {
				blanks++
			}
			spaces, width = spaces[:0], 0
		case r == '\t' || r == ' ' || r == '\u00a0':
			if width < 64 {
				c := byte(r)
				if r == '\u00a0' {
					c = ' '
				}
				spaces, width = append(spaces, c), width+size
			}
		case unicode.IsControl(r) || r == '\ufeff':
		default:
			if blanks > 0 {
				b.WriteString("\n\n"[:min(blanks, 2)])
			}
			if started {
				b.Write(spaces)
			}
			blanks, spaces, width, started = 0, spaces[:0], 0, true
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestNormalizeTextMatchesRuneByRune(t *testing.T) {
	for _, s := range []string{
		"", "a", " a ", "\r\n\r\nHello,\r\n\r\n\r\nworld  \r\n", "tab\there\x7fdel\x00nul",
		"caf\u00e9\u00a0\u00a0au lait\ufeff", "\xff\xfe broken", "a\rb\n\n\n\nc",
		strings.Repeat(" ", 100) + "x" + strings.Repeat("\t", 100) + "y",
		"Grüße,\n\n  Jürgen\u2003—\u0085 ok", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
		// Runs read eight bytes at a time: spaces, control bytes and
		// non-ASCII at each offset of a word, and a run ending in spaces.
		"abcdefg hijklmn  opqrstu   vwxyz\r\n", "abcdefgh        ijklmnop\r\n", "abcdefgh ",
		"a bcdefg\x7fhijklmnop\x1fqrstuvwxyz\u00e9abcdefgh\u00a0ijklmnop", "abcdefgh\tijklmnop",
		"1234567 " + strings.Repeat(" ", 70) + "x", "12345678" + strings.Repeat(" ", 64) + "12345678 \n",
	} {
		if got, want := normalizeText(s), normalizeRunes(s); got != want {
			t.Errorf("normalizeText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizeText(f *testing.F) {
	f.Add("Hello,\r\n\r\n  world\u00a0!\t\x01")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeText(s), normalizeRunes(s); got != want {
			t.Fatalf("normalizeText(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestParseDateFastPathAgreesWithNetMail(t *testing.T) {
	for _, v := range []string{
		"Mon, 23 Nov 2026 10:00:00 +0000", "Tue, 01 Dec 2026 23:59:59 -0830",
		"Wed, 02 Dec 2026 01:02:03 +1400", "Sun, 31 Dec 1999 12:00:00 +0100",
	} {
		got, ok := parseDate(v)
		want, err := netmail.ParseDate(v)
		if !ok || err != nil || !got.Equal(want) || got.Format(time.RFC3339) != want.Format(time.RFC3339) {
			t.Errorf("parseDate(%q) = %v, %v; net/mail: %v, %v", v, got, ok, want, err)
		}
	}
}
