package classify

// sentenceBytes marks the bytes that can end a sentence: '?', '.', '!',
// ';' and a line break.
var sentenceBytes = func() (t [256]bool) {
	for _, c := range "?.!;\n" {
		t[c] = true
	}
	return t
}()

// indexSentenceByte returns the index of the first byte at or after i
// that can end a sentence, or -1. Judging a mail looks for the end of
// the sentence around every rule hit, which reads most of the text, so
// each byte costs one table load.
func indexSentenceByte(s string, i int) int {
	tab := &sentenceBytes
	for ; i < len(s); i++ {
		if tab[s[i]] {
			return i
		}
	}
	return -1
}
