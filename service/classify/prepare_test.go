package classify

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPrepare(t *testing.T) {
	tests := []struct {
		name, subject, body, want string
	}{
		{"plain", "Login broken", "I can't log in.\n\nPlease help.", "Login broken\n\nI can't log in.\n\nPlease help."},
		{"whitespace", "  Two   spaces ", "a\t\tb  \r\n\n\n\nc\u00a0d", "Two spaces\n\na b\n\nc d"},
		{"no subject", "", "hello", "hello"},
		{"reply subject is inherited", "Re: AW: You are useless", "Thanks, fixed now.", "Thanks, fixed now."},
		{"signature", "", "Fix it please.\n-- \nJane Doe\nACME furious dept", "Fix it please."},
		{"gmail quote below", "", "Thanks, all good.\n\nOn Mon, 3 Nov 2025 at 09:12, Jane <j@example.com> wrote:\n> This is unacceptable!!!\n> Fix it", "Thanks, all good."},
		{"wrapped attribution", "", "Works now.\nOn Mon, 3 Nov 2025 at 09:12, Jane Doe\n<j@example.com> wrote:\n> I am furious", "Works now."},
		{"inline reply kept", "", "> Did the restart help?\nNo, still down.\n> Anything else?\nThe logs are attached.", "No, still down.\nThe logs are attached."},
		{"bottom posting", "", "On Tue, Bob wrote:\n> old text\n\nMy answer is below the quote.", "My answer is below the quote."},
		{"unquoted history after attribution", "", "Sorted.\nOn Tue, Bob wrote:\nold angry text", "Sorted."},
		{"outlook", "", "Works, thanks.\n\n________________________________\nFrom: Support\nSent: Friday\nTo: Me\nSubject: RE: x\n\nTHIS IS RIDICULOUS", "Works, thanks."},
		{"outlook no rule", "", "Works.\nFrom: Support <s@example.com>\nSent: Friday\nTo: Me\nOld text", "Works."},
		{"from line in text is kept", "", "From: my desk, nothing works.\nPlease call.", "From: my desk, nothing works.\nPlease call."},
		{"original message", "", "Ok.\n-----Original Message-----\nangry words", "Ok."},
		{"forwarded", "", "See below.\n---------- Forwarded message ---------\nFrom: x", "See below."},
		{"mobile footer", "", "Server down!\n\nSent from my iPhone", "Server down!"},
		{"a long line that opens like a footer", "", "sent from my phone - can't get into my account, the reset email never arrives. pls help",
			"sent from my phone - can't get into my account, the reset email never arrives. pls help"},
		{"only a quote", "", "> We're angry about this", "We're angry about this"},
		{"german attribution", "", "Danke.\nAm 03.11.2025 um 09:12 schrieb Jan:\n> alt", "Danke."},
		{"control characters", "", "a\x00b\x1bc", "abc"},
		{"invalid utf8", "", "caf\xe9 ok", "caf ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Prepare(tt.subject, tt.body); got != tt.want {
				t.Errorf("Prepare(%q, %q)\n got %q\nwant %q", tt.subject, tt.body, got, tt.want)
			}
		})
	}
}

// FuzzPrepare checks the invariants scoring relies on: valid UTF-8, no
// control characters or runs of spaces, and no leading or trailing white
// space, for any subject and body.
func FuzzPrepare(f *testing.F) {
	f.Add("Re: help", "Thanks.\n\nOn Mon, Bob wrote:\n> angry\n-- \nsig")
	f.Add("", "From: a\nSent: b\nTo: c\n")
	f.Add("HELP", "<p>x</p>\r\n\r\n\t ok")
	f.Fuzz(func(t *testing.T, subject, body string) {
		got, subjectEnd := prepare(subject, body)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		if subjectEnd < 0 || subjectEnd > len(got) {
			t.Fatalf("subject end %d outside %d bytes", subjectEnd, len(got))
		}
		if strings.TrimSpace(got) != got {
			t.Fatalf("untrimmed: %q", got)
		}
		if strings.Contains(got, "  ") || strings.Contains(got, "\n\n\n") || strings.ContainsAny(got, "\r\t\x00") {
			t.Fatalf("white space not normalised: %q", got)
		}
		for _, line := range strings.Split(got, "\n") {
			if line != strings.TrimSpace(line) {
				t.Fatalf("line %q not trimmed", line)
			}
		}
		// the tokenizer must accept whatever Prepare makes and keep spans inside it
		tz := newTokenizer()
		toks, marks := tz.scan(got, subjectEnd, nil, nil)
		for _, tk := range toks {
			if tk.start < 0 || tk.end <= tk.start || int(tk.end) > len(got) {
				t.Fatalf("token span %d:%d in %d bytes", tk.start, tk.end, len(got))
			}
		}
		for _, m := range marks {
			if m.start < 0 || m.end <= m.start || int(m.end) > len(got) {
				t.Fatalf("mark span %d:%d in %d bytes", m.start, m.end, len(got))
			}
		}
	})
}

// TestPrepareReusesScratchSafely checks that a quote-only message does not
// leave the reused line lists sharing memory, which garbled the next one.
func TestPrepareReusesScratchSafely(t *testing.T) {
	var sc lineScratch
	msgs := []string{"> only a quote\n> second line", "!\n> Y", "new text\n> old\n> older\nmore new text", "a\nb\n> c"}
	for round := 0; round < 3; round++ {
		for _, m := range msgs {
			got, _ := prepareWith("s", m, &sc)
			if want := Prepare("s", m); got != want {
				t.Fatalf("round %d, %q: prepared %q with reused scratch, %q fresh", round, m, got, want)
			}
		}
	}
}

// FuzzAppendLine checks appendLine, which copies plain text eight bytes
// at a time, against appendLineBytewise, the byte loop it replaced.
func FuzzAppendLine(f *testing.F) {
	f.Add("Hello world, this is plain text with single spaces and  double ones.")
	f.Add("abcdefg h\tij  klmnopq rstuvwx yz012345 ~\x7fend é\u00a0x ")
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := appendLine([]byte("x"), s)
		want, wantOK := appendLineBytewise([]byte("x"), s)
		if string(got) != string(want) || gotOK != wantOK {
			t.Fatalf("%q: appendLine %q, %v; byte loop %q, %v", s, got, gotOK, want, wantOK)
		}
	})
}

// appendLineBytewise is appendLine as it was before plainBlocks, kept to
// check it.
func appendLineBytewise(b []byte, s string) ([]byte, bool) {
	start := len(b)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			// copy a run of printable ASCII in one go, with the single
			// spaces between its words: they are already normal
			j := i + 1
			for j < len(s) {
				if c := s[j]; c > ' ' && c < 0x7f {
					j++
					continue
				}
				if s[j] == ' ' && j+1 < len(s) && s[j+1] > ' ' && s[j+1] < 0x7f {
					j += 2
					continue
				}
				break
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = true
				continue
			case c < 0x20 || c == 0x7f:
				continue
			}
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || r == '\u200b' || r == '\ufeff':
			continue
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	return b, len(b) > start
}

// FuzzPlainLine checks that a line plainLine passes is one that none of
// prepareWith's tests would take for a signature, history, an
// attribution, a quote or a footer.
func FuzzPlainLine(f *testing.F) {
	for _, s := range []string{"On Mon, 3 Nov 2025 at 08:01, Jan wrote:", "-- ", "> quoted", "From: a", "Sent from my iPhone",
		"Begin forwarded message:", "plain text here", "am 3. schrieb Jan:", "Get Outlook for iOS", "____________________",
		"Von: Jan", "de: Marie", "De : Marie", "from:x", "seems fine", "back soon", "done today"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, line, next string) {
		trimmed := strings.TrimSpace(line)
		if !plainLine(trimmed) {
			return
		}
		lines := []string{line, next}
		if isSignatureMark(line, trimmed) || isHistoryStart(lines, 0, trimmed) || isAttribution(lines, 0, trimmed) ||
			strings.HasPrefix(trimmed, ">") || isFooter(trimmed) {
			t.Fatalf("%q passes as plain but is not", line)
		}
	})
}
