package classify

import "strings"

// The lexicons below are written for support mail: what customers say when
// they are angry, when they have been let down, and when something must
// be fixed now. Each entry is a phrase of whole words; "#" matches a
// number (digits or a number word), "*" any one word, and "@time" a clock
// time such as 5pm. Apostrophes are optional: "can't" also matches "cant".
// A weight of zero ("guten morgen~0", "can't wait~0") makes a phrase that
// only shadows the shorter phrases inside it: of its own signal, and of
// the other signals on the same side (what went wrong, or when): a
// greeting is not "tomorrow", and excitement is neither a wait nor a
// failure.
// A phrase does not match across punctuation, and a phrase whose first
// word sits in the scope of a negation ("not angry", "no refund needed")
// does not fire. That scope is a clause: it ends at punctuation, a
// conjunction or a new subject, after four words, and after a phrase that
// starts with the negator itself ("not fixed today": the deadline stands).
// Time words are cancelled only right after the negator ("not urgent").
// German, French and Spanish phrases cover the strongest cues: threats to
// cancel or sue, outages and lock-outs, nobody answering, deadlines.

// signal describes one kind of evidence and what it adds to anger and to
// urgency when it fires (before repeats are discounted).
type signal struct {
	name    string
	anger   float64
	urgency float64
}

// Signal indexes; the order matches signalTable.
const (
	sigInsult = iota
	sigAngerWord
	sigRepeat
	sigChurn
	sigLegal
	sigShouting
	sigExclaim
	sigOutage
	sigImpact
	sigDataLoss
	sigSecurity
	sigDeadline
	sigComplaint
	sigWaiting
	sigCalm
	sigHeader
	sigPraise
	sigNow
	sigPlea
	sigResolved
	sigPast
	sigUltimatum
	sigScope
	numSignals
)

// isTimeSignal reports the signals that say when: deadlines, the present
// and ongoing ("today", "still", "since Monday"), pleas for help now, and
// priority headers. They make a problem urgent; alone they count less.
func isTimeSignal(s int) bool {
	return s == sigDeadline || s == sigNow || s == sigPlea || s == sigHeader || s == sigUltimatum
}

// signalTable returns the designed weights. Urgency weights are
// noisy-OR'ed, so 0.5 means "this alone makes the message half urgent".
// Calm phrases carry a negative weight that scales urgency down.
func signalTable() [numSignals]signal {
	return [numSignals]signal{
		sigInsult:    {"insult", 0.55, 0},
		sigAngerWord: {"anger_word", 0.30, 0},
		sigRepeat:    {"repeat_contact", 0.35, 0.35},
		sigChurn:     {"churn_threat", 0.40, 0.30},
		sigLegal:     {"legal_threat", 0.55, 0.45},
		sigShouting:  {"shouting", 0.35, 0},
		sigExclaim:   {"exclamation", 0.15, 0},
		sigOutage:    {"outage", 0, 0.55},
		sigImpact:    {"business_impact", 0.05, 0.50},
		sigDataLoss:  {"data_loss", 0, 0.65},
		sigSecurity:  {"security", 0, 0.65},
		sigDeadline:  {"deadline", 0, 0.40},
		sigComplaint: {"service_failure", 0.05, 0.35},
		sigWaiting:   {"waiting", 0.05, 0.40},
		sigCalm:      {"calm", 0, -0.70},
		sigHeader:    {"header_priority", 0, 0.45},
		sigPraise:    {"praise", 0, -0.30},
		sigNow:       {"ongoing", 0, 0.35},
		sigPlea:      {"plea", 0.02, 0.45},
		sigResolved:  {"resolved", 0, -0.80},
		sigPast:      {"past_or_claim", 0, -0.20},
		sigUltimatum: {"ultimatum", 0, 0.40},
		sigScope:     {"affected", 0.05, 0.50},
	}
}

// lexicon lists the phrases of each signal.
func lexicon() [numSignals][]string {
	lex := [numSignals][]string{
		sigInsult: {
			"idiot", "idiots", "idiotic", "stupid", "stupidity", "incompetent", "incompetence", "useless",
			"pathetic", "moron", "morons", "moronic", "clowns", "clown show", "a joke", "garbage", "trash",
			"crap", "crappy", "rubbish", "shit", "shitty", "bullshit", "this is bs", "such bs", "total bs",
			"complete bs", "utter bs", "what bs", "is bs", "damn~0.7", "dammit", "goddamn", "wtf", "fuck",
			"fucking", "fucked", "fuck you", "screw you", "screwed", "sucks", "suck~0.8", "scam", "scammed",
			"scammers", "liars", "lying", "lied to", "thieves", "rip off", "ripoff", "ripped off", "clueless",
			"worthless", "dumb", "asshole", "assholes", "jerk", "jerks", "disgrace", "amateurs", "amateurish",
			"a farce", "shambles", "hell~0.6", "piss", "pissed", "pissed off", "ass~0.6", "fool", "fools",
			"foolish", "loser", "losers", "coward", "cowards", "hypocrite", "hypocrites", "hypocritical",
			"bigot", "bigots", "scum", "vile", "despicable", "arrogant", "arrogance", "insufferable", "pig",
			"pigs", "creep", "creeps", "traitor", "dickhead", "prick", "bastard", "bastards", "bitch",
			"douche", "douchebag", "twat", "wanker", "fascist", "fascists", "nazi", "nazis", "racist",
			"sexist", "shut up", "stfu", "gtfo", "go to hell", "piece of shit", "fck", "fking", "fkn",
			"effing", "frigging", "freaking~0.6", "bloody~0.6", "cunt", "motherfucker", "motherfucking",
			"dipshit", "dumbass", "jackass", "imbecile", "imbeciles", "cretin", "numpty", "muppets", "muppet",
			"clown", "hopeless", "shitshow", "clusterfuck", "bollocks", "fuckin", "fucks", "fucker", "fuckers",
			"fuckery", "shite", "shits", "damnit", "screw this", "screw that", "screw them", "screw it",
			"pissing", "pisses me off", "smh", "hell no", "bloody hell", "jesus christ",
		},
		sigAngerWord: {
			"esto ya es demasiado", "ya es demasiado", "c'en est trop", "das ist zu viel~0.6",
			"ya está bien~0.7", "ça suffit~0.8", "es reicht~0.8", "langsam reicht es",
			"katastrophe~0.8", "catastrophe~0.7", "catástrofe~0.8", "desastre~0.8",
			"decepcionado~0.8", "decepcionados~0.8", "decepcionada~0.8", "enttäuscht~0.8", "déçu~0.8", "déçus~0.8",
			"déçue~0.8",
			"angry", "anger~0.7", "furious", "livid", "outraged", "outrageous", "outrage", "unacceptable",
			"ridiculous", "disgusting", "disgusted", "disgraceful", "appalling", "appalled", "terrible~0.8",
			"horrible~0.8", "horrendous", "awful~0.8", "worst~0.9", "fed up", "sick of", "sick and tired",
			"frustrated", "frustrating", "frustration", "annoyed", "annoying", "infuriating", "infuriated",
			"disappointed", "disappointing", "disappointment", "never again", "shameful", "shame on you",
			"absurd", "insane~0.6", "hate~0.7", "hated~0.7", "lousy", "atrocious", "inexcusable",
			"unbelievable~0.7", "mad~0.6", "upset~0.7", "rude", "fuming", "enough is enough", "last straw",
			"the last straw", "how dare you", "beyond frustrated", "are you kidding", "are you kidding me",
			"seriously~0.6", "pathetically", "poor service", "terrible service", "awful service",
			"bad service", "customer service is", "zero help", "no help~0.8", "not acceptable", "irate",
			"blood boil", "blood boiling", "makes my blood boil", "rage", "raging", "enraged", "seething",
			"boiling", "scream", "screaming", "yell", "yelling", "punch", "slap", "smack", "kick", "strangle",
			"kill", "beat up", "hatred", "hateful", "despise", "loathe", "detest", "can't stand",
			"cannot stand", "had it with", "had enough", "i'm done", "i am done", "what the hell",
			"what the fuck", "the hell", "for god's sake", "for fuck's sake", "ffs", "omfg", "gross",
			"vindictive", "spiteful", "resent", "resentment", "grr", "grrr", "annoy", "annoys", "annoyance",
			"irritating", "irritated", "irritates", "irritation", "aggravating", "aggravated", "exasperated",
			"exasperating", "indignant", "hostile", "bitter", "angrier", "angriest", "angrily", "furiously",
			"mad at", "so mad", "tired of", "how dare", "embarrassing~0.5", "shameless", "nonsense", "idiocy",
			"lunacy", "madness", "unreal~0.5", "argh", "ugh", "disrespect", "unverschämt", "frechheit",
			"inakzeptabel", "inadmissible", "estoy harto", "thanks for losing", "thanks for ruining",
			"thanks for cancelling", "thanks for canceling", "thanks for delaying", "thank you for losing",
			"thank you for ruining", "pénible~0.6", "estoy harta", "harto~0.7", "harta~0.7", "inacceptable",
			"scandaleux", "inaceptable", "vergonzoso", "inaccettabile", "vergogna", "schandalig",
			"onacceptabel", "disrespectful", "insulting", "insult", "offended", "offensive",
		},
		sigRepeat: {
			"third attempt", "fourth attempt", "fifth attempt", "dritter versuch", "vierter versuch", "fünfter versuch",
			"troisième tentative", "quatrième tentative", "cinquième tentative", "tercer intento", "cuarto intento",
			"quinto intento", "despite # requests", "trotz # anfragen", "malgré # demandes", "a pesar de # solicitudes",
			"nobody from your team", "niemand von ihnen", "personne de chez vous", "nadie de su equipo",
			"keep being told", "ständig gesagt", "on me répète", "siempre me dicen", "escalated to whom",
			"stop closing my ticket~1.5", "stop closing~1.2", "arrêtez de fermer~1.5", "dejen de cerrar~1.5",
			"nicht ständig schließen~1.5", "ticket nicht ständig~1.5",
			"# of your colleagues", "to # colleagues", "# ihrer kollegen", "# kollegen von ihnen", "# kollegen erklärt",
			"# de vos collègues", "à # collègues", "a # compañeros", "# de sus compañeros", "# compañeros vuestros",
			"# compañeros suyos",
			"start over again", "start from scratch again", "von vorne an", "tout recommencer", "desde cero",
			"since my first email", "since my first mail", "seit meiner ersten mail", "depuis mon premier mail",
			"desde mi primer correo", "hat sich nichts getan", "rien n'a bougé", "nada ha cambiado",
			"nothing has changed since", "another week, another",
			"ohne lösung geschlossen~1.5", "ohne lösung~0.8", "unbeantwortet", "sind unbeantwortet", "went unanswered",
			"# incidencias", "por lo mismo", "# tickets ouverts", "# anfragen", "fixed twice",
			"same faq link", "the same link",
			"denselben link", "le même lien", "el mismo enlace", "the third day", "den dritten tag",
			"ya van tres días", "ya van # días",
			"it's monday and~0.7", "it's tuesday and~0.7", "it's wednesday and~0.7", "it's thursday and~0.7", "it's friday and~0.7",
			"heute ist montag und~0.7", "heute ist dienstag und~0.7", "heute ist mittwoch und~0.7", "heute ist donnerstag und~0.7", "heute ist freitag und~0.7",
			"nous sommes lundi et~0.7", "nous sommes mardi et~0.7", "nous sommes mercredi et~0.7", "nous sommes jeudi et~0.7", "nous sommes vendredi et~0.7",
			"hoy es lunes y~0.7", "hoy es martes y~0.7", "hoy es miércoles y~0.7", "hoy es jueves y~0.7", "hoy es viernes y~0.7",
			"bug is still there", "error is still there", "le bug est toujours là", "l'erreur est toujours là",
			"fehler ist immer noch da", "der fehler ist immer noch", "el fallo sigue ahí", "el error sigue ahí",
			"# mal in folge", "das dritte mal", "das vierte mal", "# times in a row", "# fois de suite",
			"# veces seguidas", "is anyone there", "anyone there", "ist da jemand", "il y a quelqu'un", "hay alguien",
			// a ticket closed while the problem stays is a broken promise
			"closed without~1.5", "closed my ticket~1.5", "closed the ticket~1.5", "ticket was closed~1.5",
			"tickets were closed~1.5", "ticket wurde * geschlossen~1.5", "ticket wurde geschlossen~1.5",
			"zweimal geschlossen~1.5", "geschlossen, ohne~1.5", "ticket a été fermé~1.5", "a été fermé * fois~1.5",
			"fermé sans~1.5", "cerrado el ticket~1.5", "me han cerrado~1.2", "cerraron el ticket~1.5", "cerrado sin~1.5",
			"finally reply~1.5", "finally answer~1.5", "finally respond~1.5", "finally get back~1.5",
			"finally call me back~1.5", "the same question # times", "sent this # times", "endlich antworten~1.5",
			"antworten sie endlich~1.5", "endlich jemand antworten~1.5", "enfin répondre~1.5", "répondre enfin~1.5",
			"por fin alguien", "responder por fin~1.5", "contesten de una vez",
			"vuelvo a escribir", "vuelvo a escribirles", "nadie ha contestado", "nadie ha respondido",
			"mis dos correos", "mis # correos", "correos anteriores", "mes # messages précédents", "meine # letzten mails",
			"toujours pas corrigée", "toujours pas corrigé", "toujours pas réglé", "toujours pas résolu",
			"still not fixed", "still not resolved", "still not corrected", "immer noch nicht behoben",
			"immer noch nicht korrigiert", "sigue sin corregir", "sigue sin resolverse", "todavía no está resuelto",
			"# semanas reclamando", "# días reclamando", "reclamando el mismo", "cada agente me dice",
			"each agent tells me", "every agent tells me", "jeder mitarbeiter sagt", "chaque conseiller me dit",
			"me pasan con otra persona", "me pasan de uno a otro", "passed from one agent to another",
			"passed around", "on me transfère", "de service en service", "werde weiterverbunden",
			"von einem zum nächsten",
			"# different agents", "# different people", "# different advisors", "# verschiedenen mitarbeitern",
			"# verschiedenen personen", "# agents différents", "# conseillers différents", "# personnes différentes",
			"# agentes distintos", "# personas distintas", "# agentes diferentes", "# personas diferentes",
			"only automated replies", "only automatic replies", "only get automated", "nur automatische antworten",
			"automatische antworten~0.6", "que des réponses automatiques", "réponses automatiques~0.6",
			"respuestas automáticas~0.6", "solo recibo respuestas", "explained this # times", "explained it # times",
			"would call me within", "ruft innerhalb", "me rappellerait", "me llamaría", "it's thursday~0.8", "nous sommes jeudi~0.8",
			"hoy es jueves~0.8", "heute ist donnerstag~0.8", "am montag hieß es", "i was told on",
			"two follow ups", "# follow ups", "nachgehakt", "zweimal nachgehakt", "deux relances",
			"dos seguimientos", "# seguimientos",
			"in progress for", "zero updates", "ohne jede rückmeldung", "sans aucune mise à jour", "sin ninguna actualización",
			"lleva dos semanas", "seit zwei wochen auf",
			"troisième ticket", "tercer ticket", "third ticket", "dritter versuch", "third attempt",
			"quatrième demande~1.5", "troisième demande~1.5", "cuarta solicitud~1.5", "tercera solicitud~1.5",
			"vierte anfrage~1.5",
			"qui s'occupe", "alguien lleva nuestro caso", "who is handling",
			"zweimal angerufen", "# mal angerufen", "rufen sie endlich zurück", "endlich zurück", "tercera semana",
			"reclamo lo mismo", "nadie lo arregla",
			"keep being told", "it's now day #", "now day #", "es la quinta vez", "la quinta vez", "bitte endlich",
			"on m'a dit # heures",
			"# wochen alt", "# tage alt", "noch niemand gemeldet", "hat sich noch niemand", "sans solution concrète",
			"troisième relance", "quatrième relance", "deuxième relance", "c'est transmis", "van ya # reclamaciones",
			"# reclamaciones", "null reaktion", "zero reaction",
			"toujours pas de solution", "immer noch keine lösung", "todavía sin solución", "still no solution",
			"versprechen sie mir", "nunca llega", "never comes", "prometen una llamada", "me prometen",
			"nadie llamó", "nadie me llamó", "me llamarían", "personne n'a rappelé", "hat er nicht", "hat sie nicht",
			"# outages", "# outages in", "on m'a dit * fois", "man hat mir * gesagt",
			"personne ne le règle", "personne ne règle", "nadie lo soluciona", "niemand löst",
			"niemand meldet sich", "keiner meldet sich", "troisième appel", "deuxième appel", "quatrième appel",
			"promet un rappel", "on me promet", "à chaque fois~0.6",
			"dritte beschwerde", "vierte beschwerde", "zweite beschwerde", "gehen weiter~0.6",
			"# ausfällen", "# pannes en", "# caídas en",
			"warte ich auf einen rückruf", "auf einen rückruf", "wurde mir * zugesagt", "zugesagt~0.6", "passiert ist nichts",
			"quinto mensaje", "cuarto mensaje", "tercer mensaje", "sixth message", "fifth message", "fourth message",
			"je relance", "sixième", "cinquième relance",
			"vierte e mail", "dritte e mail", "zweite e mail", "bitte antworten sie", "antworten sie endlich",
			"comme promis", "wie versprochen", "como prometieron", "como prometido",
			"third week running", "# weeks running", "# days running", "second week running", "each time i'm told",
			"every time i'm told", "keep being told", "wurde wieder vertröstet", "vertröstet", "immer wieder vertröstet",
			"promis un rappel", "personne n'a appelé", "personne n'a rappelé", "personne ne m'a appelé",
			"on m'avait promis", "me prometieron", "nadie ha llamado", "nadie me ha devuelto", "ya van # correos",
			"ya van # llamadas", "ya van # veces",
			"seitdem nichts gehört", "nichts gehört", "nichts mehr gehört", "# relances", "malgré # relances",
			"trois incidents", "# incidents~0.7", "# pannes~0.8", "# caídas~0.8", "# ausfälle~0.8",
			"zum selben thema", "zum gleichen thema", "dritte anfrage", "vierte anfrage", "fünfte anfrage",
			"rückruf versprochen", "versprochen~0.6", "promis de rappeler", "prometieron llamar",
			"bis heute keine", "keine lösung~0.8",
			"deuxième mail", "troisième mail", "deuxième e mail~0.8", "troisième e mail~0.8", "segundo correo",
			"tercer correo", "zum wiederholten mal", "wiederholt~0.7",
			"viermal", "fünfmal", "sechsmal", "zigmal", "zero replies", "zero response", "zero responses", "no replies", "vierte nachricht",
			"dritte nachricht", "zweite nachricht", "dritte mail", "vierte mail", "gleichen problem~0.7",
			"gleiche problem~0.7", "même problème~0.7", "mismo problema~0.7", "niemand bei uns gemeldet",
			"niemand bei mir gemeldet", "keiner bei uns gemeldet",
			"nadie me devuelve la llamada", "nadie devuelve la llamada", "no me devuelven la llamada",
			"no devuelven la llamada", "nunca devuelven", "seguimos sin", "siguen sin", "seguimos esperando",
			"nadie me ha llamado", "nadie nos ha llamado", "nadie me ha contestado", "nadie ha respondido",
			"no he recibido respuesta", "no hemos recibido respuesta", "ya les escribí", "ya les llamé",
			"personne ne m'a rappelé", "personne ne nous a rappelés", "personne ne m'a répondu",
			"personne ne nous a répondu", "pas de réponse", "aucun retour", "sans retour", "toujours rien",
			"niemand hat sich gemeldet", "keiner hat sich gemeldet", "hat sich niemand gemeldet",
			"niemand hat zurückgerufen", "keiner hat zurückgerufen", "ruft nicht zurück", "nie zurückgerufen",
			"keine antwort erhalten", "immer wieder~0.7", "bereits mehrfach", "mehrfach~0.8", "vergeblich~0.7",
			"nobody has called", "no one has called", "nobody has got back", "no one has got back",
			"nobody has gotten back", "no one has gotten back", "no word from", "still no word",
			"heard nothing back", "never got a call back", "nobody ever calls back", "no one ever calls back",
			"nobody has reached out", "no one has reached out", "nobody reached out", "no one reached out",
			"third time", "second time", "fourth time", "fifth time", "3rd time", "2nd time", "4th time",
			"# times~0.8", "yet again", "once again", "again~0.5", "still waiting", "still not", "still no",
			"still haven't", "still hasn't", "still can't", "still don't", "still broken", "still down",
			"still nothing", "still have not", "still has not", "still have no", "still has no", "still got no", "nobody called", "no one called",
			"never called back", "nobody got back", "no one got back", "never got back", "never heard back",
			"haven't heard back", "have not heard back", "didn't call back", "did not call back",
			"no call back", "no callback", "promised to call", "promised a call", "supposed to call",
			"no response", "no reply", "no answer", "not answered", "never answered", "nobody answered",
			"no one answered", "been ignored", "being ignored", "ignored~0.9", "ignoring~0.8",
			"how many times", "keeps happening", "keep happening", "already told", "already explained",
			"already sent", "already called", "repeatedly", "multiple times~0.8", "several times~0.8",
			"many times~0.8", "over and over", "for weeks", "for # weeks", "for # days", "for days",
			"for months", "every time~0.6", "same problem", "same issue", "previous ticket", "follow up~0.5",
			"following up~0.5", "chasing~0.7", "reopened", "second email", "third email", "fourth email",
			"fifth email", "# emails", "# calls", "# messages", "# tickets", "any update~0.5", "any news~0.5",
			"still no reply", "heard nothing", "no one has replied", "nobody has replied",
			"no one has responded", "nobody has responded", "no one answers", "nobody answers",
			"no one answering", "nobody answering", "no one picks up", "nobody picks up",
			"no one is answering", "nobody is answering", "nobody calls back", "no one calls back",
			"nobody called me back", "no one called me back", "niemand ruft zurück", "keiner ruft zurück",
			"ruft niemand zurück", "ruft keiner zurück", "niemand antwortet", "keiner antwortet",
			"keine antwort", "keine rückmeldung", "niemand geht ran", "schon wieder", "immer noch",
			"zum dritten mal", "zum zweiten mal", "dreimal", "mehrmals", "personne ne répond",
			"personne ne rappelle", "personne ne décroche", "aucune réponse", "toujours pas",
			"encore une fois", "troisième fois", "deuxième fois", "plusieurs fois", "nadie contesta",
			"nadie responde", "nadie atiende", "nadie me llama", "nadie llama", "sin respuesta",
			"ninguna respuesta", "otra vez", "de nuevo~0.6", "tercera vez", "segunda vez", "varias veces",
			"todavía no", "sigue sin", "aún no", "cuarta vez", "quinta vez", "nadie me responde",
			"nadie nos responde", "nadie me contesta", "nadie nos contesta", "antwortet keiner",
			"antwortet niemand", "tercer aviso", "third reminder", "second reminder", "sigo sin",
			"again and again", "still haven't heard", "still awaiting", "as per my previous email",
			"as per my last email", "my previous email~0.7", "my last email~0.7", "already reported",
			"still open~0.7", "erneut~0.7", "schon mehrfach", "bereits gemeldet", "keine reaktion",
			"ohne antwort", "immer noch keine", "kein rückruf", "nicht zurückgerufen", "à nouveau~0.7",
			"toujours aucune", "déjà signalé", "sans réponse", "sans nouvelles", "jamais rappelé",
			"ya lo reporté", "ya reporté", "sigo esperando", "sin noticias", "nunca me llamaron",
			"no me han llamado", "nadie me da~0.8", "nadie nos da~0.8", "meldet sich nicht",
			"meldet sich niemand", "nichts passiert", "nothing happened~0.6", "# mails~0.8", "# anrufe~0.8",
			"# llamadas~0.8", "# correos~0.8", "# appels~0.8", "meldet sich keiner", "déjà écrit",
			"déjà appelé", "ya escribí", "ya llamé", "no me devolvieron", "zum vierten mal", "quatrième fois",
			"relance", "# fois~0.8", "# mal~0.8", "# veces~0.8",
		},
		sigChurn: {
			"whether we keep you~1.5", "ob wir bei ihnen bleiben~1.5", "si nous restons chez vous~1.5",
			"si seguimos con ustedes~1.5",
			"talking to your competitors~1.5", "mit ihren mitbewerbern~1.5", "discuter avec vos concurrents~1.5",
			"hablar con su competencia~1.5", "convince me not to switch~1.5", "convince me to stay~1.5",
			"überzeugen sie mich~1.2", "convainquez~1.2", "convénzanme~1.2",
			"don't see us staying~1.5", "keine zukunft mit ihnen~1.5", "pas d'avenir avec vous~1.5",
			"no veo futuro con ustedes~1.5", "no future with you~1.5",
			"cancellation terms~0", "kündigungsbedingungen~0", "conditions de résiliation~0", "condiciones de cancelación~0",
			"another system~0.8", "to another system", "otro sistema~0.8", "un autre système~0.8", "ein anderes system~0.8",
			"# day notice~1.8", "day notice~1.5", "our notice~1.2", "consider this our notice~1.8",
			"consider this our notice of~0", "our notice of a~0", "our notice of the~0", "notice of a new~0",
			"notice of change~0",
			"moving our accounts~1.5", "accounts elsewhere~1.5", "notre préavis~1.8", "comptes ailleurs~1.5",
			"transférons nos comptes~1.8", "nuestro preaviso~1.8", "preaviso~1.2", "trasladamos nuestras cuentas~1.8",
			"nuestras cuentas a otra~1.5", "als unsere kündigung~1.8", "ziehen wir * um~1.2",
			"evaluating alternatives~1.2", "evaluating other options~1.2", "evaluating other providers~1.2",
			"prüfen andere anbieter~1.2", "prüfen derzeit andere~1.2", "andere anbieter~0.8", "andere optionen~0.8",
			"valorando otras opciones~1.2", "otras opciones~0.8", "d'autres options~0.8", "regardons la concurrence~1.2",
			"regardons sérieusement la concurrence~1.5",
			"zum nächstmöglichen termin~1.5", "zum nächstmöglichen zeitpunkt~1.5",
			"ne reconduirons pas~1.8", "reconduirons pas~1.8", "ne pas reconduire~1.5", "pas reconduire~1.5",
			"daremos por finalizado~1.8", "dar por finalizado~1.5", "por finalizado~1.2",
			"revoir notre partenariat", "reconsider our partnership", "review our partnership",
			"unsere partnerschaft überdenken", "replantear nuestra colaboración", "revisar nuestra colaboración",
			"can't recommend renewing~1.5", "cannot recommend renewing~1.5", "recommend renewing~0.8",
			"not be renewing~1.5", "won't be renewing~1.8", "will not be renewing~1.8",
			"nach alternativen umsehen~1.5", "nach alternativen~1.2", "alternativen prüfen~1.2", "alternativen~0.7",
			"other providers", "alternative providers", "alternative vendors", "look at alternatives", "looking at alternatives",
			"d'autres fournisseurs", "autres fournisseurs", "d'autres prestataires", "offres concurrentes", "des alternatives~0.8",
			"otros proveedores", "otras alternativas", "buscar alternativas~1.2", "buscaremos alternativas~1.5",
			"konto löschen~1.5", "konto löschen lassen~1.8", "account deleted~1.2", "delete my account~1.5",
			"delete our account~1.5", "supprimer mon compte~1.5", "supprimer notre compte~1.5",
			"eliminar mi cuenta~1.5", "eliminar nuestra cuenta~1.5", "borrar mi cuenta~1.5",
			"reicht es mir~0.8", "mir reicht es~0.8", "j'en ai assez~0.8", "estoy harto~0.8", "estoy harta~0.8", "i've had enough~0.8",
			"stop the direct debit~1.5", "lastschrift stoppen~1.5", "l'arrêt du prélèvement~1.5", "cancelar la domiciliación~1.5",
			"move the team elsewhere", "woanders hin~0.8", "nous partons ailleurs", "nos vamos a otro sitio", "we've had it",
			"wir haben genug", "nous en avons assez", "estamos hartos",
			"looking for a replacement", "nach einem ersatz", "cherchent déjà un remplaçant", "un remplaçant~0.8",
			"buscando un sustituto", "un sustituto~0.8",
			"don't auto renew~1.8", "do not renew~1.8", "nicht automatisch verlängern~1.8",
			"verlängern sie unseren vertrag nicht~1.8", "steigen * aus~1.2", "steigen zum monatsende aus~1.8",
			"ne pas renouveler notre abonnement~1.8", "nous arrêtons~1.2", "no renueven~1.8", "lo dejamos~1.2",
			"recommending we don't", "recommend we don't", "we don't sign", "not to renew~1.5", "no pensamos renovar~1.8",
			"ne pas le renouveler~1.5", "de ne pas renouveler~1.5",
			"we'll terminate~1.8", "we will terminate~1.8", "terminate under", "reconsidering the whole relationship",
			"one more missed",
			"la baja del servicio~1.8", "solicitamos la baja~1.8", "solicito la baja~1.8", "pedimos la baja~1.8",
			"por terminado el contrato~1.8", "dar por terminado~1.5", "daremos por terminado~1.8",
			"somewhere else", "taking our team", "préavis de résiliation~1.8", "préavis", "nos cambiamos a~1.5",
			"otra herramienta", "werden wir unseren vertrag nicht verlängern~1.8",
			"mettrons un terme~1.8", "mettre un terme~1.5", "buscaremos otro proveedor~1.8", "buscar otro proveedor",
			"buscaremos otro~1.2",
			"exit process", "start the exit", "reconsidérer notre contrat", "reconsider our contract", "unseren vertrag überdenken",
			"reconsiderar el contrato", "llevamos el negocio", "a otra parte~0.6", "über eine kündigung", "eine kündigung nach",
			"why we're still paying", "why we are still paying",
			"anderen dienstleister", "einen anderen dienstleister", "autre prestataire", "changerons de prestataire~1.8",
			"changerons de~0.8",
			"we don't continue", "not continue", "won't continue~0.8", "nicht fortsetzen", "nicht weiterführen",
			"dernier mois avec vous~1.8", "notre dernier mois", "último mes que pagamos~1.8", "el último mes", "final notice",
			"or we terminate", "we terminate",
			"über einen wechsel", "pidiendo presupuestos", "presupuestos a la competencia", "quotes from competitors",
			"devis à la concurrence", "angebote von anderen",
			"look elsewhere", "looking elsewhere", "vorzeitig beenden", "vertrag vorzeitig", "kündigungsbestätigung~1.8",
			"mettre fin à notre collaboration~1.8", "fin à notre collaboration~1.5", "so geht das nicht weiter",
			"find a replacement", "replacement for your~1.8", "want to keep us", "to keep us~0.7", "keep our business",
			"we're switching", "we are switching", "we'll switch", "we will switch", "i'm switching", "i will switch",
			"cambiarme de compañía", "a punto de cambiar", "gehe ich zu einem anderen", "zu einem anderen anbieter",
			"cancel us~1.8", "on arrête", "clôturer notre compte~1.8", "fermer notre compte~1.8", "clôturer mon compte~1.8",
			"fermer mon compte~1.8", "cerrar nuestra cuenta~1.8", "cerrar mi cuenta~1.8", "unser konto schließen~1.8",
			"mein konto schließen~1.8", "we're out", "we are out~0.7", "last warning", "final warning",
			"letzte warnung", "dernier avertissement", "último aviso",
			"o nos vamos", "no podemos seguir así", "so nicht weiter", "on ne peut pas continuer comme ça",
			"we walk", "we'll walk", "i'll walk", "walk at renewal", "reicht es uns~0.6",
			"ein angebot von einem anderen", "angebot eines anderen~0.7", "autre solution~0.7", "une autre solution",
			"étudions une autre", "étudions sérieusement", "otra plataforma", "me llevo la cuenta", "nos llevamos la cuenta",
			"llevarme la cuenta", "moving our account", "move our account", "another platform",
			"about to walk", "i'm gone", "i am gone", "we're gone", "we are gone", "wir sind weg", "sind wir weg",
			"ich bin weg", "bin ich weg", "daremos de baja~1.8", "damos de baja~1.8",
			"vertrag aufzulösen~1.8", "vertrag auflösen~1.8", "aufzulösen~0.7", "kündigen wir~1.8", "werden wir kündigen~1.8",
			"annulerons~1.8", "nous annulerons~1.8", "annuler notre commande", "annuler la commande~0.6", "nous résilierons~1.8",
			"nous allons résilier~1.8", "vamos a cancelar~1.8", "cancelaremos~1.8", "nos cambiamos de", "nos cambiaremos",
			"nos pasamos a", "nos vamos con", "me cambio de", "cambiamos de proveedor", "reporting this to my bank",
			"report this to my bank", "to my bank~0.6", "leaving a review", "leave a review", "one last chance",
			"last chance~0.7", "dernière chance", "letzte chance", "última oportunidad",
			"formal notice~1.8", "notice of termination~1.8", "on arrête tout", "nous arrêtons tout", "arrêter le contrat",

			"cancellation form~1.8", "done with you", "we are done", "we're done~0.7", "confirm the cancellation~1.8",
			"confirm our cancellation~1.8", "bestätigen sie die kündigung~1.8", "kündigung zum~1.8", "changer de solution",
			"changer d'outil", "envisageons de changer", "cambiar de herramienta", "cambiar de solución",
			"i'm cancelling~1.8", "i'm canceling~1.8", "we're cancelling~1.8", "we're canceling~1.8", "i am cancelling~1.8",
			"we are cancelling~1.8", "i am canceling~1.8", "we are canceling~1.8", "migrating to", "migrate to~0.6",
			"a different provider", "a different vendor", "a different supplier", "dispute the invoice",
			"dispute~0.6", "avoid you", "ne renouvellerons pas~1.8", "renouvellerons pas~1.8", "no renovaremos~1.8",
			"no vamos a renovar~1.8", "werden nicht verlängern~1.8",
			"partirons ailleurs", "partir ailleurs", "irons ailleurs", "irons voir ailleurs", "nous partirons~0.6",
			"nos iremos~0.6", "nos vamos a ir~0.6", "wir gehen~0.4",
			"another tool", "another platform", "another solution~0.6", "trial elsewhere", "moving all~0.6",
			"rescindimos~1.8", "rescindiremos~1.8", "rescindir~0.8",
			"mettrons fin~1.8", "mettre fin", "mettons fin", "résilions~1.8", "résilierons~1.8", "notice to terminate~1.8",
			"our notice~0.6", "take our business", "einen wechsel~0.7", "anbieterwechsel",
			"nos damos de baja~1.8", "nos daremos de baja~1.8", "darnos de baja~1.8",
			"considering leaving", "thinking of leaving", "thinking about leaving", "cambiaremos de", "cambiar de proveedor", "cambio de proveedor", "de proveedor~0.6",
			"cancel my~1.8", "cancelling my~1.8", "canceling my~1.8", "close my account~1.8", "closing my account~1.8",
			"switch provider", "switch providers", "switching provider", "switching to", "switch to another",
			"take my business", "taking my business", "business elsewhere", "go elsewhere", "going elsewhere",
			"find another", "look for another", "looking for another", "another provider~0.5",
			"another company~0.5", "leave~0.2", "leaving~0.2", "full refund", "my money back", "money back",
			"chargeback", "charge back", "dispute the charge", "dispute with my bank", "bad review",
			"negative review", "one star", "1 star", "write a review", "never use", "never fly", "never buy",
			"never again", "won't be using", "won't be back", "lost a customer", "lost my business",
			"ex customer", "former customer", "terminate~0.6", "termination~0.6", "end my contract~1.8",
			"end the contract~1.8", "unsubscribe me", "kündigen~1.8", "kündigung~1.8", "résilier~1.8", "résiliation~1.8",
			"cancelar", "disdetta", "opzeggen", "cancel the contract~1.8", "cancel our~1.8", "cancelling our~1.8",
			"canceling our~1.8", "cancel the subscription~1.8", "cancel the service~1.8", "tell everyone", "tell all my",
			"social media~0.4", "post online", "go public", "we cancel~1.8", "i cancel~1.8", "we will cancel~1.8",
			"i will cancel~1.8", "we'll cancel~1.8", "i'll cancel~1.8", "will cancel~1.8", "cancel everything~1.8",
			"we will leave", "we'll leave", "we are leaving", "we're leaving", "moving to another",
			"move to another", "switch to a competitor", "competitor~0.6", "competitors~0.6", "kündige~1.8",
			"vertrag kündigen~1.8", "anbieter wechseln", "den anbieter", "geld zurück", "résilie~1.8", "je résilie~1.8",
			"changer d'opérateur", "changer de fournisseur", "remboursement~0.5", "looking at alternatives",
			"look at alternatives", "considering other providers", "move our business", "moving our business",
			"not renew~1.8", "won't renew~1.8", "will not renew~1.8", "end our contract~1.8", "end our subscription~1.8",
			"close our account~1.8", "find a new provider", "wechseln zu", "zur konkurrenz", "nicht verlängern~1.8",
			"vertrag beenden~1.8", "storniere~1.8", "stornieren~1.8", "changer de prestataire", "change de fournisseur",
			"other vendors", "another vendor", "chez un concurrent", "passerons chez", "passer chez~0.6",
			"otro proveedor", "anderen anbieter", "fristlos~1.8", "reviewing other~0.7", "evaluating other~0.7",
			"won't be renewing~1.8", "not be renewing~1.8", "will not be renewing~1.8", "change d'opérateur",
			"change de prestataire", "aller voir ailleurs", "la concurrence", "ne pas renouveler~1.8",
			"mettre fin au contrat~1.8", "annuler mon abonnement~1.8", "annuler le contrat~1.8", "me voy a otra compañía",
			"la competencia", "no renovar~1.8", "rescindir el contrato~1.8", "cambio de operador",
			"cambiarme de operador", "cancelo~1.8", "cancelaré~1.8", "cancelamos~1.8", "cancelar mi~1.8", "quiero cancelar~1.8",
			"cancelar nuestro~1.8", "cancelar el contrato~1.8", "dar de baja~1.8", "me doy de baja~1.8", "darme de baja~1.8",
			"cambio de compañía", "cambiar de compañía", "reembolso~0.5",
		},
		sigLegal: {
			// a lawyer named is not yet a threat ("our lawyer reviewed the
			// contract"); one brought in against us is
			"lawyer~0.5", "lawyers~0.5", "attorney~0.5", "solicitor~0.5", "legal action", "legal advice", "legal team~0.5", "sue you", "will sue", "going to sue", "sue your", "sue them",
			"sue the", "i'll sue", "we'll sue",
			"sue for",
			"suing", "lawsuit", "court~0.5", "see you in court", "take you to court", "take this to court",
			"small claims", "ombudsman", "regulator", "trading standards",
			"consumer protection", "better business bureau", "to the bbb", "the press", "journalist",
			"media~0.5", "report you to", "will report you", "i'll report you", "going to report you",
			"reporting you", "file a complaint", "formal complaint", "official complaint", "fcc", "ftc",
			"attorney general", "anwalt~0.5", "rechtsanwalt~0.5", "avocat~0.5", "abogado~0.5", "avvocato~0.5",
			"advocaat~0.5",
			"breach of contract", "gdpr", "data protection", "verklagen", "klage", "verbraucherzentrale",
			"anzeige erstatten", "rechtliche schritte", "porter plainte", "plainte~0.7", "tribunal~0.5",
			"traîner au tribunal", "devant les tribunaux", "devant le tribunal", "vor gericht", "a los tribunales",
			"llevaros a juicio", "llevarles a juicio",
			"mise en demeure", "denuncio", "los denuncio", "denunciar", "denuncia~0.7", "demanda~0.5", "demandar",
			"oficina del consumidor", "a consumo~0.7", "en consumo~0.6", "ante consumo~0.7", "porte plainte", "claim damages", "damages~0.7",
			"reclamación formal", "reclamación~0.7",
		},
		sigOutage: {
			"seems to be offline", "appears to be offline",
			"cannot use it", "can't use it", "kann sie gar nicht nutzen", "ne peux pas l'utiliser", "no la puedo usar",
			"logs me out every time", "déconnecte à chaque", "cierra la sesión cada vez", "meldet mich * sofort ab",
			"printing blank", "print blank", "sortent blanches", "sortent en blanc", "drucken leer",
			"been timing out", "have been timing out", "are timing out", "laufen in timeouts", "running into timeouts",
			"appels api expirent", "dan timeout", "besteht weiterhin~0.8", "persiste toujours~0.8",
			"drops every", "drops all", "every inbound call", "coupe tous les appels", "corta todas las llamadas",
			"isn't registered", "is not registered", "nicht registriert", "n'est pas enregistré", "no está registrado",
			"zugriff verweigert", "access denied", "accès refusé", "acceso denegado", "says invalid", "zeigt ungültig",
			"stocks affichés sont faux", "stock levels are wrong", "bestände sind falsch", "el stock está mal",
			"produits épuisés", "wrong vat", "iva equivocado", "mauvaise tva", "falsche mehrwertsteuer",
			"undercharging", "overcharging every",
			"account was restricted", "account is restricted", "account has been restricted", "temporarily restricted",
			"vorübergehend eingeschränkt", "konto wurde eingeschränkt", "konto ist eingeschränkt",
			"temporairement restreint", "compte est restreint", "compte a été restreint", "restringida temporalmente",
			"cuenta está restringida", "cuenta restringida",
			"coming out empty", "come out empty", "pdfs sind leer", "sortent vides", "salen en blanco", "salen vacíos",
			"netzwerkfehler~0.8", "network error~0.8", "erreur réseau~0.8", "error de red~0.8",
			"stuck at the 2fa", "stuck at 2fa", "stuck at the login", "stuck on the login",
			"bloqués à l'étape", "bloqué à l'étape", "atascados en la verificación", "atascado en la verificación",
			"hängen bei der anmeldung", "hänge bei der anmeldung",
			"nur einen ladekreis", "ladekreis~0.8", "only a spinner", "just a spinner", "loading spinner~0.8",
			"spinning wheel~0.8", "se queda cargando", "reste en chargement", "tourne dans le vide",
			"usuario bloqueado", "usuarios bloqueados", "utilisateur bloqué", "utilisateurs bloqués",
			"benutzer gesperrt", "user locked", "users locked", "user blocked",
			"se queda en blanco", "pantalla en blanco", "reste blanc", "écran blanc", "bleibt weiß",
			"stays blank", "goes blank", "been blank", "is blank",
			"refusent toutes", "refusent les cartes", "refuse les cartes", "rechazan todas", "rechaza las tarjetas",
			"rejects all", "declines all", "declining all", "lehnt alle", "lehnen alle",
			"dans les spams", "dans les indésirables", "en spam", "en la carpeta de spam", "a la carpeta de spam",
			"im spam", "im spamordner", "landen im spam", "in the spam folder", "into spam",
			"se cortan", "se corta", "se coupent", "se coupe", "calls drop", "calls are cut off",
			"dejado fuera", "nos ha dejado fuera", "nos dejó fuera", "locked us all out", "locked everyone out",
			"niemand mehr ins system", "keiner mehr ins system", "kommt niemand mehr", "kommt keiner mehr",
			"plus personne ne peut se connecter", "nadie puede entrar",
			"nur noch fehlermeldungen", "nur noch fehler", "zeigt nur noch", "fehlermeldungen~0.6",
			"only shows errors", "only shows an error", "nothing but errors", "que des erreurs", "n'affiche que",
			"solo errores", "solo muestra errores", "solo da errores",
			"se desconecta", "se desconectan", "se déconnecte", "se déconnectent", "trennt sich", "disconnects every",
			"impossible d'accéder", "impossible d'ouvrir", "impossible d'imprimer", "impossible d'envoyer",
			"impossible d'enregistrer", "impossible d'encaisser", "impossible de se reconnecter",
			"ouvrir une session~0.8", "ouvrir de session~0.8",
			"error page", "an error page~1", "fehlerseite", "page d'erreur", "página de error",
			"blank labels", "leere etiketten", "étiquettes vierges", "etiquetas en blanco", "prints blank", "druckt nur leere",
			"n'imprime que des", "solo imprime", "double books", "vergibt * doppelt", "jeden termin doppelt",
			"attribue chaque créneau deux fois", "asigna cada hueco dos veces", "clashing appointments", "citas solapadas",
			"lauter überschneidungen", "conflits toute la journée", "now nobody can get in", "nobody can get in",
			"kommt niemand mehr rein", "plus personne ne peut se connecter", "ahora nadie puede entrar",
			"codes are invalid", "code is invalid", "codes ungültig", "sind meine codes ungültig", "codes sont refusés",
			"no son válidos", "códigos no son válidos", "lands in spam", "land in spam", "landen * im spam",
			"arrivent en spam", "llegan a spam", "aren't reaching users", "n'arrivent pas~0.8",
			"404s", "404 errors", "error 404", "erreur 404", "404 seite", "every product page", "toutes nos pages",
			"todas las páginas", "wurde abgemeldet", "wurden abgemeldet", "a été déconnectée", "été déconnectée",
			"le ha cerrado la sesión", "ne reçoit pas les", "bekommt keine", "bekommen keine", "no les llegan", "no nos llegan",
			"can't get the verification", "fällt jede nacht aus", "échoue chaque nuit", "falla cada noche", "fails every night",
			"failing every night",
			"froze all", "froze our", "payouts frozen", "all payouts", "sont gelés", "sont gelées", "gelés~0.8",
			"congelado~0.8", "congelados~0.8", "han congelado", "eingefroren", "bei jedem login", "unbekannter fehler~0.7",
			"können nichts", "cierra la sesión", "logs everyone out", "déconnecte tout le monde", "nicht mehr aktualisiert",
			"ne se mettent plus à jour", "ne se met plus à jour", "no se actualiza", "no se actualizan", "siguen atascados",
			"atascados~0.7", "stuck in processing", "hängen seit",
			"can't withdraw", "cannot withdraw", "pending verification~0.6", "wird nicht mehr akzeptiert", "nicht mehr akzeptiert",
			"n'est plus accepté", "ya no funciona", "komme an keine", "je n'ai accès à rien", "accès à rien",
			"acceder a nada", "n'affiche plus", "n'affiche plus aucun", "llegan vacíos", "arrive empty", "arrivent vides",
			"kommen leer an",
			"zeitüberschreitungen", "zeitüberschreitung", "nichts wird verschickt", "se reinicia solo", "se reinicia",
			"reboots itself", "keeps rebooting", "redémarre tout seul", "startet ständig neu", "stuck outside my account",
			"outside my account", "expires before it arrives", "sont toutes vides", "toutes vides", "are all blank",
			"están todas vacías", "sind alle leer",
			"me he quedado fuera", "nos hemos quedado fuera", "quedado fuera de", "fuera de la cuenta", "locked me out",
			"even though we're open", "even though we are open", "shows closed~0.6",
			"kommt nicht in frage~0", "kommt nicht infrage~0", "don't work on~0", "don't work weekends~0",
			"service unavailable", "refuse tous les paiements", "refuse tous", "rechaza todos los pagos",
			"lehnt alle zahlungen ab",
			"geht nicht um~0", "geht * nicht um~0", "geht es nicht um~0",
			"can't get past", "cannot get past", "just reloads", "konto deaktiviert", "account deactivated", "account disabled",
			"affiche désactivé", "compte désactivé", "cuenta desactivada", "me sale cuenta", "n'envoie plus rien",
			"n'envoie plus", "no devuelve nada", "hängt seit", "no se están enviando", "no se envían",
			"erreichen uns keine", "erreicht uns keine", "stopped going out",
			"ausgeschlossen worden", "ausgeschlossen~0.7", "niemand kann mehr", "no se registran", "no se registra",
			"bricht bei jedem * ab", "bricht * * ab", "affiche complet~0.6",
			"has been down", "have been down", "been offline~0.8", "been broken", "been unavailable", "been locked out",
			"been crashing", "stürzt * ab", "stürzt * * ab", "stürzt * * * ab", "kann sich niemand", "können sich nicht",
			"nadie * puede entrar", "nadie de * puede", "no muestra ninguna", "no muestra ningún", "ne sont plus",
			"rien ne se passe", "nichts passiert~0.7", "no pasa nada~0.6", "null stunden~0.6",
			"voicemails * not showing up", "not showing up", "aren't showing up", "missed urgent",
			"nobody can reach", "no one can reach", "nobody in the company can", "kommen keine", "kommt keine",
			"renvoie une erreur", "renvoient une erreur", "no tengo acceso", "no tenemos acceso", "ne s'impriment plus",
			"ne s'imprime plus", "plus rien ne part", "druckt nicht mehr", "no imprime",
			"je n'ai plus accès", "n'ai plus accès",
			"document not found~0.7", "returning * not found~0.7", "locked out our", "locked out the", "has failed",
			"have failed~0.8", "failed three nights", "# nights in a row", "verbindung bricht * ab", "bricht sofort ab",
			"bricht ab~0.7", "nicht möglich",
			"impossible d'émettre", "reste grisé", "est grisé~0.6", "a été fermé par erreur", "fermé par erreur",
			"rien ne bouge", "no registra", "no pueden fichar", "no devuelve resultados", "don't scan", "won't scan",
			"no longer scan", "not scanning",
			"hasn't updated", "haven't updated", "not updating", "isn't updating", "driving blind~0.7", "working blind~0.7",
			"arbeiten blind~0.7", "ne partent plus", "ne part plus",
			"went black", "went blank", "gone black", "aren't showing", "isn't showing", "not showing up",
			"fallo~0.6", "el fallo",
			"no se guardan",
			"no se guarda", "ne sont pas enregistrées", "ne sont pas enregistrés", "werden nicht gespeichert",
			"aren't being saved", "are not being saved", "not saving",
			"haven't gone out", "hasn't gone out", "have not gone out", "has not gone out", "not gone out",
			"keine rechnungen mehr", "no funcionan", "no funcionan en", "froze", "frozen~0.8", "won't reboot",
			"won't start", "won't boot", "won't turn on", "ne démarre plus", "startet nicht mehr", "no arranca",
			"returning 500s", "500s~0.8", "502s~0.8", "503s~0.8", "dead in the water",
			"est toujours bloqué", "ich bin ausgesperrt", "bin ausgesperrt",
			"can't get back in", "cannot get back in", "signed out~0.7", "is suspended", "been suspended", "stopped receiving",
			"can't print", "cannot print", "aren't creating", "not creating", "into a void",
			"ont été déconnectés", "été déconnectés", "déconnectés~0.7", "wurden abgemeldet", "fueron desconectados",
			"hängt im status", "hängen im status", "ausstehend~0.5", "schlägt jedes mal fehl", "schlägt fehl", "komme nicht an",
			"kommen nicht an", "ne remonte plus", "ne remonte", "rechaza todas", "rechaza~0.6", "rechazan todas",
			"caduca al instante", "expira al instante", "link expires immediately", "lien de réinitialisation est expiré",
			"est expiré~0.6", "logins fail", "login fails", "fail with error", "error 401", "error 403", "on ne peut plus", "on ne peut plus rien faire", "ne plus rien faire", "rien faire~0.5",
			"se faisant passer", "haciéndose pasar", "sich als * ausgab", "schadcode", "malicious code", "code malveillant",
			"código malicioso", "fremde werbung",
			"is down to~0", "are down to~0", "stopped talking to", "stopped communicating", "stopped connecting",
			"lost connection~0.8", "lost the connection~0.8", "calls drop", "calls keep dropping", "laufen ins leere",
			"läuft ins leere", "nicht übertragen", "eingefroren", "konto eingefroren", "page d'erreur",
			"affiche une erreur", "impossible de récupérer", "impossible d'accéder", "n'arrive pas~0.6",
			"no deja procesar", "no podemos procesar", "no se procesan", "cannot be received~0.7",
			"can't be reached", "cannot be reached", "could not be reached~0.7", "site can't be reached",
			"are getting a crash", "getting a crash", "crashes when", "crash on open", "is crashing", "are crashing",
			"keeps crashing", "will be cut~0.7", "will be cut off~0.7", "nur fehler", "liefert nur fehler",
			"nur noch fehler", "gibt nur fehler", "zeigt nur fehler", "lädt nicht mehr", "stürzt ständig ab",
			"stürzt immer ab", "hängt sich auf", "reagiert nicht", "reagiert nicht mehr", "keine verbindung mehr",
			"nicht erreichbar", "ist nicht erreichbar", "sind nicht erreichbar", "kommt niemand", "kommt keiner",
			"ins system", "plante sans arrêt", "plante tout le temps", "ne répond pas", "ne répond plus",
			"ne fonctionne toujours pas", "ne marche toujours pas", "inaccessible", "est inaccessible",
			"sont inaccessibles", "ne s'affiche plus", "ne s'affiche pas", "ne reçoit plus", "ne reçoivent plus",
			"ne se connecte plus", "se bloque", "se cuelga", "se queda colgado", "se queda colgada", "no responde",
			"no carga", "no abre", "no se abre", "no arranca", "no funciona", "sigue sin funcionar", "no va",
			"no va nada", "no hay servicio", "no hay conexión", "no se puede acceder", "no podemos entrar",
			"no pueden entrar", "no puede entrar", "no llegan", "no llega", "sin acceso", "se cae", "se cayó",
			"been failing~0.7", "has been failing~0.7", "have been failing~0.7", "has been timing out",
			"can't see any~0.8", "cannot see any~0.8", "failed to generate", "failed to run", "failed to send",
			"failed to load", "failed to sync", "shows no data", "no data for~0.7", "ist tot", "sind tot",
			"weiterhin kaputt",
			"isn't delivering", "is not delivering", "aren't delivering", "not delivering any", "timing out",
			"times out", "session expired~0.7", "hasn't received a single", "haven't received a single",
			"not a single~0.6", "no orders are syncing", "not syncing", "isn't syncing", "aren't syncing",
			"dejado de funcionar", "ha dejado de funcionar", "han dejado de funcionar", "no sincroniza",
			"ne se synchronise plus", "synchronisiert nicht", "login alerts~0.6", "login alert~0.6",
			"está parado", "está parada", "están parados", "est à l'arrêt", "steht still",
			"certificate warning", "certificate error", "certificate expired", "ssl error", "zertifikat abgelaufen",
			"zertifikatsfehler", "certificat expiré", "erreur de certificat", "certificado caducado",
			"error de certificado", "disabled by~0.7", "account disabled", "weiße seite", "leere seite",
			"page blanche", "página en blanco", "code never arrives", "code doesn't arrive", "no me llega el código",
			"no llega el código", "le code n'arrive pas", "le code n'arrive jamais", "code kommt nicht",
			"se me ha bloqueado", "se ha bloqueado", "me ha bloqueado", "immer noch down", "toujours down",
			"sigue down",
			"is failing~0.7", "are failing~0.7", "are not working", "is broken", "are broken", "is offline~0.8",
			"are offline~0.8", "isn't loading", "ist ausgefallen", "sind ausgefallen", "geht nichts", "stehen still",
			"est en panne", "sont en panne", "están caídos",
			"stopped loading", "stopped responding", "stopped sending", "stopped syncing", "has stopped working",
			"keep getting auto replies~0.5", "erreur 500", "erreur 502", "erreur 503", "fehler 500", "fehler 502",
			"fehler 503", "persists~0.7", "problem persists", "issue persists", "still persists", "le problème persiste",
			"persiste~0.7", "el problema persiste", "besteht weiterhin", "problem besteht~0.7", "no deja~0.7",
			"no nos deja", "no me deja", "no consigo entrar", "no consigo acceder", "no consigo~0.6",
			"no conseguimos", "unterbrochen~0.8", "interrompu~0.8", "interrompue~0.8", "interrumpido~0.8",
			"interrumpida~0.8", "interrupted~0.6", "keine anmeldung", "keine anmeldung möglich", "nicht möglich~0.5",
			"wir können keine", "können keine~0.7", "nous ne pouvons pas~0.6", "no podemos~0.5",
			"loops me back", "keeps looping", "no podemos enviar", "no puedo enviar", "no reciben", "no recibimos",
			"no podemos recibir", "seguimos igual~0.6", "sigue igual~0.5",
			"downtime", "blank screen", "blank page", "white screen", "got logged out", "logged out~0.6",
			"kicked out~0.6", "not coming through", "aren't coming through", "are not coming through",
			"nothing is coming through", "nothing coming through", "lines are dead", "line is dead",
			"phones are dead", "been dead", "not restored~0.7", "isn't restored~0.7", "pas rétabli~0.7",
			"nicht wiederhergestellt~0.7", "no se ha restablecido~0.7", "nimmt keine", "nehmen keine",
			"n'accepte plus", "n'acceptent plus", "ya no acepta", "ya no aceptan", "no acepta~0.7",
			"no aceptan~0.7", "wurde gesperrt", "wurden gesperrt", "gesperrt~0.8", "bloquearon",
			"han bloqueado", "ha bloqueado", "ont bloqué", "a bloqué", "plus la main", "perdu l'accès",
			"lost access", "lost control of our account", "lost control of my account", "lost control of the account", "keinen zugriff mehr", "läuft immer noch nicht",
			"funktioniert immer noch nicht", "geht immer noch nicht", "toujours hors ligne",
			"toujours en panne", "sigue rota", "sigue roto", "sigue caído", "sigue caída",
			"fehlgeschlagen", "schlägt fehl", "schlagen fehl", "fehlermeldung~0.6", "fehler~0.45", "kaputt~0.8",
			"abgestürzt", "stürzt ab", "lädt nicht", "startet nicht", "keine verbindung", "verbindung bricht ab",
			"werden abgelehnt~0.8", "wird abgelehnt~0.8", "komme nicht mehr in", "komme nicht in",
			"kommen nicht mehr in", "kommen nicht in", "kein zugang", "keinen zugang", "zugang gesperrt",
			"nicht verfügbar~0.8", "läuft nicht", "steht still", "server antwortet nicht",
			"échoue", "échouent", "a échoué", "ont échoué", "erreur~0.45", "message d'erreur~0.6", "plante",
			"planté", "plantée", "ne charge pas", "ne charge plus", "ne se charge pas", "ne s'ouvre pas",
			"ne s'ouvre plus", "sont refusés~0.8", "sont refusées~0.8", "refusées~0.6", "refusés~0.6",
			"ne passe plus~0.8", "ne passent plus~0.8", "ne passe pas~0.6", "ne passent pas~0.6",
			"pas de connexion", "plus de connexion", "ne répond plus", "injoignable",
			"fallan", "falló", "fallando", "falla~0.6", "son rechazados~0.8", "son rechazadas~0.8",
			"rechazados~0.6", "rechazadas~0.6", "se cayó", "se cae~0.8", "no conecta", "no se conecta",
			"no puedo conectarme", "no podemos conectarnos", "no me deja entrar", "no nos deja entrar",
			"no deja entrar", "no responde~0.6",
			"caídas", "caídas constantes", "puede iniciar sesión~0.6", "pueden iniciar sesión~0.6",
			"payment declined~0.8", "payments declined", "declined for every", "for every card", "every card~0.7", "no recibe", "no recibe llamadas", "no entran llamadas", "ne remonte~0.7", "ne remontent~0.7", "kommen nicht rein", "gehen nicht durch",
			"outage", "outages", "is down", "are down", "went down", "been down", "goes down",
			"keeps going down", "down again", "still down", "site down", "server down", "system down",
			"service down", "website down", "email down", "network down", "offline~0.8", "not working",
			"stopped working", "doesn't work", "does not work", "don't work", "isn't working",
			"is not working", "aren't working", "won't work", "broken", "broke~0.7", "broke up~0", "broken up~0", "breaking up~0", "crashed", "crashes",
			"crashing", "crash~0.7", "can't log in", "cannot log in", "can't login", "cannot login",
			"unable to log in", "unable to login", "can't sign in", "cannot sign in", "unable to sign in",
			"locked out", "can't access", "cannot access", "unable to access", "can't connect",
			"cannot connect", "unable to connect", "no access", "no internet", "no connection", "no service",
			"no signal", "error 500", "500 error", "502", "503", "bad gateway", "timeout~0.6", "timed out",
			"time out~0.6", "production~0.6", "prod~0.6", "nothing works", "nothing is working", "won't load",
			"not loading", "doesn't load", "can't send", "cannot send", "can't receive", "cannot receive",
			"not receiving", "not sending", "bouncing", "bounced", "failing~0.7", "fails~0.7", "failed~0.7",
			"failure~0.7", "glitch~0.7", "bug~0.5", "error~0.45", "errors~0.45", "frozen~0.7", "freezes~0.7",
			"unusable", "unavailable~0.7", "funktioniert nicht", "geht nicht", "ausfall", "störung",
			"ne fonctionne pas", "ne marche pas", "en panne", "panne", "no funciona", "caído", "non funziona",
			"werkt niet", "storing", "has been down", "unable to~0.5", "impossible to~0.5", "kann nicht~0.5",
			"können nicht~0.5", "ne peux pas~0.5", "ne pouvons pas~0.5", "no puedo~0.5", "no longer~0.8",
			"nicht mehr~0.7", "ne peuvent plus", "ne peut plus", "ne pouvons plus", "hors ligne", "no arranca",
			"sin línea", "kommen nicht an", "kommt nicht an", "geht nicht raus", "is dead~0.7", "are dead~0.7",
			"gone dead~0.7", "been silent~0.7", "has stopped", "have stopped", "not arriving", "not going out",
			"no dial tone", "invalid credentials", "password doesn't work", "password does not work",
			"seems to be down", "appears to be down", "is not loading", "not accessible", "isn't accessible",
			"can't use", "cannot use", "unable to use", "can't open", "cannot open", "unable to open",
			"keeps crashing", "stopped syncing", "not syncing", "returns an error", "getting an error",
			"blank page", "white screen", "times out", "account locked", "account is locked",
			"account has been locked", "account suspended", "account is suspended", "access denied",
			"lässt sich nicht öffnen", "startet nicht", "reagiert nicht", "nicht verfügbar", "konto gesperrt",
			"kein zugang", "komme nicht rein", "ne répond plus", "ne démarre pas", "ne s'ouvre pas",
			"indisponible", "compte bloqué", "compte suspendu", "accès refusé", "no carga", "no abre",
			"no responde", "no está disponible", "cuenta bloqueada", "cuenta suspendida", "acceso denegado",
			"inaccessible", "out of service", "ne reçoivent plus", "ne reçoit plus", "ne recibimos", "caída",
			"unable to send", "unable to receive", "can't send any", "cannot send any", "declines every",
			"declined every", "n'arrive plus à accéder", "n'arrive pas à accéder",
			"n'arrive plus à me connecter", "n'arrive pas à me connecter", "impossible d'accéder",
			"can no longer log", "no longer log in", "no longer able to log", "can no longer access",
			"no longer works", "no longer working", "database error", "shows an error", "gives an error",
			"500 errors", "502 errors", "503 errors", "ne peux plus", "ne pouvons plus", "plus accéder",
			"été suspendu", "été bloqué", "été désactivé", "été supprimé", "are dropping", "calls dropping",
			"calls are dropping", "dropped calls", "failed overnight", "failed last night",
			"failed this morning", "is disabled~0.8", "been disabled~0.8", "kein * * mehr~0.7",
			"keine * * mehr~0.7", "keeps spinning", "just spins", "only spins", "ausgesperrt", "plus accès",
			"pas accès", "plus d'accès", "aucun accès", "sin acceso", "keeps failing", "keep failing",
			"kept failing", "keeps timing out", "keeps disconnecting", "keeps dropping", "keeps freezing",
			"keeps logging me out", "timeouts~0.6", "getting timeouts", "every login~0.7", "not reaching",
			"aren't reaching", "are not reaching", "isn't reaching", "is not reaching", "not getting through",
			"empty pages~0.7", "empty page~0.7", "nicht zugestellt", "keine * mehr~0.7", "kein * mehr~0.7",
			// no more problems is good news, not an outage
			"keine probleme mehr~0", "kein problem mehr~0", "keine fehler mehr~0", "keine störungen mehr~0",
			"keine beschwerden mehr~0", "keine sorgen mehr~0",
			"n'arrivent pas", "n'arrivent plus", "no llegan", "no llega", "se cierra~0.7", "se cuelga",
			"se bloquea", "throwing errors", "throwing * errors", "returning errors", "returning * errors",
			"for every request~0.7", "on every request~0.7", "every request fails", "all requests fail",
			"throws an error", "ne peut se connecter", "ne peut plus se connecter",
			"ne peuvent plus se connecter", "ne peuvent pas se connecter", "peut plus se connecter",
			"da error", "sistema caído", "reach anyone", "reach someone", "reach anybody", "get hold of",
			"trying to get through", "get through to", "not responding", "unreachable", "can't get through",
			"cannot get through", "unable to get through", "can't reach", "cannot reach", "unable to reach",
			"can't log into", "cannot log into", "can't get in", "cannot get in", "can't get into",
			"cannot get into", "funktioniert gar nichts", "funktioniert nichts", "geht gar nichts",
			"geht nichts mehr", "nicht mehr anmelden", "nicht mehr einloggen", "funktioniert nicht mehr",
			"geht nicht mehr", "ausgefallen", "nicht erreichbar", "nicht anmelden", "nicht einloggen",
			"kein zugriff", "kein internet", "ist down", "ne fonctionne plus", "ne marche plus",
			"rien ne marche", "rien ne fonctionne", "hors service", "coupure", "impossible de me connecter",
			"impossible de se connecter", "pas me connecter", "pas nous connecter", "sin servicio",
			"sin internet", "sin conexión", "no puedo acceder", "no podemos acceder", "no puedo entrar",
			"no podemos entrar", "no puedo iniciar sesión", "está caído", "está caída", "no funciona nada",
		},
		sigImpact: {
			"charged all our members twice", "charged everyone twice", "doppelt abgebucht", "débité deux fois",
			"cobró dos veces", "phones haven't stopped", "telefon steht nicht still", "téléphone n'arrête pas",
			"teléfono no para",
			"nur noch bar", "only take cash", "que des espèces", "solo en efectivo",
			"customers are queueing", "customers are queuing", "queue is growing", "kunden stehen schlange",
			"stehen schlange", "font la queue", "file d'attente s'allonge", "hacen cola", "la cola crece",
			"pay my staff", "pay our staff", "pay my employees", "pay our employees", "mitarbeiter nicht bezahlen",
			"payer mes salariés", "payer nos salariés", "payer mes employés", "pagar a mis empleados",
			"pagar a nuestros empleados", "pagar las nóminas",
			"der versand steht", "versand steht still", "steht still", "expéditions sont arrêtées",
			"expéditions sont bloquées", "envíos están parados", "shipping has stopped", "shipping is stopped",
			"at a standstill",
			"lose service", "lose our service", "lose access", "perdre le service", "perdrons l'accès",
			"den zugang verlieren", "verlieren den zugang", "perder el servicio", "perderemos el acceso",
			"nous a coûté # clients", "cost us # clients", "cost us # customers", "hat uns # kunden gekostet",
			"nos ha costado # clientes", "losing clients", "losing customers",
			"orders are piling up", "piling up~0.7", "pedidos pendientes~0.8", "commandes en attente~0.8",
			"aufträge stauen sich", "stapeln sich~0.7",
			"only admin", "i'm the only admin", "einzige admin", "seul administrateur", "único administrador",
			"# complaints~0.7", "# beschwerden~0.7", "# réclamations~0.7", "# quejas~0.7", "# complaints in an hour",
			"wages to pay", "salaires partent", "verkaufen artikel", "articles épuisés", "productos agotados",
			"out of stock items~0.6",
			"umsatz bricht ein", "los clientes nos llaman sin parar", "nos llaman sin parar", "calling non stop",
			"back to paper", "we're back to paper", "zurück zu papier", "retour au papier", "nadie recoge",
			"busiest time~0.5", "busiest night~0.5",
			"sales are down", "ventas han bajado", "les ventes ont baissé", "umsatz ist eingebrochen", "patients appellent en masse",
			"appellent en masse", "artikel verkauft", "# no shows~0.8",
			"avisos de impago", "keinen umsatz", "kein umsatz", "perdons des clients", "perdemos clientes",
			"restaurante vacío", "restaurant vide", "sitting idle", "la comptabilité est bloquée", "clientes se enfadan",
			"niemand kann heute", "nadie puede trabajar", "kunden warten",
			"termine platzen", "clients abandonnent", "abandonnent leurs paniers", "von hand korrigieren",
			"by hand~0.5", "à la main~0.5", "a mano~0.5",
			"guests are queuing", "queue of guests", "can't check anyone in", "trucks are leaving", "ventas han caído",
			"las ventas han caído a cero", "sales have dropped to zero", "sales dropped to zero", "umsatz ist eingebrochen",
			"on perd * clients", "perd patience~0.5",
			"die lkws warten", "lkws warten", "trucks are waiting", "drivers are waiting", "nos patients ne viennent pas",
			"patients ne viennent pas", "patients are not showing up",
			"verschicken falsche", "falsche artikel", "clientes esperando", "customers waiting", "clients qui attendent",
			"nadie del equipo", "clientes llegando sin", "personne dans l'équipe", "niemand im team",
			"no shows~0.7",
			"kunden zahlen nicht", "zahlen deshalb nicht", "clientes abandonan", "abandonan el carrito",
			"restaurant full~0.6", "restaurant is full~0.6", "local lleno~0.6", "restaurant plein~0.6",
			"kostet uns", "jeden tag geld", "nous coûte", "nos cuesta",
			"keine bestellungen mehr", "keine aufträge mehr", "plus aucune commande",
			"ya no entran pedidos", "no entran pedidos",
			"können nicht einchecken", "cannot check in~0.7", "can't check in~0.7", "gäste stehen", "guests are waiting",
			"c'est la panique", "plena campaña", "en plein rush", "in der hochsaison", "sin stock~0.6",
			"perdre un client", "lost a client", "lost an important client", "einen kunden verloren",
			"nothing can be", "keine einzige~0.7",
			"keine einzige bestellung", "perdons toutes", "perdons les ventes", "cola enorme~0.6",
			"ratings are tanking", "keine pakete", "keine lieferungen",
			"gehen keine", "nos patients ne peuvent", "patients ne peuvent", "pacientes no pueden",
			"patienten können nicht", "people need their~0.6", "nobody else has access", "no one else has access",
			"personne d'autre n'a accès", "nadie más tiene acceso", "niemand sonst hat zugriff",
			"left waiting", "are left waiting", "bloque toujours", "bloque nos", "bloque toute", "blockiert unsere",
			"blockiert die", "bloquea los", "bloquea nuestros", "bloquea nuestras", "blocks our", "is blocking our",
			"erreichen uns nicht", "erreicht uns niemand", "can't reach us", "cannot reach us",
			"ne peuvent pas nous joindre", "no pueden contactarnos",
			"patients are missing", "customers are missing", "missing appointments", "almacén está parado",
			"la producción está parada", "die produktion steht", "la production est à l'arrêt",
			"none of my team", "none of my", "ninguno de mi equipo", "keiner aus meinem team", "niemand im team",
			"customers are waiting", "kunden warten", "clients attendent", "clientes esperan",
			"verlieren gerade", "perdons actuellement",
			"est bloqué~0.7", "sont bloqués~0.7", "est bloquée~0.7", "está bloqueada~0.7", "está bloqueado~0.7",
			"no orders~0.6", "no bookings~0.6", "no sales~0.6", "aucune commande", "aucun paiement",
			"aucune réservation", "aucune vente", "ninguna compra", "ningún pedido", "ninguna reserva",
			"ninguna venta", "keine bestellungen", "keine bestellung", "keine buchungen", "keine zahlungen",
			"kunden rufen", "kunden beschweren sich", "clients se plaignent", "clientes se quejan",
			"los clientes se quejan", "perdons des données", "perdemos datos",
			"customers are ringing", "customers are calling~0.6", "customers are complaining~0.7",
			"clientes no reciben", "clients ne reçoivent", "kunden erhalten keine",
			"ningún * puede", "ninguno puede", "estamos perdiendo", "perdiendo ventas", "aucun * ne peut",
			"keiner kann", "kein * kann",
			"sin poder~0.6", "sin poder trabajar", "sin poder facturar", "sin poder vender", "sin poder cobrar",
			"sin poder acceder", "no podemos cobrar", "sans pouvoir~0.6", "ne pouvons pas travailler",
			"ne pouvons plus travailler", "ne peut plus travailler", "ne peuvent plus travailler",
			"mitarbeiter können nicht", "mitarbeiter können keine", "können nicht arbeiten",
			"können nicht mehr arbeiten", "umsatzverlust", "verlieren kunden", "verlieren geld",
			"ninguno de mis", "ninguno de nuestros", "ninguna de nuestras", "ninguno de los",
			"lost # orders", "lost about # orders", "lost around # orders", "bloquant", "c'est bloquant", "losing money", "lost money", "losing sales", "lost sales", "losing customers", "losing business",
			"lost business", "costing us", "costing me", "cost us", "cost me", "can't work", "cannot work",
			"unable to work", "can't do my job", "our customers can't", "our customers cannot", "nobody can",
			"no one can", "orders failing", "orders are failing", "payments failing", "payments are failing",
			"can't take payments", "cannot take payments", "shop is closed", "store is down", "missed my", "miss my", "missed the", "missed a",
			"missed connection", "missed our", "ruined", "stranded", "stuck~0.7", "standstill",
			"at a standstill", "stillstand", "à l'arrêt", "paralizados", "customers cannot", "clients cannot",
			"patients cannot", "users cannot", "staff cannot", "employees cannot", "customers can't",
			"clients can't", "patients can't", "users can't", "staff can't", "nos clients ne peuvent",
			"clientes no pueden", "kunden können nicht", "is blocked", "are blocked",
			"we are blocked", "aucun de nos", "no podemos trabajar", "no podemos facturar",
			"no podemos vender", "perdiendo clientes", "perdemos clientes", "no podemos~0.6", "none of our",
			"none of us", "nobody can work", "no one can work", "no way home", "keiner kann arbeiten",
			"niemand kann arbeiten", "nicht arbeiten", "verlieren umsatz", "personne ne peut",
			"perdons des ventes", "perdons de l'argent", "nadie puede trabajar", "nadie puede",
			"perdemos ventas", "perdiendo dinero", "losing orders", "lost orders", "customers unable",
			"users unable", "clients unable", "staff unable", "employees unable", "denied boarding",
			"wouldn't let me on", "won't let me on", "wouldn't let me board", "won't let me board",
			"wouldn't let us board", "gave my seat away", "gave away my seat", "give my seat away",
			"gave our seats away", "don't have a seat", "do not have a seat", "no seat~0.7",
			"no transportation", "running out of money", "no place to stay", "no hotel~0.7",
			"sleep at the airport", "sleeping at the airport", "night at the airport", "ningún cliente",
			"ningún usuario", "ningún empleado", "aucun client", "aucun utilisateur", "kein kunde",
			"kein einziger", "losing bookings", "losing revenue", "losing leads", "orders are lost",
			"bloqué~0.7", "bloquée~0.7", "bloqués~0.7", "bloqueado~0.7", "bloqueada~0.7", "blockiert~0.7",
			"hängt fest", "hängen fest",
		},
		// whom a problem stops: it makes a problem worse, and is none by
		// itself ("all our customers get the new version tomorrow")
		sigScope: {
			// what a problem puts at stake, which is no problem by itself
			// ("the payroll export is due by 3pm as usual")
			"payroll~0.6", "nóminas~0.6", "gehälter~0.6", "la paie~0.6", "revenue~0.6", "business critical",
			"mission critical", "geschäftskritisch",
			"to every visitor", "every visitor", "tous nos visiteurs", "todos los visitantes", "alle besucher",
			"thousands of people", "all # of our", "tous mes collaborateurs", "tous nos collaborateurs",
			"alle meine mitarbeiter", "todos mis empleados", "todos nuestros empleados", "half our users",
			"half of our users", "la mitad de", "la moitié de nos", "die hälfte unserer", "half our patients",
			"half our customers", "half of our customers", "for all participants", "for all users",
			"for all of us", "all of our * users", "all our * users", "all of our * customers",
			"all our * customers", "everyone in our", "everyone at our", "the whole * team",
			"cientos de usuarios", "cientos de clientes", "miles de clientes", "des centaines de",
			"hunderte kunden", "hunderte von", "hundreds of users", "hundreds of customers",
			"thousands of customers", "todos nuestros clientes", "todos los clientes", "toda la empresa",
			"todo el equipo~0.7", "toute l'entreprise", "tous nos clients", "tous les clients",
			"tous nos utilisateurs", "alle kunden", "alle unsere kunden", "alle mitarbeiter",
			"alle unsere mitarbeiter", "das ganze team~0.7", "die ganze firma", "das ganze büro",
			"tout le magasin", "toute l'équipe~0.7", "whole team~0.7", "entire team~0.7", "whole office",
			"entire office", "entire company", "whole company", "all our customers", "all of our customers",
			"all users", "everyone in", "every payment", "every order", "all payments", "all orders",
			"all visitors", "all our visitors", "all customers", "every customer", "every user",
			"for everyone", "all of our users", "# employees~0.7", "all employees", "all our employees",
			"all our users",
		},
		sigDataLoss: {
			"daten verloren", "daten sind weg", "dateien sind weg", "alle daten", "alle unsere daten",
			"alle meine daten", "gelöscht~0.7", "sind weg~0.5", "verschwunden", "verloren~0.8", "beschädigt~0.7",
			"perte de données", "données perdues", "toutes nos données", "toutes mes données", "perdu~0.8",
			"perdus~0.8", "perdues~0.8", "supprimés~0.7", "supprimées~0.7", "effacé", "effacés", "effacées",
			"a disparu", "ont disparu", "disparu~0.8", "disparus~0.8", "disparues~0.8", "corrompu",
			"corrompus", "pérdida de datos", "todos nuestros datos", "todos mis datos", "perdido~0.8",
			"perdimos", "hemos perdido", "he perdido", "borrado~0.7", "borrados~0.7", "borraron",
			"eliminados~0.7", "han desaparecido", "desaparecieron", "desapareció", "desaparecido~0.8",
			"corrupto~0.8", "corruptos~0.8",
			"are missing from", "is missing from", "went missing from", "missing from the", "where their * went", "where our * went", "where my * went",
			"data loss", "lost data", "lost all", "lost my", "lost our", "all my email", "all my emails",
			"all my files", "all our data", "all my data", "is gone", "are gone", "all gone", "disappeared",
			"vanished", "wiped", "erased", "deleted~0.7", "corrupted", "corrupt~0.6", "is corrupt", "are corrupt", "missing files",
			"missing emails", "missing data", "can't find my", "cannot find my", "lost luggage~0.8",
			"lost bag~0.8", "lost bags~0.8", "lost my luggage~0.8", "lost my bag~0.8", "missing bag~0.8",
			"missing bags~0.8", "missing luggage~0.8", "bag is missing~0.8", "bags are missing~0.8",
			"luggage is missing~0.8", "went missing~0.8", "gone missing~0.8", "losing my luggage~0.8",
			"losing my bag~0.8", "losing our luggage~0.8", "lost our luggage~0.8", "lost our bags~0.8",
		},
		sigSecurity: {
			"asking for card details", "nach kartendaten", "demande les coordonnées bancaires", "pide datos de tarjeta",
			"tampered with", "manipuliert", "fremdes pop up", "ventana extraña", "fenêtre étrange", "strange pop up",
			"das haben wir nicht eingebaut", "we didn't add that", "no la hemos puesto",
			"revoke all sessions", "session cookies", "alle sitzungen", "sitzungs cookies", "toutes les sessions",
			"vol de cookies", "todas las sesiones", "robado las cookies",
			"pretending to be from your", "pretending to be you", "als ihr support ausgegeben", "ausgegeben und",
			"s'est fait passer", "se hizo pasar", "leak our", "leaked our", "abgeflossen", "fuité",
			"se han filtrado", "filtrado~0.8", "wrong patients", "falschen patienten", "mauvais patients",
			"pacientes equivocados", "privacy problem", "datenschutzproblem", "problème de confidentialité",
			"problema de privacidad", "data protection issue",
			"d'hameçonnage", "mails d'hameçonnage", "phishing emails", "phishing mails", "correos de phishing",
			"bot attack", "an attack~0.8", "attaque~0.8", "angriff~0.8", "ataque~0.8", "faux comptes", "cuentas falsas",
			"fake accounts", "gefälschte konten", "random emails~0.6", "zufälligen adressen~0.6",
			"ehemaliger mitarbeiter", "noch zugriff", "former employee still has", "ancien employé", "antiguo empleado",
			"unbekannte haben", "an fremde adressen", "to unknown addresses", "à des adresses inconnues",
			"a direcciones desconocidas", "descargado la base de clientes", "downloaded our customer",
			"des inconnus", "depuis l'étranger~0.6", "bloquez l'accès", "aus dem ausland~0.6", "desde el extranjero~0.6",
			"verschickt * spam", "sends spam", "sending spam to", "envía spam", "envoie du spam", "gefälschten link",
			"faux rib", "fake bank details", "falsche bankverbindung", "iban falso",
			"unbekannten benutzer", "unknown user", "utilisateur inconnu", "usuario desconocido", "admin rechte~0.6",
			"kundenliste exportiert", "exported our customer list", "pays où nous n'avons personne",
			"cuentas bancarias nuevas", "new bank accounts", "he was asleep", "no hemos sido nosotros",
			"login from our", "connexions à notre compte depuis",
			"unknown device", "from an unknown", "someone has been logging", "adresse inconnue", "ajoutée comme administrateur",
			"ajouté comme administrateur", "nous ne savons pas qui", "we don't know who", "wir wissen nicht wer",
			"que no hemos pedido", "que no hemos solicitado", "didn't request", "did not request", "never requested",
			"nicht angefordert", "que nous n'avons pas demandé", "campaigns we never created", "we never created",
			"das waren nicht wir", "das war nicht ich", "wasn't us", "was not us", "ce n'était pas nous",
			"no fuimos nosotros", "sans notre intervention", "ont été modifiés~0.6", "que no conocemos",
			"accesos a nuestra cuenta", "bloqueen el acceso",
			"fake payment link", "fake link", "faux lien", "enlace falso", "gefälschter link", "uses our brand",
			"publiées sur un forum", "published on a forum", "in einem forum veröffentlicht", "publicados en un foro",
			"niemand von uns erstellt", "none of us created", "aucun de nous n'a créé", "ninguno de nosotros creó",
			"geänderter iban", "geänderte iban", "iban geändert", "changed iban", "iban modifié", "iban cambiado",
			"comptes administrateurs inconnus", "comptes inconnus", "unknown admin", "unbekannte admin",
			"administradores desconocidos", "nous n'avons rien fait", "wir haben nichts gemacht",
			"keeps trying to log", "trying to log into my account", "trying to log into our account", "reset emails~0.7",
			"lock it down", "lock this down",
			"sending spam", "spam from our", "we did not set this up", "we didn't set this up", "nicht getätigt",
			"die wir nicht getätigt haben", "que nous n'avons pas passées", "que no hemos hecho",
			"sans notre autorisation", "sans mon autorisation", "ohne unsere genehmigung", "verdächtige anmeldungen",
			"virements frauduleux", "betrügerische überweisungen", "transferencias fraudulentas",
			"wasn't any of us", "wasn't one of us", "none of us changed", "password was changed", "passwort wurde geändert",
			"mot de passe a été changé", "contraseña fue cambiada", "a donné son code", "gave out the code",
			"hat den code weitergegeben",
			"ransom", "ransom note", "was encrypted", "were encrypted", "encrypted overnight", "verschlüsselt~0.7",
			"chiffrés~0.7", "cifrados~0.7", "lösegeld", "rançon", "rescate~0.6", "niemand von uns", "keiner von uns",
			"none of us did", "ninguno de nosotros", "aucun de nous", "han robado", "nos han robado",
			"credenciales robadas", "stolen credentials", "identifiants volés", "zugangsdaten gestohlen",
			"manipuliert", "umgeleitet~0.7", "gefälschte", "gefälschte mail", "gefälschte e mail", "faux e mail",
			"faux mail", "faux courriel", "hameçonnage", "correo falso", "correos falsos", "suplantación",
			"suplantando", "usurpation", "usurpe", "usurpant", "in unserem namen~0.7", "à notre nom~0.6",
			"en nuestro nombre~0.6", "in our name~0.6", "from our support address", "emails we didn't write",
			"redirected to~0.6", "redirigidos a~0.6", "redirigés vers~0.6",
			"login alerts from", "logins from", "login from another country", "anmeldung aus", "connexion depuis un",
			"connexion depuis l'étranger", "connexions depuis", "inicio de sesión desde otro", "inicios de sesión desde",
			"die wir nicht kennen", "die ich nicht kenne", "que no reconocemos", "que no reconozco",
			"que nous ne reconnaissons pas", "que je ne reconnais pas", "alguien ha accedido",
			"cambiado los datos bancarios", "cambió los datos bancarios", "changé les coordonnées bancaires",
			"modifié les coordonnées bancaires", "bankverbindung geändert", "bankdaten geändert",
			"quelqu'un a changé", "quelqu'un a modifié", "alguien cambió", "alguien ha cambiado",
			"jemand hat * geändert", "someone changed", "hijacked", "taken over~0.8",
			"gehackt", "hackerangriff", "fremde zugriff", "zugriff auf unsere kundendaten~0.8", "zugriff auf kundendaten~0.8", "datenleck", "datenpanne", "unbefugter zugriff", "unbefugten zugriff",
			"unberechtigter zugriff", "unberechtigten zugriff", "fremde haben zugriff", "fremden zugriff",
			"jemand hat sich eingeloggt", "jemand hat sich angemeldet", "betrug~0.9", "betrügerisch",
			"gestohlen~0.9", "passwort geändert", "verdächtige anmeldung", "verdächtige aktivität",
			"nicht autorisiert", "ohne unsere zustimmung", "ohne meine zustimmung", "karte sperren",
			"konto sperren", "kompromittiert", "piraté", "piratée", "piratage", "fuite de données",
			"accès non autorisé", "accès frauduleux", "fraude~0.9", "frauduleux", "frauduleuse",
			"frauduleuses", "quelqu'un s'est connecté", "connexion suspecte", "activité suspecte",
			"sans notre accord", "sans mon accord", "sans autorisation", "bloquer le compte",
			"bloquer la carte", "compte compromis~0.8", "été compromis~0.8", "été compromise~0.8",
			"est compromis~0.6", "sont compromis~0.6", "données compromises~0.8", "sommes compromis~0.6", "changé le mot de passe", "hackeado", "hackeada",
			"hackearon", "pirateado", "pirateada", "filtración de datos", "acceso no autorizado",
			"fraudulento", "fraudulenta", "fraudulentos", "robado~0.8", "robada~0.8", "nos robaron",
			"alguien entró", "alguien ha entrado", "alguien accedió", "inicio de sesión sospechoso",
			"actividad sospechosa", "sin nuestra autorización", "sin mi autorización", "sin autorización",
			"bloquear la cuenta", "bloquear la tarjeta", "cambiaron la contraseña",
			"different bank details", "changed the bank details", "changed our bank details", "new bank details~0.7", "from our account to", "autres coordonnées bancaires", "andere bankverbindung", "otros datos bancarios",
			"hacked~0.9", "been hacked", "was hacked", "were hacked", "got hacked", "account hacked", "hack~0.6", "breach", "breached", "data breach", "security breach", "compromised",
			"phishing", "ransomware", "malware", "virus~0.7", "unauthorized", "unauthorised", "fraud~0.9",
			"fraudulent~0.8", "fraudulent charges", "fraudulent payments", "fraudulent transactions", "stolen~0.9", "suspicious login", "suspicious activity", "someone logged in",
			"identity theft", "leaked", "leak~0.6", "exposed~0.6", "someone logged", "someone accessed",
			"someone has access", "changed my password", "changed the password", "changed the passwords",
			"changed our password", "changed our passwords", "without our approval", "without my approval",
			"freeze the account", "freeze our account", "freeze my account", "lock the account",
			"lock our account", "block the card", "block our card", "don't recognise this",
			"don't recognize this", "don't recognise these", "don't recognize these", "do not recognise this",
			"do not recognize this", "do not recognise these", "do not recognize these", "a login we don't",
			"charges we don't", "charges i don't", "didn't authorise", "didn't authorize", "did not authorise",
			"did not authorize", "we did not place", "didn't place", "none of us know", "without permission",
			"without authorization", "without authorisation", "account was taken over", "not me~0.5",
		},
		sigDeadline: {
			"expires tomorrow", "expires today", "expires friday", "expires on friday", "expires monday",
			"expires this week", "läuft morgen ab", "läuft heute ab", "expire demain", "expire aujourd'hui",
			"caduca mañana", "vence mañana", "vence hoy",
			"la clôture approche", "l'échéance approche", "deadline is approaching", "deadline approaching",
			"se acerca el cierre", "el cierre se acerca", "der abschluss steht an", "monatsabschluss steht",
			"for the 5pm collection", "# parcels for", "kommt die abholung", "l'enlèvement est à", "la recogida es a las",
			"needs them monday", "needs them by", "needs it by", "braucht sie am montag",
			"go live at @time", "go live~0.6", "kundenstart~0.6", "lancement client~0.6",
			"arrancamos con un cliente~0.6", "starts at midnight~0.8", "startet unsere~0.6", "empieza a medianoche~0.8",
			"commence à #h", "commence dans", "empieza a las", "beginnt um", "starts at #",
			"plazo hasta mañana", "tenemos plazo", "frist bis morgen", "délai jusqu'à demain",
			"avant la fin du mois", "hoy tenemos que", "hoy tengo que", "heute müssen wir", "aujourd'hui nous devons",
			"compliance audit~0.6", "audit on friday~0.7", "clôture mensuelle~0.6", "reunión con dirección~0.6",
			"montag fangen~0.5",
			"fin de mes~0.5", "hay que facturar~0.6", "monatsende~0.5", "fin du mois~0.5", "month end~0.5",
			"before #~0.7", "need in~0.5",
			"um # uhr habe ich", "kundenpräsentation~0.7", "client presentation~0.7", "présentation client~0.7",
			"presentación con un cliente~0.7",
			"d'ici mardi", "d'ici mercredi", "d'ici jeudi", "d'ici samedi", "avant samedi", "bis samstag",
			"antes del martes", "antes del miércoles", "antes del jueves", "para el martes", "para el miércoles",
			"para el jueves",
			"entrega a las", "una entrega~0.6", "abgabe um", "livraison à #h~0.7", "a las # y~0.5",
			"je dois * aujourd'hui", "nous devons * aujourd'hui", "muss * heute", "müssen * heute", "tengo que * hoy",
			"tenemos que * hoy",
			"by the #~0.8", "client at @time",
			"presentation at @time",
			"give you until", "you have until", "haben sie bis", "vous avez jusqu'à", "tienen hasta", "en una hora",
			"in einer stunde", "en # horas", "in # stunden", "dans # heures",
			"before my @time", "before our @time",
			"demo at #~0.7", "demo at @time", "before # today", "before # tonight", "sofortige", "sofortigen",
			"agir vite", "intervenir rapidement", "rapidement~0.5", "schnell~0.4", "rápido~0.4",
			"in # min", "in # mins", "starting in~0.8", "starts in~0.8",
			"asap", "a s a p", "as soon as possible", "urgent", "urgently", "emergency", "immediately",
			"right now", "right away", "straight away", "within the hour", "within an hour", "in an hour",
			"in # hours", "in # minutes", "within # hours", "within # minutes", "by tomorrow", "by tonight",
			"by today", "by noon", "by midnight", "by @time", "by #~0.6", "before @time", "by eod",
			"before eod", "by end of day", "by the end of the day", "by close of business", "by cob",
			"by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "deadline",
			"time sensitive", "time critical", "critical~0.7", "top priority", "high priority",
			"before my presentation", "before the meeting", "before my meeting", "can't wait any longer",
			"cannot wait any longer", "this can't wait", "this cannot wait", "it can't wait", "it cannot wait",
			"before my trip", "before my flight", "before monday", "before tuesday", "before wednesday",
			"before thursday", "before friday", "before the weekend", "leaves in", "departs in", "boarding in",
			"takes off in", "is due", "due at", "due by", "due today", "due tomorrow", "due tonight", "fällig",
			"à rendre", "vence hoy", "bis heute abend", "noch heute", "spätestens", "frist", "au plus tard",
			"avant midi", "dans l'heure", "dans une heure", "date limite", "a más tardar", "antes de las",
			"fecha límite", "plazo~0.7", "before the evening", "before we open", "before opening",
			"before close", "as priority", "as a priority", "treat as urgent", "échéance", "has to * today",
			"have to * today", "needs to * today", "must * today", "has to be * today", "needs to be * today",
			"dringend", "sofort", "umgehend", "eilt", "so schnell wie möglich", "bis morgen", "bis heute",
			"heute noch", "bis @time", "bis montag", "bis dienstag", "bis mittwoch", "bis donnerstag",
			"bis freitag", "bis morgen früh", "avant lundi", "avant mardi", "avant mercredi", "avant jeudi",
			"avant vendredi", "d'ici lundi", "d'ici vendredi", "antes del lunes", "antes del viernes",
			"para el lunes", "para el viernes", "urgence", "immédiatement", "tout de suite",
			"dès que possible", "au plus vite", "avant ce soir", "d'ici ce soir", "d'ici demain",
			"avant demain", "urgente", "urgentemente", "inmediatamente", "cuanto antes", "lo antes posible",
			"hoy mismo", "antes de mañana", "para mañana", "subito", "spoed", "at @time tomorrow",
			"tomorrow at @time", "at midnight~0.7", "before midnight", "meeting is at", "meeting at #~0.7",
			"presentation is at", "demo is at", "launch is at", "goes live at", "go live at",
			"bis ende der woche", "bis ende des monats", "bis zum ende der woche", "bis zum wochenende",
			"d'ici la fin de la semaine", "avant la fin de la semaine", "d'ici la fin du mois",
			"antes del fin de semana", "antes de fin de mes", "para final de mes",
			"by the end of the week~0.7", "by the end of the month~0.6", "by end of week~0.7",
			"by end of month~0.6", "closes at~0.7", "closes tonight", "closes today", "closes tomorrow",
			"at @time today", "today at @time", "at @time tonight", "opens at @time", "starts at @time",
			"morgen um @time", "demain à @time", "mañana a las",
		},
		sigNow: {
			"since the incident", "seit dem vorfall", "depuis l'incident", "desde el incidente",
			"started after lunch", "started this morning", "started an hour ago", "started at #",
			"an hour ago~0.6", "about an hour ago~0.6", "# minutes ago~0.6", "# min ago~0.6",
			"been down", "has been down", "have been down", "been offline", "been broken", "been unavailable",
			"been stuck", "been locked out", "been crashing",
			"je n'ai plus accès", "n'ai plus accès",
			"continúa~0.6", "continúan~0.6", "persiste", "dauert an",
			"est toujours bloqué", "ich bin ausgesperrt", "bin ausgesperrt",
			"since the migration", "seit dem morgen", "depuis #h~0.8", "desde las #h",
			"is down to~0", "are down to~0",
			"toujours là", "sigue ahí", "immer noch da", "still there~0.7", "still happening", "still the case~0.7",
			"since the dns change", "since the change this morning", "first thing this morning", "desde primera hora",
			"depuis ce matin", "seit heute früh", "seit heute morgen", "seit 6 uhr~0.6", "seit # uhr",
			"depuis #h", "desde las #",
			"weiterhin", "noch immer", "heute vormittag", "heute nachmittag", "ça fait # jours", "ça fait # heures",
			"cela fait # jours",
			"has been timing out", "been failing", "has been failing", "have been failing", "tras vuestra actualización",
			"tras la actualización", "desde la actualización", "depuis la mise à jour", "seit dem update",
			"seit der umstellung", "nach dem update~0.6", "après la mise à jour~0.6", "está parado", "está parada",
			"están parados", "est à l'arrêt",
			"this week's~0.5", "sale opened~0.6", "opened at #~0.6",
			"and counting", "been on hold", "am on hold", "i'm on hold", "we're on hold", "been # days", "been # hours",
			"been # weeks", "been # minutes", "been over # hours", "seit # minuten",
			"started this morning", "started today", "started # min ago", "started # minutes ago",
			"started an hour ago", "began this morning", "started about # min ago",
			// the present tense of a problem's own phrase says it goes on now
			// ("is down", "funktioniert nicht"): the same span as the problem,
			// so it makes the mail live without a reason of its own
			"is down", "are down", "is blocked", "are blocked", "at a standstill", "is failing", "are failing",
			"keeps failing", "keeps crashing", "is not working", "are not working", "isn't working",
			"aren't working", "is broken", "are broken", "is offline", "are offline", "won't load",
			"is not loading", "isn't loading", "are not reaching", "aren't reaching", "nobody can work",
			"no one can work", "ist down", "ist ausgefallen", "sind ausgefallen", "funktioniert nicht",
			"funktioniert nichts", "geht nicht", "geht nichts", "steht still", "stehen still",
			"ne fonctionne pas", "ne fonctionne plus", "ne marche pas", "ne marche plus", "est en panne",
			"sont en panne", "est bloqué", "sont bloqués", "est bloquée", "personne ne peut", "no funciona",
			"está caído", "está caída", "están caídos", "no carga", "nadie puede", "está bloqueada",
			"está bloqueado", "rien ne marche", "rien ne fonctionne", "geht nichts mehr", "no funciona nada",
			"nothing works", "nothing is working",
			"since the #", "since lunchtime", "around lunchtime~0.5",
			"desde el cambio", "seit dem wechsel", "depuis le changement",
			"since last night's", "since yesterday's", "since this morning's", "since today's", "desde anoche",
			"desde esta mañana", "seit heute nacht", "seit gestern abend", "depuis cette nuit", "depuis hier soir",
			"today's~0.7", "tonight's~0.7", "for the past hour", "for the last hour", "for the past # hours",
			"for the last # hours", "every minute~0.7", "cada minuto~0.7", "chaque minute~0.7", "jede minute~0.7",
			"esta semana~0.5", "cette semaine~0.5", "diese woche~0.5",
			"this afternoon~0.7", "this evening~0.7", "so far~0.5", "heute abend~0.8", "ce soir~0.8", "cet après midi~0.7", "esta tarde~0.7", "esta noche~0.8",
			"today", "tonight", "tomorrow~0.8", "now~0.7", "currently", "at the moment", "as we speak",
			"still", "this week~0.5", "my flight~0.7", "since #", "since @time", "since yesterday",
			"since this morning", "since last night", "since monday", "since tuesday", "since wednesday",
			"since last monday", "since last tuesday", "since last wednesday", "since last thursday",
			"since last friday", "seit letztem montag", "seit letztem dienstag", "seit letztem mittwoch",
			"seit letztem donnerstag", "seit letztem freitag", "depuis lundi dernier", "depuis mardi dernier",
			"depuis mercredi dernier", "depuis jeudi dernier", "depuis vendredi dernier", "desde el lunes pasado",
			"desde el martes pasado", "desde el miércoles pasado", "desde el jueves pasado", "desde el viernes pasado",
			"since thursday", "since friday", "since the weekend", "since noon", "since midnight",
			"since lunch", "since the update", "since the upgrade", "since the migration", "since the outage",
			"since the change", "since your update", "since your maintenance", "since the maintenance",
			"since your change", "since your release", "since the release", "since your~0.6", "seit gestern",
			"heute morgen", "heute früh", "this morning~0.6", "esta mañana~0.7", "ce matin~0.6",
			"guten morgen~0", "por la mañana~0", "de la mañana~0", "depuis hier", "desde ayer", "heute",
			"morgen~0.8", "jetzt", "gerade~0.6", "seit", "aujourd'hui", "demain~0.8", "maintenant",
			"en ce moment", "depuis", "ce soir", "hoy", "mañana~0.8", "ahora", "desde", "todavía", "sigue",
			"oggi", "vandaag", "flight #~0.7", "flt #~0.7", "at the airport", "at the gate", "on the plane",
			"on the tarmac", "on the runway", "sitting on", "stuck on", "on this plane", "on this runway",
			"in the terminal", "2day", "2nite", "tmrw", "tmr~0.8", "right now", "been trying", "keep trying",
			"still trying", "is delayed", "are delayed", "is cancelled", "is canceled", "been delayed",
			"been cancelled", "been canceled", "keeps getting", "am stuck", "are stuck", "is stuck",
		},
		sigPlea: {
			"need a human", "brauche einen menschen", "besoin d'un humain", "parler à un humain", "hablar con un humano",
			"please stop it", "bitte sofort sperren",
			"call from your head of", "a call from a manager", "head of support~0.6", "your manager~0.6",
			"someone answer", "please someone", "que alguien", "jemand muss~0.6",
			"bloqueen todo", "sperren sie alles", "bloquez tout",
			"what do we do", "what should we do", "que devons nous faire", "que faisons nous",
			"qué hacemos", "qué debemos hacer", "was sollen wir tun", "was müssen wir tun", "bitte endlich",
			"con prioridad", "en priorité", "mit priorität", "as a priority", "sofort handeln", "agir rapidement",
			"bitte melden sie sich", "melden sie sich bitte",
			"someone contact me", "please contact me", "contact me asap", "can someone contact", "please dm~0.6",
			"have a human contact me", "have someone contact me", "have someone call me", "a human~0.6",
			"nos ayudan", "me ayudan", "pueden ayudar", "need access~0.7", "bitte sperren", "sperren sie",
			"schnell helfen", "bitte schnell", "um sofortige", "merci d'agir", "pouvez vous intervenir",
			"por favor revisen", "revisarlo rápido",
			"pls help", "plz help", "pueden ayudarnos", "puede ayudarnos", "ayúdennos", "ayudarnos~0.7",
			"need this stopped", "stop this now", "stopped now", "need it stopped",
			"please help", "need help", "help me", "help us", "can someone help", "can you help",
			"can anyone help", "someone help", "help please", "need assistance", "please assist",
			"please advise", "what do i do", "what should i do", "what are my options", "call me back",
			"call me~0.6", "please call", "please respond", "need an answer", "need a response", "respond now",
			"need this fixed", "need it fixed", "needs to be fixed", "need help now", "waiting on this",
			"get back to me", "need to talk to", "need to speak to", "bitte zurückrufen", "bitte um rückruf",
			"rufen sie mich", "brauche hilfe", "brauchen hilfe", "bitte helfen", "helfen sie", "rappelez moi",
			"rappelez nous", "merci de nous rappeler", "merci de me rappeler", "besoin d'aide", "aidez moi",
			"aidez nous", "necesito ayuda", "necesitamos ayuda", "ayúdenme", "llámenme", "por favor llamen",
			"need this working", "need it working", "need this back", "please recover", "please restore",
			"can be recovered", "necesitamos una solución", "necesito una solución", "get me on", "put me on",
			"rebook me", "need to rebook", "need to get to", "have to get to", "need to be in",
			"please escalate", "escalate~0.7", "schnelle rückmeldung", "um rückmeldung~0.6", "réponse rapide",
			"respuesta rápida", "as soon as you can", "asap please", "need someone on this", "someone on this",
			"need someone~0.7", "bitte rufen sie", "rufen sie uns", "rufen sie * an", "help~0.5", "hilfe~0.5",
			"aide~0.5", "ayuda~0.5",
			// asking for help in so many words is a plea in any language
			"können sie mir helfen", "können sie uns helfen", "könnten sie mir helfen", "könnten sie uns helfen",
			"kann mir jemand helfen", "kann uns jemand helfen", "pouvez vous m'aider", "pouvez vous nous aider",
			"pourriez vous m'aider", "pourriez vous nous aider", "merci de m'aider", "merci de nous aider",
			"quelqu'un peut m'aider", "pueden ayudarme", "puede ayudarme", "podrían ayudarme", "podrían ayudarnos",
			"me pueden ayudar", "nos pueden ayudar", "alguien me puede ayudar",
		},
		sigComplaint: {
			"double charging", "doppelt belastet", "débités deux fois", "se cobra dos veces",
			"cobrado dos veces",
			"cargos duplicados", "cargo duplicado", "doppelte abbuchungen",
			"falschen steuersatz", "wrong tax rate", "mauvais taux de tva", "tipo de iva incorrecto",
			"ce n'est pas le cas", "toujours fausses", "toujours faux", "sont toujours fausses", "immer noch falsch",
			"siguen mal", "still wrong",
			"falsche preise", "mauvais prix", "precios incorrectos", "wrong prices",
			"doppelten abbuchungen", "doppelte abbuchung", "doppelt abgebucht",
			"no está arreglado", "pas réparé", "nicht repariert",
			"not resolved", "pas réglé", "pas réglée", "pas résolu", "pas résolue", "no está resuelto",
			"no está resuelta", "sin resolver", "cobros duplicados", "cobro duplicado", "cobrado dos veces",
			"prélevé deux fois", "doppelt abgebucht",
			"never came", "never arrives", "never arrived",
			"delayed", "delay", "delays", "late~0.7", "cancelled", "canceled", "cancellation", "lost~0.8",
			"missing~0.7", "damaged", "wrong~0.6", "incorrect", "mistake", "charged twice",
			"cobrado dos veces", "doppelt abgebucht", "débité deux fois", "double charged", "overcharged",
			"over charged", "charged me", "extra charge", "hidden fee", "fees~0.5", "never arrived",
			"not arrived", "hasn't arrived", "has not arrived", "didn't arrive", "did not arrive",
			"never received", "not received", "haven't received", "have not received", "didn't receive",
			"did not receive", "didn't show up", "did not show up", "no show~0.7", "where is my", "where's my",
			"no update", "no updates", "no information", "no info", "no explanation", "no communication",
			"no notice", "no one~0.6", "nobody~0.6", "no way to", "no option", "no choice", "not even~0.5",
			"didn't even~0.5", "couldn't even~0.5", "can't even~0.5", "not helpful", "unhelpful",
			"no help~0.8", "not resolved", "unresolved", "not fixed", "never fixed", "can't wait~0",
			"cannot wait~0", "can't wait to~0", "couldn't be happier~0", "couldn't be more~0", "nicht behoben",
			"nicht gelöst", "nicht repariert", "sans solution", "sin solución", "no solution", "problem~0.4",
			"problems~0.4", "issue~0.4", "issues~0.4", "complaint~0.7", "complain~0.6", "complaining~0.6",
			"rebook", "rebooked", "rebooking", "overbooked", "oversold", "bumped", "diverted", "downgraded",
			"misplaced", "mishandled", "stuck~0.7", "stranded", "terrible experience", "bad experience",
			"poor experience", "worst experience", "customer service~0.5", "customer support~0.4",
			"nobody helps", "no one helps", "explain why", "why is~0.5", "why are~0.5", "why did~0.5",
			"why does~0.5", "why do~0.5", "why can't", "why would~0.5", "how is this", "how can you",
			"what is going on", "what's going on", "what happened to", "supposed to~0.6", "was told~0.7",
			"were told~0.7", "promised~0.7", "didn't~0.4", "doesn't~0.4", "wasn't~0.4", "weren't~0.4",
			"couldn't~0.4", "won't~0.4", "can't~0.4", "haven't~0.4", "hasn't~0.4", "isn't~0.4", "not happy",
			"not impressed", "not pleased", "not satisfied", "unhappy", "dissatisfied", "not ok", "not okay",
			"not good enough", "no apology", "compensated", "thanks for nothing", "complete joke",
			"total joke", "such a joke", "kidding me", "got to be kidding", "poor~0.7", "poorly", "so slow",
			"too slow", "really slow", "very slow", "slow~0.5", "lagging", "sitting here", "still sitting",
			"worse~0.5", "less than~0.5", "no reason", "no excuse", "inconvenience~0.6", "inconvenienced",
			"hassle", "nightmare", "disaster", "mess",
		},
		sigWaiting: {
			"llevo una semana", "llevamos una semana", "una semana esperando", "semana esperando",
			"ça fait une semaine", "seit einer woche", "for a week now",
			"après # jours", "nach # tagen", "después de # días", "after # days",
			"cela fait une semaine", "ça fait une semaine", "cela fait # semaines", "ça fait # semaines",
			"for the past # hours", "for the last # hours",
			"ça fait # jours", "ça fait # heures", "cela fait # jours", "vor einer woche~0.6",
			"# min",
			"been on hold", "am on hold", "i'm on hold", "we're on hold", "been # hours", "been # minutes",
			"been over # hours", "seit # minuten",
			"been a week", "been # weeks", "been # days",
			"depuis une heure", "depuis # heures", "depuis des heures", "depuis des jours",
			"depuis des semaines", "seit einer stunde", "seit # stunden", "seit stunden", "seit tagen",
			"seit wochen", "desde hace una hora", "desde hace # horas", "desde hace horas", "desde hace días",
			"desde hace semanas", "llevo una hora", "llevamos una hora", "en attente~0.6", "en espera~0.7",
			"warteschleife", "in der warteschleife",
			"suena ocupado", "always busy", "line is busy", "besetzt~0.7", "occupé~0.6",
			"waiting", "waited", "wait~0.5", "on hold", "hours~0.6", "# hours", "# hrs", "# hour", "# minutes",
			"# mins", "# days", "# weeks", "an hour~0.6", "all day", "all night", "all morning", "forever~0.7",
			"for ages", "ages~0.6", "so long", "too long", "long time~0.6", "taking forever", "still waiting",
			"queue~0.6", "hold music", "hung up", "disconnected", "no one picks up", "nobody picks up",
			"no one answers", "nobody answers", "busy signal", "call back~0.7", "callback~0.7",
			"response time~0.6", "days later", "weeks later", "since last week", "been waiting", "esperando",
			"warte seit", "j'attends", "still holding", "on hold for", "depuis # jours", "depuis # semaines",
			"llevo # semanas", "llevo # días", "llevo # horas", "llevamos # días", "llevamos # semanas",
			"llevamos # horas", "seit # tagen", "seit # wochen", "desde hace # días", "hace # días~0.7",
			"# jours~0.6", "# tage~0.6", "# días~0.6",
		},
		sigPraise: {
			"danke für die schnelle rückmeldung", "merci pour la réponse rapide", "merci pour votre réponse rapide",
			"gracias por la rápida respuesta", "thanks for the quick reply", "thanks for the quick response",
			"grateful for any~0", "appreciate any~0", "grateful for your help~0", "dankbar für jede~0",
			"would be grateful~0", "would be very grateful~0", "be grateful if~0", "be grateful for~0",
			"would appreciate~0", "would really appreciate~0", "i'd appreciate~0", "i'd be grateful~0",
			"kudos~0.6", "well done~0.6", "thank you so much~0.6", "thanks so much~0.6", "appreciate it~0.6",
			"much appreciated~0.6", "excellent service~0.8", "great service~0.8", "amazing~0.5", "awesome~0.5",
			"love~0.4", "loved~0.5", "fantastic~0.5", "wonderful~0.4", "impressed~0.6", "thanks again~0.6",
			"great job~0.4", "thankful~0.6", "grateful~0.6", "so thankful", "so grateful",
		},
		sigCalm: {
			// a system that seems offline is no out-of-office note; listed
			// here, as the family of outages lists the same words
			"seems to be offline~0", "appears to be offline~0",
			"out sick", "off sick", "heute krank", "malade aujourd'hui", "hoy de baja", "urgent things to",
			"dringendes bitte an", "pour l'urgent", "lo urgente, a",
			"ich bin nicht erreichbar", "bin ich nicht erreichbar",
			"bis * nicht erreichbar", "bis * * nicht erreichbar", "jusqu'à * indisponible", "indisponible jusqu'à",
			"no disponible hasta",
			"just checking", "just asking", "risk register", "for our records", "hypothetically", "rein hypothetisch",
			"par curiosité", "por curiosidad",
			"kaum betroffen", "nicht betroffen", "barely affected", "hardly affected", "didn't affect us", "did not affect us",
			"peu affectés", "pas affectés", "apenas nos afectó", "no nos afectó",
			"nothing urgent", "nothing urgent pending", "nichts dringendes", "nada urgente",
			"ich bin heute nicht erreichbar", "ich bin * * nicht erreichbar", "ich bin * * * nicht erreichbar",
			"bin ich nicht erreichbar", "nicht erreichbar sein", "je serai injoignable", "estaré ilocalizable",
			"automatic reply", "auto reply", "automatische antwort", "réponse automatique", "respuesta automática",
			"urgent requests", "for urgent requests",
			"if it's urgent", "if it is urgent", "if urgent", "si es urgente", "si c'est urgent",
			"falls dringend", "wenn es dringend ist", "no need to rush", "asap isn't needed",
			"for urgent issues", "for urgent questions", "for urgent requests", "limited connectivity",
			"reply when i'm back", "respond when i'm back", "reply on my return", "respond on my return",
			"à mon retour~0.6", "a mi regreso~0.6", "nach meiner rückkehr~0.6",
			"je serai absente", "absent jusqu'au", "absente jusqu'au", "pour toute question urgente", "away from my desk", "not been forwarded",
			"no rush", "no hurry", "not urgent", "no urgency", "not an emergency", "kein notfall",
			"pas une urgence", "no es una emergencia", "whenever you can", "whenever you get",
			"when you get a chance", "when you have a chance", "when you have a moment",
			"when you get a moment", "when you have time", "at your convenience", "at your leisure",
			"no worries", "not a big deal", "no big deal", "low priority", "just curious", "just wondering",
			"quick question", "quick hypothetical", "hypothetical question", "purely hypothetical",
			"rein hypothetisch", "question hypothétique", "pregunta hipotética", "nothing wrong right now",
			"nothing wrong at the moment", "nothing is wrong right now", "out of curiosity", "take your time", "out of the office", "out of office",
			"on leave", "parental leave", "maternity leave", "bin im homeoffice", "bin heute im homeoffice",
			"bin bis * im homeoffice", "sind heute im homeoffice", "bin diese woche im homeoffice", "wieder wie gewohnt",
			"bin * nicht erreichbar", "ab # uhr nicht erreichbar", "be unreachable", "be unavailable",
			"be offline", "i'm unavailable", "won't be reachable", "not be reachable", "je serai absent",
			"je serai injoignable", "no estaré disponible", "paternity leave", "sick leave", "annual leave",
			"for anything urgent", "für dringende", "pour toute urgence", "limited access to email",
			"for urgent matters", "in urgent cases", "no need to call", "nicht im büro",
			"in dringenden fällen", "abwesend", "es eilt nicht", "nicht dringend", "wenn sie zeit haben",
			"absent du bureau", "en cas d'urgence", "rien d'urgent", "pas urgent", "pas pressé",
			"quand vous pourrez", "fuera de la oficina", "para asuntos urgentes", "no es urgente", "sin prisa",
			"cuando puedan", "cuando pueda",
		},
		sigResolved: {
			"issue is gone", "problem is gone", "problem has disappeared", "problem ist weg", "problem ist verschwunden",
			"nothing to report", "rien à signaler", "nada que reportar", "nichts mehr aufgefallen",
			"not a single error", "ni un solo error", "plus aucune erreur", "kein einziger fehler", "pas une seule erreur",
			"seems gone", "seem gone", "since your fix", "since the fix", "depuis votre correctif", "seit ihrem fix",
			"issue is gone", "problem is gone", "error is gone", "bug is gone", "issue from * is gone",
			"ist behoben", "wurde behoben", "sind behoben", "wurden behoben", "behoben~0.8", "est corrigé", "a été corrigé",
			"está corregido", "fue corregido",
			"never came back", "hasn't returned", "has not returned", "nicht wiedergekommen", "n'est pas revenu",
			"no ha vuelto",
			"nicht mehr aufgetreten", "hasn't come back", "has not come back", "hasn't happened again",
			"has not happened again", "not happened again", "n'est plus apparu", "n'est plus revenu",
			"no ha vuelto a pasar", "no ha vuelto a ocurrir",
			"works again", "working again", "fix works", "fix worked", "fixed it", "is fixed", "was fixed",
			"been fixed", "got fixed", "all fixed", "is resolved", "was resolved", "been resolved",
			"problem solved", "issue solved", "all good now", "back up and running", "back online",
			"up and running again", "works now", "working now", "works fine now", "it arrived", "has arrived",
			"have arrived", "finally arrived", "received it", "all sorted", "sorted it out", "sorted out~0.7",
			"funktioniert wieder", "funktioniert jetzt", "geht wieder", "fonctionne de nouveau",
			"marche de nouveau", "fonctionne à nouveau", "ya funciona", "funciona de nuevo",
			"vuelve a funcionar", "solucionado", "résolu", "gelöst",
			// each gender and number of the participles of a fix
			"résolue", "résolus", "résolues", "réglé", "réglée", "réglés", "réglées", "corrigé~0.8",
			"corrigée~0.8", "rétabli", "rétablie", "solucionada", "solucionados", "solucionadas", "resuelto",
			"resuelta", "resueltos", "resueltas", "arreglado~0.8", "arreglada~0.8", "restablecido", "restablecida",
			"behoben", "repariert~0.8", "wiederhergestellt", "been solved", "was solved", "is solved", "got solved",
			"are solved", "problem solved", "sorted it", "sorted it out", "got it sorted", "all sorted",
			"hat geklappt", "wunderbar geklappt", "ça a marché", "ça a fonctionné", "ha funcionado",
		},
		sigPast: {
			"letzter woche", "vergangene woche", "vergangenen woche", "la semaine passée",
			"yesterday", "last week", "last night", "last month", "last year", "last time", "managed to",
			"finally~0.7", "got home", "made it", "eventually", "in the end", "after all", "thanks for",
			"thank you for", "next time", "in the future", "future flights", "survey", "feedback~0.7",
			"refund~0.7", "refunds~0.7", "refunded", "compensation", "compensate", "voucher", "vouchers",
			"miles~0.6", "reimburse", "reimbursement", "credit~0.6", "gestern", "letzte woche", "hier~0.6",
			"la semaine dernière", "ayer", "la semana pasada", "rembourser", "reembolsar", "was delayed",
			"were delayed", "was cancelled", "was canceled", "were cancelled", "got cancelled", "got delayed",
			"was late", "were late", "ended up", "we landed", "i landed",
		},
		// The condition of a threat ("fix it, otherwise we cancel") sets the
		// clock for it; without a threat to cancel or sue it counts nothing.
		sigUltimatum: {
			"es sei denn~0.8",
			"wenn sie das nicht", "if you can't", "if you cannot", "si vous ne pouvez pas", "si no pueden",
			"si rien n'est fait", "o lo arreglan", "o lo solucionan", "either fix",
			"either~0.5",
			"unless~0.8", "otherwise~0.7", "or else~0.8", "sonst~0.7", "ansonsten~0.7", "andernfalls~0.8",
			"sinon~0.7", "faute de quoi~0.8", "à défaut~0.5", "de lo contrario~0.8", "si no~0.4", "falls nicht~0.6",
			"wenn nicht~0.5", "if nothing changes", "si rien ne change", "wenn sich nichts ändert", "si nada cambia",
			"wenn sich daran nichts ändert", "si esto sigue así", "si sigue así", "if this continues",
			"if this keeps happening", "if it keeps happening", "si ça continue", "si cela continue",
			"wenn das so weitergeht", "wenn es so weitergeht",
			// a threat weighed in earnest ("we are seriously considering
			// another provider") is one the customer has begun to act on
			"seriously considering~0.8", "seriously thinking~0.8", "ernsthaft~0.7",
			"sérieusement~0.7", "seriamente~0.7",
		},
	}
	// a generated form that is already listed keeps the listed weight
	have := map[string]bool{}
	for _, entries := range lex {
		for _, e := range entries {
			w, _, _ := strings.Cut(e, "~")
			have[w] = true
		}
	}
	forms := phraseFamilies()
	for sig := range lex {
		for _, f := range forms[sig] {
			w, _, _ := strings.Cut(f, "~")
			if !have[w] {
				have[w] = true
				lex[sig] = append(lex[sig], f)
			}
		}
	}
	return lex
}

// phraseFamilies spells out families of phrases that are easier to write
// as a product than as a list: the forms of the strongest problem verbs in
// Spanish, French and German, whose endings and auxiliaries vary far more
// than English ones ("han bloqueado", "ont été désactivés", "wurde
// gesperrt", "dejaron de funcionar"), since phrases match whole words; and
// the later families, one comment each, that give a reading of a kind of
// mail (lock-outs by account state, churn told indirectly, calm mail that
// looks like a problem) its words in all four languages.
func phraseFamilies() map[int][]string {
	out := map[int][]string{}
	add := func(sig int, auxes, stems, ends []string) {
		for _, aux := range auxes {
			for _, st := range stems {
				for _, e := range ends {
					out[sig] = append(out[sig], aux+" "+st+e)
				}
			}
		}
	}
	esAux := []string{"está", "están", "fue", "fueron", "ha sido", "han sido", "quedó", "quedaron", "ha quedado",
		"han quedado"}
	esEnds := []string{"o", "a", "os", "as"}
	add(sigOutage, esAux, []string{"bloquead", "desactivad", "suspendid", "desconectad", "caíd"}, esEnds)
	add(sigDataLoss, esAux, []string{"borrad", "eliminad"}, esEnds)
	add(sigSecurity, esAux, []string{"hackead", "piratead"}, esEnds)
	add(sigOutage, []string{"dejó de", "dejaron de", "ha dejado de", "han dejado de", "deja de", "dejan de"},
		[]string{"funcionar", "cargar", "responder", "sincronizar", "enviar"}, []string{""})
	add(sigOutage, []string{"bloquearon", "desactivaron", "suspendieron", "desconectaron", "cortaron"},
		[]string{"la cuenta", "el servicio"}, []string{""})
	add(sigOutage, []string{"han", "ha", "nos han", "me han"}, []string{"bloqueado", "desactivado", "suspendido",
		"cortado"}, []string{" la cuenta", " el acceso", " el servicio"})
	frAux := []string{"a été", "ont été", "est", "sont"}
	frEnds := []string{"", "e", "s", "es"}
	add(sigOutage, frAux, []string{"bloqué", "désactivé", "suspendu", "coupé", "verrouillé"}, frEnds)
	add(sigDataLoss, frAux, []string{"supprimé", "effacé"}, frEnds)
	add(sigSecurity, frAux, []string{"piraté"}, frEnds)
	add(sigOutage, []string{"ne"}, []string{"fonctionne", "fonctionnent", "marche", "marchent", "charge", "chargent",
		"répond", "répondent", "s'affiche", "s'affichent", "passe", "passent", "se connecte", "se connectent",
		"synchronise"}, []string{" plus", " pas"})
	deAux := []string{"wurde", "wurden", "ist", "sind", "worden"}
	add(sigOutage, deAux, []string{"gesperrt", "deaktiviert", "abgeschaltet"}, []string{""})
	add(sigDataLoss, deAux, []string{"gelöscht"}, []string{""})
	add(sigSecurity, deAux, []string{"gehackt"}, []string{""})
	add(sigOutage, []string{"funktioniert", "funktionieren", "geht", "gehen", "läuft", "laufen", "lädt", "laden",
		"startet", "starten", "synchronisiert", "reagiert"}, []string{"nicht"}, []string{"", " mehr"})
	// being unable to do the everyday things of work: "can't submit",
	// "won't let us sign in", "können nicht einloggen" (with "uns" or
	// "mich" skipped), "ne pouvons plus encaisser", "no pueden iniciar sesión"
	en := []string{"log in", "login", "sign in", "submit", "access", "pay", "print", "send", "book", "check in",
		"upload", "download", "save", "connect", "open", "place orders", "take orders", "process payments",
		"issue refunds", "ship"}
	add(sigOutage, []string{"can't", "cannot", "unable to", "won't let us", "won't let me", "won't let anyone",
		"won't let any of us",
		"doesn't let us", "does not let us", "not able to"}, en, []string{"~0.8"})
	add(sigOutage, []string{"kann nicht", "können nicht", "kann nicht mehr", "können nicht mehr"},
		[]string{"anmelden", "einloggen", "zugreifen", "bezahlen", "drucken", "senden", "versenden", "buchen",
			"öffnen", "speichern", "hochladen", "herunterladen", "kassieren", "abrechnen"}, []string{"~0.8"})
	add(sigOutage, []string{"ne peux pas", "ne peut pas", "ne pouvons pas", "ne peuvent pas", "ne peux plus",
		"ne peut plus", "ne pouvons plus", "ne peuvent plus", "impossible de"},
		[]string{"se connecter", "me connecter", "nous connecter", "accéder", "payer", "imprimer", "envoyer", "valider",
			"nous authentifier", "m'authentifier",
			"ouvrir", "enregistrer", "télécharger", "réserver", "facturer", "encaisser", "pointer"}, []string{"~0.8"})
	// a system that does not do its job: "aren't syncing", "won't load",
	// "no carga", "no se envían", "lädt nicht", "sendet nicht"
	ing := []string{"working", "loading", "sending", "syncing", "showing", "arriving", "connecting", "opening",
		"printing", "saving", "updating", "responding", "starting", "scanning", "processing", "going through",
		"coming through", "delivering", "receiving", "going out", "getting through"}
	add(sigOutage, []string{"isn't", "aren't", "is not", "are not", "stopped", "has stopped", "have stopped",
		"keeps not"}, ing, []string{"~0.8"})
	add(sigOutage, []string{"doesn't", "don't", "does not", "do not", "won't", "will not"},
		[]string{"work", "load", "send", "sync", "show", "arrive", "connect", "open", "print", "save", "update",
			"respond", "start", "scan", "go through", "come through", "go out"}, []string{"~0.8"})
	add(sigOutage, []string{"no"}, []string{"carga", "cargan", "envía", "envían", "sincroniza", "sincronizan",
		"muestra", "muestran", "llega", "llegan", "abre", "abren", "conecta", "conectan", "responde", "responden",
		"imprime", "imprimen", "guarda", "guardan", "procesa", "procesan", "se envían", "se envía", "se cargan",
		"se carga", "se abre", "se guardan", "se sincroniza"}, []string{"~0.8"})
	add(sigOutage, []string{"lädt", "laden", "sendet", "senden", "synchronisiert", "druckt", "drucken", "öffnet",
		"speichert", "reagiert", "verbindet", "kommt", "kommen"}, []string{"nicht"}, []string{"~0.8"})
	add(sigOutage, []string{"kommt", "kommen"}, []string{"nicht an", "nicht mehr an"}, []string{""})
	add(sigOutage, []string{"no puedo", "no podemos", "no pueden", "no puede"},
		[]string{"iniciar sesión", "acceder", "entrar", "pagar", "cobrar", "imprimir", "enviar", "abrir", "guardar", "fichar",
			"descargar", "subir", "reservar", "facturar", "conectarnos", "conectarme"}, []string{"~0.8"})
	// an account someone cannot get into, in the words of a short mail:
	// "my account got suspended", "mon compte est bloqué", "mi cuenta
	// está bloqueada", "mein Konto ist gesperrt"
	after := func(nouns, auxes []string) []string {
		var out []string
		for _, n := range nouns {
			for _, a := range auxes {
				out = append(out, n+" "+a)
			}
		}
		return out
	}
	add(sigOutage, after([]string{"account", "accounts", "login", "access", "card", "user", "profile"},
		[]string{"got", "was", "has been", "have been", "is", "are", "gets", "keeps getting"}),
		[]string{"locked", "suspended", "blocked", "deactivated", "disabled", "banned", "frozen"}, []string{""})
	add(sigOutage, after([]string{"compte", "accès", "profil"}, frAux), []string{"bloqué", "désactivé", "suspendu",
		"verrouillé"}, frEnds)
	add(sigOutage, after([]string{"cuenta", "acceso", "usuario", "perfil"}, esAux), []string{"bloquead", "desactivad",
		"suspendid"}, esEnds)
	add(sigOutage, after([]string{"konto", "zugang", "account", "benutzer"}, deAux), []string{"gesperrt",
		"deaktiviert"}, []string{""})
	// "no consigo iniciar sesión", "no logramos entrar": other verbs of
	// being unable
	add(sigOutage, []string{"no consigo", "no conseguimos", "no consiguen", "no logro", "no logramos",
		"no me deja", "no nos deja"},
		[]string{"iniciar sesión", "acceder", "entrar", "pagar", "cobrar", "imprimir", "enviar", "abrir", "guardar",
			"descargar", "subir", "reservar", "facturar", "conectarme", "conectarnos"}, []string{"~0.8"})
	// "nobody on my team can", "niemand in unserem Team kann"
	add(sigImpact, []string{"nobody on", "no one on", "nobody in", "no one in", "none of"},
		[]string{"my", "our", "the"}, []string{" team can", " team can't", " staff can", " staff can't",
			" office can", " office can't"})
	add(sigImpact, []string{"niemand in", "keiner in", "niemand aus", "keiner aus"}, []string{"meinem", "unserem", "dem"},
		[]string{" team kann", " büro kann"})
	add(sigImpact, []string{"personne dans", "personne de"}, []string{"mon", "notre", "l'"},
		[]string{" équipe ne peut", " bureau ne peut"})
	add(sigImpact, []string{"nadie en", "nadie de"}, []string{"mi", "nuestro", "el"}, []string{" equipo puede",
		" oficina puede"})
	// still waiting for the answer, the fix or the call-back asked for
	// is contact that went unanswered: "warte immer noch auf eine
	// Lösung", "j'attends toujours un retour", "sigo esperando respuesta"
	add(sigRepeat, []string{"still waiting", "still awaiting", "still waiting on", "are still waiting",
		"am still waiting", "warte immer noch auf", "warten immer noch auf", "warte noch immer auf",
		"warten noch immer auf", "attends toujours", "attendons toujours", "sigo esperando", "seguimos esperando",
		"todavía espero", "aún espero", "todavía esperamos", "aún esperamos"},
		[]string{"for a reply", "for a response", "for an answer", "for a fix", "for a solution", "for a call back",
			"for a callback", "for a refund", "for the refund", "a reply", "a response", "an answer",
			"eine antwort", "antwort", "eine rückmeldung", "rückmeldung", "eine lösung", "einen rückruf",
			"die erstattung", "une réponse", "un retour", "votre retour", "votre réponse", "une solution",
			"un rappel", "le remboursement", "una respuesta", "respuesta", "una solución", "una llamada",
			"el reembolso", "su respuesta"}, []string{"~1.5"})
	add(sigRepeat, []string{"cela fait", "ça fait", "voilà"}, []string{"# jours", "# semaines", "une semaine",
		"deux semaines", "un mois"}, []string{" que j'attends~1.5", " que nous attendons~1.5"})
	add(sigRepeat, []string{"cela fait maintenant", "ça fait maintenant"}, []string{"# jours", "# semaines",
		"une semaine", "deux semaines", "un mois"}, []string{" que j'attends~1.5", " que nous attendons~1.5"})
	// "we're not going to renew", "wir haben beschlossen, nicht zu
	// verlängern"
	add(sigChurn, []string{"not going to", "aren't going to", "are not going to", "don't plan to", "do not plan to",
		"don't intend to", "do not intend to", "decided not to", "have decided not to"},
		[]string{"renew", "extend", "renew our contract", "renew the contract", "renew our subscription"},
		[]string{"~1.8"})
	// an account the system shows as closed to its owner: "shows as
	// suspended", "aparece como suspendida", "s'affiche comme bloqué"
	add(sigOutage, []string{"shows as", "showing as", "appears as", "marked as", "listed as", "flagged as"},
		[]string{"suspended", "locked", "blocked", "disabled", "deactivated", "inactive"}, []string{""})
	add(sigOutage, []string{"aparece como", "figura como", "sale como", "aparece", "consta como"},
		[]string{"bloquead", "suspendid", "desactivad", "inactiv"}, esEnds)
	add(sigOutage, []string{"apparaît comme", "s'affiche comme", "indiqué comme", "apparaît", "affiché comme"},
		[]string{"bloqué", "suspendu", "désactivé"}, frEnds)
	add(sigOutage, []string{"als"}, []string{"gesperrt", "deaktiviert", "inaktiv"}, []string{""})
	// a payment refused at the till, and an account shown as inactive:
	// "transaction refusée", "cuenta inactiva"
	add(sigOutage, []string{"transaction", "paiement", "carte", "transacción", "pago", "tarjeta", "zahlung", "karte",
		"transaktion", "card", "payment", "transaction"}, []string{"refusée", "refusé", "rechazada", "rechazado",
		"abgelehnt", "declined", "refused"}, []string{"~0.9"})
	add(sigOutage, []string{"cuenta", "usuario", "compte", "utilisateur", "konto", "account", "user"},
		[]string{"inactiva", "inactivo", "inactif", "inactive", "inaktiv"}, []string{""})
	// leaving the service itself: "quitter votre service", "dejar su
	// plataforma", "leave your platform"
	add(sigChurn, []string{"quitter", "quitterons", "quittons", "leave", "leaving", "dejar", "dejaremos", "dejamos",
		"abandonar", "abandonaremos", "abandonamos"}, []string{"votre", "vos", "your", "su", "sus", "vuestro",
		"vuestra"}, []string{" service~1.8", " services~1.8", " plateforme~1.8", " platform~1.8", " servicio~1.8",
		" plataforma~1.8", " application~1.8", " app~1.8", " aplicación~1.8", " produit~1.8", " product~1.8",
		" producto~1.8", " solution~1.8", " solución~1.8", " logiciel~1.8", " software~1.8"})
	add(sigChurn, []string{"anular", "anularemos", "anulamos", "anulo"}, []string{"el", "nuestro", "mi", "la",
		"nuestra"}, []string{" servicio~1.8", " contrato~1.8", " suscripción~1.8", " cuenta~1.8", " pedido~1.5"})
	// only errors, wrong figures: "liefert nur Fehlermeldungen",
	// "montant de TVA erroné", "informes incorrectos"
	add(sigOutage, []string{"nur", "only", "que des", "solo", "sólo"}, []string{"fehlermeldungen", "fehler",
		"errors", "error messages", "erreurs", "errores"}, []string{""})
	out[sigComplaint] = append(out[sigComplaint], "erroné", "erronée", "erronés", "erronées", "fausses", "faux",
		"incorrect", "incorrecte", "incorrects", "incorrectes", "erróneo", "errónea", "erróneos", "erróneas",
		"incorrecto", "incorrecta", "incorrectos", "incorrectas", "falsch", "falsche", "falschen", "fehlerhaft",
		"fehlerhafte", "fehlerhaften", "wrong")
	add(sigChurn, []string{"nicht zu", "nicht mehr zu"}, []string{"verlängern"}, []string{"~1.8"})
	add(sigChurn, []string{"ne pas"}, []string{"reconduire", "prolonger"}, []string{"~1.8"})
	// the scope of a problem, in each language: "a cada cliente", "alle
	// Rechnungen", "toutes nos factures"
	add(sigScope, []string{"cada", "todos los", "todas las", "todos nuestros", "todas nuestras", "alle", "allen",
		"jeder", "jedem", "jede", "tous les", "tous nos", "toutes les", "toutes nos", "chaque"},
		[]string{"cliente", "clientes", "pedido", "pedidos", "factura", "facturas", "kunden", "kunde", "nutzer",
			"nutzern", "benutzer", "benutzern", "mitarbeitern", "usuarios", "empleados", "utilisateurs", "employés",
			"salariés",
			"rechnungen", "rechnung", "bestellungen", "bestellung", "clients", "client", "commandes", "commande",
			"factures", "facture"}, []string{"~0.8"})
	// customers shown other customers' data is a breach, however it is
	// told: "los clientes ven los pedidos de otros clientes", "nos
	// clients voient les données d'autres clients"
	add(sigSecurity, []string{"seeing", "see", "sees", "can see", "ven", "ve", "voient", "voit", "sehen", "sieht"},
		[]string{"other customers", "other users", "other people's", "someone else's", "los pedidos de otros",
			"los datos de otros", "datos de otros", "pedidos de otros", "les données d'autres", "données d'autres",
			"les commandes d'autres", "daten anderer", "die daten anderer", "bestellungen anderer"},
		[]string{""})
	out[sigSecurity] = append(out[sigSecurity], "d'autres clients", "de otros clientes~0.8",
		"anderer kunden~0.8", "fremde daten", "fremden daten", "datos ajenos")
	// said before and not done: "as mentioned in my previous emails",
	// "wie bereits in meinen letzten Mails geschrieben", "comme indiqué
	// dans mes précédents messages", "como ya les dije"
	out[sigRepeat] = append(out[sigRepeat], "as mentioned in my previous", "my previous emails", "my last emails",
		"wie bereits geschrieben", "wie bereits mitgeteilt", "wie bereits erwähnt", "wie schon geschrieben",
		"in meinen letzten e mails", "in meinen letzten mails", "meinen letzten nachrichten",
		"comme indiqué dans mes précédents", "mes précédents messages", "mes précédents mails",
		"mes messages précédents", "comme déjà signalé", "comme déjà indiqué", "como ya les dije",
		"como ya os dije", "como ya les indiqué", "mis correos anteriores", "mis mensajes anteriores",
		"en mis correos anteriores")
	// no one left who can get in: "none of us has admin rights anymore",
	// "plus personne n'a les droits", "nadie tiene permisos", and asking
	// how to get back in
	out[sigOutage] = append(out[sigOutage], "no admin rights", "has admin rights anymore", "have admin rights anymore",
		"lost admin access", "keine admin rechte", "keine adminrechte", "keine rechte mehr",
		"plus personne n'a les droits", "n'a plus les droits", "n'avons plus les droits", "nadie tiene permisos",
		"no tenemos permisos", "sin permisos de administrador", "get access back", "regain access",
		"récupérer l'accès", "récupérer mon accès", "récupérer notre accès", "recuperar el acceso",
		"recuperamos el acceso", "recuperar mi cuenta", "recuperar la cuenta", "zugang wiederherstellen",
		"zugriff wiederherstellen", "ins system~0.8", "ins konto", "in mein konto", "in unser konto")
	// an end to working together: "keine Grundlage mehr für unsere
	// Zusammenarbeit", "nous ne voyons plus l'intérêt de continuer", "no
	// tiene sentido seguir con ustedes", "la baja del servicio"
	out[sigChurn] = append(out[sigChurn], "keine grundlage mehr~1.8", "zusammenarbeit beenden~1.8",
		"zusammenarbeit kündigen~1.8", "ne voyons plus l'intérêt~1.8", "ne vois plus l'intérêt~1.8",
		"plus l'intérêt de continuer~1.8", "mettre fin à notre collaboration~1.8",
		"no tiene sentido seguir~1.8", "no tiene sentido continuar~1.8", "la baja del servicio~1.8",
		"baja del servicio~1.8", "no point in continuing~1.8", "no reason to stay~1.8",
		"end our relationship~1.8", "end the relationship~1.8")
	out[sigComplaint] = append(out[sigComplaint], "n'arrive jamais", "n'arrivent jamais", "never arrives",
		"never arrive", "kommt nie an", "kommen nie an", "nunca llega", "nunca llegan", "mauvaise adresse", "mauvaises adresses", "mauvais montant",
		"mauvais montants", "mauvais prix", "equivocada", "equivocadas", "equivocado", "equivocados")
	// the customer's own word for how bad it is
	out[sigImpact] = append(out[sigImpact], "es gravísimo", "es muy grave", "es grave~0.7", "c'est très grave",
		"c'est grave~0.7", "c'est gravissime", "das ist sehr ernst", "das ist gravierend", "this is serious~0.7",
		"this is very serious", "extremely serious")
	out[sigDeadline] = append(out[sigDeadline], "revisadlo ya", "revísenlo ya", "revisenlo ya", "ya mismo")
	// devices and apps that drop out by themselves: "the card readers
	// disconnect every few minutes", "l'application se ferme toute seule",
	// "los datáfonos se desconectan", "the app logs me out"
	out[sigOutage] = append(out[sigOutage], "disconnect~0.8", "disconnects~0.8", "keeps disconnecting",
		"freezes~0.8", "keeps freezing", "keeps crashing", "logs me out", "logs us out", "logs everyone out",
		"kicks me out", "kicks us out", "se desconectan", "se desconecta", "se cuelga", "se cuelgan",
		"se cierra sola", "se cierra solo", "me desconecta", "nos desconecta", "me saca", "se ferme toute seule",
		"se ferment toutes seules", "se ferme tout seul", "se déconnecte", "se déconnectent", "me déconnecte",
		"nous déconnecte", "meldet mich ab", "meldet uns ab", "wirft mich raus", "wirft uns raus",
		"trennt die verbindung", "keinen sms code", "keinen code mehr", "keine codes mehr", "keinen bestätigungscode",
		"bekomme keinen code", "no me llega el código", "no llega el código", "ne reçois plus le code",
		"ne reçois pas le code", "code never arrives", "code doesn't arrive", "code does not arrive")
	out[sigImpact] = append(out[sigImpact], "queues are building", "queue is building", "queues building up",
		"customers are waiting", "customers waiting", "les clients attendent", "clientes esperando",
		"los clientes esperan", "kunden warten", "die kunden warten", "i can't work", "i cannot work",
		"kann nicht arbeiten", "können nicht arbeiten", "no puedo trabajar", "no podemos trabajar",
		"je ne peux pas travailler", "nous ne pouvons pas travailler", "ne peux plus rien faire",
		"no puedo hacer nada", "can't get into anything", "can't do anything", "cannot do anything",
		"kann nichts machen", "kann nichts mehr machen")
	// weighing whether to stay: "discussing whether to stay with you",
	// "on se pose la question de rester chez vous", "nos estamos
	// planteando si seguir con vosotros"
	out[sigChurn] = append(out[sigChurn], "whether to stay with you~1.8", "whether we stay with you~1.8",
		"whether we should stay~1.8", "question de rester~1.8", "rester chez vous~1.2", "si seguir con vosotros~1.8",
		"si seguir con ustedes~1.8", "si seguimos con vosotros~1.8", "si seguimos con ustedes~1.8",
		"ob wir bei ihnen bleiben~1.8", "ob wir bei euch bleiben~1.8")
	out[sigUltimatum] = append(out[sigUltimatum], "something needs to change~0.8", "something has to change~0.8",
		"il faut que ça change~0.8", "esto tiene que cambiar~0.8", "es muss sich etwas ändern~0.8",
		"es muss sich schnell etwas ändern~0.8")
	out[sigRepeat] = append(out[sigRepeat], "nadie conteste", "nadie contesta", "nadie me contesta",
		"nadie nos contesta", "nadie responde", "personne ne répond", "personne ne nous répond")
	// what cannot be done to the work, in the passive: "none of the PDFs
	// can be opened" reads as "can't be opened" once "none" is said
	add(sigOutage, []string{"can't be", "cannot be", "can not be", "couldn't be", "none of them can be",
		"none can be"}, []string{"opened", "printed", "sent", "saved", "downloaded", "loaded", "accessed",
		"processed", "found", "submitted", "paid"}, []string{"~0.8"})
	out[sigOutage] = append(out[sigOutage], "ne s'ouvre~0.8", "ne s'ouvrent~0.8", "öffnet nichts", "opens nothing", "won't open anything",
		"no abre nada", "n'ouvre rien", "nicht akzeptiert~0.8",
		"not accepted~0.8", "isn't accepted", "is not accepted", "n'est pas accepté", "n'est pas acceptée",
		"no se acepta", "no lo acepta", "no la acepta", "hasn't completed~0.8", "haven't completed~0.8",
		"has not completed~0.8", "didn't complete~0.8", "nicht mehr durchläuft", "läuft nicht mehr durch",
		"ne se soit faite", "no se completa", "no se ha completado", "n'est pas terminée~0.8")
	// still shown as it was: "the app still says it has expired",
	// "indique toujours", "sigue diciendo que está caducada"
	out[sigRepeat] = append(out[sigRepeat], "still says~0.8", "still shows~0.8", "sagt immer noch~0.8",
		"zeigt immer noch~0.8", "indique toujours~0.8", "affiche toujours~0.8", "sigue diciendo~0.8",
		"sigue mostrando~0.8", "kurze nachfrage", "gibt es schon etwas neues", "gibt es etwas neues",
		"petite relance", "avez vous du nouveau", "hay alguna novedad", "alguna novedad~0.7")
	out[sigImpact] = append(out[sigImpact], "unser ganzes team~0.7", "das ganze team~0.7", "toute l'équipe commerciale",
		"todo el equipo de ventas", "whole sales team", "entire team~0.7")
	out[sigWaiting] = append(out[sigWaiting], "for the last # nights", "for # nights", "# nights", "depuis # nuits",
		"desde hace # noches", "seit # nächten")
	out[sigDeadline] = append(out[sigDeadline], "heute abgabe", "abgabe heute", "habe heute abgabe",
		"avant @time", "antes de las @time", "vor @time", "à rendre aujourd'hui")
	out[sigChurn] = append(out[sigChurn], "anbieterwechsel~1.5", "dienstleisterwechsel~1.5",
		"changement de prestataire~1.8", "changement de fournisseur~1.8")
	// asking someone to look into it: weaker than asking for help, but a
	// problem the customer wants looked at waits on us
	out[sigPlea] = append(out[sigPlea], "could someone check~0.6", "can someone check~0.6", "can you check~0.6",
		"could you check~0.6", "please check~0.6", "can you look into~0.6", "could you look into~0.6",
		"please look into~0.6", "please take a look~0.6", "please have a look~0.6", "could you have a look~0.6",
		"can you have a look~0.6", "please investigate~0.6", "can you investigate~0.6", "can you look~0.6",
		"pouvez vous vérifier~0.6", "pourriez vous vérifier~0.6", "merci de vérifier~0.6",
		"merci de regarder~0.6", "pouvez vous regarder~0.6", "pourriez vous regarder~0.6",
		"merci de vous en occuper~0.6", "podéis mirarlo~0.6", "podéis revisarlo~0.6", "pueden revisarlo~0.6",
		"puede revisarlo~0.6", "pueden mirarlo~0.6", "revisadlo~0.6", "revísenlo~0.6", "revisenlo~0.6",
		"können sie das prüfen~0.6", "bitte prüfen sie~0.6", "bitte prüfen~0.6",
		"könnten sie sich das ansehen~0.6", "schauen sie sich das an~0.6", "schauen sie sich das bitte an~0.6",
		"bitte kümmern sie sich~0.6", "können sie sich das anschauen~0.6", "können sie sich das ansehen~0.6",
		"könnten sie prüfen~0.6", "können sie prüfen~0.6", "könnten sie nachsehen~0.6", "könnten sie schauen~0.6",
		"podéis revisar~0.6", "podríais revisar~0.6", "pueden revisar~0.6", "podrían revisar~0.6",
		"podéis mirar~0.6", "podríais mirar~0.6")
	// a lawyer brought in against us: "our lawyers will be in touch",
	// "ich schalte meinen Anwalt ein", "je saisis mon avocat", "lo pondré
	// en manos de mi abogado"
	add(sigLegal, []string{"my", "our"}, []string{"lawyer", "lawyers", "attorney", "attorneys", "solicitor",
		"solicitors", "legal team", "legal department"}, []string{" will", " involved"})
	add(sigLegal, []string{"to my", "to our", "from my", "from our", "involve my", "involve our", "contact my",
		"contact our", "contacting my", "contacting our", "call my", "get my", "get our"}, []string{"lawyer",
		"lawyers", "attorney", "attorneys", "solicitor", "solicitors", "legal team", "legal department"},
		[]string{""})
	add(sigLegal, []string{"meinen", "unseren", "meinem", "unserem", "mein", "unser", "einen"},
		[]string{"anwalt", "rechtsanwalt", "anwälte", "rechtsabteilung"}, []string{" einschalten~1.5",
			" eingeschaltet~1.5", " wird~1.5", " werden~1.5", " informieren~1.5", " beauftragen~1.5",
			" beauftragt~1.5"})
	add(sigLegal, []string{"saisir", "saisis", "saisirons", "contacter", "contacterai", "contacterons",
		"transmettre à", "transmets à"}, []string{"mon avocat", "notre avocat", "nos avocats", "un avocat",
		"notre service juridique"}, []string{""})
	add(sigLegal, []string{"mon", "notre", "nos"}, []string{"avocat", "avocats"}, []string{" va~1.5", " vont~1.5",
		" vous contactera~1.5", " vous contacteront~1.5", " prendra~1.5", " prendront~1.5"})
	add(sigLegal, []string{"mi", "nuestro", "nuestros"}, []string{"abogado", "abogados"}, []string{" se pondrá~1.5",
		" se pondrán~1.5"})
	add(sigLegal, []string{"manos de mi", "manos de nuestro", "manos de nuestros", "contactar con mi",
		"contactar con nuestro", "hablar con mi"}, []string{"abogado", "abogados", "departamento legal",
		"departamento jurídico"}, []string{""})
	out[sigLegal] = append(out[sigLegal], "schalte meinen anwalt ein", "schalten unseren anwalt ein",
		"schalten wir unseren anwalt ein", "schalte ich meinen anwalt ein", "in the hands of our lawyers", "in the hands of my lawyer",
		"passing this to our lawyers", "handing this to our lawyers", "forwarding this to our lawyers",
		"an den anwalt", "an unseren anwalt", "an meinen anwalt", "en manos de mi abogado",
		"en manos de nuestros abogados")
	// everyday words that are not what they seem: a meeting cancelled, a
	// traffic jam, a few minutes late for a call
	add(sigChurn, []string{"cancel", "cancel the", "cancel our", "cancel * ", "cancelar la", "cancelar * ",
		"annuler la", "annuler * ", "absagen"}, []string{"meeting~0", "call~0", "appointment~0", "demo~0",
		"webinar~0", "session~0", "reunión~0", "llamada~0", "cita~0", "réunion~0", "rendez vous~0", "appel~0"},
		[]string{""})
	add(sigChurn, []string{"cancel my", "cancel the", "cancel our", "cancel my old", "cancel the old",
		"cancel our old"}, []string{"card~0", "credit card~0", "payment method~0", "newsletter~0", "booking~0",
		"reservation~0"}, []string{""})
	out[sigOutage] = append(out[sigOutage], "leer an~0.8", "kommen leer an", "kommt leer an", "arrivent vides",
		"arrive vide")
	out[sigNow] = append(out[sigNow], "seit dem wochenende", "depuis le week end", "desde el fin de semana")
	// good news that reads like a problem: no harm done, no need to call,
	// a provider left behind, an invoice cancelled, a happy renewal
	out[sigCalm] = append(out[sigCalm], "no harm done", "kein schaden", "aucun dégât", "sin daños",
		"haven't had to", "have not had to", "didn't have to", "never had to", "n'avons pas eu à",
		"n'avons jamais eu à", "no hemos tenido que", "mussten wir * kein", "mussten wir * * kein", "mussten wir kein", "happy renewal",
		"happy to renew", "renouvelons avec plaisir", "renovamos encantados", "gerne verlängern wir",
		"verlängern gerne", "verlängern wir gerne")
	out[sigResolved] = append(out[sigResolved], "works perfectly", "funktioniert perfekt", "fonctionne parfaitement",
		"funciona perfecto", "funciona perfectamente", "läuft alles rund", "läuft rund", "tout roule",
		"todo va como la seda", "smooth sailing", "running smoothly", "runs smoothly", "läuft reibungslos",
		"restored it", "restauré", "lo recuperamos", "fonctionnent parfaitement", "van perfectas", "van perfectos",
		"laufen reibungslos", "work smoothly", "works smoothly")
	out[sigChurn] = append(out[sigChurn], "stornieren sie die * rechnung~0", "rechnung stornieren~0",
		"die rechnung stornieren~0", "cancel the duplicate invoice~0", "cancel the invoice~0",
		"annuler la facture~0", "anulad la factura~0", "anular la factura~0", "switched to you~0",
		"moved to you~0", "zu ihnen gewechselt~0", "passés chez vous~0", "nos pasamos a vosotros~0",
		"nos cambiamos a vosotros~0", "nos pasamos a ustedes~0")
	out[sigInsult] = append(out[sigInsult], "from the trash~0", "in the trash~0")
	// the formal register: submissions rejected, statutory deadlines,
	// a defect that persists despite assurances, escalation requested
	out[sigOutage] = append(out[sigOutage], "rejected all~0.8", "rejects all~0.8", "rejecting all~0.8",
		"rejette toutes", "rejette tous", "rejettent toutes", "rejettent tous")
	out[sigDeadline] = append(out[sigDeadline], "statutory deadlines~0.7", "statutory deadline~0.7",
		"legal deadline~0.7", "legal deadlines~0.7", "gesetzliche fristen~0.7", "gesetzliche frist~0.7",
		"délais légaux~0.7", "délai légal~0.7", "plazos legales~0.7", "plazo legal~0.7")
	out[sigRepeat] = append(out[sigRepeat], "defect persists", "problem persists", "issue persists", "error persists",
		"le défaut persiste", "le problème persiste", "el defecto persiste", "el problema persiste",
		"besteht der fehler weiterhin", "der fehler besteht weiterhin", "despite assurances~1.5",
		"despite your assurances~1.5", "despite promises~1.5", "trotz * zusicherung~1.5", "trotz ihrer zusage~1.5",
		"malgré * engagements~1.5", "malgré vos engagements~1.5", "malgré vos promesses~1.5",
		"pese a las garantías~1.5", "pese a sus promesas~1.5", "a pesar de las promesas~1.5")
	out[sigPlea] = append(out[sigPlea], "escalated to a manager", "escalate this to", "escalated to your",
		"eskalation an", "bitte um eskalation", "escalade auprès", "une escalade", "se escale a", "escalar a un")
	out[sigImpact] = append(out[sigImpact], "suppliers are awaiting", "suppliers are waiting", "lieferanten warten",
		"les fournisseurs attendent", "los proveedores esperan")
	out[sigChurn] = append(out[sigChurn], "rescisión~1.5", "sobre su rescisión~1.8", "sobre la rescisión~1.8")
	out[sigChurn] = append(out[sigChurn], "migrate away from~1.8", "move away from your~1.8",
		"moving away from your~1.8", "von ihrer plattform weg~1.5", "wegzugehen~1.2", "irnos de vuestra~1.8",
		"irnos de su~1.8", "salir de vuestra plataforma~1.8", "salir de su plataforma~1.8")
	out[sigImpact] = append(out[sigImpact], "patients are calling~0.8", "customers are calling~0.8",
		"patienten rufen~0.8", "kunden rufen~0.8", "les patients appellent~0.8", "les clients appellent~0.8",
		"los pacientes llaman~0.8", "los clientes llaman~0.8")
	add(sigRepeat, []string{"it's", "today is", "heute ist", "hoy es", "nous sommes", "on est"},
		[]string{"monday", "tuesday", "wednesday", "thursday", "friday", "montag", "dienstag", "mittwoch", "donnerstag",
			"freitag", "lunes", "martes", "miércoles", "jueves", "viernes", "lundi", "mardi", "mercredi", "jeudi",
			"vendredi"}, []string{"~0.8"})
	out[sigOutage] = append(out[sigOutage], "ni siquiera podemos entrar", "ni siquiera puedo entrar",
		"nos suspendisteis", "suspendisteis la cuenta", "nos bloqueasteis", "nos desactivasteis",
		"not even log in", "can't even log in", "nicht einmal einloggen", "même pas nous connecter",
		"même pas me connecter")
	out[sigRepeat] = append(out[sigRepeat], "sigo sin respuesta~1.2", "seguimos sin respuesta~1.2",
		"todavía sin respuesta~1.2", "toujours aucune réponse~1.2", "immer noch keine antwort~1.2",
		"still no response~1.2", "still no reply~1.2")
	out[sigPlea] = append(out[sigPlea], "alguien me puede contestar", "alguien me puede responder",
		"quelqu'un peut il me répondre", "kann sich bitte jemand melden", "can someone please get back to me")
	// waiting on the customer's own people, and a lock the customer finds
	// fine, are no problem of ours
	out[sigWaiting] = append(out[sigWaiting], "still waiting on our~0", "still waiting for our~0")
	out[sigRepeat] = append(out[sigRepeat], "still waiting on our~0", "still waiting for our~0",
		"seguimos esperando a nuestro~0", "seguimos esperando a nuestra~0", "nous attendons encore notre~0",
		"nous attendons toujours notre~0", "wir warten noch auf unsere~0", "wir warten noch auf unseren~0")
	add(sigLegal, []string{"asked", "asking", "have asked", "told"}, []string{"our legal team", "our lawyers",
		"our lawyer", "my lawyer", "our legal department"}, []string{""})
	out[sigChurn] = append(out[sigChurn], "termination clause~0.8", "kündigungsklausel~0.8",
		"clause de résiliation~0.8", "cláusula de rescisión~0.8")
	out[sigChurn] = append(out[sigChurn], "chez quelqu'un d'autre~1.5", "partir chez quelqu'un d'autre~1.8",
		"on part chez~1.5", "nous partons chez~1.5")
	out[sigAngerWord] = append(out[sigAngerWord], "on en a marre", "j'en ai marre", "nous en avons marre",
		"die nase voll", "estamos hartos", "estoy harto", "estoy harta", "we're fed up", "i'm fed up", "fed up")
	out[sigRepeat] = append(out[sigRepeat], "zum fünften mal", "zum sechsten mal", "cinquième fois", "sixième fois", "quinta vez", "sexta vez",
		"niemand rührt sich",
		"keiner rührt sich", "personne ne bouge", "nobody has lifted a finger", "no one has lifted a finger",
		"nadie me da bola", "nadie mueve un dedo", "am anderen ende jemand", "anyone on the other end",
		"alguien del otro lado", "quelqu'un à l'autre bout")
	out[sigOutage] = append(out[sigOutage], "keeps falling over", "falling over~0.8", "is crawling~0.8",
		"can't enter~0.8", "cannot enter~0.8", "sei deaktiviert", "sei gesperrt", "sei blockiert")
	out[sigChurn] = append(out[sigChurn], "rather pay the cancellation fee~1.8", "lieber die kündigungsgebühr~1.8",
		"kündigungsgebühr~1.2", "prefiero pagar la penalización~1.8", "penalización por cancelar~1.2",
		"than stay another~1.5", "als noch einen monat zu bleiben~1.5", "que quedarme un mes más~1.5",
		"que rester un mois de plus~1.5")
	out[sigRepeat] = append(out[sigRepeat], "raised this in", "reported this in", "i raised this",
		"habe das im * gemeldet", "lo reporté en", "j'ai signalé ça en", "j'ai signalé cela en")
	out[sigComplaint] = append(out[sigComplaint], "mauvaise date", "mauvais jour", "wrong date", "wrong day",
		"falschen tag", "falsches datum")
	out[sigImpact] = append(out[sigImpact], "on the wrong day~0.8", "am falschen tag~0.8", "le mauvais jour~0.8",
		"el día que no es~0.8", "el día equivocado~0.8")
	out[sigOutage] = append(out[sigOutage], "blocks every", "blocks every new login", "wird blockiert",
		"anmeldung wird blockiert", "connexion est bloquée", "bloquea cada", "login is blocked", "logins are blocked",
		"auszahlungen sind angehalten", "auszahlungen angehalten", "pagos están retenidos", "pagos retenidos",
		"virements sont bloqués", "payouts are on hold", "payouts on hold", "verdoppelt jede", "verdoppelt * jede",
		"dupliziert jede")
	out[sigRepeat] = append(out[sigRepeat], "third chaser~1.5", "second chaser~1.2", "third reminder~1.5",
		"dritte nachfrage~1.5", "dritte erinnerung~1.5", "zweite nachfrage~1.2", "troisième relance~1.5",
		"deuxième relance~1.2", "tercer recordatorio~1.5", "segundo recordatorio~1.2")
	out[sigPlea] = append(out[sigPlea], "tell me what's happening~0.6", "was los ist~0.6", "ce qui se passe~0.6",
		"qué está pasando~0.6")
	out[sigImpact] = append(out[sigImpact], "keine löhne zahlen", "pas de salaires vendredi", "no podemos pagar nóminas",
		"can't pay our staff", "cannot pay our staff")
	out[sigChurn] = append(out[sigChurn], "löschen sie mein konto~1.8", "fermez mon compte~1.8",
		"supprimez mon compte~1.8", "cerrad mi cuenta~1.8", "cierren mi cuenta~1.8", "borrad mi cuenta~1.8",
	)
	out[sigAngerWord] = append(out[sigAngerWord], "mir reicht's", "mir reicht es", "es reicht")
	out[sigDeadline] = append(out[sigDeadline], "auditors arrive~0.7", "die prüfer kommen~0.7",
		"les auditeurs arrivent~0.7", "los auditores llegan~0.7")
	out[sigWaiting] = append(out[sigWaiting], "day # of waiting", "tag # des wartens", "#e jour d'attente",
		"# jours d'attente", "día # esperando", "# días esperando")
	out[sigRepeat] = append(out[sigRepeat], "nobody turned up~1.5", "no one turned up~1.5", "nobody showed up~1.5",
		"no one showed up~1.5", "nobody came~1.5", "niemand ist gekommen~1.5", "ist jemand gekommen~1.2",
		"personne n'est venu~1.5", "no vino nadie~1.5", "nadie vino~1.5", "no apareció nadie~1.5",
		"third call~1.5", "fourth call~1.5", "fifth call~1.5", "dritter anruf~1.5", "vierter anruf~1.5",
		"fünfter anruf~1.5", "troisième appel~1.5", "quatrième appel~1.5", "tercera llamada~1.5",
		"cuarta llamada~1.5", "quinta llamada~1.5", "how many more times", "wie oft muss ich",
		"combien de fois vais je", "cuántas veces más")
	out[sigOutage] = append(out[sigOutage], "can't check themselves in~0.8", "ne peuvent pas s'enregistrer~0.8",
		"no pueden registrarse~0.8", "shows offline", "zeigt offline", "affiche hors ligne", "marca sin conexión",
		"paiement non abouti", "non abouti~0.8", "reviennent en erreur~0.8", "rebotan~0.8", "bounce back~0.8")
	out[sigImpact] = append(out[sigImpact], "queue out the door", "schlange reicht bis", "la file d'attente déborde",
		"hay cola hasta la puerta", "a third of our sales~0.8", "ein drittel unseres umsatzes~0.8",
		"un tiers de nos ventes~0.8", "un tercio de las ventas~0.8", "ne peuvent pas travailler",
		"ne pouvons pas travailler", "personas no pueden trabajar", "no pueden trabajar")
	out[sigCalm] = append(out[sigCalm], "we're renewing", "we are renewing", "wir verlängern", "nous renouvelons",
		"renovamos~0.5", "das passt", "c'est normal", "which is fine", "that's fine", "está bien",
		"es normal", "ist in ordnung", "das ist in ordnung")
	out[sigImpact] = append(out[sigImpact], "customers are checking out at~0.8", "kunden bezahlen den falschen~0.8",
		"les clients paient le mauvais~0.8", "los clientes pagan el precio~0.8")
	out[sigRepeat] = append(out[sigRepeat], "my emails on~1.2", "my emails of~1.2", "meinen mails vom~1.2",
		"meinen e mails vom~1.2", "mes mails du~1.2", "mes mails des~1.2", "mis correos del~1.2",
		"nobody has given me", "no one has given me", "niemand nennt mir", "personne ne me donne",
		"niemand redet mit uns~1.2", "nobody will talk to us~1.2", "personne ne veut nous parler~1.2",
		"nadie quiere hablar con nosotros~1.2")
	out[sigChurn] = append(out[sigChurn], "starting the cancellation~1.8", "initiating the cancellation~1.8",
		"leite die kündigung ein~1.8", "engage la résiliation~1.8", "inicio la baja~1.8")
	out[sigOutage] = append(out[sigOutage], "stehen vor unserem eigenen system", "outside our own system",
		"à la porte de notre propre système", "fuera de nuestro propio sistema", "refuse tout~0.8",
		"refuse tous~0.8", "rechaza cualquier~0.8")
	out[sigPlea] = append(out[sigPlea], "brauchen zugang~0.7", "besoin d'accéder~0.7", "necesitamos acceso~0.7")
	out[sigRepeat] = append(out[sigRepeat], "sigo esperando a que~1.5", "sigo esperando que~1.5",
		"seguimos esperando a que~1.5")
	out[sigNow] = append(out[sigNow], "keeps returning~0.8", "meldet ständig~0.8", "renvoie sans cesse~0.8",
		"devuelve todo el rato~0.8")
	out[sigOutage] = append(out[sigOutage], "fallen aus", "fällt aus", "alle integrationen fallen aus")
	out[sigImpact] = append(out[sigImpact], "think we're ignoring them~0.8",
		"denken, wir ignorieren sie~0.8", "pensent que nous les ignorons~0.8", "creen que los ignoramos~0.8")
	out[sigRepeat] = append(out[sigRepeat], "dritte mail~1.5", "vierte mail~1.5", "fünfte mail~1.5",
		"tercer correo~1.5", "cuarto correo~1.5", "quinto correo~1.5")
	out[sigPlea] = append(out[sigPlea], "your ceo~0.8", "ihres geschäftsführers~0.8", "votre pdg~0.8",
		"vuestro director general~0.8")
	out[sigDataLoss] = append(out[sigDataLoss], "verschwinden~0.8", "verschwindet~0.8", "disparaissent~0.8",
		"disparaît~0.8", "desaparecen~0.8", "desaparece~0.8", "vanish~0.8", "vanishes~0.8")
	out[sigCalm] = append(out[sigCalm], "no reply needed", "zero replies needed", "no need to reply",
		"keine antwort nötig", "aucune réponse nécessaire", "zéro réponse nécessaire", "no hace falta responder",
		"cero respuestas necesarias")
	out[sigCalm] = append(out[sigCalm], "eilt nicht", "es eilt nicht", "keine eile", "nothing to do with you", "not about you",
		"nichts mit ihnen zu tun", "nichts mit euch zu tun", "rien à voir avec vous", "nada que ver con vosotros",
		"nada que ver con ustedes", "no action needed", "no action required", "nothing needed", "kein handlungsbedarf",
		"nichts zu tun", "rien à faire", "no hace falta nada", "no hay que hacer nada")
	out[sigRepeat] = append(out[sigRepeat], "reopened by mistake~0", "re opened by mistake~0",
		"versehentlich wieder eröffnet~0", "rouvert par erreur~0", "reabrió por error~0", "reabierto por error~0",
		"hat nicht geklappt", "nicht geklappt~0.8", "re opened", "reopened", "wieder eröffnet", "wieder geöffnet", "rouvert",
		"réouvert", "reabierto")
	out[sigOutage] = append(out[sigOutage], "eingefroren", "komme nicht mehr an", "komme nicht an meine",
		"komme nicht an unsere", "kommen nicht an unsere", "kommen nicht mehr an unsere")
	out[sigWaiting] = append(out[sigWaiting], "il y a une semaine~0.6", "il y a # jours~0.6", "il y a # semaines~0.6",
		"il y a deux semaines~0.6", "hace una semana~0.6", "hace # días~0.6", "hace # semanas~0.6")
	out[sigChurn] = append(out[sigChurn], "email to cancel~1.8", "cancellation email~1.8", "kündigungsmail~1.8",
		"kündigungsschreiben~1.8", "mail de résiliation~1.8", "lettre de résiliation~1.8", "correo de baja~1.8",
		"carta de baja~1.8")
	out[sigUltimatum] = append(out[sigUltimatum], "convince me not to~0.8", "give me a reason~0.8",
		"überzeugen sie mich~0.8", "convainquez moi~0.8", "convencedme~0.8", "convénzanme~0.8")
	out[sigOutage] = append(out[sigOutage], "ladesymbol~0.8", "lädt endlos", "dreht sich nur~0.8",
		"affiche une 404", "affiche une erreur 404", "gives a 404", "shows a 404", "zeigt einen 404", "da un 404",
	)
	out[sigRepeat] = append(out[sigRepeat], "j'attends toujours~1.2", "nous attendons toujours~1.2",
		"ich warte immer noch~1.2", "wir warten immer noch~1.2", "sigo esperando~1.2", "seguimos esperando~1.2",
		"toujours cassé", "toujours cassés", "siguen rotos", "sigue roto", "weiterhin kaputt", "immer noch kaputt")
	out[sigDeadline] = append(out[sigDeadline], "est due demain", "due demain", "fällig morgen", "morgen fällig",
		"vencen mañana", "vence mañana")
	// every day of the week as a stated start, in each language
	add(sigNow, []string{"since", "since last"}, []string{"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday"}, []string{""})
	add(sigNow, []string{"seit", "seit letztem"}, []string{"montag", "dienstag", "mittwoch", "donnerstag", "freitag",
		"samstag", "sonntag"}, []string{""})
	add(sigNow, []string{"depuis"}, []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
		"dimanche"}, []string{"", " dernier"})
	add(sigNow, []string{"desde el"}, []string{"lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
		"domingo"}, []string{"", " pasado"})
	// what plainly fails at the desk: a link or ticket refused, labels
	// printed without their barcode, every contact duplicated
	out[sigOutage] = append(out[sigOutage], "invalid link", "link is invalid", "ungültiger link", "link ungültig",
		"lien invalide", "enlace no válido", "reject every", "rejects every", "rejecting every", "refusent tous",
		"refusent toutes", "refuse tous", "lehnen jedes", "lehnt jedes", "lehnen alle", "rechazan todos",
		"duplicating every~0.8", "duplicates every~0.8", "dupliziert jeden~0.8", "dupliziert alle~0.8",
		"duplique chaque~0.8", "dupliquer chaque~0.8", "duplica cada~0.8", "# duplicates~0.8", "# duplikaten~0.8",
		"# doublons~0.8", "# duplicados~0.8", "printing without~0.8", "print without~0.8", "ohne barcode~0.8",
		"sans code barres~0.8", "sin código de barras~0.8", "s'impriment sans~0.8", "can't scan~0.8",
		"cannot scan~0.8", "kann nichts scannen~0.8", "können nichts scannen~0.8", "ne peut pas scanner~0.8",
		"no puede escanear~0.8")
	out[sigNow] = append(out[sigNow], "and climbing", "and counting~0.8", "and rising", "tendenz steigend",
		"et ça continue", "y subiendo")
	// a churn decision told indirectly: a recommendation to terminate, a
	// notice of non-renewal, a chargeback, a rival's offer weighed
	out[sigChurn] = append(out[sigChurn], "recommendation is to terminate~1.8", "recommend terminating~1.8",
		"empfehlung lautet kündigung~1.8", "empfehlung lautet derzeit kündigung~1.8",
		"recommandation est de résilier~1.8", "recommandation est pour l'instant de résilier~1.8",
		"recomendación es rescindir~1.8", "recomendación es rescindirlo~1.8", "recomendación es cancelar~1.8",
		"non renewal~1.8", "notice of non renewal~1.8", "nichtverlängerung~1.8", "non renouvellement~1.8",
		"no renovación~1.8", "reverse the payment~1.8", "reverse the charge~1.8", "zahlung zurückbuchen~1.8",
		"zurückbuchen~1.5", "rückbuchung~1.5", "lastschrift zurückgeben~1.8", "faire opposition~1.5",
		"annuler le paiement~1.2", "d'annuler le paiement~1.2", "banque d'annuler le paiement~1.8", "rejeter le prélèvement~1.8", "devuelva el pago~1.8", "devolver el pago~1.8",
		"devolver el recibo~1.8", "a reason not to take~1.8", "reason not to accept~1.8",
		"take their offer~1.2", "accept their offer~1.2", "angebot nicht anzunehmen~1.8",
		"raison de ne pas accepter~1.8", "razón para no aceptar~1.8", "competitor called us~1.5",
		"concurrent nous a appelés~1.5", "competencia nos ha llamado~1.5", "whether we keep you~1.8",
		"si nous restons avec vous~1.8", "restons avec vous~1.2")
	// lost trust and a renewal ruled out: "management has lost confidence
	// in your platform", "Verlängerung kommt nicht in Frage"
	out[sigChurn] = append(out[sigChurn], "lost confidence in~1.8", "lost faith in~1.8", "renewal is off the table~1.8",
		"off the table~0.8", "vertrauen in ihre plattform verloren~1.8", "das vertrauen verloren~1.8",
		"verlängerung kommt nicht in frage~1.8", "n'a plus confiance~1.8", "n'avons plus confiance~1.8",
		"renouvellement est exclu~1.8", "perdido la confianza~1.8", "renovación está descartada~1.8")
	// patients and customers who were let down, and stock sold twice
	out[sigImpact] = append(out[sigImpact], "# patients~0.7", "patients missed", "missed their appointments",
		"missed their slots", "nicht erschienen~0.7", "ne sont pas venus~0.7", "no vinieron~0.7", "oversold",
		"overselling", "artikel, die wir nicht haben", "artikel die wir nicht haben",
		"articles que nous n'avons pas", "artículos que no tenemos", "items we don't have")
	out[sigRepeat] = append(out[sigRepeat], "keep being transferred", "kept being transferred", "# transfers",
		"transferred # times", "ständig weiterverbunden", "immer wieder weiterverbunden", "on me transfère",
		"me pasan de un departamento", "nobody owns", "no one owns", "niemand fühlt sich zuständig",
		"personne ne prend le dossier", "nadie se hace cargo")
	out[sigDataLoss] = append(out[sigDataLoss], "fehlen rund # kundendatensätze", "fehlen # kundendatensätze",
		"fehlen rund # datensätze", "fehlen # datensätze", "kundendatensätze fehlen", "datensätze fehlen",
		"datensätze sind weg", "daten sind weg")
	out[sigChurn] = append(out[sigChurn], "cancelad todo~1.8", "cancelen todo~1.8", "cancela todo~1.8",
		"cancel everything~1.8", "alles kündigen~1.8", "résiliez tout~1.8", "on arrête tout~1.5",
		"nous arrêtons tout~1.5")
	out[sigRepeat] = append(out[sigRepeat], "anyone there", "is anyone there", "is anybody there",
		"y a quelqu'un", "il y a quelqu'un", "ist da jemand", "ist da irgendjemand", "hay alguien",
		"j'attends depuis", "nous attendons depuis")
	out[sigChurn] = append(out[sigChurn], "termin absagen~0", "meeting absagen~0", "den termin * absagen~0")
	out[sigImpact] = append(out[sigImpact], "stuck in traffic~0", "coincé dans les bouchons~0",
		"every visitor", "all visitors", "allen besuchern", "alle besucher", "tous les visiteurs",
		"todos los visitantes")
	out[sigWaiting] = append(out[sigWaiting], "running # minutes late~0", "# minutes late~0", "# minuten später~0",
		"# minutes de retard~0", "# minutos tarde~0")
	out[sigComplaint] = append(out[sigComplaint], "running late~0", "running # minutes late~0", "# minutes late~0")
	out[sigOutage] = append(out[sigOutage], "certificate expired", "certificate has expired", "zertifikat ist abgelaufen",
		"zertifikat abgelaufen", "certificat a expiré", "expiration du certificat", "certificado caducado",
		"caducó el certificado", "certificado ha caducado", "security warning~0.8", "sicherheitswarnung~0.8",
		"avertissement de sécurité~0.8", "aviso de seguridad~0.8")
	out[sigRepeat] = append(out[sigRepeat], "es passiert nichts", "passiert einfach nichts", "passiert nichts",
		"nothing is happening", "nothing happens", "nothing has happened", "il ne se passe rien", "rien ne se passe",
		"sigue sin pasar nada")
	// the writer's own mistake, and no need to escalate, calm a mail:
	// "it was my mistake", "ich war selbst schuld", "c'était ma faute"
	out[sigCalm] = append(out[sigCalm], "my mistake", "my fault", "my bad", "our mistake", "our fault",
		"my own fault", "mein fehler", "meine schuld", "selbst schuld", "unser fehler", "ma faute", "mon erreur",
		"notre erreur", "culpa mía", "mi error", "nuestro error", "error mío", "no need to escalate",
		"nicht eskalieren", "inutile d'escalader", "no hace falta escalar")
	out[sigRepeat] = append(out[sigRepeat], "thanks again~0", "gracias otra vez~0", "merci encore~0",
		"nochmals danke~0", "danke nochmal~0", "danke nochmals~0")
	out[sigOutage] = append(out[sigOutage], "n'arrive pas à croire~0", "no pasa nada~0")
	out[sigImpact] = append(out[sigImpact], "keiner unserer", "keine unserer", "keiner von uns", "niemand von uns",
		"alle stehen", "alle warten", "ils attendent", "tout le monde attend", "están esperando", "todos esperando")
	out[sigOutage] = append(out[sigOutage], "can't see~0.8", "cannot see~0.8", "ne voit plus~0.8",
		"ne voient plus~0.8", "ne voit pas~0.8", "ne voient pas~0.8", "ne voit~0.8", "ne voient~0.8",
		"sieht nicht~0.8", "sehen nicht~0.8", "sieht keine~0.8", "sehen keine~0.8", "no ve~0.8", "no ven~0.8",
		"no puede ver~0.8", "no pueden ver~0.8", "ne voyons~0.8", "ne voyons plus~0.8", "no vemos~0.8",
		"no podemos ver~0.8", "sehen wir keine~0.8", "sehen wir nicht~0.8")
	// symptoms told without a word for failure: a payment refused with words
	// between ("le paiement en ligne est refusé"), calls that cut out,
	// a blank screen, something missing from every document, a double charge
	out[sigOutage] = append(out[sigOutage], "est refusé~0.8", "est refusée~0.8", "es rechazado~0.8",
		"es rechazada~0.8", "wird abgelehnt~0.8", "is declined~0.6", "are declined~0.6", "are being declined",
		"is being declined", "get declined", "gets declined", "keep getting declined", "brechen ab~0.8",
		"bricht ab~0.8", "coupent~0.8", "coupe au bout", "drop after", "drops after", "shows a blank~0.8",
		"show a blank~0.8", "shows blank~0.8", "blank screen~0.8", "blank page~0.8", "blank pages~0.8")
	out[sigComplaint] = append(out[sigComplaint], "fehlt~0.5", "fehlen~0.5", "il manque~0.5", "manquent~0.5",
		"falta el~0.5", "falta la~0.5", "faltan los~0.5", "faltan las~0.5", "charging * twice", "charges * twice",
		"charging every customer twice", "charging us twice", "double charging", "double charged",
		"double charges")
	// a problem that came back after it was reported: "heute ist es wieder
	// passiert", "ça recommence", "ha vuelto a pasar"
	out[sigRepeat] = append(out[sigRepeat], "happened again", "happening again", "it's happening again",
		"es wieder passiert", "ist wieder passiert", "passiert schon wieder", "passiert wieder",
		"ça recommence", "cela recommence", "ça a recommencé", "c'est reparti", "ha vuelto a pasar",
		"ha vuelto a ocurrir", "vuelve a pasar", "vuelve a ocurrir", "volvió a pasar", "volvió a ocurrir")
	// none of a kind of thing: "keine der Rechnungen ist angekommen",
	// "aucune des factures n'est arrivée" (the English "none of the" is
	// read with what it negates, as stalled work)
	out[sigImpact] = append(out[sigImpact], "keine der~0.8", "keiner der~0.8",
		"aucune des~0.8", "aucun des~0.8", "ninguna de las~0.8")
	out[sigOutage] = append(out[sigOutage], "they bounce", "keep bouncing", "bounce with~0.8")
	// an account shown in a state that keeps its user out: 'her user shows
	// "suspended"', 'aparece como "suspendido"'
	add(sigOutage, []string{"shows", "shows as", "shown as", "listed as", "displays", "says", "reads", "aparece como",
		"figura como", "sale como", "dice", "pone", "indique", "zeigt", "steht auf"}, []string{"suspended", "locked", "disabled", "deactivated", "blocked", "inactive", "suspendido",
		"suspendida", "bloqueado", "bloqueada", "desactivado", "desactivada", "suspendu", "suspendue", "bloqué",
		"bloquée", "désactivé", "désactivée", "gesperrt", "deaktiviert", "inaktiv"}, []string{""})
	// maintenance the customer knew of is no outage: "war wie geplant zur
	// Wartung offline"
	out[sigCalm] = append(out[sigCalm], "planned maintenance~0.5", "scheduled maintenance~0.5", "as planned~0.8",
		"down for maintenance~0.5", "for maintenance~0.5", "pour maintenance~0.5", "en maintenance~0.5",
		"por mantenimiento~0.5", "en mantenimiento~0.5", "wegen wartung~0.5", "wegen wartungsarbeiten~0.5",
		"geplante wartung~0.5", "zur wartung~0.5", "wie geplant~0.8", "maintenance prévue~0.5",
		"maintenance programmée~0.5", "comme prévu~0.8", "mantenimiento programado~0.5",
		"según lo previsto~0.8", "según lo planeado~0.5")
	// everything ran, in the past of a report: "heute früh lief alles",
	// "tout fonctionnait ce matin"; going wrong is the opposite
	out[sigResolved] = append(out[sigResolved], "lief alles", "lief wieder alles", "tout fonctionnait",
		"todo funcionaba", "everything was working")
	out[sigOutage] = append(out[sigOutage], "lief alles schief", "läuft alles schief", "läuft schief~0.8",
		"lief schief~0.8")
	// a frozen account and a shop closed by it; "today's" in German;
	// everyone sitting and waiting
	out[sigOutage] = append(out[sigOutage], "est gelé", "est gelée", "compte gelé", "está congelada",
		"está congelado", "cuenta congelada")
	out[sigImpact] = append(out[sigImpact], "shop ist geschlossen", "laden ist geschlossen",
		"boutique est fermée", "magasin est fermé", "tienda está cerrada", "store is closed")
	out[sigNow] = append(out[sigNow], "heutigen~0.7", "heutige~0.7")
	out[sigWaiting] = append(out[sigWaiting], "und warten~0.8", "y esperan~0.8", "et attendent~0.8")
	// replacing us is leaving us
	out[sigChurn] = append(out[sigChurn], "seats elsewhere", "licenses elsewhere", "licences elsewhere",
		"accounts elsewhere", "users elsewhere", "replace you", "replacing you", "replace your service",
		"replace your product", "vous remplacer", "sustituiros", "reemplazaros")
	// a fix that came too late is none: "the link expired before it arrived"
	out[sigPast] = append(out[sigPast], "before it arrived~0", "before they arrived~0", "bevor er ankam~0",
		"bevor sie ankam~0", "avant d'arriver~0", "antes de llegar~0")
	// a till or terminal that lost its line, the queue it makes, and a
	// login that says the credentials are wrong, in each language
	out[sigOutage] = append(out[sigOutage], "connection lost", "verbindung verloren", "connexion perdue",
		"conexión perdida", "ungültige anmeldedaten", "identifiants invalides", "credenciales no válidas",
		"credenciales inválidas")
	out[sigImpact] = append(out[sigImpact], "out the door~0.7", "bis vor die tür~0.7", "hasta la calle~0.7",
		"déborde dehors~0.7")
	out[sigScope] = append(out[sigScope], "my whole * team", "toute mon équipe", "mein ganzes team",
		"unser ganzes team", "todo el equipo de")
	// a rival's better offer, weighed
	out[sigChurn] = append(out[sigChurn], "better deal~0.6", "better offer~0.6", "besseres angebot~0.6",
		"meilleure offre~0.6", "oferta mejor~0.6", "mejor oferta~0.6")
	out[sigPlea] = append(out[sigPlea], "eskalieren~0.8", "faire remonter~0.8", "escaladlo", "escalen~0.8")
	// an out-of-office without mail is no outage
	out[sigCalm] = append(out[sigCalm], "no access to email~0.5", "no access to my email~0.5",
		"limited access to email~0.5", "sin acceso al correo~0.5", "sans accès à mes mails~0.5",
		"sans accès à mes e mails~0.5", "ohne e mail zugriff~0.5", "kein e mail zugriff~0.5")
	// customers who start to complain, and stale data that lets people
	// book what is taken
	out[sigImpact] = append(out[sigImpact], "starting to complain", "started complaining", "die ersten beschweren sich",
		"commencent à se plaindre", "empiezan a quejarse", "already taken~0.7", "already booked~0.7",
		"schon vergeben~0.7", "bereits vergeben~0.7", "déjà pris~0.7", "déjà réservés~0.7", "ya ocupados~0.7",
		"ya ocupadas~0.7", "double booked~0.7", "doppelt gebucht~0.7")
	out[sigChurn] = append(out[sigChurn], "cancelación de nuestro~1.8", "cancelación de mi~1.8", "la cancelación del~1.5",
		"reembolso completo~0.8")
	// a system that seems down, told politely, is down now; an apology for
	// the bother is no outage ("entschuldigen Sie die Störung")
	out[sigOutage] = append(out[sigOutage], "seems to be offline", "seems to be down", "appears to be offline",
		"appears to be down", "scheint offline zu sein", "scheint down zu sein", "ist offline",
		"semble hors ligne", "est hors ligne", "parece estar caída", "parece estar caído",
		"entschuldigen sie die störung~0", "sorry für die störung~0", "cannot process~0.8", "can't process~0.8",
		"unable to process~0.8", "ne pouvons traiter~0.8", "ne pouvons plus traiter", "no podemos tramitar~0.8",
		"no podemos procesar~0.8", "does nothing~0.8", "tut nichts~0.8", "ne fait rien~0.8",
		"el botón no hace nada")
	// the customer's own people and places, whom a problem stops: "crashing
	// for our staff", "bei unseren Mitarbeitern", "chez nos employés", "a
	// nuestros empleados", "in allen drei Lagern"
	add(sigScope, []string{"our", "all our", "all of our", "unsere", "unseren", "unserer", "allen unseren",
		"nos", "tous nos", "toutes nos", "chez nos", "nuestros", "nuestras", "todos nuestros", "todas nuestras",
		"a nuestros", "a nuestras"}, []string{"staff", "employees", "customers", "clients", "users", "agents",
		"stores", "shops", "warehouses", "branches", "locations", "sites", "clinics", "mitarbeiter",
		"mitarbeitern", "kunden", "nutzer", "nutzern", "filialen", "lager", "lagern", "standorte", "standorten",
		"praxen", "employés", "salariés", "utilisateurs", "magasins", "entrepôts", "boutiques", "agences",
		"cabinets", "empleados", "clientes", "usuarios", "tiendas", "almacenes", "sucursales", "locales",
		"clínicas"}, []string{"~0.8"})
	out[sigScope] = append(out[sigScope], "in allen drei~0.8", "dans nos trois~0.8", "en nuestros tres~0.8",
		"all three of our~0.8")
	out[sigOutage] = append(out[sigOutage], "no puedo volver a entrar", "no podemos volver a entrar",
		"ne peuvent pas finaliser~0.8", "ne peut pas finaliser~0.8", "cannot complete~0.8", "can't complete~0.8",
		"können nicht bezahlen~0.8", "können nicht abschließen~0.8", "no pueden completar~0.8",
		"no pueden pagar~0.8", "ne peuvent pas payer~0.8", "tourne sans fin", "tourne dans le vide",
		"spins forever", "keeps spinning", "dreht sich endlos")
	// a change the customer wanted, a problem fine now, and looking forward
	out[sigCalm] = append(out[sigCalm], "as we wanted~0.6", "as intended~0.6", "as requested~0.5",
		"wie gewünscht~0.6", "wie gewollt~0.6", "comme souhaité~0.6", "como queríamos~0.6", "como pedimos~0.5")
	out[sigResolved] = append(out[sigResolved], "fine now", "it's fine now", "all fine now", "ok now",
		"jetzt ist alles gut", "jetzt geht es wieder", "ça va maintenant", "tout va bien maintenant",
		"ya está bien", "ya va bien")
	out[sigImpact] = append(out[sigImpact], "staff can't wait~0", "customers can't wait~0", "users can't wait~0",
		"team can't wait~0")
	// asked again and not heard from; charges taken twice; errors thrown
	out[sigRepeat] = append(out[sigRepeat], "haven't heard a thing", "haven't heard anything", "nichts gehört",
		"nichts mehr gehört", "n'ai rien reçu", "aucune nouvelle", "no he sabido nada", "no he recibido nada",
		"third request~1.5", "dritte anfrage~1.5", "troisième relance~1.5", "quatrième relance~1.5", "deuxième relance~1.2", "dritte erinnerung~1.5",
		"tercer recordatorio~1.5")
	out[sigComplaint] = append(out[sigComplaint], "doubles prélèvements", "prélèvements en double",
		"double prélèvement", "duplicate charges", "charged twice")
	out[sigOutage] = append(out[sigOutage], "wirft fehler", "wirft einen fehler", "werfen fehler", "ist leer~0.6",
		"errors out", "error out")
	// what the customer wanted, a question withdrawn, and the customer's
	// own cause
	out[sigCalm] = append(out[sigCalm], "what we wanted~0.8", "was wir wollten~0.8", "ce que nous voulions~0.8",
		"lo que queríamos~0.8", "como estaba previsto~0.8", "it was our~0.6", "es war unsere~0.6",
		"war unsere eigene~0.6", "c'était notre~0.6", "era nuestro~0.6", "era nuestra~0.6")
	out[sigResolved] = append(out[sigResolved], "never mind", "hat sich erledigt", "laissez tomber",
		"olvidadlo", "olvídalo", "olvidad lo")
	// a reply waited for, a cancellation form asked for, a frozen screen,
	// a ticket closed
	out[sigRepeat] = append(out[sigRepeat], "fermé mon ticket~1.5", "a fermé mon ticket~1.5",
		"avez fermé mon ticket~1.5", "geschlossen, ohne~1.5", "mein ticket geschlossen~1.5",
		"cerrasteis mi ticket~1.5")
	out[sigPlea] = append(out[sigPlea], "please answer", "kann bitte jemand antworten", "bitte antworten",
		"quelqu'un peut il répondre", "puede alguien responder")
	out[sigChurn] = append(out[sigChurn], "kündigungsformular~1.5", "formulaire de résiliation~1.5",
		"formulario de baja~1.5", "cancellation form~1.5")
	out[sigAngerWord] = append(out[sigAngerWord], "genug von den ausreden", "assez des excuses",
		"harto de excusas", "done with the excuses")
	out[sigOutage] = append(out[sigOutage], "est figé", "est figée", "figé sur", "frozen on", "eingefroren auf",
		"congelada en", "congelado en")
	// leaving, told in the customer's own words: wanting out, walking,
	// a renewal called off, trust lost, the rest to follow a rival
	out[sigChurn] = append(out[sigChurn], "out of this contract~1.5", "out of the contract~1.5",
		"aus diesem vertrag raus~1.5", "aus dem vertrag raus~1.5", "sortir de ce contrat~1.5",
		"sortir du contrat~1.5", "salir de este contrato~1.5", "salir del contrato~1.5", "terminate early~1.5",
		"vorzeitige kündigung~1.5", "résiliation anticipée~1.5", "rescindirlo antes de tiempo~1.5",
		"rescindir antes de tiempo~1.5", "sind wir weg~1.5", "schließen sie unser konto~1.8",
		"unser konto schließen~1.8", "cerrad nuestra cuenta~1.8", "cerrar nuestra cuenta~1.8",
		"on s'en va~1.2", "nous nous en allons~1.5", "después nos vamos~1.5", "renewal cancelled~1.8",
		"consider our renewal~1.5", "verlängerung als storniert~1.8", "verlängerung storniert~1.8",
		"renouvellement comme annulé~1.8", "renouvellement annulé~1.8", "por cancelada nuestra renovación~1.8",
		"renovación cancelada~1.8", "no longer trust you~1.2", "no longer trust your~1.2",
		"plus confiance en vous~1.2", "plus confiance en votre~1.2", "ya no confiamos en vosotros~1.2",
		"ya no confiamos en vuestro~1.2", "after that we walk~1.8", "then we walk~1.8",
		"vertrauen ihrem dienst nicht mehr~1.2", "vertrauen ihnen nicht mehr~1.2", "the rest follow~1.2",
		"the rest will follow~1.2", "der rest folgt~1.2", "le reste suivra~1.2", "el resto irá detrás~1.2")
	out[sigDeadline] = append(out[sigDeadline], "giving you until", "you have until", "tenéis hasta",
		"tienen hasta", "sie haben bis")
	// posts that never went out, a certificate expired, a company stuck
	// at the login, a renewal put on hold
	out[sigOutage] = append(out[sigOutage], "didn't publish", "did not publish", "never went out",
		"wurden nicht veröffentlicht", "nie rausgegangen", "ne sont pas parties", "n'a jamais été publiée",
		"jamais été publié", "no salieron", "nunca se publicó", "no se publicaron", "certificate expired~0.8",
		"certificate has expired~0.8", "zertifikat ist abgelaufen~0.8", "zertifikat abgelaufen~0.8",
		"certificat a expiré~0.8", "certificado caducó~0.8", "certificado ha caducado~0.8", "hängt am * fest",
		"hängen am * fest", "hängt auf * fest", "está atascada", "está atascado", "están atascados",
		"atascada en", "atascado en")
	out[sigScope] = append(out[sigScope], "our product launch~0.7", "our launch~0.7", "notre lancement~0.7",
		"nuestro lanzamiento~0.7", "produktankündigung~0.7", "unser launch~0.7")
	out[sigChurn] = append(out[sigChurn], "renewal on hold~1.8", "verlängerung auf eis~1.8",
		"renouvellement en suspens~1.8", "renovación en pausa~1.8")
	// the same problem told to agent after agent
	out[sigRepeat] = append(out[sigRepeat], "# different agents~1.5", "# conseillers différents~1.5",
		"# agentes distintos~1.5", "# verschiedenen mitarbeitern~1.5", "quatre conseillers différents~1.5",
		"cuatro agentes distintos~1.5", "four different agents~1.5", "vier verschiedenen mitarbeitern~1.5",
		"trois conseillers différents~1.5", "tres agentes distintos~1.5", "three different agents~1.5",
		"drei verschiedenen mitarbeitern~1.5")
	// a search that finds nothing, lists shown empty, every device showing
	// an error
	out[sigOutage] = append(out[sigOutage], "returns nothing", "return nothing", "returns no results",
		"liefert nichts", "liefert gar nichts", "liefert keine ergebnisse", "ne renvoie rien",
		"ne renvoie plus rien", "aucun résultat", "no devuelve nada", "no devuelve ningún resultado",
		"shows an empty", "show an empty", "zeigt eine leere", "zeigen eine leere", "affiche une liste vide",
		"lista vacía~0.8", "liste vide~0.8", "leere liste~0.8")
	out[sigScope] = append(out[sigScope], "are all showing~0.8", "all showing~0.8", "zeigen alle~0.8",
		"affichent toutes~0.8", "affichent tous~0.8", "muestran todos~0.8", "muestran todas~0.8")
	// a login the system no longer knows, an account blocked or switched
	// off by itself, a sign-up stuck, patients arriving meanwhile
	out[sigOutage] = append(out[sigOutage], "user not found", "benutzer nicht gefunden", "utilisateur introuvable",
		"usuario no encontrado", "has been temporarily blocked", "was temporarily blocked",
		"se bloqueó temporalmente", "se ha bloqueado", "se bloqueó", "se desactivó", "se ha desactivado",
		"hänge auf * fest", "hänge am * fest", "hänge auf der * fest", "hängt auf der * fest",
		"hänge an der * fest", "coincé sur", "suis coincé", "suis coincée")
	out[sigWaiting] = append(out[sigWaiting], "han pasado # horas", "han pasado # días", "# stunden her",
		"# tage her", "fait maintenant # heures", "fait maintenant # jours")
	out[sigImpact] = append(out[sigImpact], "patients are arriving", "patienten kommen schon",
		"les patients arrivent", "están llegando pacientes", "nadie más tiene permisos",
		"niemand sonst hat adminrechte", "personne d'autre n'a les droits")
	// replies not had, cases open for weeks, a problem back, nobody heard
	// back
	out[sigRepeat] = append(out[sigRepeat], "haven't had any reply~1.5", "haven't had a reply~1.5",
		"no reply yet~1.5", "bisher keine antwort~1.5", "noch keine antwort~1.5", "toujours pas de réponse~1.5",
		"todavía sin respuesta~1.5", "following up on my message~1.2", "ich melde mich erneut~1.2",
		"je reviens vers vous concernant mon message~1.2", "escribo de nuevo por mi mensaje~1.2",
		"finally look~1.5", "endlich jemand~1.5", "enfin regarder~1.5", "mirar por fin~1.5",
		"open for # weeks~1.5", "open for # days~1.5", "seit # wochen offen~1.5", "seit # tagen offen~1.5",
		"ouvert depuis # semaines~1.5", "ouvert depuis # jours~1.5", "lleva abierto # semanas~1.5",
		"lleva abierto # días~1.5", "lleva # días abierto~1.5", "lleva # semanas abierto~1.5",
		"lleva # días abierta~1.5", "vuelvo a preguntar~1.2", "je relance encore~1.2", "hat niemand reagiert~1.5",
		"niemand hat reagiert~1.5", "keine reaktion~1.2", "it came back~0.8", "problem came back", "issue came back", "error came back",
		"wieder aufgetreten", "il est revenu", "ha vuelto exactamente", "neither of us has heard back~1.5",
		"keiner von uns hat eine rückmeldung~1.5", "n'a eu de retour~1.5", "ninguna de las dos ha recibido~1.5",
		"ninguno de los dos ha recibido~1.5", "dritte nachfrage~1.5", "vierte nachfrage~1.5",
		"fünfte nachfrage~1.5", "quinto seguimiento~1.5", "cuarto seguimiento~1.5", "fifth follow up~1.5",
		"fourth follow up~1.5", "third follow up~1.5")
	out[sigResolved] = append(out[sigResolved], "tout est revenu", "alles ist wieder da", "todo ha vuelto",
		"everything is back", "everything's back")
	// mail sent with another customer's data, balances reset, payments
	// taken twice, a state that cannot be right
	out[sigSecurity] = append(out[sigSecurity], "someone else's address", "someone else's details",
		"adresse eines anderen kunden", "daten eines anderen kunden", "l'adresse d'un autre client",
		"données d'un autre client", "la dirección de otro cliente", "los datos de otro cliente")
	out[sigDataLoss] = append(out[sigDataLoss], "reset to zero", "auf null zurückgesetzt", "remis à zéro",
		"remises à zéro", "se han puesto a cero", "puestos a cero")
	out[sigComplaint] = append(out[sigComplaint], "go through twice", "passent deux fois", "se cobran dos veces",
		"cobran dos veces", "can't be right~0.8", "cannot be right~0.8", "kann nicht stimmen~0.8",
		"ce n'est pas possible~0.6", "eso no puede ser~0.8")
	// German puts the "nicht" of "we renew" after the object: "Wir
	// verlängern unseren Vertrag nicht" (readings.renewalsRefused drops the
	// calm "wir verlängern" there)
	for _, o := range []string{"unseren vertrag", "den vertrag", "das abo", "unser abo", "die lizenzen",
		"unsere lizenzen", "das abonnement", "unser abonnement"} {
		out[sigChurn] = append(out[sigChurn], "verlängern "+o+" nicht~1.8")
	}
	// an out-of-office in Spanish, with what to do if something breaks
	out[sigCalm] = append(out[sigCalm], "fuera hasta el~0.7", "en caso de caída~0.5", "in case of an outage~0.5",
		"en cas de panne~0.5", "bei störungen~0.3")
	// behaviour the customer calls right
	out[sigCalm] = append(out[sigCalm], "which is correct~0.6", "that is correct~0.6", "that's expected~0.6",
		"das ist richtig so~0.6", "das ist korrekt~0.6", "c'est normal~0.6", "es lo correcto~0.6",
		"es normal~0.5", "im spam gefunden~0.6", "in spam gefunden~0.6", "which is expected~0.6", "which is normal~0.6", "das ist normal~0.6",
		"das passt so~0.6", "so gewollt~0.6", "c'est prévu~0.6", "es lo previsto~0.6", "ist so gewollt~0.6")
	// nothing for the reader to do
	out[sigCalm] = append(out[sigCalm], "müssen nichts tun~0.6", "nothing needed from you~0.6",
		"no action needed~0.6", "no action required~0.6", "rien à faire de votre côté~0.6",
		"no tenéis que hacer nada~0.6", "no tienen que hacer nada~0.6", "nichts zu tun~0.5")
	// strangers in the account, and none of the customers served
	out[sigSecurity] = append(out[sigSecurity], "administrateurs inconnus", "utilisateurs inconnus",
		"quelqu'un se connecte à notre compte", "quelqu'un s'est connecté à notre compte", "unknown admins",
		"unknown admin users", "unbekannte admins", "administradores desconocidos")
	out[sigImpact] = append(out[sigImpact], "keinem unserer", "bei keinem", "keinem kunden")
	// not extending is not renewing; a session that expires and throws the
	// user back out; files exported empty; the close of a month
	out[sigChurn] = append(out[sigChurn], "not be extending~1.8", "won't be extending~1.8", "will not extend~1.8",
		"not extending~1.5", "ne prolongerons pas~1.8", "ne prolongerons plus~1.8", "no ampliaremos~1.8",
		"no vamos a ampliar~1.5")
	out[sigOutage] = append(out[sigOutage], "session expired~0.8", "sitzung abgelaufen~0.8", "session expirée~0.8",
		"sesión caducada~0.8", "thrown back to the login", "back to the login page", "wieder auf der anmeldeseite",
		"reviens à la page de connexion", "vuelvo a la página de inicio de sesión", "empty files", "blank files",
		"leere dateien", "fichiers vides", "archivos vacíos")
	out[sigDeadline] = append(out[sigDeadline], "month end~0.6", "monatsabschluss~0.6",
		"cierre de mes~0.6", "cierre mensual~0.6")
	// tickets without answers, and paying for nothing
	out[sigRepeat] = append(out[sigRepeat], "0 answers", "0 replies", "0 responses", "zero replies",
		"zero answers", "0 antworten", "null antworten", "0 réponse", "0 réponses", "zéro réponse",
		"0 respuestas", "cero respuestas")
	out[sigAngerWord] = append(out[sigAngerWord], "what am i paying for", "what exactly am i paying for",
		"wofür zahl ich", "wofür zahle ich", "je paie pour quoi", "pour quoi je paie", "para qué pago",
		"para qué estoy pagando")
	out[sigChurn] = append(out[sigChurn], "pull the plug~1.5", "pulling the plug~1.5", "abo hinschmeißen",
		"abo hinzuschmeißen", "vertrag hinschmeißen", "cargarme la suscripción", "cargarme el contrato")
	out[sigOutage] = append(out[sigOutage], "komm nicht in", "komm nicht mehr in")
	// counts written with digits: "the 3rd email", "le 3e mail"
	out[sigRepeat] = append(out[sigRepeat], "2nd email", "3rd email", "4th email", "5th email", "3rd message",
		"4th message", "3e mail", "4e mail", "5e mail", "3e message", "4e message", "3e fois", "4e fois",
		"5e fois", "3er correo", "4º correo", "3er mensaje")
	out[sigImpact] = append(out[sigImpact], "clients ne peuvent pas", "clients ne peuvent plus",
		"bloqueado fuera", "bloqueada fuera")
	// documents that come out empty
	out[sigOutage] = append(out[sigOutage], "are blank", "sont vides~0.7", "sont toutes vides", "sind leer~0.7",
		"están vacíos~0.7", "están vacías~0.7", "are empty~0.7")
	// a promise whose time has passed: "You said someone would ring me
	// back within the hour. That was yesterday."
	out[sigRepeat] = append(out[sigRepeat], "that was yesterday", "that was last week", "that was on monday",
		"das war gestern", "das war letzte woche", "c'était hier", "c'était la semaine dernière",
		"eso fue ayer", "eso fue la semana pasada", "fue ayer", "dritte nachricht", "vierte nachricht",
		"fünfte nachricht", "sechste nachricht", "dritte mail", "vierte mail", "fünfte mail", "dritte e mail",
		"vierte e mail", "fünfte e mail")
	out[sigPlea] = append(out[sigPlea], "ring me back", "ring us back")
	out[sigAngerWord] = append(out[sigAngerWord], "out of patience", "geduld ist am ende", "plus de patience",
		"acabado la paciencia")
	out[sigChurn] = append(out[sigChurn], "y nos vamos~0.8", "y nos vamos de~0")
	// a reference to earlier mail is no chasing: "as discussed in my emails
	// of 3 and 10 June"
	out[sigRepeat] = append(out[sigRepeat], "as discussed in my emails of~0", "as discussed in my email of~0",
		"as agreed in my emails of~0", "wie in meinen e mails vom~0", "comme indiqué dans mes e mails des~0",
		"comme convenu dans mes e mails des~0", "como comentamos en mis correos del~0",
		"como hablamos en mis correos del~0")
	out[sigPraise] = append(out[sigPraise], "gracias por responder por fin~0", "thanks for finally replying~0",
		"thank you for finally replying~0", "merci d'avoir enfin répondu~0")
	// a stop made on purpose, and alerts to ignore
	out[sigCalm] = append(out[sigCalm], "on purpose~0.6", "volontairement~0.6", "absichtlich~0.6",
		"a propósito~0.6", "c'est voulu~0.6", "es intencionado~0.6", "by design~0.6", "ignore the alerts~0.6",
		"ignorez les alertes~0.6", "ignorieren sie die warnungen~0.6", "ignorad las alertas~0.6")
	out[sigResolved] = append(out[sigResolved], "bien otra vez", "bien de nuevo", "funciona otra vez",
		"funcionan otra vez", "funciona de nuevo", "funcionan de nuevo")
	// what used to happen, and no longer does
	out[sigPast] = append(out[sigPast], "used to have", "we used to", "früher hatten", "früher gab es",
		"avant nous avions", "nous avions avant", "antes teníamos", "antes había")
	// a state the customer expected: "the test user shows disabled as
	// expected", and a short all-clear
	out[sigCalm] = append(out[sigCalm], "as expected~0.5", "wie erwartet~0.5", "comme attendu~0.5",
		"como esperábamos~0.5", "como esperado~0.5", "como era de esperar~0.5")
	out[sigResolved] = append(out[sigResolved], "all good~0.6", "alles gut~0.6", "tout va bien~0.6",
		"todo bien~0.6")
	// the whole staff, told as a workforce rather than as users or a team
	out[sigScope] = append(out[sigScope], "all # staff", "all staff", "all our staff", "all of our staff",
		"tout le personnel", "tout notre personnel", "toda la plantilla", "todo el personal",
		"todo nuestro personal", "das gesamte personal", "alle kollegen", "alle beschäftigten")
	// a fix that did not hold, and counted messages in French
	out[sigRepeat] = append(out[sigRepeat], "fix didn't work", "fix did not work", "fix doesn't work",
		"fix hasn't worked", "fix hat nicht funktioniert", "fix funktioniert nicht", "correctif n'a pas marché",
		"correctif n'a pas fonctionné", "correctif ne marche pas", "arreglo no funcionó", "arreglo no ha funcionado",
		"solución no funcionó", "les doublons sont revenus", "troisième message",
		"quatrième message", "cinquième message", "deuxième message~0.8", "troisième mail", "quatrième mail",
		"troisième e mail", "quatrième e mail")
	add(sigRepeat, []string{"called", "asked", "emailed", "written", "wrote", "reported this", "reported it",
		"chased", "contacted you", "zweimal"}, []string{"twice", "gemeldet", "angerufen", "geschrieben",
		"nachgefragt"}, []string{""})
	out[sigOutage] = append(out[sigOutage], "hat nicht funktioniert~0.8", "haben nicht funktioniert~0.8",
		"no funcionó~0.8", "no ha funcionado~0.8", "no han funcionado~0.8")
	// "ohne" and "sans" negate only here: as negators they would reach
	// too far ("sans arrêt", "ohne Gutschrift für den Ausfall")
	out[sigCalm] = append(out[sigCalm], "ohne fehler~0.5", "ohne probleme~0.5", "ohne störung~0.5",
		"ohne störungen~0.5", "ohne ausfall~0.5", "ohne ausfälle~0.5", "ohne zwischenfälle~0.5",
		"sans erreur~0.5", "sans erreurs~0.5", "sans problème~0.5", "sans problèmes~0.5", "sans souci~0.5",
		"sans soucis~0.5", "sans incident~0.5", "sans panne~0.5", "sans bug~0.5", "zero downtime~0.6",
		"zero outages~0.6", "zero errors~0.6", "zero issues~0.6", "zero problems~0.6", "zero complaints~0.6",
		"zéro panne~0.6", "zéro erreur~0.6", "zéro problème~0.6", "zéro souci~0.6", "cero caídas~0.6",
		"cero errores~0.6", "cero problemas~0.6", "cero incidencias~0.6", "null fehler~0.6", "null probleme~0.6",
		"null störungen~0.6")
	out[sigResolved] = append(out[sigResolved], "seit dem fix", "seit dem patch", "seit der korrektur",
		"depuis la correction", "depuis le correctif", "depuis votre correction", "desde la corrección",
		"desde el arreglo", "desde vuestra corrección", "desde su corrección", "since the patch", "since your patch")
	// a dead link where customers pay, told by the page it leads to
	out[sigOutage] = append(out[sigOutage], "leads to a 404", "goes to a 404", "mène à une 404",
		"mène à une page 404", "mènent à une page 404", "lleva a un 404", "lleva a una página 404",
		"llevan a una página 404", "führt auf eine 404", "führt zu einer 404", "returns a 404", "renvoie une 404",
		"devuelve un 404")
	// a mailing gone out twice, and what customers do about a problem:
	// tell the customer, leave the list
	out[sigComplaint] = append(out[sigComplaint], "sent twice~1.5", "went out twice~1.5", "ging zweimal~1.5", "ging * zweimal~1.5", "ging * * zweimal~1.5",
		"zweimal verschickt~1.5", "zweimal versendet~1.5", "partie deux fois~1.5", "envoyée deux fois~1.5",
		"envoyé deux fois~1.5", "se envió dos veces~1.5", "enviado dos veces~1.5", "enviada dos veces~1.5")
	out[sigImpact] = append(out[sigImpact], "# customers have told us~0.7", "# customers told us~0.7",
		"# customers have written~0.7", "# customers have called~0.7", "# clients nous l'ont signalé~0.7",
		"# clients nous ont signalé~0.7", "# clients ont appelé~0.7", "# clientes nos lo han dicho~0.7",
		"# clientes nos han escrito~0.7", "# clientes han llamado~0.7", "# kunden haben sich gemeldet~0.7",
		"# kunden gemeldet~0.7", "people are unsubscribing~0.7", "customers are unsubscribing~0.7",
		"melden sich ab~0.7", "melden sich * ab~0.7", "melden sich * * ab~0.7", "se désabonnent~0.7", "se está dando de baja~0.7", "se están dando de baja~0.7")
	out[sigChurn] = append(out[sigChurn], "verlängern wir nicht~1.8", "verlängern wir * nicht~1.8",
		"verlängern wir * * nicht~1.8")
	// an explicit end to the business pages on its own: "cancel our
	// subscription", "unser Abo kündigen", "arrêter notre abonnement",
	// "cancelar el servicio"
	add(sigChurn, []string{"cancel", "cancelling", "canceling", "terminate", "terminating", "end", "ending"},
		[]string{"our", "my", "the"}, []string{" contract~1.8", " subscription~1.8", " account~1.8",
			" service~1.8", " plan~1.8", " agreement~1.8", " licences~1.8", " licenses~1.8"})
	add(sigChurn, []string{"abo", "abonnement", "vertrag", "konto", "account"},
		[]string{"", "* ", "* * "}, []string{"kündigen~1.8", "beenden~1.8", "stornieren~1.8", "auflösen~1.8"})
	add(sigChurn, []string{"résilier", "résilions", "arrêter", "arrêtons", "annuler", "annulons", "mettre fin à",
		"mettons fin à"}, []string{"notre", "mon", "le", "l'"}, []string{" contrat~1.8", " abonnement~1.8",
		" compte~1.8"})
	add(sigChurn, []string{"cancelar", "cancelamos", "rescindir", "terminar", "dar de baja", "damos de baja"},
		[]string{"el", "nuestro", "mi", "la", "nuestra"}, []string{" servicio~1.8", " contrato~1.8",
			" suscripción~1.8", " cuenta~1.8", " plan~1.8"})
	add(sigChurn, []string{"move to", "moving to", "switch to", "switching to", "go to", "going to"},
		[]string{"a competitor~1.8", "your competitor~1.8", "another provider~1.8", "another vendor~1.8"}, []string{""})
	// customers who keep calling about a problem are its cost, told by
	// its symptom: "customers keep calling us", "nos clients n'arrêtent
	// pas d'appeler", "los clientes no paran de llamar"
	add(sigImpact, []string{"customers keep", "clients keep", "users keep", "patients keep", "guests keep",
		"people keep"}, []string{"calling", "complaining", "asking", "emailing", "phoning", "ringing", "writing in"},
		[]string{"~0.8"})
	add(sigImpact, []string{"kunden rufen", "kunden beschweren sich", "kunden fragen", "patienten rufen"},
		[]string{"ständig", "dauernd", "laufend", "andauernd"}, []string{"~0.8"})
	add(sigImpact, []string{"n'arrêtent pas d'", "n'arrêtent pas de"}, []string{"appeler", "nous appeler",
		"se plaindre", "nous écrire", "réclamer"}, []string{"~0.8"})
	add(sigImpact, []string{"no paran de", "no dejan de"}, []string{"llamar", "llamarnos", "quejarse", "escribirnos",
		"reclamar"}, []string{"~0.8"})
	// German puts the verb last after "weil", "dass": "weil die
	// Bestätigungen nicht ankommen"
	out[sigOutage] = append(out[sigOutage], "nicht ankommen", "nicht ankommt", "nicht mehr ankommen",
		"nicht mehr ankommt", "nicht rausgehen", "nicht rausgeht", "nicht mehr rausgehen", "nicht mehr rausgeht")
	// asking what to do now is a plea, as "what should we do" is; mail
	// sent with another customer's details of any kind
	out[sigPlea] = append(out[sigPlea], "what can we do~0.8", "what can i do~0.8", "que pouvons nous faire~0.8",
		"que puis je faire~0.8", "was können wir tun~0.8", "was kann ich tun~0.8", "qué podemos hacer~0.8",
		"qué puedo hacer~0.8")
	out[sigSecurity] = append(out[sigSecurity], "with another customer's", "with another client's",
		"con el * de otro cliente", "con la * de otro cliente", "con los * de otro cliente",
		"con las * de otro cliente", "avec le * d'un autre client", "avec la * d'un autre client",
		"avec les * d'un autre client", "mit der * eines anderen kunden", "mit dem * eines anderen kunden",
		"mit den * eines anderen kunden")
	// a session that ends by itself over and over; a timeout by design
	// ("logs users out after an hour") is none
	add(sigOutage, []string{"logs", "kicks", "throws"}, []string{"* out", "* * out", "* * * out"},
		[]string{" every", " constantly", " all the time", " repeatedly", " again and again"})
	add(sigOutage, []string{"keeps", "keep"}, []string{"logging", "kicking", "throwing", "signing"},
		[]string{" * out", " * * out", " * * * out"})
	// an account shown as expired keeps its user out as much as one
	// shown as locked
	add(sigOutage, []string{"shows as", "showing as", "shown as", "marked as", "listed as", "says", "als"},
		[]string{"expired~0.8", "abgelaufen~0.8"}, []string{""})
	add(sigOutage, []string{"apparaît comme", "s'affiche comme", "affiché comme", "marqué comme", "indiqué comme"},
		[]string{"expiré~0.8", "expirée~0.8"}, []string{""})
	add(sigOutage, []string{"aparece como", "figura como", "sale como", "consta como"},
		[]string{"caducado~0.8", "caducada~0.8", "vencido~0.8", "vencida~0.8"}, []string{""})
	out[sigOutage] = append(out[sigOutage], "kommen an keine~0.8", "komme an keine~0.8", "kommen an keine daten",
		"komme an keine daten")
	// a rival's offer with a reason asked to stay, or a date to decide
	add(sigChurn, []string{"give me", "give us"}, []string{"one reason", "a reason", "a good reason"},
		[]string{" to stay~1.5", " not to leave~1.5", " not to switch~1.5"})
	out[sigChurn] = append(out[sigChurn], "einen grund zu bleiben~1.2", "einen grund, bei ihnen zu bleiben~1.2",
		"une raison de rester~1.2", "une bonne raison de rester~1.2", "una razón para quedarnos~1.2",
		"una razón para quedarme~1.2", "un motivo para quedarnos~1.2", "spricht wenig für sie~1.2",
		"spricht nichts für sie~1.2")
	out[sigUltimatum] = append(out[sigUltimatum], "decide next week", "decide this week", "decide by",
		"deciding by", "decision by", "entscheiden nächste woche", "entscheiden diese woche", "entscheiden bis",
		"entscheidung bis", "décidons la semaine prochaine", "décidons cette semaine", "décider d'ici",
		"décision d'ici", "decidimos la semana que viene", "decidimos la próxima semana", "decidimos esta semana",
		"decidiremos la próxima semana")
	// chasing told politely: "je me permets de relancer", "still no news"
	out[sigRepeat] = append(out[sigRepeat], "je me permets de relancer", "je me permets de vous relancer",
		"toujours pas de nouvelles~1.2", "toujours sans nouvelles~1.2", "still no news~1.2", "still no word~1.2",
		"immer noch keine nachricht~1.2", "noch immer keine nachricht~1.2", "todavía sin noticias~1.2",
		"sigo sin noticias~1.2", "still no news from our~0", "still no news on our~0",
		"toujours pas de nouvelles de notre~0", "toujours pas de nouvelles de nos~0",
		"immer noch keine nachricht von unserer~0", "todavía sin noticias de nuestra~0",
		"todavía sin noticias de nuestro~0")
	out[sigPlea] = append(out[sigPlea], "can someone~0.6", "could someone~0.6", "alguien puede~0.6",
		"puede alguien~0.6", "quelqu'un peut~0.6", "quelqu'un pourrait~0.6", "kann jemand~0.6",
		"könnte jemand~0.6", "kann sich jemand~0.6")
	// what the customer's system puts out is missing a part: "printed
	// without the totals", "sortent sans le montant", "salen sin dirección"
	add(sigOutage, []string{"printed", "prints", "print", "comes out", "come out", "coming out", "goes out",
		"go out", "going out", "went out", "arrive", "arrives", "arriving", "are sent", "are shown", "is shown",
		"are generated", "are created", "are displayed"}, []string{"without"}, []string{"~0.7", " delay~0",
		" delays~0", " a hitch~0", " any hitch~0", " problems~0", " any problems~0", " a problem~0", " issues~0",
		" any issues~0", " errors~0", " any errors~0", " trouble~0", " fail~0", " a hiccup~0"})
	add(sigOutage, []string{"ohne"}, []string{"*", "* *", "* * *"}, []string{" gedruckt~0.7", " ausgedruckt~0.7",
		" angezeigt~0.7", " verschickt~0.7", " versendet~0.7", " erstellt~0.7", " generiert~0.7", " raus~0.7",
		" zugestellt~0.7"})
	add(sigOutage, []string{"ohne fehler", "ohne probleme", "ohne störung", "ohne verzögerung", "ohne fehler und"},
		[]string{"gedruckt", "ausgedruckt", "angezeigt", "verschickt", "versendet", "erstellt", "generiert", "raus",
			"zugestellt"}, []string{"~0"})
	add(sigOutage, []string{"sortent", "sort", "partent", "part", "arrivent", "arrive", "s'affichent",
		"s'affiche", "sont imprimées", "sont imprimés", "sont envoyées", "sont envoyés", "sont générées",
		"sont générés", "s'impriment", "s'imprime"}, []string{"sans"}, []string{"~0.7", " problème~0",
		" problèmes~0", " souci~0", " soucis~0", " erreur~0", " erreurs~0", " retard~0", " incident~0", " encombre~0"})
	add(sigOutage, []string{"salen", "sale", "llegan", "llega", "se imprimen", "se imprime", "se envían",
		"se envía", "se muestran", "se muestra", "aparecen", "se generan", "se genera"}, []string{"sin"},
		[]string{"~0.7", " problemas~0", " problema~0", " errores~0", " incidencias~0", " retraso~0",
			" retrasos~0", " fallos~0"})
	// another company's or another order's data where the customer's
	// should be
	out[sigSecurity] = append(out[sigSecurity], "results from another company~0.8",
		"data from another company~0.8", "data of another company~0.8", "another company's~0.8",
		"from another order~0.8", "of another order~0.8", "rechnungen anderer firmen~0.8",
		"daten anderer firmen~0.8", "daten anderer kunden~0.8", "rechnungen anderer kunden~0.8",
		"bestellungen anderer kunden~0.8", "einer anderen bestellung~0.8", "d'une autre entreprise~0.8",
		"d'une autre société~0.8", "d'une autre commande~0.8", "de otra empresa~0.8", "de otro pedido~0.8")
	// what the customer's own customers do about it
	out[sigImpact] = append(out[sigImpact], "customers are confused~0.6", "clients are confused~0.6",
		"kunden sind verwirrt~0.6", "les clients sont perdus~0.6", "clientes están confundidos~0.6",
		"customers refuse to pay", "clients refuse to pay", "kunden weigern sich", "refusent de payer",
		"se niegan a pagar", "working on paper~0.6", "auf papier~0.5", "sur papier~0.5", "en papel~0.5",
		"von hand~0.5")
	// what is frozen on purpose, and a customer who was "down on" a
	// company, name no outage
	out[sigOutage] = append(out[sigOutage], "frozen food~0", "frozen foods~0", "frozen goods~0",
		"frozen products~0", "frozen range~0", "frozen section~0", "frozen yogurt~0", "been down on~0",
		"down on you~0", "down on us~0")
	// a renewal stopped, frozen or suspended by the customer's managers
	add(sigChurn, []string{"froze", "frozen", "paused", "halted", "stopped", "suspended"},
		[]string{"the renewal", "our renewal", "the contract renewal"}, []string{"~1.8", " reminder~0", " reminders~0",
			" emails~0", " email~0", " notices~0"})
	add(sigChurn, []string{"verlängerung"}, []string{"gestoppt", "ausgesetzt", "angehalten", "eingefroren",
		"gestoppt, bis", "ausgesetzt, bis"}, []string{"~1.8"})
	add(sigChurn, []string{"suspendu", "gelé", "bloqué", "stoppé", "mis en pause"}, []string{"le renouvellement",
		"notre renouvellement"}, []string{"~1.8"})
	out[sigChurn] = append(out[sigChurn], "renouvellement suspendu~1.8", "renouvellement gelé~1.8",
		"renouvellement bloqué~1.8")
	add(sigChurn, []string{"congelado", "suspendido", "paralizado", "parado", "frenado"}, []string{"la renovación",
		"nuestra renovación"}, []string{"~1.8"})
	out[sigChurn] = append(out[sigChurn], "renovación congelada~1.8", "renovación suspendida~1.8",
		"renovación paralizada~1.8")
	// times shown all shifted by hours
	out[sigOutage] = append(out[sigOutage], "# hours off~0.8", "all off by~0.8", "décalés de # heures~0.8",
		"décalées de # heures~0.8", "um # stunden verschoben~0.8", "# stunden verschoben~0.8",
		"desfasados # horas~0.8", "desfasadas # horas~0.8", "con # horas de desfase~0.8")
	out[sigImpact] = append(out[sigImpact], "customers are phoning~0.8", "customers are ringing~0.8",
		"appellent sans arrêt~0.8", "nous appellent sans arrêt~0.8", "llaman sin parar~0.8",
		"rufen ununterbrochen an~0.8")
	// a fix told in a few words ("jetzt läuft alles", "a fonctionné tout
	// de suite"); a password lost and reset is no data loss, and resetting
	// it is no fix; asking out of curiosity is calm
	out[sigResolved] = append(out[sigResolved], "jetzt läuft alles", "läuft alles wieder", "jetzt passt alles",
		"passt jetzt alles", "hat sofort funktioniert", "a fonctionné tout de suite", "a marché tout de suite",
		"worked right away", "worked straight away", "worked immediately", "funcionó al momento",
		"funcionó enseguida")
	out[sigDataLoss] = append(out[sigDataLoss], "perdu mon mot de passe~0", "perdu le mot de passe~0",
		"lost my password~0", "lost the password~0", "passwort verloren~0", "perdí la contraseña~0",
		"perdido la contraseña~0")
	out[sigResolved] = append(out[sigResolved], "restablecido la contraseña~0", "restablecida la contraseña~0",
		"he restablecido~0")
	out[sigOutage] = append(out[sigOutage], "sigo sin poder entrar", "seguimos sin poder entrar",
		"sin poder entrar~0.8", "sin poder acceder~0.8")
	out[sigCalm] = append(out[sigCalm], "simple curiosité~0.8", "par simple curiosité~0.8", "pure curiosité~0.8",
		"reine neugier~0.8", "nur aus neugier~0.8", "por curiosidad~0.8", "solo por curiosidad~0.8",
		"out of curiosity~0.8")
	out[sigChurn] = append(out[sigChurn], "procédure de résiliation~0", "la procédure de résiliation~0",
		"the cancellation procedure~0", "das kündigungsverfahren~0", "el procedimiento de baja~0")
	// a reset or fix that did not work, and a person still blocked
	out[sigComplaint] = append(out[sigComplaint], "didn't work~0.8", "did not work~0.8", "n'a pas fonctionné~0.8",
		"n'a pas marché~0.8", "hat nicht funktioniert~0.8", "no funcionó~0.8", "no ha funcionado~0.8")
	out[sigOutage] = append(out[sigOutage], "toujours bloqué", "toujours bloquée", "toujours bloqués",
		"still blocked", "immer noch gesperrt", "noch immer gesperrt", "sigo bloqueado", "sigo bloqueada",
		"seguimos bloqueados")
	out[sigResolved] = append(out[sigResolved], "débloqué~0.8", "débloquée~0.8", "débloqués~0.8", "unblocked~0.8",
		"entsperrt~0.8", "desbloqueado~0.8", "desbloqueada~0.8", "desbloqueados~0.8")
	// short mail: churn weighed aloud, breakage every week, stock gone to
	// zero, a problem that lasted all weekend
	add(sigChurn, []string{"thinking of", "thinking about"}, []string{"cancelling", "canceling", "leaving",
		"switching", "terminating"}, []string{"~1.2"})
	out[sigRepeat] = append(out[sigRepeat], "every week something~1.0", "every day something~1.0",
		"jede woche ein neuer~1.0", "jede woche etwas~1.0", "chaque semaine une nouvelle~1.0",
		"chaque semaine quelque chose~1.0", "cada semana falla~1.0", "cada semana algo~1.0")
	out[sigComplaint] = append(out[sigComplaint], "something breaks~0.8", "something always breaks~0.8",
		"something is always broken~0.8")
	out[sigDataLoss] = append(out[sigDataLoss], "went to 0~0.8", "went to zero~0.8", "dropped to 0~0.8",
		"dropped to zero~0.8", "auf 0 gefallen~0.8", "stehen * auf 0~0.8", "stehen auf 0~0.8", "auf null gefallen~0.8",
		"passés à 0~0.8", "passé à 0~0.8", "tombés à 0~0.8", "se ha puesto a 0~0.8", "se han puesto a 0~0.8",
		"bajado a 0~0.8")
	out[sigNow] = append(out[sigNow], "all weekend~0.8", "all morning~0.8", "all night~0.8",
		"das ganze wochenende~0.8", "den ganzen morgen~0.8", "tout le week end~0.8", "toute la matinée~0.8",
		"todo el fin de semana~0.8", "toda la mañana~0.8")
	// a list cut short, and mail sent to an address that is gone
	out[sigDataLoss] = append(out[sigDataLoss], "the rest are missing", "the rest is missing",
		"der rest fehlt", "le reste manque", "faltan los demás", "falta el resto")
	out[sigDataLoss] = append(out[sigDataLoss], "to an address that no longer exists", "to an address we deleted",
		"an eine adresse, die es nicht mehr gibt", "an eine gelöschte adresse", "vers une adresse supprimée",
		"à une adresse supprimée", "a una dirección que ya no existe", "a una dirección borrada")
	out[sigCalm] = append(out[sigCalm], "as designed~0.8", "wie vorgesehen~0.8", "como estaba previsto~0.8",
		"según lo previsto~0.8")
	// orders that never reach the customer's own system, a problem going
	// on since a day, drivers calling nonstop, someone responsible asked for
	out[sigOutage] = append(out[sigOutage], "never show up in~0.8", "never shows up in~0.8", "never show up~0.7",
		"kommen nie in~0.8", "kommen nie * an~0.8", "kommen nie * * an~0.8", "n'arrivent jamais dans~0.8",
		"n'arrive jamais dans~0.8", "nunca llegan a~0.8", "nunca llega a~0.8")
	out[sigNow] = append(out[sigNow], "going on since", "been going on since", "geht seit * so", "geht seit * * so",
		"ça dure depuis", "cela dure depuis", "esto pasa desde", "esto ocurre desde", "lleva pasando desde")
	out[sigImpact] = append(out[sigImpact], "calling nonstop~0.8", "calling * nonstop~0.8",
		"calling * * nonstop~0.8", "rufen ununterbrochen~0.8", "ununterbrochen an~0.6")
	out[sigPlea] = append(out[sigPlea], "quelqu'un de responsable", "peut il me répondre~0.8",
		"jemand verantwortliches", "alguien responsable", "someone responsible", "someone senior")
	// polite chasing: checking whether anyone looked, getting in touch
	// again about one's request, no reply so far
	out[sigCalm] = append(out[sigCalm], "just checking whether~0", "just checking if~0")
	add(sigRepeat, []string{"whether anyone has looked at", "if anyone has looked at", "has anyone looked at",
		"hat sich schon jemand", "quelqu'un a t il regardé", "alguien ha mirado"}, []string{"my", "our", "ticket",
		"mein", "meine", "meinen", "unser", "unsere", "mon", "ma", "notre", "le ticket", "mi", "nuestro", "el ticket"},
		[]string{"~1.0"})
	out[sigRepeat] = append(out[sigRepeat], "whether anyone has looked~0.6", "if anyone has looked~0.6",
		"melde mich nochmal wegen~1.0",
		"melde mich erneut wegen~1.0", "je reviens vers vous au sujet de ma demande~1.0",
		"je reviens vers vous concernant ma demande~1.0", "bisher keine rückmeldung~1.5",
		"noch keine rückmeldung~1.5", "je n'ai eu aucune réponse~1.5", "je n'ai reçu aucune réponse~1.5",
		"aucune réponse pour l'instant~1.5")
	out[sigWaiting] = append(out[sigWaiting], "eine woche her", "# wochen her", "# tage her", "einen monat her")
	out[sigImpact] = append(out[sigImpact], "no puede trabajar", "no pueden trabajar", "kann sie nicht arbeiten",
		"sie kann nicht arbeiten")
	// a renewal refused in the present tense, a contract under review,
	// totals off by a share, a code that lets nobody in
	out[sigChurn] = append(out[sigChurn], "not renewing~1.8", "aren't renewing~1.8", "won't be renewing~1.8",
		"will not be renewing~1.8", "wir verlängern nicht~1.8", "reviewing the contract~0.8",
		"reviewing our contract~0.8", "prüfen den vertrag~0.8", "prüfen unseren vertrag~0.8",
		"réexaminons le contrat~0.8", "revisando el contrato~0.8", "reviewing the contract draft~0",
		"not renewing the extra~0", "not renewing the additional~0", "not renewing our extra~0",
		"not renewing the add on~0", "not renewing the option~0", "not renewing the module~0")
	out[sigOutage] = append(out[sigOutage], "off by #~0.8", "off by exactly~0.8", "off by about~0.8",
		"is off by~0.8", "are off by~0.8", "weichen * ab~0.8", "weichen * * ab~0.8",
		"weichen * * * ab~0.8", "desviados~0.8", "desviadas~0.8", "komme * nicht in", "komme * * nicht in",
		"kommen * nicht in", "n'accède pas", "n'accédons pas", "n'accède plus", "n'accédons plus")
	// a period counted ("the second week our backup ..."), reminders
	// counted, apologising for writing again, a contract ended in the
	// verb-first order, data deleted in the Spanish past, a spinner
	out[sigWaiting] = append(out[sigWaiting], "the second week", "the third week", "second week in a row",
		"die zweite woche", "die dritte woche", "la deuxième semaine", "la troisième semaine", "la segunda semana",
		"la tercera semana", "the second day", "the third day", "den zweiten tag", "le deuxième jour",
		"el segundo día")
	out[sigRepeat] = append(out[sigRepeat], "after # reminders~1.5", "nach # erinnerungen~1.5",
		"après # rappels~1.5", "après # relances~1.5", "después de # recordatorios~1.5",
		"sorry to bother you again", "sorry to chase again", "entschuldigen sie die erneute nachricht",
		"désolé de vous relancer", "pardon de vous relancer", "perdón por insistir", "siento insistir")
	out[sigPlea] = append(out[sigPlea], "merci d'escalader", "bitte eskalieren", "por favor escalad")
	out[sigChurn] = append(out[sigChurn], "beenden wir den vertrag~1.8", "kündigen wir den vertrag~1.8",
		"terminaremos el contrato~1.8", "rescindiremos el contrato~1.8", "cancelaremos el contrato~1.8")
	out[sigDataLoss] = append(out[sigDataLoss], "borró~0.8", "borraron~0.8", "ha borrado~0.8", "han borrado~0.8",
		"our data is safe~0.6", "ob die daten sicher sind~0.6", "si nos données sont en sécurité~0.6",
		"si los datos están a salvo~0.6")
	out[sigOutage] = append(out[sigOutage], "no termina~0.7", "no se completa~0.7", "n'aboutit pas~0.8",
		"roue qui tourne~0.8", "rueda girando~0.8", "ladesymbol~0.6")
	// what the customer can no longer do, and assurances that did not hold
	out[sigOutage] = append(out[sigOutage], "ya no puedo", "ya no podemos", "ya no puedo esperar~0", "kann keine * mehr",
		"kann jetzt keine * mehr", "können keine * mehr", "können jetzt keine * mehr")
	out[sigRepeat] = append(out[sigRepeat], "pese a sus garantías~1.5", "a pesar de sus garantías~1.5")
	// churn in more words: a renewal recommended against, a replacement
	// sought, "we're out", a migration away, an account to close
	out[sigChurn] = append(out[sigChurn], "don't renew~1.5", "do not renew~1.5", "not to renew~1.5",
		"nicht zu verlängern~1.5", "ne pas renouveler~1.5", "no renovemos~1.5", "no renovar~1.5",
		"ersatz für ihr~1.8", "ersatz für ihre~1.8", "remplaçant à votre~1.8", "remplaçant pour votre~1.8",
		"sustituto para su~1.8", "sustituto de su~1.8", "we're out~1.5", "we are out~1.5", "we're out of~0",
		"we are out of~0", "sind wir weg~1.5", "on arrête avec vous~1.5", "nous arrêtons avec vous~1.5",
		"on arrête chez vous~1.5", "nos vamos con otro~1.5", "wegzumigrieren~1.8", "migrer hors de~1.8",
		"migration hors de votre~1.8", "migrar fuera de~1.8", "migrating away from~1.8",
		"cierren nuestra cuenta~1.8", "cerrar nuestra cuenta~1.8", "dejen de cobrarnos~1.2",
		"schließen sie unser konto~1.8", "fermer notre compte~1.8")
	// a termination letter drafted, a last chance given, a contract signed
	// with another provider, alternatives sought
	out[sigChurn] = append(out[sigChurn], "termination letter~1.8", "termination notice~1.8",
		"last chance to keep~1.8", "uns als kunden zu behalten~1.8", "dernière chance de garder~1.8",
		"última oportunidad de mantener~1.8", "última oportunidad para mantener~1.8",
		"bei einem anderen anbieter unterschrieben~1.8", "firmado con otro proveedor~1.8",
		"signed with another~1.8", "buscamos alternativas~1.5", "buscando alternativas~1.5",
		"suchen alternativen~1.5", "cherchons des alternatives~1.5", "termination notice period~0")
	// lock-outs in more words: shut out, passwords all rejected, stuck,
	// invitations that expire first, people who cannot start work
	out[sigOutage] = append(out[sigOutage], "shut out", "is shut out", "are shut out", "passwords are rejected",
		"password is rejected", "rejects every password", "rejects all passwords", "se rechazan~0.8",
		"se rechaza~0.8", "we're stuck", "we are stuck", "we're stuck in traffic~0", "we are stuck in traffic~0",
		"estamos atascados", "estamos bloqueados", "expire before they~0.8", "expire before anyone~0.8",
		"expirent avant qu'ils~0.8", "caducan antes de abrirlos~0.8", "caducan antes de que~0.8",
		"komme gar nicht mehr rein", "komme gar nicht rein", "kommen gar nicht rein", "gar nicht mehr rein",
		"no puedo pasar de", "necesito entrar~0.8", "need to get in~0.8")
	out[sigImpact] = append(out[sigImpact], "can't start work", "cannot start work", "können nicht anfangen",
		"ne peuvent pas commencer", "no pueden empezar", "# people can't", "# people cannot",
		"# leute können nicht", "# personnes ne peuvent", "# personas no pueden")
	// an app impossible to use
	out[sigOutage] = append(out[sigOutage], "impossible de l'utiliser", "impossible de l utiliser")
	// churn weighed as a question, costs compared with rivals, posts
	// published twice, the customer's own customers furious
	out[sigChurn] = append(out[sigChurn], "whether to continue with you~1.5", "whether we continue with you~1.5",
		"ob wir mit ihnen weitermachen~1.5", "ob wir bei ihnen bleiben~1.5",
		"ob wir nach diesem quartal weitermachen~1.5", "si nous continuons avec vous~1.5",
		"si nous restons chez vous~1.5", "si seguir con ustedes~1.5", "comparison with your competitors~1.5",
		"kostenvergleich mit ihren~1.5", "vergleich mit ihren mitbewerbern~1.5",
		"comparaison de coûts avec vos concurrents~1.5", "comparaison avec vos concurrents~1.5",
		"comparativa de costes con sus competidores~1.5", "comparativa con sus competidores~1.5")
	out[sigComplaint] = append(out[sigComplaint], "published twice", "posted twice", "doppelt veröffentlicht",
		"publicaron dos veces", "se publicaron dos veces")
	out[sigImpact] = append(out[sigImpact], "followers are complaining~0.8", "follower beschweren sich~0.8",
		"seguidores se quejan~0.8", "people are furious~0.8", "die leute sind wütend~0.8",
		"les gens sont furieux~0.8", "la gente está furiosa~0.8", "customers are furious~0.8",
		"kunden sind wütend~0.8", "clients sont furieux~0.8", "clientes están furiosos~0.8")
	// other customers' history on screen, a callback asked for twice and
	// never made, lawyers brought in, a link that works for nobody
	out[sigOutage] = append(out[sigOutage], "doesn't work for any", "does not work for any",
		"ne fonctionne pour aucun", "no funciona para ninguno", "no funciona a ninguno")
	out[sigSecurity] = append(out[sigSecurity], "other customers' order", "other customers' data",
		"other customers' details", "other customers' invoices", "bestellhistorie anderer kunden",
		"historique de commandes d'autres clients", "l'historique d'autres clients",
		"historial de pedidos de otros clientes", "el historial de otros clientes")
	out[sigRepeat] = append(out[sigRepeat], "bisher hat niemand angerufen~1.5", "hat niemand angerufen~1.5",
		"toujours personne~1.2")
	out[sigLegal] = append(out[sigLegal], "schalten wir unsere anwälte ein",
		"recurriremos a nuestros abogados", "acudiremos a nuestros abogados")
	// a bill paid is no fix: "on a bien réglé la facture"
	out[sigResolved] = append(out[sigResolved], "réglé la facture~0", "réglé les factures~0", "réglé notre facture~0",
		"réglé nos factures~0", "réglé l'abonnement~0", "réglé le montant~0", "facture réglée~0", "factures réglées~0",
		"facture est réglée~0", "réglé la note~0")
	// urgency offered for other mail, or none at all
	out[sigCalm] = append(out[sigCalm], "pour toute demande urgente", "pour les demandes urgentes", "aucune urgence",
		"sans urgence", "ninguna urgencia", "ninguna prisa", "keine dringende", "nothing urgent")
	// a cancellation asked for in so many words, a switch told in the
	// present
	out[sigChurn] = append(out[sigChurn], "solicitar la baja~1.8", "tramitar la baja~1.8", "pedir la baja~1.8",
		"solicitarles la baja~1.8", "nos pasamos a otro~1.5", "nos pasamos a otra~1.5")
	// no way left to get in, or to do anything: "plus moyen de se connecter"
	add(sigOutage, []string{"plus moyen de", "pas moyen de", "plus moyen d'", "pas moyen d'"},
		[]string{"se connecter", "me connecter", "nous connecter", "accéder", "entrer", "payer", "imprimer",
			"envoyer", "valider", "ouvrir", "enregistrer", "réserver", "facturer"}, []string{""})
	out[sigComplaint] = append(out[sigComplaint], "plus moyen de", "pas moyen de", "aucun moyen de",
		"no hay manera de", "no hay forma de", "keine möglichkeit mehr")
	// a thing that does not do its job, in the passive or reflexive the
	// other languages tell it with: "wird nicht gespeichert", "le
	// rendez-vous ne s'enregistre pas"
	add(sigOutage, []string{"wird nicht", "werden nicht"}, []string{"gespeichert", "angezeigt", "geladen",
		"übernommen", "versendet", "verschickt", "gedruckt", "synchronisiert", "verarbeitet", "zugestellt",
		"übertragen", "gebucht"}, []string{"~0.8"})
	add(sigOutage, []string{"ne"}, []string{"s'enregistre pas", "s'enregistrent pas", "s'affichent pas",
		"se chargent pas", "s'ouvrent pas", "se lance pas", "se lancent pas", "se synchronise pas",
		"se synchronisent pas", "s'imprime pas", "s'impriment pas", "se valide pas", "se valident pas",
		"se sauvegarde pas", "se sauvegardent pas", "se met pas à jour", "se mettent pas à jour"}, []string{"~0.8"})
	// a screen that stays blank, the verb first or, in German, before its
	// subject: "la page reste blanche", "bleibt der Bildschirm schwarz"
	add(sigOutage, []string{"reste", "restent", "stays", "remains", "stay", "remain"}, []string{"blanche", "blanches",
		"blancs", "vide", "vides", "grise", "grisée", "figée", "figé", "noire", "noir", "blank", "empty", "white",
		"black", "grey", "gray", "frozen"}, []string{"~0.8"})
	add(sigOutage, []string{"bleibt", "bleiben", "bleibt * *", "bleiben * *"}, []string{"weiß", "leer", "grau",
		"schwarz"}, []string{"~0.8"})
	// a phone line that takes no call, nothing that reaches anyone
	out[sigOutage] = append(out[sigOutage], "busy tone~0.8", "besetztzeichen~0.8", "tonalité occupée~0.8",
		"tono de ocupado~0.8", "completely dead~0.8", "komplett tot~0.8", "complètement mortes~0.8",
		"complètement morte~0.8", "totalmente muertas~0.8", "nothing reaches~0.8", "nichts kommt an~0.8",
		"rien n'arrive~0.8", "no llega nada~0.8", "praktisch tot~0.8", "practically dead~0.8",
		"pratiquement morte~0.8", "prácticamente muerta~0.8")
	add(sigOutage, []string{"no way to"}, []string{"log in", "login", "sign in", "get in", "access"}, []string{""})
	// the last month told as the last, reasons to go on that the customer
	// no longer sees, a way out of the contract looked for
	out[sigChurn] = append(out[sigChurn], "will be our last~1.5", "sera notre dernier~1.5",
		"notre dernier avec vous~1.8", "wird unser letzter~1.5", "será nuestro último~1.5",
		"our last month with you~1.8", "unser letzter monat bei ihnen~1.8", "nuestro último mes con ustedes~1.8",
		"don't see a reason to continue~1.5", "don't see any reason to continue~1.5",
		"don't see much reason to continue~1.5", "see no reason to continue~1.5", "see no reason to stay~1.5",
		"keinen grund mehr~1.2", "aucune raison de continuer~1.5", "plus aucune raison de rester~1.5",
		"ningún motivo para seguir~1.5", "ninguna razón para seguir~1.5", "conditions de sortie~1.5",
		"exit terms~1.5", "exit clause~1.2", "ausstiegsklausel~1.2", "condiciones de salida~1.5",
		"sortir du contrat~1.5", "sortir de notre contrat~1.5", "salir del contrato~1.5",
		"aus dem vertrag aussteigen~1.5", "aus dem vertrag raus~1.5", "out of the contract~1.5",
		"out of our contract~1.5")
	// a decision against continuing, a contract left to lapse, a tender,
	// a move onto another platform that leaves this one out
	out[sigChurn] = append(out[sigChurn], "not to continue~1.5", "de ne pas continuer~1.5", "no continuar~1.5",
		"nicht weiterzumachen~1.5", "offboarding~1.2", "let the contract lapse~1.8", "letting the contract lapse~1.8",
		"lassen den vertrag * auslaufen~1.8", "lassen den vertrag auslaufen~1.8", "vertrag auslaufen lassen~1.8",
		"laisser expirer le contrat~1.8", "dejar vencer el contrato~1.8", "dejaremos vencer~1.8",
		"competitive tender~1.5", "ausschreibung~1.2", "appel d'offres~1.2", "licitación~1.2",
		"für eine andere lösung entschieden~1.8", "für einen anderen anbieter entschieden~1.8",
		"decided to go with another~1.8", "decided on another~1.5", "opted for another~1.5",
		"opté pour une autre~1.5", "opté pour un autre~1.5", "optado por otra~1.5", "optado por otro~1.5",
		"voted to go with~1.5", "consolidating onto~1.5", "consolidate onto~1.5",
		"plattform unserer muttergesellschaft~1.5", "platform of our parent company~1.5",
		"plateforme de notre maison mère~1.5", "plataforma de nuestra matriz~1.5", "la suya no está incluida~1.8",
		"yours is not included~1.8", "yours isn't included~1.8", "la vôtre n'en fait pas partie~1.8",
		"ihre ist nicht dabei~1.5")
	// a ticket closed with the problem still there
	out[sigRepeat] = append(out[sigRepeat], "ticket einfach geschlossen", "haben das ticket geschlossen",
		"closed the ticket but", "closed my ticket but", "closed the ticket without", "ont fermé le ticket",
		"cerraron la incidencia", "han cerrado la incidencia", "cerrado el ticket")
	out[sigCalm] = append(out[sigCalm], "lo demás sigue igual", "der rest bleibt gleich", "le reste ne change pas",
		"everything else stays the same")
	// all back as it was
	out[sigResolved] = append(out[sigResolved], "back to normal", "wieder normal", "alles ist wieder normal",
		"tout est revenu comme avant", "tout est revenu à la normale", "tout est normal depuis",
		"tout est rentré dans l'ordre", "todo volvió a la normalidad", "todo está en orden", "todo en orden",
		"he vuelto a entrar sin problema", "volví a entrar sin problema", "everything is back as before",
		"alles wieder wie vorher", "todo vuelve a estar como antes")
	// reassurance, a plan changed rather than ended, and the writer away
	out[sigCalm] = append(out[sigCalm], "pas d'inquiétude", "rassurez vous", "ne vous inquiétez pas",
		"no se preocupen", "no os preocupéis", "nothing wrong on your side", "nothing wrong on your end",
		"passer à l'abonnement annuel", "passer à la formule annuelle", "switch to the annual plan",
		"move to the annual plan", "auf das jahresabo wechseln", "aufs jahresabo wechseln", "pasar al plan anual",
		"cambiar al plan anual", "bin morgen offline", "bin heute offline", "bin ab morgen offline",
		"i'll be offline", "i'm offline", "je serai hors ligne", "estaré desconectado", "estaré desconectada")
	out[sigRepeat] = append(out[sigRepeat], "pas de réponse de notre part~0", "keine antwort von uns~0",
		"no reply from us~0", "sin respuesta por nuestra parte~0",
		"zum wiederholten male~1.5", "zum wiederholten mal~1.5", "pour la énième fois~1.5", "une énième fois~1.5",
		"por enésima vez~1.5", "for the umpteenth time~1.5", "man sei nicht zuständig", "hin und her geschoben",
		"passed back and forth", "renvoyé de service en service", "me pasan de un departamento a otro")
	// a lock-out told as the writer back in: all is well
	out[sigResolved] = append(out[sigResolved], "i'm back in", "we're back in", "back in now", "worked a treat",
		"bin wieder drin", "sind wieder drin", "wieder eingeloggt", "de nouveau connecté", "de nouveau connectée",
		"ya he podido entrar", "ya puedo entrar", "ya podemos entrar")
	out[sigResolved] = append(out[sigResolved], "arriving again", "arrive again", "coming through again",
		"kommen wieder an", "arrivent de nouveau", "arrivent à nouveau", "vuelven a llegar", "llegan de nuevo")
	// someone else's data in the customer's hands, pages left white
	out[sigSecurity] = append(out[sigSecurity], "de otra persona~0.8", "d'une autre personne~0.8",
		"einer anderen person~0.8", "another person's~0.8", "someone else's~0.8", "de un desconocido~0.8",
		"d'un inconnu~0.8", "eines fremden~0.8", "a stranger's~0.8", "de otro cliente~0.8", "d'un autre client~0.8",
		"eines anderen kunden~0.8", "another customer's~0.8")
	out[sigOutage] = append(out[sigOutage], "completely white~0.8", "komplett weiß~0.8", "complètement blanche~0.8",
		"complètement blanches~0.8", "completamente en blanco~0.8", "have any content~0.8", "have no content~0.8",
		"ohne inhalt~0.8", "sans contenu~0.8", "sin contenido~0.8")
	out[sigChurn] = append(out[sigChurn], "lo dejamos como está~0", "lo dejamos así~0", "nos vamos tranquilos~0")
	// the formal register: an early termination weighed, letters left
	// unanswered
	out[sigChurn] = append(out[sigChurn], "early termination~1.5", "vorzeitige vertragsbeendigung~1.5",
		"vorzeitigen vertragsbeendigung~1.5", "vorzeitige kündigung~1.5", "vorzeitigen kündigung~1.5",
		"résiliation anticipée~1.5", "rescisión anticipada~1.5", "terminación anticipada~1.5")
	out[sigRepeat] = append(out[sigRepeat], "none of which has received~1.5", "none of which have received~1.5",
		"restés à ce jour sans réponse~1.5", "restées à ce jour sans réponse~1.5", "à ce jour sans réponse~1.5",
		"no han obtenido respuesta~1.5", "sin haber obtenido respuesta~1.5", "bislang unbeantwortet~1.5",
		"bis heute unbeantwortet~1.5", "blieben unbeantwortet~1.5", "remain unanswered~1.5",
		"remains unanswered~1.5")
	// rights reserved and damages claimed
	out[sigLegal] = append(out[sigLegal], "schadensersatzansprüche", "schadensersatz~0.8", "behalten uns * rechte * vor",
		"behalten wir uns * rechte * vor", "behalten uns alle rechte vor", "behalten wir uns alle rechte vor",
		"reserve all rights", "reserve all our rights", "reserve our rights", "nous réservons tous nos droits",
		"sous réserve de tous nos droits", "nos reservamos todos los derechos", "nos reservamos el derecho a reclamar",
		"dommages et intérêts~0.8", "daños y perjuicios~0.8", "claim for damages", "claim damages")
	// a start told by what happened then: "since the smart meter was
	// swapped yesterday"
	out[sigNow] = append(out[sigNow], "since the * was~0.6", "since the * * was~0.6", "since the * were~0.6",
		"since the * * were~0.6", "since the * got~0.6", "since the * * got~0.6")
	// power gone, an automatic reply as the only answer, a provider left
	out[sigOutage] = append(out[sigOutage], "strom ist weg", "strom weg", "kein strom", "no power", "power is out",
		"power has gone", "plus de courant", "plus d'électricité", "sin luz", "nos hemos quedado sin luz",
		"heating hasn't come on", "heating has not come on", "heizung geht nicht", "plus de chauffage",
		"sin calefacción")
	out[sigRepeat] = append(out[sigRepeat], "only an automatic reply~1.2", "only automated replies~1.2", "only an automated reply~1.2",
		"que des réponses automatiques~1.2", "qu'une réponse automatique~1.2",
		"solo respuestas automáticas~1.2", "solo una respuesta automática~1.2")
	out[sigCalm] = append(out[sigCalm], "kam nur eine automatische antwort~0", "kamen nur automatische antworten~0",
		"bekam nur eine automatische antwort~0", "bekommen nur automatische antworten~0",
		"reçu que des réponses automatiques~0", "reçu qu'une réponse automatique~0",
		"recibido solo respuestas automáticas~0", "recibido solo una respuesta automática~0",
		"got only an automatic reply~0", "only got an automatic reply~0", "only got automated replies~0")
	out[sigPlea] = append(out[sigPlea], "dank für die schnelle rückmeldung~0", "danke für die schnelle rückmeldung~0",
		"thanks for the quick reply~0", "thank you for the quick reply~0", "merci pour la réponse rapide~0",
		"gracias por la rápida respuesta~0")
	// an auto-reply as all the customer got is no out-of-office note
	out[sigCalm] = append(out[sigCalm], "beyond an auto reply~0", "only an auto reply~0", "just an auto reply~0",
		"nothing but an auto reply~0", "other than an auto reply~0", "except an auto reply~0",
		"beyond an automatic reply~0", "other than an automatic reply~0", "nothing but an automatic reply~0")
	// work typed and lost, and what students, staff or clients cannot hand in
	out[sigDataLoss] = append(out[sigDataLoss], "se pierde todo", "se pierde lo que", "everything is lost",
		"everything they typed is lost", "alles geht verloren", "geht alles verloren", "tout est perdu",
		"on perd tout", "ils perdent tout")
	add(sigOutage, []string{"no puedo", "no podemos", "no pueden", "no puede", "can't", "cannot", "unable to",
		"ne peuvent pas", "ne peut pas", "ne pouvons pas", "können nicht", "kann nicht"},
		[]string{"entregar", "hand in", "submit their", "rendre leurs", "abgeben", "einreichen"}, []string{"~0.8"})
	// everyone back in without trouble
	out[sigResolved] = append(out[sigResolved], "wieder problemlos", "kommen wieder ins", "komme wieder ins",
		"de nouveau sans problème", "sin problemas de nuevo", "again without any problem", "back in without")
	out[sigOutage] = append(out[sigOutage], "wieder problemlos ins system~0", "wieder ins system~0",
		"problemlos ins system~0", "wieder ins konto~0")
	// leaving in more words: winding down, done with the shop, an account
	// to delete, a service dispensed with, business taken elsewhere
	out[sigChurn] = append(out[sigChurn], "wind down our account~1.8", "winding down our account~1.8",
		"wind down our~1.2", "war es das für uns~1.5", "dann war es das~1.5", "that's it for us~1.5",
		"se acabó para nosotros~1.5", "ce sera fini pour nous~1.5", "bin ich fertig mit ihrem~1.8",
		"fertig mit ihrem shop~1.8", "löschen sie mein kundenkonto~1.5", "löschen sie mein konto~1.5",
		"delete my account~1.5", "supprimez mon compte~1.5", "supprimer mon compte~1.2", "borren mi cuenta~1.5",
		"eliminen mi cuenta~1.5", "die plattform nicht mehr nutzen~1.5", "ihre plattform nicht mehr nutzen~1.5",
		"ihren dienst nicht mehr nutzen~1.5", "will no longer use your~1.5", "won't be using your~1.5",
		"n'utiliserons plus votre~1.5", "n'utiliserons plus la plateforme~1.5", "dejaremos de usar su~1.5",
		"ya no usaremos su~1.5", "prescindir de su servicio~1.8", "prescindir de sus servicios~1.8",
		"dispense with your service~1.8", "auf ihre dienste verzichten~1.8", "nous passer de vos services~1.8",
		"llevaremos nuestro negocio~1.8", "take our business elsewhere~1.8", "irons voir ailleurs~1.8",
		"trialling a competitor~1.5", "trialing a competitor~1.5", "trialling a competitor's~1.5",
		"trialing a competitor's~1.5", "before we close the account~1.2",
		"before we close our account~1.2")
	out[sigUltimatum] = append(out[sigUltimatum], "à moins d'un~0.8", "à moins d'une~0.8", "à moins que~0.8")
	// other people's data shown, servers that answer with errors
	out[sigSecurity] = append(out[sigSecurity], "de otras personas~0.8", "d'autres personnes~0.8",
		"anderer personen~0.8", "other people's~0.8", "anderer kunden~0.8", "d'autres clients~0.8",
		"de otros clientes~0.8")
	out[sigOutage] = append(out[sigOutage], "returning 503s", "returning 500s", "returning 503", "returning 500",
		"effectively offline", "praktisch offline", "pratiquement hors ligne", "prácticamente fuera de línea")
	// German repeat contact: documents sent and reminded again
	out[sigRepeat] = append(out[sigRepeat], "dennoch erhalten wir erneut~1.2", "erneut eine mahnung~1.2",
		"trotzdem erneut eine mahnung~1.2")
	out[sigCalm] = append(out[sigCalm], "nur eine automatische antwort~0", "nur automatische antworten~0")
	// working together again is no contact repeated
	out[sigRepeat] = append(out[sigRepeat], "travailler à nouveau~0", "à nouveau avec vous~0", "work with you again~0",
		"wieder mit ihnen zusammenzuarbeiten~0", "trabajar de nuevo con ustedes~0", "trabajar de nuevo con vosotros~0")
	// churn in more words still: switching weighed, a rival's offer on
	// the table, a renewal refused in the present, a cancellation the
	// vendor is left to talk the customer out of
	out[sigChurn] = append(out[sigChurn], "überlegen ernsthaft zu wechseln~1.5", "überlegen zu wechseln~1.5",
		"überlegen wir zu wechseln~1.5", "considering switching~1.5", "thinking of switching~1.5",
		"envisageons de changer~1.5", "angebot vom wettbewerber~1.5",
		"angebot eines wettbewerbers~1.5", "offer from a competitor~1.5", "offre d'un concurrent~1.5",
		"oferta de la competencia~1.5", "ne renouvelle pas~1.8", "ne renouvelons pas~1.8",
		"move elsewhere~1.5", "moving elsewhere~1.5", "convaincre de ne pas résilier~1.8",
		"convince me not to cancel~1.8", "convince us not to cancel~1.8", "convencerme de no darme de baja~1.8",
		"regretter mon ancien opérateur~1.5", "me daré de baja~1.8", "nos daremos de baja~1.8",
		"me doy de baja~1.8")
	out[sigRepeat] = append(out[sigRepeat], "bislang leider keine antwort~1.2", "bislang keine antwort~1.2",
		"noch keine antwort erhalten~1.2", "toujours aucune nouvelle~1.2", "still no news~1.2",
		"sigo sin noticias~1.2")
	// symptoms a blocked customer tells without a word for them: a loop
	// back to the start, a code that never comes, a step never passed,
	// pages left blank, nothing saved, sales stopped dead
	out[sigOutage] = append(out[sigOutage], "round and round~0.8", "going in circles~0.8", "im kreis~0.8",
		"en boucle~0.8", "en bucle~0.8", "never get past~0.8", "can't get past~0.8", "cannot get past~0.8",
		"nunca paso de~0.8", "no paso de~0.8", "ne passe jamais~0.8", "sends me back to the start~0.8",
		"takes me back to the start~0.8", "back to the login page~0.8", "zurück zur startseite~0.8",
		"zurück auf die startseite~0.8", "me renvoie à la page d'accueil~0.8", "me renvoie à l'accueil~0.8",
		"me devuelve a la página de inicio~0.8", "me devuelve al inicio~0.8", "ne le reçois jamais~0.8",
		"never receive the code~0.8", "never get the code~0.8", "bekomme den code nie~0.8",
		"nunca me llega el código~0.8", "nunca recibo el código~0.8", "pages blanches~0.8", "leere seiten~0.8",
		"páginas en blanco~0.8", "rien n'est enregistré~0.8", "nothing is saved~0.8", "nothing gets saved~0.8",
		"nichts wird gespeichert~0.8", "no se guarda nada~0.8", "parado en seco~0.8", "stopped dead~0.8",
		"als ungültig~0.8", "rejected as invalid~0.8", "comme invalide~0.8", "como inválido~0.8",
		"caduca antes de que~0.8", "komplett leer~0.8", "nothing to work with~0.8")
	add(sigOutage, []string{"no hemos podido", "no han podido"}, []string{"despachar", "enviar", "entrar", "cobrar",
		"facturar", "imprimir", "acceder"}, []string{"~0.8"})
	out[sigWaiting] = append(out[sigWaiting], "opening hours~0", "office hours~0", "business hours~0")
	out[sigChurn] = append(out[sigChurn], "on met les voiles~1.5", "nous mettons les voiles~1.5")
	// leaving told in still more words: a better deal to be matched, a
	// tool that did not make the cut, a contract not carried on, a way
	// out of it asked for, a move to the rival named by brand
	out[sigChurn] = append(out[sigChurn], "not working out for us~1.5", "looking at other options~1.5",
		"offered us a better deal~1.5", "offered us a much better deal~1.5", "unless you can match~1.5",
		"match their offer~1.5", "moving across~1.2", "didn't make the cut~1.5", "did not make the cut~1.5",
		"aus dem vertrag herauskomme~1.8", "aus dem vertrag herauskommen~1.8", "uns neu orientieren~1.5",
		"wechseln wir~1.5", "dann wechseln wir~1.8", "nicht weiterzuführen~1.5", "abo nicht weiterzuführen~1.8",
		"question de la suite~1.5", "ne sera pas reconduit~1.8", "ne sera pas renouvelé~1.8",
		"ne seront pas reconduits~1.8", "wird nicht verlängert~1.8", "will not be renewed~1.8",
		"won't be renewed~1.8", "no será renovado~1.8", "no se renovará~1.8", "je pars chez eux~1.8",
		"nous partons chez eux~1.8", "arrêtons d'utiliser votre~1.8", "stop using your~1.5",
		"dejamos de usar su~1.5", "mets fin à mon abonnement~1.8", "je mets fin à~1.5", "irme con ellos~1.5",
		"irnos con ellos~1.5", "no seguir con ustedes~1.8", "no seguir con vosotros~1.8",
		"antes de cerrar la cuenta~1.2", "before closing the account~1.2")
	out[sigUltimatum] = append(out[sigUltimatum], "sauf geste~0.8", "sauf si~0.7")
	// leaving told as housekeeping: billing to stop, a number ported, an
	// account to close, something found that suits better
	out[sigChurn] = append(out[sigChurn], "stop charging my card~1.5", "stop charging me~1.5",
		"would like the account closed~1.5", "suits us better~1.2", "found a tool that suits us better~1.8",
		"werde also wechseln~1.5", "ich werde wechseln~1.5", "werde ich wechseln~1.5", "wir werden wechseln~1.5",
		"die zusammenarbeit beenden~1.8", "zusammenarbeit zum * beenden~1.8", "besser zu uns passt~1.2",
		"ne renouvellerons donc pas~1.8", "passons sur un autre~1.5", "fermeture de notre compte~1.5",
		"ne plus effectuer de prélèvement~1.5", "correspond mieux~1.2", "nous convient mieux~1.2",
		"doy de baja mi~1.8", "doy de baja la~1.8", "justificante de la baja~1.5", "pido la portabilidad~1.8",
		"solicitar la portabilidad~1.8", "solicito la portabilidad~1.8", "treat this as our notice~1.8",
		"treat this as notice~1.8", "consider this our notice~1.8", "consider this my notice~1.8",
		"doy de baja las~1.8", "doy de baja los~1.8", "la doy de baja~1.8", "lo doy de baja~1.8",
		"los doy de baja~1.8", "la goutte d'eau qui fait déborder le vase~1.5", "der tropfen, der das fass~1.5",
		"la gota que colma el vaso~1.5", "resolver el contrato~1.8", "rescindir el contrato~1.8")
	// neither this nor that works
	out[sigOutage] = append(out[sigOutage], "funktionieren weder", "funktioniert weder", "ne fonctionnent ni",
		"ne fonctionne ni", "ne marchent ni", "no funciona ni", "no funcionan ni", "neither the internet nor",
		"weder internet noch telefon", "ni internet ni téléphone", "ni internet ni teléfono",
		"neither internet nor phone", "has been off since", "have been off since", "been off since~0.8",
		"privé d'électricité", "privés d'électricité", "sans électricité~0.8", "sin electricidad~0.8",
		"ohne strom~0.8", "without power~0.8")
	out[sigChurn] = append(out[sigChurn], "pedido presupuesto a otra~1.5", "pedido presupuestos a otras~1.5",
		"quote from another company~1.5", "angebot bei einer anderen firma~1.5", "devis à une autre société~1.5",
		"taking this policy~1.2", "take my policy elsewhere~1.8")
	out[sigAngerWord] = append(out[sigAngerWord], "hasta las narices")
	// a login that asks for what the customer no longer has, a screen
	// that never finishes
	out[sigOutage] = append(out[sigOutage], "se queda en gris~0.8", "se queda en negro~0.8", "se queda colgada~0.8",
		"nunca termina de cargar~0.8", "never finishes loading~0.8", "lädt endlos~0.8", "charge indéfiniment~0.8",
		"n'en finit pas de charger~0.8")
	// the writer's own security setting
	out[sigCalm] = append(out[sigCalm], "minutos sin actividad", "minutes sans activité", "minuten ohne aktivität",
		"minutes of inactivity", "minutos de inactividad")
	out[sigAngerWord] = append(out[sigAngerWord], "ras le bol")
	// waiting and chasing in more words, the previous customer's data
	out[sigWaiting] = append(out[sigWaiting], "wie lange soll ich noch warten", "how much longer do i have to wait",
		"combien de temps dois je encore attendre", "cuánto tiempo más tengo que esperar")
	out[sigRepeat] = append(out[sigRepeat], "no llamó nadie~1.5", "nadie llamó~1.5", "volví a llamar~1.2",
		"volvimos a llamar~1.2", "niemand kümmert sich~1.2",
		"personne ne s'occupe~1.2", "nadie se ocupa~1.2", "nobody takes care~1.2")
	out[sigSecurity] = append(out[sigSecurity], "des vorherigen kunden~0.8", "du client précédent~0.8",
		"del cliente anterior~0.8", "the previous customer's~0.8")
	out[sigOutage] = append(out[sigOutage], "la cuenta no existe~0.8", "account does not exist~0.8",
		"account doesn't exist~0.8", "konto existiert nicht~0.8", "le compte n'existe pas~0.8")
	out[sigChurn] = append(out[sigChurn], "je vous quitte~1.8", "ich kündige bei ihnen~1.8", "os dejo~1.2",
		"les dejo~1.2")
	out[sigUltimatum] = append(out[sigUltimatum], "soit vous~0.7", "entweder sie~0.7", "o ustedes~0.5")
	out[sigChurn] = append(out[sigChurn], "regarder ailleurs~1.5", "look elsewhere~1.5", "looking elsewhere~1.5",
		"woanders umsehen~1.5", "buscar en otro sitio~1.5", "mirar otras opciones~1.5")
	out[sigOutage] = append(out[sigOutage], "caducó antes de que~0.8", "expired before i could~0.8",
		"a expiré avant que~0.8", "abgelaufen, bevor~0.8")
	add(sigOutage, []string{"can't", "cannot", "unable to"}, []string{"reset passwords", "add users", "change billing",
		"get into"}, []string{"~0.8"})
	// what does not show up where it should: "none of those orders show
	// up on the kitchen list", "im Kalender taucht nichts davon auf"
	add(sigOutage, []string{"none of those *", "none of the *", "none of our *", "none of them", "nothing"},
		[]string{"show up", "shows up", "appear", "appears"}, []string{"~0.8"})
	// (nothing of it, not "the error doesn't appear", which is good news)
	out[sigOutage] = append(out[sigOutage], "taucht nichts auf~0.8", "taucht nichts davon auf~0.8",
		"erscheint nichts~0.8", "rien n'apparaît~0.8", "n'apparaissent nulle part~0.8", "no aparece nada~0.8",
		"no sale nada~0.8")
	// working well again, told as thanks are: "all working fine since",
	// "ya va todo perfecto", "tout fonctionne normalement depuis", "lief
	// wieder einwandfrei"
	add(sigResolved, []string{"working fine", "works fine", "running fine", "been fine", "all fine",
		"working perfectly", "been perfect", "worked perfectly", "worked fine", "running smoothly",
		"run smoothly", "ran smoothly"}, []string{"since", "ever since", "again", "now"}, []string{""})
	out[sigResolved] = append(out[sigResolved], "all working fine", "everything working fine",
		"had us back in", "got us back in", "have been fine since", "been fine ever since")
	add(sigResolved, []string{"funciona", "va", "funciona todo", "va todo", "todo va", "todo funciona"},
		[]string{"perfecto", "perfectamente", "de maravilla", "sin problemas", "sin ningún problema"}, []string{""})
	out[sigResolved] = append(out[sigResolved], "ni un problema", "ni un solo problema")
	add(sigResolved, []string{"fonctionne", "fonctionnent", "marche", "marchent", "tout fonctionne", "tout marche"},
		[]string{"normalement", "parfaitement", "à merveille", "impeccablement", "sans souci", "sans problème"},
		[]string{""})
	out[sigResolved] = append(out[sigResolved], "a pu se reconnecter", "ont pu se reconnecter",
		"avons pu nous reconnecter", "tout est rentré dans l'ordre")
	add(sigResolved, []string{"läuft", "lief", "laufen", "liefen", "funktioniert", "funktionierte", "klappt",
		"läuft alles", "funktioniert alles"}, []string{"wieder einwandfrei", "einwandfrei", "wieder problemlos",
		"problemlos", "wieder reibungslos", "reibungslos", "wieder tadellos"}, []string{""})
	out[sigResolved] = append(out[sigResolved], "keine probleme mehr", "überhaupt keine probleme",
		"keinerlei probleme", "wieder einwandfrei", "wieder reibungslos", "wieder tadellos")
	// a contract under review by whoever decides: "the board is
	// reconsidering the contract", "réexaminer le contrat qui nous lie",
	// "el patronato está reconsiderando el contrato"
	add(sigChurn, []string{"reconsidering", "reconsider", "reexamining", "reexamine",
		"réexaminer", "réexaminons", "réexamine", "reconsidérer", "reconsidérons", "reconsidère", "revoir",
		"reconsiderando", "reconsiderar", "replanteando", "replantear", "revisando", "replanteándonos"},
		[]string{"the contract", "our contract", "the agreement", "our agreement", "the relationship",
			"le contrat", "notre contrat", "notre partenariat", "el contrato", "nuestro contrato", "la relación"},
		[]string{""})
	out[sigChurn] = append(out[sigChurn], "den vertrag überdenken", "vertrag auf den prüfstand",
		"überdenken den vertrag", "überdenken wir den vertrag", "stellen den vertrag in frage")
	// a card refused at the till
	out[sigOutage] = append(out[sigOutage], "card was declined", "card declined", "card got declined",
		"card keeps getting declined", "card is being declined", "karte wurde abgelehnt", "karte abgelehnt",
		"carte refusée", "carte a été refusée", "carte est refusée", "rechazado la tarjeta", "rechazaron la tarjeta",
		"rechazan la tarjeta", "tarjeta rechazada", "rechaza la tarjeta")
	out[sigResolved] = append(out[sigResolved], "had it sorted", "had it fixed", "had us sorted",
		"had everything sorted", "had it all sorted")
	// a heads-up of something planned
	out[sigCalm] = append(out[sigCalm], "fire drill~0.6",
		"feueralarmübung~0.6", "exercice d'évacuation~0.6", "exercice incendie~0.6", "simulacro~0.6",
		"nothing for you to do~0.8", "so geplant~0.8", "ist so geplant~0.8", "recovery drill~0.8",
		"failover test~0.6", "test failover~0.6", "notfallübung~0.6", "simulacro de~0.6", "feuerwehrübung~0.6",
		"brandschutzübung~0.6", "räumungsübung~0.6", "evakuierungsübung~0.6")
	// charged twice in other words, working again in others, going
	// elsewhere, an account held for credit, an order that cannot be placed
	out[sigComplaint] = append(out[sigComplaint], "double charge", "double charges", "charged double",
		"cobrais doble", "cobráis doble", "cobrado doble", "cobran doble", "doble cobro", "double prélèvement",
		"doppelte abbuchung")
	out[sigResolved] = append(out[sigResolved], "läuft wieder alles", "geht wieder alles", "refonctionne",
		"remarche", "funciona otra vez")
	out[sigChurn] = append(out[sigChurn], "vais voir ailleurs~1.5", "allons voir ailleurs~1.5",
		"me voy con otra~1.5", "me voy con otro~1.5", "nos vamos con otra~1.5", "nos vamos con otro~1.5",
		"me paso a otra~1.5", "nos pasamos a otra~1.5")
	// utilities off, and who depends on them
	out[sigOutage] = append(out[sigOutage], "no heating", "no hot water", "no heat", "no water", "no electricity",
		"no gas", "supply off", "power cut", "without power", "without water", "without heating",
		"kein wasser", "keine heizung", "kein warmwasser", "kein gas", "wasser ist weg", "heizung ist aus",
		"pas d'eau", "plus d'eau", "pas de chauffage", "pas d'électricité", "pas de courant", "coupure de courant",
		"coupure d'eau", "sans eau", "sans chauffage", "sans électricité", "sans courant", "sin agua",
		"sin agua caliente", "sin gas", "sin electricidad", "corte de luz", "corte de agua", "no hay agua",
		"no hay luz", "en défaut", "sin fijo", "sin teléfono fijo", "throwing an error", "throwing errors",
		"throws an error", "throws errors", "returning an error", "returns an error", "returning errors",
		"gives an error", "giving an error")
	out[sigImpact] = append(out[sigImpact], "day old baby~0.8", "week old baby~0.8", "newborn~0.6",
		"dialysis~0.8", "heimdialyse~0.8", "dialyse~0.8", "diálisis~0.8", "beatmungsgerät~0.8",
		"ventilator~0.6", "respirateur~0.6", "respirador~0.6", "oxygen concentrator~0.8",
		"sauerstoffgerät~0.8", "turning away customers", "turning customers away", "turn away customers",
		"kunden wegschicken", "clients repartent", "rechazando clientes")
	out[sigNow] = append(out[sigNow], "ever since~0.6", "since the * went out~0.6", "since the * * went out~0.6")
	// a lift stuck, a line that rings out, who cannot take the stairs,
	// and what was repaired
	out[sigOutage] = append(out[sigOutage], "stopped between~0.8", "stuck between floors", "stuck in the lift",
		"stuck in the elevator", "im aufzug stecken", "im aufzug fest", "coincé dans l'ascenseur",
		"coincée dans l'ascenseur", "atrapado en el ascensor", "atrapada en el ascensor", "not moved since~0.8",
		"hasn't moved since~0.8")
	out[sigRepeat] = append(out[sigRepeat], "just rings out", "rings out", "klingelt ins leere",
		"sonne dans le vide", "suena y suena")
	out[sigImpact] = append(out[sigImpact], "wheelchair~0.6", "rollstuhl~0.6", "fauteuil roulant~0.6",
		"silla de ruedas~0.6")
	out[sigResolved] = append(out[sigResolved], "a été réparé", "a été réparée", "ont été réparés",
		"ont été réparées", "est réparé", "est réparée", "been repaired", "was repaired", "were repaired",
		"ha sido reparado", "ha sido reparada", "fue reparado", "fue reparada", "wurde repariert")
	out[sigImpact] = append(out[sigImpact], "busiest day~0.6", "biggest day of the year~0.8",
		"biggest * day of the year~0.8", "most important day of the year~0.8")
	out[sigRepeat] = append(out[sigRepeat], "dauerbesetzt", "ständig besetzt", "immer besetzt",
		"always engaged", "line is always busy", "ne décroche pas", "ne décroche plus", "personne ne décroche",
		"siempre comunica", "comunica todo el rato")
	out[sigCalm] = append(out[sigCalm], "nothing is broken~0.8", "nothing's broken~0.8", "nichts ist kaputt~0.8",
		"rien n'est cassé~0.8", "nada está roto~0.8", "continuity exercise~0.6", "business continuity~0.5",
		"plan de continuité~0.5", "plan de contingencia~0.5", "notfallplan~0.5",
		"geht wieder raus~0", "gehen wieder raus~0", "geht wieder weg~0", "gehen wieder weg~0")
	out[sigChurn] = append(out[sigChurn], "no tenemos intención de renovar~1.8",
		"no tengo intención de renovar~1.8", "no tenemos intención de continuar~1.8",
		"n'avons pas l'intention de renouveler~1.8", "have no intention of renewing~1.8",
		"do not intend to renew~1.8", "don't intend to renew~1.8", "ne renouvellerai pas~1.8",
		"ne reconduirai pas~1.8", "c'est la dernière fois~1.2", "c'est la derniere fois~1.2",
		"no pienso renovar~1.8", "no pensamos renovar~1.8", "no pienso seguir con~1.5",
		"busquen otro cliente~1.5", "buscaos otro cliente~1.5", "find another customer~1.5",
		"cherchez un autre client~1.5", "suchen sie sich einen anderen kunden~1.5", "no pienso pagar ni~1.5",
		"ni un mes más~1.2", "pas un mois de plus~1.2", "keinen monat länger~1.2", "not another month~1.2",
		"close the * account~1.5", "close our * account~1.5", "close my * account~1.5")
	out[sigChurn] = append(out[sigChurn], "won't be ordering from you again~1.8",
		"won't order from you again~1.8", "will not order from you again~1.8",
		"ne commanderai plus chez vous~1.8", "no volveré a comprar~1.5", "no volveré a pedir~1.5")
	out[sigOutage] = append(out[sigOutage], "carte avalée", "a été avalée", "carte en opposition",
		"card swallowed", "swallowed my card", "karte eingezogen", "karte wurde eingezogen", "tarjeta retenida",
		"se ha tragado la tarjeta", "sans moyen de paiement~0.8", "sans autre moyen de paiement~0.8",
		"without any way to pay~0.8", "sin forma de pagar~0.8", "ohne zahlungsmittel~0.8")
	out[sigCalm] = append(out[sigCalm], "rien à redire~0.8", "nothing to complain about~0.8",
		"nichts auszusetzen~0.8", "nada que objetar~0.8", "nada que reprochar~0.8",
		// the customer's own card, said to be fine beside a refusal, is
		// no calm
		"karte ist in ordnung~0", "tarjeta está bien~0", "card is fine~0", "card works fine~0",
		"carte fonctionne~0", "karte funktioniert~0", "tarjeta funciona~0")
	out[sigChurn] = append(out[sigChurn], "signed with someone else~1.8", "signed up with someone else~1.8",
		"set things up with someone else~1.8", "going with someone else~1.5", "gone with someone else~1.5",
		"make sure nothing renews~1.5", "taking our business to~1.8", "take our business to~1.8",
		"moving our business to~1.8", "llevar nuestro negocio a~1.8", "dadme de baja~1.8", "denme de baja~1.8",
		"no pienso seguir pagando~1.8", "ne renouvellerai rien~1.8", "fermeture de mon compte~1.5",
		"hemos firmado con otra~1.5", "ya firmamos con otra~1.5", "signé avec un autre~1.5")
	out[sigChurn] = append(out[sigChurn], "keine gemeinsame zukunft~1.8", "no future together~1.8",
		"plus d'avenir ensemble~1.8", "ningún futuro juntos~1.8", "hemos decidido no seguir~1.8",
		"decidido no seguir~1.5", "trabajaremos con otro~1.5", "trabajaremos con otra~1.5",
		"work with another provider~1.5", "travaillerons avec un autre~1.5")
	out[sigCalm] = append(out[sigCalm], "can't believe it~0", "still can't believe~0", "no need to~0.5",
		"nothing p1~0.8")
	out[sigOutage] = append(out[sigOutage], "has not loaded~0.8", "hasn't loaded~0.8", "have not loaded~0.8",
		"haven't loaded~0.8")
	out[sigImpact] = append(out[sigImpact], "queuing out of the door", "queueing out of the door",
		"on paper~0.6", "auf papier~0.6", "sur papier~0.6", "en papel~0.6")
	out[sigChurn] = append(out[sigChurn], "letzte bestellung bei ihnen~1.5", "last order with you~1.5",
		"dernière commande chez vous~1.5", "último pedido con ustedes~1.5", "war das unsere letzte~1.5")
	out[sigComplaint] = append(out[sigComplaint], "doppelt berechnet", "doppelt berechneten",
		"doppelt berechnete")
	out[sigCalm] = append(out[sigCalm], "aucun souci avec votre~0.8", "aucun souci avec vos~0.8",
		"no problem with your service~0.8", "kein problem mit ihrem~0.8", "ningún problema con su servicio~0.8")
	out[sigOutage] = append(out[sigOutage], "shows sold out~0.8", "show sold out~0.8", "showing sold out~0.8",
		"zero stock~0.8", "pushed zero~0.8", "als ausverkauft~0.8", "aparecen agotados~0.8",
		"apparaissent en rupture~0.8")
	out[sigImpact] = append(out[sigImpact], "biggest sale weekend~0.8", "biggest * weekend of the year~0.8",
		"busiest weekend~0.6")
	out[sigChurn] = append(out[sigChurn], "ne commanderai plus~1.8", "vous pouvez oublier~1.2")
	out[sigResolved] = append(out[sigResolved], "llegado el reembolso~0.8", "todo perfecto~0.8")
	out[sigChurn] = append(out[sigChurn], "j'arrête tout~1.5", "on arrête tout~1.5", "je regrette d'avoir choisi~1.2",
		"firmado con otra~1.8", "quiero la baja~1.8", "decidido llevarnos~1.5", "we've found a provider~1.5",
		"found another provider~1.5", "found a new provider~1.5", "found a better provider~1.5",
		"encontrado otro proveedor~1.5", "trouvé un autre prestataire~1.5", "einen anderen anbieter gefunden~1.5")
	out[sigCalm] = append(out[sigCalm], "einen standort weniger~0.8", "one site fewer~0.8", "un site de moins~0.8",
		"una sede menos~0.8")
	out[sigChurn] = append(out[sigChurn], "perdido como cliente~1.8", "you've lost me as a customer~1.8",
		"lost me as a customer~1.8", "vous avez perdu un client~1.8", "vous avez perdu une cliente~1.8",
		"als kunden verloren~1.8", "dénme de baja~1.8")
	out[sigResolved] = append(out[sigResolved], "seitdem einwandfrei", "seither einwandfrei", "wieder alles da")
	out[sigOutage] = append(out[sigOutage], "internet weg", "internet ist weg", "internet komplett weg",
		"declining every~0.8", "declining all~0.8", "declines every~0.8")
	out[sigImpact] = append(out[sigImpact], "termine absagen~0.8", "cancel appointments~0.8",
		"leaving full baskets~0.8", "leaving their baskets~0.8", "madre de * años~0.6", "padre de * años~0.6",
		"year old mother~0.6", "year old father~0.6", "mère de * ans~0.6", "père de * ans~0.6")
	out[sigChurn] = append(out[sigChurn], "bestell ich woanders~1.5", "bestelle ich woanders~1.5",
		"das wars dann~1.2", "ich bin raus~1.5", "woanders kunde~1.5", "machen sie alles zu~1.5",
		"don't bother renewing~1.8", "take my money somewhere~1.5", "take my money elsewhere~1.5",
		"he contratado con otra~1.8", "contratado con otra~1.8", "contratado con otro~1.8",
		"ne souhaitons pas poursuivre~1.8", "ne souhaite pas poursuivre~1.8", "do not wish to continue~1.8",
		"no deseamos continuar~1.8", "möchten nicht weitermachen~1.8")
	out[sigAngerWord] = append(out[sigAngerWord], "schnauze voll")
	out[sigImpact] = append(out[sigImpact], "monate altes baby~0.8", "wochen altes baby~0.8",
		"month old baby~0.8", "months old baby~0.8")
	out[sigCalm] = append(out[sigCalm], "nothing wrong at all~0.8", "you've been great~0.6",
		"tout s'est très bien passé~0.8", "tout s'est bien passé~0.8")
	out[sigResolved] = append(out[sigResolved], "now runs perfectly", "now works perfectly", "now works fine",
		"now runs fine", "runs perfectly now", "runs fine now")
	out[sigRepeat] = append(out[sigRepeat], "mil veces~0.8", "a thousand times~0.8", "tausendmal~0.8",
		"mille fois~0.8", "nadie hace nada", "nobody does anything", "personne ne fait rien",
		"keiner macht was", "niemand macht was")
	out[sigOutage] = append(out[sigOutage], "ins leere~0.8", "quitado el acceso", "me han quitado el acceso",
		"removed my access", "zugang entzogen", "ha retirado el acceso", "dropped orders~0.8",
		"dropping orders~0.8", "dropped our orders~0.8", "zu null euro~0.8")
	out[sigImpact] = append(out[sigImpact], "verlorene bestellung~0.8", "lost orders~0.8",
		"commandes perdues~0.8", "pedidos perdidos~0.8")
	out[sigLegal] = append(out[sigLegal], "dgccrf", "verbraucherzentrale", "ombudsman", "oficina del consumidor")
	out[sigResolved] = append(out[sigResolved], "alles wieder ok", "wieder ok", "wieder okay", "had it back up",
		"got it back up", "had us back up")
	out[sigCalm] = append(out[sigCalm], "nada que ver con el servicio~0.8", "nothing to do with your service~0.8",
		"rien à voir avec le service~0.8", "nichts mit ihrem service zu tun~0.8", "ist aber nichts passiert~0.6",
		"zum glück nichts passiert~0.6", "no harm done~0.6")
	out[sigResolved] = append(out[sigResolved], "quedó perfecto", "todo quedó perfecto", "quedó solucionado",
		"quedó arreglado", "received the refund~0.8", "refund has arrived~0.8", "remboursement reçu~0.8",
		"erstattung erhalten~0.8", "vi el reembolso~0.8")
	out[sigResolved] = append(out[sigResolved], "alles wieder in ordnung", "wieder in ordnung",
		"ist heute eingegangen~0.8", "ist eingegangen~0.8", "sind eingegangen~0.8")
	out[sigCalm] = append(out[sigCalm], "nicht mehr damit gerechnet~0", "nicht mehr gerechnet~0")
	out[sigImpact] = append(out[sigImpact], "heimschicken~0.8", "nach hause schicken~0.8",
		"wartezimmer ist voll~0.8", "wartezimmer voll~0.8")
	out[sigChurn] = append(out[sigChurn], "wars das für mich~1.5", "war's das für mich~1.5",
		"das war's für mich~1.5", "ich wechsle zum~1.2", "ich wechsel zum~1.2", "ich wechsele zum~1.2",
		"wir wechseln zum~1.2", "ne resterai pas~1.5", "ne resterons pas~1.5", "mon nouvel assureur~1.5",
		"mon nouveau fournisseur~1.5", "my new provider~1.5", "my new insurer~1.5", "our new provider~1.5",
		"mi nueva aseguradora~1.5", "mi nuevo proveedor~1.5", "mein neuer anbieter~1.5",
		"meine neue versicherung~1.5", "that's where we're going~1.2", "that's where we are going~1.2",
		"not paying another penny~1.5", "not paying another cent~1.5", "keinen cent mehr~1.5",
		"pas un centime de plus~1.5", "ni un céntimo más~1.5", "ni un euro más~1.5",
		"off your platform~1.2", "off your booking platform~1.2", "remove us from your platform~1.2")
	out[sigCalm] = append(out[sigCalm], "rien de grave~0.8", "nothing serious~0.8", "nichts schlimmes~0.8",
		"nada grave~0.8", "failover drill~0.6", "evacuation drill~0.6", "dr drill~0.6", "worked offline~0",
		"works offline~0", "working offline~0")
	out[sigOutage] = append(out[sigOutage], "solo lectura~0.8", "read only mode~0.8",
		"lecture seule~0.8", "schreibgeschützt~0.8", "nur lesezugriff~0.8")
	out[sigChurn] = append(out[sigChurn], "no seguirá con ustedes~1.8", "no seguiremos con ustedes~1.8",
		"no seguiremos con vosotros~1.8", "no continuaremos con ustedes~1.8", "no continuará con ustedes~1.8",
		"won't be continuing with you~1.8", "will not be continuing with you~1.8", "will not continue with you~1.8",
		"ne continuera pas avec vous~1.8", "ne continuerons pas avec vous~1.8",
		"nicht mit ihnen weitermachen~1.8", "nicht weiter mit ihnen zusammenarbeiten~1.8")
	out[sigResolved] = append(out[sigResolved], "todo funciona bien", "tout fonctionne bien",
		"everything works fine", "everything is working fine", "alles funktioniert einwandfrei")
	out[sigOutage] = append(out[sigOutage], "on credit hold", "account on hold~0.8", "was declined~0.7",
		"were declined~0.7", "got declined~0.7", "can't place the order~0.8", "cannot place the order~0.8",
		"can't place an order~0.8", "cannot place an order~0.8")
	// the last time, keeping the customer, going over to a rival, and
	// contracts not carried on
	out[sigChurn] = append(out[sigChurn], "c'est la dernière fois que je~1.5", "c'est la derniere fois que je~1.5",
		"this is the last time i~1.5", "that's the last time i~1.5", "es la última vez que~1.5",
		"es la ultima vez que~1.5", "das war das letzte mal~1.5", "si quieren conservar~1.5",
		"si queréis conservar~1.5", "si quieren mantener la cuenta~1.5", "if you want to keep our business~1.5",
		"if you want to keep us~1.5", "if you want to keep the account~1.5", "si vous voulez nous garder~1.5",
		"si vous souhaitez nous garder~1.5", "si vous voulez garder notre~1.5",
		"wenn sie uns als kunden behalten~1.5", "wenn sie uns behalten wollen~1.5",
		"me voy con la competencia~1.8", "nos vamos con la competencia~1.8", "me voy a la competencia~1.8",
		"nos vamos a la competencia~1.8", "ne reconduira pas~1.8", "ne reconduirons pas~1.8",
		"ne renouvellera pas~1.8", "ne renouvellerons pas~1.8", "ne prolongera pas~1.8",
		"ne prolongerons pas~1.8", "no renovará~1.8", "will not renew~1.8", "won't be renewing~1.8",
		"will not be renewing~1.8")
	// a disgrace in the other languages, travellers left stranded, staff
	// standing idle, no one who says anything
	out[sigAngerWord] = append(out[sigAngerWord], "una vergüenza", "es una vergüenza", "una verguenza",
		"quelle honte", "c'est une honte", "une honte", "eine schande", "ist eine schande")
	out[sigImpact] = append(out[sigImpact], "dejaron tirados", "nos dejaron tirados", "nos han dejado tirados",
		"me dejaron tirado", "me dejaron tirada", "parados~0.7", "paradas~0.6", "on standby with nothing to do~0.8")
	out[sigRepeat] = append(out[sigRepeat], "nadie nos dice nada", "nadie nos dice nada", "nadie me dice nada",
		"personne ne nous dit rien", "personne ne nous informe", "niemand sagt uns etwas", "niemand sagt uns was",
		"nobody tells us anything", "no one tells us anything", "nobody is telling us anything",
		"no one is telling us anything")
	// comfort and connection gone at home or on the way
	out[sigOutage] = append(out[sigOutage], "sin aire acondicionado", "no air conditioning", "keine klimaanlage",
		"sans climatisation", "plus de climatisation", "plus d'internet", "plus de téléphone~0.8",
		"ni internet ni", "weder internet noch")
	// a light of the line's box that says it is down
	out[sigOutage] = append(out[sigOutage], "light is red~0.6", "light has been red~0.6", "light is flashing red~0.6",
		"light is blinking red~0.6", "light is off~0.5", "has been red~0.6",
		"been flashing red~0.6", "is flashing red~0.6", "is blinking red~0.6", "clignote rouge~0.6", "voyant rouge~0.6",
		"voyant est rouge~0.6", "leuchtet rot~0.6", "blinkt rot~0.6", "luz roja~0.6", "parpadea en rojo~0.6")
	// leaving in the customer's own words
	out[sigChurn] = append(out[sigChurn], "don't see a reason to stay~1.5", "don't see any reason to stay~1.5",
		"see no reason to stay~1.5", "no reason to stay~1.5", "exit fees~1.0", "exit fee~1.0",
		"olvídense de nosotros~1.5", "olvidense de nosotros~1.5", "olvidaos de nosotros~1.5",
		"reservado con otra~1.5", "reservado con otro~1.5", "booked with another~1.5",
		"réservé avec une autre~1.5", "réservé chez un autre~1.5", "bei einem anderen anbieter gebucht~1.5",
		"ziehe ich * um~1.2", "ziehe ich * * um~1.2", "ziehen wir * * um~1.2")
	// "kick in" starts something; it kicks nobody
	out[sigAngerWord] = append(out[sigAngerWord], "kick in~0", "kicks in~0", "kicked in~0", "to kick off~0")
	// a ticket to reopen, a callback asked for, idle staff, people
	// waiting for their pay or their lesson, sales being lost
	out[sigRepeat] = append(out[sigRepeat], "le rouvrir~0.8", "rouvrir le ticket~0.6", "reopen the ticket~0.6",
		"reopen ticket~0.8", "reabrir el ticket~0.8", "reabran el ticket~0.8", "reabrir la incidencia~0.8",
		"ticket wieder öffnen~0.8", "ticket wieder eröffnen~0.8")
	out[sigPlea] = append(out[sigPlea], "de me rappeler", "de nous rappeler")
	out[sigCalm] = append(out[sigCalm], "haben nichts zu tun~0", "hat nichts zu tun~0", "have nothing to do~0",
		"n'ont rien à faire~0", "no tienen nada que hacer~0")
	out[sigImpact] = append(out[sigImpact], "leute haben nichts zu tun", "mitarbeiter haben nichts zu tun",
		"fahrer haben nichts zu tun", "staff have nothing to do~0.8", "people have nothing to do~0.8",
		"employés n'ont rien à faire~0.8", "gens n'ont rien à faire~0.8", "empleados no tienen nada que hacer~0.8",
		"kommissionierung steht", "produktion steht", "die produktion steht",
		"élèves attendent~0.8", "salariés attendent~0.8", "attendent leur paie", "attendent leur salaire",
		"waiting for their pay", "waiting for their wages", "warten auf ihr gehalt", "warten auf ihren lohn",
		"esperan su nómina", "esperando su nómina", "on perd pas mal de~0.8", "on perd des ventes",
		"nous perdons des ventes", "perd des ventes", "verlieren umsatz", "verlieren gerade umsatz")
	out[sigOutage] = append(out[sigOutage], "accès suspendu", "accès bloqué", "accès coupé", "acceso suspendido",
		"acceso bloqueado", "zugang gesperrt", "zugang blockiert", "access suspended", "access blocked",
		"con fallos~0.5", "toujours au statut~0.5")
	out[sigChurn] = append(out[sigChurn], "no va a renovar~1.8", "no van a renovar~1.8", "no vamos a renovar~1.8",
		"hemos hablado con otra~1.5", "hemos hablado con otro~1.5", "estamos hablando con otra~1.5",
		"estamos hablando con otro~1.5", "la oferta ya la tengo~1.2", "clôture de tous mes comptes~1.8",
		"clôture de mes comptes~1.8", "clôture de mon compte~1.8", "clôture de notre compte~1.8",
		"clôturer tous mes comptes~1.8")
	// a cancellation that says it is not for a problem
	out[sigCalm] = append(out[sigCalm], "nicht aus frust~0.8", "nicht aus ärger~0.8", "not out of frustration~0.8",
		"not because of a problem~0.8", "pas par mécontentement~0.8", "no por ningún problema~0.8")
	// the management handed to someone else, water in the building, a
	// decision not to go on, payment in cash only, customers walking off
	out[sigChurn] = append(out[sigChurn], "an jemand anderen~1.2", "an jemand anders~1.2",
		"an einen anderen verwalter~1.5", "no pienso seguir~1.5", "no pienso continuar~1.5",
		"no pienso renovar~1.8", "je ne compte pas rester~1.5", "je ne compte pas renouveler~1.8",
		"i don't intend to stay~1.5", "i have no intention of staying~1.5", "i have no intention of renewing~1.8",
		"me voy a otra compañía~1.5", "nos vamos a otra compañía~1.5")
	out[sigImpact] = append(out[sigImpact], "wasserschaden~0.6", "water damage~0.6", "dégât des eaux~0.6",
		"dégâts des eaux~0.6", "daños por agua~0.6", "only take cash", "cash only", "take only cash", "nur noch bar",
		"nur noch barzahlung", "solo efectivo", "sólo efectivo", "que du liquide", "que des espèces",
		"customers are going away", "customers going away", "customers are leaving", "kunden gehen wieder",
		"clients repartent", "clientes se van", "ni yo ni~0.6", "ni moi ni~0.6", "weder ich noch~0.6",
		"neither i nor~0.6")
	out[sigOutage] = append(out[sigOutage], "connection refused~0.7", "verbindung abgelehnt~0.7",
		"connexion refusée~0.7", "conexión rechazada~0.7", "licencia caducada~0.6", "licence expirée~0.6",
		"lizenz abgelaufen~0.6", "license expired~0.6", "licence expired~0.6")
	out[sigNow] = append(out[sigNow], "from this morning~0.6", "from yesterday~0.5")
	// incidents told as history, informal French without "ne", rivals
	// signed or approved, machines that stopped, parcels on the dock
	out[sigResolved] = append(out[sigResolved], "ya es historia", "is history now", "ist geschichte",
		"de l'histoire ancienne", "todo va de lujo", "va de lujo", "läuft wie geschmiert", "all good now")
	out[sigOutage] = append(out[sigOutage], "marche pas~0.8", "marchent pas~0.8", "fonctionne pas~0.8",
		"fonctionnent pas~0.8", "se ha detenido~0.8", "se detuvo~0.8", "no vuelve a arrancar", "no arranca~0.8",
		"ne redémarre plus", "ne démarre plus", "startet nicht mehr", "won't start~0.8", "won't restart~0.8",
		"won't boot~0.8", "returned an error~0.7", "returns an error~0.7", "returning an error~0.7",
		"throws an error~0.7", "compte verrouillé", "comptes verrouillés", "konto gesperrt", "account locked",
		"n'arrive à se connecter", "n'arrivent à se connecter", "n'arrive pas à se connecter",
		"n'arrivent pas à se connecter", "coupures répétées~0.8", "cortes repetidos~0.8",
		"wiederholte ausfälle~0.8", "repeated outages~0.8")
	out[sigChurn] = append(out[sigChurn], "on continuera pas~1.5", "on continue pas~1.2",
		"on renouvellera pas~1.8", "continuerons pas~1.5", "valide un autre~1.5", "validé un autre~1.5",
		"choisi un autre~1.5", "retenu un autre~1.5", "signé avec une autre~1.8", "signé chez un autre~1.8",
		"signé * avec un autre~1.8", "signé * avec une autre~1.8",
		"firmado con otra~1.8", "firmado con otro~1.8", "bei einem anderen unterschrieben~1.8")
	out[sigUltimatum] = append(out[sigUltimatum], "if nothing changes by", "si rien ne change d'ici",
		"si nada cambia antes de")
	out[sigChurn] = append(out[sigChurn], "bei anderen anbietern um~1.5", "nach anderen anbietern um~1.5",
		"war's das mit uns~1.5", "wars das mit uns~1.5", "dann war's das~1.2")
	out[sigRepeat] = append(out[sigRepeat], "nombreux signalements~0.8", "malgré mes relances~0.8",
		"malgré nos relances~0.8", "trotz mehrfacher meldungen~0.8", "trotz mehrerer meldungen~0.8",
		"pese a mis avisos~0.8", "despite my reports~0.8")
	out[sigImpact] = append(out[sigImpact], "patients attendent~0.8", "sitting on the dock~0.8", "parcels sitting~0.8",
		"pallets sitting~0.8", "muestras de pacientes pendientes~0.8", "muestras pendientes~0.6")
	out[sigDeadline] = append(out[sigDeadline], "pickup is at~0.6", "collection is at~0.6", "abholung ist um~0.6",
		"le ramassage est à~0.6", "la recogida es a las~0.6")
	// a card blocked abroad with no other way to pay, a system that falls
	// every week, a fridge with medicine in it that stopped
	out[sigOutage] = append(out[sigOutage], "blocked my card", "blocked our card", "froze my card",
		"frozen my card", "ha bloqueado mi tarjeta", "han bloqueado mi tarjeta", "a bloqué ma carte",
		"hat meine karte gesperrt", "se caiga cada~0.6", "se cae cada~0.7", "se me ha parado~0.7",
		"se nos ha parado~0.7", "s'est arrêté~0.6", "s'est arrêtée~0.6", "ist einfach ausgegangen~0.7")
	out[sigImpact] = append(out[sigImpact], "no other way to pay", "no way to pay", "keine andere möglichkeit zu zahlen",
		"aucun autre moyen de payer", "ninguna otra forma de pagar", "la insulina~0.8", "the insulin in~0.8",
		"l'insuline~0.8", "medikamente darin~0.8")
	// customers turned away, a lawyer asked to review, charges refused
	out[sigImpact] = append(out[sigImpact], "turned away around~0.8", "we've turned away~0.8", "had to turn away~0.8",
		"have turned away~0.8")
	out[sigLegal] = append(out[sigLegal], "pedido a nuestro abogado", "asked our lawyer", "asked our solicitor",
		"unseren anwalt gebeten", "demandé à notre avocat", "abogado que revise")
	out[sigChurn] = append(out[sigChurn], "no atender más sus cargos~1.5", "no atender sus cargos~1.5",
		"que me den de baja~1.5", "que nos den de baja~1.5", "me den de baja~1.2",
		"stop paying your invoices~1.5", "keine lastschriften mehr~1.2", "ne plus honorer vos prélèvements~1.5")
	// not carrying on, payouts that never arrived, wages to pay
	out[sigChurn] = append(out[sigChurn], "don't think we can carry on~1.5", "don't think we can continue~1.5",
		"can no longer carry on~1.5", "close everything out~1.2")
	out[sigRepeat] = append(out[sigRepeat], "third * in a row~0.8", "third * * in a row~0.8", "fourth * in a row~0.8",
		"dritte * in folge~0.8", "troisième * d'affilée~0.8", "tercera * seguida~0.8")
	out[sigImpact] = append(out[sigImpact], "ne sont jamais arrivés~0.8", "ne sont pas arrivés sur notre compte~0.8",
		"no han llegado a nuestra cuenta~0.8", "no ha llegado a nuestra cuenta~0.8", "never arrived in our account~0.8",
		"hasn't arrived in our account~0.8", "nie auf unserem konto angekommen~0.8",
		"nicht auf unserem konto angekommen~0.8", "payer les salaires~0.8", "payer mes fournisseurs et les salaires~0.8",
		"pay salaries~0.8", "pay our staff~0.8", "pagar a los empleados~0.8", "pagar las nóminas~0.8",
		"löhne zahlen~0.8", "gehälter zahlen~0.8")
	// fixes told as everyone back in or a breakdown forgotten; a
	// workshop at a standstill and a supplier already found
	out[sigResolved] = append(out[sigResolved], "completely sorted", "is sorted now", "all sorted now",
		"everyone's back in", "everyone is back in", "we're all back in", "sind alle wieder drin",
		"todos han vuelto a entrar", "est bien oubliée", "est bien oublié", "est oubliée", "tout tourne nickel",
		"tourne nickel", "nickel depuis")
	out[sigImpact] = append(out[sigImpact], "werkstatt steht", "meine werkstatt steht", "keine ersatzteile~0.7",
		"mon atelier est à l'arrêt", "el taller está parado")
	out[sigChurn] = append(out[sigChurn], "anderen lieferanten gesucht~1.5", "anderen anbieter gesucht~1.5",
		"fertig miteinander~1.5", "schlussrechnung~1.0", "facture de clôture~1.0", "factura final~0.8")
	// out-of-office notes in more words; a contract not carried on
	out[sigCalm] = append(out[sigCalm], "me encuentro de vacaciones", "estoy de vacaciones", "para temas urgentes",
		"sin acceso a correo", "sin acceso al correo", "without access to email", "without access to my email",
		"ohne zugriff auf mails~0.8", "ohne zugriff auf meine mails~0.8", "sans accès à mes mails",
		"sans accès à ma messagerie")
	out[sigOutage] = append(out[sigOutage], "sin acceso a correo~0", "sin acceso al correo~0",
		"without access to email~0", "without access to my email~0", "sans accès à mes mails~0",
		"sans accès à ma messagerie~0")
	out[sigResolved] = append(out[sigResolved], "läuft jetzt wieder~0.8", "läuft wieder alles~0.8",
		"wieder alles einwandfrei")
	out[sigChurn] = append(out[sigChurn], "no vamos a continuar~1.8", "no vamos a seguir con ustedes~1.8",
		"carta de intención con otro~1.8", "firmamos con otro~1.8", "firmamos con otra~1.8")
	// lights and orders that say the line is down, repairs told back by
	// lunch, half an hour that is no media, garages never seen again
	out[sigOutage] = append(out[sigOutage], "shown a red light~0.6", "showing a red light~0.6",
		"shows a red light~0.6", "m'a lâché~0.7", "nous a lâchés~0.7")
	out[sigImpact] = append(out[sigImpact], "missed # client~0.8", "missed # calls~0.7", "zero orders~0.8",
		"had zero orders", "no orders since~0.8", "aucune commande depuis~0.8", "ni un pedido desde~0.8",
		"keine einzige bestellung~0.8")
	out[sigLegal] = append(out[sigLegal], "media hora~0", "media mañana~0", "media jornada~0")
	out[sigResolved] = append(out[sigResolved], "funcionando otra vez", "funciona otra vez", "was all back",
		"all back by~0.8", "was back by~0.8", "back on by~0.8")
	out[sigChurn] = append(out[sigChurn], "seht mich nie wieder~1.8", "sehen mich nie wieder~1.8",
		"you'll never see me again~1.8", "vous ne me reverrez plus~1.8", "no me volverán a ver~1.8",
		"no me vuelven a ver~1.8", "schriftlich beendet~1.2", "remettrai plus jamais les pieds~1.8",
		"remettrai plus les pieds~1.8", "never set foot in~1.5")
	out[sigAngerWord] = append(out[sigAngerWord], "sonstwohin stecken", "grand n'importe quoi",
		"c'est n'importe quoi~0.8")
	// quotes from a rival, informal French without "ne", cards blocked
	out[sigChurn] = append(out[sigChurn], "getting quotes from~1.5", "already getting quotes~1.5",
		"getting a quote from~1.2", "des devis chez~1.2", "angebote von anderen~1.2")
	out[sigUltimatum] = append(out[sigUltimatum], "convince me otherwise~0.8", "convince me to stay~0.8")
	out[sigRepeat] = append(out[sigRepeat], "personne decroche", "personne décroche", "personne répond",
		"personne repond", "personne rappelle")
	out[sigOutage] = append(out[sigOutage], "peux plus payer", "peut plus payer", "je peux plus~0.8",
		"on peut plus~0.8", "ma carte est bloquée", "carte est bloquée~0.8", "meine karte ist gesperrt",
		"karte ist gesperrt~0.8", "my card is blocked", "card is blocked~0.8", "mi tarjeta está bloqueada",
		"tarjeta está bloqueada~0.8", "never agreed to~0.6")
	// tests announced, bugs that are a bad memory, blank pages and zero
	// bookings, a card that works everywhere else, replies that are all
	// automatic, tickets closed with nothing fixed
	out[sigCalm] = append(out[sigCalm], "das ist absicht", "ist beabsichtigt", "bitte keinen alarm",
		"keinen alarm schlagen", "c'est voulu", "es intencionado", "this is intentional", "it's intentional",
		"no need to raise the alarm", "est une tuerie~0.6", "morte de rire~0.6", "mort de rire~0.6",
		"kommt nur die automatische antwort~0", "kommt nur eine automatische antwort~0")
	out[sigResolved] = append(out[sigResolved], "plus qu'un mauvais souvenir", "un mauvais souvenir~0.8",
		"nur noch eine schlechte erinnerung", "ya es un mal recuerdo", "just a bad memory",
		"funciona perfectamente en todo lo demás~0", "funciona en todo lo demás~0",
		"funciona bien en todo lo demás~0", "works everywhere else~0", "works fine everywhere else~0",
		"funktioniert überall sonst~0", "fonctionne partout ailleurs~0")
	out[sigOutage] = append(out[sigOutage], "sale en blanco~0.8", "aparece en blanco~0.8", "se queda en blanco~0.8",
		"coming out blank~0.8", "come out blank~0.8", "salen en blanco~0.8", "sortent vides~0.8",
		"kommen leer raus~0.8")
	out[sigImpact] = append(out[sigImpact], "llevamos cero", "no paran de sonar~0.8", "haven't stopped ringing~0.8",
		"n'arrête pas de sonner~0.8", "klingelt ununterbrochen~0.8")
	out[sigRepeat] = append(out[sigRepeat], "nur die automatische antwort~1.2", "nothing was fixed",
		"but nothing was fixed", "reopen it~0.6")
	// travellers: a live hazard on board, a night on the airport floor, a
	// gate that closes soon, a phone line that hangs up, help that never
	// came to the gate
	out[sigImpact] = append(out[sigImpact], "burning smell~0.8", "smell of burning~0.8", "smells like burning~0.8",
		"smoke in the cabin~0.8", "smell of smoke~0.8", "brandgeruch~0.8", "odeur de brûlé~0.8",
		"olor a quemado~0.8", "sleeping on the floor~0.8", "sleeping at the airport~0.8", "stuck overnight~0.8",
		"no hotel voucher~0.6", "didn't make it off the plane~0.8", "dormir en el suelo~0.8",
		"dormir par terre~0.8", "auf dem boden schlafen~0.8", "asleep on the floor~0.8", "one dose left~0.8",
		"extremely drunk~0.7", "is drunk and~0.7", "drunk passenger~0.7")
	out[sigDeadline] = append(out[sigDeadline], "boards in~0.6", "boarding in~0.6", "closes in~0.6",
		"departs in~0.6", "takes off in~0.6")
	out[sigRepeat] = append(out[sigRepeat], "nobody showed~1.2", "no one showed up~1.2", "no one showed~1.2",
		"no calls back", "no callbacks~0.8")
	out[sigOutage] = append(out[sigOutage], "keeps erroring~0.8", "got scrubbed~0.7", "and hangs up~0.6",
		"high call volumes~0.5")
	out[sigDeadline] = append(out[sigDeadline], "expires in~0.6", "offer expires~0.5")
	out[sigImpact] = append(out[sigImpact], "insulin is in~0.8", "is in hospital~0.6", "is in the hospital~0.6",
		"est à l'hôpital~0.6", "ist im krankenhaus~0.6", "está en el hospital~0.6")
	out[sigWaiting] = append(out[sigWaiting], "hangs up on me~0.8", "hung up on me~0.8", "keeps hanging up~0.8")
	out[sigDeadline] = append(out[sigDeadline], "flight is in #~0.6", "connection is in #~0.6")
	out[sigComplaint] = append(out[sigComplaint], "got pushed to~0.6", "pushed back to~0.6", "ticket not issued~0.6")
	out[sigRepeat] = append(out[sigRepeat], "auto reply every time", "automated reply every time")
	out[sigOutage] = append(out[sigOutage], "heating won't come on", "heating will not come on", "won't come on~0.7")
	out[sigImpact] = append(out[sigImpact], "toddlers in the house~0.8", "a baby in the house~0.8",
		"newborn in the house~0.8")
	out[sigCalm] = append(out[sigCalm], "rien à voir avec votre service", "nada que ver con vuestro servicio",
		"nothing to do with your service", "hat nichts mit ihrem service zu tun")
	out[sigResolved] = append(out[sigResolved], "got it back~0.6", "got them back~0.6")
	// decisions not to renew, tickets closed with nothing changed,
	// parting ways, running stable, locked out of one's own house
	out[sigChurn] = append(out[sigChurn], "décidé de ne pas reconduire~1.8", "décidé de ne pas renouveler~1.8",
		"decidido no renovar~1.8", "where we part ways~1.8", "we part ways~1.5", "part ways~1.2",
		"signed us up with~1.5", "don't see the point in keeping~1.5", "no point in keeping~1.5",
		"nos separamos~1.0", "unsere wege trennen sich~1.5")
	out[sigRepeat] = append(out[sigRepeat], "alors que rien n'a changé", "rien n'a changé~0.8",
		"nothing has changed~0.8", "nada ha cambiado~0.8", "nichts hat sich geändert~0.8",
		"rouvrir le dossier~0.6")
	out[sigPlea] = append(out[sigPlea], "me faire appeler~0.6", "me faire rappeler~0.6")
	out[sigResolved] = append(out[sigResolved], "läuft alles stabil", "läuft stabil~0.8", "läuft wieder stabil",
		"tout est stable~0.8", "funciona estable~0.8", "running stable~0.8")
	out[sigImpact] = append(out[sigImpact], "bloqueado fuera de casa~0", "bloqueada fuera de casa~0",
		"locked out of my house~0", "locked out of the house~0")
	// the last straw, an appointment with a rival, lines closed without a
	// retention call, the next purchase elsewhere
	out[sigAngerWord] = append(out[sigAngerWord], "la goutte d'eau", "c'est la goutte d'eau")
	out[sigChurn] = append(out[sigChurn], "un de vos concurrents~1.2", "avec un de vos concurrents~1.8",
		"préparer la fin du contrat~1.8", "la fin du contrat~1.2", "on arrête là~1.5", "close both lines~1.5",
		"retention offer~1.2", "coming from somewhere else~1.5", "from somewhere else~1.2", "buying elsewhere~1.5",
		"no voy a seguir adelante~1.5", "ni contaré con ustedes~1.8", "no contaré con ustedes~1.8",
		"no pienso seguir pagando~1.5")
	out[sigOutage] = append(out[sigOutage], "hasn't come back on~0.8", "has a red light~0.6", "ne reçoivent aucun~0.6",
		"are not receiving jobs~0.8", "aren't receiving jobs~0.8")
	out[sigImpact] = append(out[sigImpact], "parcels are waiting~0.8", "trucks leave at~0.6")
	out[sigCalm] = append(out[sigCalm], "culpa mia~0", "como si fuera culpa mia~0", "como si fuera culpa mía~0")
	// simulations, and incidents forgotten
	out[sigCalm] = append(out[sigCalm], "nothing is actually wrong", "nothing's actually wrong", "crisis simulation~0.6",
		"simulation exercise~0.6", "tabletop exercise~0.6", "we pretend~0.6", "exercice de crise~0.6",
		"krisenübung~0.6", "simulación de crisis~0.6")
	out[sigResolved] = append(out[sigResolved], "ya está olvidado", "está olvidado", "todo va genial",
		"is forgotten", "c'est oublié", "ist vergessen")
	// "as hell" says how much, of whatever it follows
	out[sigInsult] = append(out[sigInsult], "as hell~0")
	// the writer's own replies, slow for a while
	out[sigCalm] = append(out[sigCalm], "replies may be slow", "replies might be slow", "replies will be slow",
		"responses may be slow", "why my replies are slow", "i may be slow to reply", "i may be slow to respond",
		"we may be slow to reply", "we may be slow to respond", "réponses peuvent être lentes",
		"antworten können sich verzögern", "respuestas pueden tardar")
	out[sigCalm] = append(out[sigCalm], "nothing's wrong right now", "nothing's wrong at the moment",
		"nothing is wrong at the moment", "nichts kaputt~0.6", "rien ne cloche~0.6")
	out[sigOutage] = append(out[sigOutage], "rechazado el cobro~0.7", "rechazado el pago~0.7",
		"rechazaron el cobro~0.7", "rechazaron el pago~0.7")
	// a traveller's clock: when the flight, the connection or check-in
	// goes, told as a time ("flight at 9:40", "I fly 6am tomorrow",
	// "checkin closes 14:00", "a 55 min connection")
	out[sigDeadline] = append(out[sigDeadline], "flight at @time", "flight is at @time", "flight is @time",
		"flight's at @time", "flight leaves at @time", "flight leaves @time", "flt at @time", "flt is @time",
		"fly @time", "fly at @time", "flying @time", "flying at @time", "departs at @time", "departs @time",
		"boards at @time", "boards @time", "boarding at @time", "connection is at @time", "connection is @time",
		"connection at @time", "closes at @time~0.8", "closes @time~0.8", "checkin closes", "check in closes",
		"@time tomorrow", "@time tmrw", "@time tonight", "in # hrs", "# min connection~0.8",
		"# minute connection~0.8", "# min layover~0.8", "# minute layover~0.8")
	// help that is not there now: the desk closed, nobody at the counter
	out[sigImpact] = append(out[sigImpact], "desk is closed~0.8", "counter is closed~0.8", "desk closed~0.6",
		"counter closed~0.6", "desk doesnt open~0.8", "desk doesn't open~0.8", "no one at the desk~0.8",
		"nobody at the desk~0.8")
	// where the traveller is now, and news that has just come
	out[sigNow] = append(out[sigNow], "at gate *~0.8", "just got cancelled", "just got canceled", "just got delayed",
		"was just cancelled", "was just canceled", "has just been cancelled", "just been cancelled",
		"is running # min late", "is running # mins late", "is running # minutes late", "is running late~0.8")
	// the trip is over, or far off: at home again, last weekend, a month
	// by name ("the delay in April", "a trip in August")
	out[sigPast] = append(out[sigPast], "i'm home", "home now", "back home~0.6", "home safe", "got back home",
		"last weekend", "in january", "in february", "in march", "in april", "in june", "in july", "in august",
		"in september", "in october", "in november", "in december", "from january", "from february",
		"from march", "from april", "from june", "from july", "from august", "from september", "from october",
		"from november", "from december", "in jan", "in feb", "in aug", "in sept", "in oct", "in nov",
		"in dec", "from jan", "from feb", "over summer~0.6")
	// a feeling that lasts is not a problem that does ("still mad about
	// the delay")
	out[sigNow] = append(out[sigNow], "still mad~0", "still angry~0", "still upset~0", "still fuming~0",
		"still furious~0", "still annoyed~0", "still shaking~0", "still laughing~0")
	// where an emergency is a seat or an event told afterwards, not a plea
	out[sigDeadline] = append(out[sigDeadline], "emergency landing~0", "emergency exit~0", "emergency row~0",
		"exit row~0")
	// left behind, nobody answering, an event that will not wait, the
	// onward flight's time
	out[sigImpact] = append(out[sigImpact], "left without us~0.8", "left without me~0.8", "took off without us~0.8",
		"took off without me~0.8")
	out[sigWaiting] = append(out[sigWaiting], "nobody is answering", "no one is answering", "nobody answering",
		"no one answering", "nobody * is answering", "no one * is answering")
	out[sigDeadline] = append(out[sigDeadline], "funeral starts~0.8", "wedding starts~0.8", "funeral is at~0.8",
		"wedding is at~0.8", "funeral tomorrow~0.8", "wedding tomorrow~0.8", "funeral today~0.8",
		"wedding today~0.8", "onward is @time", "onward to * is @time", "connection to * is @time",
		"connection to * is at @time")
	// other people's trouble in the news; the morning after
	out[sigPast] = append(out[sigPast], "all over the news", "on the news", "in the news", "next morning",
		"the next day")
	out[sigNow] = append(out[sigNow], "home now~0", "back now~0")
	// a cancelled flight in travellers' shorthand, a flight named by its
	// time ("my 8:40 is cxld"), boarding and departure about to happen
	out[sigComplaint] = append(out[sigComplaint], "cxld", "cxl~0.8", "cnxd", "canx~0.8", "cancld")
	out[sigNow] = append(out[sigNow], "my @time~0.7")
	out[sigDeadline] = append(out[sigDeadline], "leaves at @time~0.8", "leaves @time~0.8", "boarding starts @time",
		"boarding starts at @time", "flight to * is @time", "flight * is @time~0.8", "about to push back",
		"about to board~0.8", "about to take off", "about to depart", "haven't pushed back yet~0.8",
		"before we push back", "before we take off")
	// trouble on board or at the belt that cannot wait: something
	// burning, a passenger out of control, a broken seatbelt, medicine in
	// a bag that did not come, a child's stroller missing
	out[sigImpact] = append(out[sigImpact], "something burning~0.8", "very drunk~0.6", "shoving people~0.7",
		"getting aggressive~0.7", "really aggressive~0.7", "seatbelt buckle~0.6", "seatbelt is broken~0.8",
		"seatbelt broken~0.8", "meds are in~0.8", "meds for tonight~0.8", "medication is in~0.8",
		"medicine is in~0.8", "passport left at~0.6", "left my passport~0.6")
	out[sigDataLoss] = append(out[sigDataLoss], "not on carousel~0.8", "not on the carousel~0.8",
		"never came out~0.8", "didn't come out~0.8", "stroller missing~0.8", "bag missing~0.8",
		"bags missing~0.8", "luggage missing~0.8", "suitcase missing~0.8", "car seat missing~0.8")
	out[sigWaiting] = append(out[sigWaiting], "nobody at lost and found~0.8", "no one at lost and found~0.8",
		"nobody at the counter~0.8", "no one at the counter~0.8")
	// money owed for a trip that is over, however long the wait
	for _, what := range []string{"refund", "my refund", "a refund", "the refund", "reimbursement", "my reimbursement",
		"compensation", "my compensation", "the voucher", "my voucher", "my miles"} {
		add(sigPast, []string{"still waiting", "waiting"}, []string{"on", "for"}, []string{" " + what})
	}
	// the trip in the past or far off: last Friday, a month ago, over Easter,
	// not until December; the writer's people home again; how long
	// something took; praise for an agent
	add(sigPast, []string{"last"}, []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday"}, []string{""})
	add(sigPast, []string{"til", "until", "till"}, []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}, []string{""})
	out[sigPast] = append(out[sigPast], "a week ago", "a month ago", "over easter",
		"over christmas", "she's home", "he's home", "we're home", "they're home", "home safe~0.8")
	out[sigWaiting] = append(out[sigWaiting], "took # min~0", "took # mins~0", "took # minutes~0", "took # hours~0",
		"took # hrs~0", "took # days~0", "every # min~0", "every # mins~0", "every # minutes~0")
	// weather that grounds flights, and changes made without a word
	out[sigComplaint] = append(out[sigComplaint], "travel advisory~0.8", "weather advisory~0.8", "winter advisory~0.8",
		"travel waiver~0.8", "weather waiver~0.8", "travel alert~0.6", "winter storm~0.6", "snowstorm~0.6",
		"snow storm~0.6", "ice storm~0.6", "blizzard~0.6", "winter weather~0.6", "without notification~0.8",
		"without any notification~0.8", "with no notification~0.8", "without notice~0.6", "without any notice~0.6")
	// terse travellers: "flight is at 6", "flight at noon", "fly out at
	// 7am", "gate closes in 30", "need on any flight tonight"
	out[sigDeadline] = append(out[sigDeadline], "flight is at #~0.8", "flight at #~0.7", "flight at noon",
		"flight is at noon", "flight at midnight", "fly out at @time", "fly out @time", "flying out at @time",
		"fly out again at @time", "closes in #", "gate closes in", "boarding closes in", "doors close in")
	out[sigPlea] = append(out[sigPlea], "need on any~0.8", "need on the next~0.8", "need on a flight~0.8",
		"get me on any~0.8", "get me on the next~0.8", "standby list~0.5")
	// on board and at the belt: smoke, shoving, a wheelchair that never
	// came, a flight rebooked that had already left, a car seat missing
	out[sigImpact] = append(out[sigImpact], "smoke smell~0.8", "smells like smoke~0.8", "shoving~0.6",
		"wheelchair never showed~1.0", "never showed up~0.8", "never showed~0.8", "flight that already left~0.8",
		"flight already left~0.8", "train already left~0.8", "meds in it~0.8", "medication in it~0.8",
		"insulin in it~0.8", "need my meds~0.8")
	out[sigDataLoss] = append(out[sigDataLoss], "not at baggage claim~0.8", "not at the carousel~0.8")
	// what a finished trip still lacks is an apology; bags that turned up
	// and things sent back are resolved
	out[sigRepeat] = append(out[sigRepeat], "still no apology~0", "still nobody said sorry~0", "still no sorry~0")
	out[sigPast] = append(out[sigPast], "no apology", "not even a sorry", "nobody said sorry", "no one said sorry",
		"not even an apology", "last week's", "last night's", "last month's", "yesterday's")
	out[sigResolved] = append(out[sigResolved], "bag showed up~0.8", "bags showed up~0.8", "finally showed up~0.8",
		"got them now~0.6", "mailed it back~0.8", "sent it back to me~0.6")
	// leaving in other words: a demo with a rival, no more boxes, no more
	// debits, not renewing told as a doubt, stopping there
	out[sigChurn] = append(out[sigChurn], "busque alternativa~1.5", "buscar alternativa~1.5", "busco alternativa~1.5",
		"demo con otra empresa~1.5", "demo with another~1.5", "demo mit einem anderen~1.5",
		"démo avec un autre~1.5", "no me mandéis más~1.5", "no me enviéis más~1.5", "no me manden más~1.5",
		"ne plus rien prélever~1.5", "ne plus prélever~1.5", "s'arrêter là~1.2", "don't think we'll be renewing~1.8",
		"don't think we will be renewing~1.8", "close the account down~1.2")
	out[sigOutage] = append(out[sigOutage], "cayéndose~0.8", "se cae a ratos~0.8", "arrive plus à se connecter",
		"arrive plus à me connecter", "arrivons plus à nous connecter", "arrive plus à nous connecter")
	out[sigRepeat] = append(out[sigRepeat], "without a single reply", "without any reply~0.8",
		"without an answer~0.8", "es la tercera semana~1.0")
	// fixed, and told as working again or as having been a fault once
	out[sigResolved] = append(out[sigResolved], "va perfecta", "va perfecto", "funciona perfecta", "va de maravilla",
		"vuelven a recibir~0.8", "vuelve a recibir~0.8")
	out[sigPast] = append(out[sigPast], "al final era", "era un fallo")
	// content while changing plans
	out[sigCalm] = append(out[sigCalm], "nothing wrong with it", "nothing's wrong with it", "nothing wrong with the service",
		"weiterhin sehr zufrieden", "weiterhin zufrieden")
	// leaving in more words: business moved to a rival, notice given, a
	// card taken off file, no more orders, the household signing up
	// elsewhere, "no cuenten con nosotros"
	out[sigChurn] = append(out[sigChurn], "transférer mon activité~1.8", "transférer notre activité~1.8",
		"clôturer le compte~1.2", "clôturer mon compte~1.2", "take this as notice~1.8", "are going to another~1.5",
		"sign up with another~1.5", "signing up with another~1.5", "final meter reading~0.6",
		"won't be seeing another order~1.8", "another order from us~1.2", "take our card off file~1.5",
		"take my card off file~1.5", "no cuenten con nosotros~1.8", "no contéis con nosotros~1.8",
		"que me quiten el seguro~1.5", "pues se acabó~1.0")
	out[sigChurn] = append(out[sigChurn], "me doy de baja como~0", "de baja como autónoma~0", "de baja como autónomo~0")
	// money that cannot go out, screens that stay grey, a system locked
	// after too many tries
	out[sigImpact] = append(out[sigImpact], "verser les salaires~0.8", "payer les salaires~0.8", "pay salaries~0.8",
		"pay our staff~0.8", "pay the wages~0.8", "löhne zahlen~0.8", "gehälter zahlen~0.8",
		"pagar las nóminas~0.8", "pas verser les salaires~0.8", "pas payer les salaires~0.8",
		"can't pay our staff~0.8", "cannot pay our staff~0.8", "can't pay salaries~0.8", "cannot pay salaries~0.8",
		"can't pay the wages~0.8", "no podremos pagar las nóminas~0.8", "no podemos pagar las nóminas~0.8",
		"lives alone~0.8", "kinder im haus~0.8", "minus # grad~0.8", "sin nevera~0.8",
		"comida en la basura~0.8", "un bebé de~0.6", "bébé de # mois~0.6")
	out[sigOutage] = append(out[sigOutage], "n'ont pas été présentés~0.8", "écran gris~0.8", "écran noir~0.8",
		"écran blanc~0.8", "grey screen~0.8", "gray screen~0.8", "black screen~0.8", "blank screen~0.8",
		"pantalla gris~0.8", "pantalla en negro~0.8", "grauer bildschirm~0.8", "schwarzer bildschirm~0.8",
		"bloqué après trop de tentatives", "on ne peut ni~0.8", "comms fail~0.8", "keeps beeping~0.6",
		"heizung aus", "se ha ido la luz", "se fue la luz", "sin que funcione~0.8")
	out[sigDataLoss] = append(out[sigDataLoss], "lost a week of~0.8", "lost a week's~0.8", "lost our backups",
		"lost our snapshots")
	out[sigPlea] = append(out[sigPlea], "manden a alguien~0.8", "mandad a alguien~0.8", "please send someone~0.8",
		"envoyez quelqu'un~0.8", "schicken sie jemanden~0.8")
	out[sigAngerWord] = append(out[sigAngerWord], "me cansé~0.8", "this is the last straw")
	// calm: no hurry in French, all running, a fault that was, cooling
	// perfectly again, "otherwise nothing to report"
	out[sigCalm] = append(out[sigCalm], "pas d'urgence", "aucune urgence")
	out[sigResolved] = append(out[sigResolved], "tout tourne~0.8", "refroidit parfaitement", "marche parfaitement",
		"marche nickel~0.8")
	out[sigPast] = append(out[sigPast], "on avait perdu", "avait perdu", "avions perdu", "depuis des lustres")
	out[sigUltimatum] = append(out[sigUltimatum], "sinon ras~0", "sinon rien à signaler~0")
	// settled: a refund credited, all done; thanks for the years of a
	// contract that ends for a reason of its own
	out[sigResolved] = append(out[sigResolved], "alles erledigt", "wurde gutgeschrieben", "wurde heute gutgeschrieben",
		"ist gutgeschrieben~0.8")
	out[sigPraise] = append(out[sigPraise], "merci pour toutes ces années", "gracias por todos estos años",
		"danke für die vielen jahre", "thanks for all the years", "thank you for all the years")
	// leaving, told by what is already done or asked for: the number
	// ported, an account to be closed, the balance moved to another bank,
	// the subscription ended, no more debits; and by idioms ("wir sind
	// raus", "no vuelvo más", "je m'en vais")
	out[sigChurn] = append(out[sigChurn], "wir sind raus~1.5", "ich bin raus~1.5", "arrêtez de me facturer~1.5",
		"arrêtez de me prélever~1.5", "je m'en vais~1.2", "solicito el cierre de la cuenta~1.5",
		"el cierre de la cuenta~1.2", "no podemos seguir confiando~1.5", "seguir confiándoles~1.5",
		"i've signed up with~1.2", "arrange collection of your~1.2", "nothing else leaves my account~1.5",
		"and close the account~1.5", "lose a customer~1.5", "lost a customer~1.5", "take this as my notice~1.8",
		"ported my number~1.8", "ported out~1.5", "send the final bill~0.8", "send me the final bill~0.8",
		"don't bother with the retention~1.5", "girokonto * auflösen~1.5", "mein konto * auflösen~1.5",
		"girokonto * * auflösen~1.5", "mein konto * * auflösen~1.5", "mein girokonto auflösen~1.5",
		"mein konto auflösen~1.5", "verlängere garantiert nicht~1.8", "ich verlängere nicht~1.5",
		"ziehe ich jetzt die konsequenzen~1.5", "ziehe die konsequenzen~1.5", "ab sofort woanders~1.8",
		"ende des abos~1.2", "ende des abonnements~1.2", "vers une autre banque~1.8", "préparer la clôture~1.5",
		"ma portabilité~1.5", "mon nouvel opérateur~1.8", "nouvel opérateur~1.5",
		"ne veux plus rien avoir à faire avec vous~1.8", "plus rien avoir à faire avec vous~1.8", "no renovaré~1.8",
		"no vuelvo más~1.8", "no vuelvo nunca más~1.8", "ni un recibo más~1.5", "pedido la portabilidad~1.8",
		"la portabilidad a otra~1.8", "otra operadora~1.2", "se les van los clientes~1.5")
	out[sigAngerWord] = append(out[sigAngerWord], "vielen dank für gar nichts", "danke für nichts", "merci pour rien",
		"gracias por nada", "me faire regretter~0.8")
	out[sigOutage] = append(out[sigOutage], "est cassée~0.8", "est cassé~0.8", "ohne vorwarnung~0.6")
	out[sigDataLoss] = append(out[sigDataLoss], "se borraron~0.8", "se borraran~0.8")
	// a number ported and a last bill asked for are a customer gone
	out[sigChurn] = append(out[sigChurn], "portabilidad~1.5", "portabilité~1.5", "rufnummernmitnahme~1.5",
		"port my number~1.8", "porting my number~1.8", "port out~1.5", "porting out~1.5", "pac code~1.5",
		"final bill~0.6", "final invoice~0.5", "closing balance~0.5", "dernière facture~0.5",
		"última factura~0.5", "letzte rechnung~0.5", "cerrar la cuenta~1.5", "kontoauflösung~1.5",
		"kontoschließung~1.5")
	// leaving in more everyday words: orders no longer placed, the store
	// moved, the last drop, "Das war's dann", "hasta aquí hemos llegado"
	out[sigChurn] = append(out[sigChurn], "source from another supplier~1.8", "from another supplier~1.2",
		"won't be placing further orders~1.8", "no further orders~1.5", "won't be placing any more orders~1.8",
		"moved the store over to~1.5", "moved our store over to~1.5", "moved everything over to~1.5",
		"die zusammenarbeit beendet~1.8", "zusammenarbeit beendet~1.5", "der letzte tropfen~1.2",
		"das war's dann~1.5", "das war es dann~1.5", "keine weiteren abbuchungen~1.5",
		"löschen sie unser konto~1.5", "löschen sie mein konto~1.5", "on arrête les frais~1.8",
		"signé avec un autre prestataire~1.8", "un autre prestataire~1.2", "dejen de cobrarme~1.5",
		"me pasé a otra~1.8", "me pase a otra~1.8", "nos pasamos a otra~1.8", "hasta aquí hemos llegado~1.5",
		"den de baja la cuenta~1.5", "a partir de enero trabajaremos con~1.2", "trabajaremos con~0.6")
	// thanks that tell the old problem in the past tense
	out[sigResolved] = append(out[sigResolved], "klappt alles wieder", "läuft es seit * tagen stabil",
		"läuft seit * tagen stabil", "ya salen todas bien", "ya salen bien", "close the loop~0.6",
		"to close the loop~0.8", "big relief~0.8", "a big relief~0.8")
	out[sigResolved] = append(out[sigResolved], "stimmt jetzt alles wieder", "stimmt alles wieder", "stimmt wieder alles",
		"todo volvió a funcionar", "volvió a funcionar", "everything reconciles now")
	out[sigChurn] = append(out[sigChurn], "die rückbuchung war~0", "rückbuchung war~0")
	out[sigResolved] = append(out[sigResolved], "tout marche maintenant", "klappt wieder alles", "me llegó el reembolso",
		"has worked perfectly", "it has worked perfectly", "worked perfectly since",
		"ya me llegó el reembolso~0.8")
	out[sigPast] = append(out[sigPast], "hat uns wochenlang genervt", "wochenlang genervt", "sortaient avec~0.8",
		"no se enviaban~0.8", "se quedaban~0.8")
	// leaving, told as a rival already signed, billing to stop, an
	// account to close, a last year or month
	out[sigChurn] = append(out[sigChurn], "we've signed with~1.5", "we have signed with~1.5", "hemos firmado con~1.5",
		"we've gone with~1.5", "we have gone with~1.5", "approved moving to~1.5", "opened an account elsewhere~1.8",
		"an account elsewhere~1.5", "migré nos données ailleurs~1.8", "nos données ailleurs~1.5",
		"on est passé chez~1.5", "passé chez un concurrent~1.8", "chez un autre opérateur~1.8",
		"pris un abonnement chez~1.5", "mit einem anderen anbieter~1.5", "stop billing~1.2", "don't bill us~1.0",
		"do not bill us~1.0", "don't book any more~1.2", "cesser tout prélèvement~1.8", "cessez tout prélèvement~1.8",
		"nichts mehr von unserem konto~1.5", "keine abbuchungen mehr~1.5", "einzugsermächtigung widerrufen~1.5",
		"einzugsermächtigung bei meiner bank widerrufen~1.8", "lastschrift widerrufen~1.5",
		"please close account~1.5", "je clôture mon compte~1.8", "clôture mon compte~1.5",
		"dejamos de trabajar con~1.5", "trete ich hiermit aus~1.8", "ist schluss~1.2",
		"die verlängerung könnt ihr euch sparen~1.8", "dernière année avec vous~1.8",
		"inutile de nous relancer~1.5", "this will be my last month~1.8", "nuestro último año~1.5")
	out[sigChurn] = append(out[sigChurn], "wir sind weg~1.5", "lastschriftmandat ist widerrufen~1.5",
		"mandat ist widerrufen~1.2", "c'est terminé entre nous~1.8", "on passe chez~1.5",
		"merci de fermer le compte~1.5", "fermer le compte~1.2", "stop invoicing us~1.5", "stop invoicing~1.2",
		"nicht fortsetzen werden~1.5", "können sie behalten~1.5", "cierren la cuenta~1.5",
		"taking our business~1.5")
	out[sigAngerWord] = append(out[sigAngerWord], "gracias por perder", "merci d'avoir perdu", "great job losing",
		"danke fürs verlieren")
	// a part no longer used by choice, no hurry in French
	out[sigOutage] = append(out[sigOutage], "nicht mehr zu nutzen~0", "nicht mehr nutzen~0", "nicht mehr zu verwenden~0",
		"nicht mehr verwenden~0", "nicht mehr benötigen~0")
	out[sigCalm] = append(out[sigCalm], "rien ne presse", "ça ne presse pas", "ca ne presse pas")
	// travellers once more: a delay told as how late one got in, smoke
	// or fuel smelled on board, a relative taken ill, a child alone, a
	// connection to make, tomorrow's flight; a bag that turned up
	out[sigDeadline] = append(out[sigDeadline], "in # hrs late~0", "in # hours late~0", "in # min late~0",
		"in # mins late~0", "to make my connection~0.8", "havent even pushed back~0.8",
		"haven't even pushed back~0.8", "tmrws flight~0.8", "tomorrow's flight~0.8")
	out[sigImpact] = append(out[sigImpact], "fuel smell~0.8", "smell of fuel~0.8", "smells of smoke~0.8",
		"smells strongly of smoke~0.8", "had a stroke~0.8", "is flying alone~0.6",
		"flying alone on~0.6", "miss my conx~0.8", "miss her conx~0.8", "miss his conx~0.8", "miss our conx~0.8")
	out[sigDataLoss] = append(out[sigDataLoss], "didn't come off the plane~0.8", "didn't come off~0.6")
	out[sigResolved] = append(out[sigResolved], "just showed up at my door~0.8", "showed up at my door~0.8")
	// the same words, harmless: going on holiday, dropping by, working
	// with the vendor, an error that never showed up again
	out[sigChurn] = append(out[sigChurn], "je m'en vais en~0", "je m'en vais à~0", "je m'en vais au~0",
		"on passe chez vous~0", "trabajaremos con vosotros~0", "trabajaremos con ustedes~0")
	out[sigImpact] = append(out[sigImpact], "never showed up again~0", "never showed again~0")
	out[sigComplaint] = append(out[sigComplaint], "coupures à répétition~0.8", "missed delivery window~0.6",
		"missed payroll runs~0.8", "synchronisationsfehler~0.6", "lieferverzögerungen~0.6")
	// fixed: trouble gone after the vendor's patch, days without a single
	// drop, all worked out, the credit arrived, it holds again
	out[sigResolved] = append(out[sigResolved], "are gone after your", "are gone since your", "ont disparu avec votre",
		"ont disparu depuis votre", "without a single disconnect", "without a single drop",
		"without a single error", "without a single crash", "sans aucune déconnexion", "sans aucune coupure",
		"hat alles super geklappt", "alles super geklappt", "hat alles geklappt", "is finally holding",
		"finally holding~0.8", "gutschrift ist heute angekommen", "gutschrift ist angekommen",
		"korrigierte abrechnung~0.6", "ya me funciona", "et tout fonctionne")
	out[sigPast] = append(out[sigPast], "it had been", "had been dropping", "se coupait~0.8")
	out[sigPraise] = append(out[sigPraise], "deserves a raise", "deserve a raise", "deserves a medal",
		"credit where due", "credit where credit is due", "take notes~0.6")
	out[sigComplaint] = append(out[sigComplaint], "booking does not exist~0.8", "booking doesn't exist~0.8",
		"reservation does not exist~0.8", "reservation doesn't exist~0.8", "no record of my booking~0.8",
		"no record of my reservation~0.8")
	// pay that did not reach the people waiting for it, a card the
	// gateway turns down, a screen that stays blank
	out[sigImpact] = append(out[sigImpact], "employees have not been paid", "employees haven't been paid",
		"staff have not been paid", "staff haven't been paid", "staff has not been paid", "staff hasn't been paid",
		"workers have not been paid", "workers haven't been paid", "nobody has been paid", "nobody got paid",
		"no one has been paid", "no one got paid", "have not been paid~0.6", "haven't been paid~0.6",
		"nichts auf dem konto", "kein gehalt bekommen", "keinen lohn bekommen", "kein geld bekommen",
		"wo ihr geld ist", "wo ihr lohn ist", "nicht ausgezahlt~0.8", "n'ont pas été payés", "n'ont pas été payées",
		"pas reçu leur salaire", "pas reçu leur paie", "pas touché leur salaire", "trabajadores sin cobrar",
		"empleados sin cobrar", "plantilla sin cobrar", "no han cobrado", "nadie ha cobrado", "no ha cobrado nadie",
		"no han recibido la nómina", "no han recibido su nómina", "salariés qui attendent", "employés qui attendent",
		"mitarbeiter warten auf", "employees are waiting for their")
	out[sigOutage] = append(out[sigOutage], "weißen bildschirm", "weißer bildschirm", "weissen bildschirm",
		"weisser bildschirm", "schwarzen bildschirm", "schwarzer bildschirm", "sale rechazada", "sale rechazado",
		"tarjeta rechazada", "pago rechazado", "rechaza la tarjeta", "rechazan la tarjeta", "rechazando la tarjeta",
		"jedes mal abgelehnt", "immer wieder abgelehnt", "nicht rausgegangen~0.8", "nicht raus gegangen~0.8")
	// leaving told by the work taken elsewhere
	out[sigChurn] = append(out[sigChurn], "dejaremos de trabajar con~1.5", "dejamos de trabajar con~1.5",
		"vamos a dejar de trabajar con~1.5", "irnos a otro~1.2", "irnos a otra~1.2", "marcharnos a otro~1.2",
		"marcharnos a otra~1.2", "à un autre cabinet~1.2", "à un autre prestataire~1.2", "stop working with you~1.5",
		"bin ich weg~1.5")
	out[sigCalm] = append(out[sigCalm], "pas grave", "c pas grave", "nicht schlimm", "no es grave")
	// leaving for a rival of the trade (an insurer, an agency, a
	// breakdown service), told as done or being done; an account or a
	// membership to close; a customer lost
	out[sigChurn] = append(out[sigChurn], "to another insurer~1.5", "a new insurer~1.2", "other agencies~0.8",
		"talking to other agencies~1.2", "talking to other providers~1.2", "signed up with another~1.5",
		"joined another~1.2", "don't bother sending the renewal~1.5", "don't bother with a retention~1.5",
		"close my membership~1.5", "close membership~1.2", "close our membership~1.5", "porting our numbers~1.5",
		"porting our number~1.5", "porting my number~1.5", "neuen versicherer~1.2", "einen neuen versicherer~1.5",
		"zusammenarbeit zum * zu beenden~1.8", "zusammenarbeit * zu beenden~1.8", "beenden wir das vertragsverhältnis~1.8",
		"das vertragsverhältnis~0.6", "kein angebot mehr~1.2", "die entscheidung ist gefallen~0.8",
		"chez un autre assureur~1.5", "vers un autre assureur~1.5", "clôturer notre adhésion~1.5", "clôturer mon adhésion~1.5",
		"a otra aseguradora~1.5", "de alta en otra~1.5", "ni un euro más~1.2",
		"perder a un cliente~1.5", "perdido a un cliente~1.5", "perdre un client~1.5", "perdu un client~1.5",
		"einen kunden verloren~1.5", "cerrando mi cuenta~1.5", "cerrando la cuenta~1.5")
	out[sigComplaint] = append(out[sigComplaint], "never turned up", "no llegó nunca",
		"n'est jamais venu", "n'est jamais venue", "ist nie gekommen", "kam nie")
	// a drill told as one
	out[sigCalm] = append(out[sigCalm], "nur die übung", "nur eine übung", "ist nur ein test", "probealarm")
	// travellers: a passenger taken ill or smoking on board, a relative
	// in intensive care, a passport left on the plane, a line that hangs
	// up, an empty carousel, a last call
	out[sigImpact] = append(out[sigImpact], "having a seizure~0.8", "had a seizure~0.6", "asking for a doctor~0.8",
		"asking for a dr~0.8", "smoking in the lavatory~0.8", "smoking in the lav~0.8", "in the icu~0.8",
		"passport left on~0.8", "left my passport on~0.8", "left my passport in~0.6")
	out[sigComplaint] = append(out[sigComplaint], "hangs up after~0.8", "keeps hanging up~0.8", "carousel * is empty~0.8",
		"bag is somewhere~0.6", "just got diverted~0.8")
	out[sigDeadline] = append(out[sigDeadline], "final call~0.6", "says final call~0.8")
	// fixed, told as right again
	out[sigResolved] = append(out[sigResolved], "todo está correcto", "ahora está todo correcto", "tout est correct",
		"tout est correct maintenant", "jetzt stimmt alles", "stimmt jetzt alles", "everything is correct now",
		"all correct now", "ya me llegó", "ya nos llegó", "problemlos durch", "gehen jetzt problemlos")
	// leaving, told in more of the customer's own words: a decision not
	// to renew, the ways parting, the deal off, codes to port the lines,
	// the account closed, a client lost to the end of the term
	out[sigChurn] = append(out[sigChurn], "decidido no renovar~1.8", "decided not to renew~1.8",
		"décidé de ne pas renouveler~1.8", "trennen sich unsere wege~1.8", "trennen sich hier unsere wege~1.8",
		"unsere wege trennen sich~1.8", "the deal is off~1.2", "do not take another direct debit~1.5",
		"don't take another direct debit~1.5", "pac codes~1.5", "pac code~1.5", "take our money to~1.5",
		"take my money to~1.5", "je ferme mon compte~1.5", "os quedáis sin cliente~1.5", "se quedan sin cliente~1.5",
		"signed up elsewhere~1.5", "comunico la baja~1.5", "la baja de nuestra cuenta~1.5", "me he pasado a~1.5",
		"nos hemos pasado a~1.5", "über eine andere~1.2", "on s'arrête là~1.0")
	out[sigLegal] = append(out[sigLegal], "ferai valoir mes droits", "faire valoir mes droits")
	out[sigOutage] = append(out[sigOutage], "systématiquement en erreur", "part en erreur", "tombe en erreur")
	out[sigImpact] = append(out[sigImpact], "ne peuvent pas partir~0.8", "camions à quai~0.6")
	// leaving as the end of an ultimatum, in more words: looking
	// elsewhere, finding others, going over to a rival already asked
	out[sigChurn] = append(out[sigChurn], "schauen wir uns woanders um~1.5", "uns woanders um~1.2",
		"woanders umschauen~1.2", "woanders umsehen~1.2", "me busco a otros~1.5", "me busco otra~1.2",
		"me busco otro~1.2", "buscaré otro~1.2", "buscaré otra~1.2", "me paso con ellos~1.5", "nos pasamos con ellos~1.5",
		"to a different platform~1.2", "over to a different~1.2", "to a different provider~1.2")
	// a service down for the premises, stock that thaws, work not saved,
	// a room of people who cannot start, takings in cash only
	out[sigOutage] = append(out[sigOutage], "power has been off", "power is off", "power's off", "no ha podido entrar nadie",
		"nothing is being saved", "nothing is saved", "ni guarda", "no guarda nada")
	// an appointment or a closing at a clock time, as the traveller's
	// flight is: the time the customer is blocked by
	out[sigDeadline] = append(out[sigDeadline], "appointment is at @time", "appointment at @time",
		"appointment's at @time", "cita a las @time", "cita es a las @time", "rendez vous à @time", "rdv à @time",
		"termin um @time", "um @time einen termin", "um @time einen arzttermin", "ferme à @time~0.8",
		"schließt um @time~0.8", "cierra a las @time~0.8")
	// asked out of curiosity; what is fine on a third party's side; a
	// car that will not start, a site that shows a white page; working
	// again
	out[sigCalm] = append(out[sigCalm], "pura curiosidad", "por curiosidad", "par curiosité", "par pure curiosité",
		"aus neugier", "reine neugier", "pure curiosity")
	out[sigResolved] = append(out[sigResolved], "por su parte está todo bien~0", "por su parte todo bien~0",
		"de leur côté tout va bien~0", "de son côté tout va bien~0", "auf ihrer seite ist alles in ordnung~0",
		"on their side everything is fine~0", "on their end everything is fine~0", "tout refonctionne",
		"refonctionne", "refonctionnent", "remarche", "vuelve a funcionar", "funciona de nuevo",
		"funktioniert wieder")
	out[sigOutage] = append(out[sigOutage], "springt nicht mehr an", "springt nicht an", "white page", "blank page",
		"page blanche", "página en blanco", "weiße seite", "weisse seite", "coche se ha parado",
		"se ha encendido un testigo~0.6")
	out[sigImpact] = append(out[sigImpact], "start to thaw~0.8", "starting to thaw~0.8", "encaisser qu'en espèces~0.8",
		"only take cash~0.8", "only taking cash~0.8", "nur noch bar~0.8", "solo en efectivo~0.6", "la salle est pleine~0.6")
	out[sigResolved] = append(out[sigResolved], "sofort wieder alles", "lief sofort wieder", "ging sofort wieder",
		"funktionierte sofort wieder")
	return out
}

// numberWords match "#" besides digits.
var numberWords = [...]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "many", "multiple",
	"couple", "few", "deux", "trois", "quatre", "cinq", "six", "dix", "plusieurs", "zwei", "drei", "vier",
	"fünf", "sechs", "zehn", "mehrere", "dos", "tres", "cuatro", "cinco", "seis", "diez", "varias", "varios",
	"huit", "onze", "douze", "quinze", "vingt", "trente", "sieben", "acht", "neun", "elf", "zwölf", "fünfzehn",
	"zwanzig", "dreißig", "siete", "ocho", "nueve", "doce", "quince", "veinte", "treinta"}
