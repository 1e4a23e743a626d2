package classify

import (
	"testing"
	"time"
)

func TestStatedWait(t *testing.T) {
	// a Wednesday afternoon
	written := time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)
	tests := []struct {
		phrase string
		want   time.Duration
		ok     bool
	}{
		{"since Monday", 2*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"seit Montag", 2*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"depuis lundi", 2*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since Wednesday", 15*time.Hour + 30*time.Minute, true},
		{"since 9am", 6*time.Hour + 30*time.Minute, true},
		{"since 10.30pm", 17 * time.Hour, true},
		{"seit 9 Uhr", 6*time.Hour + 30*time.Minute, true},
		{"since yesterday", 24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"desde ayer", 24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since this morning", 7*time.Hour + 30*time.Minute, true},
		{"for five days", 5 * 24 * time.Hour, true},
		{"3 hrs", 3 * time.Hour, true},
		{"two weeks", 14 * 24 * time.Hour, true},
		{"3.5 hours", 3*time.Hour + 30*time.Minute, true},
		{"seit zwei Tagen", 2 * 24 * time.Hour, true},
		{"depuis trois jours", 3 * 24 * time.Hour, true},
		{"desde hace tres días", 3 * 24 * time.Hour, true},
		{"desde el lunes", 2*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"llevo tres semanas", 21 * 24 * time.Hour, true},
		{"depuis dix jours", 10 * 24 * time.Hour, true},
		{"since about 10am", 5*time.Hour + 30*time.Minute, true},
		{"depuis le 2 février", 30*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"Desde el día 3", 24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"desde el 3 de marzo", 24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"seit dem 2. Februar", 30*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since March 1st", 3*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since 1 March", 3*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since the 20th", 12*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"depuis le 10 décembre", 84*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since 10", 0, false},
		{"since 31 February", 0, false},
		{"seit etwa einer Stunde", time.Hour, true},
		{"been 3 days", 3 * 24 * time.Hour, true},
		{"it has been two weeks", 14 * 24 * time.Hour, true},
		{"ça fait dix jours", 10 * 24 * time.Hour, true},
		{"for the past hour", time.Hour, true},
		{"for the last 3 hours", 3 * time.Hour, true},
		{"since the 2nd", 2*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"since the 14th", 18*24*time.Hour + 15*time.Hour + 30*time.Minute, true},
		{"been on hold", 0, false},
		{"since your update", 0, false},
		{"since I called", 0, false},
		{"today", 0, false},
		{"on hold", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := StatedWait(tt.phrase, written)
		if got != tt.want || ok != tt.ok {
			t.Errorf("StatedWait(%q) = %v, %v; want %v, %v", tt.phrase, got, ok, tt.want, tt.ok)
		}
	}
}

// TestStatedWaitInReasons checks that the phrases StatedWait reads reach
// the reasons of a classified mail.
func TestStatedWaitInReasons(t *testing.T) {
	c := testClassifier(t)
	written := time.Date(2026, 3, 4, 15, 30, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		want time.Duration
	}{
		{"Our shop has been down since Monday and nobody called back.", 2*24*time.Hour + 15*time.Hour + 30*time.Minute},
		{"I have been waiting for five days for the replacement router.", 5 * 24 * time.Hour},
		{"Seit gestern funktioniert gar nichts.", 24*time.Hour + 15*time.Hour + 30*time.Minute},
		{"Since about 7am our reps can't see any incoming chats.", 8*time.Hour + 30*time.Minute},
		{"Please contact me about my missing bag, it has been 3 days.", 3 * 24 * time.Hour},
		{"Ça fait dix jours que j'attends une réponse.", 10 * 24 * time.Hour},
		{"Le rapprochement ne remonte plus les opérations depuis le 2 février.", 30*24*time.Hour + 15*time.Hour + 30*time.Minute},
		{"Hallo, seit etwa einer Stunde ist keine Anmeldung möglich.", time.Hour},
	} {
		res := mustClassify(t, c, Input{Text: tt.text})
		var best time.Duration
		for _, r := range res.Reasons {
			if d, ok := StatedWait(r.Phrase, written); ok && d > best {
				best = d
			}
		}
		if best != tt.want {
			t.Errorf("%q: stated wait %v from reasons %v, want %v", tt.text, best, res.Reasons, tt.want)
		}
	}
}
