package classify

import (
	"math"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzScan checks the two-pass scanner against scanOnePass, the scanner
// it replaced, token by token, and the word counts scanInto keeps.
func FuzzScan(f *testing.F) {
	f.Add("I can't log in!!! It's NOT fixed, nicht dringend 😡 sooooo aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ= und ich", 0)
	f.Add("Subject\n\nno es urgente; pas une urgence, really not completely down?! don’t 7am Über", 8)
	f.Add("seit dem 3. März nicht mehr, 0,00 € und 0.00 für 2.000 Kunden, not 1,5", 0)
	f.Add("la renovación del día 15. ¿Podría llamarme? am 3. März ¡ya! 4. ¡Hola", 0)
	c, err := sharedClassifier()
	if err != nil {
		f.Fatal(err)
	}
	tz := &c.eng.tz
	f.Fuzz(func(t *testing.T, text string, subjectEnd int) {
		got, gotMarks := tz.scan(text, subjectEnd, nil, nil)
		want, wantMarks := tz.scanOnePass(text, subjectEnd, nil, nil)
		if len(got) != len(want) || len(gotMarks) != len(wantMarks) {
			t.Fatalf("%q: %d tokens and %d marks, want %d and %d", text, len(got), len(gotMarks), len(want), len(wantMarks))
		}
		for i := range got {
			g, w := got[i], want[i]
			g.flags &^= tokSymbol
			// the n-gram sum is NaN for a word without one, which no
			// comparison of values finds equal
			if math.Float32bits(g.chars) != math.Float32bits(w.chars) {
				t.Fatalf("%q: token %d has n-gram sum %v, want %v", text, i, g.chars, w.chars)
			}
			g.chars, w.chars = 0, 0
			if g != w {
				t.Fatalf("%q: token %d %+v, want %+v", text, i, got[i], want[i])
			}
			// the readings' roles, as their own tables hold them
			role, _ := c.eng.read.roles.get(g.hash)
			kind, _ := c.eng.read.kinds.get(g.hash)
			if g.role != role || g.kind != kind {
				t.Fatalf("%q: token %d has roles %#x and kinds %#x, want %#x and %#x", text, i, g.role, g.kind, role, kind)
			}
			// and the lexicon's anchors, as the matcher holds them
			group, ok := c.eng.lex.byAnchor.get(g.hash)
			if !ok {
				group = -1
			}
			if g.group != group+1 {
				t.Fatalf("%q: token %d anchors group %d, want %d", text, i, g.group-1, group)
			}
		}
		var a analysis
		tz.scanInto(text, subjectEnd, &a)
		words, caps, longCaps := 0, 0, 0
		for _, tk := range want {
			if tk.flags&tokLetters != 0 {
				words++
				if tk.flags&tokCaps != 0 {
					caps++
					if tk.end-tk.start >= 4 {
						longCaps++
					}
				}
			}
		}
		if a.words != words || a.caps != caps || a.longCaps != longCaps || len(a.toks) != len(want) {
			t.Fatalf("%q: scanInto counts %d words, %d in capitals, %d long; want %d, %d, %d", text, a.words, a.caps, a.longCaps, words, caps, longCaps)
		}
		for i := range gotMarks {
			if gotMarks[i] != wantMarks[i] {
				t.Fatalf("%q: mark %d %+v, want %+v", text, i, gotMarks[i], wantMarks[i])
			}
		}
	})
}

// scanOnePass is the one-pass scanner scan replaced, kept to check it.
func (tz *tokenizer) scanOnePass(text string, subjectEnd int, toks []token, marks []mark) ([]token, []mark) {
	brk := true
	neg := false
	negDist := 0
	// the rules' negation: the index of its negator and its reach
	ruleAt, ruleDist := int32(-1), 0
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' {
			// the commonest byte between words changes no state
			i++
			continue
		}
		if c < utf8.RuneSelf && !isWordByte(c) {
			switch c {
			case '!', '?':
				j := i
				bang, quest := 0, 0
				for j < len(text) && (text[j] == '!' || text[j] == '?') {
					if text[j] == '!' {
						bang++
					} else {
						quest++
					}
					j++
				}
				if (bang > 0 && quest > 0) || bang >= 2 {
					marks = append(marks, mark{start: int32(i), end: int32(j), mixed: bang > 0 && quest > 0})
				}
				brk, neg, ruleAt = true, false, -1
				i = j
				continue
			case '.':
				// a German ordinal's point and a decimal point end no
				// clause ("am 3. März", "0.00")
				if !ordinalDot(text, i) && !numberSeparator(text, i) {
					brk, neg, ruleAt = true, false, -1
				}
			case ',':
				if !numberSeparator(text, i) {
					brk, neg, ruleAt = true, false, -1
				}
			case ';', ':', '\n', '(', ')':
				brk, neg, ruleAt = true, false, -1
			}
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.Is(unicode.So, r) {
				// emoji and other pictographs are words of their own
				t := token{start: int32(i), end: int32(i + size), hash: fnvRune(fnvOffset, r)}
				t.chars = float32(math.NaN())
				if wr, ok := tz.roles.get(t.hash); ok {
					t.wordRoles = wr
				}
				toks = append(toks, t)
				i += size
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += size
				continue
			}
		}
		// a word: letters, digits and inner apostrophes
		start := i
		w := readWord(text, i)
		i = w.end
		last, h, upper, lower, letters := w.end, w.hash, w.upper, w.lower, w.letters
		if last-start >= 8 && !(upper <= 1 && letters == last-start && hasVowels(text[start:last], letters)) && isEncoded(text[start:last]) {
			// base64, hex and hashes say nothing about the writer; they
			// are not words, and they end no clause
			continue
		}
		t := token{start: int32(start), end: int32(last), hash: h, ruleNegAt: -1}
		t.chars = float32(math.NaN())
		if brk {
			t.flags |= tokBreak
		}
		if neg {
			t.flags |= tokNeg
			negDist++
			t.negDist = uint8(min(negDist, 255))
		}
		if start < subjectEnd {
			t.flags |= tokSubject
		}
		if letters > 0 {
			t.flags |= tokLetters
			if letters == last-start && !w.folded {
				t.flags |= tokPlain
			}
		}
		if upper >= 2 && lower == 0 {
			t.flags |= tokCaps
		}
		role := 0
		if r, ok := tz.roles.get(h); ok {
			t.wordRoles = r
			if last-start <= maxRoleWord {
				role = int(r.tz)
			}
		}
		if role&roleClause != 0 {
			ruleAt = -1
		}
		if role&roleSkip != 0 {
			t.flags |= tokSkip
		}
		if ruleAt >= 0 {
			if role&roleFiller == 0 {
				ruleDist++
			}
			if ruleDist > ruleNegScope {
				ruleAt = -1
			} else {
				t.ruleNeg, t.ruleNegAt = uint8(max(ruleDist, 1)), ruleAt
				if role&roleFixEnd != 0 {
					ruleAt = -1
				}
			}
		}
		if role&roleNegator != 0 || (w.runes && hasNegSuffix(text[start:last])) {
			t.flags |= tokNegator
			neg = true
			negDist = 0
		}
		if t.flags&tokNegator != 0 || role&roleRuleNegator != 0 {
			t.flags |= tokRuleNegator
			ruleAt, ruleDist = int32(len(toks)), 0
		}
		brk = false
		toks = append(toks, t)
	}
	return toks, marks
}

// TestOrdinalDotEndsNoClause pins the point of a German ordinal date as
// part of the clause ("seit dem 1. Dezember"), while a year, a word or a
// number without a following word still ends one.
func TestOrdinalDotEndsNoClause(t *testing.T) {
	tests := []struct {
		text, word string
		brk        bool
	}{
		{"seit dem 1. Dezember geht nichts", "Dezember", false},
		{"am 23. März kam nichts", "März", false},
		{"since 2019. Then it broke", "Then", true},
		{"We are open. Thanks", "Thanks", true},
		{"Version 2.5 is out", "is", false},
		{"Nr. 123. Danach", "Danach", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var tz tokenizer
			toks, _ := tz.scan(tt.text, 0, nil, nil)
			for _, tk := range toks {
				if tt.text[tk.start:tk.end] == tt.word {
					if got := tk.flags&tokBreak != 0; got != tt.brk {
						t.Errorf("break before %q = %v, want %v", tt.word, got, tt.brk)
					}
					return
				}
			}
			t.Fatalf("no token %q in %q", tt.word, tt.text)
		})
	}
	for _, tt := range []struct {
		text string
		i    int
		ends bool
	}{
		{"am 3. März", 4, false}, {"in 2019. Then", 7, true}, {"3.", 1, true}, {"x 12. y", 4, false},
	} {
		if got := endsSentenceAt(tt.text, tt.i, tt.i+1); got != tt.ends {
			t.Errorf("endsSentenceAt(%q, %d) = %v, want %v", tt.text, tt.i, got, tt.ends)
		}
	}
}
