package classify

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readings read what no phrase of fixed words reaches: a claim spread
// over a clause with other words between its parts, or one that counts
// only in its context. Most are problems told without a phrase for them:
// work stalled since a stated start ("our customers haven't been able to
// place orders since 7am", "las facturas no se generan desde el
// viernes"), work that stopped, a promise broken, a lock-out, contact
// counted or unanswered, a switch to a rival. Others change what a phrase
// means: an obligation makes a time word a deadline, a fix only reported
// does not calm, a cancellation of one part or a count of purchases is no
// threat. A customer names these in their own words, and no lexicon lists
// every verb. The table of word roles is built once; each reading then
// costs most words one filter load.
type readings struct {
	roles table[uint64]
	// opens holds the words scan acts on (verbs of stopping, promises,
	// "ne", "ya", "locked"): any other plain word costs one load.
	opens hashFilter
	to    uint64
	// de, den, unseren: between a verb of switching and the vendor
	// switched ("cambiar de proveedor", "den Anbieter wechseln")
	de, den, unseren uint64
	que              uint64
	no, one, none    uint64
	// nones are the words of "none of" before a noun: "ningún profesor",
	// "aucun agent", "keiner der Kollegen"
	nones [6]uint64
	// whatIfs ask what happens: "happens", "pasa", "passiert" (a filter:
	// a word it lets through in error costs one more look)
	whatIfs hashFilter
	// fixes holds the words thankedFix reads (fixThanks and the rest),
	// behind fixSeen, so that a word none of them costs one load
	fixes   table[uint8]
	fixSeen hashFilter
	forWord uint64
	// ifs open a condition: "if", "si", "wenn" (clause words all)
	ifs [3]uint64
	// kinds holds the sets of words some readings test besides the
	// roles (kindExcuse, kindDisplay, kindEveryone, kindFine)
	kinds table[uint16]
	// marks holds the word sets that weigh a cancellation once it is
	// found (markHypo and the rest)
	marks table[uint8]
	// same holds "same", "gleiche", "même", "misma" and their forms
	// (sameForAll)
	same [12]uint64
	// days holds "today" and "tomorrow" in each language (insteadOf)
	days [8]uint64
}

// The marks: word sets askedChurn reads in the sentence of each
// cancellation, so that a mail of many costs a load per word.
const (
	// markHypo makes a condition some day: "ever", "irgendwann", "jamais"
	markHypo = 1 << iota
	// markDay is the day or moment of "un jour", "algún día", "algún
	// momento"
	markDay
	// markHow asks how: "how", "wie", "comment", "cómo"
	markHow
	// markOrder is an order, a booking or a meeting: what a customer
	// cancels without leaving
	markOrder
	// markContent says the customer is content: "satisfied", "zufrieden"
	markContent
	// markYours is the vendor's own: "yours", "Ihres", "vôtre", "suyo"
	markYours
	// markNot negates the word after it, or the one after an article:
	// "not yours", "pas le vôtre"
	markNot
	// markCount is a small count: "two", "zwei", "deux", "dos"
	markCount
)

const (
	// kindExcuse makes something amiss expected: a thing retired ("the
	// old inbox is empty"), a test account, a wrong charge undone
	// ("storniert"), an amount ("zero euro"), a colleague on leave
	kindExcuse = 1 << iota
	// kindDisplay is a verb of showing in the present: a symptom a
	// screen "shows" is on the screen now
	kindDisplay
	// kindEveryone spreads a thing over all of it: "every guest",
	// "allen Mitarbeitern", "tous les clients", "la mitad"
	kindEveryone
	// kindFine calls what shows right, or right again: "correctly",
	// "das stimmt so", "à nouveau", "looks great"
	kindFine
	// kindPeople names the people a customer serves or employs:
	// "patients", "Kunden", "clients", "huéspedes"
	kindPeople
	// kindStale dates what a screen shows to the past: "yesterday's",
	// "gestern", "d'hier", "de ayer"
	kindStale
	// kindUnit is a unit a value is told in: "dollars", "Uhr", "heures"
	kindUnit
	// kindInstead opens "X instead of Y": "instead", "statt", "lieu", "vez"
	kindInstead
	// kindRecord is a record of the past by nature, which a report
	// rightly shows from yesterday: "sales", "Umsätze", "commandes"
	kindRecord
	// kindPlan asks for or plans a change: "prefer", "please", "bitte",
	// "préférons"
	kindPlan
	// kindOld marks an excuse word that says old: "old", "alte",
	// "anciennes", "antigua"
	kindOld
	// kindStill is a word of "still" the roles lack: "noch", "encore"
	kindStill
	// kindPast is a verb of the past: "went", "was", "war", "était", "fue"
	kindPast
	// kindWhether opens an open choice: "whether", "ob", "si"
	kindWhether
	// kindWeigh is a verb of weighing a decision the roles lack:
	// "wondering", "überlegen", "demandons", "planteando", and "sure"
	// after a negation
	kindWeigh
	// kindLife is a change in the customer's own life or business that
	// ends a contract without anything going wrong: "retirement",
	// "Umzug", "déménageons", "jubilación"
	kindLife
)

const (
	roleSince    = 1 << iota // since, seit, depuis, desde: opens a stated start
	roleNobody               // nobody, niemand, personne, nadie: no one answers
	roleNe                   // ne: French negation, closed by plus, pas, ...
	roleNeClose              // plus, personne, jamais: closes "ne"
	roleGoodNews             // problems, Fehler, souci: negated, they are good news
	roleYears                // years, Jahren: "since years" is loyalty, not a stall
	rolePromise              // promised, zugesagt, promis: what someone said would happen
	roleNever                // never, nobody, nichts, personne: it did not happen
	roleSaid                 // told, gesagt, dit: a promise only when its failure is told apart
	roleAgain                // again, wieder: "never again" is a farewell, not a failure
	roleUnable               // impossible, unable: a negation of being able
	roleStop                 // stopped, dejaron, cessé, aufgehört: a verb of stopping
	roleStopOf               // de, d', zu: between a verb of stopping and what stopped
	roleChoice               // using, usar, utiliser: a stop by choice ("we stopped using")
	rolePerson               // i, we, they, people: a person who stops does so by choice
	roleNicht                // nicht, kein: German negation after its verb
	roleYa                   // ya: opens the Spanish "ya no" (no longer)
	roleHave                 // ai, avons, hace, es: "n'ai plus de", "ya no hace falta" say nothing broke
	roleLocked               // locked, shut, kicked: "locked our whole team out"
	roleOut                  // out: the particle that closes "locked ... out"
	roleAnd                  // and, then: a new clause, where "out" is no longer the particle
	roleGetIn                // log, access, einloggen, connecter: getting in, which a lock-out stops
	roleSwitch               // switch, wechseln, changer, cambiarnos: moving the business elsewhere
	roleShop                 // looking, considering, suchen, chercher, buscar: shopping around
	roleRival                // competitor, Konkurrenz, concurrent, competencia
	roleOther                // another, anderen, autre, otra: before a kind of vendor
	roleVendor               // provider, Anbieter, fournisseur, proveedor: a kind of vendor
	roleFirm                 // company, Firma, société, empresa: a vendor, or an employer
	roleSelf                 // i, ich, je, yo: one person, who may be changing jobs
	roleMust                 // must, need, muss, dois, tengo: an obligation, which a time word makes a deadline
	roleWhen                 // today, tonight, heute, demain, mañana: a point in time soon
	roleWaited               // waited, gewartet, attendu: a promise's failure, told as the wait for it
	roleContact              // called, geschrieben, appelé, llamado: contacting support
	roleTimes                // times, mal, fois, veces: counting how often
	roleOnly                 // only, nur, uniquement, solo: a part, not the whole
	roleBought               // ordered, bestellt, commandé, compramos: a purchase, counted with pleasure
	roleNeed                 // need, brauchen, besoin, necesitamos: what is no longer needed is not missed
	roleSwitched             // moved, umgestiegen, passées: a switch done, churn only when "already"
	roleAlready              // already, schon, bereits, déjà, ya: the switch has begun
	roleMarked               // marked, markiert, marqué, marcado: a status someone set, not a fix seen
	roleAnswer               // answers, meldet, répond, contesta: what nobody did when nobody answers
	roleThanks               // thanks, danke, merci, gracias: contact counted to say thanks is no chasing
	roleNearly               // almost, beinahe, failli, casi: a switch that did not happen
	roleSurvey               // survey, Umfrage, sondage, encuesta: what nobody answered was the customer's own
	roleAble                 // can, kann, peut, puede: what nobody can do is stopped for everyone
	roleNowWord              // now, jetzt, maintenant, ahora: a clause about the present
	roleReplace              // replace, ersetzen, remplacer, sustituir: the vendor itself goes
	roleUrgent               // urgent, dringend, urgente: none of it urgent is calm
	roleMessages             // emails, Anrufe, appels, correos: contact counted by the dates it went out
	roleMine                 // my, our, meine, nos, mis: the customer's own
	roleOffer                // offer, deal, Angebot, offre, oferta: what a rival put on the table
	roleBetter               // better, cheaper, besseres, meilleure, mejor: an offer that beats ours
	roleStay                 // chose, staying, bleiben, rester, quedarnos: the customer stays
	roleKind                 // solution, system, tool, Lösung, outil: a vendor, or a kind of thing
	roleOfKind               // of, for, de, für, para, pour: "solutions de paiement" names a kind
	roleTrial                // trial, sandbox, Testphase, essai, prueba: what ends is a try-out
	roleDown                 // down, offline, panne, caído, ausgefallen, nothing: a whole system down
	roleIsNow                // is, ist, est, está, seems, semble: a state told in the present
	roleNothing              // nothing, nichts, rien, nada: "nothing works" is all of it down
	roleNoLonger             // plus, mehr, anymore: what no longer works
	roleWeekday              // monday, Montag, lundi, lunes: contact listed by the days it went out
	roleStill                // still, toujours, weiterhin, sigue: a problem that goes on
	roleRenew                // verlängern, renew: "wir verlängern ... nicht" is no renewal
	roleAmiss                // empty, falsch, vide, vacío: what shows is wrong, a problem without a negation
)

// stalledWindow bounds how many words before and after the stated start
// are read for the negation: a longer stretch is seldom one claim, and
// the bound keeps a text made of nothing but "since" linear.
const stalledWindow = 16

// maxStalledHits bounds the hits one text adds; more would add nothing
// to the evidence, which keeps the strongest cues only.
const maxStalledHits = 4

// stalledGoodNewsReach is how far after a negation a problem word makes
// it good news: "personne chez nous n'a eu de problème", "nobody here has
// complained".
const stalledGoodNewsReach = 8

// stalledShown is how many words after the negator its reason shows:
// "none of the invoices", "n'impriment plus les".
const stalledShown = 3

// stalledScale is what a stopped piece of work weighs as an outage: as
// much as a named one ("is down"). Its verb could be anything, so a verb
// of choice ("no longer use") drops it (dropChoices).
const stalledScale = 1.0

// newReadings builds the table of word roles the readings act on.
func newReadings(tz *tokenizer) readings {
	groups := []struct {
		bits  uint64
		words []string
	}{
		{roleSince, []string{"since", "seit", "seitdem", "depuis", "desde", "for"}},
		{roleUnable, []string{"impossible", "unable", "unmöglich", "imposible", "incapable", "incapables"}},
		{roleStop, []string{"stopped", "dejó", "dejaron", "dejado", "cessé", "arrêté", "aufgehört"}},
		{roleStopOf, []string{"de", "zu"}},
		{roleNicht, []string{"nicht", "kein", "keine", "keinen"}},
		{roleYa, []string{"ya"}},
		{roleLocked, []string{"locked", "shut", "kicked", "logged", "thrown"}},
		{roleOut, []string{"out"}},
		{roleGetIn, []string{"log", "login", "sign", "signin", "access", "locked", "lockout", "einloggen",
			"anmelden", "zugriff", "zugang", "gesperrt", "ausgesperrt", "connecter", "accéder", "accès",
			"bloqué", "bloquée", "verrouillé", "session", "acceder", "acceso", "entrar", "bloqueado",
			"bloqueada", "sesión", "restricted", "eingeschränkt", "restreint", "restringida", "restringido",
			"suspended", "suspendu", "suspendido", "suspendida", "authentification", "authentication", "2fa",
			"abgemeldet", "ausgeloggt", "logged", "logs", "déconnecte", "desconecta", "déconnecté", "desconectado",
			"ins", "droits", "rights", "code", "código", "sms", "codes", "permisos", "rechte", "passwort",
			"deaktiviert", "désactivé", "désactivée", "desactivado", "desactivada", "disabled", "deactivated",
			"inhabilitado", "inhabilitada", "anmeldung", "connexion", "inicio",
			"password", "contraseña", "kennwort", "d'accéder", "l'accès", "d'accès", "m'authentifier",
			"m'identifier", "s'identifier", "d'entrer", "bloqués", "bloquées", "ausgeschlossen", "atascados",
			"komme", "kommen", "fuera", "rein", "reinkommen", "in", "user", "benutzer", "utilisateur", "usuario",
			"hänge", "coincé", "coincée", "desactivó", "bloqueó",
			"atascado",
			"denied", "verweigert", "refusé", "denegado"}},
		{roleSwitch, []string{"switch", "switching", "move", "moving", "migrate", "migrating", "change",
			"changing", "take", "taking", "changement", "cambio", "wechsel", "wechseln", "wechsle", "wechselt", "umsteigen", "abwandern", "changer", "passer",
			"passons", "partir", "partons", "migrer", "migration", "migración", "umzug", "paso", "passage",
			"changeons", "changerons", "changerions", "migrando", "migrons", "migrieren", "basculer", "basculons", "basculé", "basculerons", "cambiar", "cambiarnos", "cambiarme", "cambiaremos",
			"cambiamos", "cambiemos", "pasarnos", "pasarme", "pasemos", "irnos", "irme", "migrar", "migremos",
			"replace", "replacing", "replaced", "ersetzen", "remplacer", "sustituir", "reemplazar", "passe",
			"passerai", "passerons", "passera", "transfer", "transferring", "transférer", "transférons",
			"transférerons", "transferir", "transferiremos", "pasar", "pasamos", "pasaremos", "choose", "chose",
			"chosen", "opted", "choisir", "choisi", "opté", "elegir", "elegido", "optado", "gewählt", "llevar",
			"llevaremos", "llevamos", "llevo", "transfère", "transfèrent", "beziehen", "einkaufen", "commanderons",
			"achèterons", "compraremos", "confier", "confierai", "confierons", "confions", "pars",
			"partirai", "partirons"}},
		{roleShop, []string{"looking", "look", "considering", "consider", "evaluating", "evaluate", "exploring",
			"talking", "sprechen", "discutons", "hablando",
			"trial", "testing", "testen", "essai", "prueba", "probando",
			"evaluated", "compared", "comparing", "compare", "vergleichen", "comparer", "comparons", "comparar",
			"comparando", "busque", "busquemos", "estudie", "explore", "suchen", "umsehen", "umschauen", "umzusehen", "umzuschauen", "d'étudier", "d'examiner",
			// offers asked of others: "quotes from other payroll providers",
			// "presupuesto a otras dos empresas", "les offres de deux autres prestataires"
			"quotes", "offers", "proposals", "bids", "angebote", "offres", "devis", "propositions", "presupuesto",
			"presupuestos", "ofertas", "propuestas", "quote", "offer", "angebot", "offre", "oferta",
			// and talks with them: "in talks with another provider", "en
			// conversaciones con otro proveedor", "seek an alternative supplier"
			"talks", "conversations", "conversaciones", "gesprächen", "gespräche", "discussions", "discussion",
			"seek", "seeking", "sought",
			"d'évaluer", "évaluer", "prüfen", "chercher", "cherchons", "regarder", "étudier",
			"étudions", "examinons", "buscar", "buscando", "mirando", "evaluando", "evaluar", "valorando"}},
		{roleRival, []string{"competitor", "competitors", "konkurrenz", "wettbewerber", "mitbewerber",
			"concurrent", "concurrents", "concurrence", "competencia", "competidor", "competidores",
			"alternatives", "alternativen", "alternativas", "elsewhere", "ailleurs", "woanders", "anderswo"}},
		{roleOther, []string{"another", "other", "different", "alternative", "alternativo", "alternativa",
			"alternatif", "andere", "anderen", "anderer", "anderes",
			"autre", "autres", "d'autres", "d'autre", "otra", "otro", "otras", "otros"}},
		{roleVendor, []string{"provider", "providers", "vendor", "vendors", "supplier", "suppliers",
			"solution", "solutions", "platform", "anbieter", "dienstleister", "lieferanten", "lösung",
			"plattform", "fournisseur", "fournisseurs", "prestataire", "prestataires", "solution",
			"plateforme", "opérateur", "proveedor", "proveedores", "plataforma", "solución", "operador",
			"compañía", "system", "système", "sistema", "software", "logiciel", "tool", "outil", "herramienta",
			"insurer", "versicherer", "versicherung", "assureur", "aseguradora", "carrier", "courier", "transporteur",
			"transportista", "spediteur", "paketdienst", "bank", "banque", "banco", "lender", "prêteur",
			"kreditgeber", "agency", "agentur", "agence", "agencia", "grossiste", "wholesaler", "großhändler",
			"mayorista", "distributeur", "distributor", "distribuidor", "anbietern", "dienstleistern", "plattformen",
			"versicherern", "banken", "presta", "entidad", "établissement", "institut", "kreditinstitut", "caja"}},
		{roleFirm, []string{"company", "firma", "unternehmen", "société", "entreprise", "empresa", "companies",
			"firms", "firmen", "sociétés", "entreprises", "empresas"}},
		{roleSelf, []string{"i", "i'm", "i'll", "i've", "ich", "je", "yo", "me"}},
		{roleContact, []string{"called", "phoned", "rang", "emailed", "written", "wrote", "messaged", "contacted",
			"chased", "reported", "reporting", "report", "asked", "asking", "signale", "signalé", "signalons",
			"gemeldet", "melde", "frage", "gefragt", "reporto", "reportado", "escribo", "pregunto", "schreibe",
			"écris", "demande", "remonte", "remonté", "geschickt", "gesendet", "sent", "envoyé", "enviado",
			"mandé", "answers", "answered", "answer", "replies", "replied", "reply", "responds",
			"responded", "antwortet", "geantwortet", "répond", "répondu", "contesta", "conteste", "contestado",
			"responde", "respondido", "avisado", "avisé", "avisamos", "meldet", "melden", "reprend", "coge", "recontacte", "rappelle", "angerufen", "geschrieben", "kontaktiert", "nachgefragt", "appelé", "écrit", "contacté",
			"relancé", "llamado", "escrito", "contactado", "llamé", "escribí", "reclamado", "explained", "erklärt",
			"expliqué", "explicado"}},
		{roleTimes, []string{"times", "mal", "fois", "veces", "zweimal", "dreimal", "viermal", "fünfmal",
			"sechsmal", "zehnmal", "mehrmals", "x", "time", "vez", "twice", "message", "mail", "nachricht",
			"mensaje"}},
		{roleOnly, []string{"only", "just", "nur", "lediglich", "uniquement", "seulement", "solo", "sólo",
			"solamente", "únicamente", "single", "einzelne", "einzelnen", "seule", "sola"}},
		{roleBought, []string{"ordered", "bought", "buy", "purchased", "booked", "renewed", "quote", "devis",
			"presupuesto", "bestellt",
			"gekauft", "gebucht", "verlängert", "compramos", "compré", "comprado", "pedimos", "commandé",
			"acheté", "réservé", "commandons", "renouvelé"}},
		{roleNeed, []string{"need", "needed", "needs", "brauche", "brauchen", "braucht", "benötigen",
			"besoin", "necesito", "necesitamos", "necesita", "necesitan", "necesitar", "necesitaremos",
			"necesitaré", "necesitará", "necesitarán", "gebraucht", "benötigt", "sert", "servent"}},
		{roleSwitched, []string{"moved", "switched", "migrated", "umgestiegen", "gewechselt", "passés",
			"passées", "passé", "pasado", "pasaron", "cambiado"}},
		{roleAlready, []string{"already", "schon", "bereits", "déjà", "ya"}},
		{roleMarked, []string{"marked", "markiert", "marqué", "marquée", "marcaron", "marcado", "marcada",
			"closed", "geschlossen", "fermé", "clôturé", "cerrado", "cerraron", "cerrasteis", "cerró", "cerrada",
			"cerráis", "cerrais", "cierran",
			"aparece", "figura", "apparaît", "appears", "shown", "listed", "steht",
			"set", "gesetzt", "flagged"}},
		{roleAnswer, []string{"answers", "answered", "answer", "replies", "replied", "reply", "responds",
			"responded", "antwortet", "geantwortet", "meldet", "melden", "gemeldet", "répond", "répondu", "reprend",
			"rappelle", "rappelé", "recontacte", "contesta", "conteste", "contestado", "responde", "respondido",
			"coge", "back", "zurück", "kümmert", "occupe", "ocupa", "cares"}},
		{roleThanks, []string{"thanks", "thank", "danke", "dank", "bedanken", "merci", "remercier", "gracias",
			"agradecer", "excellent", "great", "perfect", "wonderful", "hervorragend", "toll", "klasse",
			"excelente", "excelentes", "genial", "perfecto", "excellents", "excellente", "excellentes", "génial",
			"parfait", "formidable", "super", "top", "geniales", "géniaux", "helpful", "hilfsbereit", "amable",
			"amables", "sympa", "deserve", "deserves", "verdient", "méritez", "merecéis", "bravo", "recommend",
			"recommended", "empfehlung", "recommande", "recomendación", "helped", "geholfen", "aidé", "aidés",
			"ayudado", "tirés", "sacado"}},
		{roleNearly, []string{"almost", "nearly", "fast", "beinahe", "failli", "presque", "casi"}},
		{roleSurvey, []string{"survey", "surveys", "poll", "questionnaire", "umfrage", "fragebogen",
			"sondage", "encuesta", "cuestionario", "invitation", "einladung", "invitación", "webinar", "webinaire",
			"meeting", "réunion", "reunión", "training", "schulung", "formation", "formación", "party", "fête",
			"fiesta", "feier"}},
		{roleWaited, []string{"waited", "gewartet", "attendu", "esperado", "esperé"}},
		{roleMust, []string{"must", "need", "needs", "have", "has", "got", "muss", "müssen", "brauche", "brauch",
			"brauchen", "dois", "doit", "devons", "devez", "faut", "besoin", "tengo", "tenemos", "tiene",
			"necesito", "necesitamos", "necesita", "debo", "debemos", "hay"}},
		{roleWhen, []string{"today", "tonight", "tomorrow", "afternoon", "evening", "eod", "noon", "midday",
			"mittag", "mediodía", "heute", "morgen",
			"nachmittag", "abend", "aujourd'hui", "demain", "soir", "midi", "hoy", "mañana", "tarde", "noche",
			"ya", "sofort"}},
		{roleAnd, []string{"and", "then", "but", "or", "before", "after", "when", "while", "aber", "sondern",
			"mais", "pero"}},
		{roleHave, []string{"ai", "avons", "a", "as", "avez", "ont", "serai", "serons", "sera", "seront", "n'ai",
			"n'avons", "n'a", "n'as",
			"n'avez", "n'ont", "hace", "es", "hay", "importa", "quiero", "queremos", "tenemos", "tengo", "tendré",
			"tendremos", "tendrá", "haben", "habe", "hat", "hast", "habt", "bin", "bist", "aurai", "aurons", "veux",
			"voulons", "veut", "voulez"}},
		{rolePerson, []string{"i", "we", "you", "he", "she", "they", "people", "everyone", "everybody",
			"someone", "somebody", "who", "i've", "we've", "you've", "they've", "have", "has", "finally",
			"just", "never"}},
		{roleChoice, []string{"use", "using", "used", "need", "needed", "want", "usar", "usamos", "usa", "doing",
			"checking", "gebraucht", "benötigt", "genutzt", "verwendet",
			"asking", "complaining", "chasing", "nachfragen", "beschweren", "demander", "plaindre", "preguntar",
			"quejarse", "quejarnos", "reclamar",
			"utilizar", "utilizamos", "necesitamos", "necesito", "utiliser", "utilisons", "utilise",
			"utilisent", "besoin", "n'utilisons", "n'utilise", "n'utilisent", "n'utilisez", "nutzen", "nutzt",
			"benutzen", "verwenden", "brauchen", "braucht", "brauche", "benötigen", "paying", "pagar", "payer", "smoking",
			"fumar", "fumer", "rauchen", "trust", "vertrauen", "confiance", "confiamos", "sert", "servent", "usage",
			"l'usage"}},
		{roleNobody, []string{"nobody", "noone", "niemand", "personne", "nadie"}},
		{roleYears, []string{"years", "decades", "ages", "jahren", "jahrzehnten", "langem", "années", "ans", "lustres",
			"años", "décadas"}},
		{roleNe, []string{"ne"}},
		{rolePromise, []string{"promised", "promise", "assured", "zugesagt", "versprochen", "zugesichert",
			"promis", "assuré", "prometieron", "prometido", "prometió", "aseguraron"}},
		{rolePromise | roleSaid, []string{"told", "gesagt", "hieß", "heißt", "dit", "dijeron", "dicen", "dijo"}},
		{roleSaid, []string{"saying", "says", "dice", "stating", "claiming", "claims", "sagte", "behauptet", "wonach",
			"disant", "indiquant", "affirmant", "diciendo", "indicando", "informando", "afirmando",
			"angeblich", "supposedly", "allegedly", "supuestamente", "prétendument"}},
		{roleAgain, []string{"again", "wieder", "nochmal", "jamais", "nunca"}},
		{roleNowWord, []string{"now", "jetzt", "nun", "maintenant", "ahora"}},
		{roleMessages, []string{"emails", "mails", "messages", "calls", "tickets", "anrufe", "nachrichten",
			"appels", "correos", "mensajes", "llamadas", "letters", "briefe", "schreiben", "courriers", "lettres",
			"escritos", "cartas"}},
		{roleMine, []string{"my", "our", "meine", "meinen", "unsere", "unseren", "unserer", "unserem", "mes", "nos",
			"mis", "nuestros", "nuestras"}},
		{roleOffer, []string{"offer", "deal", "price", "quote", "angebot", "preis", "offre", "prix", "devis",
			"oferta", "precio", "presupuesto", "rate", "rates", "pricing", "konditionen", "tarif", "tarifs",
			"tarifa", "tarifas", "condiciones"}},
		{roleBetter, []string{"better", "cheaper", "lower", "besseres", "besseren", "günstigeres", "günstigeren",
			"meilleure", "meilleur", "mejor", "barato", "mejores", "bessere", "besser", "günstiger", "günstigere",
			"attraktiver", "attraktiveres", "attraktivere", "attractive", "competitive", "avantageuse", "avantageux",
			"avantageuses", "intéressante", "intéressant", "meilleures", "meilleurs", "ventajosa", "ventajoso",
			"ventajosas", "interesante", "barata", "económica"}},
		{roleKind, []string{"solution", "solutions", "system", "systems", "tool", "tools", "software", "lösung",
			"lösungen", "système", "systèmes", "outil", "outils", "logiciel", "solución", "soluciones", "sistema",
			"herramienta", "herramientas"}},
		{roleOfKind, []string{"of", "for", "de", "für", "zur", "zum", "para", "pour", "d'"}},
		{roleDown, []string{"down", "offline", "hors", "panne", "caído", "caída", "caídos", "caídas", "ausgefallen",
			"standstill", "stillstand"}},
		{roleNothing, []string{"nothing", "nichts", "rien", "nada"}},
		{roleNoLonger, []string{"plus", "mehr", "anymore", "longer"}},
		{roleRenew, []string{"verlängern", "verlängert", "renew", "extend", "continue", "weitermachen", "fortsetzen", "fortzusetzen", "weiterzuführen", "fortzuführen",
			"fortführen", "renouveler", "renouvelons", "reconduire", "prolonger", "continuer", "continuons",
			"renovar", "renovamos", "renovaremos", "continuar", "continuamos", "seguir", "seguimos"}},
		{roleAmiss, []string{"empty", "blank", "zero", "wrong", "incorrect", "missing", "duplicated", "doubled",
			"garbled", "corrupted", "corrupt", "leer", "leere", "leeren", "null", "falsch",
			"falsche", "falschen", "falscher", "falsches", "fehlen", "fehlt", "fehlerhaft", "fehlerhafte",
			"doppelt", "verdoppelt", "vide", "vides", "vierge", "vierges", "zéro",
			"faux", "fausse", "fausses", "erroné", "erronée", "erronés", "erronées", "manquant", "manquants",
			"manque", "manquent", "doublé", "doublés", "doublées", "vacío", "vacía", "vacíos", "vacías", "cero",
			"erróneo", "errónea", "erróneos", "erróneas", "incorrecto", "incorrecta", "incorrectos",
			"incorrectas", "falta", "faltan", "duplicado", "duplicados", "duplicada", "duplicadas", "mauvais",
			"mauvaise", "mauvaises", "equivocado", "equivocada", "equivocados", "equivocadas", "outdated",
			"veraltet", "veraltete", "veralteten", "obsolètes", "double", "doppelte", "doppelten", "doble",
			"dobles", "undefined", "nan"}},
		{roleStill, []string{"still", "toujours", "weiterhin", "sigue", "siguen", "todavía"}},
		{roleWeekday, []string{"monday", "tuesday", "wednesday", "thursday", "friday", "montag", "dienstag",
			"mittwoch", "donnerstag", "freitag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "lunes",
			"martes", "miércoles", "jueves", "viernes"}},
		{roleIsNow, []string{"is", "are", "seems", "appears", "ist", "sind", "scheint", "scheinen", "est", "sont",
			"semble", "semblent", "está", "están", "parece", "parecen"}},
		{roleTrial, []string{"trial", "sandbox", "pilot", "demo", "testphase", "testkonto", "probezeit", "essai",
			"pilote", "prueba", "piloto", "test", "staging", "testumgebung", "pruebas", "testbenutzer", "testnutzer",
			"testuser", "testzugang", "testaccount"}},
		{roleStay, []string{"chose", "chosen", "stay", "staying", "stayed", "bleiben", "geblieben", "rester",
			"restons", "resté", "restés", "quedarnos", "quedamos", "elegimos"}},
		{roleUrgent, []string{"urgent", "dringend", "urgente", "eilig", "pressing", "pressé", "pressée"}},
		{roleReplace, []string{"replace", "replacing", "replaced", "ersetzen", "remplacer", "sustituir",
			"reemplazar"}},
		{roleAble, []string{"can", "could", "able", "kann", "können", "konnte", "konnten", "peut", "peuvent",
			"pouvons", "pouvait", "puede", "pueden", "podemos", "pudo", "consigue", "consiguen"}},
		{roleNever, []string{"never", "nobody", "noone", "nothing", "nie", "niemals", "niemand", "nichts",
			"jamais", "personne", "rien", "nadie", "nunca", "nada"}},
		{roleNeClose, []string{"plus", "personne", "jamais", "rien", "pas", "aucun", "aucune"}},
		{roleGoodNews, []string{"problem", "problems", "issue", "issues", "error", "errors", "complaint",
			"complaints", "trouble", "troubles", "incident", "incidents", "wrong", "glitch", "glitches",
			"hiccup", "hiccups", "probleme", "problemen", "fehler", "störung", "störungen", "beschwerden",
			"ausfall", "ausfälle", "problème", "problèmes", "souci", "soucis", "erreur", "erreurs", "panne",
			"pannes", "problema", "problemas", "errores", "fallo", "fallos", "incidencia", "incidencias", "d'erreur", "l'erreur",
			"queja", "quejas", "worries", "worry", "rush", "complained", "complaining", "objections",
			"objection", "beschwert", "beklagt", "plaint", "plainte", "plaintes", "quejado", "reclamado",
			"eile", "stress", "prisa", "locked", "blocked", "ausgesperrt", "gesperrt", "bloqué", "bloquée", "bloqués",
			"bloqueado", "bloqueada", "bloqueados", "suspended", "suspendu", "suspendido", "l'erreur", "d'erreur",
			"l'incident", "d'incident", "l'anomalie", "d'anomalie", "beschwerde", "réclamation", "réclamations",
			"reclamación", "reclamaciones", "downtime", "outage", "outages", "crash", "crashes", "bug", "bugs",
			"caída", "caídas", "cortes", "corte", "ausfallzeit", "ausfallzeiten", "abstürze", "coupure", "coupures",
			"blocage", "blocages", "bloqueo", "bloqueos",
			"aussetzer", "abbrüche", "unterbrechungen", "dropouts", "interruptions", "interrupciones", "microcortes",
			"déconnexions", "desconexiones", "disconnections"}},
	}
	n := 0
	for _, g := range groups {
		n += len(g.words)
	}
	// the table is sized to the words, so a longer list can never fill it
	s := readings{roles: newTable[uint64](n), kinds: newTable[uint16](1024), marks: newTable[uint8](128), to: wordHash(tz, "to"), de: wordHash(tz, "de"),
		den: wordHash(tz, "den"), unseren: wordHash(tz, "unseren"), que: wordHash(tz, "que"),
		no: wordHash(tz, "no"), one: wordHash(tz, "one"), none: wordHash(tz, "none"), forWord: wordHash(tz, "for"),
		ifs: [3]uint64{wordHash(tz, "if"), wordHash(tz, "si"), wordHash(tz, "wenn")}}
	s.opens.add(s.none)
	for _, w := range whatIfWords {
		s.whatIfs.add(wordHash(tz, w))
		s.opens.add(wordHash(tz, w))
	}
	for k, w := range []string{"ningún", "ninguna", "ninguno", "aucun", "aucune", "keiner"} {
		s.nones[k] = wordHash(tz, w)
		s.opens.add(s.nones[k])
	}
	for _, w := range []string{"old", "legacy", "former", "alte", "alten", "alter", "altes", "ehemalige",
		"ancien", "ancienne", "anciens", "anciennes", "antiguo", "antigua", "antiguos", "antiguas",
		"cancelled", "canceled", "refunded", "reversed", "storniert", "erstattet", "zurückgebucht",
		"annulé", "annulée", "annulés", "remboursé", "remboursée", "anulado", "anulada", "reembolsado",
		"devuelto", "corrected", "korrigiert", "corrigé", "corrigée", "corregido", "corregida",
		"euro", "euros", "eur", "dollar", "dollars", "usd", "cent", "cents", "pounds", "franken", "chf",
		"testkonten", "testkonto", "testing", "tests", "mistake", "accidentally", "versehentlich", "colleague", "kollege", "kollegin", "collègue",
		"compañero", "compañera", "vacation", "holiday", "leave", "urlaub", "congé", "congés", "vacaciones"} {
		s.addKind(tz, w, kindExcuse)
	}
	for _, w := range []string{"show", "shows", "showing", "display", "displays", "displaying", "returns", "reads", "print", "prints",
		"says", "zeigt", "zeigen", "liest", "lesen", "druckt", "drucken", "gibt", "affiche", "affichent",
		"renvoie", "renvoient", "indique", "indiquent", "imprime", "impriment", "lit", "lisent", "muestra",
		"muestran", "devuelve", "devuelven", "imprimen", "lee", "leen", "dice", "pone", "ponen", "s'affiche",
		"s'affichent", "appear", "appears", "erscheint", "erscheinen", "aparece", "aparecen"} {
		s.addKind(tz, w, kindDisplay)
		s.opens.add(wordHash(tz, w))
	}
	for _, w := range []string{"every", "each", "all", "everyone", "everybody", "half", "jede", "jeden", "jedem",
		"jeder", "jedes", "alle", "allen", "aller", "hälfte", "tous", "toutes", "tout", "chaque", "moitié", "monde",
		"todos", "todas", "cada", "toda", "mitad", "everything", "alles", "todo"} {
		s.addKind(tz, w, kindEveryone)
		s.opens.add(wordHash(tz, w))
	}
	for _, w := range []string{"correct", "correctly", "right", "fine", "operational", "again", "richtig",
		"korrekt", "stimmt", "wieder", "richtige", "richtigen", "bon", "bonne", "correcte", "correctement", "nouveau", "correcto", "correcta",
		"correctamente", "vuelve", "great", "nice", "beautiful", "joli", "jolie", "schön", "bonito", "bonita",
		"genial", "super", "perfect", "perfekt", "parfait", "perfecto", "love", "handy", "useful", "awesome",
		"excellent", "toll", "klasse", "praktisch", "pratique", "útil", "práctico", "estupendo", "excelente",
		"nicely", "clearly", "übersichtlich", "clairement", "claramente", "loved", "enjoyed", "liked", "adoré",
		"encantó", "encantaron", "parfaitement", "perfectly", "perfectamente", "einwandfrei", "impeccable"} {
		s.addKind(tz, w, kindFine)
	}
	for _, w := range []string{"customer", "client", "patient", "guest", "user", "member", "kunde", "kunden",
		"cliente", "paciente", "customers", "clients", "patients", "guests", "users", "members", "students",
		"employees", "staff", "drivers", "subscribers", "buyers", "visitors", "tenants", "kunden", "kundinnen",
		"patienten", "gäste", "gästen", "nutzer", "nutzern", "mitarbeiter", "mitarbeitern", "mitglieder",
		"mitgliedern", "abonnenten", "fahrer", "fahrern", "mieter", "mietern", "invités", "utilisateurs",
		"salariés", "employés", "adhérents", "abonnés", "élèves", "chauffeurs", "livreurs", "locataires",
		"clientes", "pacientes", "huéspedes", "usuarios", "empleados", "socios", "alumnos", "suscriptores",
		"conductores", "repartidores", "inquilinos", "mandanten", "klienten", "people", "leute", "personen",
		"personnes", "personas"} {
		s.addKind(tz, w, kindPeople)
		s.opens.add(wordHash(tz, w))
	}
	for _, w := range []string{"yesterday", "yesterday's", "gestern", "vortag", "vortages", "vorwoche", "vormonat",
		"hier", "d'hier", "ayer"} {
		s.addKind(tz, w, kindStale)
	}
	for _, w := range []string{"dollars", "dollar", "euros", "euro", "eur", "usd", "pounds", "gbp", "francs",
		"franken", "dólares", "pesos", "uhr", "heures", "heure", "horas", "hora", "am", "pm", "nachts", "morgens",
		"abends", "matin", "soir", "madrugada", "mañana", "tarde", "noche", "morning", "evening", "night", "d'euros",
		"d'heures", "d'heure"} {
		s.addKind(tz, w, kindUnit)
	}
	for _, w := range []string{"sales", "orders", "numbers", "figures", "revenue", "bookings", "transactions",
		"entries", "logs", "umsätze", "umsatz", "bestellungen", "zahlen", "buchungen", "einträge", "ventes",
		"commandes", "chiffres", "réservations", "transactions", "ventas", "pedidos", "cifras", "reservas",
		"transacciones", "news", "nachrichten", "nouvelles", "noticias"} {
		s.addKind(tz, w, kindRecord)
	}
	for _, w := range []string{"prefer", "please", "could", "can", "would", "bitte", "lieber", "möchten", "können",
		"könnten", "préférons", "préférerions", "pourriez", "pouvez", "merci", "preferimos", "preferiríamos",
		"podéis", "pueden", "podrían", "favor"} {
		s.addKind(tz, w, kindPlan)
	}
	for _, w := range []string{"old", "alte", "alten", "alter", "altes", "ancien", "ancienne", "anciens",
		"anciennes", "antiguo", "antigua", "antiguos", "antiguas", "viejo", "vieja"} {
		s.addKind(tz, w, kindOld|kindExcuse)
	}
	for _, w := range []string{"noch", "encore"} {
		s.addKind(tz, w, kindStill)
	}
	for _, w := range []string{"went", "was", "were", "came", "sent", "war", "waren", "wurde", "wurden", "ging",
		"gingen", "kam", "kamen", "était", "étaient", "fut", "fue", "fueron",
		"era", "eran", "salió", "salieron", "llegó", "llegaron"} {
		s.addKind(tz, w, kindPast)
	}
	for _, w := range []string{"english", "englisch", "anglais", "inglés", "german", "deutsch", "allemand",
		"alemán", "french", "französisch", "français", "francés", "spanish", "spanisch", "espagnol", "español",
		"japanese", "japanisch", "japonais", "japonés", "italian", "italienisch", "italien", "italiano",
		"catalan", "catalán", "katalanisch", "portuguese", "portugiesisch", "portugais", "portugués", "dutch",
		"niederländisch", "néerlandais", "neerlandés", "chinese", "chinesisch", "chinois", "chino", "pfund",
		"livres", "libras", "gbp"} {
		s.addKind(tz, w, kindUnit)
	}
	for _, g := range []struct {
		bits  uint8
		words []string
	}{
		{markHypo, []string{"ever", "someday", "irgendwann", "jamais"}},
		{markDay, []string{"jour", "día", "momento"}},
		{markHow, []string{"how", "wie", "comment", "cómo", "como"}},
		{markOrder, []string{"order", "orders", "bestellung", "bestellungen", "commande", "commandes", "pedido",
			"pedidos", "booking", "buchung", "réservation", "reserva", "meeting", "termin", "réunion", "reunión",
			"appointment", "cita", "pos", "position", "positionen", "artikel", "item", "items", "posición", "partida",
			"referencias", "referencia", "références", "artículos", "articles", "produits", "productos"}},
		{markContent, []string{"satisfied", "happy", "satisfaits", "satisfaites", "heureux",
			"zufrieden", "glücklich", "satisfechos", "satisfechas", "contentos", "contentas", "contento", "contenta",
			"satisfecho", "satisfecha", "satisfait", "satisfaite", "contente", "contents"}},
		{markYours, []string{"yours", "ihres", "ihren", "ihre", "vôtre", "suyo", "suya", "vuestro", "vuestra"}},
		{markNot, []string{"not", "nicht", "pas", "no"}},
		{markCount, []string{"one", "two", "three", "four", "five", "ein", "einen", "zwei", "drei", "vier", "fünf",
			"un", "une", "deux", "trois", "quatre", "cinq", "uno", "una", "dos", "tres", "cuatro", "cinco"}},
	} {
		for _, w := range g.words {
			h := wordHash(tz, w)
			old, _ := s.marks.get(h)
			s.marks.put(h, old|g.bits)
		}
	}
	for k, w := range []string{"same", "gleiche", "gleichen", "selbe", "selben", "même", "mêmes", "misma", "mismo",
		"mismas", "mismos", "identical"} {
		s.same[k] = wordHash(tz, w)
	}
	for _, w := range []string{"whether", "if", "ob", "si"} {
		s.addKind(tz, w, kindWhether)
		s.opens.add(wordHash(tz, w))
	}
	for _, w := range []string{"wondering", "deciding", "decide", "discussing", "debating", "reconsidering",
		"questioning", "unsure", "sure", "überlegen", "überlegt", "überdenken", "fragen", "entscheiden",
		"entscheidet", "diskutieren", "abwägen", "sicher", "demandons", "demande", "réfléchissons", "réfléchit",
		"hésitons", "interrogeons", "décider", "décidera", "sûrs", "sûr", "planteando", "plantea", "pensando",
		"preguntamos", "preguntando", "decidir", "decidiremos", "dudando", "dudamos", "replanteando",
		"seguros", "seguro", "agenda", "tagesordnung", "decision", "entscheidung", "décision", "decisión",
		"question", "frage", "sign", "signer", "unterschreiben", "firmar", "accept", "accepter", "annehmen",
		"aceptar"} {
		s.addKind(tz, w, kindWeigh)
	}
	for _, w := range []string{"retire", "retiring", "retired", "retirement", "relocating", "downsizing", "deceased",
		"retraite", "déménage", "déménageons", "déménagement", "déménager", "cessation", "décès", "ruhestand",
		"rente", "geschäftsaufgabe", "verstorben", "jubilo", "jubilación", "jubilarme", "jubilamos", "mudo", "mudamos",
		"mudanza", "mudarnos", "fallecimiento", "falleció", "auflöst", "aufgelöst", "auflösen", "dissolved",
		"dissous", "dissoute", "disuelve", "disolvemos", "sold", "verkauft", "vendu", "vendue", "vendido",
		"vendida", "erasmus", "graduating", "graduates", "graduation", "graduación", "carrera", "études", "degree", "bachillerato", "máster", "fusion", "merger",
		"fusión", "zusammenlegung", "consolidating", "merging", "jubilan",
		"jubila",
		"abitur", "baccalauréat",
		"studium", "estudios", "vends", "vendons", "vendemos", "verkaufen", "selling", "altersgründen",
		"altersgründe", "étudier", "estudiar", "studieren", "centraliser", "centralisons", "zentralisieren",
		"centralizar", "centralizamos", "forschungsprojekt", "projektende", "m'installer", "emménage",
		"emménageons", "unificar", "unifica", "unifier", "vereinheitlichen", "vereinheitlicht", "matriz",
		"konzernmutter", "mutterkonzern", "subsidiaries", "filiales", "tochtergesellschaften", "etudes", "etudier"} {
		// (not "Umzug", "fermeture" or "traslado", which move an account
		// to another system as well as a shop to another street)
		s.addKind(tz, w, kindLife)
	}
	for k, w := range []string{"today", "tomorrow", "heute", "morgen", "aujourd'hui", "d'aujourd'hui", "demain",
		"hoy"} {
		// days a value is told in, on a screen: "affiche les rendez-vous
		// de demain à la place de ceux d'aujourd'hui" (insteadOf)
		s.days[k] = wordHash(tz, w)
		s.addKind(tz, w, kindUnit)
	}
	for _, w := range []string{"annual", "monthly", "yearly", "weekly", "jährlich", "monatlich", "annuel", "mensuel",
		"anual", "mensual", "jahresbeitrag", "monatsbeitrag", "jahresbeitrags", "monatsbeitrags"} {
		// periods a value is told in: "the annual fee instead of the
		// monthly one"
		s.addKind(tz, w, kindUnit)
	}
	for _, w := range []string{"instead", "statt", "anstatt", "lieu", "vez", "lugar", "place"} {
		s.addKind(tz, w, kindInstead)
		s.opens.add(wordHash(tz, w))
	}
	s.fixes = newTable[uint8](256)
	for _, f := range []struct {
		bit   uint8
		words []string
	}{{fixThanks, thanksWords}, {fixDone, fixWords}, {fixKept, keptWords}, {fixWish, wishWords},
		{fixNow, fixNowWords}} {
		for _, w := range f.words {
			h := wordHash(tz, w)
			b, _ := s.fixes.get(h)
			s.fixes.put(h, b|f.bit)
			s.fixSeen.add(h)
			if f.bit&(fixThanks|fixDone|fixNow) != 0 {
				// thanks and fixes are rare: scan notes them
				s.opens.add(h)
			}
		}
	}
	for _, g := range groups {
		for _, w := range g.words {
			h := wordHash(tz, w)
			r, _ := s.roles.get(h)
			s.roles.put(h, r|g.bits)
			if g.bits&(roleStop|rolePromise|roleNe|roleYa|roleLocked|roleRival|roleVendor|roleFirm|
				roleNeed|roleNobody|roleOnly|roleThanks|roleSurvey|roleBought|roleMessages|roleTrial|
				roleWeekday|roleRenew) != 0 {
				s.opens.add(h)
			}
		}
	}
	return s
}

func (s *readings) addKind(tz *tokenizer, w string, k uint16) {
	h := wordHash(tz, w)
	old, _ := s.kinds.get(h)
	s.kinds.put(h, old|k)
}

// kind and role read what the scanner looked up once per token
// (tokenizer.addReadings): the readings ask for them again and again.
func (s *readings) kind(t *token) uint16 { return t.kind }

func (s *readings) mark(t *token) uint8 { return t.mark }

func (s *readings) role(t *token) uint64 { return t.role }

// stalledWork adds the stalled work in toks to hits, keeping hits in text order.
func (s *readings) stalledWork(text string, toks []token, hits []hit) []hit {
	added, lastEnd := 0, -1
	for i := 0; i < len(hits) && added < maxStalledHits; i++ {
		h := hits[i]
		if h.signal != sigNow && h.signal != sigWaiting || h.drop || h.scale == 0 || int(h.start) < lastEnd {
			continue
		}
		k := firstToken(toks, h.start)
		if k == len(toks) || toks[k].start != h.start || s.role(&toks[k])&roleSince == 0 || s.long(text, toks, k) {
			continue
		}
		lo, hi := sentenceTokens(text, toks, k)
		lastEnd = int(toks[hi-1].end)
		named := problemWithin(hits, toks[lo].start, toks[hi-1].end, h.start, false)
		if named && problemWithin(hits, toks[lo].start, toks[hi-1].end, h.start, true) {
			continue
		}
		neg, sig, amiss := s.negation(text, toks, lo, hi, h)
		if amiss && s.amissExcused(text, toks, hits, lo, hi, neg) {
			continue
		}
		if neg < 0 || named && !amiss {
			// a complaint named in words ("falschen Steuersatz") that is
			// amiss since a start is live; one beside a negation is read
			// by its phrase
			continue
		}
		if inResolved(hits, toks[lo].start, toks[neg].start) {
			// "ist seit dem Update nicht mehr aufgetreten": the negation
			// belongs to a fix
			continue
		}
		// the reason shows the negation and what it negates ("haven't
		// been able", "n'impriment plus", "no se generan"); the stated
		// start stays a reason of its own, and a deadline or plea in
		// between keeps counting
		start, end := toks[neg].start, toks[neg].end
		for j := neg + 1; j < min(hi, neg+stalledShown+1) && toks[j].flags&tokBreak == 0; j++ {
			if toks[j].start >= h.start && toks[j].start < h.end {
				break
			}
			end = toks[j].end
		}
		n := len(hits)
		hits = insertHit(hits, hit{signal: sig, scale: stalledScale, start: start, end: end, prev: -1, general: true})
		if len(hits) > n {
			added++
			if start < h.start {
				i++ // the stated start moved one place on
			}
		}
	}
	return hits
}

// negation returns the negator of toks[lo:hi] outside the stated start
// h, and the signal it makes: a waiting for an answer when nobody acts,
// an outage otherwise. It returns -1 when there is none, or when what is
// negated is a problem. Without a negation, a word of something amiss
// in the clause of the start stands for it, and amiss says so.
func (s *readings) negation(text string, toks []token, lo, hi int, h hit) (int, int, bool) {
	neg, sig, ne, amiss, lastNeg := -1, sigOutage, -1, -1, -1
	for j := lo; j < hi; j++ {
		t := &toks[j]
		if t.start >= h.start && t.end <= h.end {
			continue
		}
		r := s.role(t)
		if r&roleGoodNews != 0 && (neg >= 0 && j-neg <= stalledGoodNewsReach || amiss >= 0 && j-amiss <= amissGoodNewsReach) {
			// "since Monday without any errors" is good news too
			return -1, 0, false
		}
		if t.flags&tokBreak != 0 {
			lastNeg = -1
		}
		if r&roleAmiss != 0 && !compoundHead(text, t) || amiss < 0 && s.sameForAll(toks, lo, hi, j) {
			if lastNeg >= 0 && j-lastNeg <= amissNegReach {
				// "nothing is missing", "nicht mehr leer": the opposite
				return -1, 0, false
			}
			if amiss < 0 && s.sameClause(toks, j, h) {
				// "seit gestern alle Rechnungen mit falschem Steuersatz":
				// what shows is wrong, in the clause of its start ("were
				// blank last month, but since the update they are fine"
				// is not)
				amiss = j
			}
		}
		if t.flags&(tokNegator|tokRuleNegator) != 0 || r&(roleNoLonger|roleNe) != 0 || hasElidedNe(text, t) {
			lastNeg = j
		}
		isNeg := t.flags&(tokNegator|tokRuleNegator) != 0 || r&(roleNobody|roleUnable) != 0
		if isNeg && j > 0 && j+1 < len(toks) && s.role(&toks[j-1])&roleYa != 0 && s.role(&toks[j+1])&roleHave != 0 {
			// "ya no tenemos colas": what the customer no longer has
			// is no stall (noLonger reads the same)
			isNeg = false
		}
		if isNeg && j+1 < len(toks) && equalFoldAny(text[toks[j+1].start:toks[j+1].end], "paramos", "dejamos",
			"paran", "dejan", "stop") && j+2 < len(toks) && s.role(&toks[j+2])&roleStopOf != 0 {
			// "no paramos de arreglar pinchazos": not stopping is going on
			isNeg = false
		}
		if isLack(text[t.start:t.end]) {
			// "we are without internet" is stalled; "we work without
			// paper" tells how
			isNeg = s.beingWithout(text, toks, j)
		}
		if !isNeg && (r&roleNe != 0 || hasElidedNe(text, t)) {
			ne = j
			continue
		}
		at := j
		if !isNeg && r&roleNeClose != 0 && ne >= 0 {
			// "n'impriment plus": the negation opens at "ne"
			isNeg, at = true, ne
		}
		if isNeg && neg < 0 {
			neg = at
			if r&roleNobody != 0 {
				sig = sigWaiting
			}
		}
	}
	if neg < 0 {
		return amiss, sigOutage, amiss >= 0
	}
	return neg, sig, false
}

// sameForAll reports "the same" at toks[j] in a sentence toks[lo:hi]
// that spreads over all of something: since a stated start, "sends every
// employee's salary to the same bank account", "asigna la misma
// habitación a todos los huéspedes" is something amiss for everyone.
func (s *readings) sameForAll(toks []token, lo, hi, j int) bool {
	if !slices.Contains(s.same[:], toks[j].hash) || s.approved(toks, lo, hi) {
		// ("the same opening hours again, thanks!")
		return false
	}
	for k := lo; k < hi; k++ {
		if s.kind(&toks[k])&kindEveryone != 0 {
			return true
		}
	}
	return false
}

// amissGoodNewsReach is how far after a word of something amiss a problem
// word makes it good news: "without any problems", "sin incidencias".
// amissNegReach is how far before it a negation in the same clause says
// the opposite: "nothing is missing", "nicht mehr leer".
const amissGoodNewsReach, amissNegReach = 3, 2

// amissExcused reports what makes the thing amiss at toks[at], in the
// sentence toks[lo:hi], expected or over: a calm or resolved phrase in
// that sentence or the next ("as expected", "c'est prévu"), an excuse
// word in the sentence, or an amount after a zero ("zéro euro").
func (s *readings) amissExcused(text string, toks []token, hits []hit, lo, hi, at int) bool {
	for j := lo; j < hi; j++ {
		if s.kind(&toks[j])&kindExcuse != 0 || s.role(&toks[j])&roleTrial != 0 {
			return true
		}
	}
	if at+1 < len(toks) && s.kind(&toks[at+1])&kindExcuse != 0 {
		return true
	}
	next := throughNext(text, toks, hi)
	for j := at + 1; j < next; j++ {
		if s.fineAt(toks, at+1, j) {
			// a correction supplied: "the wrong number, the right one
			// is 44821", "le bon est", "el correcto es"
			return true
		}
	}
	return calmBetween(hits, toks[lo].start, toks[next-1].end)
}

// throughNext returns the end, in tokens, of the sentence after the one
// that ends before toks[hi]: calm words there still speak of this one
// ("... is empty. That's expected.").
func throughNext(text string, toks []token, hi int) int {
	if hi < len(toks) {
		_, next := sentenceTokens(text, toks, hi)
		return next
	}
	return hi
}

// calmBetween reports a kept calm or resolved hit that starts in
// [start, end).
func calmBetween(hits []hit, start, end int32) bool {
	from := sort.Search(len(hits), func(k int) bool { return hits[k].start >= start })
	for k := from; k < len(hits) && hits[k].start < end; k++ {
		switch hits[k].signal {
		case sigCalm, sigResolved:
			if !hits[k].drop && hits[k].scale > 0 {
				return true
			}
		}
	}
	return false
}

// sameClause reports whether no clause break or conjunction stands
// between toks[j] and the stated start h.
func (s *readings) sameClause(toks []token, j int, h hit) bool {
	for k := j + 1; k < len(toks) && toks[k].start < h.start; k++ {
		if toks[k].flags&tokBreak != 0 || s.role(&toks[k])&roleAnd != 0 {
			return false
		}
	}
	for k := j; k > 0 && toks[k].start > h.start; k-- {
		if toks[k].flags&tokBreak != 0 || s.role(&toks[k])&roleAnd != 0 {
			return false
		}
	}
	return true
}

// isLack reports a word of lack: "without", "ohne", "sans", "sin".
func isLack(w string) bool {
	for _, l := range lackWords {
		if len(w) == len(l) && equalFoldASCII(w, l) {
			return true
		}
	}
	return false
}

// beingWithout reports a word of being just before the lack at toks[j]:
// "we are without internet", "seguimos sin servicio".
func (s *readings) beingWithout(text string, toks []token, j int) bool {
	// a pronoun may stand between: "sind wir ohne Internet"
	for k := j - 1; k >= max(0, j-2) && toks[k+1].flags&tokBreak == 0; k-- {
		if s.role(&toks[k])&roleIsNow != 0 {
			return true
		}
		w := text[toks[k].start:toks[k].end]
		for _, b := range [...]string{"been", "left", "remain", "sommes", "restons", "estamos", "seguimos", "quedamos", "bleiben"} {
			if len(w) == len(b) && equalFoldASCII(w, b) {
				return true
			}
		}
	}
	return false
}

// hasElidedNe reports a word that opens with the elided French "n'":
// "n'impriment", "n’arrive".
func hasElidedNe(text string, t *token) bool {
	w := text[t.start:t.end]
	if len(w) < 3 || w[0] != 'n' && w[0] != 'N' {
		return false
	}
	return w[1] == '\'' || len(w) > 4 && w[1:4] == "\u2019"
}

// long reports a start too long ago to be a stall, within two words of
// "since" at toks[k]: "since 2015" or "seit Jahren" dates a memory or a
// customer's loyalty, not an outage.
func (s *readings) long(text string, toks []token, k int) bool {
	for i := k + 1; i < min(len(toks), k+3); i++ {
		if s.role(&toks[i])&roleYears != 0 {
			return true
		}
		if toks[i].end-toks[i].start == 4 {
			w := text[toks[i].start:toks[i].end]
			if (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
				return true
			}
		}
	}
	return false
}

// sentenceTokens returns the tokens [lo, hi) of the sentence around
// toks[k], at most stalledWindow words on either side.
func sentenceTokens(text string, toks []token, k int) (int, int) {
	lo := k
	// a sentence ends only where the scanner saw a clause break, so the
	// gap is read only there
	for lo > 0 && k-lo < stalledWindow && !(toks[lo].flags&tokBreak != 0 && endsSentenceAt(text, int(toks[lo-1].end), int(toks[lo].start))) {
		lo--
	}
	hi := k + 1
	for hi < len(toks) && hi-k <= stalledWindow && !(toks[hi].flags&tokBreak != 0 && endsSentenceAt(text, int(toks[hi-1].end), int(toks[hi].start))) {
		hi++
	}
	return lo, hi
}

// endsSentenceAt reports whether text[from:to], the text between two
// words, ends a sentence: a full stop, question or exclamation mark, a
// semicolon, or a blank line. A German ordinal's point ("am 3. März")
// ends none.
func endsSentenceAt(text string, from, to int) bool {
	for i := from; i < to; i++ {
		switch text[i] {
		case '.':
			if !ordinalDot(text, i) && !numberSeparator(text, i) {
				return true
			}
		case '!', '?', ';':
			return true
		case '\n':
			if i+1 < to && text[i+1] == '\n' {
				return true
			}
		}
	}
	return false
}

// problemWithin reports a kept hit that names a problem between start
// and end, besides the stated start at byte since ("seit Tagen" is a
// wait of its own). Hits are in text order and phrases short, so only the hits
// from a few before start on can reach into the span.
func problemWithin(hits []hit, start, end int32, since int32, butComplaints bool) bool {
	from := sort.Search(len(hits), func(j int) bool { return hits[j].start >= start })
	for i := max(0, from-overlapLookback); i < len(hits) && hits[i].start < end; i++ {
		h := &hits[i]
		if h.drop || h.end <= start || h.scale <= noLongerScale || h.start == since {
			continue
		}
		switch h.signal {
		case sigOutage, sigImpact, sigDataLoss, sigSecurity, sigWaiting, sigRepeat, sigChurn, sigLegal:
			return true
		case sigComplaint:
			if !butComplaints {
				return true
			}
		}
	}
	return false
}

// promiseWindow bounds how many words after a promise are read for what
// did not happen: the promise and its failure sit in one sentence or the
// next ("You promised a call back on Monday. Nobody called.").
const promiseWindow = 20

// brokenPromiseScale is what a broken promise weighs as repeat contact:
// twice a plain follow-up, so that it pages on its own however politely
// it is told. The customer is still waiting for what was promised, so
// it is live.
const brokenPromiseScale = 2

// goodNewsAfter reports a problem word within three words after the
// negator at toks[j]: "nothing to worry about", "never had a problem".
func (s *readings) goodNewsAfter(toks []token, j int) bool {
	for k := j + 1; k < min(len(toks), j+4); k++ {
		if s.role(&toks[k])&roleGoodNews != 0 {
			return true
		}
	}
	return false
}

// endsParagraph reports a blank line between two words.
func endsParagraph(gap string) bool {
	for i := 0; i+1 < len(gap); i++ {
		if gap[i] == '\n' && gap[i+1] == '\n' {
			return true
		}
	}
	return false
}

// stoppedForm reports whether word w can be what verb stopped: an
// English -ing form after "stopped" ("stopped firing", not "stopped
// them"), an infinitive after "de" or "zu" ("dejaron de llegar", "cessé
// de répondre", "aufgehört zu laden"), and the elided French "d'" with
// its infinitive ("cessé d'envoyer").
func stoppedForm(verb, w string, of bool) bool {
	if verb == "stopped" || verb == "Stopped" {
		return !of && len(w) > 5 && strings.HasSuffix(w, "ing")
	}
	if !of {
		w, of = strings.TrimPrefix(w, "d'"), strings.HasPrefix(w, "d'")
		if !of {
			return false
		}
	}
	for _, e := range [...]string{"ar", "er", "ir", "re", "en", "ern", "eln"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// stoppedAt reports a time at toks[j], after a verb of stopping: "at
// 02:13", "um 3 Uhr", "overnight", "yesterday".
func stoppedAt(text string, toks []token, j int) bool {
	w := text[toks[j].start:toks[j].end]
	if equalFoldAny(w, "overnight", "yesterday", "gestern", "hier", "ayer", "anoche", "tonight") {
		return true
	}
	return j+1 < len(toks) && equalFoldAny(w, "at", "around", "um", "gegen", "vers", "à") &&
		toks[j+1].flags&tokBreak == 0 && text[toks[j+1].start] >= '0' && text[toks[j+1].start] <= '9'
}

// stopped reads the verb of stopping at toks[i] and what stopped, whatever
// it is: "our webhooks stopped firing", "las notificaciones dejaron de
// llegar", "le lecteur a cessé de répondre", "der Scanner hat aufgehört zu
// piepen". What a customer's system does is named in the customer's words;
// that it stopped is the outage. A stop by choice ("we stopped using the
// old app") is none.
func (s *readings) stopped(text string, toks []token, i int) (hit, int, bool) {
	if i+1 >= len(toks) {
		return hit{}, i, false
	}
	j := i + 1
	if s.role(&toks[j])&roleStopOf != 0 && j+1 < len(toks) && toks[j+1].flags&tokBreak == 0 {
		// "dejaron de llegar", "aufgehört zu piepen"
		j++
	}
	if i > 0 && toks[i].flags&tokBreak == 0 && (toks[i-1].flags&(tokNegator|tokRuleNegator) != 0 ||
		j == i+1 && s.role(&toks[i-1])&rolePerson != 0) {
		// "hasn't stopped clapping" goes on; "I stopped watching", "they
		// have stopped flying": people stop what they choose to, systems
		// stop working
		return hit{}, i, false
	}
	w := &toks[j]
	if j == i+1 && w.flags&tokBreak == 0 && stoppedAt(text, toks, j) {
		// "order sync stopped at 02:13 last night", "stopped overnight":
		// a system stops at a time; a person stops doing something
		return hit{signal: sigOutage, scale: stalledScale, start: toks[i].start, end: w.end, prev: -1}, j, true
	}
	if w.flags&(tokBreak|tokLetters) != tokLetters || s.role(w)&roleChoice != 0 ||
		!stoppedForm(text[toks[i].start:toks[i].end], text[w.start:w.end], j > i+1) ||
		equalFoldAny(text[w.start:w.end], "freezing", "crashing", "failing", "erroring", "lagging", "buffering",
			"disconnecting", "dropping", "timing", "glitching", "bouncing") {
		// (what stopped failing is good news: "the stream stopped
		// freezing")
		return hit{}, i, false
	}
	return hit{signal: sigOutage, scale: stalledScale, start: toks[i].start, end: w.end, prev: -1}, j, true
}

// scan adds the work that stopped and the broken promises in toks to
// hits, in one pass over the words: most words are neither, and cost one
// filter load.
func (s *readings) scan(text string, toks []token, hits []hit) ([]hit, scanned) {
	stops, promises, nextPromise, need := 0, 0, 0, scanned{needFirst: -1, fixFirst: -1}
	for i := 0; i < len(toks); i++ {
		// the plain words that open nothing, in a loop without calls,
		// which keeps its state in registers
		for i < len(toks) && toks[i].flags&tokPlain != 0 && !s.opens.has(toks[i].hash) {
			i++
		}
		if i == len(toks) {
			break
		}
		t := &toks[i]
		if !s.opens.has(t.hash) && (t.flags&tokPlain != 0 || !hasElidedNe(text, t)) {
			continue
		}
		r := s.role(t)
		need.seen |= r
		need.whatIf = need.whatIf || s.whatIfs.has(t.hash)
		if b := s.fixBits(t); b&fixThanks != 0 {
			need.thanks = true
		} else if b&(fixDone|fixNow) != 0 {
			need.fixNamed = true
			if b&fixDone != 0 && need.fixFirst < 0 {
				need.fixFirst = i
			}
		}
		if r&roleNeed != 0 {
			if need.needFirst < 0 {
				need.needFirst = i
			}
			need.needLast = i
		}
		if r&roleLocked != 0 && stops < maxStalledHits {
			if h, ok := s.lockedOut(toks, i); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&(roleNe|roleYa) != 0 || hasElidedNe(text, &toks[i]) {
			if h, ok := s.noLonger(text, toks, i, r); ok && stops < maxStalledHits {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&roleStop != 0 && stops < maxStalledHits {
			if h, _, ok := s.stopped(text, toks, i); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&(roleRival|roleVendor|roleFirm) != 0 && stops < maxStalledHits {
			if h, ok := s.switchAway(text, toks, i, r); ok {
				h = coverWeaker(hits, h)
				hits = insertCounted(hits, h, &stops)
			}
		}
		if stops < maxStalledHits && s.kind(t)&kindDisplay != 0 {
			if h, ok := s.shownToAll(text, toks, hits, i); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if stops < maxStalledHits && s.kind(t)&kindInstead != 0 {
			if h, ok := s.insteadOf(text, toks, hits, i); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if stops < maxStalledHits && s.kind(t)&kindPeople != 0 {
			if h, ok := s.amissToOurs(text, toks, hits, i, false); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if stops < maxStalledHits && s.kind(t)&kindEveryone != 0 && i+1 < len(toks) &&
			toks[i+1].flags&tokBreak == 0 && s.kind(&toks[i+1])&kindPeople == 0 {
			// "puts every delivery in the wrong city", "jede Lieferung
			// in die falsche Stadt": something wrong with every one
			if h, ok := s.amissToOurs(text, toks, hits, i+1, true); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&roleWeekday != 0 && stops < maxStalledHits {
			if h, ok := s.contactOnDays(text, toks, hits, i); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&roleMessages != 0 && stops < maxStalledHits {
			if h, ok := s.datedContacts(text, toks, hits, i); ok {
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&roleRenew != 0 && stops < maxStalledHits {
			if h, ok := s.notRenewing(text, toks, i); ok {
				h = coverWeaker(hits, h)
				hits = insertCounted(hits, h, &stops)
			}
		}
		if stops < maxStalledHits && s.kind(t)&kindWhether != 0 {
			if h, ok := s.weighsStaying(text, toks, i); ok {
				h = coverWeaker(hits, h)
				hits = insertCounted(hits, h, &stops)
			}
		}
		if (r&roleNobody != 0 || s.isNone(t.hash)) && stops < maxStalledHits {
			if h, ok := s.nobodyAnswers(text, toks, i); ok {
				h = coverWeaker(hits, h)
				hits = insertCounted(hits, h, &stops)
			}
		}
		if r&rolePromise != 0 && i >= nextPromise && promises < maxStalledHits {
			h, end, ok := s.brokenPromise(text, toks, i, hits)
			nextPromise = end + 1
			if ok {
				h = coverWeaker(hits, h)
				hits = insertCounted(hits, h, &promises)
			}
		}
	}
	return hits, need
}

// insertCounted inserts h into hits and counts it in n when it was kept:
// each reading bounds how many hits it adds.
func insertCounted(hits []hit, h hit, n *int) []hit {
	before := len(hits)
	if hits = insertHit(hits, h); len(hits) > before {
		*n++
	}
	return hits
}

// brokenPromise reads the promise at toks[i] and what follows it for its
// failure: "Der Rückruf, der mir zugesagt wurde, kam nie", "me dicen que me
// devolverán la llamada. Nadie lo ha hecho", "on m'avait promis un rappel,
// rien". A call-back that never came is the failure a page exists to end,
// and customers tell it in words no phrase list holds. Where a
// repeat-contact phrase names the same words ("toujours rien"), the
// broken promise, the stronger, stands for it.
func (s *readings) brokenPromise(text string, toks []token, i int, hits []hit) (hit, int, bool) {
	end, said, apart, guarded := -1, s.role(&toks[i])&roleSaid != 0, false, false
	for j := i + 1; j < min(len(toks), i+promiseWindow); j++ {
		gap := text[toks[j-1].end:toks[j].start]
		if endsParagraph(gap) {
			break
		}
		apart = apart || toks[j].flags&tokBreak != 0 && endsSentenceAt(text, int(toks[j-1].end), int(toks[j].start))
		r := s.role(&toks[j])
		if r&rolePromise != 0 {
			// a second promise starts its own window
			break
		}
		if r&roleWaited != 0 && apart {
			// "zugesagt ... Ich habe den ganzen Tag gewartet"
			end = j
			break
		}
		if r&roleNever != 0 {
			if j == i+1 && !apart || toks[j-1].hash == s.to || s.goodNewsAfter(toks, j) || said && !apart ||
				j+1 < len(toks) && s.role(&toks[j+1])&roleAgain != 0 {
				// "promised never to", "told nothing", "was told there is
				// nothing they can do", "never again": a promise of the
				// negative, a refusal, a farewell ("... zugesagt. Niemand
				// kam" opens a sentence of its own, and is the failure)
				guarded = true
				break
			}
			end = j
			break
		}
	}
	if end < 0 {
		// what did not happen may be told as a problem that persists:
		// "le correctif promis pour vendredi n'est toujours pas arrivé",
		// "the fix you promised is still not there"
		if h, ok := persistsAfter(toks, i, hits); ok && !guarded && (!said || endsSentenceAt(text, int(toks[i].end), int(h.start))) {
			// "told" counts when what persists is told apart: "On m'a dit
			// qu'un technicien m'appellerait. J'attends toujours"
			return h, i, true
		}
		return hit{}, i, false
	}
	// the reason is what did not happen, with the word after it or, at
	// the end of a clause, before it ("nobody called", "kam nie"): the
	// promise may lie sentences away, and its own words (a deadline,
	// "call me back") keep counting
	start, stop := toks[end].start, toks[end].end
	switch {
	case end+1 < len(toks) && toks[end+1].flags&tokBreak == 0:
		stop = toks[end+1].end
	case end > 0 && toks[end].flags&tokBreak == 0 && s.role(&toks[end-1])&(rolePromise|roleAnd) == 0:
		start = toks[end-1].start
	}
	return hit{signal: sigRepeat, scale: brokenPromiseScale, start: start, end: stop, prev: -1, live: true}, end, true
}

// isNone reports a word of "none of": "none", "ningún", "aucun".
func (s *readings) isNone(h uint64) bool {
	return h == s.none || slices.Contains(s.nones[:], h)
}

// saidBefore reports a verb of saying a few words before toks[k], in its
// clause: "the bank says", "dice que".
func (s *readings) saidBefore(toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-4) && toks[j+1].flags&tokBreak == 0; j-- {
		if s.role(&toks[j])&roleSaid != 0 {
			return true
		}
	}
	return false
}

// whatIfProblems drops the problems a text asks about with "what happens
// if" where the sentence need not end in a question mark ("nos piden
// documentar qué pasa si se cae la plataforma"): they may come, and none
// has. (Problems in questions are weighed so when judged.)
func (s *readings) whatIfProblems(text string, hits []hit, need scanned) {
	if !need.whatIf {
		return
	}
	for i := range hits {
		h := &hits[i]
		if !h.drop && isSevere(h.signal) && hypothetical(text, int(h.start)) && whatIf(text, int(h.start)) {
			h.drop = true
		}
	}
}

// anyBefore reports whether is holds for one of the three words before
// toks[k] in its clause, given by index.
func anyBefore(toks []token, k int, is func(j int) bool) bool {
	for j := k - 1; j >= max(0, k-3) && toks[j+1].flags&tokBreak == 0; j-- {
		if is(j) {
			return true
		}
	}
	return false
}

// amountBefore reports an amount of money in the three words before
// toks[k], in its clause: "£418", "249,90 €".
func amountBefore(text string, toks []token, k int) bool {
	return anyBefore(toks, k, func(j int) bool {
		w := text[toks[j].start:toks[j].end]
		return strings.ContainsAny(w, "£€$") || w[0] >= '0' && w[0] <= '9' && j > 0 &&
			strings.ContainsAny(text[toks[j-1].end:toks[j].start]+text[toks[j].end:min(len(text), int(toks[j].end)+2)], "£€$")
	})
}

// serviceNotBack reports a "hasn't come back" at toks[k:e] that no
// problem before it in its clause is the subject of: "the error hasn't
// come back" is good news, "our broadband went off at 7 and hasn't come
// back" is an outage that goes on.
func (s *readings) serviceNotBack(text string, toks []token, k, e int) bool {
	if e-k < 3 || !strings.EqualFold(text[toks[e-1].start:toks[e-1].end], "back") {
		return false
	}
	for j := k - 1; j >= max(0, k-6) && toks[j+1].flags&tokBreak == 0; j-- {
		if s.role(&toks[j])&roleGoodNews != 0 {
			return false
		}
	}
	return true
}

// inResolved reports a fix among hits, starting at byte from or after
// it, that covers byte at: the hits of one sentence are read, not all.
func inResolved(hits []hit, from, at int32) bool {
	for i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= from }); i < len(hits) &&
		hits[i].start <= at; i++ {
		if h := &hits[i]; h.signal == sigResolved && !h.drop && at < h.end {
			return true
		}
	}
	return false
}

// stoppedByChoice reports a hit that ends in "stopped" with a thing done
// by choice after it ("the team has stopped doing manual checks", "have
// stopped asking"), or after thanks in its sentence ("thanks - since the
// reset the double bookings have stopped completely"): what stopped there
// was a chore or the problem.
func (s *readings) stoppedByChoice(text string, toks []token, h *hit) bool {
	if h.end-h.start < 7 || !strings.EqualFold(text[h.end-7:h.end], "stopped") {
		return false
	}
	k, e := hitTokens(toks, h)
	if e == 0 || !strings.EqualFold(text[toks[e-1].start:toks[e-1].end], "stopped") {
		return false
	}
	if e < len(toks) && toks[e].flags&tokBreak == 0 && s.role(&toks[e])&roleChoice != 0 {
		return true
	}
	for j := k - 1; j >= max(0, k-stalledWindow); j-- {
		w := text[toks[j].start:toks[j].end]
		if toks[j+1].flags&tokBreak != 0 && endsSentenceAt(text, int(toks[j].end), int(toks[j+1].start)) ||
			equalFoldAny(w, contrastWords...) {
			return false
		}
		if s.role(&toks[j])&roleThanks != 0 {
			return true
		}
	}
	return false
}

// nearlyHappened reports a problem at toks[k] told as what almost
// happened: "Casi se nos cae la web del éxito", "we nearly lost the
// order". "Nearly impossible to log in" is a problem, told as one.
func (s *readings) nearlyHappened(text string, toks []token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].flags&tokBreak == 0 && s.role(&toks[k-1])&roleNearly != 0 &&
		!equalFoldAny(text[toks[k].start:toks[k].end], "impossible", "imposible", "unmöglich", "unusable",
			"inutilisable", "inutilizable", "unbrauchbar", "unbenutzbar")
}

// nobodySuffered reports a problem, whose first word is toks[k], that
// befell nobody: "since the 2FA change nobody has been locked out", "plus
// personne n'a été bloqué", "niemand wurde gesperrt". The "nobody"
// itself is then no failure either, and is dropped with it. "Nobody has
// been able to log in" and "nobody can" have words between that are no
// auxiliary, and stand.
func (s *readings) nobodySuffered(text string, toks []token, hits []hit, i, k int) bool {
	h := &hits[i]
	nobody := -1
	for j := k - 1; j >= max(0, k-3) && toks[j+1].flags&tokBreak == 0; j-- {
		if s.role(&toks[j])&roleNobody != 0 {
			nobody = j
			break
		}
	}
	if nobody < 0 {
		// (most hits: the words between are read only after a nobody)
		return false
	}
	for j := nobody + 1; j < k; j++ {
		if !equalFoldAny(text[toks[j].start:toks[j].end], "has", "have", "had", "was", "were", "got", "been",
			"n'a", "n'ont", "a", "été", "wurde", "wurden", "ist", "se", "ha", "han", "sido", "quedado") {
			return false
		}
	}
	// hits come in text order: the nobody's own is among the few before h
	for j := i - 1; j >= max(0, i-overlapLookback); j-- {
		if o := &hits[j]; o.start <= toks[nobody].start && o.end >= toks[nobody].end && o.end <= h.start {
			o.drop = true
		}
	}
	return true
}

// problemGoneReach bounds the words between a problem and its "is
// gone": "the sync issue from last week is gone".
const problemGoneReach = 5

// problemGone reports a loss whose subject, a few words before it in its
// clause, is a problem: what is gone is good news.
func (s *readings) problemGone(text string, toks []token, h *hit) bool {
	k, e := hitTokens(toks, h)
	if e == 0 || !equalFoldAny(text[toks[e-1].start:toks[e-1].end], "gone", "weg", "verschwunden", "disparu",
		"disparue", "disparus", "desaparecido", "desaparecida") {
		// only what is gone: "sale un error y se pierde todo" loses work
		return false
	}
	for j := k - 1; j >= max(0, k-problemGoneReach) && toks[j+1].flags&tokBreak == 0; j-- {
		if equalFoldAny(text[toks[j].start:toks[j].end], "and", "und", "et", "y") {
			return false
		}
		if s.role(&toks[j])&roleGoodNews != 0 {
			return true
		}
	}
	return false
}

// goingTo reports a hit that ends in a form of the Spanish "ir" with
// "a" after it: the future of the verb that follows ("no vamos a
// renovar"), whatever "no va" means alone.
func goingTo(text string, toks []token, h *hit) bool {
	if !strings.HasPrefix(text[h.end:], " a ") {
		// most hits are followed by anything else
		return false
	}
	_, e := hitTokens(toks, h)
	return e > 0 && e+1 < len(toks) && toks[e].flags&tokBreak == 0 &&
		equalFoldAny(text[toks[e-1].start:toks[e-1].end], "va", "van", "vamos", "voy", "vas") &&
		strings.EqualFold(text[toks[e].start:toks[e].end], "a")
}

// choiceWindow bounds how far back dropChoices looks for a verb of
// choice before a German "nicht mehr" at the end of its clause.
const choiceWindow = 8

// dropChoices drops the outages that are a customer's own choice: a
// negated verb of using or needing is a thing given up, not a thing
// broken ("we no longer use the old importer", "nous n'utilisons plus
// l'ancien module", "ya no usamos el módulo", and German, whose verb
// comes first, "Wir nutzen die alte Schnittstelle seit Jahren nicht
// mehr"). Only the general negations are read this way; a phrase that
// names its failure ("can't log in") stands whatever comes before it.
// Problems that did not happen go with them: one that befell nobody
// (nobodySuffered) and one that almost happened ("casi se nos cae").
func (s *readings) dropChoices(text string, toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if !h.drop && (isSevere(h.signal) || h.signal == sigNow) {
			k := firstToken(toks, h.start)
			if s.nobodySuffered(text, toks, hits, i, k) ||
				isSevere(h.signal) && h.signal != sigScope && s.nearlyHappened(text, toks, k) {
				h.drop = true
				continue
			}
		}
		if h.signal == sigOutage && !h.drop && goingTo(text, toks, h) {
			// "ya no va a hacer falta", "no vamos a necesitarla": the
			// Spanish future of another verb, not "no va" (it does not
			// work)
			h.drop = true
			continue
		}
		if h.signal == sigOutage && !h.drop && s.stoppedByChoice(text, toks, h) ||
			h.signal == sigDataLoss && !h.drop && s.problemGone(text, toks, h) {
			h.drop = true
			continue
		}
		if h.signal != sigOutage || h.drop || h.scale >= 1 && !h.general {
			continue
		}
		k, e := hitTokens(toks, h)
		if k == len(toks) {
			return
		}
		if toks[k].flags&(tokNegator|tokRuleNegator) == 0 && s.role(&toks[k])&roleNe == 0 && !hasElidedNe(text, &toks[k]) {
			continue
		}
		// the hit's first words and the one after ("no longer use"), or
		// all of a longer hit ("n'en aura plus l'usage"); in German the
		// clause before "nicht mehr"
		lo, hi := k, max(k+3, e+1)
		if s.role(&toks[k])&roleNicht != 0 {
			lo = max(0, k-choiceWindow)
			for j := k; j > lo; j-- {
				if toks[j].flags&tokBreak != 0 {
					lo = j
					break
				}
			}
		}
		for j := lo; j < min(hi, len(toks)) && (j <= k || toks[j].flags&tokBreak == 0); j++ {
			if s.role(&toks[j])&roleChoice != 0 {
				h.drop = true
				break
			}
		}
	}
}

// noLongerShown bounds the words between the French "ne" and its "plus":
// a verb and a clitic ("ne s'affiche plus", "ne nous répond plus").
const noLongerShown = 3

// noLongerScale is what a general "no longer" weighs as an outage, as
// the German "nicht mehr" does.
const noLongerScale = 0.7

// noLonger reads the French "ne ... plus" and the Spanish "ya no" at
// toks[i] with whatever verb they negate: "l'imprimante n'imprime plus",
// "le badge ne s'active plus", "la impresora ya no imprime". What no
// longer happens is the outage; "n'ai plus de questions", "ya no hace
// falta" and "ne ... plus que" (only) say nothing broke.
func (s *readings) noLonger(text string, toks []token, i int, r uint64) (hit, bool) {
	for j := i; j > max(0, i-stalledGoodNewsReach) && toks[j].flags&tokBreak == 0; j-- {
		if s.role(&toks[j-1])&roleGoodNews != 0 {
			// "el problema de ayer ya no está", "le souci n'est plus
			// là": a problem that is no longer there is good news
			return hit{}, false
		}
	}
	if r&roleYa != 0 {
		if i+2 >= len(toks) || toks[i+1].flags&tokBreak != 0 || toks[i+2].flags&tokBreak != 0 ||
			!strings.EqualFold(text[toks[i+1].start:toks[i+1].end], "no") ||
			s.role(&toks[i+2])&(roleHave|roleChoice) != 0 || toks[i+2].flags&tokLetters == 0 {
			return hit{}, false
		}
		if v := i + 3; v < len(toks) && toks[v].flags&tokBreak == 0 &&
			(s.role(&toks[v])&roleChoice != 0 || equalFoldAny(text[toks[v].start:toks[v].end], "lee", "leen", "leo",
				"leemos", "ve", "ven", "veo", "vemos")) &&
			equalFoldAny(text[toks[i+2].start:toks[i+2].end], "la", "lo", "las", "los", "le", "les") {
			// "ya no la lee": what the customer no longer reads or uses
			return hit{}, false
		}
		v := i + 2
		if v+1 < len(toks) && toks[v+1].flags&tokBreak == 0 && equalFoldAny(text[toks[v].start:toks[v].end], "se", "me", "nos") {
			v++
		}
		if goneTrouble(text[toks[v].start:toks[v].end], troubleVerbsES) {
			// "ya no se duplican las citas": trouble that no longer
			// happens is good news
			return hit{}, false
		}
		return hit{signal: sigOutage, scale: noLongerScale, start: toks[i+1].start, end: toks[i+2].end, prev: -1,
			live: true}, true
	}
	if s.role(&toks[i])&roleHave != 0 {
		return hit{}, false
	}
	for j := i + 1; j < min(len(toks), i+noLongerShown+2) && toks[j].flags&tokBreak == 0; j++ {
		if !strings.EqualFold(text[toks[j].start:toks[j].end], "plus") {
			if s.role(&toks[j])&roleHave != 0 {
				return hit{}, false
			}
			continue
		}
		if j == i+1 && r&roleNe != 0 || j+1 < len(toks) && toks[j+1].flags&tokBreak == 0 &&
			hasPrefixFold(text[toks[j+1].start:toks[j+1].end], "qu") {
			// "ne plus" without its verb, "ne ... plus que" (only)
			return hit{}, false
		}
		if goneTrouble(text[toks[j-1].start:toks[j-1].end], troubleVerbsFR) {
			// "l'appli ne plante plus": trouble that no longer happens
			return hit{}, false
		}
		return hit{signal: sigOutage, scale: noLongerScale, start: toks[i].start, end: toks[j].end, prev: -1,
			live: true}, true
	}
	return hit{}, false
}

// troubleVerbsES and troubleVerbsFR begin verbs that name trouble itself
// (duplicating, hanging, crashing, losing), so that what no longer does
// it is good news: "ya no se cuelga", "ne plante plus". Verbs of working
// ("ya no imprime", "n'imprime plus") stay outages.
var (
	troubleVerbsES = []string{"duplic", "repit", "cuelg", "bloque", "pierd", "borr", "falla", "congel", "trab",
		"cierr", "quej", "equivoc", "romp", "cae", "caen", "apag", "reinici"}
	troubleVerbsFR = []string{"plant", "bloqu", "bug", "crash", "coup", "perd", "efface", "dupliqu", "répèt",
		"repet", "fig", "redémarr", "redemarr", "ferme", "éteint", "eteint"}
)

// goneTrouble reports whether word begins with one of stems, in any case.
func goneTrouble(word string, stems []string) bool {
	for _, st := range stems {
		if hasPrefixFold(word, st) {
			return true
		}
	}
	return false
}

// switchScale weighs taking the business elsewhere, or looking for
// where to take it, as a churn threat: as much as cancelling the
// contract. A customer who says they are evaluating alternatives has
// begun to leave.
const switchScale = 1.8

// switchReach bounds the words between a verb of switching and the
// rival it names: "cambiarnos a otra empresa", "zu einem anderen
// Anbieter wechseln" (the German verb comes last, so it is looked for
// after the rival too, within switchAfter words).
const (
	switchReach = 8
	switchAfter = 3
)

// switchAway reads a customer taking their business elsewhere, in the
// words of any language's verb and noun order: "we will move to another
// provider", "Wir wechseln zu einem anderen Anbieter", "nous allons
// passer chez un concurrent", "cambiarnos a otra empresa". toks[i] is the
// rival: a competitor, or another vendor of some kind. A company someone
// alone moves to is a new employer ("I'm moving to another company"),
// not a lost customer.
func (s *readings) switchAway(text string, toks []token, i int, r uint64) (hit, bool) {
	first, verb := i, -1
	if r&roleRival == 0 {
		// a vendor counts only as "another" one, or as the one to
		// change: "cambiar de proveedor", "den Anbieter wechseln"
		ok := false
		for j := i - 1; j >= max(0, i-2) && toks[j+1].flags&tokBreak == 0; j-- {
			if s.role(&toks[j])&roleOther != 0 {
				first, ok = j, true
				break
			}
		}
		if !ok && i >= 2 && toks[i].flags&tokBreak == 0 && toks[i-1].flags&tokBreak == 0 &&
			toks[i-1].hash == s.de && s.role(&toks[i-2])&roleSwitch != 0 {
			first, verb, ok = i-1, i-2, true
		}
		if !ok && i >= 1 && i+1 < len(toks) && toks[i].flags&tokBreak == 0 && toks[i+1].flags&tokBreak == 0 &&
			(toks[i-1].hash == s.den || toks[i-1].hash == s.unseren) {
			// "den Anbieter wechseln", "den Anbieter zu wechseln"
			v := i + 1
			if v+1 < len(toks) && toks[v+1].flags&tokBreak == 0 && s.role(&toks[v])&roleStopOf != 0 {
				v++
			}
			if s.role(&toks[v])&roleSwitch != 0 {
				first, verb, ok = i-1, v, true
			}
		}
		for j := i + 1; !ok && r&roleVendor != 0 && j < min(len(toks), i+1+switchAfter) && toks[j].flags&tokBreak == 0; j++ {
			// "les fournisseurs à remplacer", "providers to replace"
			if s.role(&toks[j])&roleReplace != 0 && (j+1 == len(toks) || toks[j+1].flags&tokBreak != 0) {
				// the vendor is what is replaced, not "the supplier to
				// replace the battery"
				verb, ok = j, true
			}
		}
		if !ok {
			return hit{}, false
		}
	}
	if r&roleKind != 0 && i+2 < len(toks) && toks[i+1].flags&tokBreak == 0 && s.role(&toks[i+1])&roleOfKind != 0 {
		// "d'autres solutions de paiement", "other tools for reporting":
		// a kind of thing, not a vendor
		return hit{}, false
	}
	firm := r&(roleRival|roleVendor) == 0
	for j := first - 1; verb < 0 && j >= max(0, first-switchReach) && toks[j+1].flags&tokBreak == 0; j-- {
		if v := s.role(&toks[j]); v&(roleSwitch|roleShop) != 0 || v&roleSwitched != 0 && s.already(text, toks, j) {
			verb = j
			break
		}
	}
	if verb < 0 {
		for j := i + 1; j < min(len(toks), i+1+switchAfter) && toks[j].flags&tokBreak == 0; j++ {
			if v := s.role(&toks[j]); v&(roleSwitch|roleShop) != 0 || v&roleSwitched != 0 && s.already(text, toks, j) {
				verb = j
				break
			}
		}
	}
	if verb < 0 {
		verb = s.betterOffer(text, toks, i)
	}
	if verb < 0 {
		return hit{}, false
	}
	start, end := min(verb, first), max(verb, i)
	for j := start + 1; j < end; j++ {
		if equalFoldAny(text[toks[j].start:toks[j].end], "you", "vous", "sie", "euch", "usted", "ustedes", "over") {
			// "we chose you over a competitor", "nous vous avons choisis
			// plutôt qu'un concurrent": the vendor is the one kept
			return hit{}, false
		}
	}
	for j := max(0, verb-3); j < verb; j++ {
		if s.role(&toks[j])&roleNearly != 0 {
			// "we nearly switched to a competitor, but ..."
			return hit{}, false
		}
	}
	if toks[start].ruleNeg != 0 {
		// "no intention of switching to another provider"
		return hit{}, false
	}
	if _, q := sentenceEnd(text, int(toks[end].end)); q {
		// "can we move the files to another platform?" asks
		return hit{}, false
	}
	if firm {
		lo, hi := sentenceTokens(text, toks, i)
		for j := lo; j < hi; j++ {
			if s.role(&toks[j])&roleSelf != 0 {
				return hit{}, false
			}
		}
	}
	return hit{signal: sigChurn, scale: switchScale, start: toks[start].start, end: toks[end].end, prev: -1}, true
}

// notRenewingReach bounds the words between the customer and the German
// verb of renewing at the end of their clause: "dass wir den
// Rahmenvertrag nicht über den 31. Dezember hinaus verlängern werden".
const notRenewingReach = 20

// notRenewing reads a German renewal negated before its verb, which
// German puts at the end of a subordinate clause: "dass wir den Vertrag
// nicht über das Jahresende hinaus verlängern", "weshalb wir den Vertrag
// nicht fortsetzen". The customer ("wir", "ich") and the "nicht" come
// first; a question or what they cannot do ("nicht früher verlängern
// können") is no notice.
func (s *readings) notRenewing(text string, toks []token, i int) (hit, bool) {
	if !equalFoldAny(text[toks[i].start:toks[i].end], "verlängern", "verlängert", "fortsetzen", "weiterführen",
		"fortzusetzen", "weiterzuführen", "fortzuführen") {
		return hit{}, false
	}
	not, who := -1, -1
	for j := i - 1; j >= max(0, i-notRenewingReach) && (toks[j+1].flags&tokBreak == 0 || abbrevDot(text, toks, j) ||
		decidedBefore(text, toks, j)); j-- {
		w := text[toks[j].start:toks[j].end]
		if not < 0 && s.role(&toks[j])&roleNicht != 0 {
			not = j
		}
		if not >= 0 && equalFoldAny(w, "wir", "ich", "uns", "unsere", "unser") {
			who = j
			break
		}
	}
	if who < 0 {
		return hit{}, false
	}
	for j := i + 1; j < min(len(toks), i+3) && toks[j].flags&tokBreak == 0; j++ {
		if equalFoldAny(text[toks[j].start:toks[j].end], "können", "kann", "könnten", "dürfen") {
			return hit{}, false
		}
	}
	if _, hi := sentenceTokens(text, toks, i); s.asks(text, toks, hi) {
		// (asked within the sentence's bounded window: a text without a
		// sentence end costs no scan to its end per verb)
		return hit{}, false
	}
	return hit{signal: sigChurn, scale: weighScale, start: toks[not].start, end: toks[i].end, prev: -1}, true
}

// decidedBefore reports a comma after a word of deciding or being forced
// at toks[j], which opens the clause of what was decided: "sehen wir uns
// leider gezwungen, die Zusammenarbeit nicht fortzusetzen".
func decidedBefore(text string, toks []token, j int) bool {
	return j+1 < len(toks) && text[toks[j].end:toks[j+1].start] == ", " && equalFoldAny(text[toks[j].start:toks[j].end],
		"gezwungen", "entschieden", "beschlossen", "entschlossen", "genötigt", "veranlasst")
}

// abbrevDot reports a break after toks[j] that is only the point of a
// short abbreviation such as "Nr." or "No.", or of a German date ("über
// den 31.12. hinaus"), which a formal letter puts inside its clauses
// ("den Rahmenvertrag Nr. RV-5532").
func abbrevDot(text string, toks []token, j int) bool {
	w := text[toks[j].start:toks[j].end]
	return len(w) <= 3 && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9') && j+1 < len(toks) &&
		text[toks[j].end:toks[j+1].start] == ". "
}

// Bounds of weighsStaying: the words between the verb of weighing and
// "whether" ("prüfen wir derzeit ernsthaft, ob"), and between "whether"
// and the verb of staying ("ob wir unseren Vertrag zum Jahresende noch
// verlängern").
const (
	weighReach = 5
	stayReach  = 8
)

// weighScale is what a decision about staying weighs as churn: as much
// as the phrases that weigh it in fixed words ("whether we keep you").
const weighScale = 1.5

// weighsStaying reads a customer weighing whether to stay, in their own
// words: "prüfen wir derzeit ernsthaft, ob wir unseren Vertrag noch
// verlängern", "we are considering whether to renew", "nous nous
// demandons si nous allons renouveler", "estamos valorando si renovar".
// toks[i] is "whether". A customer asking whether they can renew early,
// or renew automatically, or for how many seats, plans a renewal; a
// review of whether a price is right weighs nothing.
func (s *readings) weighsStaying(text string, toks []token, i int) (hit, bool) {
	weigh := -1
	for j := i - 1; j >= max(0, i-weighReach); j-- {
		if s.role(&toks[j])&roleShop != 0 || s.kind(&toks[j])&kindWeigh != 0 {
			weigh = j
			break
		}
		if toks[j].flags&tokBreak != 0 && j < i-1 {
			// only the comma before "whether" is crossed
			return hit{}, false
		}
	}
	if weigh < 0 || toks[weigh].ruleNeg != 0 {
		return hit{}, false
	}
	if equalFoldAny(text[toks[weigh].start:toks[weigh].end], "sure", "sicher", "sûrs", "sûr", "seguros", "seguro") &&
		(weigh == 0 || toks[weigh-1].flags&tokNegator == 0 && (weigh < 2 || toks[weigh-2].flags&tokNegator == 0)) {
		// "not sure whether", "nicht sicher, ob"; a customer sure of it
		// weighs nothing
		return hit{}, false
	}
	stay := -1
	// the clause after "whether", and the German verb's modal after it
	// ("ob wir schon jetzt verlängern können")
	for j := i + 1; j < min(len(toks), i+1+stayReach) && toks[j].flags&tokBreak == 0; j++ {
		if stay >= 0 && j > stay+2 {
			break
		}
		w := text[toks[j].start:toks[j].end]
		if s.valueAt(text, toks, j) || s.role(&toks[j])&roleOffer != 0 || s.kind(&toks[j])&kindFine != 0 ||
			equalFoldAny(w, "can", "could", "kann", "können", "könnten", "pouvons", "pourrions", "peut",
				"podemos", "podríamos", "puede", "early", "earlier", "früher", "vorzeitig", "schon", "bereits",
				"automatically", "automatisch", "automatiquement", "automáticamente", "anticipadamente") {
			return hit{}, false
		}
		if stay < 0 && s.role(&toks[j])&(roleRenew|roleStay) != 0 {
			stay = j
		}
	}
	if stay < 0 {
		return hit{}, false
	}
	if _, hi := sentenceTokens(text, toks, stay); s.asks(text, toks, hi) {
		// "should we renew for two years or one?" asks
		return hit{}, false
	}
	return hit{signal: sigChurn, scale: weighScale, start: toks[weigh].start, end: toks[stay].end, prev: -1}, true
}

// obligationReach bounds the words between an obligation and the time
// it names: "I have to send the quarterly report this afternoon".
const obligationReach = 8

// obligations turns a time word into a deadline where the sentence says
// something must be done by then: "Tengo que enviar un informe esta
// tarde", "ich muss heute noch die Löhne freigeben", "I need the export
// tonight". Said alone, "this afternoon" is only the present; with a task
// that cannot wait it is the time the customer is blocked by.
func (s *readings) obligations(text string, toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.signal != sigNow || h.drop || h.scale == 0 {
			continue
		}
		k, when := firstToken(toks, h.start), false
		for j := k; j < len(toks) && toks[j].start < h.end; j++ {
			if s.role(&toks[j])&roleWhen != 0 {
				when = true
				break
			}
		}
		if !when {
			continue
		}
		for j := k - 1; j >= max(0, k-obligationReach) && toks[j+1].flags&tokBreak == 0; j-- {
			if s.role(&toks[j])&roleMust == 0 || toks[j].ruleNeg != 0 {
				continue
			}
			if s.obliges(text, toks, j) {
				h.signal, h.scale = sigDeadline, max(h.scale, 1)
				break
			}
		}
	}
}

// obliges reports whether the obligation word toks[j] is one: "have",
// "got", "tengo" and "hay" oblige only with their particle ("have to",
// "tengo que"); the rest by themselves.
func (s *readings) obliges(text string, toks []token, j int) bool {
	w := text[toks[j].start:toks[j].end]
	switch strings.ToLower(w) {
	case "have", "has", "got":
		return j+1 < len(toks) && toks[j+1].hash == s.to
	case "tengo", "tenemos", "tiene", "hay":
		return j+1 < len(toks) && toks[j+1].hash == s.que
	}
	return true
}

// reportedReach bounds the words between a verb of saying and the fix it
// reports: "On m'a dit trois fois que c'était réglé".
const reportedReach = 8

// reportedFixes drops the fixes the customer only reports being told of:
// "we were told it was fixed", "On m'a dit que c'était réglé", "me
// dijeron que estaba solucionado". A fix someone claimed is not one the
// customer has seen; the mail goes on to say it is not.
func (s *readings) reportedFixes(text string, toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.signal == sigCalm && !h.drop && h.scale > 0 && s.saidBefore(toks, firstToken(toks, h.start)) {
			// "El banco dice que la tarjeta está bien": someone else's
			// word that all is well
			h.drop = true
			continue
		}
		if h.signal != sigResolved || h.drop {
			continue
		}
		k, e := hitTokens(toks, h)
		if e < len(toks) && toks[e].flags&tokBreak == 0 &&
			equalFoldAny(text[toks[e].start:toks[e].end], "wird", "werden", "würde") || amountBefore(text, toks, k) ||
			s.serviceNotBack(text, toks, k, e) {
			// "wann die Versorgung wiederhergestellt wird": a fix to come;
			// "the £418 hasn't come back": money, not a problem, stays away;
			// "our broadband ... hasn't come back": the service stays away
			h.drop = true
			continue
		}
		// German puts the participle last: "als gelöst markiert"
		for j := k + 1; j < min(len(toks), k+3) && toks[j].flags&tokBreak == 0; j++ {
			if s.role(&toks[j])&roleMarked != 0 {
				h.drop = true
			}
		}
		for j := k - 1; !h.drop && j >= max(0, k-reportedReach) && toks[j+1].flags&tokBreak == 0; j-- {
			r := s.role(&toks[j])
			if r&roleAnd != 0 {
				break // "you told me to restart and now it is resolved"
			}
			if r&(roleSaid|rolePromise|roleMarked) != 0 || messageThat(text, toks, j) {
				// "we were told it was fixed", "marked solved without
				// anyone contacting me", "un correo de que está resuelta"
				h.drop = true
				break
			}
		}
	}
}

// messageThat reports a message at toks[j] followed by what it says: "un
// correo de que está resuelta", "an email that the case is closed", "eine
// Mail, dass alles erledigt sei". The fix it carries is the sender's word.
func messageThat(text string, toks []token, j int) bool {
	if j+1 >= len(toks) || !equalFoldAny(text[toks[j].start:toks[j].end], "correo", "email", "mail",
		"mensaje", "courriel", "message", "nachricht", "sms", "notification", "notificación", "benachrichtigung") {
		return false
	}
	next := text[toks[j+1].start:toks[j+1].end]
	if strings.EqualFold(next, "de") && j+2 < len(toks) {
		next = text[toks[j+2].start:toks[j+2].end]
	}
	return equalFoldAny(next, "que", "that", "dass", "disant")
}

// undoneFixes drops a fix that a later clause takes back with a problem
// and the time it started, or "now": "Gestern lief alles, seit heute
// Morgen geht nichts mehr", "Everything was working yesterday, since this
// morning nothing loads", "it was fixed on Monday, and now the account is
// frozen". What worked before is no resolution of what fails after it. A
// fix in the clause of the start ("works again since yesterday") stands.
func (s *readings) undoneFixes(text string, toks []token, hits []hit) {
	if !slices.ContainsFunc(hits, func(h hit) bool { return h.signal == sigResolved && !h.drop }) {
		// most mail reports no fix
		return
	}
	// one walk back over the hits, clause by clause: undone says a later
	// clause names a severe problem and its start
	undone, severe, start := false, false, false
	next := len(toks)
	for i := len(hits) - 1; i >= 0; i-- {
		h := &hits[i]
		k := firstToken(toks, h.start)
		if breakIn(toks, k+1, min(next, len(toks)-1)) {
			undone = undone || severe && start
			severe, start = false, false
		}
		next = k
		if h.drop {
			continue
		}
		switch {
		case h.signal == sigResolved:
			if undone {
				h.drop = true
			}
		case isSevere(h.signal) && h.signal != sigScope:
			severe = true
		case h.signal == sigNow && k < len(toks) && s.role(&toks[k])&(roleSince|roleNowWord) != 0 &&
			!hadBeen(text, toks, k):
			start = true
		}
	}
}

// thanksWords, fixWords and keptWords read a thank-you for a fix: "Thanks
// to Priya: since the update our invoices had the wrong VAT, she traced
// it to a setting", "Merci ! Depuis lundi les commandes ne se
// synchronisaient plus, après votre correctif elles sont passées". Such a
// mail tells its old problem at length, often in words the lexicons read
// as an outage; the thanks and the fix say it is over, unless something
// after the fix keeps it open ("but", "still", a negation, a question).
var (
	thanksWords = []string{"thanks", "thank", "thx", "merci", "remercier", "danke", "dank", "bedanken", "bedanke",
		"gracias", "agradecer", "agradezco", "appreciated", "grazie"}
	fixWords = []string{"fixed", "fix", "patch", "patched", "sorted", "resolved", "solved", "traced", "found",
		"intervention", "reinstall", "reinstalled", "refunded", "corrected", "behoben", "korrigiert",
		"repariert", "gelöst", "zurückgebucht", "gutgeschrieben", "erstattet", "gefunden", "corrigé", "réparé",
		"résolu", "réglé", "correctif", "remboursé", "trouvé", "rétabli", "débloqué", "arreglado", "arreglo",
		"solucionado", "resuelto", "corregido", "reembolsado", "devuelto", "encontró", "parche", "desbloqueado",
		"restablecido", "solucionasteis", "solucionaron", "solucionó", "arreglasteis", "arreglaron", "arregló",
		"solucionarlo", "resolverlo", "arreglarlo", "anpassung", "korrektur", "refonctionne", "refonctionnent",
		"remarche", "corrigée", "réparée", "rétablie", "réglée", "résolue", "arreglada", "solucionada", "resuelta"}
	keptWords = []string{"but", "however", "unfortunately", "still", "persists", "persist", "aber", "jedoch",
		"leider", "immer", "weiterhin", "mais", "cependant", "malheureusement", "toujours", "persiste", "pero",
		"embargo", "lamentablemente", "todavía", "todavia", "sigue", "siguen", "seguimos", "back", "zurück",
		"revenu", "revenus", "revenue", "vuelto", "vuelve", "vuelven"}
)

// fixNowWords are a fix or working order told in the present, as a
// condition states it: "if it isn't fixed", "si no funciona", "wenn das
// nicht läuft".
var fixNowWords = []string{"fixes", "works", "working", "sorted", "arregla", "arreglan", "arregláis", "arreglen",
	"soluciona", "solucionan", "solucione", "solucionen", "resuelve", "resuelven", "resuelva", "resuelvan",
	"funciona", "funcionan", "règle", "réglez", "réglée", "répare", "réparez", "réparé", "résout", "résolvez",
	"fonctionne", "fonctionnent", "marche", "corrige", "corrigez", "behebt", "beheben", "löst", "lösen",
	"funktioniert", "funktionieren", "läuft", "laufen", "klappt", "solución", "solucion", "solution", "lösung"}

// The word sets of thankedFix and leavingUnlessFixed, as bits of
// readings.fixes.
const (
	fixThanks = 1 << iota
	fixDone
	fixKept
	fixWish
	fixNow
)

// fixBits returns which of thankedFix's word sets toks[k] is in.
func (s *readings) fixBits(t *token) uint8 {
	if !s.fixSeen.has(t.hash) {
		return 0
	}
	b, _ := s.fixes.get(t.hash)
	return b
}

// thankedFix adds a fix where a mail thanks for one and nothing after the
// fix keeps the problem open. A threat to leave or to sue stands on its
// own and is left to the other readings.
func (s *readings) thankedFix(text string, toks []token, hits []hit, need scanned) []hit {
	if !need.thanks || need.fixFirst < 0 {
		// most mail thanks for no fix
		return hits
	}
	// fix is the last fix that nothing after it has opened again: a
	// mail may tell the old problem after thanking for its fix and close
	// it once more ("c'est réglé, merci ! ... ne remontait plus depuis le
	// 2 février, mais depuis votre intervention tout est synchronisé")
	fix := -1
	for k := need.fixFirst; k < len(toks); k++ {
		t := &toks[k]
		if fix >= 0 && t.flags&(tokNegator|tokRuleNegator) != 0 {
			// "the fix didn't work"
			fix = -1
			continue
		}
		b := s.fixBits(t)
		switch {
		case b == 0:
		case b&fixDone != 0 && !negatedBefore(toks, k) && !s.wishedBefore(toks, k) && !lostAndFound(text, toks, k):
			fix = k
		case fix >= 0 && b&fixKept != 0:
			// something after the fix keeps the problem open: "but",
			// "still", "the duplicates are back"
			fix = -1
		}
	}
	if fix < 0 || strings.IndexByte(text[toks[fix].end:], '?') >= 0 {
		return hits
	}
	for i := range hits {
		if h := &hits[i]; !h.drop && h.scale >= upsetScale && (h.signal == sigChurn || h.signal == sigLegal) {
			// (a weak cue, as a refund the fix brought, threatens
			// nothing)
			return hits
		}
	}
	return insertHit(hits, hit{signal: sigResolved, scale: 1, start: toks[fix].start, end: toks[fix].end, prev: -1,
		thanked: true})
}

// wishWords ask for a fix rather than tell one: "help me get this
// resolved", "would love to see that fixed", "bitte beheben".
var wishWords = []string{"get", "getting", "need", "needs", "want", "wants", "hope", "see", "love", "like",
	"please", "pls", "can", "could", "will", "would", "to", "bitte", "zu", "pour", "para"}

// wishedBefore reports one of wishWords among the three words before
// toks[k] in its clause.
func (s *readings) wishedBefore(toks []token, k int) bool {
	return anyBefore(toks, k, func(j int) bool { return s.fixBits(&toks[j])&fixWish != 0 })
}

// lostAndFound reports the desk of that name at toks[k]: "found" after
// "lost and" fixes nothing.
func lostAndFound(text string, toks []token, k int) bool {
	return k >= 2 && strings.EqualFold(text[toks[k-1].start:toks[k-1].end], "and") &&
		strings.EqualFold(text[toks[k-2].start:toks[k-2].end], "lost")
}

// negatedBefore reports a negation among the three words before toks[k]
// in its clause: "didn't fix", "nicht behoben", "pas réglé".
func negatedBefore(toks []token, k int) bool {
	return anyBefore(toks, k, func(j int) bool { return toks[j].flags&(tokNegator|tokRuleNegator) != 0 })
}

// hadBeenWords put a start before the time told: "llevaba desde el lunes
// sin poder entrar", "I had been locked out since Monday".
var hadBeenWords = []string{"llevaba", "llevábamos", "llevaban", "estaba", "estábamos", "had", "hatte", "hatten",
	"avais", "avait", "avions", "étais", "était", "étions"}

// hadBeen reports one of hadBeenWords among the three words before
// toks[k] in its clause: the start it names is over, whatever a fix
// before it says.
func hadBeen(text string, toks []token, k int) bool {
	return anyBefore(toks, k, func(j int) bool { return equalFoldAny(text[toks[j].start:toks[j].end], hadBeenWords...) })
}

// breakIn reports a clause boundary before any of toks[from:to+1].
func breakIn(toks []token, from, to int) bool {
	for k := from; k <= to && k < len(toks); k++ {
		if toks[k].flags&tokBreak != 0 {
			return true
		}
	}
	return false
}

// contactReach bounds the words between a verb of contacting and the
// count of times: "I have called your support line five times".
const contactReach = 6

// countedContacts raises a count of times ("five times", "tres veces",
// "fünfmal") to repeat contact in full where the sentence says it counts
// the customer's calls or mails: "I have called your support line five
// times this week", "He llamado tres veces y me han colgado". Alone, a
// count may be anything ("three times the price"); after a verb of
// contacting it is contact that went unanswered, and live.
func (s *readings) countedContacts(text string, toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.signal != sigRepeat || h.drop || h.scale >= countedContactScale {
			continue
		}
		k, e := hitTokens(toks, h)
		counted, contact, never := false, false, false
		for j := k; j < e; j++ {
			r := s.role(&toks[j])
			counted = counted || r&roleTimes != 0
			contact = contact || r&roleContact != 0
			never = never || r&roleNever != 0 ||
				toks[j].hash == s.no && j+1 < len(toks) && toks[j+1].hash == s.one
		}
		if contact && never && s.surveyAfter(toks, e-1) {
			h.drop = true
			continue
		}
		if (counted || contact && never) && s.thanked(text, toks, k) {
			// "I called twice last week to say thanks"
			h.drop = true
			continue
		}
		if contact && counted {
			// "zweimal gemeldet", "called twice": the count and its verb
			// in one phrase
			h.scale, h.live = countedContactScale, true
			continue
		}
		if contact && never {
			// "nobody called", "no one even called": the call-back that
			// never came
			h.scale, h.live = countedContactScale, true
			continue
		}
		if !counted {
			continue
		}
		for j := k - 1; j >= max(0, k-contactReach) && toks[j+1].flags&tokBreak == 0; j-- {
			if s.role(&toks[j])&roleContact != 0 {
				h.scale, h.live = countedContactScale, true
				break
			}
		}
		// German puts the participle last ("fünfmal angerufen"), French
		// and Spanish a clause ("la troisième fois que je signale")
		for j := e; !h.live && j < min(len(toks), e+3) && toks[j].flags&tokBreak == 0; j++ {
			if s.role(&toks[j])&roleContact != 0 {
				h.scale, h.live = countedContactScale, true
			}
		}
	}
}

// contactOnDays reads contact listed by the days it went out as repeat
// contact: "I raised this on Monday and Wednesday and haven't heard a
// thing", "j'ai signalé ceci lundi et mercredi", "lo avisé el lunes y el
// miércoles". toks[i] is the first day; a verb of contacting comes in
// the few words before it, a second day in the few after, and the
// sentence says the matter is still open.
func (s *readings) contactOnDays(text string, toks []token, hits []hit, i int) (hit, bool) {
	second := -1
	for j := i + 1; j < min(len(toks), i+4); j++ {
		if s.role(&toks[j])&roleWeekday != 0 {
			second = j
			break
		}
	}
	if second < 0 {
		return hit{}, false
	}
	verb := -1
	for j := i - 1; j >= max(0, i-contactReach) && toks[j+1].flags&tokBreak == 0; j-- {
		if s.role(&toks[j])&roleContact != 0 {
			verb = j
			break
		}
	}
	if verb < 0 || s.thanked(text, toks, verb) {
		return hit{}, false
	}
	lo, hi := sentenceTokens(text, toks, i)
	if !persists(hits, toks[lo].start, toks[hi-1].end) {
		return hit{}, false
	}
	return hit{signal: sigRepeat, scale: countedContactScale, start: toks[verb].start, end: toks[second].end,
		prev: -1, live: true}, true
}

// offerReach bounds the words between a rival and the better offer it
// made: "Ihr Wettbewerber hat uns letzte Woche ein besseres Angebot
// gemacht".
const offerReach = 8

// betterOffer returns the offer a rival toks[i] made that beats ours, in
// its sentence, or -1: "your competitor offered us a better deal",
// "votre concurrent nous a fait une meilleure offre", "we've been offered
// a better rate by another provider". A customer weighing
// it has one foot out of the door; one who chose us or stays has not. An
// offer the customer is weighing counts as well: "hat uns ein Angebot
// gemacht, das wir gerade prüfen".
func (s *readings) betterOffer(text string, toks []token, i int) int {
	lo, hi := sentenceTokens(text, toks, i)
	for j := lo; j < hi; j++ {
		if s.role(&toks[j])&roleStay != 0 {
			// "we chose you over a competitor who offered a better price"
			return -1
		}
	}
	// the offer after the rival, or before it ("we've been offered a
	// better rate by another provider"), with the word that makes it
	// better beside it or a few words after ("une offre nettement plus
	// avantageuse")
	for j := max(lo, i-offerReach); j < min(hi, i+1+offerReach); j++ {
		if j == i || s.role(&toks[j])&roleOffer == 0 || j > 0 && equalFoldAny(text[toks[j-1].start:toks[j-1].end],
			"your", "ihr", "ihre", "ihren", "votre", "vos", "su", "sus", "vuestra", "vuestro") {
			// "your price is better than any competitor's" is the
			// vendor's own offer
			continue
		}
		if j > 0 && toks[j].flags&tokBreak == 0 && s.role(&toks[j-1])&roleBetter != 0 {
			return j
		}
		for k := j + 1; k < min(hi, j+1+betterReach) && toks[k].flags&tokBreak == 0; k++ {
			if s.role(&toks[k])&roleBetter != 0 {
				return j
			}
		}
		for k := j + 1; k < hi; k++ {
			if s.role(&toks[k])&roleShop != 0 || s.kind(&toks[k])&kindWeigh != 0 {
				// "ein Angebot gemacht, das wir gerade ernsthaft
				// prüfen": an offer weighed
				return j
			}
		}
	}
	return -1
}

// betterReach bounds the words after an offer that say it is better:
// "une offre nettement plus avantageuse".
const betterReach = 3

// datedReach bounds the words after "my emails" that are read for the
// dates they went out: "my emails of 14, 18 and 22 November".
const datedReach = 10

// datedContacts reads the customer's own messages listed by the dates
// they went out as repeat contact: "Per my emails of 14, 18 and 22
// November", "meine E-Mails vom 14., 18. und 22. November", "mis correos
// del 14, 18 y 22". Two dates or more are contact that had to be
// repeated when the sentence says what they asked for is still open
// ("... the credit note is still outstanding"); a reference to them ("as
// discussed in my emails of 3 and 10 June, we'd love to extend") and
// thanks for them are not. toks[i] is the word for the messages.
func (s *readings) datedContacts(text string, toks []token, hits []hit, i int) (hit, bool) {
	if i == 0 || s.role(&toks[i-1])&roleMine == 0 && (i < 2 || s.role(&toks[i-2])&roleMine == 0) {
		return hit{}, false
	}
	_, hi := sentenceTokens(text, toks, i)
	dates, last := 0, -1
	for j := i + 1; j < min(hi, i+1+datedReach); j++ {
		if w := text[toks[j].start:toks[j].end]; toks[j].flags&tokLetters == 0 && w[0] >= '0' && w[0] <= '9' && len(w) <= 2 {
			dates, last = dates+1, j
		}
	}
	if dates < 2 || s.thanked(text, toks, i) || !persists(hits, toks[i].start, toks[hi-1].end) {
		return hit{}, false
	}
	return hit{signal: sigRepeat, scale: countedContactScale, start: toks[i-1].start, end: toks[last].end, prev: -1,
		live: true}, true
}

// persists reports a hit between from and to that says a problem is
// still open: "still", a wait, repeat contact, a failure.
func persists(hits []hit, from, to int32) bool {
	for i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= from }); i < len(hits) && hits[i].start < to; i++ {
		switch hits[i].signal {
		case sigNow, sigRepeat, sigWaiting, sigComplaint, sigOutage:
			if !hits[i].drop {
				return true
			}
		}
	}
	return false
}

// surveyAfter reports a survey or an invitation within a few words after
// toks[j]: what nobody answered was the customer's own question to their
// people, not a mail to us.
func (s *readings) surveyAfter(toks []token, j int) bool {
	for k := j + 1; k < min(len(toks), j+5) && toks[k].flags&tokBreak == 0; k++ {
		if s.role(&toks[k])&roleSurvey != 0 {
			return true
		}
	}
	return false
}

// eventInClause reports a survey, meeting or other event of the
// customer's own in the clause from toks[k] on: "no vino nadie de nuestra
// parte al webinar" is about their people, not ours.
func (s *readings) eventInClause(toks []token, k int) bool {
	for j := k; j < min(len(toks), k+10) && (j == k || toks[j].flags&tokBreak == 0); j++ {
		if s.role(&toks[j])&roleSurvey != 0 {
			return true
		}
	}
	return false
}

// thanked reports thanks in the sentence of toks[k]: contact counted to
// say thank you is no chasing.
func (s *readings) thanked(text string, toks []token, k int) bool {
	// thanks before the count is often sarcasm ("Great, the fourth time
	// I have to ask"); after it, the reason for the calls
	hi := min(len(toks), k+stalledWindow+1)
	for j := k; j < hi; j++ {
		if j > k && toks[j].flags&tokBreak != 0 && endsSentenceAt(text, int(toks[j-1].end), int(toks[j].start)) {
			break
		}
		if s.role(&toks[j])&roleThanks == 0 {
			continue
		}
		if j+2 < hi && s.role(&toks[j+2])&roleNever != 0 {
			// "thanks for nothing", "merci pour rien"
			continue
		}
		return true
	}
	return false
}

// countedContactScale is what counted contact weighs: as much as "third
// email about this".
const countedContactScale = 1.5

// persistsWithin bounds the words between a promise and the persisting
// problem that breaks it.
const persistsWithin = 12

// persistsAfter returns, as a broken promise, the repeat-contact phrase
// ("toujours pas", "still not", "immer noch nicht") within a few words
// after the promise at toks[i]: the promised thing is still not done.
func persistsAfter(toks []token, i int, hits []hit) (hit, bool) {
	from, to := toks[i].end, toks[min(len(toks)-1, i+persistsWithin)].end
	for k := sort.Search(len(hits), func(j int) bool { return hits[j].start >= from }); k < len(hits) && hits[k].start < to; k++ {
		h := hits[k]
		if h.signal == sigRepeat && !h.drop && h.scale >= 0.8 && h.scale < brokenPromiseScale {
			return hit{signal: sigRepeat, scale: brokenPromiseScale, start: h.start, end: h.end, prev: -1, live: true}, true
		}

	}
	return hit{}, false
}

// already reports "already" in the sentence of toks[j]: a switch told in
// the past is churn when it has begun ("three of our branches have
// already moved to a different system"), not when it is history ("we
// switched to another provider for payroll years ago").
func (s *readings) already(text string, toks []token, j int) bool {
	lo, hi := sentenceTokens(text, toks, j)
	for k := lo; k < hi; k++ {
		if s.role(&toks[k])&roleAlready != 0 {
			return true
		}
	}
	return false
}

// coverWeaker widens h over the weaker hits of its signal that it
// overlaps but does not contain, so that it stands for them: "nos
// cambiamos de" (a partial phrase) inside "nos cambiamos de plataforma".
func coverWeaker(hits []hit, h hit) hit {
	from := sort.Search(len(hits), func(j int) bool { return hits[j].end > h.start })
	for k := max(0, from-overlapLookback); k < len(hits) && hits[k].start < h.end; k++ {
		o := &hits[k]
		if o.signal != h.signal || o.drop || o.end <= h.start || o.scale >= h.scale {
			continue
		}
		h.start, h.end = min(h.start, o.start), max(h.end, o.end)
	}
	return h
}

// sinceReach bounds the words between a stated start and the past time
// word it names: "since the certificate expired last night".
const sinceReach = 6

// pastSince drops the past that only dates a start: "since the
// certificate expired last night" says the problem has lasted since
// then, not that it is over.
func (s *readings) pastSince(text string, toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.signal != sigPast || h.drop {
			continue
		}
		k := firstToken(toks, h.start)
		for j := k - 1; j >= max(0, k-sinceReach) && toks[j+1].flags&tokBreak == 0; j-- {
			if s.role(&toks[j])&roleSince != 0 && toks[j].hash != s.forWord {
				h.drop = true
				break
			}
		}
	}
}

// partsAndPurchases drops a cancellation of one part ("Wir kündigen nur
// das Zusatzmodul", "nous résilions uniquement l'option SMS", "solo damos
// de baja el módulo"), a count of purchases ("second time we've ordered",
// "zum zweiten Mal bestellt"), and a lock-out or outage of something the
// customer says they no longer need ("Gesperrt war nur mein alter
// Testzugang, den brauche ich nicht mehr"): none is a customer leaving,
// chasing or blocked.
func (s *readings) partsAndPurchases(text string, toks []token, hits []hit, need scanned) {
	for j := need.needFirst; j >= 0 && j <= need.needLast; j++ {
		if s.role(&toks[j])&roleNeed == 0 {
			continue
		}
		lo, hi := sentenceTokens(text, toks, j)
		if !s.unneeded(toks, j, hi) {
			continue
		}
		from, to := toks[lo].start, toks[hi-1].end
		for k := sort.Search(len(hits), func(k int) bool { return hits[k].start >= from }); k < len(hits) && hits[k].start < to; k++ {
			if hits[k].signal == sigOutage {
				hits[k].drop = true
			}
		}
	}
	for i := range hits {
		h := &hits[i]
		if h.drop || h.scale == 0 {
			continue
		}
		switch h.signal {
		case sigChurn:
			if need.seen&(roleOnly|roleTrial) == 0 {
				continue
			}
			k, e := hitTokens(toks, h)
			if need.seen&roleTrial != 0 && s.trialBeside(toks, k, e) && s.rolesOf(toks[k:e])&(roleOther|roleRival) == 0 {
				// "we won't be extending the trial for the sandbox
				// account": a try-out ends, no customer leaves; one that
				// ended in a rival's favour ("nach der Testphase für eine
				// andere Lösung entschieden") is churn
				h.drop = true
				continue
			}
			if s.rolesOf(toks[k:e])&(roleOther|roleRival) != 0 {
				// "he contratado con otra compañía, solo quiero la baja":
				// going to another firm is no part cancelled
				continue
			}
			for j := max(0, k-2); j < min(len(toks), e+4) && (j < e || toks[j].flags&tokBreak == 0); j++ {
				if s.role(&toks[j])&roleOnly != 0 {
					h.drop = true
					break
				}
			}
		case sigImpact:
			// "none of our users has had a login problem since the
			// update", "keiner unserer Nutzer hatte ein Anmeldeproblem"
			k := firstToken(toks, h.start)
			if toks[k].flags&(tokNegator|tokRuleNegator) == 0 && s.role(&toks[k])&roleNobody == 0 {
				continue
			}
			for j := k + 1; j < min(len(toks), k+10) && (j == k+1 || toks[j].flags&tokBreak == 0); j++ {
				if s.role(&toks[j])&roleGoodNews != 0 || problemWord(text[toks[j].start:toks[j].end]) {
					h.drop = true
					break
				}
				if s.role(&toks[j])&roleUrgent != 0 {
					// "keine der neuen Funktionen ist dringend": neither
					// the scope nor the urgency is meant
					h.drop = true
					dropAt(hits, toks[j].start, sigDeadline)
					break
				}
			}
		case sigCalm:
			// "Wir verlängern unseren Vertrag nicht": German puts the
			// "nicht" of a renewal after its object
			k, e := hitTokens(toks, h)
			if s.rolesOf(toks[k:e])&roleRenew == 0 {
				continue
			}
			for j := e; j < min(len(toks), e+6) && toks[j].flags&tokBreak == 0; j++ {
				if s.role(&toks[j])&roleNicht != 0 {
					h.drop = true
					break
				}
			}
		case sigResolved:
			// "three patients have arrived that we had no record of":
			// people who arrive are no parcel that finally did
			k, _ := hitTokens(toks, h)
			if k > 0 && s.kind(&toks[k-1])&kindPeople != 0 {
				if p := text[h.start:h.end]; strings.Contains(p, "arriv") || strings.Contains(p, "lleg") ||
					strings.Contains(p, "angekommen") || strings.Contains(p, "eingetroffen") {
					h.drop = true
				}
			}
		case sigDataLoss:
			// "les montants erronés ont disparu": what is gone was the
			// problem
			k, _ := hitTokens(toks, h)
			for j := k - 1; j >= max(0, k-3) && toks[j+1].flags&tokBreak == 0 && !s.conjunction(text, &toks[j]); j-- {
				// (a new clause has its own subject: "sale un error y se
				// pierde todo")
				if s.role(&toks[j])&(roleAmiss|roleGoodNews) != 0 {
					h.drop = true
					break
				}
			}
			if !h.drop && k > 0 && equalFoldAny(text[toks[k-1].start:toks[k-1].end], "it", "il", "elle", "er", "es") {
				// "le message d'erreur qui apparaissait la semaine
				// dernière : depuis mardi, il a disparu": the pronoun
				// stands for the error told before it
				for j := k - 2; j >= max(0, k-goneReach); j-- {
					if s.role(&toks[j])&roleGoodNews != 0 {
						h.drop = true
						break
					}
				}
			}
		case sigOutage:
			k, e := hitTokens(toks, h)
			if toks[k].flags&(tokNegator|tokRuleNegator) != 0 && s.rolesOf(toks[k+1:e])&roleGoodNews != 0 {
				// "keine einzige Beschwerde", "aucune réclamation": no
				// complaint is good news
				h.drop = true
				continue
			}
			if s.noLongerWorks(toks, k, e) && (s.goodRiddance(text, toks, k) || s.amissWithin(toks, k, e)) {
				// "le message d'erreur ne s'affiche plus, merci !": what
				// no longer shows was the problem
				h.drop = true
				continue
			}
			// "since the change nobody has been locked out", "plus
			// personne n'a été bloqué": a problem that happens to nobody
			// is good news, where "nobody can log in" is a lock-out
			for j := k - 1; j >= max(0, k-nobodyHadReach) && toks[j+1].flags&tokBreak == 0; j-- {
				r := s.role(&toks[j])
				if r&(roleAble|roleAnd) != 0 {
					break
				}
				if r&roleNobody != 0 || toks[j].hash == s.none {
					// "none of the agents have seen the error again"
					h.drop = true
					break
				}
			}
		case sigRepeat:
			if need.seen&(roleThanks|roleSurvey|roleBought) == 0 {
				continue
			}
			k, e := hitTokens(toks, h)
			if need.seen&roleThanks != 0 && s.thanked(text, toks, k) ||
				need.seen&roleSurvey != 0 && s.eventInClause(toks, k) {
				// "my fourth call with your team, every one excellent",
				// "nobody came to the webinar from our side"
				h.drop = true
				continue
			}
			for j := e; j < min(len(toks), e+4) && (j == e || toks[j].flags&tokBreak == 0); j++ {
				if s.role(&toks[j])&roleBought != 0 {
					h.drop = true
					break
				}
			}
		}
	}
}

// politeScale is what politeness about when weighs beside a problem
// that stops work now.
const politeScale = 0.3

// politeWhen weighs politeness about when ("when you get a chance",
// "cuando puedan", "at your convenience") less in a mail that names a
// problem that stops work and says it is now, or needed by a time: "the
// tenant portal seems to have been down since about 7am ... when you get
// a chance" is an outage told politely, not a request that can wait. "No rush" and "not urgent"
// say so outright and keep their weight; without a problem now, as in
// "could you resend the summary when you get a chance?", so does
// politeness.
func (s *readings) politeWhen(text string, toks []token, hits []hit) {
	severe, now := false, false
	for i := range hits {
		h := &hits[i]
		if h.drop || h.scale == 0 {
			continue
		}
		severe = severe || isSevere(h.signal) && h.signal != sigScope
		now = now || h.signal == sigNow || h.signal == sigDeadline
	}
	if !severe || !now {
		return
	}
	for i := range hits {
		h := &hits[i]
		if h.signal != sigCalm || h.drop || h.scale < 1 {
			continue
		}
		k := firstToken(toks, h.start)
		if k < len(toks) && equalFoldAny(text[toks[k].start:toks[k].end], "when", "whenever", "at", "quand",
			"cuando", "wenn") {
			h.scale *= politeScale
		}
	}
}

// hypotheticalReach bounds the words between "if" and the word that
// makes it some day: "si en algún momento".
const hypotheticalReach = 4

// askedScale is what a cancellation asked about weighs: "how do I
// cancel my subscription?" tells the customer may leave, not that they
// are leaving in anger or in a hurry.
const askedScale = 0.5

// askedChurn weighs the cancellations a customer only asks about. One
// that may happen some day ("Wie läuft eine Kündigung ab, falls wir
// irgendwann wechseln sollten?", "si un jour nous changions") is no
// threat at all; a question of how to cancel ("how do I cancel my
// subscription?", "¿cómo funciona la baja?") counts for half, unless
// the mail is upset about something ("How do I cancel? I've had enough").
// Users removed by the count are no customer leaving (fewPeopleAfter),
// nor is an order or a meeting cancelled (orderAfter).
func (s *readings) askedChurn(text string, toks []token, hits []hit) []hit {
	upset := upsetBy(hits)
	var conds [maxConditionalThreats]int32
	nc := 0
	for i := range hits {
		h := &hits[i]
		if h.signal != sigChurn || h.drop || h.scale == 0 {
			continue
		}
		k := firstToken(toks, h.start)
		if k == len(toks) {
			break
		}
		lo, hi := sentenceTokens(text, toks, k)
		how := false
		for j := lo; j < hi; j++ {
			m := s.mark(&toks[j])
			if m&markHypo != 0 || m&markDay != 0 && j > lo &&
				equalFoldAny(text[toks[j-1].start:toks[j-1].end], "un", "algún") {
				if conditionalBefore(text, toks, max(lo, j-hypotheticalReach), j) {
					// "if we ever", "falls wir irgendwann", "si un jour",
					// "si algún día", "si en algún momento", "si jamais";
					// not "never ever again"
					h.drop = true
					break
				}
			}
			if j < k && m&markHow != 0 {
				how = true
			}
		}
		if !h.drop && how && !upset && s.asks(text, toks, hi) {
			h.scale *= askedScale
		}
		if !h.drop && (s.fewPeopleAfter(text, toks, h) || s.orderAfter(text, toks, h) && s.askedFor(toks, lo, k) ||
			s.notYours(toks, h, hi) || s.contentAfter(toks, h, hi)) {
			h.drop = true
		}
		if !h.drop && h.scale >= 1 && nc < len(conds) {
			// (a weak cue, a bare "leave", threatens nothing: "tell them
			// to leave, and call the cops if they don't")
			if c := s.unmetCondition(text, toks, lo, hi); c >= 0 && (nc == 0 || conds[nc-1] != int32(c)) {
				conds[nc] = int32(c)
				nc++
			}
		}
	}
	for _, c := range conds[:nc] {
		hits = insertHit(hits, hit{signal: sigUltimatum, scale: 1, start: toks[c].start, end: toks[c].end, prev: -1})
	}
	return hits
}

// upsetScale is the least weight of a cue that makes a mail upset: a
// weak one, as a lawyer's title under a signature ("Me Bernard Caron,
// Avocat"), does not.
const upsetScale = 0.6

// upsetBy reports a mail upset about something: anger, insults, repeat
// contact, a legal threat or a severe problem.
func upsetBy(hits []hit) bool {
	for i := range hits {
		if h := &hits[i]; !h.drop && h.scale >= upsetScale && (h.signal == sigAngerWord || h.signal == sigInsult ||
			h.signal == sigRepeat || h.signal == sigLegal || isSevere(h.signal) && h.signal != sigScope) {
			return true
		}
	}
	return false
}

// ownReasons drops the cancellations of a calm mail that gives a reason
// of the customer's own: a retirement, a move, a thing no longer needed
// ("je pars à la retraite ... nous résilierons l'abonnement", "ya no
// necesitaremos la segunda línea. ¿Qué tengo que hacer para darla de
// baja?"), or that says the customer is content apart from it
// ("Ansonsten sind wir super zufrieden"). Such a customer leaves without
// anything gone wrong that a senior could mend. A mail upset about
// anything keeps its threat, and its "otherwise".
func (s *readings) ownReasons(text string, toks []token, hits []hit) {
	if !slices.ContainsFunc(hits, func(h hit) bool { return h.signal == sigChurn && !h.drop && h.scale > 0 }) ||
		upsetBy(hits) || !s.ownReason(text, toks) {
		return
	}
	for i := range hits {
		if h := &hits[i]; h.signal == sigChurn || h.signal == sigUltimatum {
			h.drop = true
		}
	}
}

// contentReach bounds the words between "otherwise" and the word that
// says the customer is content: "Por lo demás, muy contentos",
// "Ansonsten sind wir mit Ihnen sehr zufrieden".
const contentReach = 6

// ownReason reports a reason of the customer's own to leave (kindLife, a
// move or a shop that closes), a need that is no more ("brauchen ...
// nicht mehr", "no longer need", "n'avons plus besoin", "ya no
// necesitaremos"), or content apart from it ("ansonsten", "otherwise",
// "sinon", "por lo demás" before "zufrieden", "happy", "satisfaits",
// "contentos") or always (alwaysContent).
func (s *readings) ownReason(text string, toks []token) bool {
	contrast := -2 // where the mail's last "but" stands, once asked
	for j := range toks {
		t := &toks[j]
		if s.kind(t)&kindLife != 0 {
			return true
		}
		if s.role(t)&roleNeed != 0 && s.needNoMore(text, toks, j) && !s.vendorAfter(text, toks, j) {
			return true
		}
		if s.mark(t)&markContent != 0 && s.alwaysContent(text, toks, j, &contrast) ||
			(s.kind(t)&kindFine != 0 || s.mark(t)&markContent != 0 || equalFoldAny(text[t.start:t.end], "bien", "gut",
				"good", "placer", "plaisir", "pleasure", "freude", "tolle", "toller", "tollen")) &&
				s.hasBeenFine(text, toks, j, &contrast) || movesHouse(text, toks, j) ||
			closesPlace(text, toks, j) || changesPremises(text, toks, j) {
			return true
		}
		if notAboutYou(text, toks, j) {
			return true
		}
		if !equalFoldAny(text[t.start:t.end], "otherwise", "ansonsten", "sonst", "sinon", "demás", "reste", "ailleurs") {
			continue
		}
		for k := j + 1; k < min(len(toks), j+1+contentReach); k++ {
			if s.mark(&toks[k])&markContent != 0 {
				return toks[k-1].flags&(tokNegator|tokRuleNegator) == 0
			}
		}
	}
	return false
}

// vendorAfter reports a need at toks[j] of the vendor itself, a few words
// on: "we no longer need a supplier whose deliveries arrive broken", "no
// necesitamos más sus servicios". Not needing the vendor is leaving it.
func (s *readings) vendorAfter(text string, toks []token, j int) bool {
	for k := j + 1; k < min(len(toks), j+4) && toks[k].flags&tokBreak == 0; k++ {
		if s.role(&toks[k])&(roleVendor|roleRival|roleFirm) != 0 || equalFoldAny(text[toks[k].start:toks[k].end],
			"you", "your", "vous", "votre", "vos", "sie", "ihre", "ihren", "ihnen", "ustedes", "sus", "vuestros",
			"vuestro", "services", "service", "servicios", "servicio", "dienste") {
			return true
		}
	}
	return false
}

// notYouPhrases say, in so many words, that the vendor is not why the
// customer goes, that what is cancelled is no longer used, or that the
// customer moves abroad: a reason of the customer's own.
var notYouPhrases = [][]string{
	{"nothing", "to", "do", "with", "you"}, {"nothing", "to", "do", "with", "your"}, {"not", "because", "of", "you"},
	{"no", "reflection", "on", "you"}, {"nobody", "uses", "it", "anymore"}, {"no", "one", "uses", "it", "anymore"},
	{"rien", "à", "voir", "avec", "vous"}, {"rien", "à", "voir", "avec", "votre"}, {"aucun", "souci", "avec", "vous"},
	{"aucun", "problème", "avec", "vous"}, {"pas", "à", "cause", "de", "vous"}, {"personne", "ne", "l'utilise"},
	{"nada", "que", "ver", "con", "vosotros"}, {"nada", "que", "ver", "con", "ustedes"},
	{"nada", "que", "ver", "con", "vuestro"}, {"nada", "que", "ver", "con", "su"}, {"no", "es", "por", "vosotros"},
	{"no", "es", "por", "ustedes"}, {"nadie", "lo", "usa"}, {"nadie", "la", "usa"},
	{"liegt", "nicht", "an", "ihnen"}, {"liegt", "nicht", "an", "euch"}, {"nichts", "mit", "ihnen", "zu", "tun"},
	{"nichts", "mit", "euch", "zu", "tun"}, {"nutzt", "niemand", "mehr"}, {"niemand", "nutzt", "es", "mehr"},
	{"pars", "vivre"}, {"partons", "vivre"}, {"vais", "vivre"}, {"me", "voy", "a", "vivir"},
	{"nos", "vamos", "a", "vivir"}, {"moving", "abroad"}, {"moving", "overseas"}, {"ziehe", "ins", "ausland"},
	{"ziehen", "ins", "ausland"},
}

// notYouFirst holds the first words of notYouPhrases, so that most words
// cost a look at their first letter and length.
var notYouFirst = func() *wordSet {
	var first []string
	for _, p := range notYouPhrases {
		if !slices.Contains(first, p[0]) {
			first = append(first, p[0])
		}
	}
	return newWordSet(first)
}()

// notAboutYou reports one of notYouPhrases starting at toks[j] and
// within its clause.
func notAboutYou(text string, toks []token, j int) bool {
	w := text[toks[j].start:toks[j].end]
	if !isASCIILetter(w[0]) || !notYouFirst.mayHave(w) {
		return false
	}
	for _, p := range notYouPhrases {
		if !strings.EqualFold(w, p[0]) || j+len(p) > len(toks) {
			continue
		}
		ok := true
		for i := 1; i < len(p) && ok; i++ {
			t := &toks[j+i]
			ok = t.flags&tokBreak == 0 && strings.EqualFold(text[t.start:t.end], p[i])
		}
		if ok {
			return true
		}
	}
	return false
}

// movesHouse reports a German move at toks[j]: "wir ziehen mit der Praxis
// im Oktober nach Freiburg", "unser Verein zieht im Herbst in neue Räume".
// "ziehen ... in Erwägung" weighs and "ziehen ... um" to another provider
// leaves; only "nach" a place or "in neue" rooms is a move.
func movesHouse(text string, toks []token, j int) bool {
	if !equalFoldAny(text[toks[j].start:toks[j].end], "ziehen", "zieht", "ziehe") {
		return false
	}
	for k := j + 1; k+1 < min(len(toks), j+9) && toks[k].flags&tokBreak == 0; k++ {
		w, next := text[toks[k].start:toks[k].end], text[toks[k+1].start:toks[k+1].end]
		if r, _ := utf8.DecodeRuneInString(next); w == "nach" && unicode.IsUpper(r) ||
			w == "in" && equalFoldAny(next, "neue", "neuen", "ein") {
			return true
		}
	}
	return false
}

// changesPremises reports a move of premises at toks[j]: "nos cambiamos
// de local", "nous changeons de locaux", "we're changing offices". The
// new place comes with its own contracts; the customer leaves for that.
func changesPremises(text string, toks []token, j int) bool {
	if !equalFoldAny(text[toks[j].start:toks[j].end], "cambiamos", "cambiaremos", "changeons", "changerons",
		"changing", "change") || j+2 >= len(toks) {
		return false
	}
	k := j + 1
	if equalFoldAny(text[toks[k].start:toks[k].end], "de", "our") {
		k++
	}
	return toks[k].flags&tokBreak == 0 && equalFoldAny(text[toks[k].start:toks[k].end], "local", "locales",
		"oficina", "oficinas", "sede", "nave", "domicilio", "casa", "locaux", "bureaux", "bureau", "siège",
		"offices", "premises")
}

// placeReach bounds the words between a verb of closing and the place it
// closes: "el plan de la tienda de Valencia porque la cerramos".
const placeReach = 8

// closesPlace reports a verb of closing at toks[j] with a shop, an office
// or a practice near it in its sentence: "we're closing the shop", "je
// ferme mon cabinet", "la tienda ... la cerramos". Closing an account is
// leaving; closing a shop is the customer's own affair.
func closesPlace(text string, toks []token, j int) bool {
	if !equalFoldAny(text[toks[j].start:toks[j].end], "closing", "close", "schließen", "schließt", "schließe",
		"fermer", "fermons", "ferme", "cerrar", "cerramos", "cierro", "cierra") {
		return false
	}
	for k := max(0, j-placeReach); k < min(len(toks), j+placeReach+1); k++ {
		if k != j && (k < j && breakIn(toks, k+1, j) || k > j && breakIn(toks, j+1, k)) &&
			endsSentenceAt(text, int(toks[min(j, k)].end), int(toks[max(j, k)].start)) {
			continue
		}
		w := text[toks[k].start:toks[k].end]
		if equalFoldAny(w, "account", "cuenta", "compte", "konto", "contract", "contrato", "contrat", "vertrag") &&
			k > j {
			return false
		}
		if equalFoldAny(w, "shop", "store", "office", "practice", "business", "restaurant", "laden", "büro",
			"praxis", "geschäft", "filiale", "boutique", "bureau", "cabinet", "magasin", "agence", "tienda",
			"oficina", "local", "academia", "negocio", "restaurante", "clínica", "consulta", "sucursal", "edificio",
			"building", "gebäude", "bâtiment", "centre", "centro", "librería", "bookshop", "farmacia", "pharmacy",
			"panadería", "peluquería", "bar", "café", "hotel", "taller", "atelier", "salon", "werkstatt",
			"chiringuito", "quiosco", "kiosko", "kiosk", "blumenladen", "entrepôt", "warehouse", "lager", "almacén",
			"usine", "factory", "fabrik", "fábrica",
			"boulangerie", "pharmacie") {
			return true
		}
	}
	return false
}

// alwaysContent reports the content at toks[j] as how it always was
// ("Waren immer sehr zufrieden mit Ihnen!", "we've always been happy
// with you"), in a mail that turns to no "but" or "unfortunately" after
// all: "always happy, but after this price rise we're leaving" is a
// threat, and so is "waren wir lange sehr zufrieden" after a notice.
// *contrast caches whether the mail has such a word (1) or not (0) once
// it was read.
func (s *readings) alwaysContent(text string, toks []token, j int, contrast *int) bool {
	return framedBefore(text, toks, j, alwaysWords, nil) && s.noContrast(text, toks, j, contrast)
}

// Words that frame content or praise as how it always was, or as the
// time the customer had ("ha sido", "war", "we've"), and words that turn
// praise into its opposite ("alles andere als gut", "anything but great").
var (
	alwaysWords = []string{"always", "immer", "toujours", "siempre"}
	beenWords   = []string{"been", "sido", "estado", "été", "gewesen", "todo", "everything", "alles", "tout", "war",
		"waren", "was", "fue", "ido", "était", "estamos", "estoy", "sind", "bin", "sommes", "suis", "are", "am",
		"we're", "i'm", "c'était", "fut", "i've", "we've", "est"}
	turnWords = []string{"andere", "but", "sauf", "menos", "excepto"}
)

// framedBefore reports one of the frame words among the three words
// before toks[j] in its clause, with no negation there and none of the
// words in turns.
func framedBefore(text string, toks []token, j int, frame, turns []string) bool {
	framed := false
	for k := j - 1; k >= max(0, j-3) && toks[k+1].flags&tokBreak == 0; k-- {
		w := text[toks[k].start:toks[k].end]
		if toks[k].flags&(tokNegator|tokRuleNegator) != 0 || equalFoldAny(w, turns...) {
			return false
		}
		framed = framed || equalFoldAny(w, frame...)
	}
	return framed
}

// hasBeenFine reports the praise or content at toks[j] told of the time
// with the vendor ("Ha sido un servicio genial", "Ha estado genial todos
// estos años", "it has been great", "Todo genial este año", "War eine
// tolle Zeit", "Estamos muy contentos con vosotros"), in a mail that
// turns to no "but" or "unfortunately" (read as alwaysContent reads it).
// A customer who leaves after praising what they had leaves for a
// reason of their own.
func (s *readings) hasBeenFine(text string, toks []token, j int, contrast *int) bool {
	return framedBefore(text, toks, j, beenWords, turnWords) && s.noContrast(text, toks, j, contrast)
}

// noContrast reports that no "but", "however" or "unfortunately" follows
// toks[j] in the mail: one after the content turns it ("always happy,
// but lately ..."), one before it belongs to the customer's own reason
// ("brauch dann leider ein eigenes Auto ... War immer super zufrieden").
// *contrast caches the index of the mail's last such word (-1 for none)
// once read; -2 says it has not been.
func (s *readings) noContrast(text string, toks []token, j int, contrast *int) bool {
	if *contrast == -2 {
		*contrast = -1
		for k := len(toks) - 1; k >= 0; k-- {
			if w := text[toks[k].start:toks[k].end]; equalFoldAny(w, contrastWords...) || equalFoldAny(w, "however",
				"jedoch", "cependant", "embargo", "doch", "allerdings", "unfortunately", "sadly", "leider",
				"malheureusement", "lamentablemente", "desgraciadamente") {
				*contrast = k
				break
			}
		}
	}
	return *contrast < j
}

// needReach bounds the words between "no longer" and the need it ends:
// "ya no vamos a necesitar".
const needReach = 5

// needNoMore reports the need at toks[j] negated as one that has ended:
// "no longer need", "ya no necesitamos", "n'avons plus besoin",
// "brauchen dann den Stellplatz nicht mehr" (German puts it last in the
// clause). A need negated otherwise ("we don't need excuses") is none.
func (s *readings) needNoMore(text string, toks []token, j int) bool {
	for k := j - 1; k >= max(0, j-needReach) && toks[k+1].flags&tokBreak == 0; k-- {
		w := text[toks[k].start:toks[k].end]
		if equalFoldAny(w, "longer", "plus") ||
			s.role(&toks[k])&roleYa != 0 && strings.EqualFold(text[toks[k+1].start:toks[k+1].end], "no") {
			// "no longer need", "n'avons plus besoin", "ya no necesitamos"
			return true
		}
	}
	for k := j + 1; k < min(len(toks), j+choiceWindow) && toks[k].flags&tokBreak == 0; k++ {
		w := text[toks[k].start:toks[k].end]
		if strings.EqualFold(w, "anymore") || equalFoldAny(w, "mehr", "longer") &&
			(s.role(&toks[k-1])&roleNicht != 0 || strings.EqualFold(text[toks[k-1].start:toks[k-1].end], "any")) ||
			k == j+1 && j > 0 && strings.EqualFold(w, "plus") && s.role(&toks[j-1])&roleNe != 0 {
			// "brauchen ... nicht mehr", "don't need it any longer", "la
			// ligne ne sert plus"
			return true
		}
	}
	return false
}

// maxConditionalThreats bounds the conditions one text adds as ultimatums.
const maxConditionalThreats = 4

// unmetCondition returns the word that opens a condition the vendor has
// yet to meet in the sentence toks[lo:hi] of a threat, or -1: "if" or
// "si" with a negation after it ("If we don't see a fix this week, we're
// out", "Si esta semana no hay solución, nos vamos"), or "without"
// itself ("Sans correctif cette semaine, on arrête"). Such a threat is
// an ultimatum, as "or else" is. A question asks what would happen.
func (s *readings) unmetCondition(text string, toks []token, lo, hi int) int {
	if s.asks(text, toks, hi) {
		return -1
	}
	for j := lo; j < hi; j++ {
		w := text[toks[j].start:toks[j].end]
		if equalFoldAny(w, "sans", "without", "ohne", "sin") {
			return j
		}
		if !equalFoldAny(w, "if", "si", "wenn", "falls") {
			continue
		}
		for k := j + 1; k < min(hi, j+1+conditionReach); k++ {
			if s.negator(&toks[k]) {
				return j
			}
		}
	}
	return -1
}

// leavingUnlessFixed adds a threat to leave told in a bare "I'm
// leaving" ("me voy", "je pars", "bin ich weg") that ends the clause
// after a condition of a fix not made: "If this is not fixed this week,
// I'm leaving", "Si esto no se arregla esta semana me voy". Alone such
// words go on holiday or home ("je pars en vacances", "I'm out sick"), so
// the lexicons do not list them; askedChurn then reads the condition as
// an ultimatum.
func (s *readings) leavingUnlessFixed(text string, toks []token, hits []hit, need scanned) []hit {
	if !need.fixNamed {
		// most mail names no fix
		return hits
	}
	for c := 0; c < len(toks); c++ {
		if toks[c].tz&roleClause == 0 || !slices.Contains(s.ifs[:], toks[c].hash) {
			// most words open no condition
			continue
		}
		_, hi := sentenceTokens(text, toks, c)
		neg, fix := false, -1
		for j := c + 1; j < min(hi, c+1+conditionReach); j++ {
			if s.negator(&toks[j]) {
				neg = true
			}
			if s.fixBits(&toks[j])&(fixDone|fixNow) != 0 {
				fix = j
			}
		}
		if !neg || fix < 0 {
			continue
		}
		for m := fix + 2; m < hi; m++ {
			if m+1 < hi && toks[m+1].flags&tokBreak == 0 {
				// "me voy a la playa": only a clause's last words leave
				continue
			}
			if !s.bareLeaving(text[toks[m-1].start:toks[m-1].end], text[toks[m].start:toks[m].end]) {
				continue
			}
			if h := churnAt(hits, toks[m-1].start, toks[m].end); h != nil {
				// the lexicons' weak "leaving"
				h.scale = max(h.scale, 1)
			} else {
				hits = insertHit(hits, hit{signal: sigChurn, scale: 1, start: toks[m-1].start, end: toks[m].end, prev: -1})
			}
			break
		}
		c = hi - 1
	}
	return hits
}

// bareLeaving reports two words that say "I'm leaving" and nothing
// more: a subject and a verb of going ("me voy", "nous partons", "I'm
// leaving", "bin ich weg"), or German's verb first ("gehe ich").
func (s *readings) bareLeaving(a, b string) bool {
	if equalFoldAny(a, "gehe", "gehen") {
		return equalFoldAny(b, "ich", "wir")
	}
	return equalFoldAny(b, "voy", "vamos", "marcho", "marchamos", "largo", "pars", "part", "partons", "leaving",
		"leave", "gone", "weg", "out") &&
		equalFoldAny(a, "me", "nos", "je", "on", "nous", "i'm", "we're", "am", "are", "i", "we", "ich", "bin", "sind",
			"wir")
}

// churnAt returns a churn hit that overlaps [start, end), or nil. Hits
// are in text order, and a phrase that starts a few hits before start
// is as far back as one can reach into it.
func churnAt(hits []hit, start, end int32) *hit {
	i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= start })
	for i = max(0, i-churnBack); i < len(hits) && hits[i].start < end; i++ {
		if h := &hits[i]; h.signal == sigChurn && !h.drop && start < h.end {
			return h
		}
	}
	return nil
}

// churnBack bounds the hits churnAt reads before the span it is given.
const churnBack = 4

// negator reports a word that negates a condition: any negator, and
// German "nicht" and French "ne", which the rules read apart.
func (s *readings) negator(t *token) bool {
	return t.flags&(tokNegator|tokRuleNegator) != 0 || s.role(t)&(roleNicht|roleNe) != 0
}

// conditionReach bounds the words between "if" and the negation of its
// condition: "if we don't", "si esta semana no hay", "wenn Sie bis Ende der
// Woche kein".
const conditionReach = 7

// contentAfter reports a customer who says, after the cancellation or
// the rival, that they are content: "votre concurrent nous a appelés,
// nous lui avons dit que nous sommes satisfaits".
func (s *readings) contentAfter(toks []token, h *hit, hi int) bool {
	_, e := hitTokens(toks, h)
	for j := e; j < hi; j++ {
		if s.mark(&toks[j])&markContent != 0 {
			for k := max(e, j-2); k < j; k++ {
				if toks[k].flags&(tokNegator|tokRuleNegator) != 0 {
					// "not happy"
					return false
				}
			}
			return true
		}
	}
	return false
}

// notYours reports a cancellation the sentence says is of something
// else: "Je vais résilier mon abonnement à la salle de sport, pas le
// vôtre !", "I'm cancelling the gym, not yours".
func (s *readings) notYours(toks []token, h *hit, hi int) bool {
	_, e := hitTokens(toks, h)
	for j := e + 1; j < hi; j++ {
		if s.mark(&toks[j])&markYours != 0 && (s.mark(&toks[j-1])&markNot != 0 || s.mark(&toks[j-2])&markNot != 0) {
			// "not yours", "nicht Ihres", "pas le vôtre", "no el suyo"
			return true
		}
	}
	return false
}

// askedFor reports a request in toks[lo:k], before what it asks for:
// "bitte", "please", "merci de", "could you".
func (s *readings) askedFor(toks []token, lo, k int) bool {
	for j := lo; j < k; j++ {
		if s.kind(&toks[j])&kindPlan != 0 {
			return true
		}
	}
	return false
}

// orderAfter reports a cancellation whose object, a few words on, is an
// order, a booking or a meeting: "bitte stornieren Sie meine doppelte
// Bestellung", "cancel my duplicate order", "annuler ma réservation".
// Only one asked for is dropped: "faute de quoi nous annulerons notre
// commande" is a threat.
func (s *readings) orderAfter(text string, toks []token, h *hit) bool {
	k, e := hitTokens(toks, h)
	for j := e; j < min(len(toks), e+4) && toks[j].flags&tokBreak == 0; j++ {
		if s.mark(&toks[j])&markOrder != 0 {
			return true
		}
	}
	// German puts it first: "Pos. 3 bitte stornieren", "die Bestellung
	// 4471 bitte stornieren", "die Buchung für Raum Spree am Do.
	// stornieren"
	for j := k - 1; j >= max(0, k-6) && (toks[j+1].flags&tokBreak == 0 || abbrevDot(text, toks, j)); j-- {
		if s.mark(&toks[j])&markOrder != 0 {
			return true
		}
	}
	return false
}

// fewPeopleAfter reports a cancellation whose object is a count of
// people or of their seats: "damos de baja a dos usuarios", "kündigen Sie
// zwei Nutzer", "résilier deux utilisateurs", "dos licencias" remove
// users, not the customer.
func (s *readings) fewPeopleAfter(text string, toks []token, h *hit) bool {
	_, e := hitTokens(toks, h)
	j := e
	if j < len(toks) && toks[j].flags&tokBreak == 0 && equalFoldAny(text[toks[j].start:toks[j].end], "sie", "a", "den",
		"die", "the", "les", "los", "las") {
		j++
	}
	if j+1 >= len(toks) || toks[j].flags&tokBreak != 0 || toks[j+1].flags&tokBreak != 0 {
		return false
	}
	if w := text[toks[j].start:toks[j].end]; !(w[0] >= '0' && w[0] <= '9') && s.mark(&toks[j])&markCount == 0 {
		return false
	}
	if k := j + 2; k+1 < len(toks) && equalFoldAny(text[toks[j+1].start:toks[j+1].end], "de", "of", "des", "von", "sur") {
		// a part of the whole: "a 5 de los 20 alumnos", "5 of the 20
		// users"
		if equalFoldAny(text[toks[k].start:toks[k].end], "los", "las", "the", "les", "den", "nos", "our", "nuestros") {
			k++
		}
		if k+1 < len(toks) && toks[k].flags&tokBreak == 0 && toks[k+1].flags&tokBreak == 0 &&
			text[toks[k].start] >= '0' && text[toks[k].start] <= '9' {
			return s.kind(&toks[k+1])&kindPeople != 0
		}
	}
	// seats only in a few, told in words ("dos licencias"): "las 20
	// licencias" may well be the whole account
	return s.kind(&toks[j+1])&kindPeople != 0 || s.mark(&toks[j])&markCount != 0 &&
		equalFoldAny(text[toks[j+1].start:toks[j+1].end], "licencias", "licenses", "licences", "lizenzen", "seats",
			"plazas", "sièges", "postes", "puestos", "arbeitsplätze")
}

// goneReach bounds the words read back from a pronoun that disappeared
// for the error it stands for.
const goneReach = 24

// nobodyHadReach bounds the words between "nobody" or "none" and a
// problem it had: "none of the agents have seen the error".
const nobodyHadReach = 8

// trialBeside reports a try-out named in the clause of toks[k:e] and
// outside it: "extending the trial", "die Testphase ... verlängern wir
// nicht". Inside the hit it is the customer's own trial of a rival
// ("started a trial with one of your competitors"), which stays churn.
func (s *readings) trialBeside(toks []token, k, e int) bool {
	for j := k - 1; j >= max(0, k-6) && toks[j+1].flags&tokBreak == 0; j-- {
		if s.role(&toks[j])&roleTrial != 0 {
			return true
		}
	}
	for j := e; j < min(len(toks), e+5) && toks[j].flags&tokBreak == 0; j++ {
		if s.role(&toks[j])&roleTrial != 0 {
			return true
		}
	}
	return false
}

// dropAt drops the hit of signal sig that starts at start.
func dropAt(hits []hit, start int32, sig int) {
	for i := sort.Search(len(hits), func(i int) bool { return hits[i].start >= start }); i < len(hits) && hits[i].start == start; i++ {
		if hits[i].signal == sig {
			hits[i].drop = true
		}
	}
}

// problemWord reports a word that ends in problem, in German compounds
// too ("Anmeldeproblem", "Verbindungsprobleme").
func problemWord(w string) bool {
	for _, suf := range [...]string{"problem", "probleme", "problemen", "problème", "problèmes", "problema",
		"problemas"} {
		if len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// scanned is what scan saw besides its hits: the first and last word of
// needing ("need", "brauchen", "besoin"), -1 when there is none, and the
// roles of the words it opened on. Most mail names neither a need nor
// "only", thanks or a survey, and then partsAndPurchases reads nothing.
type scanned struct {
	needFirst, needLast int
	seen                uint64
	// thanks says a word of thanks was seen, and fixFirst is the index of
	// the first word of a fix (thankedFix), -1 for none
	thanks   bool
	fixFirst int
	// fixNamed says a word of a fix was seen, done or not
	// (leavingUnlessFixed)
	fixNamed bool
	// whatIf says the text asks what happens ("what happens if", "qué
	// pasa si"), which few texts do
	whatIf bool
}

// unneeded reports whether the verb of needing at toks[j] is negated:
// "don't need it anymore", "n'en a plus besoin", "ya no la necesitamos",
// or with German "nicht" after it ("den brauche ich nicht mehr").
func (s *readings) unneeded(toks []token, j, hi int) bool {
	if toks[j].ruleNeg != 0 {
		return true
	}
	for k := max(0, j-3); k < j; k++ {
		// "on n'en a plus besoin", "pas besoin"
		if s.role(&toks[k])&roleNeClose != 0 {
			return true
		}
	}
	for k := j + 1; k < min(hi, j+4); k++ {
		if s.role(&toks[k])&roleNicht != 0 {
			return true
		}
	}
	return false
}

// nobodyReach bounds the words between "nobody" and the answer it did
// not give: "niemand aus Ihrem Team meldet sich".
const nobodyReach = 7

// nobodyAnswers reads "nobody ... answers" with whoever did not answer in
// between: "niemand aus Ihrem Team meldet sich", "personne de votre
// équipe ne la reprend", "nadie del equipo la coge". Unanswered contact
// is live, as counted contact is. Nobody who can get in ("nobody on our
// side can sign in", "nadie de nuestro lado puede entrar") is a lock-out
// of everyone, live as well.
func (s *readings) nobodyAnswers(text string, toks []token, i int) (hit, bool) {
	able := s.ableBefore(toks, i)
	reach := nobodyReach
	if s.isNone(toks[i].hash) {
		// "none of the nurses on the early shift can get into the rota
		// app": "of the" takes two words more
		reach += 3
	}
	for j := i + 1; j < min(len(toks), i+reach+1) && toks[j].flags&tokBreak == 0; j++ {
		if s.goodNewsAfter(toks, j) {
			// "nobody on our team has reported any issues"
			return hit{}, false
		}
		r := s.role(&toks[j])
		able = able || r&roleAble != 0
		if able && (r&roleGetIn != 0 || j+1 < len(toks) && strings.EqualFold(text[toks[j].start:toks[j].end], "get") &&
			equalFoldAny(text[toks[j+1].start:toks[j+1].end], "in", "into", "onto")) {
			// "nobody on our side can sign in", "kann sich bei uns
			// niemand mehr anmelden": everyone is locked out, now
			return hit{signal: sigOutage, scale: 1, start: toks[i].start, end: toks[j].end, prev: -1,
				live: true}, true
		}
		if s.role(&toks[j])&roleAnswer != 0 {
			if s.surveyAfter(toks, j) {
				// "nobody answered the survey yet"
				return hit{}, false
			}
			return hit{signal: sigRepeat, scale: countedContactScale, start: toks[i].start, end: toks[j].end, prev: -1,
				live: true}, true
		}
	}
	return hit{}, false
}

// ableBefore reports a verb of being able in the few words of its clause
// before toks[i], where German puts it: "kann sich bei uns niemand
// anmelden".
func (s *readings) ableBefore(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-4); j-- {
		if s.role(&toks[j])&roleAble != 0 {
			return true
		}
		if toks[j].flags&tokBreak != 0 {
			return false
		}
	}
	return false
}

// maxLockedGap bounds the words between "locked" and its "out": who was
// locked out ("locked our whole finance team out").
const maxLockedGap = 5

// lockedOut reads "locked ... out" with whoever was locked out between,
// which no phrase of fixed words reaches: "the update locked our whole
// finance team out", "it kicked everyone out". Next to each other they
// are a lexicon phrase already.
func (s *readings) lockedOut(toks []token, i int) (hit, bool) {
	for j := i + 2; j < min(len(toks), i+maxLockedGap+2) && toks[j].flags&tokBreak == 0; j++ {
		r := s.role(&toks[j])
		if r&roleAnd != 0 {
			break
		}
		if r&roleOut != 0 {
			return hit{signal: sigOutage, scale: 1, start: toks[i].start, end: toks[j].end, prev: -1}, true
		}
	}
	return hit{}, false
}

// liveLockouts marks the outages, and the people stopped, that keep
// someone from getting in as live, and the work that stopped ("stopped
// going out on Monday"): a person locked out of an account is locked out
// now, and what stopped has not started again, however politely it is
// told and whether or not the mail says since when.
func (s *readings) liveLockouts(text string, toks []token, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.signal != sigOutage && h.signal != sigImpact || h.drop || h.scale < noLongerScale {
			continue
		}
		if h.scale < 0.8 {
			// a general "no longer" ("überträgt kein Gewicht mehr", "ne
			// s'affiche plus") is live when it says what no longer
			// works; other weak outages are not
			if h.signal == sigOutage {
				k, e := hitTokens(toks, h)
				h.live = s.noLongerWorks(toks, k, e) && !s.noLongerHad(text, toks, k, e)
			}
			continue
		}
		if h.signal == sigImpact && h.scale >= 1 {
			// "keine unserer E-Mails gehen raus", "aucun de nos e-mails ne
			// part": none of the customer's things working is now
			if k := firstToken(toks, h.start); k+1 < len(toks) && toks[k].flags&(tokNegator|tokRuleNegator) != 0 &&
				s.role(&toks[k])&roleNobody == 0 && s.role(&toks[k+1])&(roleOfKind|roleMine) != 0 {
				h.live = true
				continue
			}
		}
		if h.signal == sigOutage {
			k, e := hitTokens(toks, h)
			words, before := s.rolesOf(toks[k:e]), uint64(0)
			if k > 0 && toks[k].flags&tokBreak == 0 {
				before = s.role(&toks[k-1]) // "votre API semble [en panne]"
			}
			// "our website is down", "est hors ligne", "nothing works": a
			// whole system down, told in the present, is down now, as much
			// as a lock-out; one feature that "doesn't work" is not.
			// Nothing alone says no more ("es ist nichts kaputt" is good
			// news), so it counts only inside a phrase of the present that
			// the lexicon lists. What "still" fails or no longer works goes
			// on too.
			// What a screen "shows" wrong is on it now: "the app shows
			// an empty route list", "zeigt eine leere Tourenliste".
			if words&(roleDown|roleNothing) != 0 && presentInside(hits, i) ||
				words&roleDown != 0 && (words|before)&roleIsNow != 0 ||
				words&roleStill != 0 || s.noLongerWorks(toks, k, e) || s.displayed(text, toks, hits, k) {
				h.live = true
				continue
			}
		}
		// the hit's words and the two after it in its clause: "none of
		// us [can access]"
		k, stop := firstToken(toks, h.start), -1
		for j := k; j < len(toks) && (toks[j].start < h.end || j < stop); j++ {
			if toks[j].start >= h.end && stop < 0 {
				stop = j + 2
			}
			if toks[j].start >= h.end && toks[j].flags&tokBreak != 0 {
				break
			}
			if s.role(&toks[j])&roleGetIn != 0 || toks[j].start < h.end && s.role(&toks[j])&roleStop != 0 {
				h.live = true
				break
			}
		}
	}
}

// shownReach bounds the words after a verb of showing that are read for
// what it shows to all: "shows every delivery", "zeigt bei allen Gästen".
const shownReach = 8

// shownAmissReach is shownReach when the verb of showing is followed by
// a word of something amiss.
const shownAmissReach = 14

// shownScale weighs a wrong thing shown for all as an outage.
const shownScale = 1.0

// shownToAll reads a verb of showing at toks[i] whose object spreads
// over all of something: "the driver app shows every delivery as
// completed", "zeigt allen Mitarbeitern die Stunden vom letzten Monat",
// "muestra a toda la plantilla". Told to support, it is a symptom for
// everyone, however politely put, unless the sentence asks, or calls it
// expected or right ("das stimmt so", "es correcto").
func (s *readings) shownToAll(text string, toks []token, hits []hit, i int) (hit, bool) {
	if i > 0 && toks[i].flags&tokBreak == 0 && (toks[i-1].flags&(tokNegator|tokRuleNegator) != 0 ||
		s.role(&toks[i-1])&(rolePerson|roleSelf) != 0 || toks[i-1].hash == s.to) {
		// what a person "returns" or "reads" is no screen's, nor is what
		// someone wants "to show"
		return hit{}, false
	}
	still, stale, reach := false, false, shownReach
	for j := i + 1; j < min(len(toks), i+4) && toks[j].flags&tokBreak == 0; j++ {
		if s.amissWord(text, &toks[j]) {
			// what shows is wrong itself ("affichent « undefined » à la
			// place du nom du client sur toutes les commandes"): where it
			// shows may come further on
			reach = shownAmissReach
		}
	}
	for j := i + 1; j < min(len(toks), i+reach+1) && toks[j].flags&tokBreak == 0; j++ {
		still = still || s.role(&toks[j])&roleStill != 0 || s.kind(&toks[j])&kindStill != 0
		// "zeigen noch die alte Bankverbindung", "affichent encore nos
		// anciennes coordonnées": what a screen still shows old is stale
		old := still && s.kind(&toks[j])&kindExcuse != 0 && s.kind(&toks[j])&kindOld != 0
		if s.kind(&toks[j])&kindEveryone == 0 && !old && (!s.staleAt(text, toks, j) || s.recordNear(toks, i, j) ||
			s.role(&toks[j-1])&roleSince != 0) {
			// "s'affiche parfaitement depuis hier soir" dates a start,
			// not what is shown
			continue
		}
		lo, hi := sentenceTokens(text, toks, i)
		if s.asks(text, toks, hi) {
			return hit{}, false
		}
		if s.askedFor(toks, lo, i) {
			// "please show all users the banner": asked for, not seen
			return hit{}, false
		}
		if old || s.kind(&toks[j])&kindEveryone == 0 {
			// an old or stale thing shown is the symptom itself, so an
			// old thing excuses nothing here; calm still does
			if calmBetween(hits, toks[lo].start, toks[throughNext(text, toks, hi)-1].end) {
				return hit{}, false
			}
			stale = true
		} else if s.amissExcused(text, toks, hits, lo, hi, i) {
			return hit{}, false
		}
		if s.approved(toks, lo, hi) {
			return hit{}, false
		}
		// shown now, and what is old or stale on it is no excuse
		return hit{signal: sigOutage, scale: shownScale, start: toks[i].start, end: toks[j].end, prev: -1,
			live: stale}, true
	}
	return s.allShownWrong(text, toks, hits, i)
}

// allShownWrong reads all of something, told before a verb of showing at
// toks[i], shown wrong or as zero after it: "tous les prix de notre
// boutique s'affichent à 0,00 €", "all the timesheets show 0 hours",
// "toutes les fiches de paie affichent un net de zéro euro". A zero is
// the symptom here, where after a single thing it may be a price.
func (s *readings) allShownWrong(text string, toks []token, hits []hit, i int) (hit, bool) {
	all := -1
	for j := i - 1; j >= max(0, i-allSubjectReach) && toks[j+1].flags&tokBreak == 0; j-- {
		if s.kind(&toks[j])&kindEveryone != 0 {
			all = j
			break
		}
	}
	if all < 0 {
		return hit{}, false
	}
	at := -1
	for j := i + 1; j < min(len(toks), i+1+allShownReach) && toks[j].flags&tokBreak == 0; j++ {
		if s.amissWord(text, &toks[j]) || zeroValue(text[toks[j].start:toks[j].end]) {
			at = j
			break
		}
	}
	if at < 0 {
		return hit{}, false
	}
	lo, hi := sentenceTokens(text, toks, i)
	if s.asks(text, toks, hi) || calmBetween(hits, toks[lo].start, toks[throughNext(text, toks, hi)-1].end) ||
		s.approved(toks, lo, hi) || conditionalBefore(text, toks, lo, i) {
		return hit{}, false
	}
	for k := lo; k < hi; k++ {
		if s.kind(&toks[k])&(kindPlan|kindOld) != 0 || s.role(&toks[k])&roleTrial != 0 {
			// "please show all prices as 0 for the test shop"
			return hit{}, false
		}
	}
	return hit{signal: sigOutage, scale: shownScale, start: toks[all].start, end: toks[at].end, prev: -1,
		live: !s.toldInPast(text, toks, lo, hi)}, true
}

// amissWord reports a word of something amiss at t, unless it is the
// first part of a compound: "manual double-checks" are no doubled thing.
func (s *readings) amissWord(text string, t *token) bool {
	return s.role(t)&roleAmiss != 0 && !compoundHead(text, t)
}

// compoundHead reports a word joined by a hyphen to the next one.
func compoundHead(text string, t *token) bool {
	return int(t.end) < len(text) && text[t.end] == '-'
}

// allSubjectReach bounds the words between all of something and the
// verb that shows it ("tous les prix de notre boutique en ligne
// s'affichent"), allShownReach those between the verb and the wrong value.
const allSubjectReach, allShownReach = 8, 6

// zeroValue reports a number that is zero: "0", "0,00", "0.00".
func zeroValue(w string) bool {
	if w == "" || w[0] != '0' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] != '0' && w[k] != ',' && w[k] != '.' {
			return false
		}
	}
	return true
}

// oursReach bounds the words between the customer's own people and the
// word that says what reached them is wrong.
const oursReach = 8

// oursScale weighs something wrong that reached the customer's own
// people as an outage.
const oursScale = 1.0

// amissToOurs reads the customer's own people at toks[i] ("our
// patients", "unseren Kunden", "tous nos clients") with something amiss
// near them in the sentence: "the reminder texts to our patients went out
// with the wrong times", "unsere Kunden bekommen leere Rechnungen". What
// reached them wrong is a symptom the customer has to answer for, however
// politely told, unless the sentence asks, calls it right or expected,
// negates it, or excuses it.
//
// With after, only a word after toks[i] counts: "every delivery in the
// wrong city" is a symptom, "each wrong answer" a kind of answer.
func (s *readings) amissToOurs(text string, toks []token, hits []hit, i int, after bool) (hit, bool) {
	// people named bare, at the head of a clause ("..., guests are ending
	// up across town", "les clients se retrouvent"), are whom the wrong
	// thing told before them reached
	bare := !after && s.clauseHead(text, toks, i)
	if !bare && (i == 0 || toks[i].flags&tokBreak != 0 || !s.oursBefore(text, toks, i)) {
		return hit{}, false
	}
	lo, hi := sentenceTokens(text, toks, i)
	at := -1
	from := max(lo, i-oursReach)
	if after {
		from = i + 1
	}
	to := min(hi, i+oursReach+1)
	if bare {
		// only what was wrong before them: "guests type the wrong
		// email" tells of the guests, not of the customer's system
		to = i
	}
	for j := from; j < to; j++ {
		if !s.amissWord(text, &toks[j]) || after && j == i {
			continue
		}
		negated := false
		for k := j - 1; k >= max(lo, j-amissNegReach); k-- {
			if toks[k+1].flags&tokBreak != 0 {
				break
			}
			if toks[k].flags&(tokNegator|tokRuleNegator) != 0 || s.role(&toks[k])&(roleNoLonger|roleNe) != 0 {
				negated = true
			}
		}
		if !negated && !s.goodNewsAfter(toks, j) {
			at = j
			break
		}
	}
	if at < 0 || readAsProblem(hits, toks[at].start) || s.asks(text, toks, hi) ||
		s.amissExcused(text, toks, hits, lo, hi, at) || conditionalBefore(text, toks, lo, at) {
		return hit{}, false
	}
	if s.approved(toks, lo, hi) {
		return hit{}, false
	}
	first, last := min(at, i-1), max(at, i)
	if bare {
		first = at
	}
	// told in the present it reaches them still ("go out with the wrong
	// address"); told in the past it happened once
	return hit{signal: sigOutage, scale: oursScale, start: toks[first].start, end: toks[last].end, prev: -1,
		live: !s.toldInPast(text, toks, lo, hi)}, true
}

// oursBefore reports the customer's own, or all, right before the people
// at toks[i], or before a count of them: "our patients", "tous nos
// clients", "nos douze salariés", "our 40 drivers".
func (s *readings) oursBefore(text string, toks []token, i int) bool {
	ours := func(t *token) bool { return s.role(t)&roleMine != 0 || s.kind(t)&kindEveryone != 0 }
	if ours(&toks[i-1]) {
		return true
	}
	if i < 2 || toks[i-1].flags&tokBreak != 0 || !ours(&toks[i-2]) {
		return false
	}
	w := text[toks[i-1].start:toks[i-1].end]
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for _, n := range numberWords {
		if strings.EqualFold(w, n) {
			return true
		}
	}
	return false
}

// conditionalBefore reports a word of condition in toks[lo:at]: "if the
// address is wrong, customers can change it" tells what may happen.
func conditionalBefore(text string, toks []token, lo, at int) bool {
	for k := lo; k < at; k++ {
		if equalFoldAny(text[toks[k].start:toks[k].end], "if", "falls", "wenn", "si", "cuando", "quand", "lorsque",
			"whenever", "sobald") {
			return true
		}
	}
	return false
}

// clauseHead reports a word that opens its clause, alone or after an
// article: "..., guests are ending up", "les clients se retrouvent".
func (s *readings) clauseHead(text string, toks []token, i int) bool {
	if i == 0 || toks[i].flags&tokBreak != 0 || s.conjunction(text, &toks[i-1]) {
		return true
	}
	if equalFoldAny(text[toks[i-1].start:toks[i-1].end], "the", "die", "les", "los", "las") {
		return i == 1 || toks[i-1].flags&tokBreak != 0 || s.conjunction(text, &toks[i-2])
	}
	return false
}

// equalFoldAny reports whether w is one of words, ignoring case.
func equalFoldAny(w string, words ...string) bool {
	for _, v := range words {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// conjunction reports a word that joins two clauses: the conjunctions
// of roleAnd, and "und", "et", "y", which roleAnd leaves out because
// they join nouns as often as clauses.
func (s *readings) conjunction(text string, t *token) bool {
	if s.role(t)&roleAnd != 0 {
		return true
	}
	return equalFoldAny(text[t.start:t.end], "und", "et", "y")
}

// readAsProblem reports a kept hit of a problem other than a complaint
// that covers the byte at: what another reading already read ("zeigt eine
// leere Tourenliste") keeps its own reading.
// Only the few hits that start last before at are read, which keeps a
// mail of many hits linear.
func readAsProblem(hits []hit, at int32) bool {
	next := sort.Search(len(hits), func(k int) bool { return hits[k].start > at })
	for i := next - 1; i >= max(0, next-readBack); i-- {
		h := &hits[i]
		if h.end > at && !h.drop && h.scale > 0 && isSevere(h.signal) && h.signal != sigScope {
			return true
		}
	}
	return false
}

// readBack bounds the hits readAsProblem reads back from a word.
const readBack = 8

// staleAt reports a word that dates what is shown to the past:
// "yesterday's availability", "le planning de la semaine dernière",
// "el horario de la semana pasada", "die Zahlen vom Vortag".
func (s *readings) staleAt(text string, toks []token, j int) bool {
	if s.kind(&toks[j])&kindStale != 0 {
		return true
	}
	w := text[toks[j].start:toks[j].end]
	if j > 0 && toks[j].flags&tokBreak == 0 {
		prev := text[toks[j-1].start:toks[j-1].end]
		switch {
		case strings.EqualFold(prev, "last") || strings.EqualFold(prev, "letzten") || strings.EqualFold(prev, "vergangenen"):
			// "last week's schedule", "der letzten Woche"
			return hasPrefixFold(w, "week") || hasPrefixFold(w, "month") || hasPrefixFold(w, "year") ||
				hasPrefixFold(w, "woche") || hasPrefixFold(w, "monat") || hasPrefixFold(w, "jahr")
		case strings.EqualFold(prev, "semaine") || strings.EqualFold(prev, "mois") || strings.EqualFold(prev, "semana") ||
			strings.EqualFold(prev, "mes"):
			// "de la semaine dernière", "de la semana pasada"
			return strings.EqualFold(w, "dernière") || strings.EqualFold(w, "dernier") ||
				strings.EqualFold(w, "passée") || strings.EqualFold(w, "pasada") || strings.EqualFold(w, "pasado") ||
				strings.EqualFold(w, "anterior")
		}
	}
	return false
}

// recordNear reports a record of the past by nature between a verb of
// showing at toks[i] and the word at toks[j] that dates it, or right
// after it: "shows yesterday's sales", "zeigt die Umsätze von gestern".
func (s *readings) recordNear(toks []token, i, j int) bool {
	for k := i + 1; k <= min(len(toks)-1, j+1); k++ {
		if s.kind(&toks[k])&kindRecord != 0 {
			return true
		}
	}
	return false
}

// insteadReach bounds the words on either side of "instead of" that are
// read for the values it swaps.
const insteadReach = 3

// insteadOf reads "X instead of Y" at toks[i] where both sides hold a
// value (a number, a clock time, a currency or a time of day): "charged
// in dollars instead of euros", "um 3 Uhr nachts statt um 15 Uhr", "à 3h
// au lieu de 15h", "en vez de a las 15h". The customer's system did one
// value where it should do the other: a symptom, unless the sentence
// asks, plans the change ("we'll switch to 3pm instead of 3am") or calls
// it right. Another's thing put where ours belongs is the same symptom:
// "shows another clinic's calendar instead of ours".
func (s *readings) insteadOf(text string, toks []token, hits []hit, i int) (hit, bool) {
	w := text[toks[i].start:toks[i].end]
	after := i + 1
	switch {
	case strings.EqualFold(w, "instead"):
		if after >= len(toks) || !strings.EqualFold(text[toks[after].start:toks[after].end], "of") {
			return hit{}, false
		}
		after++
	case strings.EqualFold(w, "lieu"), strings.EqualFold(w, "vez"), strings.EqualFold(w, "lugar"),
		strings.EqualFold(w, "place"):
		// "au lieu de", "en vez de", "en lugar de", "à la place de"
		if i == 0 || after >= len(toks) {
			return hit{}, false
		}
		pre, next := text[toks[i-1].start:toks[i-1].end], text[toks[after].start:toks[after].end]
		if strings.EqualFold(w, "place") {
			if i < 2 || !strings.EqualFold(pre, "la") || !strings.EqualFold(text[toks[i-2].start:toks[i-2].end], "à") {
				return hit{}, false
			}
			pre = "au"
		}
		if !strings.EqualFold(pre, "au") && !strings.EqualFold(pre, "en") ||
			!strings.EqualFold(next, "de") && !strings.EqualFold(next, "du") && !strings.EqualFold(next, "des") &&
				!hasPrefixFold(next, "d'") {
			return hit{}, false
		}
		if !hasPrefixFold(next, "d'") || len(next) == 2 {
			after++
		}
	}
	left, right, other := -1, -1, false
	for j := i - 1; j >= max(0, i-insteadReach-1) && toks[j+1].flags&tokBreak == 0; j-- {
		if j >= i-insteadReach && s.valueAt(text, toks, j) || s.role(&toks[j])&roleOther != 0 {
			left, other = j, s.role(&toks[j])&roleOther != 0
			break
		}
	}
	for j := after; j < min(len(toks), after+insteadReach) && toks[j].flags&tokBreak == 0; j++ {
		if other && equalFoldAny(text[toks[j].start:toks[j].end], "ours", "nuestra", "nuestro", "nuestras",
			"nuestros", "nôtre", "nôtres", "unsere", "unserer", "unseren", "unseres", "unserem", "mine", "mía", "mío",
			"mienne", "meine") ||
			!other && s.valueAt(text, toks, j) {
			// a value for a value, or another's thing for ours: "la
			// agenda de otra clínica en lugar de la nuestra"
			right = j
			break
		}
	}
	if left < 0 || right < 0 {
		return hit{}, false
	}
	lo, hi := sentenceTokens(text, toks, i)
	if slices.Contains(s.days[:], toks[left].hash) || slices.Contains(s.days[:], toks[right].hash) {
		// a day for a day is a symptom only on a screen ("affiche les
		// rendez-vous de demain à la place de ceux d'aujourd'hui"); a
		// flight "tonight instead of tomorrow" is a plan
		shown := false
		for k := lo; k < left && !shown; k++ {
			shown = s.kind(&toks[k])&kindDisplay != 0
		}
		if !shown {
			return hit{}, false
		}
	}
	if s.asks(text, toks, hi) || calmBetween(hits, toks[lo].start, toks[throughNext(text, toks, hi)-1].end) {
		return hit{}, false
	}
	if s.eventInClause(toks, lo) {
		// "the meeting is at 3pm instead of 2pm"
		return hit{}, false
	}
	if s.approved(toks, lo, hi) {
		return hit{}, false
	}
	for k := lo; k < i; k++ {
		if s.kind(&toks[k])&kindPlan != 0 || s.role(&toks[k])&(roleSwitch|roleChoice|roleMust) != 0 {
			// "we'll switch the newsletter to 3pm instead of 3am", "we
			// want it in euros instead of dollars", "please bill us in
			// euros instead"
			return hit{}, false
		}
	}
	// told in the present it happens to every booking now ("are being
	// charged", "calculates shipping in pounds", "partent en anglais");
	// told in the past ("went out at 3am instead of 3pm") it happened once
	// Bare numbers either side ("on 2/23 instead of 3636") may be a
	// booking code asked about; a unit or a clock time says what the
	// system put out.
	live := !s.toldInPast(text, toks, lo, hi) && (toks[left].flags&tokLetters != 0 || toks[right].flags&tokLetters != 0)
	return hit{signal: sigOutage, scale: 1, start: toks[left].start, end: toks[right].end, prev: -1, live: live}, true
}

// toldInPast reports a verb or time of the past in toks[lo:hi]: "went",
// "war", "était", "fue", "yesterday", "gestern", "hier", "ayer".
func (s *readings) toldInPast(text string, toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.kind(&toks[k])&(kindStale|kindPast) != 0 {
			return true
		}
	}
	return false
}

// valueAt reports a value a system puts out: a word with a digit ("15h",
// "3am", "0,00") or a unit ("dollars", "Uhr").
func (s *readings) valueAt(text string, toks []token, j int) bool {
	if s.kind(&toks[j])&kindUnit != 0 {
		return true
	}
	for _, c := range []byte(text[toks[j].start:toks[j].end]) {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// approved reports a word in toks[lo:hi] that calls what the sentence
// tells right, or thanks for it ("shows all systems operational, thanks",
// "arrive perfectly now"): a symptom reading stays quiet there.
func (s *readings) approved(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.role(&toks[k])&roleThanks != 0 {
			return true
		}
		if s.fineAt(toks, lo, k) {
			return true
		}
	}
	return false
}

// fineAt reports a word at toks[k] that calls something right, and no
// negation of it in the two words before, down to toks[lo]: not
// "nichts korrekt", "not right".
func (s *readings) fineAt(toks []token, lo, k int) bool {
	return s.kind(&toks[k])&kindFine != 0 && !(k > lo && toks[k-1].flags&(tokNegator|tokRuleNegator) != 0) &&
		!(k > lo+1 && toks[k-2].flags&(tokNegator|tokRuleNegator) != 0)
}

// asks reports a question mark right after the sentence that ends
// before toks[hi]: the gap is read up to its first word-like break, so
// a sentence is read once however many verbs it holds.
func (s *readings) asks(text string, toks []token, hi int) bool {
	from, to := int(toks[hi-1].end), len(text)
	if hi < len(toks) {
		to = int(toks[hi].start)
	}
	for k := from; k < min(to, from+8); k++ {
		if text[k] == '?' {
			return true
		}
	}
	return false
}

// displayed reports an outage whose first word, or the word before it, is
// a verb of showing in the present, with nothing that makes what shows
// expected: "the app shows an empty route list" is on screen now; "the
// kiosk shows offline at night, by design" is not a problem.
func (s *readings) displayed(text string, toks []token, hits []hit, k int) bool {
	if !s.displayBefore(toks, k) {
		return false
	}
	lo, hi := sentenceTokens(text, toks, k)
	return !s.amissExcused(text, toks, hits, lo, hi, k)
}

// displayReach bounds the words between a verb of showing and what it
// shows: "druckt nur noch leere Etiketten", "shows our drivers an empty
// list".
const displayReach = 3

// displayBefore reports a verb of showing at toks[k] or within
// displayReach words before it in its clause.
func (s *readings) displayBefore(toks []token, k int) bool {
	for j := k; j >= max(0, k-displayReach); j-- {
		if s.kind(&toks[j])&kindDisplay != 0 {
			return true
		}
		if toks[j].flags&tokBreak != 0 {
			return false
		}
	}
	return false
}

// noLongerWorks reports an outage told as what no longer works: "ne
// s'affiche plus", "wird nicht mehr angezeigt", "ya no aparece", "isn't
// showing anymore". What stopped has not started again.
// toks[k:e] are the outage's words.
func (s *readings) noLongerWorks(toks []token, k, e int) bool {
	if k > 0 && toks[k].flags&tokBreak == 0 && s.role(&toks[k-1])&roleYa != 0 {
		return true // "ya [no aparece]"
	}
	for j := k; j < min(len(toks), e+1); j++ {
		if j == e && toks[j].flags&tokBreak != 0 {
			break
		}
		if s.role(&toks[j])&roleNoLonger != 0 {
			return true
		}
	}
	return false
}

// noLongerHad reports a general "no longer" at toks[k:e] that says
// what someone no longer has or is, not what no longer works: "Die
// Kunden haben keine Fragen mehr", "Ich bin ab morgen nicht mehr in der
// Firma", "keine Fehlermeldungen mehr".
func (s *readings) noLongerHad(text string, toks []token, k, e int) bool {
	for j := k; j < e; j++ {
		w := text[toks[j].start:toks[j].end]
		if s.role(&toks[j])&roleGoodNews != 0 || problemWord(w) || hasPrefixFold(w, "fehler") {
			return true
		}
	}
	// German puts its "nicht mehr" at the clause's end, far from the
	// subject: "Ich finde sie in meinem Postfach nicht mehr"
	for j := k - 1; j >= max(0, k-8); j-- {
		if s.role(&toks[j])&(roleHave|roleIsNow|roleSelf|rolePerson) != 0 {
			return true
		}
		if toks[j].flags&tokBreak != 0 {
			break
		}
	}
	return false
}

// rolesOf returns the roles of the words of toks, together.
func (s *readings) rolesOf(toks []token) uint64 {
	var r uint64
	for i := range toks {
		r |= s.role(&toks[i])
	}
	return r
}

// goodRiddance reports a no-longer outage that is good news: a problem
// word just before it ("die Fehlermeldung wird nicht mehr angezeigt"), or
// thanks or praise in its sentence ("ne s'affiche plus, merci !", "c'est
// parfait").
func (s *readings) goodRiddance(text string, toks []token, k int) bool {
	for j := k - 1; j >= max(0, k-4) && toks[j+1].flags&tokBreak == 0; j-- {
		w := text[toks[j].start:toks[j].end]
		if s.role(&toks[j])&roleGoodNews != 0 || problemWord(w) || errorWord(w) {
			return true
		}
	}
	lo, hi := sentenceTokens(text, toks, k)
	for j := lo; j < hi; j++ {
		if s.role(&toks[j])&roleThanks != 0 {
			return true
		}
	}
	return false
}

// amissWithin reports a word of something amiss or a problem word in the
// no-longer phrase toks[k:e] or within two words after it in its clause:
// what is "no longer empty", "ne sont plus vides", what "ne manque plus"
// was the problem.
func (s *readings) amissWithin(toks []token, k, e int) bool {
	for j := k; j < min(len(toks), e+2); j++ {
		if j >= e && toks[j].flags&tokBreak != 0 {
			break
		}
		if s.role(&toks[j])&(roleAmiss|roleGoodNews) != 0 {
			return true
		}
	}
	return false
}

// errorWord reports a word that names an error, as German compounds do:
// "Fehlermeldung", "Fehleranzeige".
func errorWord(w string) bool {
	return len(w) > 6 && strings.EqualFold(w[:6], "fehler")
}

// presentInside reports a phrase of the present within hits[i]'s span, as
// the lexicon lists the present tense of a problem's own phrase ("is
// down" inside "is down", "funktioniert nicht" inside "funktioniert
// nicht mehr").
func presentInside(hits []hit, i int) bool {
	h := &hits[i]
	for j := max(0, i-overlapLookback); j < min(len(hits), i+overlapLookback) && hits[j].start < h.end; j++ {
		o := &hits[j]
		if j != i && o.signal == sigNow && !o.drop && o.start >= h.start && o.end <= h.end {
			return true
		}
	}
	return false
}

// hitTokens returns the index of h's first word and of the first word
// after it.
func hitTokens(toks []token, h *hit) (int, int) {
	k := firstToken(toks, h.start)
	e := k
	for e < len(toks) && toks[e].start < h.end {
		e++
	}
	return k, e
}

// firstToken returns the index of the first token that starts at or
// after byte start: a hit's first word. Words are of about one length,
// so it guesses the index from the byte offset and widens a bracket
// around the guess, doubling, before it halves the bracket: most hits
// lie a few tokens from the guess, where a search over all the tokens
// took nine steps.
func firstToken(toks []token, start int32) int {
	n := len(toks)
	if n == 0 || toks[n-1].start < start {
		return n
	}
	// the answer is in [lo, hi]: toks[hi] starts at or after start
	lo, hi := 0, n-1
	if last := int64(toks[n-1].start); last > 0 && start > 0 {
		g := int(int64(start) * int64(n-1) / last)
		if toks[g].start < start {
			lo = g + 1
			for step := 1; lo+step < hi; step *= 2 {
				if toks[lo+step].start >= start {
					hi = lo + step
					break
				}
				lo += step + 1
			}
		} else {
			hi = g
			for step := 1; hi-step > lo; step *= 2 {
				if toks[hi-step].start < start {
					lo = hi - step + 1
					break
				}
				hi -= step
			}
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
