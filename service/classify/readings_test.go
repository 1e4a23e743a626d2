package classify

import (
	"math"
	"sort"
	"strings"
	"testing"
)

// TestStalledWork pins the reading of a negation beside a stated start:
// work that stopped then and has not resumed pages whatever its verb,
// while good news, loyalty and old memories do not count.
func TestStalledWork(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name   string
		text   string
		want   Level
		reason string // the outage or waiting reason's phrase, "" for none
	}{
		{"en any verb", "Our customers haven't been able to place orders since 7am.", Hot, "haven't been able to"},
		{"en start first", "Since this morning none of the invoices reach our customers.", Hot, "none of the invoices"},
		{"fr ne plus", "Depuis hier soir, nos caisses n'impriment plus les tickets.", Hot, "n'impriment plus les tickets"},
		{"es no se", "Las facturas no se generan desde el viernes.", Hot, "no se generan"},
		{"de no more confirmations", "Seit Montag bekommen wir keine Bestätigungen per Mail.", Hot, "keine Bestätigungen per Mail"},
		{"good news", "We have had no problems since the update, thanks!", Cool, ""},
		{"de good news", "Seit dem Wechsel haben wir keine Probleme mehr. Danke!", Cool, ""},
		{"loyalty", "Wir sind seit Jahren Kunde und haben nie geklagt.", Cool, ""},
		{"a year", "I haven't used the old app since 2019, so please delete it.", Cool, ""},
		{"another sentence", "Since Monday the new dashboard is live. I have not tried it yet.", Cool, ""},
		{"a named outage counts once", "The portal is down since 9am.", Hot, "is down"},
		{"de a stated wait", "Ich kann seit Tagen keine Überweisungen freigeben.", Hot, "kann seit Tagen keine Überweisungen freigeben"},
		{"fr nobody had a problem", "Personne chez nous n'a eu de problème depuis la migration.", Cool, ""},
		{"es nobody complained", "Nadie se ha quejado desde el cambio.", Cool, ""},
		{"fr a choice", "Nous n'utilisons plus l'ancien module depuis l'an dernier.", Cool, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustClassify(t, c, Input{Text: tt.text})
			checkResult(t, res)
			if res.Level != tt.want {
				t.Errorf("level %v, want %v (heat %.3f, reasons %v)", res.Level, tt.want, res.Heat, res.Reasons)
			}
			var got []string
			for _, r := range res.Reasons {
				stated := strings.HasPrefix(strings.ToLower(r.Phrase), "seit") // the wait itself
				if r.Signal == "outage" && math.Abs(r.Weight-stalledScale*0.55) < 1e-9 || r.Signal == "waiting" && !stated && math.Abs(r.Weight-0.40) < 1e-9 {
					got = append(got, r.Phrase)
				}
			}
			switch {
			case tt.reason == "" && len(got) > 0:
				t.Errorf("stalled work %q found; reasons %v", got, res.Reasons)
			case tt.reason != "" && (len(got) != 1 || got[0] != tt.reason):
				t.Errorf("stalled work %q, want [%q]; reasons %v", got, tt.reason, res.Reasons)
			}
		})
	}
}

// TestBrokenPromise pins a promise followed by its failure: the call-back
// that never came pages in every language, a promise of the negative
// does not.
func TestBrokenPromise(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"de", "Leider kam keine Antwort. Der Rückruf, der mir zugesagt wurde, kam nie.", true},
		{"es", "Ya he llamado tres veces y cada vez me dicen que me devolverán la llamada. Nadie lo ha hecho.", true},
		{"en", "You were told on Monday that an engineer would visit. Nobody came.", true},
		{"a promise of the negative", "You promised never to send us paper invoices again, thank you.", false},
		{"nothing to worry about", "I was told there is nothing to worry about, thanks.", false},
		{"no promise", "Nothing else from my side, have a good day.", false},
		{"fr told apart", "On m'a dit qu'un technicien passerait mardi. Personne n'est venu.", true},
		{"a refusal is no broken promise", "I was told that there is nothing they can do about the seat.", false},
		{"never again is a farewell", "We were promised a window seat. Never again with this airline.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustClassify(t, c, Input{Text: tt.text})
			checkResult(t, res)
			got := false
			for _, r := range res.Reasons {
				got = got || r.Signal == "repeat_contact" && math.Abs(r.Weight-0.35*brokenPromiseScale) < 1e-9
			}
			if got != tt.want {
				t.Errorf("broken promise = %v, want %v; level %v, reasons %v", got, tt.want, res.Level, res.Reasons)
			}
		})
	}
}

// TestChoiceIsNoOutage pins that a thing given up is not a thing broken,
// with the verb before its negation (German) or after it.
func TestChoiceIsNoOutage(t *testing.T) {
	c := testClassifier(t)
	for _, text := range []string{
		"Wir nutzen die alte Schnittstelle seit Jahren nicht mehr, die kann weg.",
		"We no longer use the old importer since the migration.",
		"Ya no usamos el módulo antiguo desde enero, pueden darlo de baja.",
	} {
		res := mustClassify(t, c, Input{Text: text})
		checkResult(t, res)
		if hasSignal(res, "outage", "") || res.Level == Hot {
			t.Errorf("%q: level %v, reasons %v; want no outage", text, res.Level, res.Reasons)
		}
	}
}

// TestStoppedWork pins a verb of stopping with whatever stopped: a
// system that stopped doing its job is an outage in any words, a person
// who stopped doing something is not.
func TestStoppedWork(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		text, want string // want is the outage's phrase, "" for none
	}{
		{"Our webhooks stopped firing at 3:12 this morning.", "stopped firing"},
		{"Las notificaciones dejaron de llegar ayer.", "dejaron de llegar"},
		{"Le lecteur a cessé de répondre.", "cessé de répondre"},
		{"Le terminal a cessé d'envoyer les tickets.", "cessé d'envoyer"},
		{"Der Scanner hat aufgehört zu piepen.", "aufgehört zu piepen"},
		{"I stopped watching the show after season two.", ""},
		{"We stopped using the old app last year.", ""},
		{"He hasn't stopped clapping ever since.", ""},
		{"The rain stopped them from coming.", ""},
		{"Dejó de fumar hace un año.", ""},
	}
	for _, tt := range tests {
		checkOutagePhrase(t, c, tt.text, tt.want, stalledScale)
	}
}

// TestLockedOut pins "locked ... out" with whoever was locked out
// between.
func TestLockedOut(t *testing.T) {
	c := testClassifier(t)
	for text, want := range map[string]bool{
		"The new SSO setup locked our whole finance team out this morning.": true,
		"The update kicked everyone out of the app.":                        true,
		"We locked the old office and moved out in May.":                    false,
	} {
		res := mustClassify(t, c, Input{Text: text})
		checkResult(t, res)
		if got := hasSignal(res, "outage", ""); got != want {
			t.Errorf("%q: outage %v, want %v; reasons %v", text, got, want, res.Reasons)
		}
	}
}

// TestNoLonger pins the French "ne ... plus" and the Spanish "ya no"
// with any verb: what no longer happens is an outage, what is no longer
// needed or had is not.
func TestNoLonger(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		text, want string // want is the outage's phrase, "" for none
	}{
		{"L'imprimante de l'entrepôt n'imprime plus d'étiquettes.", "n'imprime plus"},
		{"Le badge ne s'active plus à l'entrée.", "ne s'active plus"},
		{"La impresora ya no reconoce las etiquetas.", "no reconoce"},
		{"Je n'ai plus de questions, merci.", ""},
		{"Ya no hace falta, gracias.", ""},
		{"Il ne reste plus qu'à signer.", ""},
	}
	for _, tt := range tests {
		checkOutagePhrase(t, c, tt.text, tt.want, noLongerScale)
	}
}

// checkOutagePhrase checks that text has exactly one outage reason of
// the given scale, with phrase want, or none when want is "".
func checkOutagePhrase(t *testing.T, c *Classifier, text, want string, scale float64) {
	t.Helper()
	t.Run(text, func(t *testing.T) {
		res := mustClassify(t, c, Input{Text: text})
		checkResult(t, res)
		var got []string
		for _, r := range res.Reasons {
			if r.Signal == "outage" && math.Abs(r.Weight-scale*0.55) < 1e-9 {
				got = append(got, r.Phrase)
			}
		}
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("outage %q, want %q; reasons %v", got, want, res.Reasons)
		}
	})
}

// TestSwitchAway pins taking the business elsewhere as a churn threat in
// each language's word order, and what is not one: a person changing
// jobs, a negated or asked switch, files moved between tools.
func TestSwitchAway(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name   string
		text   string
		phrase string // the churn reason's phrase, "" for none read as switching
	}{
		{"en switch", "We will switch to another provider.", "switch to another provider"},
		{"en business", "If nothing improves we will take our business to a competitor.", "take our business to a competitor"},
		{"de verb last", "Wir überlegen, den Anbieter zu wechseln.", "den Anbieter zu wechseln"},
		{"de verb first", "Wir wechseln zu einem anderen Anbieter.", "wechseln zu einem anderen Anbieter"},
		{"fr rival", "Nous allons passer chez un concurrent.", "passer chez un concurrent"},
		{"fr de", "Nous allons changer de prestataire.", "changer de prestataire"},
		{"es company", "Estamos pensando seriamente en cambiarnos a otra empresa.", "cambiarnos a otra empresa"},
		{"es de", "Estamos pensando en cambiarnos de proveedor.", "cambiarnos de proveedor"},
		{"en shopping", "We are looking at other providers.", "looking at other providers"},
		{"new job", "I'm moving to another company next month, please contact Anna.", ""},
		{"negated", "We have no intention of switching to another provider.", ""},
		{"asked", "Can we move the files to another platform?", ""},
		{"asked if", "What happens to our data if we switch to another provider?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustClassify(t, c, Input{Text: tt.text})
			checkResult(t, res)
			var got []string
			for _, r := range res.Reasons {
				if r.Signal == "churn_threat" && r.Weight >= switchScale*0.25-1e-9 && strings.Contains(r.Phrase, " ") &&
					len(strings.Fields(r.Phrase)) >= 3 {
					got = append(got, r.Phrase)
				}
			}
			switch {
			case tt.phrase == "" && len(got) > 0:
				t.Errorf("switch %q found; reasons %v", got, res.Reasons)
			case tt.phrase != "" && (len(got) != 1 || got[0] != tt.phrase):
				t.Errorf("switch %q, want [%q]; reasons %v", got, tt.phrase, res.Reasons)
			}
			if tt.phrase != "" && res.Level != Hot {
				t.Errorf("level %v, want HOT (heat %.3f, reasons %v)", res.Level, res.Heat, res.Reasons)
			}
		})
	}
}

// TestObligationDeadline pins a time word that a task must be done by as
// a deadline, and the same word without one as the present only.
func TestObligationDeadline(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		text     string
		deadline string
	}{
		{"Tengo que enviar un informe esta tarde.", "esta tarde"},
		{"I have to send a report this afternoon.", "this afternoon"},
		{"Ich muss heute Nachmittag einen Bericht schicken.", "heute Nachmittag"},
		{"Je dois envoyer un rapport cet après-midi.", "cet après-midi"},
		{"I need to send the report today.", "today"},
		{"I have a meeting today.", ""},
		{"I don't need it today.", ""},
		{"Hay un partido esta tarde.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			res := mustClassify(t, c, Input{Text: tt.text})
			got := ""
			for _, r := range res.Reasons {
				if r.Signal == "deadline" {
					got = r.Phrase
				}
			}
			if got != tt.deadline {
				t.Errorf("deadline %q, want %q; reasons %v", got, tt.deadline, res.Reasons)
			}
		})
	}
	// with the deadline, a lock-out pages
	res := mustClassify(t, c, Input{Text: `No consigo iniciar sesión, me sale "usuario desactivado". Tengo que enviar un informe esta tarde.`})
	if res.Level != Hot {
		t.Errorf("lock-out with a deadline: level %v, want HOT (heat %.3f, reasons %v)", res.Level, res.Heat, res.Reasons)
	}
}

// TestShortLockoutsAndWaits pins the short mails of a customer who cannot
// get in or has waited for an answer: each pages on its own, in four
// languages, and a fix the customer was only told of does not calm.
func TestShortLockoutsAndWaits(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		text string
		want Level
	}{
		{"My account is suspended.", Hot},
		{"My account got suspended.", Hot},
		{"Our account shows as suspended.", Hot},
		{"Bonjour, mon compte est bloqué. Pouvez-vous m'aider ?", Hot},
		{"Hola, mi cuenta está bloqueada. ¿Pueden ayudarme?", Hot},
		{"Hallo, mein Konto ist gesperrt. Können Sie mir helfen?", Hot},
		{"Unser Konto wird als gesperrt angezeigt.", Hot},
		{"I'm still waiting for a reply.", Hot},
		{"Ich warte immer noch auf eine Antwort.", Hot},
		{"Cela fait dix jours que j'attends un retour.", Hot},
		{"Hallo, die Zahlungen unserer Kunden werden seit gestern Abend abgelehnt. Bitte dringend prüfen.", Hot},
		{"We're not going to renew unless this is fixed.", Hot},
		{"On m'a dit trois fois que c'était réglé. Ce n'est pas le cas. Nos factures sont toujours fausses.", Hot},
		{"Hallo, Sie hatten mir am Montag einen Rückruf zugesagt. Ich habe den ganzen Tag gewartet.", Hot},
		{"Nach dem Passwortwechsel werde ich sofort wieder abgemeldet. So kann ich keine Aufträge bearbeiten.", Hot},
		{`Nos terminaux de paiement affichent "transaction refusée" pour toutes les cartes depuis 11h.`, Hot},
		{`Al intentar entrar me sale "cuenta inactiva" y hoy tengo que presentar la declaración.`, Hot},
		{"Ich kann keine Fehler finden, danke für die Hilfe.", Cool},
		{"He llamado tres veces y me han colgado. Escribo por aquí a ver si alguien me hace caso.", Hot},
		{"I have called your support line five times this week and been cut off each time.", Hot},
		{"It costs three times the price.", Warm},
		{"We've started a trial with one of your competitors. I'd rather stay, but I need to see a fix this week.", Hot},
		{"Hallo, über unser Webformular eingereichte Tickets verschwinden seit gestern, die Kunden denken, wir ignorieren sie.", Hot},
		{"Zero replies needed on this one, just sharing the minutes from our call.", Warm},
		{"Toutes nos intégrations fonctionnent parfaitement depuis la mise à jour, merci.", Cool},
		{"Keiner unserer Kunden kann gerade auf der Webseite bestellen.", Hot},
		{"Sigo esperando a que me devuelvan la llamada por mi pedido.", Hot},
		{"Same question as my emails on the 4th, 9th and 15th: when will the invoice export be fixed? Nobody has given me a date.", Hot},
		{"We told you in November this was our last chance. It hasn't improved. I'm starting the cancellation.", Hot},
		{"Unser Inhaber ist verstorben und wir brauchen Zugang zum Konto, um den Betrieb weiterzuführen. Niemand redet mit uns.", Hot},
		{"This is my fourth call with your onboarding team and every one was excellent.", Cool},
		{"Nobody came to the webinar from our side, sorry, we'll watch the recording.", Cool},
		{"Nobody from your side has called me back.", Hot},
		{"Thanks for nothing, this is the third time I'm writing.", Hot},
		{"Day 9 of waiting for the engineer visit you booked. Nobody turned up on Monday or Wednesday.", Hot},
		{"¿Cuántas veces más tengo que explicarlo? Es mi cuarta llamada.", Hot},
		{"La borne du hall affiche « hors ligne » et les clients ne peuvent pas s'enregistrer. La file d'attente déborde.", Hot},
		{"Third chaser on this. Please, just someone tell me what's happening.", Hot},
		{"Ehrlich, mir reicht's. Löschen Sie mein Konto und meine Daten.", Hot},
		{"Unsere Auszahlungen sind angehalten, weil das Konto seit Montag \"in Prüfung\" ist. Ohne sie können wir am Freitag keine Löhne zahlen.", Hot},
		{"At this point I'd rather pay the cancellation fee than stay another month.", Hot},
		{"I raised this in October. It's December. Still broken.", Hot},
		{"Depuis vendredi, les confirmations de réservation indiquent une mauvaise date. Les clients arrivent le mauvais jour.", Hot},
		{"C'est la cinquième fois que je remonte le même problème. Il y a quelqu'un ?", Hot},
		{"Ich habe schon drei Mails geschickt und niemand rührt sich. Das Abrechnungsproblem ist unverändert.", Hot},
		{"Hallo, in der Handy-App heißt es, mein Benutzer sei deaktiviert. Ich muss heute Zahlungen annehmen.", Hot},
		{"Nobody answered the survey yet, we'll remind them next week.", Cool},
		{"Still waiting on our own legal team to sign, will send the contract when they do.", Warm},
		{"Der Testzugang wurde nach der Testphase gesperrt, das passt, wir haben den vollen Tarif gekauft.", Cool},
		{"I've asked our legal team to look at the termination clause. Please have someone with authority contact me.", Hot},
		{"Uns wurde ein Rückruf bis Dienstagabend versprochen. Heute ist Donnerstag.", Hot},
		{"We have budget approval to migrate away from your platform in Q1. Unless something changes quickly, that's what we'll do.", Hot},
		{"La tarjeta de la empresa caducó, nos suspendisteis la cuenta y ahora ni siquiera podemos entrar para cambiar la tarjeta.", Hot},
		{"Despite assurances given on three separate occasions, the defect persists. I request that this be escalated to a manager.", Hot},
		{"Dear Sir or Madam, your e-invoicing gateway has rejected all of our submissions since 1 December. Statutory deadlines apply.", Hot},
		{"Wir melden, dass die Schnittstelle zu unserer Bank seit gestern Nachmittag keine Zahlungen mehr übermittelt. Lieferanten warten auf ihr Geld.", Hot},
		{"Nobody on our team has reported any issues this month. Great stability!", Cool},
		{"I called twice last week to say thanks, but missed you. So: thank you!", Cool},
		{"Keiner unserer Nutzer hatte seit dem Update ein Anmeldeproblem. Super!", Cool},
		{"Aucun de nos utilisateurs n'a eu de problème de connexion depuis la mise à jour.", Cool},
		{"We're evaluating alternatives for our office coffee supplier, nothing to do with you haha.", Cool},
		{"The ticket was reopened by mistake, please ignore and close it again. Thanks!", Cool},
		{"Nous attendons toujours l'accord de la direction avant de passer à l'offre supérieure, rien à faire pour l'instant.", Warm},
		{"Me han desactivado la cuenta por error y tengo a todo el equipo parado. Por favor, actívenla cuanto antes.", Hot},
		{"Ticket 3319, zum dritten Mal wieder eröffnet. Es wurde als gelöst markiert, ohne dass mich jemand kontaktiert hat.", Hot},
		{"This is ticket 3319, re-opened for the third time. It was marked solved without anyone contacting me.", Hot},
		{"You promised a callback. Your colleague called me an hour ago and sorted it, thanks!", Cool},
		{"Sie hatten mir einen Rückruf zugesagt. Das hat vor einer Woche wunderbar geklappt, danke.", Cool},
		{"Cela fait deux semaines qu'on m'a dit qu'un technicien m'appellerait. J'attends toujours et nos rapports sont toujours cassés.", Hot},
		{"I'm drafting the email to cancel as we speak. Convince me not to send it.", Hot},
		{"Je suis en congé sans accès aux e-mails jusqu'au 5 mai.", Cool},
		{"Dear support, the temperature alerts from our freezers haven't come through since Saturday.", Hot},
		{"Hello, it looks like the two-way sync is duplicating every contact. We're at 40,000 duplicates and climbing.", Hot},
		{`Hola, perdonad la molestia. Nuestros clientes reciben "enlace no válido" al pulsar el enlace de pago de las facturas. Empezó hoy.`, Hot},
		{"Three of our branches have already moved to a different system. The rest will follow if nothing changes.", Hot},
		{"We switched to another provider for payroll years ago and are very happy with you for everything else.", Cool},
		{"Please treat this as our notice of non-renewal.", Hot},
		{"Unless we get a credit for this month's downtime, we'll be asking our bank to reverse the payment.", Hot},
		{"Votre concurrent nous a appelés cette semaine. Donnez-moi une raison de ne pas accepter son offre.", Hot},
		{"Hi, the appointment reminders to our patients stopped going out on Monday. Twelve patients missed their slots yesterday.", Hot},
		{"Management has lost confidence in your platform. Renewal is off the table unless we see a plan this week.", Hot},
		{"I keep being transferred between departments. Four transfers today and nobody owns my problem.", Hot},
		{"Hi again - the fix you rolled out on Friday didn't work, the duplicates are back. We reported this twice already.", Hot},
		{"Hallo nochmal, der Fix vom Freitag hat nicht funktioniert, die Duplikate sind zurück. Wir haben das schon zweimal gemeldet.", Hot},
		{"Hola de nuevo, el arreglo del viernes no funcionó, los duplicados han vuelto. Ya lo hemos avisado dos veces.", Hot},
		{"Wegen der wiederholten Ausfälle verlängern wir im Januar nicht und haben bereits mit einem anderen Anbieter begonnen.", Hot},
		{"You have twice the courage I wish I had. Well done!", Cool},
		{"Os escribo por cuarta vez por mi pedido defectuoso. Cada vez me pedís las mismas fotos.", Hot},
		{"Ihr Chatbot schließt ständig meine Anfrage und niemand aus Ihrem Team meldet sich. Seit drei Tagen.", Hot},
		{"Votre chatbot ferme ma demande en boucle et personne de votre équipe ne la reprend. Depuis trois jours.", Hot},
		{"Bonjour, aucun de nos livreurs ne voit les livraisons du jour dans l'application. Ils attendent au dépôt.", Hot},
		{"Bonjour, on nous demande un code de validation qui n'arrive jamais, impossible d'accéder au compte.", Hot},
		{"Wir sind aus unserem eigenen Konto ausgeschlossen worden. Niemand kann mehr Bestellungen freigeben.", Hot},
		{"Hello, it seems the nightly backup hasn't completed for the last four nights. Could someone check? We're a bit nervous.", Hot},
		{"Could you please have a look at the attached quote when you have a moment?", Cool},
		{"Je reviens vers vous car le correctif promis pour vendredi dernier n'est toujours pas arrivé.", Hot},
		{"They promised it would be fixed, and it is now, thanks.", Cool},
		{"Kurze Nachfrage: Gibt es schon etwas Neues? Das Problem betrifft weiterhin unser ganzes Team.", Hot},
		{"Hallo, nach dem Zurücksetzen des Passworts wird mein neues Passwort nicht akzeptiert. Ich habe heute Abgabe.", Hot},
		{"Notre direction nous demande de préparer un changement de prestataire si la fiabilité ne s'améliore pas.", Hot},
		{"Bonjour, nous constatons qu'aucun PDF généré aujourd'hui ne s'ouvre. Nos comptables en ont besoin avant 17h.", Hot},
		{"Honestly we're at the point where we're discussing internally whether to stay with you. Something needs to change quickly.", Hot},
		{"Good afternoon, the mobile app logs me out immediately after login, every single time. I'm a nurse and need the rota for my shift tonight.", Hot},
		{"Hallo, meine Handynummer hat sich geändert und ich bekomme keinen SMS-Code mehr. Ich kann nicht arbeiten.", Hot},
		{"Os escribí el día 3, el 10 y el 17. Es frustrante que nadie conteste.", Hot},
		{"Hello, half of our stores report that the card readers disconnect every few minutes since this morning's update. Queues are building up.", Hot},
		{"C'est la troisième fois que je signale ce problème.", Hot},
		{"The fact that no one even called (despite promises) to confirm the bag's location is the issue.", Hot},
		{"Hola, los clientes ven los pedidos de otros clientes en su perfil. Es gravísimo, por favor revisadlo ya.", Hot},
		{"Bonjour, l'administrateur de notre compte a quitté l'entreprise et plus personne n'a les droits. Comment récupérer l'accès ?", Hot},
		{"Dans ces conditions, nous ne voyons plus l'intérêt de continuer avec vous.", Hot},
		{"Wie bereits in meinen letzten E-Mails geschrieben: Die Lieferung ist immer noch nicht da.", Hot},
		{"Been solved, they finally picked up the second time I called, thanks!", Cool},
		{"Die Schnittstelle liefert seit Mitternacht nur Fehlermeldungen.", Hot},
		{"Nous envisageons sérieusement de quitter votre service si la situation ne s'améliore pas rapidement.", Hot},
		{"Si esto no se resuelve antes del lunes, anularemos el contrato y reclamaremos los daños.", Hot},
		{"Wir haben uns entschieden, den Vertrag nicht zu verlängern, sofern das Problem nicht bis Ende des Monats gelöst ist.", Hot},
		{"The road was blocked so the courier came late, no problem.", Warm},
		{"La panne de mardi a été résolue rapidement, merci à vos équipes.", Cool},
		{"El problema fue resuelto ayer, gracias.", Cool},
		{"Le souci est réglé, merci.", Cool},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			res := mustClassify(t, c, Input{Text: tt.text})
			checkResult(t, res)
			if res.Level != tt.want {
				t.Errorf("level %v, want %v (heat %.3f, reasons %v)", res.Level, tt.want, res.Heat, res.Reasons)
			}
		})
	}
}

// FuzzFirstToken checks firstToken's guessed bracket against a search
// over all the tokens, from every byte of any text.
func FuzzFirstToken(f *testing.F) {
	f.Add("Nobody has called me back since Monday, and the shop is still down.")
	f.Add("a aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b c d e f 😡😡😡 g")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := lex(text, 0, nil, nil)
		for start := int32(-1); start <= int32(len(text))+1; start++ {
			want := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
			if got := firstToken(toks, start); got != want {
				t.Fatalf("%q: firstToken(%d) = %d, want %d", text, start, got, want)
			}
		}
	})
}
