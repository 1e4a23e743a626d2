package classify

import (
	"context"
	"math"
)

// FeatureConfig fixes how text becomes model features. It is stored in the
// model file so that scoring always matches training.
type FeatureConfig struct {
	// Bits is log2 of the number of hashed weights.
	Bits uint8
	// Bigrams adds word pairs within a clause.
	Bigrams bool
	// CharMin and CharMax bound the character n-grams taken from each
	// word (padded with < and >); 0 disables them.
	CharMin, CharMax uint8
	// NegMode says how words after a negator enter the model: 0 as plain
	// words, 1 as negated words instead, 2 as both.
	NegMode uint8
	// NegScope limits negation marking to this many words after the
	// negator; 0 means up to the next punctuation.
	NegScope uint8
	// Norm scales the sparse features of a text to unit length, so long
	// mails are not more confident just for being long.
	Norm bool
}

// DefaultFeatureConfig is the configuration of the shipped model.
func DefaultFeatureConfig() FeatureConfig {
	return FeatureConfig{Bits: 18, Bigrams: true, CharMin: 3, CharMax: 5, NegMode: 1, Norm: true}
}

// feat is one non-zero feature.
type feat struct {
	idx uint32
	val float32
}

// Feature kinds salt the hash so that the same word as a unigram, a
// negated unigram or a subject word lands in different buckets.
const (
	kindBias uint64 = iota + 1
	kindWord
	kindNegWord
	kindSubject
	kindBigram
	kindChar
	kindSentiment
	kindShout
	kindExclaim
	kindMixed
	kindLength
	kindSignal // + signal index
)

// maxCharWord truncates very long "words" (URLs, base64) before taking
// character n-grams from them.
const maxCharWord = 24

// analysis is everything one scan of a prepared text yields. It is reused
// between messages through a pool, so its slices keep their capacity.
type analysis struct {
	toks  []token
	marks []mark
	// ends are the bytes where a sentence may end, in text order
	// (lexInto).
	ends  []int32
	hits  []hit
	feats []feat
	// sentiment is the cdipaolo naive Bayes log-odds of negative.
	sentiment float64
	// words counts words with letters, caps those in capitals; longCaps
	// counts capitalised words of four or more letters (not acronyms).
	words, caps, longCaps int
	signalCount           [numSignals]int
	// ranks orders each signal's hits by weight for the judge
	ranks hitRanks
	// wordW is each token's unigram (or negated unigram) weight, filled
	// by the scorer for the reasons.
	wordW []float32
	// lines is scratch for text preparation.
	lines lineScratch
	// reasons and order are scratch for the result's reasons.
	reasons []Reason
	order   []reasonKey
	// parts are what urgency was combined from, for tests and tuning.
	parts urgencyParts
}

// urgencyParts are the evidence sums combineUrgency joins, and the calm
// factor applied after.
type urgencyParts struct {
	problem, deadline, now, calm float64
	// ruleAnger is the anger the rules found, before the model joins.
	ruleAnger float64
}

func (a *analysis) reset() {
	a.toks, a.marks, a.hits, a.feats = a.toks[:0], a.marks[:0], a.hits[:0], a.feats[:0]
	a.sentiment = 0
	a.words, a.caps, a.longCaps = 0, 0, 0
	a.signalCount = [numSignals]int{}
}

// engine holds the read-only parts shared by training and scoring.
type engine struct {
	tz   tokenizer
	lex  *matcher
	neg  splitNegation
	read readings
	sent *Sentiment
	// words, when set, joins sent with the scoring model's n-gram sums.
	words *wordTable
	// stop holds function words, which are never shown as evidence.
	stop hashTable
}

// stopWords are function words of the languages the lexicons cover: a
// reader does not accept "me" or "the" as the reason a mail is hot.
var stopWords = [...]string{"a", "an", "the", "and", "or", "but", "if", "so", "to", "of", "in", "on", "at",
	"by", "for", "with", "from", "up", "out", "off", "as", "is", "are", "was", "were", "be", "been", "am",
	"do", "does", "did", "have", "has", "had", "i", "me", "my", "we", "us", "our", "you", "your", "he",
	"him", "his", "she", "her", "it", "its", "they", "them", "their", "this", "that", "these", "those",
	"there", "here", "what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "some",
	"just", "very", "too", "also", "get", "got", "can", "could", "would", "should", "will", "shall", "may",
	"might", "must", "i'm", "it's", "that's", "there's", "i've", "i'd", "i'll", "we're", "you're", "they're",
	"about", "into", "than", "then", "now", "not", "no", "yes", "one", "even", "still", "really", "don't",
	"der", "die", "das", "und", "ist", "ich", "wir", "sie", "es", "nicht", "ein", "eine", "zu", "mit",
	"le", "la", "les", "et", "est", "je", "nous", "vous", "il", "un", "une", "de", "des", "pas",
	"el", "los", "las", "y", "es", "yo", "en", "un", "una", "que", "por", "con", "del", "se",
	"den", "dem", "des", "gar", "noch", "mehr", "sehr", "auch", "schon", "nur", "aux", "du", "au", "ce",
	"lo", "al", "muy", "sin", "mi", "me", "te", "su", "mon", "ma", "mes", "notre", "mein", "meine", "unser",
	// and the greetings, sign-offs and forms of address a mail opens and
	// closes with, and the function words of German, French and Spanish
	// the list above lacks: "Hallo", "Buenos", "Atentamente", "einen" are
	// no reason a mail is hot
	"hi", "hello", "dear", "thanks", "thank", "regards", "cheers", "we've", "you've", "they've", "away",
	"hallo", "guten", "tag", "herr", "herrn", "frau", "damen", "herren", "geehrte", "geehrter", "dank", "danke",
	"grüße", "gruß", "gruss", "mfg", "lg", "vg", "einen", "einem", "einer", "eines", "hab", "habe", "haben", "hat",
	"sind", "war", "wird", "werden", "kann", "für", "auf", "bei", "von", "aus", "nach", "wie", "aber",
	"oder", "dass", "uns", "mir", "mich", "ihr", "ihnen", "euch", "sein",
	"bonjour", "bonsoir", "merci", "cordialement", "madame", "monsieur", "salutations", "bonne", "journée",
	"d'avance", "par", "pour", "sur", "dans", "avec", "qui", "mais", "ne", "n'est", "c'est", "suis", "ont", "sont",
	"été", "avons", "avez", "comme", "très", "moi", "déjà", "tout", "tous",
	"hola", "buenos", "buenas", "días", "tardes", "estimados", "estimado", "señores", "señor", "señora",
	"atentamente", "saludo", "saludos", "gracias", "para", "pero", "porque", "como", "aquí", "todas", "todos",
	"este", "esta", "esto", "han", "ha", "hemos", "nos", "más", "bien"}

func newEngine(sent *Sentiment) (*engine, error) {
	e := &engine{tz: newTokenizer(), sent: sent, stop: newHashTable(len(stopWords))}
	for _, w := range stopWords {
		e.stop.put(fnvString(w), 1)
	}
	m, err := newMatcher(&e.tz)
	if err != nil {
		return nil, err
	}
	e.lex = m
	e.neg = newSplitNegation(&e.tz)
	e.read = newReadings(&e.tz)
	e.tz.addLexicon(m, &e.read, &e.neg)
	return e, nil
}

// analyse scans a prepared text: words, punctuation runs, lexicon hits and
// the sentiment log-odds. Features are added by features.
func (e *engine) analyse(text string, subjectEnd int, a *analysis) {
	_ = e.analyseContext(context.Background(), text, subjectEnd, a)
}

// analyseContext is analyse that checks ctx between its steps. Each step is
// linear in the text, which prepareWith bounds, so a step takes a few
// milliseconds at most and a caller that has gone stops paying soon after.
func (e *engine) analyseContext(ctx context.Context, text string, subjectEnd int, a *analysis) error {
	a.reset()
	e.tz.scanInto(text, subjectEnd, a)
	if err := ctx.Err(); err != nil {
		return err
	}
	a.hits = e.findHits(text, a.toks, a.hits)
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, h := range a.hits {
		a.signalCount[h.signal]++
	}
	switch {
	case e.words != nil:
		a.sentiment = e.words.logOdds(text, a.toks)
	case e.sent != nil:
		a.sentiment = e.sent.LogOdds(text)
	}
	return nil
}

// findHits appends the rule evidence in toks to hits, in text order: the
// lexicon's phrases, then what phrases of fixed words cannot reach (German
// split pairs, and the readings: stalled work, broken promises, contact,
// switching and the rest), which read the phrases found before them.
func (e *engine) findHits(text string, toks []token, hits []hit) []hit {
	hits = e.lex.match(text, toks, hits)
	hits = e.neg.find(toks, hits)
	hits, need := e.read.scan(text, toks, hits)
	hits = e.read.stalledWork(text, toks, hits)
	e.read.dropChoices(text, toks, hits)
	e.read.liveLockouts(text, toks, hits)
	e.read.obligations(text, toks, hits)
	e.read.reportedFixes(text, toks, hits)
	e.read.undoneFixes(text, toks, hits)
	hits = e.read.thankedFix(text, toks, hits, need)
	e.read.countedContacts(text, toks, hits)
	e.read.pastSince(text, toks, hits)
	e.read.partsAndPurchases(text, toks, hits, need)
	e.read.whatIfProblems(text, hits, need)
	hits = e.read.leavingUnlessFixed(text, toks, hits, need)
	hits = e.read.askedChurn(text, toks, hits)
	e.read.ownReasons(text, toks, hits)
	e.read.politeWhen(text, toks, hits)
	return hits
}

// isContentWord reports whether a token may be shown as evidence: a word
// of at least three letters that is not a function word.
func (e *engine) isContentWord(text string, t *token) bool {
	if t.flags&tokLetters == 0 || t.end-t.start < 3 {
		return false
	}
	_, stop := e.stop.get(t.hash)
	return !stop
}

// shoutShare is the share of words in capitals, counted only when there
// are enough long capitalised words to rule out acronyms.
func (a *analysis) shoutShare() float64 {
	if a.words < 3 || a.longCaps < 2 {
		return 0
	}
	return float64(a.caps) / float64(a.words)
}

// bucket maps a feature hash to a weight index: salt by kind, then one
// multiply-shift (the high bits of the product are well mixed even though
// FNV's low bits are not).
func bucket(h, kind uint64, bits uint8) uint32 {
	return uint32(((h ^ (kind * 0x9e3779b97f4a7c15)) * 0xbf58476d1ce4e5b9) >> (64 - bits))
}

// features fills a.feats from an analysed text.
func (e *engine) features(cfg FeatureConfig, text string, a *analysis) {
	bits := cfg.Bits
	for i := range a.toks {
		t := &a.toks[i]
		negated := cfg.NegMode > 0 && t.negDist > 0 && (cfg.NegScope == 0 || t.negDist <= cfg.NegScope)
		if !negated || cfg.NegMode == 2 {
			a.feats = append(a.feats, feat{bucket(t.hash, kindWord, bits), 1})
		}
		if negated {
			a.feats = append(a.feats, feat{bucket(t.hash, kindNegWord, bits), 1})
		}
		if t.flags&tokSubject != 0 {
			a.feats = append(a.feats, feat{bucket(t.hash, kindSubject, bits), 1})
		}
		if cfg.Bigrams && i > 0 && t.flags&tokBreak == 0 {
			a.feats = append(a.feats, feat{bucket(a.toks[i-1].hash*0x94d049bb133111eb^t.hash, kindBigram, bits), 1})
		}
		if cfg.CharMax > 0 {
			a.feats = charGrams(a.feats, text[t.start:t.end], cfg)
		}
	}
	if cfg.Norm && len(a.feats) > 0 {
		s := float32(1 / math.Sqrt(float64(len(a.feats))))
		for i := range a.feats {
			a.feats[i].val = s
		}
	}
	denseFeatures(a, func(kind uint64, v float64) {
		a.feats = append(a.feats, feat{bucket(0, kind, bits), float32(v)})
	})
}

// denseFeatures passes the non-zero whole-text features to emit: bias,
// sentiment, shouting, punctuation, length and lexicon counts.
func denseFeatures(a *analysis, emit func(kind uint64, v float64)) {
	dense := func(kind uint64, v float64) {
		if v != 0 {
			emit(kind, v)
		}
	}
	dense(kindBias, 1)
	dense(kindSentiment, clamp(a.sentiment/8, -3, 3))
	dense(kindShout, a.shoutShare())
	var bangs, mixed int
	for _, m := range a.marks {
		if m.mixed {
			mixed++
		} else {
			bangs++
		}
	}
	dense(kindExclaim, math.Log1p(float64(bangs)))
	dense(kindMixed, math.Log1p(float64(mixed)))
	dense(kindLength, math.Log1p(float64(len(a.toks)))/4)
	for _, s := range [...]int{sigInsult, sigAngerWord, sigRepeat, sigChurn, sigLegal} {
		dense(kindSignal+uint64(s), math.Log1p(float64(a.signalCount[s])))
	}
}

// padWord writes w lower-cased (ASCII letters) and cut at maxCharWord
// bytes between '<' and '>' into buf, as its character n-grams read it,
// and returns the length.
func padWord(buf *[maxCharWord + 2]byte, w string) int {
	n := 0
	buf[n] = '<'
	n++
	for i := 0; i < len(w) && n < maxCharWord+1; i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		buf[n] = c
		n++
	}
	buf[n] = '>'
	return n + 1
}

// charGrams appends the character n-grams of one word, lower-cased and
// padded, hashed with FNV as they are read.
func charGrams(feats []feat, w string, cfg FeatureConfig) []feat {
	var buf [maxCharWord + 2]byte
	n := padWord(&buf, w)
	lo, hi := int(cfg.CharMin), int(cfg.CharMax)
	for s := 0; s+lo <= n; s++ {
		h := uint64(fnvOffset)
		for k := 0; k < hi && s+k < n; k++ {
			h = (h ^ uint64(buf[s+k])) * fnvPrime
			if k+1 >= lo {
				feats = append(feats, feat{bucket(h, kindChar, cfg.Bits), 1})
			}
		}
	}
	return feats
}

func clamp(v, lo, hi float64) float64 {
	return max(lo, min(hi, v))
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	ez := math.Exp(z)
	return ez / (1 + ez)
}
