package classify

import (
	"context"
	"encoding/base64"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// pathological returns n bytes of text that stress one part of the
// classifier: a word every lexicon matches, a word that fires nothing, or
// base64 as a mail client would wrap it.
func pathological(kind string, n int) string {
	switch kind {
	case "base64":
		r := rand.New(rand.NewPCG(1, 2))
		raw := make([]byte, n*3/4+3)
		for i := range raw {
			raw[i] = byte(r.Uint32())
		}
		enc := base64.StdEncoding.EncodeToString(raw)
		var b strings.Builder
		for len(enc) > 0 && b.Len() < n {
			k := min(76, len(enc))
			b.WriteString(enc[:k])
			b.WriteByte('\n')
			enc = enc[k:]
		}
		return b.String()[:n]
	default:
		return strings.Repeat(kind+" ", n/(len(kind)+1)+1)[:n]
	}
}

// fastest is the shortest of a few runs of f: the least disturbed by
// whatever else the machine is doing.
func fastest(runs int, f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range runs {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// TestCostGrowsLinearly fails when the time per byte of a pathological
// message grows with its size, as it does when any step is quadratic in
// the number of words or rule hits. It compares ratios of the fastest of
// several runs, so a slow or busy machine does not make it fail; a
// quadratic step makes the per-byte time grow eightfold between sizes,
// where the test allows threefold.
func TestCostGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times classification of megabyte inputs")
	}
	c := testClassifier(t)
	const small, large = 16 << 10, 128 << 10
	for _, kind := range []string{"furious", "angry", "hello", "base64", "not urgent", "down again", "funktioniert heute nicht.", "since monday nothing promised",
		"works again, since now it is down, my emails 1 2 3 still, competitor better offer we stay, nobody can log in.",
		"reported on monday and tuesday still, our staff seems to be offline, none of our users, the trial not extended",
		"seit gestern leer seit falsch ohne since we are without zero euro empty ne manque plus as expected",
		"shows every shows all zeigt allen affiche tous muestra cada correct?",
		"our customers wrong our patients empty nos clients mauvais right druckt nur noch leere logs us out every",
		"3pm instead of 4pm dollars statt euro au lieu de 15h shows yesterday's last week's en vez de",
		"we cancel if we ever, how do I cancel, si jamais on résilie, whether we renew, ob wir nicht verlängern",
		"the same for every since, all prices show 0, à la place de demain, cancel two users, not yours satisfied",
		"cancel, always happy, ziehen nach Berlin, we no longer need it",
		"seit Montag nicht mehr aufgetreten, none of the staff can get in, stopped at 3, thanks it stopped",
		"dice que está bien, qué pasa si se cae, sin acceso pero funciona perfecto, ningún profesor puede entrar",
		"daremos de baja, ha sido genial, nobody has been locked out, RAS sinon. casi se nos cae, ya está bien",
		"un correo de que está resuelta, nos cambiamos de local, sehen wir uns gezwungen, nicht fortzusetzen",
		"if this is not fixed I am leaving, si no se arregla me voy, wenn das nicht läuft gehe ich"} {
		t.Run(kind, func(t *testing.T) {
			perByte := func(n int) float64 {
				in := Input{Text: pathological(kind, n)}
				d := fastest(7, func() { mustClassify(t, c, in) })
				return float64(d) / float64(n)
			}
			// measure up to three times before failing: a busy machine
			// must not decide a ratio that a quadratic step makes eight
			var growth float64
			for range 3 {
				growth = perByte(large) / perByte(small)
				if growth < 3 {
					break
				}
			}
			if growth >= 3 {
				t.Errorf("time per byte grew %.1f times from %d to %d bytes", growth, small, large)
			}
			// past MaxBodyBytes only a bounded prefix is read
			huge := perByte(1<<20) / perByte(large)
			if huge >= 3 {
				t.Errorf("time per byte grew %.1f times from %d bytes to 1 MiB", huge, large)
			}
		})
	}
}

func TestClassifyStopsWhenContextEnds(t *testing.T) {
	c := testClassifier(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Classify(ctx, Input{Text: "The server is down."}); !errors.Is(err, context.Canceled) {
		t.Errorf("Classify with a cancelled context: err %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := c.Classify(ctx, Input{HTML: "<p>down</p>"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Classify past its deadline: err %v, want context.DeadlineExceeded", err)
	}
}

func TestScoredPrefixIsBounded(t *testing.T) {
	c := testClassifier(t)
	body := strings.Repeat("é", MaxBodyBytes) // two bytes each, so the limit falls inside one
	res := mustClassify(t, c, Input{Subject: strings.Repeat("a", 2*MaxSubjectBytes), Text: body})
	if len(res.Prepared) > MaxSubjectBytes+2+MaxBodyBytes {
		t.Errorf("prepared %d bytes, want at most %d", len(res.Prepared), MaxSubjectBytes+2+MaxBodyBytes)
	}
	if !strings.HasSuffix(res.Prepared, "é") {
		t.Errorf("prepared text ends in %q: a character was split", res.Prepared[len(res.Prepared)-4:])
	}
}

// BenchmarkClassifyHuge measures 1 MiB of one repeated word, the worst
// case for rule matching, beside a word that fires nothing.
func BenchmarkClassifyHuge(b *testing.B) {
	c := testClassifier(b)
	for _, kind := range []string{"hello", "furious", "angry", "base64"} {
		b.Run(kind, func(b *testing.B) {
			in := Input{Text: pathological(kind, 1<<20)}
			b.SetBytes(1 << 20)
			for b.Loop() {
				if _, err := c.Classify(context.Background(), in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
