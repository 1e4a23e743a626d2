package classify

// Level is the routing class of a scored message.
type Level int

// Levels, from calm to route-now. The zero value is Cool so that an unscored
// message is never treated as hot by accident.
const (
	Cool Level = iota
	Warm
	Hot
)

// String returns the upper-case name used in JSON, logs and the API.
func (l Level) String() string {
	switch l {
	case Warm:
		return "WARM"
	case Hot:
		return "HOT"
	default:
		return "COOL"
	}
}

// ParseLevel is the inverse of Level.String. It accepts any case.
func ParseLevel(s string) (Level, bool) {
	switch s {
	case "COOL", "cool", "Cool":
		return Cool, true
	case "WARM", "warm", "Warm":
		return Warm, true
	case "HOT", "hot", "Hot":
		return Hot, true
	}
	return Cool, false
}

// Input is one message to score. Text is the plain-text body as the customer
// wrote it (quoted history and signatures are stripped by the classifier);
// HTML is used only when Text is empty.
type Input struct {
	Subject string
	Text    string
	HTML    string
	From    string
	// Headers carries mail headers that shift urgency, such as Importance,
	// X-Priority and Priority. Keys are canonical MIME header keys.
	Headers map[string]string
}

// Reason is one piece of evidence behind a score, shown to the person who
// decides whether to answer now.
type Reason struct {
	// Signal names the evidence kind, e.g. "insult", "shouting",
	// "repeat_contact", "legal_threat", "deadline", "header_priority", "model".
	Signal string
	// Weight is the signal's contribution to the score it feeds (positive
	// raises, negative lowers).
	Weight float64
	// Phrase is the text that triggered the signal, as it appears in
	// Result.Prepared; empty for signals without a span (headers, model).
	Phrase string
	// Start and End are the byte offsets of Phrase in Result.Prepared.
	Start, End int
}

// Result is the classifier's verdict on one message.
type Result struct {
	Anger   float64 // in [0,1]
	Urgency float64 // in [0,1]
	Heat    float64 // in [0,1], what routing compares with thresholds
	Level   Level
	// Sentiment is the raw cdipaolo/sentiment naive Bayes log-odds that the
	// text is negative, reported beside the scores as a baseline.
	Sentiment float64
	Reasons   []Reason
	// Prepared is the text that was scored: subject and body after quoted
	// replies, signatures and markup were removed. Reason spans index it.
	Prepared string
}
