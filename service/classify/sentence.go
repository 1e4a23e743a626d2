package classify

import "math/bits"

// indexSentenceEnd returns the index of the first byte at or after i
// that can end a sentence, or -1: '?', '.', '!', ';', or a line break
// followed by another. A scan for the end of a sentence may read much of
// the text, so it tests eight bytes at a time; and mail wraps its lines
// inside sentences, so it passes over single line breaks itself instead
// of stopping at each. (The judge, which asks after every rule hit, reads
// the ends lexInto listed instead: sentenceEnds.)
func indexSentenceEnd(s string, i int) int {
	const ones = 0x0101010101010101
	for i+8 <= len(s) {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		m := zeroBytes(x^'?'*ones) | zeroBytes(x^'.'*ones) | zeroBytes(x^'!'*ones) | zeroBytes(x^';'*ones)
		// a line break with another after it, or in the last byte,
		// whose next is in the next block; zeroBytes may mark bytes
		// that are none, above a true one, so these are checked
		nl := zeroBytes(x ^ '\n'*ones)
		nl &= nl>>8 | 0x80<<56
		c := m | nl
		if c == 0 {
			i += 8
			continue
		}
		// the lowest mark is at or before the first end: any byte m
		// marks first is one, and two line breaks are both marked
		j := i + bits.TrailingZeros64(c)/8
		switch s[j] {
		case '?', '.', '!', ';':
			return j
		case '\n':
			if j+1 < len(s) && s[j+1] == '\n' {
				return j
			}
		}
		i = j + 1
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '?', '.', '!', ';':
			return i
		case '\n':
			if i+1 < len(s) && s[i+1] == '\n' {
				return i
			}
		}
	}
	return -1
}

// zeroBytes sets the top bit of the lowest zero byte of x, and perhaps of
// bytes above it, but of no byte below it: its lowest set bit marks the
// first zero byte. Every zero byte's top bit is set.
func zeroBytes(x uint64) uint64 {
	return (x - 0x0101010101010101) &^ x & 0x8080808080808080
}

// mayEndSentence reports whether byte i of text ends a sentence as
// sentenceEnd reads it: '?', '!', ';', a full stop that closes no German
// ordinal, or a line break followed by another.
func mayEndSentence(text string, i int) bool {
	switch text[i] {
	case '?', '!', ';':
		return true
	case '.':
		return !ordinalDot(text, i)
	case '\n':
		return i+1 < len(text) && text[i+1] == '\n'
	}
	return false
}

// sentenceEnds reads the sentence ends lexInto listed, for byte offsets
// that only grow: the judge asks for the end of the sentence after each
// rule hit, in text order.
type sentenceEnds struct {
	ends []int32
	k    int
}

// next is sentenceEnd(text, i) for the text the ends were listed in, for
// an i no smaller than the last.
func (e *sentenceEnds) next(text string, i int) (int, bool) {
	for e.k < len(e.ends) && int(e.ends[e.k]) < i {
		e.k++
	}
	if e.k == len(e.ends) {
		return len(text), false
	}
	j := int(e.ends[e.k])
	return j, text[j] == '?'
}
