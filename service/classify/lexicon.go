package classify

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
	numSignals
)

// isTimeSignal reports the signals that say when: deadlines, the present
// and ongoing ("today", "still", "since Monday"), pleas for help now, and
// priority headers. They make a problem urgent; alone they count less.
func isTimeSignal(s int) bool {
	return s == sigDeadline || s == sigNow || s == sigPlea || s == sigHeader
}

// signalTable returns the designed weights. Urgency weights are
// noisy-OR'ed, so 0.5 means "this alone makes the message half urgent".
// Calm phrases carry a negative weight that scales urgency down.
func signalTable() [numSignals]signal {
	return [numSignals]signal{
		sigInsult:    {"insult", 0.55, 0},
		sigAngerWord: {"anger_word", 0.30, 0},
		sigRepeat:    {"repeat_contact", 0.35, 0.35},
		sigChurn:     {"churn_threat", 0.40, 0.25},
		sigLegal:     {"legal_threat", 0.55, 0.45},
		sigShouting:  {"shouting", 0.35, 0},
		sigExclaim:   {"exclamation", 0.15, 0},
		sigOutage:    {"outage", 0, 0.55},
		sigImpact:    {"business_impact", 0.05, 0.50},
		sigDataLoss:  {"data_loss", 0, 0.65},
		sigSecurity:  {"security", 0, 0.60},
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
	}
}

// lexicon lists the phrases of each signal.
func lexicon() [numSignals][]string {
	return [numSignals][]string{
		sigInsult: {
			"idiot", "idiots", "idiotic", "stupid", "stupidity", "incompetent", "incompetence", "useless",
			"pathetic", "moron", "morons", "moronic", "clowns", "clown show", "a joke", "garbage", "trash",
			"crap", "crappy", "rubbish", "shit", "shitty", "bullshit", "this is bs", "such bs", "total bs",
			"complete bs", "utter bs", "what bs", "is bs", "damn~0.7", "dammit", "goddamn",
			"wtf", "fuck", "fucking", "fucked", "fuck you", "screw you", "screwed", "sucks", "suck~0.8",
			"scam", "scammed", "scammers", "liars", "lying", "lied to", "thieves", "rip off", "ripoff",
			"ripped off", "clueless", "worthless", "dumb", "asshole", "assholes", "jerk", "jerks",
			"disgrace", "amateurs", "amateurish", "a farce", "shambles", "hell~0.6", "piss", "pissed",
			"pissed off", "ass~0.6", "fool", "fools", "foolish", "loser", "losers", "coward", "cowards",
			"hypocrite", "hypocrites", "hypocritical", "bigot", "bigots", "scum", "vile", "despicable",
			"arrogant", "arrogance", "insufferable", "pig", "pigs", "creep", "creeps", "traitor",
			"dickhead", "prick", "bastard", "bastards", "bitch", "douche", "douchebag", "twat", "wanker",
			"fascist", "fascists", "nazi", "nazis", "racist", "sexist", "shut up", "stfu", "gtfo",
			"go to hell", "piece of shit", "fck", "fking", "fkn", "effing", "frigging", "freaking~0.6",
			"bloody~0.6", "cunt", "motherfucker", "motherfucking", "dipshit", "dumbass", "jackass",
			"imbecile", "imbeciles", "cretin", "numpty", "muppets", "muppet", "clown", "hopeless",
			"shitshow", "clusterfuck", "bollocks", "fuckin", "fucks", "fucker", "fuckers", "fuckery",
			"shite", "shits", "damnit", "screw this", "screw that", "screw them", "screw it", "pissing",
			"pisses me off", "smh", "hell no", "bloody hell", "jesus christ",
		},
		sigAngerWord: {
			"angry", "anger~0.7", "furious", "livid", "outraged", "outrageous", "outrage", "unacceptable",
			"ridiculous", "disgusting", "disgusted", "disgraceful", "appalling", "appalled", "terrible~0.8",
			"horrible~0.8", "horrendous", "awful~0.8", "worst~0.9", "fed up", "sick of", "sick and tired",
			"frustrated", "frustrating", "frustration", "annoyed", "annoying", "infuriating", "infuriated",
			"disappointed", "disappointing", "disappointment", "never again", "shameful", "shame on you",
			"absurd", "insane~0.6", "hate~0.7", "hated~0.7", "lousy", "atrocious", "inexcusable", "unbelievable~0.7",
			"mad~0.6", "upset~0.7", "rude", "fuming", "enough is enough", "last straw", "the last straw",
			"how dare you", "beyond frustrated", "are you kidding", "are you kidding me", "seriously~0.6",
			"pathetically", "poor service", "terrible service", "awful service", "bad service",
			"customer service is", "zero help", "no help~0.8", "not acceptable", "irate",
			"blood boil", "blood boiling", "makes my blood boil", "rage", "raging", "enraged", "seething",
			"boiling", "scream", "screaming", "yell", "yelling", "punch", "slap", "smack", "kick",
			"strangle", "kill", "beat up", "hatred", "hateful", "despise", "loathe", "detest",
			"can't stand", "cannot stand", "had it with", "had enough", "i'm done", "i am done",
			"what the hell", "what the fuck", "the hell", "for god's sake", "for fuck's sake",
			"ffs", "omfg", "gross", "vindictive", "spiteful", "resent", "resentment", "grr", "grrr",
			"annoy", "annoys", "annoyance", "irritating", "irritated", "irritates", "irritation",
			"aggravating", "aggravated", "exasperated", "exasperating", "indignant", "hostile", "bitter",
			"angrier", "angriest", "angrily", "furiously", "mad at", "so mad", "tired of", "how dare",
			"embarrassing~0.5", "shameless", "nonsense", "idiocy", "lunacy", "madness", "unreal~0.5",
			"argh", "ugh", "disrespect", "unverschämt", "frechheit", "inakzeptabel", "inadmissible", "estoy harto", "thanks for losing", "thanks for ruining", "thanks for cancelling", "thanks for canceling", "thanks for delaying", "thank you for losing", "thank you for ruining", "pénible~0.6", "estoy harta", "harto~0.7", "harta~0.7", "inacceptable", "scandaleux", "inaceptable", "vergonzoso", "inaccettabile", "vergogna", "schandalig", "onacceptabel", "disrespectful", "insulting", "insult", "offended", "offensive",
		},
		sigRepeat: {
			"third time", "second time", "fourth time", "fifth time", "3rd time", "2nd time", "4th time",
			"# times~0.8", "yet again", "once again", "again~0.5", "still waiting", "still not", "still no",
			"still haven't", "still hasn't", "still can't", "still don't", "still broken", "still down",
			"still nothing", "still have not", "still has not", "nobody called", "no one called",
			"never called back", "nobody got back", "no one got back", "never got back", "never heard back",
			"haven't heard back", "have not heard back", "didn't call back", "did not call back",
			"no call back", "no callback", "promised to call", "promised a call", "supposed to call",
			"no response", "no reply", "no answer", "not answered", "never answered", "nobody answered",
			"no one answered", "been ignored", "being ignored", "ignored~0.9", "ignoring~0.8", "how many times",
			"keeps happening", "keep happening", "already told", "already explained", "already sent",
			"already called", "repeatedly", "multiple times~0.8", "several times~0.8", "many times~0.8",
			"over and over", "for weeks", "for # weeks", "for # days", "for days", "for months",
			"every time~0.6", "same problem", "same issue", "previous ticket", "follow up~0.5", "following up~0.5",
			"chasing~0.7", "reopened",
			"second email", "third email", "fourth email", "fifth email", "# emails", "# calls",
			"# messages", "# tickets", "any update~0.5", "any news~0.5", "still no reply", "heard nothing",
			"no one has replied", "nobody has replied", "no one has responded", "nobody has responded",
			"no one answers", "nobody answers", "no one answering", "nobody answering", "no one picks up",
			"nobody picks up", "no one is answering", "nobody is answering", "nobody calls back",
			"no one calls back", "nobody called me back", "no one called me back",
			"niemand ruft zurück", "keiner ruft zurück", "ruft niemand zurück", "ruft keiner zurück",
			"niemand antwortet", "keiner antwortet", "keine antwort", "keine rückmeldung", "niemand geht ran",
			"schon wieder", "immer noch", "zum dritten mal", "zum zweiten mal", "dreimal", "mehrmals",
			"personne ne répond", "personne ne rappelle", "personne ne décroche", "aucune réponse",
			"toujours pas", "encore une fois", "troisième fois", "deuxième fois", "plusieurs fois",
			"nadie contesta", "nadie responde", "nadie atiende", "nadie me llama", "nadie llama",
			"sin respuesta", "ninguna respuesta", "otra vez", "de nuevo~0.6", "tercera vez", "segunda vez",
			"varias veces", "todavía no", "sigue sin", "aún no", "cuarta vez", "quinta vez", "nadie me responde",
			"nadie nos responde", "nadie me contesta", "nadie nos contesta", "antwortet keiner", "antwortet niemand", "tercer aviso", "third reminder",
			"second reminder", "sigo sin", "again and again", "still haven't heard", "still awaiting", "as per my previous email",
			"as per my last email", "my previous email~0.7", "my last email~0.7", "already reported", "still open~0.7",
			"erneut~0.7", "schon mehrfach", "bereits gemeldet", "keine reaktion", "ohne antwort", "immer noch keine",
			"kein rückruf", "nicht zurückgerufen", "à nouveau~0.7", "toujours aucune", "déjà signalé", "sans réponse",
			"sans nouvelles", "jamais rappelé", "ya lo reporté", "ya reporté", "sigo esperando", "sin noticias",
			"nunca me llamaron", "no me han llamado", "nadie me da~0.8", "nadie nos da~0.8", "meldet sich nicht", "meldet sich niemand", "nichts passiert", "nothing happened~0.6", "# mails~0.8", "# anrufe~0.8", "# llamadas~0.8", "# correos~0.8", "# appels~0.8", "meldet sich keiner", "déjà écrit", "déjà appelé", "ya escribí", "ya llamé", "no me devolvieron", "zum vierten mal", "quatrième fois", "relance", "# fois~0.8", "# mal~0.8", "# veces~0.8",
		},
		sigChurn: {
			"cancel my", "cancelling my", "canceling my", "close my account", "closing my account",
			"switch provider", "switch providers", "switching provider", "switching to", "switch to another",
			"take my business", "taking my business", "business elsewhere", "go elsewhere", "going elsewhere",
			"find another", "look for another", "looking for another", "another provider~0.5", "another company~0.5",
			"leave~0.5", "leaving~0.5", "full refund", "my money back", "money back",
			"chargeback", "charge back", "dispute the charge", "dispute with my bank", "bad review",
			"negative review", "one star", "1 star", "write a review", "never use", "never fly",
			"never buy", "never again", "won't be using", "won't be back", "lost a customer",
			"lost my business", "ex customer", "former customer", "terminate~0.6", "termination~0.6",
			"end my contract", "end the contract", "unsubscribe me", "kündigen", "kündigung", "résilier", "résiliation", "cancelar", "disdetta", "opzeggen",
			"cancel the contract", "cancel our", "cancelling our", "canceling our", "cancel the subscription",
			"cancel the service", "tell everyone", "tell all my", "social media", "post online", "go public",
			"we cancel", "i cancel", "we will cancel", "i will cancel", "we'll cancel", "i'll cancel",
			"will cancel", "cancel everything", "we will leave", "we'll leave", "we are leaving", "we're leaving",
			"moving to another", "move to another", "switch to a competitor", "competitor~0.6", "competitors~0.6",
			"kündige", "vertrag kündigen", "anbieter wechseln", "den anbieter", "geld zurück",
			"résilie", "je résilie", "changer d'opérateur", "changer de fournisseur", "remboursement~0.5",
			"looking at alternatives", "look at alternatives", "considering other providers", "move our business",
			"moving our business", "not renew", "won't renew", "will not renew", "end our contract",
			"end our subscription", "close our account", "find a new provider", "wechseln zu", "zur konkurrenz",
			"nicht verlängern", "vertrag beenden", "storniere", "stornieren", "changer de prestataire", "change de fournisseur", "other vendors", "another vendor", "chez un concurrent", "passerons chez", "passer chez~0.6", "otro proveedor", "anderen anbieter", "fristlos", "reviewing other~0.7", "evaluating other~0.7", "won't be renewing", "not be renewing", "will not be renewing", "change d'opérateur", "change de prestataire",
			"aller voir ailleurs", "la concurrence", "ne pas renouveler", "mettre fin au contrat",
			"annuler mon abonnement", "annuler le contrat", "me voy a otra compañía", "la competencia",
			"no renovar", "rescindir el contrato", "cambio de operador", "cambiarme de operador", "cancelo", "cancelaré", "cancelamos", "cancelar mi", "quiero cancelar", "cancelar nuestro", "cancelar el contrato", "dar de baja", "me doy de baja",
			"darme de baja", "cambio de compañía", "cambiar de compañía", "reembolso~0.5",
		},
		sigLegal: {
			"lawyer", "lawyers", "attorney", "solicitor", "legal action", "legal advice", "legal team",
			"sue", "suing", "lawsuit", "court", "small claims", "ombudsman", "regulator", "trading standards",
			"consumer protection", "better business bureau", "to the bbb", "the press", "journalist", "media~0.5",
			"report you to", "will report you", "i'll report you", "going to report you", "reporting you", "file a complaint", "formal complaint", "official complaint",
			"fcc", "ftc", "attorney general", "anwalt", "rechtsanwalt", "avocat", "abogado", "avvocato", "advocaat", "breach of contract", "gdpr", "data protection",
			"verklagen", "klage", "verbraucherzentrale", "anzeige erstatten", "rechtliche schritte",
			"porter plainte", "plainte~0.7", "tribunal", "mise en demeure",
			"denuncio", "los denuncio", "denunciar", "denuncia", "demanda", "demandar",
			"oficina del consumidor", "consumo~0.7", "porte plainte", "claim damages", "damages~0.7", "reclamación formal", "reclamación~0.7",
		},
		sigOutage: {
			"outage", "outages", "is down", "are down", "went down", "been down", "goes down", "keeps going down",
			"down again", "still down", "site down", "server down", "system down", "service down",
			"website down", "email down", "network down", "offline~0.8", "not working", "stopped working",
			"doesn't work", "does not work", "don't work", "isn't working", "is not working",
			"aren't working", "won't work", "broken", "broke~0.7", "crashed", "crashes", "crashing", "crash~0.7",
			"can't log in", "cannot log in", "can't login", "cannot login", "unable to log in",
			"unable to login", "can't sign in", "cannot sign in", "unable to sign in", "locked out",
			"can't access", "cannot access", "unable to access", "can't connect", "cannot connect",
			"unable to connect", "no access", "no internet", "no connection", "no service", "no signal",
			"error 500", "500 error", "502", "503", "bad gateway", "timeout~0.6", "timed out", "time out~0.6",
			"production~0.6", "prod~0.6", "nothing works", "nothing is working", "won't load", "not loading",
			"doesn't load", "can't send", "cannot send", "can't receive", "cannot receive",
			"not receiving", "not sending", "bouncing", "bounced", "failing~0.7", "fails~0.7", "failed~0.7",
			"failure~0.7", "glitch~0.7", "bug~0.5", "error~0.45", "errors~0.45", "frozen~0.7", "freezes~0.7", "unusable", "unavailable~0.7", "funktioniert nicht", "geht nicht", "ausfall", "störung", "ne fonctionne pas", "ne marche pas", "en panne", "panne", "no funciona", "caído", "non funziona", "werkt niet", "storing",
			"has been down", "unable to~0.5", "impossible to~0.5", "kann nicht~0.5", "können nicht~0.5",
			"ne peux pas~0.5", "ne pouvons pas~0.5", "no puedo~0.5", "no longer~0.8", "nicht mehr~0.7", "ne peuvent plus", "ne peut plus", "ne pouvons plus",
			"hors ligne", "no arranca", "sin línea", "kommen nicht an", "kommt nicht an", "geht nicht raus",
			"is dead~0.7", "are dead~0.7", "gone dead~0.7", "been silent~0.7", "has stopped", "have stopped",
			"not arriving", "not going out", "no dial tone", "invalid credentials", "password doesn't work",
			"password does not work", "seems to be down", "appears to be down", "is not loading", "not accessible",
			"isn't accessible", "can't use", "cannot use", "unable to use", "can't open", "cannot open",
			"unable to open", "keeps crashing", "stopped syncing", "not syncing", "returns an error",
			"getting an error", "blank page", "white screen", "times out", "account locked", "account is locked",
			"account has been locked", "account suspended", "account is suspended", "access denied",
			"lässt sich nicht öffnen", "startet nicht", "reagiert nicht", "nicht verfügbar", "konto gesperrt",
			"kein zugang", "komme nicht rein", "ne répond plus", "ne démarre pas", "ne s'ouvre pas",
			"indisponible", "compte bloqué", "compte suspendu", "accès refusé", "no carga", "no abre",
			"no responde", "no está disponible", "cuenta bloqueada", "cuenta suspendida", "acceso denegado",
			"inaccessible", "out of service", "ne reçoivent plus", "ne reçoit plus",
			"ne recibimos", "caída", "unable to send", "unable to receive", "can't send any", "cannot send any",
			"declines every", "declined every", "n'arrive plus à accéder", "n'arrive pas à accéder",
			"n'arrive plus à me connecter", "n'arrive pas à me connecter", "impossible d'accéder", "can no longer log", "no longer log in", "no longer able to log", "can no longer access",
			"no longer works", "no longer working", "database error", "shows an error", "gives an error", "500 errors", "502 errors", "503 errors", "ne peux plus", "ne pouvons plus", "plus accéder", "été suspendu", "été bloqué", "été désactivé", "été supprimé", "are dropping", "calls dropping", "calls are dropping", "dropped calls", "failed overnight", "failed last night", "failed this morning", "is disabled~0.8", "been disabled~0.8", "kein * * mehr~0.7", "keine * * mehr~0.7", "keeps spinning", "just spins", "only spins", "ausgesperrt", "plus accès", "pas accès", "plus d'accès", "aucun accès", "sin acceso", "keeps failing", "keep failing", "kept failing", "keeps timing out", "keeps disconnecting", "keeps dropping", "keeps freezing", "keeps logging me out", "timeouts~0.6", "getting timeouts", "every login~0.7", "not reaching", "aren't reaching", "are not reaching", "isn't reaching", "is not reaching", "not getting through", "empty pages~0.7", "empty page~0.7", "nicht zugestellt", "keine * mehr~0.7", "kein * mehr~0.7", "n'arrivent pas", "n'arrivent plus", "no llegan", "no llega", "se cierra~0.7", "se cuelga", "se bloquea", "throwing errors", "throwing * errors", "returning errors", "returning * errors", "for every request~0.7", "on every request~0.7", "every request fails", "all requests fail",
			"throws an error", "ne peut se connecter", "ne peut plus se connecter", "ne peuvent plus se connecter",
			"ne peuvent pas se connecter", "peut plus se connecter", "da error", "sistema caído", "reach anyone", "reach someone", "reach anybody", "get hold of", "trying to get through", "get through to", "not responding", "unreachable", "can't get through", "cannot get through",
			"unable to get through", "can't reach", "cannot reach", "unable to reach", "can't log into",
			"cannot log into", "can't get in", "cannot get in", "can't get into", "cannot get into",
			"funktioniert gar nichts", "funktioniert nichts", "geht gar nichts", "geht nichts mehr",
			"nicht mehr anmelden", "nicht mehr einloggen", "funktioniert nicht mehr", "geht nicht mehr",
			"ausgefallen", "nicht erreichbar", "nicht anmelden", "nicht einloggen", "kein zugriff",
			"kein internet", "ist down", "ne fonctionne plus", "ne marche plus", "rien ne marche",
			"rien ne fonctionne", "hors service", "coupure", "impossible de me connecter",
			"impossible de se connecter", "pas me connecter", "pas nous connecter", "sin servicio",
			"sin internet", "sin conexión", "no puedo acceder", "no podemos acceder", "no puedo entrar",
			"no podemos entrar", "no puedo iniciar sesión", "está caído", "está caída", "no funciona nada",
		},
		sigImpact: {
			"losing money", "lost money", "losing sales", "lost sales", "losing customers",
			"losing business", "lost business", "costing us", "costing me", "cost us", "cost me",
			"can't work", "cannot work", "unable to work", "can't do my job", "whole team", "entire team",
			"whole office", "entire office", "entire company", "whole company", "all our customers",
			"all of our customers", "our customers can't", "our customers cannot", "all users",
			"everyone in", "nobody can", "no one can", "orders failing", "orders are failing",
			"payments failing", "payments are failing", "can't take payments", "cannot take payments",
			"revenue", "business critical", "mission critical", "shop is closed", "store is down",
			"missed my", "miss my", "missed the", "missed a", "missed connection", "missed our",
			"ruined", "stranded", "stuck~0.7", "standstill", "at a standstill", "stillstand", "à l'arrêt",
			"paralizados", "customers cannot", "clients cannot", "patients cannot",
			"users cannot", "staff cannot", "employees cannot", "customers can't", "clients can't", "patients can't",
			"users can't", "staff can't", "nos clients ne peuvent", "clientes no pueden", "kunden können nicht",
			"geschäftskritisch", "is blocked", "are blocked", "we are blocked", "every payment",
			"every order", "all payments", "all orders", "all visitors", "all our visitors", "all customers",
			"every customer", "every user", "for everyone", "all of our users", "aucun de nos", "no podemos trabajar",
			"no podemos facturar", "no podemos vender", "perdiendo clientes", "perdemos clientes", "no podemos~0.6", "none of our", "none of us", "nobody can work", "no one can work",
			"# employees~0.7", "all employees", "all our employees", "all our users", "no way home",
			"keiner kann arbeiten", "niemand kann arbeiten", "nicht arbeiten", "verlieren umsatz",
			"personne ne peut", "perdons des ventes", "perdons de l'argent", "nadie puede trabajar",
			"nadie puede", "perdemos ventas", "perdiendo dinero", "losing orders", "lost orders", "customers unable", "users unable", "clients unable", "staff unable", "employees unable", "denied boarding", "wouldn't let me on", "won't let me on", "wouldn't let me board", "won't let me board", "wouldn't let us board", "gave my seat away", "gave away my seat", "give my seat away", "gave our seats away", "don't have a seat", "do not have a seat", "no seat~0.7", "no transportation", "running out of money", "no place to stay", "no hotel~0.7", "sleep at the airport", "sleeping at the airport", "night at the airport", "ningún cliente", "ningún usuario", "ningún empleado", "aucun client", "aucun utilisateur", "kein kunde", "kein einziger", "losing bookings", "losing revenue", "losing leads", "orders are lost", "bloqué~0.7", "bloquée~0.7", "bloqués~0.7", "bloqueado~0.7", "bloqueada~0.7", "blockiert~0.7", "hängt fest", "hängen fest",
		},
		sigDataLoss: {
			"data loss", "lost data", "lost all", "lost my", "lost our", "all my email", "all my emails",
			"all my files", "all our data", "all my data", "is gone", "are gone", "all gone",
			"disappeared", "vanished", "wiped", "erased", "deleted~0.7", "corrupted", "corrupt",
			"missing files", "missing emails", "missing data", "can't find my", "cannot find my",
			"lost luggage~0.8", "lost bag~0.8", "lost bags~0.8", "lost my luggage~0.8", "lost my bag~0.8",
			"missing bag~0.8", "missing bags~0.8", "missing luggage~0.8", "bag is missing~0.8",
			"bags are missing~0.8", "luggage is missing~0.8", "went missing~0.8", "gone missing~0.8", "losing my luggage~0.8", "losing my bag~0.8", "losing our luggage~0.8", "lost our luggage~0.8", "lost our bags~0.8",
		},
		sigSecurity: {
			"hacked", "hack~0.6", "breach", "breached", "data breach", "security breach", "compromised",
			"phishing", "ransomware", "malware", "virus~0.7", "unauthorized", "unauthorised", "fraud~0.9",
			"fraudulent", "stolen~0.9", "suspicious login", "suspicious activity", "someone logged in",
			"identity theft", "leaked", "leak~0.6", "exposed~0.6", "someone logged", "someone accessed",
			"someone has access", "changed my password", "changed the password", "changed the passwords",
			"changed our password", "changed our passwords",
			"without our approval", "without my approval", "freeze the account", "freeze our account", "freeze my account", "lock the account", "lock our account", "block the card", "block our card", "don't recognise this", "don't recognize this", "don't recognise these", "don't recognize these", "do not recognise this", "do not recognize this", "do not recognise these", "do not recognize these", "a login we don't", "charges we don't", "charges i don't", "didn't authorise", "didn't authorize", "did not authorise", "did not authorize", "we did not place", "didn't place", "none of us know", "without permission", "without authorization",
			"without authorisation", "account was taken over", "not me~0.5",
		},
		sigDeadline: {
			"asap", "a s a p", "as soon as possible", "urgent", "urgently", "emergency", "immediately",
			"right now", "right away", "straight away", "within the hour", "within an hour", "in an hour",
			"in # hours", "in # minutes", "within # hours", "within # minutes", "by tomorrow",
			"by tonight", "by today", "by noon", "by midnight", "by @time", "by #~0.6", "before @time",
			"by eod", "before eod", "by end of day", "by the end of the day", "by close of business", "by cob",
			"by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "deadline",
			"time sensitive", "time critical", "critical~0.7", "top priority", "high priority",
			"before my presentation", "before the meeting", "before my meeting", "can't wait any longer", "cannot wait any longer",
			"this can't wait", "this cannot wait", "it can't wait", "it cannot wait",
			"before my trip", "before my flight", "before monday", "before tuesday", "before wednesday",
			"before thursday", "before friday", "before the weekend", "leaves in", "departs in",
			"boarding in", "takes off in", "is due", "due at", "due by", "due today", "due tomorrow",
			"due tonight", "fällig", "à rendre", "vence hoy", "bis heute abend", "noch heute", "spätestens", "frist",
			"au plus tard", "avant midi", "dans l'heure", "dans une heure", "date limite", "a más tardar",
			"antes de las", "fecha límite", "plazo~0.7", "before the evening", "before we open", "before opening",
			"before close", "as priority", "as a priority", "treat as urgent", "échéance", "has to * today", "have to * today", "needs to * today",
			"must * today", "has to be * today", "needs to be * today",
			"dringend", "sofort", "umgehend", "eilt", "so schnell wie möglich", "bis morgen", "bis heute",
			"heute noch", "bis @time", "bis montag", "bis dienstag", "bis mittwoch", "bis donnerstag",
			"bis freitag", "bis morgen früh", "avant lundi", "avant mardi", "avant mercredi", "avant jeudi",
			"avant vendredi", "d'ici lundi", "d'ici vendredi", "antes del lunes", "antes del viernes",
			"para el lunes", "para el viernes", "urgence", "immédiatement", "tout de suite", "dès que possible",
			"au plus vite", "avant ce soir", "d'ici ce soir", "d'ici demain", "avant demain",
			"urgente", "urgentemente", "inmediatamente", "cuanto antes", "lo antes posible", "hoy mismo",
			"antes de mañana", "para mañana", "subito", "spoed", "at @time tomorrow", "tomorrow at @time", "at midnight~0.7", "before midnight", "meeting is at", "meeting at #~0.7", "presentation is at", "demo is at", "launch is at", "goes live at", "go live at", "bis ende der woche", "bis ende des monats", "bis zum ende der woche", "bis zum wochenende", "d'ici la fin de la semaine", "avant la fin de la semaine", "d'ici la fin du mois", "antes del fin de semana", "antes de fin de mes", "para final de mes", "by the end of the week~0.7", "by the end of the month~0.6", "by end of week~0.7", "by end of month~0.6", "closes at~0.7", "closes tonight", "closes today", "closes tomorrow", "at @time today", "today at @time", "at @time tonight", "opens at @time", "starts at @time", "morgen um @time", "demain à @time", "mañana a las",
		},
		sigNow: {
			"today", "tonight", "tomorrow~0.8", "now~0.7", "currently", "at the moment", "as we speak",
			"still", "this week~0.5", "my flight~0.7", "since #", "since @time", "since yesterday",
			"since this morning", "since last night", "since monday", "since tuesday", "since wednesday",
			"since thursday", "since friday", "since the weekend", "since noon", "since midnight", "since lunch", "since the update", "since the upgrade",
			"since the migration", "since the outage", "since the change", "since your update", "since your maintenance", "since the maintenance", "since your change", "since your release", "since the release", "since your~0.6",
			"seit gestern", "heute morgen", "heute früh", "this morning~0.6", "esta mañana~0.7", "ce matin~0.6", "guten morgen~0", "por la mañana~0", "de la mañana~0", "depuis hier", "desde ayer", "heute", "morgen~0.8", "jetzt", "gerade~0.6", "seit", "aujourd'hui", "demain~0.8", "maintenant",
			"en ce moment", "depuis", "ce soir", "hoy", "mañana~0.8", "ahora", "desde", "todavía", "sigue",
			"oggi", "vandaag", "flight #~0.7", "flt #~0.7", "at the airport", "at the gate", "on the plane",
			"on the tarmac", "on the runway", "sitting on", "stuck on", "on this plane", "on this runway", "in the terminal", "2day", "2nite", "tmrw", "tmr~0.8",
			"right now", "been trying", "keep trying", "still trying", "is delayed", "are delayed",
			"is cancelled", "is canceled", "been delayed", "been cancelled", "been canceled", "keeps getting",
			"am stuck", "are stuck", "is stuck",
		},
		sigPlea: {
			"please help", "need help", "help me", "help us", "can someone help", "can you help",
			"can anyone help", "someone help", "help please", "need assistance", "please assist",
			"please advise", "what do i do", "what should i do", "what are my options", "call me back",
			"call me~0.6", "please call", "please respond", "need an answer", "need a response",
			"respond now", "need this fixed", "need it fixed", "needs to be fixed", "need help now",
			"waiting on this", "get back to me", "need to talk to", "need to speak to",
			"bitte zurückrufen", "bitte um rückruf", "rufen sie mich", "brauche hilfe", "brauchen hilfe",
			"bitte helfen", "helfen sie", "rappelez moi", "rappelez nous", "merci de nous rappeler",
			"merci de me rappeler", "besoin d'aide", "aidez moi", "aidez nous", "necesito ayuda",
			"necesitamos ayuda", "ayúdenme", "llámenme", "por favor llamen", "need this working", "need it working", "need this back",
			"please recover", "please restore", "can be recovered", "necesitamos una solución", "necesito una solución", "get me on", "put me on", "rebook me", "need to rebook",
			"need to get to", "have to get to", "need to be in", "please escalate", "escalate~0.7", "schnelle rückmeldung", "um rückmeldung~0.6", "réponse rapide", "respuesta rápida", "as soon as you can", "asap please", "need someone on this", "someone on this", "need someone~0.7", "bitte rufen sie", "rufen sie uns", "rufen sie * an", "help~0.5", "hilfe~0.5",
			"aide~0.5", "ayuda~0.5",
		},
		sigComplaint: {
			"delayed", "delay", "delays", "late~0.7", "cancelled", "canceled", "cancellation", "lost~0.8",
			"missing~0.7", "damaged", "wrong~0.6", "incorrect", "mistake", "charged twice", "cobrado dos veces", "doppelt abgebucht", "débité deux fois",
			"double charged", "overcharged", "over charged", "charged me", "extra charge", "hidden fee",
			"fees~0.5", "never arrived", "not arrived", "hasn't arrived", "has not arrived", "didn't arrive",
			"did not arrive", "never received", "not received", "haven't received", "have not received",
			"didn't receive", "did not receive", "didn't show up", "did not show up", "no show~0.7", "where is my", "where's my", "no update", "no updates",
			"no information", "no info", "no explanation", "no communication", "no notice",
			"no one~0.6", "nobody~0.6", "no way to", "no option", "no choice", "not even~0.5", "didn't even~0.5",
			"couldn't even~0.5", "can't even~0.5", "not helpful", "unhelpful", "no help~0.8", "not resolved",
			"unresolved", "not fixed", "never fixed", "can't wait~0", "cannot wait~0", "can't wait to~0", "couldn't be happier~0", "couldn't be more~0", "nicht behoben", "nicht gelöst", "nicht repariert", "sans solution", "sin solución", "no solution", "problem~0.4", "problems~0.4", "issue~0.4", "issues~0.4",
			"complaint~0.7", "complain~0.6", "complaining~0.6", "rebook", "rebooked", "rebooking", "overbooked",
			"oversold", "bumped", "diverted", "downgraded", "misplaced", "mishandled", "stuck~0.7", "stranded", "terrible experience", "bad experience",
			"poor experience", "worst experience", "customer service~0.5", "customer support~0.4",
			"nobody helps", "no one helps", "explain why", "why is~0.5", "why are~0.5", "why did~0.5", "why does~0.5",
			"why do~0.5", "why can't", "why would~0.5", "how is this", "how can you", "what is going on",
			"what's going on", "what happened to", "supposed to~0.6", "was told~0.7", "were told~0.7", "promised~0.7",
			"didn't~0.4", "doesn't~0.4", "wasn't~0.4", "weren't~0.4", "couldn't~0.4", "won't~0.4",
			"can't~0.4", "haven't~0.4", "hasn't~0.4", "isn't~0.4", "not happy", "not impressed",
			"not pleased", "not satisfied", "unhappy", "dissatisfied", "not ok", "not okay",
			"not good enough", "no apology", "compensated", "thanks for nothing",
			"complete joke", "total joke", "such a joke", "kidding me", "got to be kidding", "poor~0.7",
			"poorly", "so slow", "too slow", "really slow", "very slow", "slow~0.5", "lagging",
			"sitting here", "still sitting", "worse~0.5", "less than~0.5", "no reason", "no excuse",
			"inconvenience~0.6", "inconvenienced", "hassle", "nightmare", "disaster", "mess",
		},
		sigWaiting: {
			"waiting", "waited", "wait~0.5", "on hold", "hours~0.6", "# hours", "# hrs", "# hour", "# minutes",
			"# mins", "# days", "# weeks", "an hour~0.6", "all day", "all night", "all morning",
			"forever~0.7", "for ages", "ages~0.6", "so long", "too long", "long time~0.6", "taking forever",
			"still waiting", "queue~0.6", "hold music", "hung up", "disconnected",
			"no one picks up", "nobody picks up", "no one answers", "nobody answers", "busy signal",
			"call back~0.7", "callback~0.7", "response time~0.6", "days later", "weeks later",
			"since last week", "been waiting", "esperando", "warte seit", "j'attends", "still holding", "on hold for", "depuis # jours", "depuis # semaines", "llevo # semanas", "llevo # días", "llevo # horas", "llevamos # días", "llevamos # semanas", "llevamos # horas", "seit # tagen", "seit # wochen", "desde hace # días", "hace # días~0.7", "# jours~0.6", "# tage~0.6", "# días~0.6",
		},
		sigPraise: {
			"kudos~0.6", "well done~0.6", "thank you so much~0.6", "thanks so much~0.6", "appreciate it~0.6",
			"much appreciated~0.6", "excellent service~0.8", "great service~0.8", "amazing~0.5",
			"awesome~0.5", "love~0.4", "loved~0.5", "fantastic~0.5", "wonderful~0.4", "impressed~0.6",
			"thanks again~0.6", "great job~0.4", "thankful~0.6", "grateful~0.6", "so thankful", "so grateful",
		},
		sigCalm: {
			"no rush", "no hurry", "not urgent", "no urgency", "not an emergency",
			"kein notfall", "pas une urgence", "no es una emergencia", "whenever you can", "whenever you get",
			"when you get a chance", "when you have a chance", "when you have a moment",
			"when you get a moment", "when you have time", "at your convenience",
			"at your leisure", "no worries", "not a big deal", "no big deal", "low priority", "just curious",
			"just wondering", "quick question", "out of curiosity", "take your time",
			"out of the office", "out of office", "on leave", "parental leave", "maternity leave", "im homeoffice", "wieder wie gewohnt", "bin * nicht erreichbar", "ab # uhr nicht erreichbar", "be unreachable", "be unavailable", "be offline", "i'm unavailable", "won't be reachable", "not be reachable", "je serai absent", "je serai injoignable", "no estaré disponible", "paternity leave", "sick leave", "annual leave", "for anything urgent", "für dringende",
			"pour toute urgence", "limited access to email", "for urgent matters",
			"in urgent cases", "no need to call", "nicht im büro", "in dringenden fällen", "abwesend",
			"es eilt nicht", "nicht dringend", "wenn sie zeit haben", "absent du bureau", "en cas d'urgence",
			"rien d'urgent", "pas urgent", "pas pressé", "quand vous pourrez", "fuera de la oficina",
			"para asuntos urgentes", "no es urgente", "sin prisa", "cuando puedan", "cuando pueda",
		},
		sigResolved: {
			"works again", "working again", "fix works", "fix worked", "fixed it", "is fixed", "was fixed",
			"been fixed", "got fixed", "all fixed", "is resolved", "was resolved", "been resolved",
			"problem solved", "issue solved", "all good now", "back up and running", "back online",
			"up and running again", "works now", "working now", "works fine now", "it arrived", "has arrived",
			"have arrived", "finally arrived", "received it", "all sorted", "sorted it out", "sorted out~0.7",
			"funktioniert wieder", "funktioniert jetzt", "geht wieder", "fonctionne de nouveau",
			"marche de nouveau", "fonctionne à nouveau", "ya funciona", "funciona de nuevo",
			"vuelve a funcionar", "solucionado", "résolu", "gelöst",
		},
		sigPast: {
			"yesterday", "last week", "last night", "last month", "last year", "last time", "managed to",
			"finally~0.7", "got home", "made it", "eventually", "in the end", "after all", "thanks for",
			"thank you for", "next time", "in the future", "future flights", "survey", "feedback~0.7",
			"refund~0.7", "refunds~0.7", "refunded", "compensation", "compensate", "voucher", "vouchers",
			"miles~0.6", "reimburse", "reimbursement", "credit~0.6", "gestern", "letzte woche", "hier~0.6",
			"la semaine dernière", "ayer", "la semana pasada", "rembourser", "reembolsar",
			"was delayed", "were delayed", "was cancelled", "was canceled", "were cancelled", "got cancelled",
			"got delayed", "was late", "were late", "ended up", "we landed", "i landed",
		},
	}
}

// numberWords match "#" besides digits.
var numberWords = [...]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "several", "many", "multiple",
	"couple", "few", "deux", "trois", "quatre", "cinq", "six", "dix", "plusieurs", "zwei", "drei", "vier",
	"fünf", "sechs", "zehn", "mehrere", "dos", "tres", "cuatro", "cinco", "seis", "diez", "varias", "varios"}
