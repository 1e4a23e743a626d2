package coach

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the draft: its folded form (lower case, common
// accents removed, typographic apostrophes made plain) and its byte span
// in the original text.
type token struct {
	text       string
	start, end int
	// line is the 0-based line the token is on, for rules that look at
	// the greeting or the sign-off.
	line int
}

// tokenize splits text into words, skipping quoted history (lines starting
// with ">" and everything after an "On ... wrote:" or "Original Message"
// line), so that the customer's own words quoted below a reply are never
// held against the person replying. cut is where the quoted history starts
// (len(text) when there is none).
func tokenize(text string, dst []token) (toks []token, cut int) {
	var b strings.Builder
	line := 0
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		l := text[lineStart:lineEnd]
		trimmed := strings.TrimSpace(l)
		if quoteStart(trimmed) {
			return dst, lineStart
		}
		if !strings.HasPrefix(trimmed, ">") {
			dst = tokenizeLine(l, lineStart, line, dst, &b)
		}
		line++
		lineStart = lineEnd + 1
	}
	return dst, len(text)
}

// quoteStart reports whether a line opens the quoted history of a reply.
func quoteStart(l string) bool {
	if strings.Contains(l, "Original Message") || strings.HasPrefix(l, "-----Ursprüngliche Nachricht") {
		return true
	}
	if !strings.HasSuffix(l, ":") {
		return false
	}
	for _, p := range [...]string{"On ", "Am ", "Le ", "El "} {
		if strings.HasPrefix(l, p) {
			low := strings.ToLower(l)
			for _, w := range [...]string{"wrote:", "schrieb", "a écrit", "escribió"} {
				if strings.Contains(low, w) {
					return true
				}
			}
		}
	}
	return false
}

func tokenizeLine(l string, off, line int, dst []token, b *strings.Builder) []token {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		// Spans are in the original text, which may be longer than the
		// folded word ("é" is two bytes, "e" one).
		orig := strings.TrimRight(l[start:end], "'’")
		b.Reset()
		for _, r := range orig {
			b.WriteRune(fold(r))
		}
		if orig != "" {
			dst = append(dst, token{text: b.String(), start: off + start, end: off + start + len(orig), line: line})
		}
		start = -1
	}
	for i, r := range l {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if (r == '\'' || r == '’') && start >= 0 {
			word = true // don't, provider's, aujourd'hui
		}
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(l))
	return dst
}

// fold lowers r and strips the accents the four languages use, so that a
// pattern written "desole" matches "désolé" and a draft typed without
// accents still matches.
func fold(r rune) rune {
	switch r {
	case '’', '‘':
		return '\''
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ä', 'ã':
		return 'a'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'ö', 'õ':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	case 'ñ':
		return 'n'
	}
	return r
}

// elemKind is how one element of a pattern matches tokens.
type elemKind uint8

const (
	elemWord   elemKind = iota // the token equals the word
	elemPrefix                 // "apolog*": the token starts with it
	elemSuffix                 // "*'s": the token ends with it
	elemAny                    // "*": any one token
	elemGap                    // "...": zero to maxGap tokens
)

// maxGap is how many tokens "..." may skip: enough for "definitely be
// back up in", short enough not to join clauses.
const maxGap = 4

type elem struct {
	kind elemKind
	text string
}

// pattern is one compiled phrase of a rule.
type pattern struct {
	source string
	elems  []elem
}

// compilePattern turns "we apologi* for ... inconvenience" into elements,
// folding words the way the draft is folded.
func compilePattern(src string) (pattern, error) {
	fields := strings.Fields(src)
	p := pattern{source: src, elems: make([]elem, 0, len(fields))}
	var b strings.Builder
	for _, f := range fields {
		switch {
		case f == "*":
			p.elems = append(p.elems, elem{kind: elemAny})
			continue
		case f == "...":
			if len(p.elems) == 0 {
				return p, fmt.Errorf("pattern %q: cannot start with a gap", src)
			}
			p.elems = append(p.elems, elem{kind: elemGap})
			continue
		}
		kind := elemWord
		switch {
		case strings.HasSuffix(f, "*"):
			kind, f = elemPrefix, strings.TrimSuffix(f, "*")
		case strings.HasPrefix(f, "*"):
			kind, f = elemSuffix, strings.TrimPrefix(f, "*")
		}
		if plainWord(f) {
			p.elems = append(p.elems, elem{kind: kind, text: f})
			continue
		}
		// A pattern word splits like the draft does: "calmez-vous" is two.
		var words []token
		words = tokenizeLine(f, 0, 0, words, &b)
		if len(words) == 0 {
			return p, fmt.Errorf("pattern %q: %q has no letters", src, f)
		}
		for i, w := range words {
			k := elemWord
			if (i == len(words)-1 && kind == elemPrefix) || (i == 0 && kind == elemSuffix) {
				k = kind
			}
			p.elems = append(p.elems, elem{kind: k, text: w.text})
		}
	}
	if len(p.elems) == 0 {
		return p, fmt.Errorf("empty pattern")
	}
	if p.elems[len(p.elems)-1].kind == elemGap {
		return p, fmt.Errorf("pattern %q: cannot end with a gap", src)
	}
	return p, nil
}

// matchAt reports the index one past the last token matched when p
// matches toks starting at i, or -1.
func (p *pattern) matchAt(toks []token, i int) int {
	return matchElems(p.elems, toks, i)
}

func matchElems(es []elem, toks []token, i int) int {
	for k, e := range es {
		if e.kind == elemGap {
			for skip := 0; skip <= maxGap && i+skip <= len(toks); skip++ {
				if end := matchElems(es[k+1:], toks, i+skip); end >= 0 {
					return end
				}
			}
			return -1
		}
		if i >= len(toks) {
			return -1
		}
		t := toks[i].text
		switch e.kind {
		case elemWord:
			if t != e.text {
				return -1
			}
		case elemPrefix:
			if !strings.HasPrefix(t, e.text) {
				return -1
			}
		case elemSuffix:
			if !strings.HasSuffix(t, e.text) {
				return -1
			}
		}
		i++
	}
	return i
}

// phraseIndex finds every pattern of a set in one pass over the tokens:
// patterns are filed under their first word, and the few that start with
// a wildcard are tried everywhere.
type phraseIndex struct {
	byWord map[string][]int
	// byPrefix files "apologi*" under "apo", so that prefix patterns are
	// tried only on words that could match.
	byPrefix map[string][]int
	loose    []int // patterns whose first element is not a plain word
	pats     []pattern
	owner    []int // rule index of each pattern
	owners   int   // 1 + the largest rule index
}

func (x *phraseIndex) add(p pattern, rule int) {
	n := len(x.pats)
	x.pats = append(x.pats, p)
	x.owner = append(x.owner, rule)
	x.owners = max(x.owners, rule+1)
	e := p.elems[0]
	switch {
	case e.kind == elemWord:
		x.byWord[e.text] = append(x.byWord[e.text], n)
	case e.kind == elemPrefix && len(e.text) >= prefixKey:
		if x.byPrefix == nil {
			x.byPrefix = map[string][]int{}
		}
		x.byPrefix[e.text[:prefixKey]] = append(x.byPrefix[e.text[:prefixKey]], n)
	default:
		x.loose = append(x.loose, n)
	}
}

// hit is one match of a pattern: the rule it belongs to and the token span.
type hit struct {
	rule     int
	from, to int // token indexes, to exclusive
}

// find appends every match to dst, at most one per rule and start token
// (the first pattern in the table wins), and skips matches that start
// inside an earlier match of the same rule.
func (x *phraseIndex) find(toks []token, dst []hit) []hit {
	lastEnd := make([]int, x.owners)
	for i := range toks {
		for _, n := range x.byWord[toks[i].text] {
			dst = x.try(toks, i, n, lastEnd, dst)
		}
		if t := toks[i].text; len(t) >= prefixKey && x.byPrefix != nil {
			for _, n := range x.byPrefix[t[:prefixKey]] {
				dst = x.try(toks, i, n, lastEnd, dst)
			}
		}
		for _, n := range x.loose {
			dst = x.try(toks, i, n, lastEnd, dst)
		}
	}
	return dst
}

// prefixKey is the length of the key prefix patterns are filed under.
const prefixKey = 3

func (x *phraseIndex) try(toks []token, i, n int, lastEnd []int, dst []hit) []hit {
	r := x.owner[n]
	if i < lastEnd[r] {
		return dst
	}
	if end := x.pats[n].matchAt(toks, i); end > i {
		lastEnd[r] = end
		dst = append(dst, hit{rule: r, from: i, to: end})
	}
	return dst
}

// plainWord reports whether a pattern word is already in folded form:
// lower-case ASCII letters, digits and inner apostrophes, as most are.
// compilePattern takes those as they are, which keeps New cheap enough to
// run once per hotline coach.
func plainWord(w string) bool {
	if w == "" || w[0] == '\'' || w[len(w)-1] == '\'' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
			return false
		}
	}
	return true
}
