package classify

import (
	"context"
	"math"
	"testing"

	"github.com/hotline/hotline/service/evaluate"
)

// checkWalk fails when the one-pass analysis (scorer.walk) differs from
// the separate passes it replaces: tokens, word counts, sentiment, word
// weights, hits and the model's log-odds, all to the bit.
func checkWalk(t *testing.T, c *Classifier, subject, body string) {
	t.Helper()
	if !c.walk {
		t.Fatal("the shipped model is not scored in one pass")
	}
	text, se := prepare(subject, body)
	var want, got analysis
	c.eng.analyse(text, se, &want)
	wantZ, wantN := c.scorer.margin(text, &want)
	gotZ, gotN, err := c.analyse(context.Background(), text, se, &got)
	if err != nil {
		t.Fatal(err)
	}
	if math.Float64bits(gotZ) != math.Float64bits(wantZ) || gotN != wantN {
		t.Fatalf("%q: one pass gives log-odds %v over %d features, the passes %v over %d", text, gotZ, gotN, wantZ, wantN)
	}
	if math.Float64bits(got.sentiment) != math.Float64bits(want.sentiment) {
		t.Fatalf("%q: one pass gives sentiment %v, the passes %v", text, got.sentiment, want.sentiment)
	}
	if got.words != want.words || got.caps != want.caps || got.longCaps != want.longCaps {
		t.Fatalf("%q: one pass counts %d/%d/%d words, the passes %d/%d/%d", text, got.words, got.caps, got.longCaps, want.words, want.caps, want.longCaps)
	}
	if len(got.toks) != len(want.toks) || len(got.hits) != len(want.hits) || len(got.marks) != len(want.marks) {
		t.Fatalf("%q: one pass finds %d tokens, %d hits, %d marks; the passes %d, %d, %d", text,
			len(got.toks), len(got.hits), len(got.marks), len(want.toks), len(want.hits), len(want.marks))
	}
	for i := range got.toks {
		g, w := got.toks[i], want.toks[i]
		// the n-gram sum is kept in the token only by the passes
		g.flags &^= tokChars | tokNoChars
		w.flags &^= tokChars | tokNoChars
		g.chars, w.chars = 0, 0
		if g != w {
			t.Fatalf("%q: token %d is %+v in one pass, %+v in the passes", text, i, g, w)
		}
		if math.Float32bits(got.wordW[i]) != math.Float32bits(want.wordW[i]) {
			t.Fatalf("%q: token %d weighs %v in one pass, %v in the passes", text, i, got.wordW[i], want.wordW[i])
		}
	}
	for i := range got.hits {
		if got.hits[i] != want.hits[i] {
			t.Fatalf("%q: hit %d is %+v in one pass, %+v in the passes", text, i, got.hits[i], want.hits[i])
		}
	}
	if got.signalCount != want.signalCount {
		t.Fatalf("%q: one pass counts signals %v, the passes %v", text, got.signalCount, want.signalCount)
	}
}

func TestWalkMatchesPasses(t *testing.T) {
	c := testClassifier(t)
	rows, err := evaluate.ReadTSVFile("testdata/support-mail.tsv", "page")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		checkWalk(t, c, "", r.Text)
		checkWalk(t, c, r.Text, "thanks")
	}
	for _, s := range []string{benchMail, "", " ", "e-mail is-not working", "don't can\u2019t won't", "7am 5pm 24/7 abc123def",
		"Über-schnell: café, naïve résumé", "so angry 😡😡 now", "sooooo baaaad !!! loooong", "not (awful) [bad] \"horrible\" 'worst'",
		"aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ= dead beef 0xdeadbeef e3b0c44298fc1c149afbf4c8996fb924",
		"supercalifragilisticexpialidocious antidisestablishmentarianism I ME Is OF 15 99 100",
		"nicht dringend, pas une urgence, no es urgente; I do not think this is urgent at all and we cancel"} {
		checkWalk(t, c, benchSubject, s)
		checkWalk(t, c, "", s)
	}
}

// FuzzWalk checks the one-pass analysis against the separate passes on
// any text.
func FuzzWalk(f *testing.F) {
	f.Add("Re: NOT fixed", "I can't log in!!! It's NOT fixed, nicht dringend 😡 sooooo e-mail 7am I ME is")
	f.Add("", "no es urgente; pas une urgence, really not completely down?! don’t 7am Über")
	c, err := sharedClassifier()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, subject, body string) {
		checkWalk(t, c, subject, body)
	})
}
