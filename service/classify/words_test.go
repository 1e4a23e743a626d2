package classify

import (
	"math"
	"strings"
	"testing"
)

// TestWordTableMatchesSentiment checks that the sentiment log-odds read
// from the tokens equal LogOdds over the text bit for bit, on the words
// the token path reads differently: hyphens, apostrophes, digits, other
// scripts, emoji, base64 the scanner drops, elongations and long words.
func TestWordTableMatchesSentiment(t *testing.T) {
	c := testClassifier(t)
	texts := []string{
		benchMail, "", " ", "terrible", "terrible ", "e-mail is-not working", "don't can\u2019t won't", "7am 5pm 24/7 abc123def",
		"Über-schnell: café, naïve résumé", "so angry 😡😡 now", "sooooo baaaad !!! loooong",
		"aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ= dead beef 0xdeadbeef e3b0c44298fc1c149afbf4c8996fb924",
		"supercalifragilisticexpialidocious antidisestablishmentarianism",
		"tab\tseparated\nlines\r\nand  double  spaces", "(awful) [bad] \"horrible\" 'worst'", "a.b.c a,b awful.terrible",
		strings.Repeat("the service was slow and the staff were rude ", 50),
	}
	var a analysis
	for _, s := range texts {
		for _, subject := range []string{"", "Re: still broken!!"} {
			text, se := prepare(subject, s)
			c.eng.analyse(text, se, &a)
			want := c.eng.sent.LogOdds(text)
			if math.Float64bits(a.sentiment) != math.Float64bits(want) {
				t.Errorf("%q: word table %v, LogOdds %v", text, a.sentiment, want)
			}
		}
	}
}

// TestWordTableChars checks that the n-gram sums the word table keeps in
// the tokens are those charGrams computes.
func TestWordTableChars(t *testing.T) {
	c := testClassifier(t)
	text, se := prepare("Shop down", benchMail+" Über café sooooo supercalifragilisticexpialidocious")
	var a analysis
	c.eng.analyse(text, se, &a)
	found := 0
	for _, tk := range a.toks {
		if tk.flags&tokChars == 0 {
			continue
		}
		found++
		word := text[tk.start:tk.end]
		feats := charGrams(nil, word, c.model.Config)
		var sum float32
		for _, f := range feats {
			sum += c.model.Weights[f.idx]
		}
		if sum != tk.chars {
			t.Errorf("%q: table %v, n-grams %v", word, tk.chars, sum)
		}
		if n := int(c.eng.words.charCount[len(word)]); n != len(feats) {
			t.Errorf("%q: table counts %d n-grams, charGrams %d", word, n, len(feats))
		}
	}
	if found < 100 {
		t.Errorf("only %d tokens carry n-gram sums", found)
	}
}

// FuzzWordTable checks the token path of the sentiment log-odds against
// LogOdds on any text.
func FuzzWordTable(f *testing.F) {
	f.Add("e-mail don't 7am Über 😡 sooooo aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ=")
	f.Add("awful\u2019s (terrible) can't")
	c, err := sharedClassifier()
	if err != nil {
		f.Fatal(err)
	}
	var a analysis
	f.Fuzz(func(t *testing.T, body string) {
		text, se := prepare("", body)
		c.eng.analyse(text, se, &a)
		if want := c.eng.sent.LogOdds(text); math.Float64bits(a.sentiment) != math.Float64bits(want) {
			t.Fatalf("%q: word table %v, LogOdds %v", text, a.sentiment, want)
		}
	})
}

// FuzzReadWord checks readWord's ASCII fast path against the general
// loop it skips.
func FuzzReadWord(f *testing.F) {
	f.Add("Sooooo", 0)
	f.Add("AAAaaa11ccc don't", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i >= len(s) || !startsWord(s[i:]) {
			return
		}
		got, want := readWord(s, i), readWordRunes(s, i)
		got.runes = false
		want.runes = false
		if got != want {
			t.Fatalf("%q at %d: readWord %+v, readWordRunes %+v", s, i, got, want)
		}
	})
}
