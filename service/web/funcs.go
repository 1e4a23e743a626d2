package web

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/hotline/hotline/service/store"
)

// templateFuncs are the helpers the templates use; now is the handler's
// clock, so relative times are testable.
func templateFuncs(now func() time.Time) template.FuncMap {
	return template.FuncMap{
		"iso": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.UTC().Format(time.RFC3339)
		},
		"clock": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.UTC().Format("Jan 2 15:04:05 UTC")
		},
		"ago":  func(t time.Time) timeView { return agoView(t, now()) },
		"dur":  func(t time.Time) timeView { return durView(t, now()) },
		"heat": func(level string, heat, anger, urgency float64) heatView { return heatOf(level, heat, anger, urgency) },
		"hours": func(d time.Duration) string {
			if d%time.Hour == 0 {
				return fmt.Sprintf("%d h", int(d/time.Hour))
			}
			return d.String()
		},
		"step":       func(i int) int { return i + 1 },
		"join":       func(s []string) string { return strings.Join(s, ", ") },
		"lower":      lower,
		"stateLabel": stateLabel,
		"rows":       rowsHTML,
	}
}

// lower lower-cases a string or a typed name such as store.State, so
// templates can build class names from either.
func lower(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return strings.ToLower(s.String())
	}
	return strings.ToLower(fmt.Sprint(v))
}

func stateLabel(s store.State) string {
	switch s {
	case store.AlertOpen:
		return "open, paging"
	case store.AlertNotified:
		return "paged, not taken"
	case store.AlertAcknowledged:
		return "taken"
	case store.AlertResolved:
		return "resolved"
	}
	return strings.ToLower(s.String())
}

// timeView is a moment as the page shows it: relative text the script
// keeps current, the exact time for the tooltip, and ISO for the script.
// Rows carry it precomputed: template function calls cost more than the
// rest of a row when the queue is long.
type timeView struct {
	ISO, Title, Text, Rel string
}

func agoView(t, now time.Time) timeView {
	if t.IsZero() {
		return timeView{}
	}
	return timeView{ISO: t.UTC().Format(time.RFC3339), Title: t.UTC().Format("2006-01-02 15:04:05 UTC"), Text: relative(now.Sub(t)), Rel: "ago"}
}

func durView(t, now time.Time) timeView {
	v := agoView(t, now)
	if v.ISO != "" {
		v.Text, v.Rel, v.Title = span(now.Sub(t)), "dur", "since "+v.Title
	}
	return v
}

// heatView is the heat badge.
type heatView struct {
	Num, Level, Class, Title string
}

func heatOf(level string, heat, anger, urgency float64) heatView {
	return heatView{Num: fmt.Sprintf("%.2f", heat), Level: level, Class: strings.ToLower(level),
		Title: fmt.Sprintf("anger %.2f, urgency %.2f", anger, urgency)}
}

// span says how long d is the way a person would: "40 s", "12 min",
// "3 h 5 min", "2 d 4 h". The page's script keeps it current.
func span(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	case d < 24*time.Hour:
		h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
		if m == 0 {
			return fmt.Sprintf("%d h", h)
		}
		return fmt.Sprintf("%d h %d min", h, m)
	}
	days, h := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour)
	return fmt.Sprintf("%d d %d h", days, h)
}

// relative is span with a direction: "12 min ago" or "in 3 min".
func relative(d time.Duration) string {
	if d < 0 {
		return "in " + span(-d)
	}
	return span(d) + " ago"
}
