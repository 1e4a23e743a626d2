package classify

import "math/bits"

// indexSentenceByte returns the index of the first byte at or after i
// that can end a sentence ('?', '.', '!', ';' or a line break), or -1.
// Judging a mail looks for the end of the sentence after every rule hit,
// which reads most of the text, so it tests eight bytes at a time.
func indexSentenceByte(s string, i int) int {
	const ones = 0x0101010101010101
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		m := zeroBytes(x^'?'*ones) | zeroBytes(x^'.'*ones) | zeroBytes(x^'!'*ones) |
			zeroBytes(x^';'*ones) | zeroBytes(x^'\n'*ones)
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '?', '.', '!', ';', '\n':
			return i
		}
	}
	return -1
}

// zeroBytes sets the top bit of the lowest zero byte of x, and perhaps of
// bytes above it, but of no byte below it: its lowest set bit marks the
// first zero byte.
func zeroBytes(x uint64) uint64 {
	return (x - 0x0101010101010101) &^ x & 0x8080808080808080
}
