package classify

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// token is one word of the prepared text. It records only offsets and a
// hash, so scanning a message allocates nothing once the scratch slices
// have grown.
type token struct {
	start, end int32
	// hash is 64-bit FNV-1a of the lower-cased word, with typographic
	// apostrophes folded to '.
	hash  uint64
	flags uint16
	// negDist counts words since the negator (1 = the word right after
	// it), 0 outside a negation scope; it saturates at 255. The model
	// reads it: its scope runs to the next punctuation, as in training.
	negDist uint8
	// ruleNeg is negDist for the rules, whose scope is a clause: it also
	// ends at a conjunction or a new subject ("not fixed today and I
	// will cancel"), after ruleNegScope words, and it knows negators of
	// other languages. ruleNegAt is the index of its negator.
	ruleNeg   uint8
	ruleNegAt int32
	// wordRoles are what the roles table holds for the word, which
	// negations copies into the token whole, in one move of its
	// 24 bytes: its roles and kinds for the readings (readings.role,
	// readings.kind), which read them again and again; the lexicon
	// group it anchors; the tokenizer's own role bits; and, after a
	// joined scan (tokenizer.addWords), its sentiment and n-gram sum.
	wordRoles
}

// ruleNegScope is how many words a negation reaches for the rules: "I do
// not think this is urgent" still negates, a long clause later does not.
const ruleNegScope = 4

const (
	// tokCaps marks a word written in capitals (two or more letters, no
	// lower-case letter), the raw material of the shouting signal.
	tokCaps uint16 = 1 << iota
	// tokNeg marks a word in the scope of a preceding negator, up to the
	// next punctuation or line break.
	tokNeg
	// tokSubject marks a word of the subject line.
	tokSubject
	// tokBreak marks a clause boundary (punctuation or line break) right
	// before the word; phrases and bigrams do not cross it.
	tokBreak
	// tokNegator marks not, never, no, can't and friends.
	tokNegator
	// tokLetters marks a word with at least one letter (not a number).
	tokLetters
	// tokRuleNegator marks a negator of any language the rules know.
	tokRuleNegator
	// tokSkip marks an intensifier or clitic pronoun that a lexicon
	// phrase may step over ("is completely down", "personne ne me
	// rappelle", "funktioniert leider nicht").
	tokSkip
	// tokPlain marks a word of ASCII letters only, not shortened by
	// folding an elongation: its hash is FNV-1a of its lower-cased bytes,
	// the key of every table that lower-cases words.
	tokPlain
	// tokChars marks a token whose chars field holds its n-gram sum;
	// tokNoChars one whose word the n-gram table does not have.
	tokChars
	tokNoChars
	// tokSymbol marks an emoji or other pictograph: a word of its own
	// for the model, which neither negates nor ends a clause.
	tokSymbol
)

// mark is a run of emphatic punctuation such as "!!!" or "?!".
type mark struct {
	start, end int32
	mixed      bool // contains both ? and !
}

// negators that do not end in n't (those are detected by suffix).
var negatorWords = [...]string{"not", "no", "never", "nobody", "nothing", "none", "neither", "nor",
	"without", "cannot", "dont", "cant", "wont", "isnt", "doesnt", "didnt", "wasnt", "arent",
	"havent", "hasnt", "shouldnt", "wouldnt", "couldnt", "aint", "nowhere", "noone"}

// ruleNegators negate for the rules only, besides negatorWords: the
// German, French and Spanish words the lexicons need ("nicht dringend",
// "rien d'urgent", "no es urgente"). The model was trained on English
// with negatorWords and keeps them.
var ruleNegators = [...]string{"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nichts",
	"niemand", "pas", "jamais", "rien", "aucun", "aucune", "nadie", "nunca", "nada", "ningún", "ninguna",
	"ninguno", "tampoco", "sin"}

// clauseWords end a rule negation: conjunctions and subject pronouns
// start a new clause whose words the negation does not reach.
var clauseWords = [...]string{"and", "but", "or", "so", "because", "cause", "then", "if", "unless", "until",
	"when", "while", "otherwise", "although", "though", "whereas", "else", "i", "we", "they", "he", "she",
	"und", "aber", "oder", "sonst", "weil", "dann", "wenn", "sondern", "ich", "wir",
	"et", "mais", "ou", "sinon", "parce", "alors", "si", "quand", "je", "nous",
	"y", "pero", "o", "sino", "porque", "entonces", "cuando", "yo", "nosotros"}

// negFillers, articles and copulas, do not count towards a rule
// negation's distance: "not an emergency", "pas une urgence" and "no es
// urgente" negate their time word as "not urgent" does.
var negFillers = [...]string{"a", "an", "the", "any", "be", "ein", "eine", "einen", "einem", "einer", "der",
	"die", "das", "den", "un", "une", "le", "la", "les", "una", "uno", "el", "los", "las", "es", "está", "sea"}

// skipWords may stand between the words of a lexicon phrase without
// breaking it: intensifiers and adverbs that do not change what a phrase
// says ("is completely down", "has suddenly stopped", "funktioniert leider
// nicht") and the clitic pronouns of French and Spanish ("personne ne me
// rappelle", "no nos responde"). Negators are never among them, so a
// phrase cannot step over a "not".
var skipWords = [...]string{"completely", "totally", "entirely", "fully", "really", "just", "all", "even",
	"currently", "also", "suddenly", "literally", "absolutely", "simply", "me", "us",
	"about", "around", "roughly", "approximately", "nearly", "almost", "etwa", "ungefähr", "circa", "environ",
	"presque", "casi", "aproximadamente",
	"gar", "überhaupt", "wirklich", "komplett", "total", "leider", "einfach", "plötzlich", "uns", "mich", "mir",
	"vraiment", "complètement", "totalement", "toujours", "nous", "vous", "te",
	"realmente", "totalmente", "nos", "te", "le", "les", "lo"}

// Roles of the short words the scanner looks up, as bits.
const (
	roleNegator     = 1  // negates for the model and the rules
	roleRuleNegator = 2  // negates for the rules only
	roleClause      = 4  // starts a clause
	roleFiller      = 8  // does not count towards a rule negation's distance
	roleSkip        = 16 // may stand inside a lexicon phrase
	// roleSplitOpen marks a word without which splitNegation.find finds
	// no pair, so that it can pass over a text without one by this bit.
	roleSplitOpen = 32
	// roleFixEnd marks a verb of fixing told as a fact or a condition
	// ("solucionáis", "is fixed"): the rules' negation ends after it,
	// so that what follows a condition is not negated with it ("si
	// esta semana no me lo solucionáis me paso con ellos").
	roleFixEnd = 64
)

// fixEndWords are the verbs of fixing that end a rule negation after
// them (roleFixEnd).
var fixEndWords = [...]string{"fixed", "sorted", "resolved", "solved", "repaired", "solucionáis", "solucionan",
	"soluciona", "solucionas", "arregláis", "arreglan", "arregla", "arreglas", "resolvéis", "resuelven", "resuelve",
	"réglé", "réglée", "réglez", "résolu", "résolue", "réparé", "réparée", "réparez", "corrigé", "corrigez",
	"behoben", "repariert", "gelöst", "behebt", "löst"}

// maxRoleWord is the longest word with a role, in bytes; longer words are
// not looked up.
const maxRoleWord = 12

// tokenizer holds the read-only tables a scan needs.
type tokenizer struct {
	// roles maps the hash of a word to its roles: the tokenizer's own
	// for a short word, and the readings' (see addLexicon); once joined
	// (addWords), also to the scoring word table's values.
	roles table[wordRoles]
	// hasRole holds the keys of roles, to skip most other words cheaply
	// while roles holds only the words with roles.
	hasRole hashFilter
	// joined reports that roles also holds the word table (addWords),
	// so that nearly every word is a key and each is looked up.
	joined bool
}

// wordRoles are the roles of one word: the readings' roles and kinds,
// the lexicon phrases it anchors and the tokenizer's role bits, which
// count only for a word of at most maxRoleWord bytes; and, once the
// tokenizer is joined with the word table, the word's sentiment and
// n-gram sum (wordVal). negations copies them all into the token.
type wordRoles struct {
	// role and kind are the word's roles and kinds for the readings.
	role uint64
	// group is one more than the index of the lexicon phrases the word
	// anchors (matcher.groups), 0 for a word that anchors none.
	group int32
	kind  uint16
	// tz holds the tokenizer's role bits (roleNegator and the rest).
	tz uint8
	// mark holds the readings' rarer word sets (readings.mark), in what
	// would otherwise be padding.
	mark uint8
	// sent is the word's sentiment log-odds, 0 for a word the table does
	// not know. Only a plain word's are the sentiment table's.
	sent float32
	// chars is the word's summed character n-gram weight, NaN where the
	// word table has no n-gram sum. (When a token's flags have
	// tokChars, logOdds put the sum there.)
	chars float32
}

func newTokenizer() tokenizer {
	roles := map[string]float32{}
	for _, w := range negatorWords {
		roles[w] = float32(int(roles[w]) | roleNegator)
	}
	for _, w := range ruleNegators {
		roles[w] = float32(int(roles[w]) | roleRuleNegator)
	}
	for _, w := range clauseWords {
		roles[w] = float32(int(roles[w]) | roleClause)
	}
	for _, w := range negFillers {
		roles[w] = float32(int(roles[w]) | roleFiller)
	}
	for _, w := range skipWords {
		roles[w] = float32(int(roles[w]) | roleSkip)
	}
	for _, w := range fixEndWords {
		roles[w] = float32(int(roles[w]) | roleFixEnd)
	}
	t := tokenizer{roles: newTable[wordRoles](len(roles))}
	nan := float32(math.NaN())
	for w, r := range roles {
		t.roles.put(fnvString(w), wordRoles{tz: uint8(r), chars: nan})
		t.hasRole.add(fnvString(w))
	}
	return t
}

// addLexicon adds the lexicon's anchor words, the readings' word roles
// and kinds, and the words that open a German split pair to the roles
// table, so that negations, which looks up
// the words anyway, finds them in the same probe and sets them in each
// token. Before it runs, tokens carry none.
func (tz *tokenizer) addLexicon(m *matcher, r *readings, s *splitNegation) {
	merged := tz.rolesMap()
	nan := float32(math.NaN())
	word := func(k uint64) wordRoles {
		if v, ok := merged[k]; ok {
			return v
		}
		return wordRoles{chars: nan}
	}
	for _, sl := range s.roles.slots {
		if sl.key != 0 && sl.val.bits&splitOpens != 0 {
			v := word(sl.key)
			v.tz |= roleSplitOpen
			merged[sl.key] = v
		}
	}
	for _, sl := range r.roles.slots {
		if sl.key != 0 {
			v := word(sl.key)
			v.role |= sl.val
			merged[sl.key] = v
		}
	}
	for _, sl := range r.kinds.slots {
		if sl.key != 0 {
			v := word(sl.key)
			v.kind |= sl.val
			merged[sl.key] = v
		}
	}
	for _, sl := range r.marks.slots {
		if sl.key != 0 {
			v := word(sl.key)
			v.mark |= sl.val
			merged[sl.key] = v
		}
	}
	for _, sl := range m.byAnchor.slots {
		if sl.key != 0 {
			v := word(sl.key)
			v.group = sl.val + 1
			merged[sl.key] = v
		}
	}
	tz.setRoles(merged)
}

// addWords joins the scoring word table into the roles table, after
// addLexicon: negations then finds a word's sentiment and n-gram sum in
// the probe that finds its roles and keeps them in the token, and walk
// reads them there instead of probing the word table again. Nearly every
// word of a mail is in the joined table, so the filter no longer spares
// any probe and is passed over.
func (tz *tokenizer) addWords(wt *wordTable) {
	merged := tz.rolesMap()
	for _, sl := range wt.words.slots {
		if sl.key != 0 {
			v, ok := merged[sl.key]
			if !ok {
				v = wordRoles{}
			}
			v.sent, v.chars = sl.val.sent, sl.val.chars
			merged[sl.key] = v
		}
	}
	tz.setRoles(merged)
	tz.joined = true
}

// rolesMap returns the roles table as a map, to add to.
func (tz *tokenizer) rolesMap() map[uint64]wordRoles {
	merged := map[uint64]wordRoles{}
	for _, sl := range tz.roles.slots {
		if sl.key != 0 {
			merged[sl.key] = sl.val
		}
	}
	return merged
}

// setRoles replaces the roles table with the words of merged.
func (tz *tokenizer) setRoles(merged map[uint64]wordRoles) {
	tz.roles = newTable[wordRoles](len(merged))
	for k, v := range merged {
		tz.roles.put(k, v)
		tz.hasRole.add(k)
	}
}

// scan appends the words of text to toks and the emphatic punctuation runs
// to marks. Bytes before subjectEnd belong to the subject.
//
// It works in two passes: lex finds the words and what each shows on its
// own, negations then carries the state that runs from word to word. Each
// loop keeps few values live, so neither spills them around every word.
func (tz *tokenizer) scan(text string, subjectEnd int, toks []token, marks []mark) ([]token, []mark) {
	first := len(toks)
	toks, marks = lex(text, subjectEnd, toks, marks)
	tz.negations(text, toks, first)
	return toks, marks
}

// scanInto is scan into a's token and mark lists, which also counts the
// words with letters and those in capitals on the way.
func (tz *tokenizer) scanInto(text string, subjectEnd int, a *analysis) {
	lexInto(text, subjectEnd, a)
	a.words, a.caps, a.longCaps = tz.negations(text, a.toks, 0)
}

// lex appends the words of text to toks with the flags a word has by
// itself (a clause boundary before it, subject, letters, capitals) and the
// emphatic punctuation runs to marks.
func lex(text string, subjectEnd int, toks []token, marks []mark) ([]token, []mark) {
	lx := lexer{toks: toks, subjectEnd: subjectEnd, brk: true}
	marks = lx.run(text, marks)
	return lx.toks, marks
}

// lexInto is lex into a's token and mark lists that also lists in a.ends
// the bytes where a sentence may end (mayEndSentence), which the judge
// reads for every rule hit: lex passes over every punctuation byte
// anyway, and noting the few that end sentences costs far less than
// scanning the text for them again.
func lexInto(text string, subjectEnd int, a *analysis) {
	lx := lexer{toks: a.toks, subjectEnd: subjectEnd, brk: true, ends: a.ends[:0], keepEnds: true}
	a.marks = lx.run(text, a.marks)
	a.toks, a.ends = lx.toks, lx.ends
}

// run is lex's loop over text.
func (lx *lexer) run(text string, marks []mark) []mark {
	for i := 0; i < len(text); {
		if cap(lx.toks)-len(lx.toks) < lexRoom {
			lx.toks = slices.Grow(lx.toks, lexRoom)
		}
		i = lx.plain(text, i)
		if i < len(text) {
			j := i
			i, lx.brk, lx.toks, marks = lexOne(text, j, lx.brk, lx.subjectEnd, lx.toks, marks)
			if c := text[j]; lx.keepEnds && c < utf8.RuneSelf && !isWordByte(c) {
				// a run of "!" and "?", or a mark lexOne took alone
				for ; j < i; j++ {
					lx.noteEnd(text, j)
				}
			}
		}
	}
	return marks
}

// lexRoom is how many tokens lex makes room for before each run of
// lexer.plain.
const lexRoom = 64

// lexer is lex's state between words, kept behind one pointer so that
// plain's loops have registers for their own.
type lexer struct {
	toks       []token
	subjectEnd int
	brk        bool
	// keepEnds says to list in ends the bytes where a sentence may end.
	keepEnds bool
	ends     []int32
}

// noteEnd adds byte i of text to lx.ends if a sentence may end there and
// lx keeps them.
func (lx *lexer) noteEnd(text string, i int) {
	if lx.keepEnds && mayEndSentence(text, i) {
		lx.ends = append(lx.ends, int32(i))
	}
}

// plain is lex for the common case: plain ASCII words between spaces
// and clause punctuation. It stops, returning where, at anything else (a
// byte beyond ASCII, an apostrophe, "!" or "?", a long word that may be
// encoded) and when toks has no room left, and leaves that to lexOne. It
// makes no calls, so its loops keep their state in registers.
func (lx *lexer) plain(text string, i int) int {
	tab := &asciiWordBytes
	for i < len(text) {
		c := text[i]
		if tab[c] == 0 {
			if c == ' ' {
				// the most common byte of all, tested first
				i++
				continue
			}
			switch c {
			case '.':
				// "seit dem 1. Dezember": a German ordinal's point
				// ends no clause, nor does a decimal point ("0.00");
				// the ordinal's point ends no sentence either
				// (mayEndSentence, written out here as for ';' and '\n')
				od := ordinalDot(text, i)
				lx.brk = lx.brk || !od && !numberSeparator(text, i)
				if lx.keepEnds && !od {
					lx.ends = append(lx.ends, int32(i))
				}
			case ',':
				// "0,00 €", "2,000 employees"
				lx.brk = lx.brk || !numberSeparator(text, i)
			case ';':
				lx.brk = true
				if lx.keepEnds {
					lx.ends = append(lx.ends, int32(i))
				}
			case '\n':
				lx.brk = true
				if lx.keepEnds && i+1 < len(text) && text[i+1] == '\n' {
					lx.ends = append(lx.ends, int32(i))
				}
			case ':', '(', ')':
				lx.brk = true
			case '!', '?':
				return i
			default:
				if c >= utf8.RuneSelf {
					return i
				}
			}
			i++
			continue
		}
		// readWord's ASCII loop
		h := uint64(fnvOffset)
		// counts also says whether a letter was folded out, in its top
		// bit (see asciiWordBytes), which spares the loop a register
		var counts uint64
		// p1 is the byte before c, lower-cased: a letter equal to it and
		// to the byte before that is the third of a run and left out
		// of the hash. The second byte back is read only when c equals
		// p1, so the loop keeps one byte of history in a register.
		var p1 uint64
		j := i
		for ; j < len(text); j++ {
			c := uint64(text[j])
			v := tab[c]
			if v == 0 {
				break
			}
			counts += v
			c |= 0x20
			if c != p1 || c < 'a' || j < i+2 || uint64(text[j-2])|0x20 != c {
				h = (h ^ c) * fnvPrime
				p1 = c
				continue
			}
			counts |= 1 << 63
		}
		if j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
			return i
		}
		if n := j - i; n >= 8 {
			upper := int(counts & upperCounts >> 21)
			letters := int(counts&lowerCounts) + upper
			if !(upper <= 1 && letters == n && hasVowels(text[i:j], letters)) {
				return i
			}
		}
		// the flags, read off counts: the word's bytes are letters and
		// digits, so a word without digits and without a folded letter
		// is all letters, at least one
		var f uint16
		if lx.brk {
			f |= tokBreak
		}
		if i < lx.subjectEnd {
			f |= tokSubject
		}
		if counts&(lowerCounts|upperCounts) != 0 {
			f |= tokLetters
		}
		if counts>>42 == 0 {
			f |= tokPlain
		}
		if counts&lowerCounts == 0 && counts&upperCounts >= 2<<21 {
			f |= tokCaps
		}
		k := len(lx.toks)
		if k == cap(lx.toks) {
			return i
		}
		lx.toks = lx.toks[:k+1]
		// field by field: a composite literal is built on the stack
		// and copied
		t := &lx.toks[k]
		// (negations sets the word's roles and values)
		t.start, t.end, t.hash, t.flags = int32(i), int32(j), h, f
		t.negDist, t.ruleNeg, t.ruleNegAt = 0, 0, -1
		lx.brk = false
		i = j
	}
	return i
}

// lexOne reads the one word, run of punctuation or other character at
// text[i], as lex does for each, and returns where the next starts.
func lexOne(text string, i int, brk bool, subjectEnd int, toks []token, marks []mark) (int, bool, []token, []mark) {
	c := text[i]
	var w wordRun
	switch {
	case c == ' ':
		return i + 1, brk, toks, marks
	case isWordByte(c):
		w = readWord(text, i)
	case c < utf8.RuneSelf:
		switch c {
		case '!', '?':
			j := i
			bang, quest := 0, 0
			for j < len(text) && (text[j] == '!' || text[j] == '?') {
				if text[j] == '!' {
					bang++
				} else {
					quest++
				}
				j++
			}
			if (bang > 0 && quest > 0) || bang >= 2 {
				marks = append(marks, mark{start: int32(i), end: int32(j), mixed: bang > 0 && quest > 0})
			}
			return j, true, toks, marks
		case '.':
			brk = brk || !ordinalDot(text, i) && !numberSeparator(text, i)
		case ',':
			brk = brk || !numberSeparator(text, i)
		case ';', ':', '\n', '(', ')':
			brk = true
		}
		return i + 1, brk, toks, marks
	default:
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.Is(unicode.So, r) {
			// emoji and other pictographs are words of their own
			toks = append(toks, token{start: int32(i), end: int32(i + size), hash: fnvRune(fnvOffset, r), flags: tokSymbol})
			return i + size, brk, toks, marks
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i + size, brk, toks, marks
		}
		w = readWordRunes(text, i)
	}
	// a word: letters, digits and inner apostrophes
	start, end := i, w.end
	n := end - start
	if n >= 8 && !(w.upper <= 1 && w.letters == n && hasVowels(text[start:end], w.letters)) && isEncoded(text[start:end]) {
		// base64, hex and hashes say nothing about the writer; they
		// are not words, and they end no clause
		return end, brk, toks, marks
	}
	var f uint16
	if brk {
		f |= tokBreak
	}
	if start < subjectEnd {
		f |= tokSubject
	}
	if w.letters > 0 {
		f |= tokLetters
		if w.letters == n && !w.folded {
			f |= tokPlain
		}
	}
	if w.upper >= 2 && w.lower == 0 {
		f |= tokCaps
	}
	toks = append(toks, token{start: int32(start), end: int32(end), hash: w.hash, flags: f, ruleNegAt: -1})
	return end, false, toks, marks
}

// negations sets the flags that depend on the words before a token,
// from toks[first] on: the model's negation scope (to the next clause
// boundary), the rules' (to the end of the clause, a conjunction or
// ruleNegScope words), negators and skip words. It returns the number of
// words with letters, of those in capitals, and of capitalised words of
// four or more bytes, which shouting reads.
func (tz *tokenizer) negations(text string, toks []token, first int) (words, caps, longCaps int) {
	tz.lookUp(toks[first:])
	neg := false
	negDist := 0
	// the rules' negation: the index of its negator and its reach
	ruleAt, ruleDist := int32(-1), 0
	for k := first; k < len(toks); k++ {
		t := &toks[k]
		f := t.flags
		role := 0
		if t.end-t.start <= maxRoleWord {
			role = int(t.tz)
		}
		if role == 0 && !neg && ruleAt < 0 && f&(tokPlain|tokNegator|tokSymbol) == tokPlain {
			// most words: a plain word without a role outside any
			// negation, for which the steps below only count
			if f&tokLetters != 0 {
				words++
				if f&tokCaps != 0 {
					caps++
					if t.end-t.start >= 4 {
						longCaps++
					}
				}
			}
			continue
		}
		if f&tokSymbol != 0 {
			continue
		}
		if f&tokLetters != 0 {
			words++
			if f&tokCaps != 0 {
				caps++
				if t.end-t.start >= 4 {
					longCaps++
				}
			}
		}
		if f&tokBreak != 0 {
			neg, ruleAt = false, -1
		}
		if neg {
			f |= tokNeg
			negDist++
			t.negDist = uint8(min(negDist, 255))
		}
		if role&roleClause != 0 {
			ruleAt = -1
		}
		if role&roleSkip != 0 {
			f |= tokSkip
		}
		if ruleAt >= 0 {
			if role&roleFiller == 0 {
				ruleDist++
			}
			if ruleDist > ruleNegScope {
				ruleAt = -1
			} else {
				t.ruleNeg, t.ruleNegAt = uint8(max(ruleDist, 1)), ruleAt
				if role&roleFixEnd != 0 {
					ruleAt = -1
				}
			}
		}
		// only a word with an apostrophe can end in n't, and such a
		// word is never plain
		if role&roleNegator != 0 || (f&tokPlain == 0 && hasNegSuffix(text[t.start:t.end])) {
			f |= tokNegator
			neg = true
			negDist = 0
		}
		if f&tokNegator != 0 || role&roleRuleNegator != 0 {
			f |= tokRuleNegator
			ruleAt, ruleDist = int32(k), 0
		}
		t.flags = f
	}
	return words, caps, longCaps
}

// lookUp copies into each token what the roles table holds for its
// word, for negations. It is a loop of its own: beside negations' state
// the table's fields and the probe left too few registers, and both
// loops stored and reloaded their values around every word.
func (tz *tokenizer) lookUp(toks []token) {
	none := wordRoles{chars: float32(math.NaN())}
	// the table, read once: the stores into the tokens could change it
	// as far as the compiler knows, and it would load it for every word
	slots, mask, shift := tz.roles.slots, tz.roles.mask, tz.roles.shift
	joined, filter := tz.joined, &tz.hasRole
	for k := range toks {
		t := &toks[k]
		// the probe of table.find, written out for the same reason
		wr := &none
		if h := t.hash; joined || filter.has(h) {
			if h == 0 {
				h = 1
			}
			for i := slotOf(h, shift); ; i = (i + 1) & mask {
				if sl := &slots[i]; sl.key == h {
					wr = &sl.val
					break
				} else if sl.key == 0 {
					break
				}
			}
		}
		t.wordRoles = *wr
	}
}

// wordRun is a word readWord found.
type wordRun struct {
	end                   int
	hash                  uint64
	upper, lower, letters int
	// folded reports an elongation folded out of the hash ("sooooo").
	folded bool
	// runes reports a word beyond ASCII letters and digits: only such a
	// word can have an apostrophe, and so end in n't.
	runes bool
}

// lowerCounts and upperCounts are the bits of the lower- and upper-case
// letter counts in a sum of asciiWordBytes.
const (
	lowerCounts = 1<<21 - 1
	upperCounts = lowerCounts << 21
)

// asciiWordBytes counts the ASCII letters and digits for readWord's
// fast path: one table load both classifies a byte and counts it, lower
// case in bits 0-20, upper case in bits 21-41, digits in bits 42-62 (a
// prepared text is far shorter than 2^21 bytes). Every other byte is 0.
// Bit 63 is left free: lexer.plain keeps its elongation flag there.
var asciiWordBytes = func() (t [256]uint64) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-'a'+'A'] = 1 << 21
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 1 << 42
	}
	return t
}()

// readWord reads the word starting at text[i]: letters, digits and inner
// apostrophes. The hash is FNV-1a of the lower-cased word with typographic
// apostrophes folded to ' and runs of three or more of a letter cut to
// two, so "sooooo" hashes as "soo". Most words are plain ASCII, which it
// reads, counts and hashes in one tight loop; the rest go through
// readWordRunes.
func readWord(text string, i int) wordRun {
	tab := &asciiWordBytes
	h := uint64(fnvOffset)
	var counts uint64
	folded := false
	// p1 is the byte before c, lower-cased: a letter equal to it and to
	// the byte before that is the third of a run and left out of the hash
	var p1 byte
	j := i
	for ; j < len(text); j++ {
		c := text[j]
		v := tab[c]
		if v == 0 {
			break
		}
		counts += v
		c |= 0x20 // lower case; digits already have the bit
		if c == p1 && c >= 'a' && j >= i+2 && text[j-2]|0x20 == c {
			folded = true
			continue
		}
		h = (h ^ uint64(c)) * fnvPrime
		p1 = c
	}
	if j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
		return readWordRunes(text, i)
	}
	lower, upper := int(counts&(1<<21-1)), int(counts>>21&(1<<21-1))
	return wordRun{end: j, hash: h, upper: upper, lower: lower, letters: lower + upper, folded: folded}
}

// readWordRunes is readWord for words with apostrophes or bytes beyond
// ASCII.
func readWordRunes(text string, i int) wordRun {
	h := uint64(fnvOffset)
	upper, lower, letters := 0, 0, 0
	// prev and run fold elongations
	var prev byte
	run := 0
	folded := false
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
				lower++
				letters++
			case c >= 'A' && c <= 'Z':
				upper++
				letters++
				c |= 0x20
			case c >= '0' && c <= '9':
			case c == '\'':
				// apostrophe only inside a word
				if i+1 >= len(text) || !startsWord(text[i+1:]) {
					return wordRun{end: i, hash: h, upper: upper, lower: lower, letters: letters, folded: folded, runes: true}
				}
			default:
				return wordRun{end: i, hash: h, upper: upper, lower: lower, letters: letters, folded: folded, runes: true}
			}
			if c == prev && c >= 'a' {
				run++
			} else {
				prev, run = c, 1
			}
			if run <= 2 {
				h = (h ^ uint64(c)) * fnvPrime
			} else {
				folded = true
			}
			i++
			continue
		}
		prev, run = 0, 0
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u2019':
			if i+size >= len(text) || !startsWord(text[i+size:]) {
				return wordRun{end: i, hash: h, upper: upper, lower: lower, letters: letters, folded: folded, runes: true}
			}
			h = (h ^ uint64('\'')) * fnvPrime
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
			h = fnvRune(h, unicode.ToLower(r))
		case unicode.IsDigit(r):
			h = fnvRune(h, r)
		default:
			return wordRun{end: i, hash: h, upper: upper, lower: lower, letters: letters, folded: folded, runes: true}
		}
		i += size
	}
	return wordRun{end: i, hash: h, upper: upper, lower: lower, letters: letters, folded: folded, runes: true}
}

// hasVowels reports whether a word of letters has enough vowels to be
// text (at least one in six), stopping as soon as it knows: the quick
// test that spares ordinary words the full isEncoded.
func hasVowels(w string, letters int) bool {
	vowels := 0
	for i := 0; i < len(w); i++ {
		switch w[i] | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			vowels++
			if vowels*6 >= letters {
				return true
			}
		}
	}
	return false
}

// isEncoded reports a word that is data rather than text: long runs of
// letters and digits (hex, hashes, base64), case flipping inside a long
// word (base64), switches between letters and digits ("x9j3q"), or a long
// word without vowels. It reads the word again, which costs little
// because only words of eight bytes or more are checked.
func isEncoded(w string) bool {
	n := len(w)
	letters, vowels, digits, flips, mixes := 0, 0, 0, 0, 0
	var lastCase byte
	lastDigit := false
	for i := 0; i < n; i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			cs := byte('A')
			if c >= 'a' {
				cs = 'a'
			}
			if lastCase != 0 && cs != lastCase {
				flips++
			}
			lastCase = cs
			if lastDigit {
				mixes++
			}
			lastDigit = false
			letters++
			switch c | 0x20 {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowels++
			}
		case c >= '0' && c <= '9':
			if !lastDigit && letters > 0 {
				mixes++
			}
			lastDigit = true
			digits++
		case c >= utf8.RuneSelf:
			// accented letters are mostly vowels
			letters++
			vowels++
		}
	}
	switch {
	case mixes >= 3:
		return true
	case n >= 16 && digits >= 2 && letters >= 2:
		return true
	case n >= 16 && flips >= 4, n >= 10 && flips >= 5, digits >= 1 && flips >= 3:
		return true
	case letters >= 8 && vowels == 0:
		return true
	case letters >= 12 && vowels*6 < letters:
		return true
	}
	return false
}

// hasNegSuffix reports words ending in n't (or n’t), which negate.
func hasNegSuffix(w string) bool {
	n := len(w)
	if n >= 3 && w[n-1]|0x20 == 't' && w[n-2] == '\'' && w[n-3]|0x20 == 'n' {
		return true
	}
	return n >= 5 && w[n-1]|0x20 == 't' && w[n-4:n-1] == "\u2019" && w[n-5]|0x20 == 'n'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// startsWord reports whether s begins with a letter or digit.
func startsWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isWordByte(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ordinalDot reports whether the full stop at text[i] closes a German
// ordinal of one or two digits before a word ("am 3. März", "seit dem 1.
// Dezember"), which ends no sentence.
func ordinalDot(text string, i int) bool {
	if i < 1 || i+2 >= len(text) || text[i+1] != ' ' || !isDigitByte(text[i-1]) {
		return false
	}
	n := 1
	for n < 3 && i-n-1 >= 0 && isDigitByte(text[i-n-1]) {
		n++
	}
	if n > 2 || i-n-1 >= 0 && text[i-n-1] != ' ' {
		return false
	}
	c := text[i+2]
	if c == 0xc2 && i+3 < len(text) && (text[i+3] == 0xbf || text[i+3] == 0xa1) {
		// "¿" or "¡" opens a Spanish sentence: "del día 15. ¿Podría ...?"
		return false
	}
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// numberSeparator reports whether the point or comma at text[i] sits
// between two digits, inside a number ("0.00", "0,00 €", "2.000"), where
// it ends no clause.
func numberSeparator(text string, i int) bool {
	return i >= 1 && i+1 < len(text) && isDigitByte(text[i-1]) && isDigitByte(text[i+1])
}
