package web

import (
	"strings"
	"testing"
	"time"

	"github.com/hotline/hotline/service/store"
)

func TestHighlight(t *testing.T) {
	text := "Fix it <today> — THIRD time!"
	for _, tt := range []struct {
		name string
		rs   []store.Reason
		want string
	}{
		{"none", nil, "Fix it &lt;today&gt; — THIRD time!"},
		{"one", []store.Reason{{Signal: "deadline", Start: 7, End: 14}},
			`Fix it <mark data-start="7" data-end="14" title="deadline"><span class="sr">deadline: </span>&lt;today&gt;</mark> — THIRD time!`},
		{"overlapping spans merge", []store.Reason{{Signal: "repeat", Start: 19, End: 29}, {Signal: "shouting", Start: 19, End: 24}},
			`Fix it &lt;today&gt; — <mark data-start="19" data-end="29" title="repeat, shouting"><span class="sr">repeat, shouting: </span>THIRD time</mark>!`},
		{"out of range, inverted and mid-rune spans are skipped", []store.Reason{{Start: 25, End: 99}, {Start: 5, End: 2}, {Start: 16, End: 18}, {Start: -1, End: 3}},
			"Fix it &lt;today&gt; — THIRD time!"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(highlight(text, tt.rs)); got != tt.want {
				t.Errorf("highlight =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestSpan(t *testing.T) {
	for d, want := range map[time.Duration]string{
		-time.Second: "0 s", 42 * time.Second: "42 s", 12*time.Minute + 5*time.Second: "12 min",
		3 * time.Hour: "3 h", 3*time.Hour + 5*time.Minute: "3 h 5 min", 52 * time.Hour: "2 d 4 h",
	} {
		if got := span(d); got != want {
			t.Errorf("span(%v) = %q, want %q", d, got, want)
		}
	}
	if got := relative(-3 * time.Minute); got != "in 3 min" {
		t.Errorf("relative(-3m) = %q", got)
	}
}

func TestTopReasons(t *testing.T) {
	rs := []store.Reason{{Signal: "model", Weight: 0.9}, {Phrase: "today", Weight: 0.2}, {Phrase: "THIRD time", Weight: -0.5},
		{Phrase: "third time", Weight: 0.4}, {Phrase: "cancel", Weight: 0.3}, {Phrase: "refund", Weight: 0.1}}
	got := topReasons(rs, 3)
	if len(got) != 3 || got[0].Phrase != "THIRD time" || got[1].Phrase != "cancel" || got[2].Phrase != "today" {
		t.Errorf("topReasons = %+v", got)
	}
}

func TestRowsEscape(t *testing.T) {
	evil := `<script>alert(1)</script>"'&`
	tv := timeView{ISO: evil, Title: evil, Text: evil, Rel: evil}
	r := row{ID: 7, State: evil, StateLabel: evil, StateClass: evil, FromName: evil, From: evil, Subject: evil,
		HeatView: heatView{Num: evil, Level: evil, Class: evil, Title: evil}, TopReasons: []store.Reason{{Signal: evil, Phrase: evil}},
		Waiting: tv, TakenAt: tv, NextDue: tv, AckedBy: evil, AckVia: evil, Chain: evil, Paging: evil, History: evil, Messages: 2}
	for _, tt := range []struct {
		taken    bool
		resolved string
	}{{false, ""}, {true, ""}, {true, evil}} {
		r.Taken, r.ResolvedBy, r.ResolvedAt = tt.taken, tt.resolved, tv
		got := string(rowsHTML([]row{r}))
		if strings.Contains(got, "<script") || strings.Contains(got, `"'`) {
			t.Errorf("unescaped markup in a row (%+v):\n%s", tt, got)
		}
		if n := strings.Count(got, "&lt;script&gt;"); n < 14 {
			t.Errorf("only %d escaped copies of the markup (%+v):\n%s", n, tt, got)
		}
	}
}
