package classify

import (
	"testing"

	"github.com/hotline/hotline/service/evaluate"
)

// checkSentenceEnds fails when the sentence ends lexInto lists, read in
// order, differ from sentenceEnd's scan of the text at any byte.
func checkSentenceEnds(t *testing.T, text string) {
	t.Helper()
	var a analysis
	lexInto(text, 0, &a)
	ends := sentenceEnds{ends: a.ends}
	for i := 0; i <= len(text); i++ {
		wantEnd, wantQ := sentenceEnd(text, i)
		gotEnd, gotQ := ends.next(text, i)
		if gotEnd != wantEnd || gotQ != wantQ {
			t.Fatalf("%q at %d: listed ends give %d, %v; the scan %d, %v", text, i, gotEnd, gotQ, wantEnd, wantQ)
		}
	}
}

func TestSentenceEndsMatchScan(t *testing.T) {
	rows, err := evaluate.ReadTSVFile("testdata/support-mail.tsv", "page")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		text, _ := prepare("", r.Text)
		checkSentenceEnds(t, text)
	}
	for _, s := range []string{benchMail, "", ".", "?", "\n\n", "a\n\n\nb", "seit dem 1. Dezember. Wann?!", "0.00 € ok; 3.", "why?!?! now!!!",
		"je t’appelle. ¿Por qué? 😡. am 3. März", "Version 2.5 is out.\n\nThanks", "x 12. y", "it's done... really?"} {
		checkSentenceEnds(t, s)
	}
}

func FuzzSentenceEnds(f *testing.F) {
	f.Add("seit dem 1. Dezember. Wann?!\n\nwhy?!?! 0.00; don't")
	f.Fuzz(func(t *testing.T, text string) {
		checkSentenceEnds(t, text)
	})
}
