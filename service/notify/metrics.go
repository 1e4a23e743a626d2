package notify

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/hotline/hotline/service/store"
)

// Metrics count deliveries per channel. A nil *Metrics records nothing.
type Metrics struct {
	sentTotal    *prometheus.CounterVec
	failedTotal  *prometheus.CounterVec
	retriedTotal *prometheus.CounterVec
}

// NewMetrics creates the delivery metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		sentTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_notifications_sent_total", Help: "Notifications accepted by a receiver.",
		}, []string{"channel"}),
		failedTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_notifications_failed_total", Help: "Notifications given up on after retries or a permanent error.",
		}, []string{"channel"}),
		retriedTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_notifications_retried_total", Help: "Failed delivery attempts that will be retried.",
		}, []string{"channel"}),
	}
	if reg != nil {
		reg.MustRegister(m.sentTotal, m.failedTotal, m.retriedTotal)
	}
	return m
}

func (m *Metrics) sent(channel store.Channel) {
	if m != nil {
		m.sentTotal.WithLabelValues(channel.String()).Inc()
	}
}

func (m *Metrics) failed(channel store.Channel, final bool) {
	if m == nil {
		return
	}
	if final {
		m.failedTotal.WithLabelValues(channel.String()).Inc()
		return
	}
	m.retriedTotal.WithLabelValues(channel.String()).Inc()
}
