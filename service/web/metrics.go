package web

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the team page's Prometheus instruments. A nil *Metrics
// records nothing.
type Metrics struct {
	signins *prometheus.CounterVec
	actions *prometheus.CounterVec
	streams prometheus.Gauge
}

// NewMetrics creates the team page metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		signins: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_web_signins_total", Help: "Sign-ins on the team page by result (ok, refused).",
		}, []string{"result"}),
		actions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_web_actions_total", Help: "Alerts taken or resolved on the team page.",
		}, []string{"action"}),
		streams: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "hotline_web_event_streams", Help: "Open live-update streams, about one per open page.",
		}),
	}
	for _, r := range []string{"ok", "refused"} {
		m.signins.WithLabelValues(r)
	}
	for _, a := range []string{"take", "resolve"} {
		m.actions.WithLabelValues(a)
	}
	if reg != nil {
		reg.MustRegister(m.signins, m.actions, m.streams)
	}
	return m
}

func (m *Metrics) signin(result string) {
	if m != nil {
		m.signins.WithLabelValues(result).Inc()
	}
}

func (m *Metrics) action(a string) {
	if m != nil {
		m.actions.WithLabelValues(a).Inc()
	}
}

func (m *Metrics) stream(delta float64) {
	if m != nil {
		m.streams.Add(delta)
	}
}
