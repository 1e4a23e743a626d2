package route

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/store"
)

// Metrics are the router's Prometheus instruments. A nil *Metrics records
// nothing, so tests and tools need not register anything.
type Metrics struct {
	opened      prometheus.Counter
	open        prometheus.Gauge
	escalations *prometheus.CounterVec
	timeToAck   prometheus.Histogram
	autoAcks    prometheus.Counter
	copies      *prometheus.CounterVec
}

// NewMetrics creates the router metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		opened: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "hotline_alerts_opened_total", Help: "Alerts opened by the router.",
		}),
		open: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "hotline_alerts_open", Help: "Alerts not yet acknowledged or resolved.",
		}),
		escalations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_alert_escalations_total", Help: "Escalations to the next step (kind=escalation) or repeats of the last step (kind=repeat).",
		}, []string{"kind"}),
		timeToAck: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "hotline_alert_time_to_acknowledge_seconds",
			Help:    "Time from the first hot message being recorded to the alert being acknowledged.",
			Buckets: []float64{30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400},
		}),
		autoAcks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "hotline_alert_reply_acknowledgements_total", Help: "Alerts acknowledged by a team reply seen in the mailbox.",
		}),
		copies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_message_copies_total",
			Help: "Messages with the Message-ID and sender of a mail that reached an alert: another copy of it, which changed nothing (outcome=ignored), or other text under a reused Message-ID, routed as new mail (outcome=routed).",
		}, []string{"outcome"}),
	}
	if reg != nil {
		reg.MustRegister(m.opened, m.open, m.escalations, m.timeToAck, m.autoAcks, m.copies)
	}
	return m
}

func (m *Metrics) alertOpened() {
	if m != nil {
		m.opened.Inc()
	}
}

func (m *Metrics) setOpen(n int) {
	if m != nil {
		m.open.Set(float64(n))
	}
}

func (m *Metrics) escalated(kind store.NotificationKind) {
	if m != nil {
		m.escalations.WithLabelValues(kind.String()).Inc()
	}
}

func (m *Metrics) acknowledged(seconds float64, byReply bool) {
	if m == nil {
		return
	}
	m.timeToAck.Observe(seconds)
	if byReply {
		m.autoAcks.Inc()
	}
}

func (m *Metrics) copySeen(ignored bool) {
	if m == nil {
		return
	}
	outcome := "routed"
	if ignored {
		outcome = "ignored"
	}
	m.copies.WithLabelValues(outcome).Inc()
}
