package classify

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Placeholder hashes in compiled phrases; FNV of real words never equals
// these small values in practice, and scan never produces them.
const (
	wildAny    = 1
	wildNumber = 2
	wildTime   = 3
)

// phrase is one compiled lexicon entry.
type phrase struct {
	words []uint64
	// anchor is the index of the lookup word: the longest concrete word,
	// which is the rarest in practice, so common words ("i", "the") do
	// not make every phrase that contains them be tried.
	anchor int
	signal int
	scale  float64
	// negator reports whether the phrase starts with a negation itself
	// ("not working", "no update"), which then must not cancel it.
	negator bool
	// edge is what match checks before it walks the phrase.
	edge edge
}

// edge holds the words right beside a phrase's anchor: 0 where the phrase
// has no word, wildAny where it has a wildcard, else the word's hash.
// Most tries of a common anchor ("the", "since", "today") fail on the
// token right before or after it; checking these first, from a dense
// slice, is far cheaper than walking the phrase, and rejects only what
// matchAround would reject.
//
// before2 and after2 are the words one further out, in the same form.
// Most tries whose words beside the anchor fit fail on the word after
// those, in a phrase of three words or more: comparing it here as well
// spares three in four of those walks.
type edge struct {
	before, after   uint64
	before2, after2 uint64
}

// neighbours are the tokens beside an anchor as edge.fits reads them.
type neighbours struct {
	// prevOK and nextOK report a token before and after the anchor in
	// the same clause.
	prevOK, nextOK bool
	// prev and next are those tokens' hashes, 0 for a skip word, which
	// may stand beside any phrase word.
	prev, next uint64
	// prev2 and next2 are the tokens one further out, as far as the
	// phrase words there can be told: noWord where none may stand, 0
	// where any may (see reachBack); match fills them only for an anchor
	// with phrases left to try once its group's masks are read.
	prev2, next2 uint64
}

// noWord stands in neighbours.prev2 and next2 for the end of the clause,
// where a phrase can have no word; like the wildcards, it is no word's
// hash.
const noWord = wildTime + 1

func neighboursOf(toks []token, i int) neighbours {
	var n neighbours
	n.prevOK = i > 0 && toks[i].flags&tokBreak == 0
	n.nextOK = i+1 < len(toks) && toks[i+1].flags&tokBreak == 0
	if n.prevOK && toks[i-1].flags&tokSkip == 0 {
		n.prev = toks[i-1].hash
	}
	if n.nextOK && toks[i+1].flags&tokSkip == 0 {
		n.next = toks[i+1].hash
	}
	n.reachBack(toks, i)
	n.reachOn(toks, i)
	return n
}

// reachBack and reachOn fill in the second ring of neighbours around
// anchor i, before and after it. A phrase word beside the anchor can
// only be the token beside it when that token is no skip word (prev or
// next is not 0), and only then does the token one further out say
// anything about the phrase's next word: else, or where that token is a
// skip word, any word may stand there (0). Where the clause ends right
// after the token beside the anchor, none may (noWord). They are two so
// that match can inline each.
func (n *neighbours) reachBack(toks []token, i int) {
	n.prev2 = 0
	if n.prev != 0 {
		if i == 1 || toks[i-1].flags&tokBreak != 0 {
			n.prev2 = noWord
		} else if p := &toks[i-2]; p.flags&tokSkip == 0 {
			n.prev2 = p.hash
		}
	}
}

func (n *neighbours) reachOn(toks []token, i int) {
	n.next2 = 0
	if n.next != 0 {
		if i+2 >= len(toks) || toks[i+2].flags&tokBreak != 0 {
			n.next2 = noWord
		} else if p := &toks[i+2]; p.flags&tokSkip == 0 {
			n.next2 = p.hash
		}
	}
}

// Edge signatures: a 64-bit summary of what a phrase needs beside its
// anchor (edge.sig) and of what an anchor has beside it
// (neighbours.sig), such that a phrase whose edges fit has every bit it
// needs among the anchor's bits. The low half is the word before, the
// high half the word after: bit 31 (63) says there is one in the same
// clause, and a concrete word sets one of the other bits, chosen by its
// hash's top five bits (a word whose bits are 31 only needs a
// neighbour). A skip word stands for any word, so it sets them all.
const (
	sigPrevOK = 1 << 31
	sigNextOK = 1 << 63
)

// sigBit is a concrete word's bit in the low half of a signature.
func sigBit(h uint64) uint64 { return 1 << (h >> 59) }

// sig returns what the phrase needs beside its anchor.
func (eg *edge) sig() uint64 {
	var s uint64
	switch b := eg.before; {
	case b == wildAny:
		s |= sigPrevOK
	case b != 0:
		s |= sigPrevOK | sigBit(b)
	}
	switch a := eg.after; {
	case a == wildAny:
		s |= sigNextOK
	case a != 0:
		s |= sigNextOK | sigBit(a)<<32
	}
	return s
}

// sig returns what the anchor has beside it.
func (n *neighbours) sig() uint64 {
	var s uint64
	if n.prevOK {
		s |= sigPrevOK
		if n.prev == 0 {
			s |= 1<<32 - 1
		} else {
			s |= sigBit(n.prev)
		}
	}
	if n.nextOK {
		s |= sigNextOK
		if n.next == 0 {
			s |= (1<<32 - 1) << 32
		} else {
			s |= sigBit(n.next) << 32
		}
	}
	return s
}

// fits reports whether the anchor's neighbours can be the phrase's words
// beside it and one further out; when it reports false, matchAround
// would too.
func (eg *edge) fits(n *neighbours) bool {
	return eg.fitsNear(n) && eg.fitsFar(n)
}

// fitsNear is fits for the words beside the anchor.
func (eg *edge) fitsNear(n *neighbours) bool {
	if b := eg.before; b != 0 && (!n.prevOK || (b != wildAny && n.prev != 0 && b != n.prev)) {
		return false
	}
	a := eg.after
	return a == 0 || (n.nextOK && (a == wildAny || n.next == 0 || a == n.next))
}

// fitsFar is fits for the words one further out.
func (eg *edge) fitsFar(n *neighbours) bool {
	return farFits(eg.before2, n.prev2) && farFits(eg.after2, n.next2)
}

// farFits reports whether phrase word w (as in edge) can stand where the
// second ring of neighbours has h.
func farFits(w, h uint64) bool {
	return w == 0 || h == 0 || w == h || (w == wildAny && h != noWord)
}

// edgeWord returns the edge entry for phrase word w.
func edgeWord(w uint64) uint64 {
	if w <= wildTime {
		return wildAny
	}
	return w
}

// anchorGroup is the phrases of one anchor word, phrases[lo:hi], with
// what every one of them needs beside the anchor. Most anchor words in a
// mail ("the", "this", "is") have neighbours that no phrase of the group
// can take, and these let match pass over the whole group at once.
type anchorGroup struct {
	lo, hi int32
	// needPrev and needNext report that every phrase has a word (or a
	// wildcard) before, or after, the anchor; prevWords and nextWords
	// that every phrase has a concrete word there.
	needPrev, needNext, prevWords, nextWords bool
	// prevBloom and nextBloom hold a bit (wordBit) for each of those
	// concrete words.
	prevBloom, nextBloom uint64
	// masks is the offset in matcher.masks of the group's side masks, -1
	// for a group too small to need them (see appendSideMasks).
	masks int32
}

// wordBit is a word hash's bit in an anchorGroup's bloom masks.
func wordBit(h uint64) uint64 { return 1 << (h >> 58) }

// rejects reports that no phrase of the group fits the anchor's
// neighbours: when it reports true, edge.fits reports false for each.
func (g *anchorGroup) rejects(n *neighbours) bool {
	if g.needPrev && (!n.prevOK || (g.prevWords && n.prev != 0 && g.prevBloom&wordBit(n.prev) == 0)) {
		return true
	}
	return g.needNext && (!n.nextOK || (g.nextWords && n.next != 0 && g.nextBloom&wordBit(n.next) == 0))
}

// newAnchorGroup sums up the edges of one anchor's phrases.
func newAnchorGroup(lo, hi int32, edges []edge) anchorGroup {
	g := anchorGroup{lo: lo, hi: hi, needPrev: true, needNext: true, prevWords: true, nextWords: true, masks: -1}
	for _, e := range edges {
		g.needPrev = g.needPrev && e.before != 0
		g.needNext = g.needNext && e.after != 0
		g.prevWords = g.prevWords && e.before > wildTime
		g.nextWords = g.nextWords && e.after > wildTime
		if e.before > wildTime {
			g.prevBloom |= wordBit(e.before)
		}
		if e.after > wildTime {
			g.nextBloom |= wordBit(e.after)
		}
	}
	return g
}

// maskedGroup is the size from which an anchor group keeps side masks:
// "nobody", "can't" and "someone" anchor dozens of phrases each, and
// testing every signature of such a group costs more than a few masks.
// So does testing the two to seven signatures of most other groups, once
// a group of up to 64 phrases reads one word of each side's masks; the
// masks of the groups of two to seven phrases take about 1 MB. A group
// of one is tested by its signature.
const maskedGroup = 2

// sideCases is the number of things that can stand on one side of an
// anchor, as its signature sees them: no word in the clause (0), a
// concrete word (1 + its signature bit) or a skip word (sideCases-1).
const sideCases = 34

// sideCase returns the case of one side of an anchor: ok reports a word
// there in the same clause, h its hash (0 for a skip word).
func sideCase(ok bool, h uint64) int {
	switch {
	case !ok:
		return 0
	case h == 0:
		return sideCases - 1
	}
	return 1 + int(h>>59)
}

// sideHas returns the low half of neighbours.sig for a side of case c.
func sideHas(c int) uint64 {
	switch c {
	case 0:
		return 0
	case sideCases - 1:
		return 1<<32 - 1
	}
	return sigPrevOK | 1<<(c-1)
}

// appendSideMasks appends the side masks of a group whose phrases have
// signatures sigs: for each side (before, then after) and each case of
// that side, a bit set of the phrases whose signature half needs nothing
// that case lacks, in (len(sigs)+63)/64 words. A phrase is among the
// masks of both its sides' cases exactly when its signature needs
// nothing beyond the anchor's, so match tries only the phrases that are
// in both instead of testing every signature.
func appendSideMasks(masks []uint64, sigs []uint64) []uint64 {
	nw := (len(sigs) + 63) / 64
	for side := range 2 {
		for c := range sideCases {
			have := sideHas(c) << (32 * side)
			half := uint64(1<<32-1) << (32 * side)
			base := len(masks)
			masks = append(masks, make([]uint64, nw)...)
			for k, need := range sigs {
				if need&half&^have == 0 {
					masks[base+k/64] |= 1 << (k % 64)
				}
			}
		}
	}
	return masks
}

// hit is a fired phrase: the signal and the byte span in the prepared text.
type hit struct {
	signal     int
	scale      float64
	start, end int32
	// prev is the index of the previous hit of the same signal, -1 for
	// the first; it lets add look only at the hits that can overlap.
	prev int32
	// drop marks a hit that overlaps a stronger hit of another signal.
	drop bool
	// split marks a hit whose words stand apart with other words between
	// them ("funktioniert seit Montag nicht"): a cue between them, such
	// as "seit Montag", is evidence of its own, not part of the phrase.
	split bool
	// live marks a hit whose words say the problem goes on: a promise
	// still unkept.
	live bool
	// general marks a hit read from a negation with any verb rather than
	// from a phrase that names its failure: "haven't been able to".
	general bool
	// inside marks a live hit of when within a kept hit of another
	// signal (within); hitRanks.fill sets it for the judge.
	inside bool
	// thanked marks a fix read from thanks (readings.thankedFix), which
	// has weighed what stands before and after it already.
	thanked bool
	// rank is the hit's place among its signal's hits by weight, 0 for
	// the strongest and rankKept for any beyond the ranked few;
	// hitRanks.fill sets it for the judge.
	rank uint8
}

// matcher finds lexicon phrases in a token stream.
type matcher struct {
	phrases []phrase
	// edges are the phrases' edges, in the same order, and sigs their
	// signatures (edge.sig), which most tries fail on at one look.
	edges []edge
	sigs  []uint64
	// byAnchor maps the anchor word hash to its group of phrases in
	// groups; the table keeps only the index, so its slots stay small.
	// match reads the index from the token (tokenizer.addLexicon).
	byAnchor table[int32]
	groups   []anchorGroup
	// masks holds the side masks of the groups of maskedGroup phrases or
	// more (appendSideMasks).
	masks   []uint64
	numbers hashTable
	// hashes of the words that mark the writer's own promise
	i, we, will, shall, ill, well uint64
}

func newMatcher(tz *tokenizer) (*matcher, error) {
	lex := lexicon()
	var all []phrase
	for sig, entries := range lex {
		for _, e := range entries {
			ps, err := compilePhrase(tz, e, sig)
			if err != nil {
				return nil, err
			}
			all = append(all, ps...)
		}
	}
	// group by anchor hash; stable order keeps longest-first ties deterministic
	groups := map[uint64][]phrase{}
	var order []uint64
	for _, p := range all {
		k := p.words[p.anchor]
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], p)
	}
	m := &matcher{byAnchor: newTable[int32](len(order)), numbers: newHashTable(len(numberWords)),
		i: fnvString("i"), we: fnvString("we"), will: fnvString("will"), shall: fnvString("shall"),
		ill: fnvString("i'll"), well: fnvString("we'll")}
	for _, k := range order {
		g := groups[k]
		start := int32(len(m.phrases))
		m.phrases = append(m.phrases, g...)
		for _, p := range g {
			m.edges = append(m.edges, p.edge)
			m.sigs = append(m.sigs, p.edge.sig())
		}
		m.byAnchor.put(k, int32(len(m.groups)))
		ag := newAnchorGroup(start, int32(len(m.phrases)), m.edges[start:])
		if len(g) >= maskedGroup {
			ag.masks = int32(len(m.masks))
			m.masks = appendSideMasks(m.masks, m.sigs[start:])
		}
		m.groups = append(m.groups, ag)
	}
	for _, w := range numberWords {
		m.numbers.put(fnvString(w), 1)
	}
	return m, nil
}

// compilePhrase turns "can't log in~0.5" into one or two phrases (with and
// without the apostrophe).
func compilePhrase(tz *tokenizer, entry string, sig int) ([]phrase, error) {
	text, scale := entry, 1.0
	if i := strings.IndexByte(entry, '~'); i >= 0 {
		v, err := strconv.ParseFloat(entry[i+1:], 64)
		if err != nil {
			return nil, fmt.Errorf("lexicon entry %q: %w", entry, err)
		}
		text, scale = entry[:i], v
	}
	variants := []string{text}
	if strings.Contains(text, "'") {
		// "cant", and "d acceder" typed with a space for the apostrophe
		variants = append(variants, strings.ReplaceAll(text, "'", ""), strings.ReplaceAll(text, "'", " "))
	}
	for _, v := range variants {
		// mail typed on a phone or a foreign keyboard drops the accents
		// ("resilier l abonnement", "suscripcion", "fuer"): match those
		// spellings too, where they cannot be mistaken for another word
		for _, f := range foldedSpellings(v) {
			if !slices.Contains(variants, f) {
				variants = append(variants, f)
			}
		}
	}
	var out []phrase
	for _, v := range variants {
		p := phrase{signal: sig, scale: scale, anchor: -1}
		anchorLen := 0
		for _, w := range strings.Fields(v) {
			switch w {
			case "*":
				p.words = append(p.words, wildAny)
			case "#":
				p.words = append(p.words, wildNumber)
			case "@time":
				p.words = append(p.words, wildTime)
			default:
				toks, _ := tz.scan(w, 0, nil, nil)
				if len(toks) != 1 {
					return nil, fmt.Errorf("lexicon entry %q: %q is not one word", entry, w)
				}
				if len(w) > anchorLen {
					p.anchor, anchorLen = len(p.words), len(w)
				}
				if len(p.words) == 0 && toks[0].flags&tokRuleNegator != 0 {
					p.negator = true
				}
				p.words = append(p.words, toks[0].hash)
			}
		}
		if p.anchor < 0 {
			return nil, fmt.Errorf("lexicon entry %q has no concrete word", entry)
		}
		if p.anchor > 0 {
			p.edge.before = edgeWord(p.words[p.anchor-1])
		}
		if p.anchor > 1 {
			p.edge.before2 = edgeWord(p.words[p.anchor-2])
		}
		if p.anchor+1 < len(p.words) {
			p.edge.after = edgeWord(p.words[p.anchor+1])
		}
		if p.anchor+2 < len(p.words) {
			p.edge.after2 = edgeWord(p.words[p.anchor+2])
		}
		out = append(out, p)
	}
	return out, nil
}

// accentFolds maps the accented letters of German, French and Spanish to
// what a writer without them types; German umlauts are also written with
// an e ("fuer", "moeglich").
var accentFolds = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "á", "a",
	"î", "i", "ï", "i", "í", "i", "ô", "o", "ó", "o", "ù", "u", "û", "u", "ú", "u", "ç", "c", "ñ", "n",
	"ä", "a", "ö", "o", "ü", "u", "ß", "ss")

var umlautFolds = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// foldedSpellings returns the spellings of phrase v without accents, none
// when it has none. A single word is only spelled with its umlauts
// written out ("notfalluebung"): a word alone loses too much without its
// accents ("déjà" would become the Spanish "deja", "chiffrés" (encrypted)
// the word for numbers), where the words around it keep a phrase apart,
// but "ue" for "ü" makes no other word.
func foldedSpellings(v string) []string {
	if !hasAccent(v) {
		return nil
	}
	if !strings.Contains(v, " ") {
		if u := umlautFolds.Replace(v); u != v && !hasAccent(u) {
			return []string{u}
		}
		return nil
	}
	out := []string{accentFolds.Replace(v)}
	if u := umlautFolds.Replace(v); u != v && u != out[0] && !hasAccent(u) {
		out = append(out, u)
	}
	return out
}

// hasAccent reports a letter beyond ASCII that accentFolds maps.
func hasAccent(v string) bool {
	for _, r := range v {
		if r >= utf8.RuneSelf && strings.ContainsRune("éèêëàâáîïíôóùûúçñäöüß", r) {
			return true
		}
	}
	return false
}

// match appends the hits in toks to hits. At most one phrase per signal
// fires at each position (the longest), and a signal's hits never overlap.
func (m *matcher) match(text string, toks []token, hits []hit) []hit {
	var tails signalTails
	for i := range tails.last {
		tails.last[i] = -1
	}
	// A phrase that starts with its negator ("not fixed", "can't log in")
	// uses the negation up: words after it are not negated by it, so "not
	// fixed today" keeps its deadline. usedNeg is that negator's index and
	// usedEnd where its phrase ends.
	usedNeg, usedEnd := int32(-1), 0
	for i := range toks {
		// the scanner found the word's phrases (tokenizer.addLexicon)
		gi := toks[i].group - 1
		if gi < 0 {
			continue
		}
		g := &m.groups[gi]
		// neighboursOf, written out: it runs for every anchor word
		var nb neighbours
		if toks[i].flags&tokBreak == 0 && i > 0 {
			nb.prevOK = true
			if p := &toks[i-1]; p.flags&tokSkip == 0 {
				nb.prev = p.hash
			}
		}
		if i+1 < len(toks) {
			if n := &toks[i+1]; n.flags&tokBreak == 0 {
				nb.nextOK = true
				if n.flags&tokSkip == 0 {
					nb.next = n.hash
				}
			}
		}
		if g.rejects(&nb) {
			continue
		}
		if g.masks >= 0 && g.hi-g.lo <= 64 {
			// one word of each side mask holds the whole group
			base := int(g.masks)
			both := m.masks[base+sideCase(nb.prevOK, nb.prev)] & m.masks[base+sideCases+sideCase(nb.nextOK, nb.next)]
			if both == 0 {
				continue
			}
			nb.reachBack(toks, i)
			nb.reachOn(toks, i)
			for ; both != 0; both &= both - 1 {
				k := g.lo + int32(bits.TrailingZeros64(both))
				if eg := &m.edges[k]; !eg.fitsNear(&nb) || !eg.fitsFar(&nb) {
					continue
				}
				if s, e, ok := m.matchAround(text, toks, &m.phrases[k], i); ok {
					hits = m.record(toks, k, s, e, hits, &tails, &usedNeg, &usedEnd)
				}
			}
			continue
		}
		nb.reachBack(toks, i)
		nb.reachOn(toks, i)
		if g.masks >= 0 {
			// the phrases in both side masks, in order
			nw := int(g.hi-g.lo+63) / 64
			prev := m.masks[int(g.masks)+sideCase(nb.prevOK, nb.prev)*nw:][:nw]
			next := m.masks[int(g.masks)+(sideCases+sideCase(nb.nextOK, nb.next))*nw:][:nw]
			for w := range prev {
				for both := prev[w] & next[w]; both != 0; both &= both - 1 {
					k := g.lo + int32(w*64+bits.TrailingZeros64(both))
					if eg := &m.edges[k]; !eg.fitsNear(&nb) || !eg.fitsFar(&nb) {
						continue
					}
					if s, e, ok := m.matchAround(text, toks, &m.phrases[k], i); ok {
						hits = m.record(toks, k, s, e, hits, &tails, &usedNeg, &usedEnd)
					}
				}
			}
			continue
		}
		have := nb.sig()
		sigs := m.sigs[g.lo:g.hi]
		for k, need := range sigs {
			if eg := &m.edges[g.lo+int32(k)]; need&^have != 0 || !eg.fitsNear(&nb) || !eg.fitsFar(&nb) {
				continue
			}
			if s, e, ok := m.matchAround(text, toks, &m.phrases[g.lo+int32(k)], i); ok {
				hits = m.record(toks, g.lo+int32(k), s, e, hits, &tails, &usedNeg, &usedEnd)
			}
		}
	}
	return hits
}

// record adds the hit of phrase k, matched on toks[s:e], as match does
// for each phrase it finds; usedNeg and usedEnd are match's. Most phrases
// whose edges fit do not match, and only those that do pay for the call.
func (m *matcher) record(toks []token, k int32, s, e int, hits []hit, tails *signalTails, usedNeg *int32, usedEnd *int) []hit {
	p := &m.phrases[k]
	if p.negator {
		*usedNeg, *usedEnd = int32(s), e
	} else if negated(&toks[s], p.signal, s, len(p.words) == 1, *usedNeg, *usedEnd) {
		return hits
	}
	h := hit{signal: p.signal, scale: p.scale, start: toks[s].start, end: toks[e-1].end}
	if p.signal == sigDeadline && m.promised(toks, s) {
		// "I will send it back asap" is the writer's own promise
		h.scale *= promiseDiscount
	}
	return add(hits, tails, h)
}

// promiseDiscount scales a deadline the writer sets for themself.
const promiseDiscount = 0.25

// promised reports a first-person future ("I will", "we'll") earlier in
// the clause of token s.
func (m *matcher) promised(toks []token, s int) bool {
	for j := s - 1; j >= 0 && j >= s-8; j-- {
		h := toks[j].hash
		if h == m.ill || h == m.well {
			return true
		}
		if (h == m.will || h == m.shall) && j > 0 && (toks[j-1].hash == m.i || toks[j-1].hash == m.we) && toks[j].flags&tokBreak == 0 {
			return true
		}
		if toks[j].flags&tokBreak != 0 {
			return false
		}
	}
	return false
}

// negated reports whether a phrase of signal starting at token s (t) is
// cancelled by a negation before it. Profanity and insults stay hostile
// under negation ("don't be a fucking idiot"). A time word is cancelled
// only right after the negator ("not urgent", "nicht dringend"): in "not
// fixed today" and "wenn das nicht bis Freitag läuft" the deadline stands.
func negated(t *token, signal, s int, oneWord bool, usedNeg int32, usedEnd int) bool {
	if t.ruleNeg == 0 || signal == sigInsult {
		return false
	}
	if t.ruleNegAt == usedNeg && s >= usedEnd {
		return false
	}
	if isTimeSignal(signal) {
		return t.ruleNeg <= 1 && oneWord
	}
	return true
}

// overlapLookback bounds how many earlier hits of one signal add compares
// a new hit with. Hits of one signal do not overlap and phrases are a few
// words long, so only the last few can overlap a new one; the bound keeps
// matching linear in the number of hits.
const overlapLookback = 8

// signalTails is what add knows of each signal's hits so far.
type signalTails struct {
	// last is the index of the signal's latest hit, -1 for none.
	last [numSignals]int32
	// end is at least the end of each of its hits: a hit that starts
	// there or later overlaps none of them, as most hits do, and add
	// then need not look back at them.
	end [numSignals]int32
}

// add keeps the longer of two overlapping hits of the same signal.
func add(hits []hit, tails *signalTails, h hit) []hit {
	// the earliest overlapping hit among the last few of this signal
	found := int32(-1)
	if h.start < tails.end[h.signal] {
		for j, n := tails.last[h.signal], 0; j >= 0 && n < overlapLookback; j, n = hits[j].prev, n+1 {
			o := &hits[j]
			if h.start < o.end && o.start < h.end {
				found = j
			}
		}
	}
	if found >= 0 {
		o := &hits[found]
		// of two equal spans the stronger stands, unless the other is a
		// shadow written to override it: "keine Probleme mehr~0" against
		// "keine * mehr"
		if h.end-h.start > o.end-o.start || (h.end-h.start == o.end-o.start && (h.scale > o.scale || h.scale == 0)) {
			h.prev = o.prev
			*o = h
			tails.end[h.signal] = max(tails.end[h.signal], h.end)
			// the longer phrase also swallows the later short hits inside
			// it: "seit heute Morgen" is one cue, not also "heute"
			for j, n := tails.last[h.signal], 0; j >= 0 && n < overlapLookback; j, n = hits[j].prev, n+1 {
				if j != found && hits[j].start >= h.start && hits[j].end <= h.end {
					hits[j].drop = true
				}
			}
		}
		return hits
	}
	h.prev = tails.last[h.signal]
	tails.last[h.signal] = int32(len(hits))
	tails.end[h.signal] = max(tails.end[h.signal], h.end)
	return append(hits, h)
}

// maxSkips bounds the skip words one phrase may step over, so a phrase
// stays a phrase ("is down", not "is ... down" across a sentence).
const maxSkips = 2

// matchAround matches phrase p whose anchor word is token i: it walks
// back from the anchor to the first word and on to the last, stepping
// over at most maxSkips skip words, never across a clause boundary. It
// returns the span [s, e) of tokens the phrase covers.
func (m *matcher) matchAround(text string, toks []token, p *phrase, i int) (s, e int, ok bool) {
	skips := 0
	pos := i
	for j := p.anchor - 1; j >= 0; j-- {
		for {
			if toks[pos].flags&tokBreak != 0 || pos == 0 {
				return 0, 0, false
			}
			pos--
			if w := p.words[j]; w > wildTime && toks[pos].hash == w || w <= wildTime && m.wordMatches(text, &toks[pos], w) {
				break
			}
			if toks[pos].flags&tokSkip == 0 || skips == maxSkips {
				return 0, 0, false
			}
			skips++
		}
	}
	s, pos = pos, i
	for j := p.anchor + 1; j < len(p.words); j++ {
		for {
			pos++
			if pos >= len(toks) || toks[pos].flags&tokBreak != 0 {
				return 0, 0, false
			}
			if w := p.words[j]; w > wildTime && toks[pos].hash == w || w <= wildTime && m.wordMatches(text, &toks[pos], w) {
				break
			}
			if toks[pos].flags&tokSkip == 0 || skips == maxSkips {
				return 0, 0, false
			}
			skips++
		}
	}
	return s, pos + 1, true
}

// isOrdinal reports a number written with an English ordinal suffix,
// "15th" or "1st", as in "by the 15th".
func isOrdinal(w string) bool {
	n := len(w)
	if n < 3 || n > 6 {
		return false
	}
	for i := 0; i < n-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// wordMatches reports whether token t is phrase word w: a concrete word,
// any word, a number or a clock time.
func (m *matcher) wordMatches(text string, t *token, w uint64) bool {
	switch w {
	case wildAny:
		return true
	case wildNumber:
		if t.flags&tokLetters != 0 {
			_, ok := m.numbers.get(t.hash)
			return ok || isOrdinal(text[t.start:t.end])
		}
		return true
	case wildTime:
		return isClock(text[t.start:t.end]) || hourMinutes(text, int(t.start), int(t.end))
	default:
		return t.hash == w
	}
}

// hourMinutes reports whether the word text[start:end] is the hour of a
// 24-hour or 12-hour clock time written with minutes, "9:40" or "14:00":
// the hour is the word, the minutes follow a colon. "3:1" and "25:00"
// are not times; "2:30" read as a score still is, which only matters
// beside words that make it a time ("flight at", "closes").
func hourMinutes(text string, start, end int) bool {
	n := end - start
	if n < 1 || n > 2 || end+3 > len(text) || text[end] != ':' {
		return false
	}
	h := 0
	for i := start; i < end; i++ {
		c := text[i]
		if c < '0' || c > '9' {
			return false
		}
		h = h*10 + int(c-'0')
	}
	m1, m2 := text[end+1], text[end+2]
	if h > 23 || m1 < '0' || m1 > '5' || m2 < '0' || m2 > '9' {
		return false
	}
	// "9:405" is not a time
	return end+3 == len(text) || text[end+3] < '0' || text[end+3] > '9'
}

// clockEnd returns where a phrase that ends at byte end ends when its last
// word is the hour of a time with minutes: a reason shows "boards at
// 6:15", not "boards at 6".
func clockEnd(text string, end int) int {
	if end > 0 && end+3 <= len(text) && text[end] == ':' && text[end-1] >= '0' && text[end-1] <= '9' {
		start := end - 1
		if start > 0 && text[start-1] >= '0' && text[start-1] <= '9' {
			start--
		}
		if hourMinutes(text, start, end) {
			return end + 3
		}
	}
	return end
}

// isClock reports whether w looks like 5pm, 11am or 10.30pm's last part.
func isClock(w string) bool {
	n := len(w)
	if n < 3 || n > 4 {
		return false
	}
	suf := strings.ToLower(w[n-2:])
	if suf != "am" && suf != "pm" {
		return false
	}
	for i := 0; i < n-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
