package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/hotline/hotline/service/mail"
)

// Scoring reads a bounded prefix of every message, so that the cost of one
// message is bounded whatever a client sends. The body limit is the mail
// parser's text limit, so a body sent as text and the same body inside a
// raw message are read to the same byte; the new text a customer writes
// comes first, and 256 KiB is far more than any person types.
const (
	// MaxBodyBytes is how much of a body is prepared and scored.
	MaxBodyBytes = mail.DefaultMaxTextBytes
	// MaxSubjectBytes is how much of a subject line is scored.
	MaxSubjectBytes = 1 << 10
	// MaxHTMLBytes is how much of an HTML-only body is rendered to text,
	// the same ratio of markup to text the mail parser allows.
	MaxHTMLBytes = 4 * MaxBodyBytes
)

// truncate returns the longest prefix of s of at most n bytes that does
// not split a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	// a UTF-8 sequence is at most 4 bytes, so this looks back at most 3
	for i > 0 && i > n-utf8.UTFMax && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// Prepare returns the text Hotline scores for a message: the subject line
// (unless it is inherited by a reply or forward), a blank line, and the body with quoted replies, forwarded history,
// signatures and mobile footers removed and whitespace normalised. It reads
// at most MaxSubjectBytes of the subject and MaxBodyBytes of the body. Only
// what the customer wrote this time should decide how hot the message is;
// an angry thread quoted under a calm "thanks, that fixed it" is not hot.
func Prepare(subject, body string) string {
	s, _ := prepare(subject, body)
	return s
}

// prepare is Prepare that also returns the length of the subject part.
func prepare(subject, body string) (string, int) {
	var sc lineScratch
	return prepareWith(subject, body, &sc)
}

// lineScratch holds slices prepareWith reuses between messages.
type lineScratch struct {
	lines, kept, quoted []string
	// buf is where the prepared text is built before its one copy into
	// the returned string.
	buf []byte
}

// splitLines is strings.Split(s, "\n") into dst's memory.
func splitLines(dst []string, s string) []string {
	dst = dst[:0]
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

// prepareWith is prepare using sc's memory for its line lists.
func prepareWith(subject, body string, sc *lineScratch) (string, int) {
	subject, body = truncate(subject, MaxSubjectBytes), truncate(body, MaxBodyBytes)
	b := sc.buf[:0]
	if need := len(subject) + len(body) + 2; cap(b) < need {
		b = make([]byte, 0, need)
	}
	// The subject is normalised in place: normalising never makes text
	// longer, and the view of b is dropped before b changes again.
	b, _ = appendLine(b, subject)
	rest, inherited := stripSubjectPrefixes(unsafe.String(unsafe.SliceData(b), len(b)))
	if inherited {
		// A reply or forward inherits the thread's subject: it says how the
		// first message felt, not this one, so only a new subject is scored.
		b = b[:0]
	} else {
		// rest is a suffix of b
		b = b[:copy(b, b[len(b)-len(rest):])]
	}
	subjectEnd := len(b)
	sc.lines = splitLines(sc.lines, body)
	lines := sc.lines
	quoted, kept := sc.quoted[:0], sc.kept[:0]
	defer func() { sc.quoted, sc.kept, sc.buf = quoted[:0], kept[:0], b[:0] }()
	for i := 0; i < len(lines); i++ {
		raw := lines[i]
		trimmed := raw
		if !trimmedEnds(raw) {
			trimmed = strings.TrimSpace(raw)
		}
		if plainLine(trimmed) {
			kept = append(kept, raw)
			continue
		}
		if isSignatureMark(raw, trimmed) || isHistoryStart(lines, i, trimmed) {
			break
		}
		if isAttribution(lines, i, trimmed) {
			// "On Tue, ... wrote:" above ">" lines: drop the header, the
			// quote drops itself, and an answer below it is kept. Without
			// ">" (HTML mail, some clients) the rest is history.
			if !strings.HasSuffix(trimmed, ":") {
				i++ // attribution wrapped over two lines
			}
			if !quotedNext(lines, i+1) {
				break
			}
			continue
		}
		if strings.HasPrefix(trimmed, ">") {
			quoted = append(quoted, strings.TrimLeft(trimmed, "> "))
			continue
		}
		if isFooter(trimmed) {
			continue
		}
		kept = append(kept, raw)
	}
	out := kept
	if !hasText(kept) {
		// A message that is nothing but a quote is scored on the quote:
		// it is all the sender chose to send. (kept itself must not
		// alias quoted: both are reused by the next message.)
		out = quoted
	}
	blank, wrote := false, false
	for _, raw := range out {
		mark := len(b)
		sep := ""
		if len(b) > 0 {
			sep = "\n"
			if blank || !wrote {
				sep = "\n\n"
			}
		}
		b = append(b, sep...)
		var ok bool
		if b, ok = appendLine(b, raw); !ok {
			// nothing but white space: undo the separator
			b = b[:mark]
			blank = true
			continue
		}
		blank = false
		wrote = true
	}
	return string(b), subjectEnd
}

// trimmedEnds reports a line that starts and ends with a byte from '!'
// to 0x7f, which strings.TrimSpace returns as it is: white space in
// ASCII is at most ' '. Most lines of a mail start and end with a word,
// and the test spares them the call.
func trimmedEnds(s string) bool {
	return s != "" && s[0]-'!' < utf8.RuneSelf-'!' && s[len(s)-1]-'!' < utf8.RuneSelf-'!'
}

// plainLine reports a trimmed line that none of the tests of
// prepareWith's loop can take for anything but the writer's text: it
// does not start as a signature mark, history, a quote or a footer can,
// does not end with the colon of an attribution and has no space third,
// as "On ..." and "Am ..." do. Most lines of a mail are such lines, and
// the few looks spare them every test. The tests compare ASCII prefixes
// ignoring case, which only ASCII bytes can match, so a line that starts
// with "b", "s" or "g" is plain unless an "e" follows ("begin forwarded
// message", "sent from my", "get outlook for"), and one that starts with
// "f", "v" or "d" unless its third to fifth byte is the colon of "de:",
// "von:" or "from:" ("de :" has its space third).
func plainLine(trimmed string) bool {
	n := len(trimmed)
	if n < 3 || trimmed[2] == ' ' || trimmed[n-1] == ':' {
		return false
	}
	switch trimmed[0] | 0x20 {
	case '-' | 0x20, '_' | 0x20, '>' | 0x20:
		return false
	case 'b', 's', 'g':
		return trimmed[1]|0x20 != 'e'
	case 'f', 'v', 'd':
		return trimmed[2] != ':' && (n < 4 || trimmed[3] != ':') && (n < 5 || trimmed[4] != ':')
	}
	return true
}

// stripSubjectPrefixes removes reply and forward markers in several
// languages ("Re: AW: Fwd:") and reports whether there were any.
func stripSubjectPrefixes(s string) (string, bool) {
	found := false
	for {
		i := strings.IndexByte(s, ':')
		if i <= 0 || i > 4 {
			return s, found
		}
		switch strings.ToLower(s[:i]) {
		case "re", "fw", "fwd", "aw", "wg", "sv", "vs", "tr", "rv", "enc":
			s = strings.TrimLeft(s[i+1:], " ")
			found = true
		default:
			return s, found
		}
	}
}

// appendLine appends the normalised form of s to b and reports whether it
// added anything. Normalising collapses every run of white space
// (including no-break and other Unicode spaces) to one space, drops
// control characters and invalid UTF-8, and trims the ends; it never
// makes a line longer.
func appendLine(b []byte, s string) ([]byte, bool) {
	start := len(b)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			// copy a run of printable ASCII in one go, with the single
			// spaces between its words: they are already normal
			j := i + 1
			j = plainBlocks(s, j)
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

// plainBlocks returns how far appendLine's copy loop can step from s[i:]
// eight bytes at a time: over blocks of printable ASCII with single
// spaces between words, where a space in a block's last byte comes before
// another printable byte. Most of a mail is such text, and testing eight
// bytes at once costs less than a loop over each.
func plainBlocks(s string, i int) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// every byte from ' ' to '~': none below 0x20, none above 0x7e
		if ((x-0x20*ones)&^x|(x+ones)|x)&highs != 0 {
			return i
		}
		// the spaces, one high bit each, exactly: no two side by side
		y := x ^ 0x20*ones
		sp := ^((y&lows + lows) | y) & highs
		if sp&(sp>>8) != 0 {
			return i
		}
		if sp>>63 != 0 && (i+8 >= len(s) || s[i+8] <= ' ' || s[i+8] >= 0x7f) {
			return i
		}
	}
	return i
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// isSignatureMark reports the conventional "-- " signature separator.
func isSignatureMark(raw, trimmed string) bool {
	return trimmed == "--" && strings.HasPrefix(strings.TrimRight(raw, "\r"), "--")
}

// isHistoryStart reports lines that begin forwarded or Outlook-quoted
// history, below which nothing is the customer's new text.
func isHistoryStart(lines []string, i int, trimmed string) bool {
	if trimmed == "" {
		return false
	}
	switch trimmed[0] {
	case '-':
		for _, p := range [...]string{"-----original message-----", "---------- forwarded message",
			"-----ursprüngliche nachricht-----", "-------- original message --------", "-------- message original --------"} {
			if hasPrefixFold(trimmed, p) {
				return true
			}
		}
	case 'b', 'B':
		return hasPrefixFold(trimmed, "begin forwarded message")
	case '_':
		if len(trimmed) >= 16 && strings.Trim(trimmed, "_") == "" {
			return headerBlockAt(lines, i+1)
		}
	case 'f', 'F', 'v', 'V', 'd', 'D':
		if hasPrefixFold(trimmed, "from:") || hasPrefixFold(trimmed, "von:") || hasPrefixFold(trimmed, "de :") || hasPrefixFold(trimmed, "de:") {
			return headerBlockAt(lines, i)
		}
	}
	return false
}

// headerBlockAt reports an Outlook-style quoted header block (From, then
// Sent or Date, To or Subject) starting at line i.
func headerBlockAt(lines []string, i int) bool {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i >= len(lines) {
		return false
	}
	first := strings.ToLower(strings.TrimSpace(lines[i]))
	if !(strings.HasPrefix(first, "from:") || strings.HasPrefix(first, "von:") || strings.HasPrefix(first, "de")) {
		return false
	}
	seen := 0
	for j := i + 1; j < len(lines) && j <= i+5; j++ {
		l := strings.ToLower(strings.TrimSpace(lines[j]))
		for _, p := range [...]string{"sent:", "date:", "to:", "subject:", "cc:", "gesendet:", "an:", "betreff:", "envoyé :", "à :", "objet :"} {
			if strings.HasPrefix(l, p) {
				seen++
				break
			}
		}
	}
	return seen >= 2
}

// attributionEnds are the endings of "On <date>, <name> wrote:" lines in
// the languages support mail commonly arrives in.
var attributionEnds = [...]string{"wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "ha scritto:", "schreef:", "skrev:", "napisał:", "escreveu:"}

// isAttribution reports a reply attribution line, possibly wrapped so that
// "wrote:" is on the next line.
func isAttribution(lines []string, i int, trimmed string) bool {
	if hasAttributionEnd(trimmed) {
		return len(trimmed) < 200
	}
	// the prefixes below are two letters and a space, and only "a", "l"
	// and "o" fold to their first letters: most lines end the test here
	if len(trimmed) < 3 || trimmed[2] != ' ' {
		return false
	}
	if c := trimmed[0] | 0x20; c != 'a' && c != 'l' && c != 'o' {
		return false
	}
	// German clients put the name after the verb: "Am ... schrieb Jan:"
	if hasPrefixFold(trimmed, "am ") && strings.HasSuffix(trimmed, ":") && strings.Contains(trimmed, " schrieb ") {
		return len(trimmed) < 200
	}
	if (hasPrefixFold(trimmed, "on ") || hasPrefixFold(trimmed, "am ") || hasPrefixFold(trimmed, "le ")) && i+1 < len(lines) {
		next := strings.TrimSpace(lines[i+1])
		return len(next) < 120 && hasAttributionEnd(next)
	}
	return false
}

// attributionBeforeColon holds the bytes that can stand before the
// colon of an attribution end, in any case: most lines that end with a
// colon ("I need three things from you today:") have another there, and
// it spares them the comparisons with every end. A byte of a longer
// UTF-8 sequence may always stand there.
var attributionBeforeColon = func() (set [256]bool) {
	for c := utf8.RuneSelf; c < len(set); c++ {
		set[c] = true
	}
	for _, e := range attributionEnds {
		c := e[len(e)-2]
		set[c] = true
		if isASCIILetter(c) {
			// "k" and "s" also fold to signs beyond ASCII, which the
			// bytes above cover
			set[c^0x20] = true
		}
	}
	return set
}()

func hasAttributionEnd(s string) bool {
	if len(s) < 2 || s[len(s)-1] != ':' || !attributionBeforeColon[s[len(s)-2]] {
		return false
	}
	for _, e := range attributionEnds {
		if hasSuffixFold(s, e) {
			return true
		}
	}
	return false
}

// maxFooter bounds the length of a client's footer line: "Sent from my
// iPhone" is short, and a longer line that starts the same way ("sent
// from my phone - can't get into my account ...") is the writer's text.
const maxFooter = 64

// isFooter reports boilerplate lines mail clients add.
func isFooter(trimmed string) bool {
	if trimmed == "" || len(trimmed) > maxFooter || (trimmed[0]|0x20 != 's' && trimmed[0]|0x20 != 'g') {
		return false
	}
	return hasPrefixFold(trimmed, "sent from my ") || hasPrefixFold(trimmed, "get outlook for ") ||
		hasPrefixFold(trimmed, "sent from mail for windows") || hasPrefixFold(trimmed, "sent from yahoo mail")
}

// quotedNext reports whether the first non-blank line from i on is quoted
// with ">".
func quotedNext(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t != "" {
			return strings.HasPrefix(t, ">")
		}
	}
	return false
}

func hasText(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}
