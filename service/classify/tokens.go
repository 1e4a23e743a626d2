package classify

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of the prepared text. It records only offsets and a
// hash, so scanning a message allocates nothing once the scratch slices
// have grown.
type token struct {
	start, end int32
	// hash is 64-bit FNV-1a of the lower-cased word, with typographic
	// apostrophes folded to '.
	hash  uint64
	flags uint16
	// negDist counts words since the negator (1 = the word right after
	// it), 0 outside a negation scope; it saturates at 255.
	negDist uint8
}

const (
	// tokCaps marks a word written in capitals (two or more letters, no
	// lower-case letter), the raw material of the shouting signal.
	tokCaps uint16 = 1 << iota
	// tokNeg marks a word in the scope of a preceding negator, up to the
	// next punctuation or line break.
	tokNeg
	// tokSubject marks a word of the subject line.
	tokSubject
	// tokBreak marks a clause boundary (punctuation or line break) right
	// before the word; phrases and bigrams do not cross it.
	tokBreak
	// tokNegator marks not, never, no, can't and friends.
	tokNegator
	// tokLetters marks a word with at least one letter (not a number).
	tokLetters
)

// mark is a run of emphatic punctuation such as "!!!" or "?!".
type mark struct {
	start, end int32
	mixed      bool // contains both ? and !
}

// negators that do not end in n't (those are detected by suffix).
var negatorWords = [...]string{"not", "no", "never", "nobody", "nothing", "none", "neither", "nor",
	"without", "cannot", "dont", "cant", "wont", "isnt", "doesnt", "didnt", "wasnt", "arent",
	"havent", "hasnt", "shouldnt", "wouldnt", "couldnt", "aint", "nowhere", "noone"}

// tokenizer holds the read-only tables a scan needs.
type tokenizer struct {
	negators hashTable
}

func newTokenizer() tokenizer {
	t := tokenizer{negators: newHashTable(len(negatorWords))}
	for _, w := range negatorWords {
		t.negators.put(fnvString(w), 1)
	}
	return t
}

// scan appends the words of text to toks and the emphatic punctuation runs
// to marks. Bytes before subjectEnd belong to the subject.
func (tz *tokenizer) scan(text string, subjectEnd int, toks []token, marks []mark) ([]token, []mark) {
	brk := true
	neg := false
	negDist := 0
	for i := 0; i < len(text); {
		c := text[i]
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
				brk, neg = true, false
				i = j
				continue
			case '.', ',', ';', ':', '\n', '(', ')', '"':
				brk, neg = true, false
			}
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.Is(unicode.So, r) {
				// emoji and other pictographs are words of their own
				toks = append(toks, token{start: int32(i), end: int32(i + size), hash: fnvRune(fnvOffset, r)})
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
		h := uint64(fnvOffset)
		upper, lower, letters := 0, 0, 0
		last := i
		// prev and run fold elongations: "sooooo" hashes as "soo"
		var prev byte
		run := 0
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				switch {
				case c >= 'a' && c <= 'z':
					lower++
					letters++
				case c >= 'A' && c <= 'Z':
					upper++
					letters++
					c |= 0x20
				case c >= '0' && c <= '9':
				case c == '\'':
					// apostrophe only inside a word
					if i+1 >= len(text) || !startsWord(text[i+1:]) {
						goto done
					}
				default:
					goto done
				}
				if c == prev && c >= 'a' {
					run++
				} else {
					prev, run = c, 1
				}
				if run <= 2 {
					h = (h ^ uint64(c)) * fnvPrime
				}
				i++
				last = i
				continue
			}
			prev, run = 0, 0
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '\u2019':
				if i+size >= len(text) || !startsWord(text[i+size:]) {
					goto done
				}
				h = (h ^ uint64('\'')) * fnvPrime
			case unicode.IsLetter(r):
				letters++
				if unicode.IsUpper(r) {
					upper++
				} else if unicode.IsLower(r) {
					lower++
				}
				h = fnvRune(h, unicode.ToLower(r))
			case unicode.IsDigit(r):
				h = fnvRune(h, r)
			default:
				goto done
			}
			i += size
			last = i
		}
	done:
		t := token{start: int32(start), end: int32(last), hash: h}
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
		}
		if upper >= 2 && lower == 0 {
			t.flags |= tokCaps
		}
		if tz.isNegator(text[start:last], h) {
			t.flags |= tokNegator
			neg = true
			negDist = 0
		}
		brk = false
		toks = append(toks, t)
	}
	return toks, marks
}

func (tz *tokenizer) isNegator(w string, h uint64) bool {
	n := len(w)
	if n >= 3 && w[n-1]|0x20 == 't' && w[n-2] == '\'' && w[n-3]|0x20 == 'n' {
		return true
	}
	if n >= 5 && w[n-1]|0x20 == 't' && w[n-4:n-1] == "\u2019" && w[n-5]|0x20 == 'n' {
		return true
	}
	if n > 8 {
		// longer than any listed negator ("shouldnt")
		return false
	}
	_, ok := tz.negators.get(h)
	return ok
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// startsWord reports whether s begins with a letter or digit.
func startsWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isWordByte(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
