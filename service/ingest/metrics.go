package ingest

import (
	"time"

	"github.com/hotline/hotline/service/store"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Prometheus series an operator needs to see that mail is
// flowing: throughput by level, delay from delivery to record, reconnects
// and errors. A nil *Metrics records nothing.
type Metrics struct {
	ingested   *prometheus.CounterVec
	duplicates *prometheus.CounterVec
	lag        *prometheus.HistogramVec
	reconnects *prometheus.CounterVec
	errors     *prometheus.CounterVec
}

// NewMetrics creates the ingest series and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_ingest_messages_total",
			Help: "Messages recorded, by mailbox and level.",
		}, []string{"mailbox", "level"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_ingest_duplicates_total",
			Help: "Messages skipped because the store already had them.",
		}, []string{"mailbox"}),
		lag: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hotline_ingest_lag_seconds",
			Help:    "Time from server delivery (INTERNALDATE) to record, for mail delivered in the last hour.",
			Buckets: []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600},
		}, []string{"mailbox"}),
		reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_ingest_reconnects_total",
			Help: "Mailbox connections lost and re-established.",
		}, []string{"mailbox"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hotline_ingest_errors_total",
			Help: "Ingest errors by stage (connect, store, mark, move).",
		}, []string{"mailbox", "stage"}),
	}
	if reg != nil {
		reg.MustRegister(m.ingested, m.duplicates, m.lag, m.reconnects, m.errors)
	}
	return m
}

func (m *Metrics) recorded(mailbox string, msg store.Message, delivered time.Time, inserted bool) {
	if m == nil {
		return
	}
	if !inserted {
		m.duplicates.WithLabelValues(mailbox).Inc()
		return
	}
	m.ingested.WithLabelValues(mailbox, msg.Level).Inc()
	// Backlog read on a first sync would swamp the histogram with days-old
	// delays; only fresh mail says something about live latency.
	if lag := time.Since(delivered); !delivered.IsZero() && lag >= 0 && lag < time.Hour {
		m.lag.WithLabelValues(mailbox).Observe(lag.Seconds())
	}
}

func (m *Metrics) reconnect(mailbox string) {
	if m != nil {
		m.reconnects.WithLabelValues(mailbox).Inc()
	}
}

func (m *Metrics) error(mailbox, stage string) {
	if m != nil {
		m.errors.WithLabelValues(mailbox, stage).Inc()
	}
}
