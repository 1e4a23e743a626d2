package classify

// splitNegation finds German outages whose "nicht" stands apart from the
// verb it negates, and verbs of failing whose particle stands apart
// ("schlägt seit gestern fehl"). German puts what and since when between the two ("Der
// Export funktioniert seit dem Update nicht mehr", "Ich kann mich seit
// Freitag nicht einloggen"), so no phrase of fixed words reaches them.
// Within a clause, a verb of working (funktioniert, läuft, lädt, ...)
// followed by "nicht" is an outage, and so is "kann" or "können" followed
// by "nicht" and a verb of getting in (einloggen, anmelden, zugreifen).
// "Es geht nicht um ..." stays out: "gehen" is not among the verbs.
type splitNegation struct {
	verbs, modals, infinitives map[uint64]bool
	nicht, mehr                uint64
	// particles maps a verb of failing to the particle that ends its
	// clause: "schlägt seit gestern fehl", "stürzt beim Öffnen ab"
	particles map[uint64]uint64
	// copulas and states: "ist seit heute Morgen down"
	copulas, states map[uint64]bool
	// ends holds the particles and states, for the cheap first look
	ends []uint64
}

// maxSplitGap bounds the words between the verb and its "nicht"; a
// longer stretch is seldom one clause.
const maxSplitGap = 6

// maxSplitHits bounds how many split negations one text adds. Each is
// inserted into the text-ordered hits, which moves the later ones; more
// than a few would add nothing to the evidence, which keeps the strongest
// cues only, and a text made of them must still cost linear time.
const maxSplitHits = 8

// maxInfinitiveGap bounds the words between "nicht" and the infinitive
// that ends the clause.
const maxInfinitiveGap = 3

// splitNegationScale is what a split negation weighs as an outage, and
// with "nicht mehr" ("no longer") it weighs in full.
const splitNegationScale = 0.8

func newSplitNegation(tz *tokenizer) splitNegation {
	hashes := func(words ...string) map[uint64]bool {
		m := make(map[uint64]bool, len(words))
		for _, w := range words {
			m[wordHash(tz, w)] = true
		}
		return m
	}
	particles := map[uint64]uint64{}
	var ends []uint64
	for particle, verbs := range map[string][]string{
		"fehl": {"schlägt", "schlagen"},
		"ab":   {"stürzt", "stürzen", "bricht", "brechen"},
		"aus":  {"fällt", "fallen"},
	} {
		p := wordHash(tz, particle)
		ends = append(ends, p)
		for _, v := range verbs {
			particles[wordHash(tz, v)] = p
		}
	}
	// "ist seit heute Morgen down": the state closes the clause
	states := map[uint64]bool{}
	for _, w := range []string{"down", "offline", "kaputt", "ausgefallen", "gesperrt", "blockiert", "deaktiviert"} {
		h := wordHash(tz, w)
		states[h] = true
		ends = append(ends, h)
	}
	return splitNegation{
		copulas:   map[uint64]bool{wordHash(tz, "ist"): true, wordHash(tz, "sind"): true},
		states:    states,
		particles: particles,
		ends:      ends,
		verbs: hashes("funktioniert", "funktionieren", "läuft", "laufen", "lädt", "laden", "klappt", "klappen",
			"startet", "starten", "reagiert", "reagieren", "druckt", "drucken", "synchronisiert", "öffnet", "verbindet", "verbinden"),
		modals: hashes("kann", "können", "konnte", "konnten"),
		infinitives: hashes("einloggen", "anmelden", "zugreifen", "arbeiten", "bezahlen", "drucken", "öffnen",
			"speichern", "senden", "versenden", "buchen", "einchecken", "kassieren", "abrechnen"),
		nicht: wordHash(tz, "nicht"),
		mehr:  wordHash(tz, "mehr"),
	}
}

// wordHash is the hash the scanner gives the word w.
func wordHash(tz *tokenizer, w string) uint64 {
	toks, _ := tz.scan(w, 0, nil, nil)
	if len(toks) != 1 {
		panic("classify: " + w + " is not one word")
	}
	return toks[0].hash
}

// find adds the split negations in toks to hits, keeping hits in text
// order. It costs one comparison per word unless the text has a "nicht".
func (s *splitNegation) find(toks []token, hits []hit) []hit {
	if !s.mayFind(toks) {
		return hits
	}
	verb, modal, pverb, copula, added := -1, -1, -1, -1, 0
	var particle uint64
	for i := 0; i < len(toks) && added < maxSplitHits; i++ {
		t := &toks[i]
		if t.flags&tokBreak != 0 {
			verb, modal, pverb, copula = -1, -1, -1, -1
		}
		if p, ok := s.particles[t.hash]; ok {
			pverb, particle = i, p
			continue
		}
		if s.copulas[t.hash] {
			copula = i
			continue
		}
		start := -1
		switch {
		case pverb >= 0 && t.hash == particle && i-pverb > 1 && i-pverb <= maxSplitGap+1:
			start, pverb = pverb, -1
		case copula >= 0 && s.states[t.hash] && i-copula > 1 && i-copula <= maxSplitGap+1:
			start, copula = copula, -1
		}
		if start >= 0 {
			added++
			hits = insertHit(hits, hit{signal: sigOutage, scale: 1, start: toks[start].start, end: t.end,
				prev: -1, split: true})
			continue
		}
		switch {
		case s.verbs[t.hash]:
			verb = i
		case s.modals[t.hash]:
			modal = i
		case t.hash == s.nicht:
			start, end, scale := -1, i, splitNegationScale
			next := i + 1
			if next < len(toks) && toks[next].hash == s.mehr && toks[next].flags&tokBreak == 0 {
				end, scale, next = next, 1, next+1
			}
			switch {
			case verb >= 0 && i-verb > 1 && i-verb <= maxSplitGap+1:
				start = verb
			case modal >= 0 && i-modal <= maxSplitGap+1:
				// the verb of getting in closes the clause, perhaps after
				// what one cannot get into: "nicht an den Scannern anmelden"
				for j := next; j < min(len(toks), next+maxInfinitiveGap+1) && toks[j].flags&tokBreak == 0; j++ {
					if s.infinitives[toks[j].hash] {
						// not getting in is a lock-out, in full
						start, end, scale = modal, j, 1
						break
					}
				}
			}
			if start >= 0 {
				added++
				hits = insertHit(hits, hit{signal: sigOutage, scale: scale, start: toks[start].start,
					end: toks[end].end, prev: -1, split: true})
			}
			verb, modal = -1, -1
		}
	}
	return hits
}

// mayFind reports whether toks hold a "nicht" or a particle at all, with
// one comparison per word per word looked for: most texts are not German.
func (s *splitNegation) mayFind(toks []token) bool {
	for i := range toks {
		h := toks[i].hash
		if h == s.nicht {
			return true
		}
		for _, e := range s.ends {
			if h == e {
				return true
			}
		}
	}
	return false
}

// insertHit puts h into hits in text order. Of two overlapping hits of
// one signal the longer stays, as in matching: h replaces the shorter
// "nicht mehr" inside it, and yields to a lexicon phrase that already
// covers it ("funktioniert leider nicht").
func insertHit(hits []hit, h hit) []hit {
	for j := max(0, len(hits)-overlapLookback); j < len(hits); j++ {
		o := &hits[j]
		if o.signal != h.signal || o.end <= h.start || h.end <= o.start {
			continue
		}
		if o.start <= h.start && o.end >= h.end || o.start < h.start || o.end > h.end {
			// the lexicon's phrase covers it, or they only overlap
			return hits
		}
		hits = append(hits[:j], hits[j+1:]...)
		j--
	}
	at := len(hits)
	for at > 0 && hits[at-1].start > h.start {
		at--
	}
	hits = append(hits, hit{})
	copy(hits[at+1:], hits[at:])
	hits[at] = h
	return hits
}
