package notify

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	texttemplate "text/template"

	"github.com/hotline/hotline/service/store"
)

var textTmpl = texttemplate.Must(texttemplate.New("text").Funcs(texttemplate.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(`{{with .N.CallLine}}{{.}}

{{end}}{{.N.FromName}} <{{.N.From}}> has been waiting {{.Waiting}} for an answer.
{{- with .N.History}}
History: {{.}}
{{- end}}
{{- if .Late}}
This mail arrived {{.Arrived}} ago, while alerting was not running; it is paged only now.
{{- else if .Escalation}}
Nobody acknowledged this in the previous step, so it is now yours (step {{.N.Step}}).
{{- else if .Repeat}}
Still nobody has acknowledged this. Please take it or hand it on.
{{- else if .Reminder}}
You took this alert, but no reply to the customer has shown up in the thread yet.
If you answered by phone, resolve it{{if .N.AckCommand}} (hotline alerts resolve {{.N.AlertID}}){{end}}; otherwise write to them now.
{{- end}}

Subject:  {{.N.Subject}}
Mailbox:  {{.N.Mailbox}}
Scores:   anger {{printf "%.2f" .N.Anger}}, urgency {{printf "%.2f" .N.Urgency}}, heat {{printf "%.2f" .N.Heat}} ({{.N.Level}})
{{- if gt .N.Messages 1}}
Messages: {{.N.Messages}} in this conversation so far
{{- end}}

Why it is hot:
{{- range .Reasons}}
  - {{.}}
{{- else}}
  - (no specific signals; the overall tone scored hot)
{{- end}}
{{if .N.Excerpt}}
What they wrote:
  {{.N.Excerpt}}
{{end}}
Take it (one click, then confirm):
  {{.N.AckURL}}
{{- if .N.AckCommand}}
or run:
  {{.N.AckCommand}}
{{- end}}

How to answer:
{{- range $i, $c := .Checklist}}
  {{inc $i}}. {{$c}}
{{- end}}

Before you send a written reply, check it (stock apology, "calm down", blame, no time, no name):
  hotline coach --alert {{.N.AlertID}} draft.txt

Alert #{{.N.AlertID}}. Until somebody acknowledges, this moves on to the next person in the chain.
`))

var htmlTmpl = template.Must(template.New("html").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(`<!doctype html>
<html><body style="font-family:sans-serif;max-width:40em">
{{with .N.CallFirst}}<p style="font-size:1.3em"><b>Call {{.Name}}: <a href="{{$.CallLink}}">{{.Display}}</a></b>{{if .Asked}} (they asked for a call){{end}}</p>
{{end}}<p><b>{{.N.FromName}} &lt;{{.N.From}}&gt;</b> has been waiting <b>{{.Waiting}}</b> for an answer.</p>
{{with .N.History}}<p><b>History:</b> {{.}}</p>{{end}}
{{if .Late}}<p><b>Late:</b> this mail arrived {{.Arrived}} ago, while alerting was not running; it is paged only now.</p>{{end}}
{{if .Escalation}}<p>Nobody acknowledged this in the previous step, so it is now yours (step {{.N.Step}}).</p>{{end}}
{{if .Repeat}}<p>Still nobody has acknowledged this. Please take it or hand it on.</p>{{end}}
{{if .Reminder}}<p>You took this alert, but no reply to the customer has shown up in the thread yet. If you answered by phone, resolve it; otherwise write to them now.</p>{{end}}
<table>
<tr><td>Subject</td><td>{{.N.Subject}}</td></tr>
<tr><td>Scores</td><td>anger {{printf "%.2f" .N.Anger}}, urgency {{printf "%.2f" .N.Urgency}}, heat {{printf "%.2f" .N.Heat}} ({{.N.Level}})</td></tr>
</table>
<p>Why it is hot:</p><ul>{{range .Reasons}}<li>{{.}}</li>{{end}}</ul>
{{if .N.Excerpt}}<blockquote>{{.N.Excerpt}}</blockquote>{{end}}
<p><a href="{{.N.AckURL}}" style="display:inline-block;padding:.6em 1.2em;background:#b00;color:#fff;text-decoration:none;border-radius:4px">I'm taking this</a></p>
<p>How to answer:</p><ol>{{range .Checklist}}<li>{{.}}</li>{{end}}</ol>
<p>Before you send a written reply, check it for a stock apology, "calm down", blame, no time or no name: <code>hotline coach --alert {{.N.AlertID}} draft.txt</code></p>
<p style="color:#666">Alert #{{.N.AlertID}}. Until somebody acknowledges, this moves on to the next person in the chain.</p>
</body></html>
`))

type view struct {
	N Notification
	// Late, Escalation, Repeat and Reminder tell the templates N.Kind.
	Late, Escalation, Repeat, Reminder bool
	CallLink                           template.URL // tel: URIs are not in html/template's safe list
	Waiting                            string
	Arrived                            string
	Reasons                            []string
	Checklist                          []string
}

func newView(n Notification) view {
	v := view{N: n, Waiting: humanDuration(n.Waiting), Arrived: humanDuration(n.Waiting - n.StatedWait), Reasons: n.ReasonSummary(), Checklist: Checklist,
		Late: n.Kind == store.NotifyLate, Escalation: n.Kind == store.NotifyEscalation, Repeat: n.Kind == store.NotifyRepeat, Reminder: n.Kind == store.NotifyReminder}
	if c := n.CallFirst(); c != nil {
		v.CallLink = template.URL(c.Link()) // E.164 from the parser: "+" and digits only
	}
	return v
}

// Text renders the plain-text body of a notification.
func (n Notification) Text() string {
	var b bytes.Buffer
	if err := textTmpl.Execute(&b, newView(n)); err != nil {
		// The template is fixed and the data is plain values; a failure
		// here is a programming error, but the page must still go out.
		return fmt.Sprintf("%s\n\n%s\n", n.Headline(), n.AckURL)
	}
	return strings.ReplaceAll(b.String(), "\r", "")
}

// HTML renders the HTML body of a notification, everything escaped.
func (n Notification) HTML() string {
	var b bytes.Buffer
	if err := htmlTmpl.Execute(&b, newView(n)); err != nil {
		return ""
	}
	return b.String()
}
