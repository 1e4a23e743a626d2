// Package classify scores support mail for anger and urgency and decides
// which messages are hot enough to go to a senior person now.
//
// Anger comes from a logistic regression over hashed words, word pairs and
// character n-grams, trained on labelled human text and embedded in the
// binary, plus rules for what that text rarely shows (threats to cancel or
// sue, repeat contact). Urgency comes from rules: outages, data loss,
// security incidents, deadlines, waiting and service failures, and the
// mail's priority headers. Heat combines the two and sets the Level.
package classify

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed model/anger.bin
var embeddedModel []byte

// Thresholds split Heat into levels: Heat >= Hot is HOT, Heat >= Warm is
// WARM, anything lower is COOL.
type Thresholds struct {
	Warm, Hot float64
}

// HeatWeights combine anger and urgency into heat:
//
//	heat = sigmoid(Bias + Anger*floor(logit(anger)) + Urgency*urgency)
//
// Anger enters as log-odds so that the model's confidence keeps its scale.
// Below AngerFloor the log-odds count only FloorSlope as much, so that a
// very polite message cannot cancel real urgency while calm messages still
// keep their order; beside a live problem that stops work they count
// less still, by as much as the problem is severe: how politely a
// customer says the shop is down is no measure of how down it is.
// Urgency is a rule score in [0,1].
type HeatWeights struct {
	Bias, Anger, Urgency   float64
	AngerFloor, FloorSlope float64
	// Severe is added to heat's log-odds, times its evidence, for a
	// live problem that stops work whatever the tone: an outage or
	// lock-out, business impact, lost data, a security incident. A
	// polite mail about a production outage is as hot as an angry one;
	// a polite request ("can you help me rebook?") is not.
	Severe float64
}

// Options configure a Classifier. Start from DefaultOptions.
type Options struct {
	Thresholds Thresholds
	Heat       HeatWeights
	// RuleAnger scales how much the anger rules (insults, threats, repeat
	// contact, shouting) add to the model's anger, by noisy-OR.
	RuleAnger float64
	// AngerBias shifts the model's log-odds. The model is calibrated to
	// how rare annoyed or angry comments are in its training data (about
	// one in eleven); the shift puts a clearly annoyed text above 0.5.
	AngerBias float64
	// TopWords is how many of the model's strongest words are reported as
	// reasons.
	TopWords int
	// Model replaces the embedded anger model when set.
	Model *Model
	// Sentiment shares an already loaded sentiment table between
	// classifiers; when nil, New loads one (about a second).
	Sentiment *Sentiment
}

// DefaultOptions returns the settings chosen on the development sets; see
// the Classifier section of the README for how.
func DefaultOptions() Options {
	return Options{
		Thresholds: Thresholds{Warm: 0.2, Hot: 0.6},
		Heat:       HeatWeights{Bias: 0, Anger: 1, Urgency: 5, AngerFloor: -3, FloorSlope: 0.3, Severe: 1},
		RuleAnger:  0.25,
		AngerBias:  1,
		TopWords:   3,
	}
}

// subjectBoost multiplies the weight of a rule that fires in the subject.
const subjectBoost = 1.3

// sarcasmAnger is the anger weight of praise used sarcastically.
const sarcasmAnger = 0.6

// lockoutSevere scales the severity of a problem that keeps someone from
// getting in, of work that stopped and has not resumed, and of a whole
// system told down in the present (a live outage or impact, see
// readings.liveLockouts): "my account is suspended", "the reminders
// stopped going out on Monday", "our website is down" page without a
// deadline or a raised voice. At 1.5 a polite "notre boutique semble
// hors ligne" stayed just below HOT; at 2 two more of the 1,592 neutral
// GoEmotions comments go HOT.
const lockoutSevere = 2.0

// questionDiscount scales deadlines and time words inside a question.
const questionDiscount = 0.5

// maxReasonsPerSignal caps the reasons listed for one signal; later hits
// still count (less and less) towards the score.
const maxReasonsPerSignal = 3

// Classifier scores messages. It is immutable after New and safe for
// concurrent use.
type Classifier struct {
	opts    Options
	model   *Model
	scorer  *scorer
	eng     *engine
	signals [numSignals]signal
	pool    sync.Pool
	// walk reports whether the model is scored in one pass (scorer.walk).
	walk bool
}

// New loads the models and compiles the lexicons.
func New(opts Options) (*Classifier, error) {
	if opts.Thresholds.Warm > opts.Thresholds.Hot || opts.Thresholds.Hot > 1 || opts.Thresholds.Warm < 0 {
		return nil, fmt.Errorf("thresholds: want 0 <= warm <= hot <= 1, have warm %v hot %v", opts.Thresholds.Warm, opts.Thresholds.Hot)
	}
	m := opts.Model
	if m == nil {
		m = new(Model)
		if err := m.UnmarshalBinary(embeddedModel); err != nil {
			return nil, fmt.Errorf("embedded anger model: %w", err)
		}
	}
	if m.Config.Bits < 4 || m.Config.Bits > 26 || len(m.Weights) != 1<<m.Config.Bits {
		return nil, fmt.Errorf("anger model: %d weights for %d hash bits", len(m.Weights), m.Config.Bits)
	}
	sent := opts.Sentiment
	if sent == nil {
		var err error
		if sent, err = LoadSentiment(); err != nil {
			return nil, err
		}
	}
	eng, err := newEngine(sent)
	if err != nil {
		return nil, err
	}
	eng.words = newWordTable(sent, m)
	eng.tz.addWords(eng.words)
	c := &Classifier{opts: opts, model: m, scorer: newScorer(m, eng.words), eng: eng, signals: signalTable()}
	c.walk = c.scorer.walks()
	c.pool.New = func() any { return new(analysis) }
	return c, nil
}

// Options returns the options the classifier was built with.
func (c *Classifier) Options() Options { return c.opts }

// Classify scores one message. It reads at most MaxSubjectBytes of the
// subject and MaxBodyBytes of the body (MaxHTMLBytes of an HTML-only
// body), so its cost is bounded whatever the input, and it returns
// ctx.Err() without a result when ctx ends before scoring is done.
func (c *Classifier) Classify(ctx context.Context, in Input) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	body := in.Text
	if strings.TrimSpace(body) == "" && in.HTML != "" {
		body = htmlToText(truncate(in.HTML, MaxHTMLBytes))
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
	}
	a := c.pool.Get().(*analysis)
	defer c.pool.Put(a)
	text, subjectEnd := prepareWith(in.Subject, body, &a.lines)
	margin, nSparse, err := c.analyse(ctx, text, subjectEnd, a)
	if err != nil {
		return Result{}, err
	}
	return c.judge(in, text, subjectEnd, a, margin, nSparse), nil
}

// analyse is engine.analyseContext followed by scorer.margin, with the
// negations, the sentiment and the model's word sums done in one pass
// over the tokens (scorer.walk). It returns the model's log-odds and the
// number of sparse features.
func (c *Classifier) analyse(ctx context.Context, text string, subjectEnd int, a *analysis) (float64, int, error) {
	e := c.eng
	if !c.walk {
		if err := e.analyseContext(ctx, text, subjectEnd, a); err != nil {
			return 0, 0, err
		}
		margin, n := c.scorer.margin(text, a)
		return margin, n, ctx.Err()
	}
	a.reset()
	lexInto(text, subjectEnd, a)
	ms := c.scorer.walk(&e.tz, text, a)
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	a.hits = e.findHits(text, a.toks, a.hits)
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	for _, h := range a.hits {
		a.signalCount[h.signal]++
	}
	margin, n := c.scorer.finish(a, ms)
	return margin, n, nil
}

// judge turns an analysed text and the model's margin into the result.
func (c *Classifier) judge(in Input, text string, subjectEnd int, a *analysis, margin float64, nSparse int) Result {
	res := Result{Prepared: text, Sentiment: a.sentiment}
	// Reasons are gathered in the analysis's scratch and copied once, in
	// order, into a slice of their exact length.
	reasons := a.reasons[:0]

	// anger: model, then rules by noisy-OR
	z := margin + c.opts.AngerBias
	pModel := sigmoid(z)
	if len(a.toks) == 0 {
		pModel = 0
	}
	reasons = append(reasons, Reason{Signal: "model", Weight: pModel})
	reasons = c.topWords(text, a, nSparse, reasons)

	// Praise next to a real failure ("great job, it crashed again") is
	// sarcasm: it must not calm the message down.
	sarcasm := a.signalCount[sigPraise] > 0 && hasFailure(a.hits)
	// whom a problem stops counts only beside a problem: "all our
	// customers" is news in "all our customers get the update tomorrow"
	scoped := a.signalCount[sigScope] > 0 && namesProblem(a.hits)
	qEnd, qVal := -1, false
	ends := sentenceEnds{ends: a.ends}
	var seen [numSignals]int
	// urgency has two sides: a problem (outage, lock-out, waiting, a
	// threat) and when it bites: a deadline or plea for help, or words
	// of the present and ongoing ("still", "since Monday"). A problem
	// counts in full only with the second side, and "today" or "still"
	// alone is small talk.
	var angerEv, probEv, timeEv, nowEv, severeEv evidence
	liveInside := false
	severeKinds := 0
	calm, past := 0.0, 0.0
	dropOverlaps(a.hits, &c.signals)
	a.ranks.fill(a.hits)
	for _, h := range a.hits {
		if h.drop || h.scale == 0 {
			// a zero-weight phrase only shadows a shorter one inside
			// it: "guten Morgen" is a greeting, not "tomorrow"
			continue
		}
		s := &c.signals[h.signal]
		// repeats of one signal count less and less, the strongest
		// first: "following up" before "third email" must not halve
		// the stronger cue
		f := h.scale / float64(uint64(1)<<h.rank)
		seen[h.signal]++
		if int(h.end) > qEnd {
			// hits come in text order, so the ends lex listed are
			// read once
			qEnd, qVal = ends.next(text, int(h.end))
		}
		if qVal && (h.signal == sigDeadline || h.signal == sigNow) {
			// "should we retry immediately?" asks about a time; it does
			// not set one. A problem asked about ("is my flight
			// cancelled?") is still a problem, and a plea is a question
			// by nature ("can you help me?").
			f *= questionDiscount
		}
		if int(h.start) < subjectEnd {
			// what the customer chose to put in the subject line is
			// emphasised ("URGENT", "third time asking")
			f = min(1.5, f*subjectBoost)
		}
		wa, wu := min(s.anger*f*c.opts.RuleAnger, 0.95), max(-0.95, min(s.urgency*f, 0.95))
		if h.signal == sigUltimatum && (a.signalCount[sigChurn]+a.signalCount[sigLegal] == 0 || !strings.Contains(text[h.start:h.end], " ") && lastWord(text, int(h.end))) ||
			h.signal == sigScope && !scoped {
			// "RAS sinon.", "Alles gut sonst.": an "otherwise" that ends
			// its sentence means "apart from that" and sets no condition
			// ("or else!" still does)
			continue
		}
		if h.signal == sigChurn && (qVal && conditional(text, int(h.start)) || instead(text, int(h.start))) {
			// "what happens to our data if we cancel?" asks; it does not
			// threaten
			continue
		}
		if qVal && isSevere(h.signal) && hypothetical(text, int(h.start)) {
			// "when a request fails with a timeout, should we retry?"
			// asks about a problem that may come; it reports none
			continue
		}
		if qVal && (h.signal == sigComplaint || h.signal == sigNow || h.signal == sigWaiting) && conditional(text, int(h.start)) &&
			!asksWhy(text, int(h.start)) {
			// "what happens if my flight gets cancelled?": a delay or a
			// wait in the condition of a question may never come ("why
			// did you board us if you knew we were late?" blames)
			continue
		}
		if h.signal == sigDeadline && tookThatLong(text, int(h.start)) {
			// "the agent rebooked me in 10 min" says how long it took;
			// nothing is due
			continue
		}
		if h.signal == sigResolved && !h.thanked && (qVal || conditional(text, int(h.start)) || lacking(text, int(h.start))) {
			// "unless it works again" and "when will it be fixed?" name
			// a fix that has not happened
			continue
		}
		if h.signal == sigPraise && sarcasm {
			if seen[h.signal] == 1 {
				w := sarcasmAnger * c.opts.RuleAnger
				angerEv.add(w)
				reasons = append(reasons, Reason{Signal: "sarcasm", Weight: w, Phrase: text[h.start:h.end], Start: int(h.start), End: int(h.end)})
			}
			continue
		}
		switch {
		case h.signal == sigPast:
			// kept apart: the past calms only a mail that says nothing
			// about now
			past = 1 - (1-past)*(1+wu)
		case wu < 0:
			calm = 1 - (1-calm)*(1+wu)
		case h.signal == sigNow && h.inside:
			// "still" inside "still waiting" says the problem goes on;
			// it is not a second piece of evidence
			liveInside = true
		case h.signal == sigNow:
			nowEv.add(wu)
		case isTimeSignal(h.signal):
			timeEv.add(wu)
		default:
			probEv.add(wu)
			if isSevere(h.signal) {
				if h.live {
					// locked out, or stopped, is blocked now, with nothing
					// else to try: it weighs more than an outage told as news
					severeEv.add(min(0.95, wu*lockoutSevere))
				} else {
					severeEv.add(wu)
				}
				severeKinds |= 1 << severeKind(h.signal)
			}
			if (h.signal == sigDataLoss || h.signal == sigSecurity || h.signal == sigRepeat) && h.scale >= 1 || h.live {
				// lost data and a break-in are live by nature: every
				// hour makes them worse; a customer writing again about
				// the same thing says it is not solved
				liveInside = true
			}
		}
		angerEv.add(wa)
		if h.inside {
			continue
		}
		if seen[h.signal] <= maxReasonsPerSignal {
			end := clockEnd(text, int(h.end))
			switch h.signal {
			case sigUltimatum:
				end = conditionEnd(text, int(h.start), end, nextThreatStart(a.hits, h.end))
			case sigNow:
				if p := text[h.start:end]; len(p) >= 4 && len(p) <= 6 && equalFoldAny(p, "since", "seit", "depuis", "desde") {
					// "Desde el día 3", "depuis le 2 février": since when
					end = wordsAfter(text, end, nextHitStart(a.hits, h.end), sinceShown)
				}
			case sigComplaint:
				if p := text[h.start:end]; len(p) >= 5 && len(p) <= 10 && strings.ContainsAny(p, "'’") &&
					equalFoldAny(strings.ReplaceAll(p, "’", "'"), "can't", "won't", "isn't", "couldn't", "haven't",
						"hasn't", "doesn't", "didn't", "wasn't", "aren't") {
					// "can't do deliveries": what cannot be done
					end = wordsAfter(text, end, nextHitStart(a.hits, h.end), negationShown)
				}
			}
			reasons = append(reasons, Reason{Signal: s.name, Weight: max(wa, wu) + min(wu, 0), Phrase: text[h.start:end], Start: int(h.start), End: end})
		}
	}
	if share := a.shoutShare(); share >= 0.3 {
		w := c.signals[sigShouting].anger * min(1, share/0.6) * c.opts.RuleAnger
		angerEv.add(w)
		st, en := shoutSpan(text, a)
		reasons = append(reasons, Reason{Signal: "shouting", Weight: w, Phrase: text[st:en], Start: st, End: en})
	}
	for i, m := range a.marks {
		w := c.signals[sigExclaim].anger / float64(uint64(1)<<i) * c.opts.RuleAnger
		angerEv.add(w)
		reasons = append(reasons, Reason{Signal: "exclamation", Weight: w, Phrase: text[m.start:m.end], Start: int(m.start), End: int(m.end)})
		if i == 2 {
			break
		}
	}
	if w := headerPriority(in.Headers); w > 0 {
		// headers are not part of Prepared, so this reason has no span
		timeEv.add(w)
		reasons = append(reasons, Reason{Signal: "header_priority", Weight: w})
	}
	res.Anger = 1 - (1-pModel)*(1-angerEv.noisyOR())
	d, now := timeEv.noisyOR(), nowEv.noisyOR()
	live := min(1, (1-(1-d)*(1-now))/liveFull)
	if liveInside {
		live = 1
	}
	if past == 0 && bits.OnesCount(uint(severeKinds)) >= 2 {
		// two kinds of severe problem together, an outage and who it
		// stops ("stopped syncing for everyone in our office"), describe
		// work standing still now unless the mail speaks of the past
		live = 1
	}
	calm = 1 - (1-calm)*(1-past*(1-live))
	a.parts = urgencyParts{problem: probEv.noisyOR(), deadline: d, now: now, calm: calm, ruleAnger: angerEv.noisyOR()}
	res.Urgency = combineUrgency(a.parts.problem, d, now, live) * (1 - calm)
	hw := c.opts.Heat
	la := math.Log(max(res.Anger, 1e-6) / max(1-res.Anger, 1e-6))
	sev := severeEv.noisyOR() * live * (1 - calm)
	if la < hw.AngerFloor {
		la = hw.AngerFloor + hw.FloorSlope*(la-hw.AngerFloor)*(1-sev)
	}
	res.Heat = sigmoid(hw.Bias + hw.Anger*la + hw.Urgency*res.Urgency + hw.Severe*sev)
	switch {
	case res.Heat >= c.opts.Thresholds.Hot:
		res.Level = Hot
	case res.Heat >= c.opts.Thresholds.Warm:
		res.Level = Warm
	}
	res.Reasons = sortedReasons(reasons, &a.order)
	clear(reasons) // drop the scratch's references to this message's text
	a.reasons = reasons[:0]
	return res
}

// topWords adds the words whose unigram weights pushed the model's anger
// up the most, so a reader sees which words the model reacted to.
func (c *Classifier) topWords(text string, a *analysis, nSparse int, reasons []Reason) []Reason {
	n := c.opts.TopWords
	if n <= 0 || len(a.toks) == 0 {
		return reasons
	}
	scale := float32(1)
	if c.model.Config.Norm && nSparse > 0 {
		scale = float32(1 / math.Sqrt(float64(nSparse)))
	}
	first := len(reasons)
	// a word must move the log-odds noticeably to count as evidence a
	// person would accept: "Helen" or "email" at 0.01 are not
	weakest := minWordWeight
	floor := wordWeightFloor(scale)
	ws := a.wordW[:len(a.toks)]
	// words too weak even before scaling are passed over by a loop
	// without calls: most words stop there
	for i := nextAbove(ws, 0, floor); i < len(ws); i = nextAbove(ws, i+1, floor) {
		t := &a.toks[i]
		w := float64(a.wordW[i] * scale)
		// the cheap test first: most words are too weak to be shown
		if w <= weakest || !c.eng.isContentWord(text, t) {
			continue
		}
		dup := false
		for j := first; j < len(reasons); j++ {
			// one word once, however often it is written
			if strings.EqualFold(reasons[j].Phrase, text[t.start:t.end]) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		r := Reason{Signal: "model_word", Weight: w, Phrase: text[t.start:t.end], Start: int(t.start), End: int(t.end)}
		if len(reasons)-first < n {
			reasons = append(reasons, r)
		} else {
			// replace the weakest kept word
			low := first
			for j := first + 1; j < len(reasons); j++ {
				if reasons[j].Weight < reasons[low].Weight {
					low = j
				}
			}
			reasons[low] = r
		}
		if len(reasons)-first == n {
			weakest = reasons[first].Weight
			for j := first + 1; j < len(reasons); j++ {
				weakest = min(weakest, reasons[j].Weight)
			}
		}
	}
	return reasons
}

// nextAbove returns the index of the first weight from ws[i] on that is
// above floor, or len(ws).
func nextAbove(ws []float32, i int, floor float32) int {
	for ; i < len(ws); i++ {
		if ws[i] > floor {
			return i
		}
	}
	return len(ws)
}

// wordWeightFloor returns an unscaled word weight that, times scale, is
// still at most minWordWeight: a word weight at or below it cannot be
// shown, because float32 multiplication by a positive scale never turns
// a smaller factor into a larger product.
func wordWeightFloor(scale float32) float32 {
	f := float32(minWordWeight / float64(scale))
	for f > 0 && float64(f*scale) > minWordWeight {
		f = math.Nextafter32(f, 0)
	}
	return f
}

// shoutSpan returns the first run of words in capitals.
func shoutSpan(text string, a *analysis) (int, int) {
	start, end := -1, -1
	for i := range a.toks {
		t := &a.toks[i]
		if t.flags&tokCaps != 0 {
			if start < 0 {
				start = int(t.start)
			}
			end = int(t.end)
			continue
		}
		if t.flags&tokLetters != 0 && start >= 0 {
			break
		}
	}
	if start < 0 {
		return 0, 0
	}
	return start, end
}

// headerPriority reads the priority headers mail clients set when the
// sender marks a message important, and returns the urgency they add.
func headerPriority(h map[string]string) float64 {
	if len(h) == 0 {
		return 0
	}
	get := func(name string) string {
		if v, ok := h[name]; ok {
			return strings.ToLower(strings.TrimSpace(v))
		}
		for k, v := range h {
			if strings.EqualFold(k, name) {
				return strings.ToLower(strings.TrimSpace(v))
			}
		}
		return ""
	}
	const w = 0.45
	if v := get("X-Priority"); v != "" && (v[0] == '1' || v[0] == '2') {
		return w
	}
	if get("Importance") == "high" || get("X-Msmail-Priority") == "high" {
		return w
	}
	if v := get("Priority"); v == "urgent" || v == "emergency" {
		return w
	}
	return 0
}

// How much a problem counts when nothing says it bites now, a deadline or
// plea when no problem is named, and the present or ongoing ("today",
// "still") without a problem; each reaches full weight when the other
// side has at least liveFull of evidence. Chosen on the airline dev half's
// urgency labels together with the heat weights.
const (
	problemAlone  = 0.8
	deadlineAlone = 0.8
	nowAlone      = 0.3
	liveFull      = 0.3
)

// combineUrgency joins problem, deadline and ongoing evidence into
// urgency. live, in [0, 1], is how much the mail says the problem bites
// now: from the deadline and ongoing evidence, or 1 when a problem's own
// phrase says it goes on ("still down").
func combineUrgency(p, d, now, live float64) float64 {
	hasProblem := min(1, p/liveFull)
	pf := problemAlone + (1-problemAlone)*live
	df := deadlineAlone + (1-deadlineAlone)*hasProblem
	nf := nowAlone + (1-nowAlone)*hasProblem
	return 1 - (1-p*pf)*(1-d*df)*(1-now*nf)
}

// dropOverlaps keeps one signal per phrase: where a hit of one signal lies
// within a hit of another ("still down" is an outage, not also repeat
// contact), the longer phrase stays ("since yesterday" is an ongoing
// wait, not the past), and of two equal spans the one with the larger
// weight. Phrases of two signals that only share a word ("still hasn't"
// and "hasn't arrived") both count; of one signal, the stronger stands
// for both. Hits come in text order and phrases are
// short, so only the last few hits can overlap a new one.
func dropOverlaps(hits []hit, signals *[numSignals]signal) {
	strength := func(h *hit) float64 {
		s := &signals[h.signal]
		return max(s.anger, math.Abs(s.urgency)) * h.scale
	}
	// maxEnd is the furthest end of the hits before: a hit that starts
	// there or later overlaps none of them, which is most hits
	maxEnd := int32(math.MinInt32)
	for i := range hits {
		h := &hits[i]
		if h.start >= maxEnd {
			maxEnd = h.end
			continue
		}
		maxEnd = max(maxEnd, h.end)
		for j := max(0, i-overlapLookback); j < i && !h.drop; j++ {
			o := &hits[j]
			if o.end <= h.start || o.start >= h.end {
				continue
			}
			if !o.drop && (calmInAnger(o, h) || calmInAnger(h, o)) {
				// "ya está bien" is enough, not fine; "thanks for losing
				// my luggage" thanks for nothing
				if calmInAnger(o, h) {
					o.drop = true
				} else {
					h.drop = true
				}
				continue
			}
			if !o.drop && o.signal == h.signal {
				// two phrases of one signal that share words ("No puedo
				// acceder" and "acceder a nada", or "hoy mismo" and the
				// "hoy" an obligation made a deadline) tell one thing: the
				// stronger stands for both, and of equals a fix read from
				// thanks, which has weighed its context, or the longer
				if sh, so := strength(h), strength(o); sh > so || sh == so && (h.thanked && !o.thanked ||
					h.thanked == o.thanked && h.end-h.start > o.end-o.start) {
					o.drop = true
				} else {
					h.drop = true
				}
				continue
			}
			if o.drop || o.signal == h.signal || isWhen(o.signal) != isWhen(h.signal) ||
				o.signal == sigScope || h.signal == sigScope || calmWithin(o, h) || calmWithin(h, o) {
				// "still" inside "still down" says the outage goes on,
				// "was" in "was delayed" that it is over: that is when,
				// not a second what; "bei allen Nutzern" inside "stürzt
				// bei allen Nutzern ab" says whom, not a second what, and
				// "wie geplant" inside "ist jetzt wie geplant offline" how
				// it was meant
				continue
			}
			hInO := h.start >= o.start && h.end <= o.end
			oInH := o.start >= h.start && o.end <= h.end
			if !hInO && !oInH {
				continue
			}
			hl, ol := h.end-h.start, o.end-o.start
			if hl > ol || (hl == ol && strength(h) > strength(o)) {
				o.drop = true
			} else {
				h.drop = true
			}
		}
	}
}

// rankKept is how many hits of one signal are ranked by strength; a
// later hit counts at most 1/2^rankKept of its weight, which is nothing
// that matters, so ranking more would only cost time on hostile input.
const rankKept = 6

// hitRanks holds, for each signal, the indices of its strongest hits,
// strongest first and, among equals, in text order: n[s] of them in
// top[s].
type hitRanks struct {
	n   [numSignals]uint8
	top [numSignals][rankKept]int32
}

// fill ranks each signal's live hits by weight in one pass, sets each
// hit's rank, and marks the live hits of when (isWhen) that lie within
// another's phrase.
//
// Hits come in text order and most are no stronger than the ones before
// them, so each is placed from the end of its signal's list, which only
// holds the hits seen: nearly every hit is appended after one look.
func (r *hitRanks) fill(hits []hit) {
	r.n = [numSignals]uint8{}
	for i := range hits {
		h := &hits[i]
		h.inside = false
		h.rank = rankKept
		if h.drop || h.scale == 0 {
			continue
		}
		if isWhen(h.signal) && within(hits, i) {
			// "still" inside "still down" only says when; it takes no
			// rank from a "since Monday" of its own
			h.inside = true
			continue
		}
		top, n := &r.top[h.signal], int(r.n[h.signal])
		// after every hit at least as strong: equals keep text order
		k := n
		for k > 0 && h.scale > hits[top[k-1]].scale {
			k--
		}
		if k == rankKept {
			continue
		}
		if n == rankKept {
			// the weakest ranked hit drops out
			hits[top[n-1]].rank = rankKept
		}
		n = min(n+1, rankKept)
		// shift the weaker ones down in place: a call to copy costs
		// more than these few moves
		for m := n - 1; m > k; m-- {
			top[m] = top[m-1]
			hits[top[m]].rank = uint8(m)
		}
		top[k] = int32(i)
		h.rank = uint8(k)
		r.n[h.signal] = uint8(n)
	}
}

// conditionLookback bounds how far back conditional looks for the word
// that opens a condition, so the check stays linear in the text.
const conditionLookback = 64

// clauseMarks end the clause that conditional, hypothetical and instead
// read; sentenceMarks, without the comma, the part of a sentence that
// lacking reads.
var (
	clauseMarks   = newMarkSet(".,;:!?\n")
	sentenceMarks = newMarkSet(".;:!?\n")
)

// conditionWords open a clause that names something that has not
// happened yet: "unless it works again", "until it is fixed", "wenn",
// "si", "hasta que", "à moins que".
var conditionWords = []string{"if", "unless", "until", "till", "wenn", "falls", "bis", "sofern", "si", "tant",
	"moins", "hasta", "menos", "jusqu", "dès", "sobald"}

var conditionSet = newWordSet(conditionWords)

// conditional reports whether the clause around byte i opens with a
// condition before i: only words between the last clause mark and i
// are read, and at most conditionLookback bytes.
func conditional(text string, i int) bool {
	return conditionSet.inClause(text, i, clauseMarks)
}

// hypotheticalWords open a clause about what may happen: the conditions,
// and "when" ("when a request fails, should we retry?").
var hypotheticalWords = append(append([]string(nil), conditionWords...), "when", "whenever", "quand", "lorsque",
	"cuando")

var hypotheticalSet = newWordSet(hypotheticalWords)

// hypothetical reports whether the sentence around byte i, commas
// included, speaks of what may happen rather than what did: it is read
// for questions and for sentences that ask what happens (whatIf), whose
// "if" often stands in a clause of its own ("wenn mal eine Lastschrift
// nicht durchgeht, wird das Konto dann gesperrt?").
func hypothetical(text string, i int) bool {
	return hypotheticalSet.inClause(text, i, sentenceMarks)
}

// whatIfWords ask what happens, in a sentence that need not end in a
// question mark: "nos piden documentar qué pasa si se cae la plataforma".
var whatIfWords = []string{"happens", "happen", "pasa", "pasaría", "ocurre", "passiert", "passieren", "passe",
	"passerait"}

var whatIfSet = newWordSet(whatIfWords)

// whatIf reports whether the sentence around byte i asks, before i, what
// happens.
func whatIf(text string, i int) bool {
	return whatIfSet.inClause(text, i, sentenceMarks)
}

// lackWords say a thing did not happen: "closed without being fixed",
// "geschlossen, ohne dass das Problem gelöst wurde", "fermé sans que le
// problème soit résolu", "cerrado sin resolver".
var lackWords = []string{"without", "ohne", "sans", "sin"}

var lackSet = newWordSet(lackWords)

// contrastWords turn a sentence from what was to what is: "we were
// without access for an hour, but it works again".
var contrastWords = []string{"but", "aber", "mais", "pero"}

// afterCondition are the words that start what follows a condition: a
// subject, or "then".
var afterCondition = newWordSet([]string{"i", "we", "i'll", "we'll", "i'm", "we're", "i'd", "we'd", "then", "je",
	"j'irai", "on", "nous", "alors", "ich", "wir", "dann", "sonst", "yo", "nosotros", "entonces"})

// conditionShown bounds the bytes a reason shows of a condition.
const conditionShown = 80

// conditionEnd returns where the reason for an ultimatum read from its
// condition word ends ("If", "Si no"): at the end of the condition's
// clause, so that a senior reads "If this is not fixed this week", not
// "If". The clause ends at punctuation or where the threat it sets
// (next) begins; a long one is cut at a word, and a longer phrase is
// shown as it is.
func conditionEnd(text string, start, end, next int) int {
	first, rest, _ := strings.Cut(text[start:end], " ")
	if strings.Contains(rest, " ") || !equalFoldAny(first, "if", "si", "wenn", "falls", "unless", "sans", "without",
		"ohne", "sin") {
		// only a condition's word, or its word and one more ("Si no")
		return end
	}
	limit := min(len(text), start+conditionShown, next)
	i, words := end, 0
	for i < limit && !clauseMarks.has(text[i]) {
		if text[i] == ' ' && i+1 < len(text) && text[i+1] != ' ' {
			// a new subject after the condition starts what follows it:
			// "If nobody sorts this out by Friday | we are moving"
			w := text[i+1:]
			if n := strings.IndexAny(w, " ,.;:!?\n"); n >= 0 {
				w = w[:n]
			}
			if strings.Contains(w, "’") {
				w = strings.ReplaceAll(w, "’", "'")
			}
			if words++; words > 2 && w != "" && isASCIILetter(w[0]) && afterCondition.mayHave(w) && afterCondition.has(w) {
				break
			}
		}
		i++
	}
	if i == limit && i < len(text) && i < next && !clauseMarks.has(text[i]) {
		if sp := strings.LastIndexByte(text[end:i], ' '); sp > 0 {
			i = end + sp
		}
	}
	return end + len(strings.TrimRight(text[end:i], " "))
}

// How many words a reason shows after a bare "since" and after a bare
// "can't" or "isn't".
const (
	sinceShown    = 3
	negationShown = 2
)

// wordsAfter returns where a reason whose phrase ends at byte end ends
// when it shows up to n words more: within the clause and before the
// next hit (next), so that a senior reads since when or what cannot be
// done, and no word twice.
func wordsAfter(text string, end, next, n int) int {
	i, words := end, 0
	for i < min(len(text), next) && !clauseMarks.has(text[i]) {
		if text[i] == ' ' && i+1 < len(text) && text[i+1] != ' ' {
			if words++; words > n {
				break
			}
		}
		i++
	}
	return end + len(strings.TrimRight(text[end:i], " "))
}

// nextThreatStart returns where the first threat to leave or to sue
// among hits that starts at or after byte end starts, or the largest int.
func nextThreatStart(hits []hit, end int32) int {
	for i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= end }); i < len(hits); i++ {
		if h := &hits[i]; !h.drop && (h.signal == sigChurn || h.signal == sigLegal) {
			return int(h.start)
		}
	}
	return math.MaxInt
}

// nextHitStart returns where the first of hits that starts at or after
// byte end starts, or the largest int when none does. Hits are in text
// order.
func nextHitStart(hits []hit, end int32) int {
	i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= end })
	if i == len(hits) {
		return math.MaxInt
	}
	return int(hits[i].start)
}

// lackEnds end the reach of a lack word: a contrast, and the words that
// start what is now ("sin poder entrar con mi tarjeta ya funciona
// perfectamente", "sans qu'on s'en rende compte, maintenant tout
// refonctionne").
var lackEnds = append(slices.Clone(contrastWords), "ya", "maintenant", "désormais")

// lastWord reports a sentence that ends at byte i, after at most a few
// spaces: the word before i is its last.
func lastWord(text string, i int) bool {
	for j := i; j < min(len(text), i+4); j++ {
		switch text[j] {
		case ' ':
			continue
		case '.', '!', ';':
			return true
		}
		return false
	}
	return i >= len(text)
}

// lacking reports whether the sentence around byte i, commas included
// ("geschlossen, ohne dass"), says before i that what follows did not
// happen: only the last conditionLookback bytes are read. A contrast
// after the lack word ends its reach: "Estuvimos sin acceso un rato,
// pero ya funciona todo perfecto" reports the fix.
func lacking(text string, i int) bool {
	if !lackSet.inClause(text, i, sentenceMarks) {
		return false
	}
	// most fixes have no lack word before them; this walk is for the few
	lack, contrast := -1, -1
	s := text[max(0, i-conditionLookback):i]
	for k := 0; k < len(s); {
		if sentenceMarks.has(s[k]) {
			lack, contrast = -1, -1
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			k += n
			continue
		}
		end := k + strings.IndexFunc(s[k:], notLetter)
		if end < k {
			end = len(s)
		}
		switch w := s[k:end]; {
		case slices.ContainsFunc(lackWords, func(x string) bool { return strings.EqualFold(w, x) }):
			lack = k
		case slices.ContainsFunc(lackEnds, func(x string) bool { return strings.EqualFold(w, x) }):
			contrast = k
		}
		k = end
	}
	return lack > contrast
}

// insteadWords name what is not chosen: "pausieren statt zu kündigen",
// "pause instead of cancelling", "au lieu de résilier", "en lugar de
// cancelarla".
var insteadWords = []string{"instead", "statt", "anstatt", "lieu", "lugar"}

var insteadSet = newWordSet(insteadWords)

// instead reports whether the clause around byte i names what follows
// as the thing not chosen.
func instead(text string, i int) bool {
	return insteadSet.inClause(text, i, clauseMarks)
}

// whyWords ask for a reason: a question that does is a complaint, not a
// question about what may happen.
var whyWords = []string{"why", "warum", "wieso", "pourquoi"}

var whySet = newWordSet(whyWords)

// whyLookback bounds how far back asksWhy reads.
const whyLookback = 160

// asksWhy reports whether the sentence around byte i asks why before i,
// within whyLookback bytes: "why did you board us if you knew the crew
// was two hours late?".
func asksWhy(text string, i int) bool {
	lo := max(0, i-whyLookback)
	start := lo
	for j := i - 1; j >= lo; j-- {
		if sentenceMarks.has(text[j]) {
			start = j + 1
			break
		}
	}
	for _, w := range strings.Fields(text[start:i]) {
		if whySet.has(strings.Trim(w, "\"'¿(")) {
			return true
		}
	}
	return false
}

// tookThatLong reports whether the phrase at byte i is a span of time
// ("in 10 min", "within an hour") that follows a verb in the past, with
// or without its object: "rebooked me in 10 min", "fixed it within the
// hour". Such a span says how long something took, not when something
// is due. "Scheduled", "supposed" and "expected" look past but set a
// time ("scheduled in 2 hours"), and "need it within 2 hours" is no past.
func tookThatLong(text string, i int) bool {
	if !hasPrefixFold(text[i:], "in ") && !hasPrefixFold(text[i:], "within ") {
		return false
	}
	w, at := wordBefore(text, i)
	if objectPronouns[strings.ToLower(w)] {
		w, _ = wordBefore(text, at)
	}
	if len(w) < 4 || !strings.EqualFold(w[len(w)-2:], "ed") || strings.EqualFold(w[len(w)-3:], "eed") {
		// "need", "proceed" are no past
		return false
	}
	switch strings.ToLower(w) {
	case "scheduled", "supposed", "expected", "needed", "required":
		return false
	}
	return true
}

// objectPronouns stand between a verb and a span of time: "rebooked me
// in 10 min".
var objectPronouns = map[string]bool{"me": true, "us": true, "it": true, "them": true, "him": true, "her": true}

// wordBefore returns the ASCII word that ends at most one space before
// byte i, and where it starts; "" when a mark or nothing stands there.
func wordBefore(text string, i int) (string, int) {
	end := i
	if end > 0 && text[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && isASCIILetter(text[start-1]) {
		start--
	}
	return text[start:end], start
}

// markSet is a set of bytes below 64, the punctuation and line breaks
// that end a clause, as bits.
type markSet uint64

// newMarkSet returns the set of the bytes of marks, which must all be
// below 64.
func newMarkSet(marks string) markSet {
	var m markSet
	for i := 0; i < len(marks); i++ {
		if marks[i] >= 64 {
			panic("classify: clause mark " + strconv.Quote(marks[i:i+1]) + " not below 64")
		}
		m |= 1 << marks[i]
	}
	return m
}

// has reports whether c is one of the marks.
func (m markSet) has(c byte) bool { return c < 64 && m>>c&1 != 0 }

// wordSet is a list of words that clauses are searched for, in any case.
// Most words of a clause have a length that no word of the list with
// the same first letter has: lens tells them at one look, where
// comparing each with every word of the list cost more than reading the
// clause.
type wordSet struct {
	words []string
	// lens has, for each letter a to z, a bit for the length of each
	// word that starts with it, lengths of 31 bytes or more at bit 31.
	// Other words cannot equal a word of ASCII letters.
	lens [26]uint32
}

func newWordSet(words []string) *wordSet {
	ws := &wordSet{words: words}
	for _, w := range words {
		if w != "" && isASCIILetter(w[0]) {
			ws.lens[w[0]|0x20-'a'] |= 1 << min(len(w), 31)
		}
	}
	return ws
}

// mayHave reports whether w, a word of ASCII letters, may be one of the
// set's words; when it reports false, none is.
func (ws *wordSet) mayHave(w string) bool {
	return ws.lens[w[0]|0x20-'a']>>min(len(w), 31)&1 != 0
}

// has reports whether w, a word of ASCII letters, is one of the set's
// words in any case: in ASCII a word equals a word in any case only byte
// for byte, folded.
func (ws *wordSet) has(w string) bool {
	for _, x := range ws.words {
		if len(x) == len(w) && equalFoldASCII(w, x) {
			return true
		}
	}
	return false
}

// clauseHas reports whether one of words, in any case, stands between
// the last of marks (bytes below 64) before byte i and i, reading at
// most conditionLookback bytes. It is wordSet.inClause for a list and
// marks given as strings, and builds the set on each call: judging keeps
// its sets, built once.
func clauseHas(text string, i int, marks string, words []string) bool {
	return newWordSet(words).inClause(text, i, newMarkSet(marks))
}

// inClause reports whether one of the set's words, in any case, stands
// between the last of marks before byte i and i, reading at most
// conditionLookback bytes. It runs for every threat and fix a mail
// names, so it reads the clause once, back from i, and looks at each
// word in place instead of splitting and lower-casing it. In ASCII the
// letters are A-Z and a-z, and it reads a clause of ASCII bytes byte by
// byte: decoding each rune and asking unicode.IsLetter cost it more than
// the rest of judging a hit. clauseHasRunes reads the other clauses.
func (ws *wordSet) inClause(text string, i int, marks markSet) bool {
	lo := max(0, i-conditionLookback)
	s := text[lo:i]
	// s[j:end] is the word being read, back from its end
	j, end := len(s), len(s)
	for {
		for j > 0 && isASCIILetter(s[j-1]) {
			j--
		}
		if j == 0 {
			return end > 0 && ws.mayHave(s[:end]) && ws.has(s[:end])
		}
		c := s[j-1]
		if c >= utf8.RuneSelf {
			// the clause starts after the last mark before c, if any:
			// the bytes after c hold none
			for k := j - 2; k >= 0; k-- {
				if marks.has(s[k]) {
					return clauseHasRunes(s[k+1:], ws.words)
				}
			}
			return clauseHasRunes(s, ws.words)
		}
		if end > j && ws.mayHave(s[j:end]) && ws.has(s[j:end]) {
			// a word between two ASCII bytes that are no letters is a
			// word whatever else the clause holds
			return true
		}
		if marks.has(c) {
			return false
		}
		j--
		end = j
	}
}

// clauseHasRunes reports whether one of words, in any case, is a word of
// clause s, where a word is a run of Unicode letters.
func clauseHasRunes(s string, words []string) bool {
	for {
		start := strings.IndexFunc(s, unicode.IsLetter)
		if start < 0 {
			return false
		}
		s = s[start:]
		end := strings.IndexFunc(s, notLetter)
		if end < 0 {
			end = len(s)
		}
		for _, w := range words {
			if len(w) == end && strings.EqualFold(s[:end], w) {
				return true
			}
		}
		s = s[end:]
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// equalFoldASCII is strings.EqualFold for an ASCII a and a w of the same
// length: a w with other bytes cannot equal a, and ASCII letters fold
// only to each other.
func equalFoldASCII(a, w string) bool {
	for k := 0; k < len(a) && k < len(w); k++ {
		x, y := a[k], w[k]
		if x != y && (x|0x20 != y|0x20 || !isASCIILetter(x)) {
			return false
		}
	}
	return true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// isWhen reports the signals that say when a problem happens rather than
// what it is: they sit beside a problem's phrase, not in place of it.
func isWhen(s int) bool { return s == sigNow || s == sigPast }

// within reports whether hits[i] lies inside a kept hit of another signal,
// whose reason already shows the phrase. Hits come in text order and
// phrases are short, so only near neighbours can contain it.
func within(hits []hit, i int) bool {
	// the span first: it rules out nearly every neighbour
	start, end, signal := hits[i].start, hits[i].end, hits[i].signal
	for j := max(0, i-overlapLookback); j < min(len(hits), i+overlapLookback); j++ {
		o := &hits[j]
		if o.start <= start && o.end >= end && j != i && !o.drop && !o.split && o.signal != signal {
			return true
		}
	}
	return false
}

// evidenceKept is how many pieces of rule evidence a score combines. Only
// the strongest count, so a long, calm mail that happens to contain many
// weak cues ("issue", "today", "error") does not add up to an emergency.
const evidenceKept = 4

// evidence keeps the strongest rule weights seen so far, largest first.
type evidence struct {
	w [evidenceKept]float64
}

// add keeps w if it is among the strongest. From the first weight w
// beats on, each kept weight moves one place down, carried in w: a
// call to copy costs more than these few moves. (Kept weights that
// compare equal are equal, so which of two equals moves is all one.)
func (e *evidence) add(w float64) {
	if !(w > e.w[len(e.w)-1]) {
		// weaker than all kept, as most weights are (many are 0)
		return
	}
	for i := range e.w {
		if w > e.w[i] {
			w, e.w[i] = e.w[i], w
		}
	}
}

// noisyOR combines the kept weights as independent chances.
func (e *evidence) noisyOR() float64 {
	miss := 1.0
	for _, w := range e.w {
		miss *= 1 - w
	}
	return 1 - miss
}

// sentenceEnd returns where the sentence containing byte i ends and
// whether it ends with "?". Mail wraps lines inside sentences, so only a
// blank line ends one.
func sentenceEnd(text string, i int) (int, bool) {
	for ; i < len(text); i++ {
		if i = indexSentenceEnd(text, i); i < 0 {
			break
		}
		switch text[i] {
		case '?':
			return i, true
		case '.':
			if !ordinalDot(text, i) {
				return i, false
			}
		default:
			// '!', ';' or a blank line
			return i, false
		}
	}
	return len(text), false
}

// hasFailure reports a strong report of something going wrong: an outage,
// repeat contact or data loss. A delay or a wait does not count: it is
// what praise of the people who handled it is often about ("great job
// today with the delay"), which is not sarcasm.
func hasFailure(hits []hit) bool {
	for _, h := range hits {
		switch h.signal {
		case sigOutage, sigRepeat, sigDataLoss:
			if h.scale >= 0.8 && !h.drop {
				return true
			}
		}
	}
	return false
}

// reasonKey is what sortedReasons orders: a reason's weight and its index
// in the unsorted list.
type reasonKey struct {
	weight float64
	i      int
}

// sortedReasons returns a new slice of r ordered by descending weight,
// keeping the order of equal weights. A message has a few dozen reasons
// at most, where an insertion sort of small keys moves far less memory
// than sorting the reasons themselves or a general stable sort; each
// reason is then copied once. keys is scratch.
func sortedReasons(r []Reason, keys *[]reasonKey) []Reason {
	k := (*keys)[:0]
	for i := range r {
		x := reasonKey{r[i].Weight, i}
		j := len(k)
		k = append(k, x)
		for j > 0 && k[j-1].weight < x.weight {
			k[j] = k[j-1]
			j--
		}
		k[j] = x
	}
	*keys = k[:0]
	out := make([]Reason, len(r))
	for j, x := range k {
		out[j] = r[x.i]
	}
	return out
}

// calmWithin reports a calm phrase c strictly inside a longer phrase o of
// another signal: "wie geplant" inside "ist jetzt wie geplant offline"
// still says how it was meant. A calm phrase as long as what it covers
// is written to override it ("no need to escalate") and takes part in
// overlaps as any phrase does.
func calmWithin(c, o *hit) bool {
	return c.signal == sigCalm && strictlyWithin(c, o)
}

// strictlyWithin reports whether c lies inside o and is shorter.
func strictlyWithin(c, o *hit) bool {
	return c.start >= o.start && c.end <= o.end && c.end-c.start < o.end-o.start
}

// calmInAnger reports a calm, past or praising phrase c inside a phrase
// of anger or insult o: "ya está bien" says the writer has had enough,
// whatever "está bien" says alone, and "thanks for losing" is no thanks.
func calmInAnger(c, o *hit) bool {
	return (c.signal == sigCalm || c.signal == sigPast || c.signal == sigPraise) && strictlyWithin(c, o) &&
		(o.signal == sigAngerWord || o.signal == sigInsult)
}

// isSevere reports the problems that stop work whatever the writer's tone,
// and whom they stop.
func isSevere(s int) bool {
	return s == sigOutage || s == sigImpact || s == sigDataLoss || s == sigSecurity || s == sigScope
}

// severeKind counts whom a problem stops and what it costs as one kind:
// both say how far a problem reaches.
func severeKind(s int) int {
	if s == sigScope {
		return sigImpact
	}
	return s
}

// namesProblem reports whether the hits name a problem of their own,
// something that fails, went missing, keeps someone waiting or was
// reported before, for whom it stops to count.
func namesProblem(hits []hit) bool {
	for i := range hits {
		h := &hits[i]
		if h.drop || h.scale <= 0 {
			continue
		}
		switch h.signal {
		case sigOutage, sigImpact, sigDataLoss, sigSecurity, sigWaiting, sigRepeat:
			return true
		case sigComplaint:
			// a word alone that something is wrong ("the wrong
			// address") names no problem that stops anyone
			if h.scale >= 0.8 {
				return true
			}
		}
	}
	return false
}

// minWordWeight is the least a word must add to the anger log-odds to be
// listed as a reason; below it a word is noise ("Helen", "email").
const minWordWeight = 0.04
