package coach

// Rule is one fault the coach looks for. Phrase rules carry their phrases
// here; the rules without phrases (shouting, jargon, missing next step,
// missing name, wrong name, can't lists) are found by the checks in
// checks.go and only take their wording and weight from this table.
//
// A phrase is a sequence of words, matched case- and accent-insensitively
// on word boundaries: "word*" matches words starting with "word", "*'s"
// words ending with "'s", "*" any one word and "..." up to four words.
type Rule struct {
	Name     string
	Severity Severity
	// Weight is taken off the score when the rule fires, once per rule
	// however often it fires.
	Weight float64
	Why    string
	Better string
	// Phrases, grouped by language; only for phrase rules.
	Phrases map[string][]string
	// UnlessOwned drops the finding when the draft owns the failure
	// elsewhere: "you weren't called back" after "I'm sorry, we let you
	// down" hides nothing.
	UnlessOwned bool
	// UnlessTimed drops the finding when the draft names a concrete time:
	// "as soon as possible, and by 3pm at the latest" is a plan.
	UnlessTimed bool
	// UnlessNegated drops a match right after a negation: "I can't
	// guarantee" is honest, "I guarantee" is not.
	UnlessNegated bool
}

// Rule names, as they appear in findings and in the API.
const (
	RuleGenericApology    = "generic_apology"
	RuleMissingApology    = "missing_apology"
	RuleBlameCustomer     = "blame_customer"
	RuleCalmDown          = "calm_down"
	RuleBlameVendor       = "blame_vendor"
	RuleMinimising        = "minimising"
	RuleOverpromise       = "overpromise"
	RuleVagueTiming       = "vague_timing"
	RuleNoNextStep        = "no_next_step"
	RuleNoNamedPerson     = "no_named_person"
	RulePassiveOwnership  = "passive_ownership"
	RuleShouting          = "shouting"
	RuleJargon            = "jargon"
	RuleCantList          = "cant_list"
	RuleWrongName         = "wrong_name"
	RuleImpersonal        = "impersonal_greeting"
	RuleNameUnused        = "name_unused"
	RuleCanned            = "canned_phrase"
	RuleNoCallBack        = "no_call_back"
	RuleTicketInsteadOfMe = "ticket_speak"
)

// DefaultRules returns the rule table, drawn from what experienced support
// people agree on when answering an upset customer. It returns a fresh
// copy, so a caller may change weights or add phrases before New.
func DefaultRules() []Rule {
	return []Rule{
		{
			Name: RuleGenericApology, Severity: Blocking, Weight: 0.3,
			Why:    "A stock apology tells an upset customer nobody read their mail; \"any inconvenience\" shrinks what happened to them.",
			Better: "Apologise for the specific failure: \"I'm sorry we didn't call you back on Tuesday as we promised.\"",
			Phrases: map[string][]string{
				"en": {"apologi* for any inconvenience", "apologi* for the inconvenience", "sorry for any inconvenience",
					"sorry for the inconvenience", "regret any inconvenience", "regret the inconvenience", "inconvenience this may have caused",
					"inconvenience ... may have caused", "inconvenience caused", "any inconvenience", "sorry you feel", "sorry if you feel",
					"sorry if you were", "sorry for any trouble", "apologi* for any trouble", "sorry that you feel",
					"sorry you're upset", "sorry you are upset", "sorry that you're upset", "sorry if this caused", "sorry if this has caused",
					"sorry for any frustration", "apologi* for any frustration", "regret any", "apologi* for any confusion",
					"sorry for any confusion"},
				"de": {"entschuldig* ... unannehmlichkeiten", "fur eventuelle unannehmlichkeiten", "etwaige unannehmlichkeiten",
					"bitten um entschuldigung fur ... unannehmlichkeiten", "unannehmlichkeiten entschuldigen"},
				"fr": {"gene occasionnee", "desole* pour la gene", "excusons pour la gene", "excuses pour la gene", "desagrement* occasionne*"},
				"es": {"disculp* las molestias", "sentimos las molestias", "molestias ocasionadas", "disculpas por las molestias", "lamentamos las molestias"},
			},
		},
		{
			Name: RuleMissingApology, Severity: Advisory, Weight: 0.1,
			Why:    "An upset customer who gets no apology reads the reply as \"not our problem\".",
			Better: "Say sorry for what went wrong, in your own words, before the technical part.",
		},
		{
			Name: RuleBlameCustomer, Severity: Blocking, Weight: 0.35,
			Why:    "Lecturing or blaming the customer turns a problem into a fight; they stop listening to the fix.",
			Better: "Describe the thing, not the person: \"the update wasn't installed\", not \"you didn't install the update\"; then say what you will do.",
			Phrases: map[string][]string{
				"en": {"you should have", "you should've", "you shouldn't have", "if you had", "if you'd had", "if you'd have", "you failed to",
					"you didn't follow", "you did not follow", "you didn't read", "you did not read", "your fault", "your own fault",
					"as i said", "as i already said", "as i mentioned", "as i already mentioned", "as previously stated", "as previously mentioned",
					"as stated in", "as we told you", "as you were told", "as already explained", "per our policy", "per our terms",
					"according to our policy", "our policy states", "our policy is", "per my last email", "per my previous email",
					"you need to understand", "you must understand", "you have to understand", "user error", "you were supposed to",
					"you ought to have", "you neglected", "you forgot to", "clearly states", "you would have known", "you would not have had",
					"you wouldn't have had", "on your end", "at your end", "on your side", "operator error", "you must have"},
				"de": {"sie hatten ... sollen", "hatten sie", "wie bereits gesagt", "wie bereits erwahnt", "wie schon gesagt",
					"laut unseren richtlinien", "gemass unseren richtlinien", "ihre schuld", "ihr fehler"},
				"fr": {"vous auriez du", "si vous aviez", "comme je l'ai dit", "comme deja indique", "comme deja mentionne",
					"selon notre politique", "conformement a notre politique", "votre faute"},
				"es": {"deberia haber", "si usted hubiera", "si hubiera", "como ya le dije", "como ya le indique", "como ya se le indico",
					"segun nuestra politica", "de acuerdo con nuestra politica", "su culpa"},
			},
		},
		{
			Name: RuleCalmDown, Severity: Blocking, Weight: 0.35,
			Why:    "Telling someone to calm down, or calling their anger \"freaking out\", dismisses the feeling and makes it worse.",
			Better: "Name the feeling and its cause: \"I know losing a morning of orders is infuriating.\"",
			Phrases: map[string][]string{
				"en": {"calm down", "calm yourself", "relax", "take a deep breath", "no need to get upset", "no need to be upset",
					"no need to shout", "don't panic", "do not panic", "freaking out", "freak out", "flipping out", "flip out",
					"bent out of shape", "overreact*", "hysterical", "chill out", "settle down", "getting worked up", "get so worked up",
					"no need to be rude", "lower your tone", "watch your tone", "temper down", "hissy fit", "losing your temper",
					"take it easy", "getting emotional", "so emotional"},
				"de": {"beruhigen sie sich", "regen sie sich nicht auf", "kein grund zur aufregung", "keine panik", "ruhig bleiben"},
				"fr": {"calmez vous", "du calme", "pas de panique", "ne vous enervez pas", "inutile de vous enerver"},
				"es": {"calmese", "calmate", "tranquilicese", "no se altere", "no hay por que alterarse", "no se ponga asi"},
			},
		},
		{
			Name: RuleBlameVendor, Severity: Blocking, Weight: 0.3,
			Why:    "The customer bought from us; blaming a provider or partner sounds like an excuse and that nobody owns the problem.",
			Better: "Own it to the customer (\"our service was down\") and say what you are doing with the supplier to fix it.",
			Phrases: map[string][]string{
				"en": {"not our fault", "wasn't our fault", "was not our fault", "isn't our fault", "is not our fault", "*'s fault",
					"fault of our", "fault of the", "fault lies with", "to blame", "beyond our control", "outside our control",
					"out of our hands", "nothing we could do", "nothing we can do", "caused by our * provider", "caused by our provider",
					"caused by the provider", "caused by our supplier", "caused by the supplier", "caused by a third party",
					"caused by the vendor", "caused by our vendor", "caused by our hosting", "caused by microsoft", "caused by google",
					"caused by amazon", "caused by aws", "our provider's", "the provider's", "the vendor's", "third party's",
					"responsibility of our provider", "responsibility of the provider", "blame our", "blame the", "due to our provider",
					"due to the provider", "due to a third party", "due to the vendor", "due to our vendor", "due to our supplier",
					"our provider had", "our supplier had", "the carrier's"},
				"de": {"nicht unsere schuld", "schuld ist", "schuld des", "schuld unseres", "ausserhalb unserer kontrolle", "liegt nicht bei uns"},
				"fr": {"pas de notre faute", "pas notre faute", "la faute de", "la faute du", "hors de notre controle", "independant de notre volonte"},
				"es": {"no es culpa nuestra", "no es nuestra culpa", "la culpa es de", "culpa del proveedor", "fuera de nuestro control", "ajeno a nosotros"},
			},
		},
		{
			Name: RuleMinimising, Severity: Blocking, Weight: 0.3,
			Why:    "Calling the customer's lost morning \"a small glitch\" says their problem doesn't matter.",
			Better: "Describe the impact as the customer felt it: \"your shop could not take orders for three hours.\"",
			Phrases: map[string][]string{
				"en": {"small glitch", "minor glitch", "little glitch", "just a glitch", "only a glitch", "tiny glitch", "small hiccup",
					"minor hiccup", "little hiccup", "a hiccup", "a blip", "small blip", "minor blip", "minor issue", "small issue",
					"tiny issue", "little issue", "minor problem", "small problem", "tiny problem", "little problem", "no big deal",
					"not a big deal", "not that big a deal", "only a few minutes", "only a few hours", "just a few minutes", "just a few hours",
					"only a minor", "just a minor", "just a small", "only a small", "only briefly", "a bit of downtime",
					"minor inconvenience", "slight inconvenience", "small inconvenience", "nothing serious", "nothing to worry about",
					"minor outage", "brief outage", "short outage", "slight delay", "small delay", "minor delay", "brief interruption",
					"only a handful", "just a handful"},
				"de": {"kleine storung", "kleiner fehler", "kleines problem", "nur kurz", "halb so schlimm", "nicht so schlimm"},
				"fr": {"petit souci", "petit probleme", "petit bug", "leger probleme", "pas bien grave", "rien de grave"},
				"es": {"pequeno problema", "pequeno fallo", "pequena falla", "no es para tanto", "nada grave", "solo un momento"},
			},
		},
		{
			Name: RuleOverpromise, Severity: Blocking, Weight: 0.3, UnlessNegated: true,
			Why:    "A promise nobody can keep is the next broken promise; after one failure the customer will hold you to it.",
			Better: "Promise what you control: \"I'll call you at 3pm with what we found, whether or not it is fixed by then.\"",
			Phrases: map[string][]string{
				"en": {"never happen again", "never happens again", "never again", "won't happen again", "will not happen again",
					"won't ever happen", "will never happen", "guarantee", "guaranteed", "definitely ... minutes", "definitely ... fixed",
					"definitely ... resolved", "definitely be working", "100 percent", "hundred percent", "fixed in no time",
					"promise ... never", "promise ... won't", "absolutely certain it", "rest assured"},
				"de": {"nie wieder", "nie mehr vorkommen", "garantier*", "auf jeden fall in", "wird nicht wieder vorkommen"},
				"fr": {"plus jamais", "ne se reproduira plus", "ne se reproduira jamais", "garanti*", "je vous promets que"},
				"es": {"nunca mas", "no volvera a ocurrir", "no volvera a pasar", "garantiz*", "le prometo que"},
			},
		},
		{
			Name: RuleVagueTiming, Severity: Advisory, Weight: 0.12, UnlessTimed: true,
			Why:    "\"Soon\" means something different to a customer whose business is down; with no time they will chase you.",
			Better: "Give a time you can keep: \"by 3pm today\", \"within the hour\", \"I'll call you at 16:00 either way.\"",
			Phrases: map[string][]string{
				"en": {"asap", "as soon as possible", "as soon as we can", "soon", "shortly", "in due course", "at some point",
					"when we can", "when possible", "eventually", "in the near future", "in a timely manner", "at the earliest opportunity", "in a few days",
					"within a few days", "in a bit", "momentarily",
					"at our earliest convenience", "in the coming days", "sometime", "when we get a chance", "as quickly as possible"},
				"de": {"so schnell wie moglich", "schnellstmoglich", "baldmoglichst", "in kurze", "demnachst", "zeitnah", "bald"},
				"fr": {"des que possible", "au plus vite", "prochainement", "dans les meilleurs delais", "bientot", "rapidement"},
				"es": {"lo antes posible", "en breve", "pronto", "lo mas pronto posible", "a la mayor brevedad", "proximamente"},
			},
		},
		{
			Name: RuleNoNextStep, Severity: Advisory, Weight: 0.15,
			Why:    "A reply with no next step leaves the customer waiting again, not knowing for what or until when.",
			Better: "End with the plan: what happens next, who does it, and when you will be back in touch (\"I'll call you at 2pm with an update\").",
		},
		{
			Name: RuleNoNamedPerson, Severity: Advisory, Weight: 0.08,
			Why:    "An angry customer wants a person who owns their problem, not a team or a ticket queue.",
			Better: "Sign with your name and a direct way to reach you: \"Anna Weber, 0161 496 0123, anna@example.com\".",
		},
		{
			Name: RulePassiveOwnership, Severity: Advisory, Weight: 0.12, UnlessOwned: true,
			Why:    "Passive voice (\"mistakes were made\") hides who made them; it reads as dodging responsibility.",
			Better: "Say who: \"we made a mistake\", \"I didn't pass your message on\".",
			Phrases: map[string][]string{
				"en": {"mistakes were made", "mistakes have been made", "errors were made", "errors have been made", "an error was made",
					"a mistake was made", "it was decided", "was not passed on", "wasn't passed on", "was not communicated",
					"wasn't communicated", "fell through the cracks", "slipped through the cracks", "ball was dropped", "was not actioned",
					"wasn't actioned", "was overlooked", "were overlooked", "was not followed up", "wasn't followed up",
					"an issue was experienced", "issues were experienced", "the call was missed", "was not returned", "wasn't returned"},
				"de": {"fehler wurden gemacht", "es wurde entschieden", "wurde ubersehen", "wurde nicht weitergeleitet"},
				"fr": {"des erreurs ont ete commises", "une erreur a ete commise", "il a ete decide"},
				"es": {"se cometieron errores", "se cometio un error", "se decidio"},
			},
		},
		{
			Name: RuleShouting, Severity: Blocking, Weight: 0.3,
			Why:    "Capitals and \"!!\" read as shouting back at someone who is already upset.",
			Better: "Write in sentence case; let the plan carry the urgency.",
		},
		{
			Name: RuleJargon, Severity: Advisory, Weight: 0.12,
			Why:    "A wall of technical terms makes the customer feel talked down to and hides the answer they need.",
			Better: "Say what it means for them (\"mail to your shop is arriving again\"); keep the technical detail for those who ask.",
		},
		{
			Name: RuleCantList, Severity: Advisory, Weight: 0.12,
			Why:    "A list of what you can't do, with nothing you can, closes every door at once.",
			Better: "Lead with what you can do and when: \"I can move your data to the new server tonight; the old one can't be repaired.\"",
		},
		{
			Name: RuleWrongName, Severity: Blocking, Weight: 0.35,
			Why:    "Getting the customer's name wrong tells them they are a ticket, not a person.",
			Better: "Check the name on their mail and use it correctly.",
		},
		{
			Name: RuleImpersonal, Severity: Advisory, Weight: 0.1,
			Why:    "\"Dear customer\" reads like a form letter to someone who needs a person.",
			Better: "Greet them by name: \"Dear Ms Donovan\", \"Hi Claire\".",
			Phrases: map[string][]string{
				"en": {"dear customer", "dear valued customer", "dear sir or madam", "dear sir/madam", "dear sir", "dear madam",
					"to whom it may concern", "hello customer", "dear client", "dear user", "hi there"},
				"de": {"sehr geehrter kunde", "sehr geehrte kundin", "sehr geehrte damen und herren", "liebe kundin", "lieber kunde"},
				"fr": {"cher client", "chere cliente", "madame monsieur"},
				"es": {"estimado cliente", "estimada cliente", "estimado usuario"},
			},
		},
		{
			Name: RuleNameUnused, Severity: Advisory, Weight: 0.05,
			Why:    "The customer's name is known but the reply never uses it.",
			Better: "Use their name in the greeting.",
		},
		{
			Name: RuleCanned, Severity: Advisory, Weight: 0.08,
			Why:    "Stock phrases thank people for patience they ran out of and make the reply sound automated.",
			Better: "Replace it with one sentence that shows you read their mail.",
			Phrases: map[string][]string{
				"en": {"thank you for your patience", "thanks for your patience", "thank you for your understanding",
					"thanks for your understanding", "we value your business", "your call is important", "your satisfaction is our",
					"we take this very seriously", "we take these matters seriously", "please be patient", "bear with us",
					"we appreciate your patience", "we understand your frustration", "we hear you"},
				"de": {"vielen dank fur ihre geduld", "danke fur ihre geduld", "vielen dank fur ihr verstandnis", "danke fur ihr verstandnis"},
				"fr": {"merci de votre patience", "merci pour votre patience", "merci de votre comprehension", "merci pour votre comprehension"},
				"es": {"gracias por su paciencia", "gracias por su comprension", "agradecemos su paciencia"},
			},
		},
		{
			Name: RuleNoCallBack, Severity: Advisory, Weight: 0.15,
			Why:    "The customer asked for a call; a written reply without one repeats the failure they are angry about.",
			Better: "Call them, and say when: \"I'll call you at 11:30 on 0161 496 0000.\"",
		},
		{
			Name: RuleTicketInsteadOfMe, Severity: Advisory, Weight: 0.08,
			Why:    "Pointing an upset customer at a ticket or a queue says nobody owns their problem.",
			Better: "Say who is working on it: \"I'm handling this myself\".",
			Phrases: map[string][]string{
				"en": {"ticket has been created", "ticket has been raised", "ticket has been logged", "ticket has been escalated",
					"your ticket number is", "reference number is", "in the queue", "in our queue", "has been logged", "has been escalated to",
					"another ticket", "open a new ticket", "raise a ticket", "submit a ticket", "create a ticket", "via the portal",
					"through the portal"},
				"de": {"ticketnummer", "ein ticket erstellt", "in der warteschlange"},
				"fr": {"numero de ticket", "un ticket a ete", "dans la file d'attente"},
				"es": {"numero de ticket", "numero de incidencia", "en la cola"},
			},
		},
	}
}

// Cue is something a good reply does; each one found raises the score.
type Cue struct {
	Name   string
	Weight float64
	// Phrases, by language, as in Rule.
	Phrases map[string][]string
	// UnlessNegated ignores a match right after a negation: "nobody
	// called you" is not a call.
	UnlessNegated bool
}

// Cue names.
const (
	CueOwns          = "owns_failure"
	CueEmpathy       = "acknowledges_feeling"
	CueApology       = "apologises"
	CueCommitment    = "commits"
	CueNextContact   = "next_contact"
	CueConcreteTime  = "concrete_time"
	CueNamedPerson   = "named_person"
	CueDirectContact = "direct_contact"
	CueUsesName      = "uses_name"
	CueCall          = "offers_call"
)

// DefaultCues returns what a good reply to an upset customer does.
func DefaultCues() []Cue {
	return []Cue{
		{Name: CueOwns, Weight: 0.12, Phrases: map[string][]string{
			"en": {"our mistake", "our fault", "our error", "my mistake", "my fault", "my error", "we got this wrong", "we got it wrong",
				"i got this wrong", "we let you down", "i let you down", "we failed", "i failed", "we should have", "i should have",
				"we didn't", "we did not", "i didn't", "i did not", "this is on us", "that's on us", "that is on us", "this is on me",
				"that's on me", "we broke", "we caused", "our change", "our update", "our side", "we made a mistake", "i made a mistake",
				"we dropped the ball", "i dropped the ball", "we missed", "i missed", "we take full responsibility", "i take full responsibility",
				"we are responsible", "we're responsible", "we own this", "we were wrong", "we haven't", "we have not", "we never"},
			"de": {"unser fehler", "mein fehler", "wir haben ... nicht", "ich habe ... nicht", "wir hatten", "unsere schuld", "meine schuld"},
			"fr": {"notre erreur", "notre faute", "mon erreur", "nous aurions du", "nous n'avons pas", "je n'ai pas"},
			"es": {"nuestro error", "nuestra culpa", "mi error", "deberiamos haber", "no le hemos", "no le llamamos", "no hemos"},
		}},
		{Name: CueEmpathy, Weight: 0.06, Phrases: map[string][]string{
			"en": {"i understand how", "i understand why", "i understand that", "i know how", "i know this", "i know that", "i can see why",
				"i can imagine", "you have every right", "you're right to", "you are right to", "you are right", "you're right",
				"must have been", "frustrating", "infuriating", "maddening", "cost you", "costing you", "right to be angry",
				"right to be upset", "understandably", "of course you"},
			"de": {"ich verstehe", "ich kann verstehen", "sie haben recht", "zu recht", "argerlich"},
			"fr": {"je comprends", "vous avez raison", "a juste titre", "frustrant"},
			"es": {"entiendo", "comprendo", "tiene razon", "con razon", "frustrante"},
		}},
		{Name: CueApology, Weight: 0.05, Phrases: map[string][]string{
			"en": {"sorry", "apologi*", "apology"},
			"de": {"entschuldig*", "tut mir leid", "tut uns leid", "tut mir ... leid", "tut uns ... leid", "bedauer*"},
			"fr": {"desole*", "excus*", "pardon"},
			"es": {"lo siento", "lo sentimos", "disculp*", "lamento", "lamentamos", "perdon"},
		}},
		{Name: CueCommitment, Weight: 0.04, Phrases: map[string][]string{
			"en": {"i will", "i'll", "we will", "we'll", "i am going to", "i'm going to", "we are going to", "we're going to",
				"i am now", "i'm now", "i have asked", "i've asked", "i have booked", "i've booked", "i am personally", "i'm personally",
				"i'm handling", "i am handling", "i'm on it", "i have put", "i've put", "i have moved", "i've moved", "we have restored",
				"we've restored", "is working on", "are working on", "will be", "has restored", "have restored", "are restoring", "is restoring"},
			"de": {"ich werde", "wir werden", "ich rufe", "ich melde mich", "wir melden uns", "ich kummere mich"},
			"fr": {"je vais", "nous allons", "je vous rappelle", "je vous appelle", "je m'occupe", "je reviens vers vous"},
			"es": {"voy a", "vamos a", "le llamare", "le llamo", "me encargo"},
		}},
		{Name: CueNextContact, Weight: 0.08, UnlessNegated: true, Phrases: map[string][]string{
			"en": {"call you", "ring you", "phone you", "update you", "next update", "i'll be in touch", "i will be in touch",
				"hear from me", "i'll write", "i will write", "i'll email you", "i will email you", "i'll let you know", "i will let you know",
				"get back to you at", "get back to you by", "check in with you", "i'll confirm", "i will confirm", "i'll send you",
				"i will send you", "my next", "i'll follow up", "i will follow up", "contact you at", "contact you by"},
			"de": {"rufe sie ... an", "melde mich", "melden uns", "informiere sie", "nachstes update"},
			"fr": {"vous rappelle", "vous appelle", "vous appeler", "vous appellerai", "reviens vers vous", "vous tiendrai", "prochain point"},
			"es": {"le llamo", "le llamare", "llamarle", "le escribo", "le informo", "le informare", "proxima actualizacion"},
		}},
		{Name: CueConcreteTime, Weight: 0.12},
		{Name: CueNamedPerson, Weight: 0.06},
		{Name: CueDirectContact, Weight: 0.04, Phrases: map[string][]string{
			"en": {"direct line", "my mobile", "my direct", "my number", "reach me", "call me on", "call me at", "my phone"},
			"de": {"durchwahl", "meine nummer", "erreichen sie mich"},
			"fr": {"ligne directe", "mon numero", "me joindre"},
			"es": {"linea directa", "mi numero", "mi telefono", "contactarme"},
		}},
		{Name: CueUsesName, Weight: 0.04},
		{Name: CueCall, Weight: 0.04, UnlessNegated: true, Phrases: map[string][]string{
			"en": {"call you", "ring you", "phone you", "i called", "i rang", "i phoned", "i tried to call", "i've called", "i have called",
				"called you", "rang you"},
			"de": {"rufe sie ... an", "angerufen", "anrufen"},
			"fr": {"vous appeler", "vous rappelle", "vous appelle", "appele", "vous appellerai"},
			"es": {"le llamo", "le llamare", "llamarle", "le he llamado", "le llame"},
		}},
	}
}
