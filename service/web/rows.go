package web

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/hotline/hotline/service/store"
)

// The queue's alert rows are written here rather than by html/template:
// with 500 open alerts the template engine's reflection and escaper calls
// took about two thirds of the page's time. Every value goes through
// template.HTMLEscapeString and every attribute is quoted; the rest of the
// page stays in templates. TestRowsEscape feeds markup through each field.

func esc(b *strings.Builder, s string) { b.WriteString(template.HTMLEscapeString(s)) }

func writeTime(b *strings.Builder, t timeView) {
	b.WriteString(`<time datetime="`)
	esc(b, t.ISO)
	b.WriteString(`" data-rel="`)
	esc(b, t.Rel)
	b.WriteString(`" title="`)
	esc(b, t.Title)
	b.WriteString(`">`)
	esc(b, t.Text)
	b.WriteString(`</time>`)
}

func writeHeat(b *strings.Builder, h heatView) {
	b.WriteString(`<span class="heat `)
	esc(b, h.Class)
	b.WriteString(`" title="`)
	esc(b, h.Title)
	b.WriteString(`"><span class="num">`)
	esc(b, h.Num)
	b.WriteString(`</span> `)
	esc(b, h.Level)
	b.WriteString(`</span>`)
}

func writeCustomer(b *strings.Builder, name, addr string) {
	b.WriteString(`<span class="cust">`)
	if name != "" {
		b.WriteString(`<b>`)
		esc(b, name)
		b.WriteString(`</b> <span class="addr">&lt;`)
		esc(b, addr)
		b.WriteString(`&gt;</span>`)
	} else {
		b.WriteString(`<b>`)
		esc(b, addr)
		b.WriteString(`</b>`)
	}
	b.WriteString(`</span>`)
}

func writeReasons(b *strings.Builder, rs []store.Reason) {
	if len(rs) == 0 {
		return
	}
	b.WriteString(`<ul class="reasons">`)
	for _, r := range rs {
		b.WriteString(`<li title="`)
		esc(b, r.Signal)
		b.WriteString(`">`)
		esc(b, r.Phrase)
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul>`)
}

// rowsHTML writes an ordered list of alert rows.
func rowsHTML(rows []row) template.HTML {
	var b strings.Builder
	b.Grow(len(rows) * 1100)
	b.WriteString("<ol class=\"rows\">\n")
	for _, r := range rows {
		id := strconv.FormatInt(r.ID, 10)
		b.WriteString(`<li class="row state-`)
		esc(&b, r.StateClass)
		b.WriteString(`" data-alert="` + id + `" data-state="`)
		esc(&b, r.State)
		b.WriteString("\">\n  <div class=\"line1\">")
		writeHeat(&b, r.HeatView)
		b.WriteString(" ")
		writeCustomer(&b, r.FromName, r.From)
		if r.ResolvedBy != "" {
			b.WriteString("\n    <span class=\"when\">resolved ")
			writeTime(&b, r.ResolvedAt)
		} else {
			b.WriteString("\n    <span class=\"when\">waiting ")
			writeTime(&b, r.Waiting)
		}
		b.WriteString("</span></div>\n  <a class=\"subj\" href=\"/alerts/" + id + "\">")
		if r.Subject != "" {
			esc(&b, r.Subject)
		} else {
			b.WriteString("(no subject)")
		}
		b.WriteString(`<span class="sr"> (alert ` + id + ")</span></a>\n  ")
		writeReasons(&b, r.TopReasons)
		if r.History != "" {
			b.WriteString(`<p class="history">`)
			esc(&b, r.History)
			b.WriteString(`</p>`)
		}
		b.WriteString("\n  <div class=\"meta\">\n    ")
		switch {
		case r.ResolvedBy != "":
			b.WriteString(`<span>Resolved by <b>`)
			esc(&b, r.ResolvedBy)
			b.WriteString(`</b>`)
			if r.AckedBy != "" && r.AckedBy != r.ResolvedBy {
				b.WriteString(`, taken by <b>`)
				esc(&b, r.AckedBy)
				b.WriteString(`</b>`)
			}
			b.WriteString(`</span>`)
		case r.Taken:
			b.WriteString(`<span class="taken">Taken by <b>`)
			esc(&b, r.AckedBy)
			b.WriteString(`</b> via `)
			esc(&b, r.AckVia)
			b.WriteString(" ")
			writeTime(&b, r.TakenAt)
			b.WriteString(`</span>`)
		default:
			b.WriteString(`<span>step ` + strconv.Itoa(r.StepNo) + ` of chain `)
			esc(&b, r.Chain)
			if r.Round > 0 {
				b.WriteString(", repeat " + strconv.Itoa(r.Round))
			}
			b.WriteString("</span>\n    <span>paging <b>")
			esc(&b, r.Paging)
			b.WriteString("</b></span>")
			if r.NextDue.ISO != "" {
				b.WriteString("\n    <span>next escalation ")
				writeTime(&b, r.NextDue)
				b.WriteString("</span>")
			}
		}
		if r.Messages > 1 {
			b.WriteString("\n    <span>" + strconv.Itoa(r.Messages) + " mails</span>")
		}
		b.WriteString("\n    <span class=\"id\">#" + id + " · ")
		esc(&b, r.StateLabel)
		b.WriteString("</span>\n  </div>\n</li>")
	}
	b.WriteString("\n</ol>\n")
	return template.HTML(b.String())
}
