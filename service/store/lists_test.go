package store

import (
	"encoding/json"
	"math"
	"testing"
)

// TestEncodeListsMatchesJSON checks the direct encoding against
// json.Marshal, which reads the columns back.
func TestEncodeListsMatchesJSON(t *testing.T) {
	for _, m := range []Message{
		{},
		{References: []string{"orig-1@example.com", "reply-1@example.org"}},
		{References: []string{"<a&b>@example.com", "quote\"d", `back\slash`, "tab\there", "ünïcode", "\u2028", "bad \xff utf-8"}},
		{Reasons: []Reason{{Signal: "anger", Weight: 0.75, Phrase: "really angry", Start: 10, End: 22}}},
		{Reasons: []Reason{{Signal: "deadline", Weight: -0.5, Phrase: "by Friday", Start: 0, End: 9}, {Signal: "repeat", Weight: 1, Phrase: "third time"}}},
		{Reasons: []Reason{{Weight: 1e-7}, {Weight: 1e21}, {Weight: 123456789.125}, {Weight: math.Copysign(0, -1)}, {Weight: 1.0 / 3}}},
		{Reasons: []Reason{{Signal: "x", Phrase: "it's <b>"}}},
		{Attachments: []Attachment{{Name: "a.pdf", ContentType: "application/pdf", Size: 3}}, Problems: []string{"parse: x"}},
	} {
		checkEncodeLists(t, &m)
	}
}

func checkEncodeLists(t *testing.T, m *Message) {
	t.Helper()
	got, err := encodeLists(m)
	if err != nil {
		t.Fatal(err)
	}
	want := func(v any, n int) string {
		if n == 0 {
			return "[]"
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, c := range []struct{ name, got, want string }{
		{"refs", got.refs, want(m.References, len(m.References))},
		{"attachments", got.attachments, want(m.Attachments, len(m.Attachments))},
		{"problems", got.problems, want(m.Problems, len(m.Problems))},
		{"reasons", got.reasons, want(m.Reasons, len(m.Reasons))},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %s, json.Marshal gives %s", c.name, c.got, c.want)
		}
	}
}

func FuzzEncodeLists(f *testing.F) {
	f.Add("orig-1@example.com", "anger", "really angry", 0.75, 3, 9)
	f.Add("<x>", "a\"b", "\xff", 1e-9, -1, 0)
	f.Fuzz(func(t *testing.T, ref, signal, phrase string, weight float64, start, end int) {
		if math.IsNaN(weight) || math.IsInf(weight, 0) {
			return // json.Marshal refuses them too; encodeLists reports its error
		}
		checkEncodeLists(t, &Message{
			References: []string{ref, ref + "2"},
			Reasons:    []Reason{{Signal: signal, Weight: weight, Phrase: phrase, Start: start, End: end}},
		})
	})
}

// BenchmarkEncodeLists encodes the lists of a reply with two references
// and two reasons, as most recorded messages carry.
func BenchmarkEncodeLists(b *testing.B) {
	m := &Message{
		References: []string{"orig-1@example.com", "reply-1@example.org"},
		Reasons:    []Reason{{Signal: "anger", Weight: 0.75, Phrase: "really angry", Start: 10, End: 22}, {Signal: "deadline", Weight: 0.5, Phrase: "by Friday", Start: 40, End: 49}},
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := encodeLists(m); err != nil {
			b.Fatal(err)
		}
	}
}
