package classify

// splitNegation finds German outages whose parts stand apart: a "nicht"
// after the verb it negates, a verb of failing and its particle, a state
// after "ist". German puts what and since when between them ("Der Export
// funktioniert seit dem Update nicht mehr", "Ich kann mich seit Freitag
// nicht einloggen", "Die Anmeldung schlägt seit gestern fehl", "Der
// Server ist seit heute Morgen down"), so no phrase of fixed words reaches
// them. Each pair counts only within a clause. "Es geht nicht um ..."
// stays out: "gehen" is not among the verbs.
type splitNegation struct {
	// roles holds what each word of the pairs is, and seen lets a word
	// that is none of them pass with one load: most words of a mail are
	// not German at all.
	roles table[splitRole]
	seen  hashFilter
	// The words without which no pair can be found ("nicht", "ist", a
	// verb of failing) carry roleSplitOpen in the tokenizer's roles
	// (addLexicon): a text without them costs one load per word and
	// nothing more.
}

// splitRole says what a word is in a split pair. particle is set for a
// verb of failing: the hash of the particle that closes its clause.
type splitRole struct {
	bits     uint16
	particle uint64
}

const (
	splitVerb       = 1 << iota // funktioniert, läuft: negated by a later "nicht"
	splitModal                  // kann, können: "nicht" and a verb of getting in follow
	splitInfinitive             // einloggen, anmelden
	splitParticleOf             // schlägt ... fehl: particle holds "fehl"
	splitCopula                 // ist, sind
	splitState                  // down, gesperrt: closes "ist ..."
	splitNicht
	splitMehr
	splitNobody // keiner, niemand: a negative subject before the modal ("keiner kann bestellen")
	splitConj   // und, aber, oder: before a subject pronoun, a new clause begins
	splitPron   // ich, wir, er, sie: the subject of that clause

	// splitOpens are the words without which no pair can be found
	splitOpens = splitNicht | splitParticleOf | splitCopula | splitNobody
)

// maxSplitGap bounds the words between the two parts; a longer stretch
// is seldom one clause.
const maxSplitGap = 8

// maxNobodyGap bounds the words between a negative subject and its modal
// ("keiner unserer Kunden kann").
const maxNobodyGap = 3

// maxInfinitiveGap bounds the words between "nicht" and the infinitive
// that ends the clause ("nicht an den Scannern anmelden").
const maxInfinitiveGap = 3

// maxSplitHits bounds how many split pairs one text adds. Each is
// inserted into the text-ordered hits, which moves the later ones; more
// than a few would add nothing to the evidence, which keeps the strongest
// cues only, and a text made of them must still cost linear time.
const maxSplitHits = 8

// splitNegationScale is what a verb and its later "nicht" weigh as an
// outage; "nicht mehr" ("no longer"), a lock-out, a particle or a state
// weighs in full.
const splitNegationScale = 0.8

func newSplitNegation(tz *tokenizer) splitNegation {
	s := splitNegation{roles: newTable[splitRole](64)}
	set := func(bits uint16, particle uint64, words ...string) {
		for _, w := range words {
			h := wordHash(tz, w)
			r, _ := s.roles.get(h)
			r.bits |= bits
			if particle != 0 {
				r.particle = particle
			}
			s.roles.put(h, r)
			s.seen.add(h)
		}
	}
	set(splitVerb, 0, "funktioniert", "funktionieren", "läuft", "laufen", "lädt", "laden", "klappt", "klappen",
		"startet", "starten", "reagiert", "reagieren", "druckt", "drucken", "synchronisiert", "öffnet",
		"verbindet", "verbinden")
	set(splitModal, 0, "kann", "können", "konnte", "konnten")
	set(splitInfinitive, 0, "einloggen", "anmelden", "zugreifen", "arbeiten", "bezahlen", "drucken", "öffnen",
		"speichern", "senden", "versenden", "buchen", "einchecken", "kassieren", "abrechnen", "bearbeiten",
		"erstellen", "anlegen", "freigeben", "abschließen", "verschicken", "ausliefern", "importieren",
		"exportieren", "hochladen", "abrufen", "bestellen", "einkaufen", "zahlen")
	set(splitParticleOf, wordHash(tz, "fehl"), "schlägt", "schlagen")
	set(splitParticleOf, wordHash(tz, "ab"), "stürzt", "stürzen", "bricht", "brechen", "lehnt", "lehnen")
	set(splitParticleOf, wordHash(tz, "aus"), "fällt", "fallen")
	set(splitCopula, 0, "ist", "sind", "wird", "werden", "werde", "wurde", "wurden")
	set(splitState, 0, "down", "offline", "kaputt", "ausgefallen", "gesperrt", "blockiert", "deaktiviert",
		"abgelehnt", "unterbrochen", "verweigert", "abgemeldet", "ausgeloggt", "tot")
	set(splitNicht, 0, "nicht", "kein", "keine", "keinen")
	set(splitNobody, 0, "keiner", "niemand")
	set(splitMehr, 0, "mehr")
	set(splitConj, 0, "und", "aber", "oder", "denn", "sondern")
	set(splitPron, 0, "ich", "wir", "du", "er", "sie", "es", "man", "ihr")
	return s
}

// wordHash is the hash the scanner gives the word w.
func wordHash(tz *tokenizer, w string) uint64 {
	toks, _ := tz.scan(w, 0, nil, nil)
	if len(toks) != 1 {
		panic("classify: " + w + " is not one word")
	}
	return toks[0].hash
}

// role returns what token t is in a split pair, zero for most words.
func (s *splitNegation) role(t *token) splitRole {
	if !s.seen.has(t.hash) {
		return splitRole{}
	}
	r, _ := s.roles.get(t.hash)
	return r
}

// find adds the split pairs in toks to hits, keeping hits in text order.
func (s *splitNegation) find(toks []token, hits []hit) []hit {
	first := -1
	for i := range toks {
		// negations copied the bit with the word's roles (addLexicon):
		// one load and test per word, where the filter took several
		if toks[i].tz&roleSplitOpen != 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return hits
	}
	verb, modal, pverb, copula, nobody, added := -1, -1, -1, -1, -1, 0
	var particle uint64
	for i := 0; i < len(toks) && added < maxSplitHits; i++ {
		t := &toks[i]
		if t.flags&tokBreak != 0 {
			verb, modal, pverb, copula, nobody = -1, -1, -1, -1, -1
		}
		r := s.role(t)
		if r.bits == 0 {
			if pverb >= 0 && t.hash == particle && i-pverb > 1 && i-pverb <= maxSplitGap+1 {
				// "ab", "aus" and "fehl" are found by the hash the verb
				// left, not by the table: "ab" alone is no cue
				hits = insertHit(hits, hit{signal: sigOutage, scale: 1, start: toks[pverb].start, end: t.end,
					prev: -1, split: true})
				added, pverb = added+1, -1
			}
			continue
		}
		start, end, scale := -1, i, splitNegationScale
		if r.bits&splitConj != 0 && i+1 < len(toks) && s.role(&toks[i+1]).bits&splitPron != 0 {
			// "Der Vertrag läuft im März aus und ich verlängere nicht":
			// the "nicht" of the next clause negates its own verb
			verb, modal, pverb, copula, nobody = -1, -1, -1, -1, -1
			continue
		}
		switch {
		case r.bits&splitParticleOf != 0:
			pverb, particle = i, r.particle
		case r.bits&splitCopula != 0:
			copula = i
		case r.bits&splitState != 0 && copula >= 0 && i-copula > 1 && i-copula <= maxSplitGap+1 &&
			!negatedBetween(toks, copula, i):
			start, scale, copula = copula, 1, -1
		case r.bits&splitNicht != 0:
			next := i + 1
			if next < len(toks) && toks[next].flags&tokBreak == 0 && s.role(&toks[next]).bits&splitMehr != 0 {
				end, scale, next = next, 1, next+1
			}
			switch {
			case verb >= 0 && i-verb > 1 && i-verb <= maxSplitGap+1:
				start = verb
			case modal >= 0 && i-modal <= maxSplitGap+1:
				// the verb of getting in closes the clause, perhaps after
				// what one cannot get into: "nicht an den Scannern anmelden"
				for j := next; j < min(len(toks), next+maxInfinitiveGap+1) && toks[j].flags&tokBreak == 0; j++ {
					if s.role(&toks[j]).bits&splitInfinitive != 0 {
						// not getting in is a lock-out, in full
						start, end, scale = modal, j, 1
						break
					}
				}
			}
			verb, modal = -1, -1
		case r.bits&splitNobody != 0:
			nobody = i
		default:
			if r.bits&splitVerb != 0 {
				verb = i
			}
			if r.bits&splitModal != 0 {
				modal = i
				if nobody >= 0 && i-nobody <= maxNobodyGap+1 {
					// "keiner unserer Kunden kann gerade bestellen": a
					// negative subject negates the modal's infinitive
					for j := i + 1; j < min(len(toks), i+maxSplitGap+1) && toks[j].flags&tokBreak == 0; j++ {
						if s.role(&toks[j]).bits&splitInfinitive != 0 {
							// from the modal on: who cannot ("keiner
							// unserer Kunden") stays evidence of its own
							start, end, scale = i, j, 1
							break
						}
					}
				}
			}
		}
		if start >= 0 {
			hits = insertHit(hits, hit{signal: sigOutage, scale: scale, start: toks[start].start,
				end: toks[end].end, prev: -1, split: true})
			added++
		}
	}
	return hits
}

// insertHit puts h into hits in text order. Of two overlapping hits of
// one signal the longer stands, as in matching, and of two equal ones the
// stronger: h stands for a shorter "nicht mehr" inside it, and yields to
// a lexicon phrase that covers it already ("funktioniert leider nicht").
func insertHit(hits []hit, h hit) []hit {
	at := len(hits)
	for at > 0 && hits[at-1].start > h.start {
		at--
	}
	for j := max(0, at-overlapLookback); j < min(len(hits), at+overlapLookback); j++ {
		o := &hits[j]
		if o.signal != h.signal || o.drop || o.end <= h.start || h.end <= o.start {
			continue
		}
		if o.start < h.start || o.end > h.end || o.start == h.start && o.end == h.end && o.scale >= h.scale {
			return hits
		}
		o.drop = true
	}
	hits = append(hits, hit{})
	copy(hits[at+1:], hits[at:])
	hits[at] = h
	return hits
}

// negatedBetween reports a negation between toks[lo] and toks[hi]: "es
// ist nichts kaputt", "ist nicht mehr gesperrt" tell no state.
func negatedBetween(toks []token, lo, hi int) bool {
	for j := lo + 1; j < hi; j++ {
		if toks[j].flags&(tokNegator|tokRuleNegator) != 0 {
			return true
		}
	}
	return false
}
