package classify

import (
	"slices"
	"testing"

	"github.com/hotline/hotline/service/evaluate"
)

// checkEdges fails when a phrase's edge check rejects an anchor position
// where matchAround would have matched, or the anchor group's check or
// the edge signatures one where the edges fit: the checks must only save
// work.
func checkEdges(t *testing.T, c *Classifier, text string) {
	t.Helper()
	var a analysis
	c.eng.analyse(text, 0, &a)
	m := c.eng.lex
	for i := range a.toks {
		gi, ok := m.byAnchor.get(a.toks[i].hash)
		if !ok {
			continue
		}
		g := &m.groups[gi]
		nb := neighboursOf(a.toks, i)
		rejects := g.rejects(&nb)
		have := nb.sig()
		for pi := g.lo; pi < g.hi; pi++ {
			if m.edges[pi].fits(&nb) {
				if rejects {
					t.Fatalf("%q: the anchor group of %q rejects a phrase whose edges fit", text, text[a.toks[i].start:a.toks[i].end])
				}
				if m.sigs[pi]&^have != 0 {
					t.Fatalf("%q: the signature at %q rejects a phrase whose edges fit", text, text[a.toks[i].start:a.toks[i].end])
				}
				continue
			}
			if s, e, ok := m.matchAround(text, a.toks, &m.phrases[pi], i); ok {
				t.Fatalf("%q: edge check rejects the phrase matched at %q", text, text[a.toks[s].start:a.toks[e-1].end])
			}
		}
	}
}

func TestPhraseEdges(t *testing.T) {
	c := testClassifier(t)
	rows, err := evaluate.ReadTSVFile("testdata/support-mail.tsv", "page")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		checkEdges(t, c, r.Text)
	}
	checkEdges(t, c, Prepare(benchSubject, benchMail))
}

// FuzzPhraseEdges checks the edge check against the phrase walk on any
// text.
func FuzzPhraseEdges(f *testing.F) {
	f.Add("the site is completely down again, still not fixed. Nobody called me back by 5pm!")
	f.Add("personne ne me rappelle; funktioniert leider nicht; no nos responde")
	c, err := sharedClassifier()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		text, _ := prepare("", body)
		checkEdges(t, c, text)
	})
}

func TestFoldedSpellings(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"résilier le contrat", []string{"resilier le contrat"}},
		{"wofür zahl ich", []string{"wofur zahl ich", "wofuer zahl ich"}},
		{"abo hinschmeißen", []string{"abo hinschmeissen"}},
		{"cancel my", nil},
		// one short word loses too much: "déjà" is not the Spanish "deja"
		{"déjà", nil},
		{"résilier", nil},
		{"chiffrés", nil},
	}
	for _, tt := range tests {
		if got := foldedSpellings(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("foldedSpellings(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSideMasks checks that match's side masks pick, for anchor
// neighbours of every kind, exactly the phrases whose signatures need
// nothing the neighbours' signature lacks.
func TestSideMasks(t *testing.T) {
	c := testClassifier(t)
	m := c.eng.lex
	// one neighbour of each case: none, a concrete word of each
	// signature bit, a skip word
	side := func(c int) (bool, uint64) {
		switch c {
		case 0:
			return false, 0
		case sideCases - 1:
			return true, 0
		}
		return true, uint64(c-1)<<59 | 12345
	}
	masked := 0
	for _, g := range m.groups {
		if g.masks < 0 {
			if g.hi-g.lo >= maskedGroup {
				t.Fatalf("a group of %d phrases has no masks", g.hi-g.lo)
			}
			continue
		}
		masked++
		nw := int(g.hi-g.lo+63) / 64
		for cp := range sideCases {
			for cn := range sideCases {
				var nb neighbours
				nb.prevOK, nb.prev = side(cp)
				nb.nextOK, nb.next = side(cn)
				if sideCase(nb.prevOK, nb.prev) != cp || sideCase(nb.nextOK, nb.next) != cn {
					t.Fatalf("neighbours %+v are not of cases %d, %d", nb, cp, cn)
				}
				have := nb.sig()
				prev := m.masks[int(g.masks)+cp*nw:][:nw]
				next := m.masks[int(g.masks)+(sideCases+cn)*nw:][:nw]
				for k := g.lo; k < g.hi; k++ {
					j := int(k - g.lo)
					in := prev[j/64]&next[j/64]&(1<<(j%64)) != 0
					if want := m.sigs[k]&^have == 0; in != want {
						t.Fatalf("phrase %d of a group, cases %d/%d: in the masks %v, signature fits %v", j, cp, cn, in, want)
					}
				}
			}
		}
	}
	if masked == 0 {
		t.Fatal("no group has masks")
	}
}
