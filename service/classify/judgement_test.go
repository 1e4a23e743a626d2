package classify

import (
	"encoding/base64"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/evaluate"
)

// TestJudgement pins how a support lead reads short mails: threats with
// conditions, polite emergencies, calm mail full of abbreviations and
// initials, other languages, and what must not count as evidence.
func TestJudgement(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		name string
		text string
		want Level
		// signals that must be among the reasons ("-signal" must not)
		signals []string
	}{
		{"ultimatum", "Fix it today or we cancel.", Hot, []string{"churn_threat"}},
		{"conditional threat", "If this is not fixed today I will cancel my contract.", Hot, []string{"churn_threat", "ongoing"}},
		{"conditional threat with comma", "If this is not fixed today, I will cancel my contract.", Hot, []string{"churn_threat"}},
		{"polite emergency", "Our production database has been down since 9am and none of our 2,000 employees can log in. Please look into it as soon as possible.", Hot, []string{"outage", "deadline"}},
		{"locked out before a meeting", "I can't log in to the portal and I present the numbers to the board in 30 minutes. Please help.", Hot, []string{"outage", "plea"}},
		{"security incident", "Someone logged into our admin account last night and changed the passwords. We need help right now.", Hot, []string{"security"}},
		{"thanks with bb", "Thanks, the fix works. Have a nice weekend, bb", Cool, []string{"-legal_threat"}},
		{"EOD report for BB", "Hi team, the EOD report for BB looks fine. Thanks!", Cool, []string{"-deadline", "-legal_threat"}},
		{"initials", "Please send the signed contract to Mr BS Patel in accounts.", Cool, []string{"-insult"}},
		{"BBB threat", "I am going to report you to the BBB.", Hot, []string{"legal_threat"}},
		{"promise asap", "Thanks for the quote, I will sign it and send it back asap.", Cool, nil},
		{"out of office", "I am out of the office until Monday. For urgent matters please contact my colleague.", Cool, nil},
		{"not angry, not urgent", "I'm not angry, just curious whether the export will be fixed. Not urgent.", Cool, []string{"-anger_word", "-deadline"}},
		{"past small talk", "This morning the sync was broken for a minute but it was fixed quickly, thanks.", Cool, []string{"-deadline"}},
		{"call me back is a plea, not a deadline", "Please call me back about the new invoice when you have a moment.", Cool, []string{"-deadline"}},
		{"flight leaves in 90 minutes", "My flight leaves in 90 minutes and I still have no boarding pass.", Hot, []string{"deadline", "repeat_contact"}},
		{"a lawyer who reviewed a contract", "Can we cancel Thursday's meeting? Our lawyer has reviewed the contract and it all looks good.", Cool, []string{"-churn_threat"}},
		{"es trouble that no longer happens", "Ya no se duplican los pedidos desde el parche, gracias.", Cool, []string{"-outage"}},
		{"es demo with a rival", "La plataforma sigue cayéndose y el lunes tenemos una demo con otra empresa.", Hot, []string{"churn_threat", "outage"}},
		{"fr no more debits", "Merci de ne plus rien prélever sur mon compte, après trois colis perdus on va s'arrêter là.", Hot, []string{"churn_threat"}},
		{"de no heating with children", "Die Heizung aus seit gestern Abend, draußen minus 5 Grad und zwei Kinder im Haus.", Hot, []string{"outage", "business_impact"}},
		{"es power cut, send someone", "Se fue la luz en el local desde las seis y la cámara frigorífica está llena. Manden a alguien hoy por favor.", Hot, []string{"outage", "plea"}},
		{"fr business moved to a rival", "Après trois factures fausses, j'ai décidé de transférer mon activité ailleurs. Merci de clôturer le compte.", Hot, []string{"churn_threat"}},
		{"fr otherwise nothing to report", "Petite question sur le RTO de votre offre. Sinon RAS, tout tourne, pas d'urgence.", Cool, []string{"-ultimatum"}},
		{"es leaving self-employment", "Hola, me doy de baja como autónomo en diciembre, así que cancelaré la suscripción. Todo bien con vosotros.", Cool, []string{"-churn_threat"}},
		{"es no longer having to", "Me jubilo en junio y ya no tendré que usar el abono, así que lo doy de baja. Ha sido un placer.", Cool, []string{"-outage"}},
		{"de refund credited", "Danke! Die doppelte Abbuchung wurde heute gutgeschrieben, damit ist alles erledigt.", Warm, []string{"resolved"}},
		{"de not renewing after outages", "Vertrag läuft im Juni aus und ich verlängere garantiert nicht, nach dem dritten Ausfall diesen Monat.", Hot, []string{"churn_threat"}},
		{"number ported", "Three outages this month. I have already ported my number, send the final bill.", Hot, []string{"churn_threat"}},
		{"drop-outs gone since the patch", "Thanks - the drop-outs are gone since your patch, two days without a single disconnect.", Cool, []string{"resolved", "-data_loss"}},
		{"es fixed after a lock-out that had lasted", "gracias, ya me funciona, llevaba desde el martes sin poder entrar", Cool, []string{"resolved"}},
		{"en leaving unless fixed", "If this is not fixed this week, I am leaving.", Hot, []string{"churn_threat", "ultimatum"}},
		{"es leaving unless fixed", "Estoy mirando otras gestorías. Si esto no se arregla esta semana me voy, así de claro.", Hot, []string{"churn_threat", "ultimatum"}},
		{"fr leaving unless fixed", "Si ce n'est pas réglé cette semaine, je pars.", Hot, []string{"churn_threat", "ultimatum"}},
		{"de leaving unless fixed", "Wenn das diese Woche nicht behoben ist, gehe ich.", Hot, []string{"churn_threat", "ultimatum"}},
		{"es off to the beach unless it rains", "Si no llueve esta semana me voy a la playa.", Cool, []string{"-churn_threat", "-ultimatum"}},
		{"es to bed unless it mends itself", "Si esto no se arregla solo, me voy a dormir.", Cool, []string{"-churn_threat"}},
		{"es fixed after days locked out", "Mil gracias por lo de ayer. Después de dos días sin poder entrar con mi tarjeta ya funciona perfectamente.", Cool, []string{"resolved"}},
		{"de all fine again at once", "Vielen Dank! Nachdem mein Badge nicht mehr ging, lief nach eurem Anruf sofort wieder alles.", Cool, []string{"resolved"}},
		{"en staff not paid", "Every line in today's payroll file was rejected by the bank. 19 employees have not been paid and they are ringing me.", Hot, []string{"business_impact"}},
		{"es staff not paid", "La remesa de las nóminas de hoy ha fallado. Tengo 15 trabajadores sin cobrar y es fin de mes.", Hot, []string{"business_impact"}},
		{"es card declined at the gateway", "Al pagar el pedido la tarjeta de empresa sale rechazada y sin el pago no sale el reparto de mañana. Que alguien lo mire ya.", Hot, []string{"outage"}},
		{"de white screen, door shut", "Die App zeigt seit heute früh nur noch einen weißen Bildschirm. Unsere Tür geht nur per App auf, 8 Leute sitzen im Flur.", Hot, []string{"outage"}},
		{"es work taken elsewhere", "Les comunico que a partir del mes que viene dejaremos de trabajar con ustedes. Tres meses seguidos con errores en las nóminas es demasiado.", Hot, []string{"churn_threat"}},
		{"es order lines dropped", "A partir de octubre cambiamos la carta, así que podéis dar de baja esas referencias de nuestro pedido fijo. ¿Tenéis catálogo de Ribeiro?", Cool, []string{"-churn_threat"}},
		{"es insurance taken to a rival", "Tres horas tirado en la A-4 con mi madre en el coche y la grúa no llegó nunca. Ya me he dado de alta en otra compañía, no me cobréis ni un euro más.", Hot, []string{"churn_threat"}},
		{"es the other party's insurer", "Les escribo para agradecer la gestión del siniestro. Pensaba que me iba a tocar pelearme con la otra aseguradora, pero lo resolvieron ustedes.", Cool, []string{"-churn_threat"}},
		{"en breakdown cover moved", "Three hours on the hard shoulder and your tow truck never turned up. Don't bother sending the renewal, we've already signed up with another breakdown provider.", Hot, []string{"churn_threat"}},
		{"de contract ended in form", "Hiermit beenden wir das Vertragsverhältnis zur Kundennummer 300-77412 fristgerecht zum 31.12. Grund sind die wiederholten Ausfälle Ihrer Plattform.", Hot, []string{"churn_threat"}},
		{"es parent company unifies providers", "Nuestra empresa matriz ha decidido unificar la telefonía de todas las sedes con un único proveedor, por lo que no renovaremos el contrato en diciembre. Agradecemos el buen servicio.", Cool, []string{"-churn_threat"}},
		{"de fire drill", "Nur zur Info: der Probealarm in der Tiefgarage ist am Mittwoch von 10 bis 10:30 Uhr. Falls da kurz der Strom weg ist, bitte nicht erschrecken, ist nur die Übung.", Cool, nil},
		{"fr fixed, the old problem told, fixed again", "Bonjour, c'est réglé, merci ! Le rapprochement bancaire ne remontait plus les opérations depuis le 2 février, mais depuis votre intervention tout est synchronisé.", Cool, []string{"resolved"}},
		{"en thanks for a fix that did not hold", "Thanks for the fix yesterday, but the checkout is still down in every store and nobody can pay.", Hot, []string{"-resolved"}},
		{"es thanks for a fix and its refund", "Muchas gracias por solucionarlo tan rápido. Ya me llegó el pedido que se había perdido y también el reembolso del envío.", Cool, []string{"resolved"}},
		{"en parent company mandates another tool", "Our parent company has mandated SAP across all subsidiaries from Q1, so we will not renew our licence in January. The team really liked it.", Cool, []string{"-churn_threat"}},
		{"en port codes asked for", "Thanks for nothing. PAC codes for all three lines please. Your unlimited data throttled us all month, so we'll take our money to a network that means it.", Hot, []string{"churn_threat"}},
		{"de ways part", "Nach 11 Jahren als Kunde trennen sich hier unsere Wege. Den Router bekommen Sie per Post zurück.", Hot, []string{"churn_threat"}},
		{"es hotel in the signature closes nothing", "La propiedad ha decidido no renovar el contrato en julio. Me gustaría hablar con algún responsable antes de cerrar la decisión. Atentamente, Carmen Ruiz, Directora, Hotel Mirador", Hot, []string{"churn_threat"}},
		{"es switching unless fixed, negation before", "Ya he pedido presupuesto en otra comercializadora y si esta semana no me lo solucionáis me paso con ellos.", Hot, []string{"churn_threat", "ultimatum"}},
		{"de looking elsewhere unless stable", "Wenn die Telefonanlage bis Ende der Woche nicht stabil läuft, schauen wir uns woanders um.", Hot, []string{"churn_threat"}},
		{"fr cancelled, nothing to do with you", "Bonjour, nous ne renouvellerons pas l'abonnement en janvier, notre groupe a choisi un autre outil. Rien à voir avec votre service. Merci !", Warm, []string{"-churn_threat"}},
		{"es a few of the pupils", "Hola! En enero daremos de baja a 5 de los 20 alumnos del grupo de francés porque terminan las prácticas. El resto sigue.", Cool, []string{"-churn_threat"}},
		{"fr moving abroad", "Bonjour, je souhaiterais résilier mon abonnement à la fin du mois : je pars vivre au Canada. J'ai beaucoup aimé les cours ! Comment dois-je procéder ?", Warm, []string{"-churn_threat"}},
		{"es consumption is no consumer office", "Hola! La nueva app está genial, es mucho más fácil ver el consumo. Una sugerencia: estaría bien poder descargar el histórico en Excel.", Cool, []string{"-legal_threat"}},
		{"en power off, stock thawing", "Power has been off at 14 Linden Road since 6:40 this morning. The freezers in the shop hold £3,000 of stock and will start to thaw in a couple of hours.", Hot, []string{"outage", "business_impact"}},
		{"de regret for one's own reason, then content", "Ich zieh im Oktober aufs Land und brauch dann leider ein eigenes Auto, deshalb möchte ich mein Monatsabo zum 30.09. kündigen. War immer super zufrieden, wirklich!", Cool, []string{"-churn_threat"}},
		{"es asked out of curiosity", "El otro día vi en las noticias que a otra empresa le hackearon la app. ¿Qué pasaría si os pasara a vosotros? A mí no me ha pasado nada, es pura curiosidad.", Cool, []string{"calm"}},
		{"fr thanks, broke unnoticed, works again", "Un grand merci pour votre intervention de jeudi. Le formulaire ne marchait plus depuis une semaine sans qu'on s'en rende compte, maintenant tout refonctionne.", Cool, []string{"resolved"}},
		{"es card refused, the bank's side fine", "Nos han rechazado la tarjeta al renovar la licencia y el sistema nos ha cortado el acceso a las 8. El banco dice que por su parte está todo bien. Sin el programa no podemos trabajar.", Hot, []string{"outage", "-resolved"}},
		{"de shared car will not start", "Ich stehe mit dem Fiat 500 an der Tankstelle, der Motor springt nicht mehr an. Um 9 Uhr muss ich eine Lieferung beim Kunden abgeben.", Hot, []string{"outage"}},
		{"en site shows a white page", "Since about 8:40 this morning anyone going to our shop gets a white page saying 'Error establishing a database connection'. So far today we've had no orders.", Hot, []string{"outage"}},
		{"en car will not open before an appointment", "The app has said 'unlocking...' for ten minutes and tapping my card on the reader does nothing. My daughter's hospital appointment is at 2:15.", Hot, []string{"deadline"}},
		{"en an appointment confirmed", "Our appointment at 3pm next Tuesday is confirmed, thanks.", Cool, nil},
		{"fr no big deal", "Pr info la cde 44871 peut être livrée en S42 au lieu de S41, c pas grave. Merci d'envoyer la facture.", Cool, []string{"calm"}},
		{"no further orders", "After two lost shipments we will source from another supplier from March and won't be placing further orders.", Hot, []string{"churn_threat"}},
		{"de that was it", "Das war's dann. Drei Wochen ohne Antwort, bitte keine weiteren Abbuchungen.", Hot, []string{"churn_threat"}},
		{"es this far and no further", "Hasta aquí hemos llegado: un mes sin facturar. Den de baja la cuenta.", Hot, []string{"churn_threat"}},
		{"thanks for a fix told at length", "Thanks to Priya: since the March update our invoices had been showing the wrong VAT rate, and she traced it to a region setting.", Cool, []string{"resolved"}},
		{"fr thanks for a fix, imperfect", "Merci ! Depuis lundi nos commandes ne se synchronisaient plus, et après votre correctif d'hier elles sont toutes passées.", Cool, []string{"resolved"}},
		{"thanks, but the fix did not hold", "Thanks for the patch on Friday, but the export is down again this morning and nobody can invoice.", Hot, []string{"-resolved"}},
		{"thanks, a fix asked for", "Thanks, please help me get this fixed: nobody can log in and payroll runs at 3pm.", Hot, []string{"-resolved"}},
		{"rival signed, stop billing", "After the third failed payroll export we have signed with another vendor. Stop billing our card from next month.", Hot, []string{"churn_threat"}},
		{"fr no more debits, gone to a rival", "Merci de cesser tout prélèvement, on est passé chez un concurrent après la troisième panne du mois.", Hot, []string{"churn_threat"}},
		{"de direct debit revoked", "Nach dem dritten Ausfall in zwei Wochen: keine Abbuchungen mehr, die Einzugsermächtigung habe ich widerrufen.", Hot, []string{"churn_threat"}},
		{"fr thanks, delivered after an intervention", "Je voulais vous remercier : mon colis était bloqué au dépôt depuis huit jours, et après votre intervention il a été livré ce matin.", Cool, []string{"resolved"}},
		{"thanks, lost and found is no fix", "Thanks, I left a message with lost and found. My laptop is still missing and I fly home tonight.", Warm, []string{"-resolved"}},
		{"sarcastic thanks, business taken elsewhere", "Great job losing our order twice. We will be taking our business somewhere that can ship.", Hot, []string{"churn_threat"}},
		{"de keep your software", "Danke für die tolle Hilfe. Ab Montag läuft unser Versand über einen anderen Dienst, Ihre Software können Sie behalten.", Hot, []string{"churn_threat"}},
		{"es thanks for losing, close the account", "Gracias por perder los datos de mis clientes. Cierren la cuenta hoy mismo.", Hot, []string{"churn_threat", "anger_word"}},
		{"es a fix after a lock-out told with sin", "Gracias a Marta: llevaba tres días sin poder entrar y me lo arregló en un momento. Ya funciona todo.", Cool, []string{"resolved"}},
		{"de a module no longer used by choice", "Danke! Wir haben entschieden, das Modul Zeiterfassung ab Januar nicht mehr zu nutzen. Sonst alles bestens.", Cool, []string{"-outage"}},
		{"fr a child's line, no hurry", "Notre fils part étudier à Bordeaux, on voudrait résilier sa ligne fin août. Rien ne presse.", Cool, []string{"calm", "-churn_threat"}},
		{"moving out, final bill", "Hi, we are moving out of 12 Elm Road on 30 June. Could you send the final bill and a final meter reading form? Thanks, Ann", Warm, nil},
		{"a bereavement, final bill", "Hello, my mother passed away last month, please close the account and send the final bill to me. Kind regards, Tom", Warm, nil},
		{"fr dropping by", "On passe chez vous demain matin pour récupérer le colis.", Cool, []string{"-churn_threat"}},
		{"es working with you next year too", "El año que viene trabajaremos con vosotros también en Valencia.", Cool, []string{"-churn_threat"}},
		{"an error that never showed up again", "Thanks, the error never showed up again after the patch.", Cool, []string{"-business_impact"}},
		{"calm cancellation, nothing wrong", "I'm cancelling my plan when we move abroad in May. Nothing wrong with it, we just won't need it.", Warm, []string{"calm"}},
		{"fr a lawyer who read a contract", "Peut-on annuler la réunion de jeudi ? Notre avocat a relu le contrat, tout est bon.", Warm, []string{"-churn_threat"}},
		{"late for a call", "Stuck in traffic, running 5 minutes late for our call. Sorry!", Cool, []string{"-business_impact", "-waiting"}},
		{"lawyers brought in", "If this isn't fixed by Friday, our lawyers will be in touch.", Hot, []string{"legal_threat"}},
		{"de lawyer brought in", "Ich schalte meinen Anwalt ein.", Hot, []string{"legal_threat"}},
		{"es lawyer brought in", "Lo pondré en manos de mi abogado.", Hot, []string{"legal_threat"}},
		{"a start dated in the past", "Hello, our website is showing a security warning to every visitor since the certificate expired last night.", Hot, []string{"-past_or_claim"}},
		{"a name, not a lawsuit", "Sue from accounting will send the PO today. Bill is cc'd.", Cool, []string{"-legal_threat"}},
		{"a second order", "Thanks again! Second time we've ordered and it was perfect both times.", Cool, []string{"-repeat_contact", "-sarcasm"}},
		{"de a second order", "Zum zweiten Mal bestellt und wieder alles top. Danke!", Cool, []string{"-repeat_contact"}},
		{"one module cancelled", "Wir kündigen nur das Zusatzmodul, der Hauptvertrag läuft natürlich weiter.", Cool, []string{"-churn_threat"}},
		{"fr one option cancelled", "Nous résilions uniquement l'option SMS, le reste de l'abonnement continue.", Cool, []string{"-churn_threat"}},
		{"es one module cancelled", "Solo damos de baja el módulo de SMS, el resto del contrato sigue igual.", Warm, []string{"-churn_threat"}},
		{"own mistake", "No need to escalate anything, it was my mistake. I entered the wrong date.", Cool, []string{"calm"}},
		{"an old test account", "Le compte bloqué était un ancien compte de test, on n'en a plus besoin.", Cool, []string{"-outage"}},
		{"es an old test account", "La cuenta bloqueada era una cuenta de prueba antigua, ya no la necesitamos.", Cool, []string{"-outage"}},
		{"cannot use it is not a choice", "La app me cierra la sesión cada vez que la abro, no la puedo usar para nada.", Hot, []string{"outage"}},
		{"an old card cancelled", "Could you cancel my old card on file? I've added a new one. Thanks!", Cool, []string{"-churn_threat"}},
		{"de not urgent", "Ich bekomme den Newsletter nicht mehr, könnten Sie mich wieder eintragen? Eilt nicht.", Cool, []string{"-deadline"}},
		{"a problem that may come", "What happens if the server goes down during the migration?", Cool, []string{"-outage"}},
		{"a lock-out that may come", "If our account gets locked, who do we call?", Cool, []string{"-outage"}},
		{"a problem with a question", "Our account is locked, when will you unlock it?", Hot, []string{"outage"}},
		{"jury duty", "Je suis juré au tribunal cette semaine. De retour lundi.", Warm, nil},
		{"court as a threat", "If this is not fixed by Friday we will take you to court.", Hot, []string{"legal_threat"}},
		{"de reports arrive empty", "Seit dem Wochenende kommen alle geplanten Berichte leer an. Das Management-Meeting am Montagmorgen braucht sie.", Hot, []string{"outage"}},
		{"no harm done", "Our intern deleted a test file, no harm done, we restored it from the trash ourselves.", Warm, []string{"-insult", "calm"}},
		{"de no need to call", "Seit wir zu Ihnen gewechselt sind, mussten wir den Support kein einziges Mal anrufen.", Cool, nil},
		{"an old provider's outages", "Unser alter Anbieter ist jede Woche ausgefallen, seit dem Wechsel zu Ihnen läuft alles rund.", Cool, nil},
		{"de an invoice cancelled", "Bitte stornieren Sie die doppelte Rechnung von heute, die Originalrechnung ist bezahlt.", Cool, []string{"-churn_threat"}},
		{"fr nearly left", "L'an dernier nous avons failli partir chez un concurrent, mais votre équipe nous a convaincus. Nous renouvelons avec plaisir !", Warm, []string{"calm"}},
		{"es switched to us", "No hemos tenido que llamar a soporte ni una vez desde que nos pasamos a vosotros.", Cool, []string{"-churn_threat"}},
		{"a break-up is not an outage", "He broke up with me, HELP", Cool, []string{"-outage"}},
		{"still down is one signal", "Our server is still down and nobody can work.", Hot, []string{"outage", "business_impact", "-repeat_contact"}},
		{"de churn", "Wenn das nicht bis Freitag läuft, kündige ich den Vertrag.", Hot, []string{"churn_threat", "deadline"}},
		{"de outage and no call back", "Seit heute Morgen funktioniert gar nichts und niemand ruft zurück.", Hot, []string{"outage", "repeat_contact"}},
		{"es outage and threats", "Llevamos dos días sin servicio. Si no lo arreglan, cancelo el contrato y los denuncio.", Hot, []string{"outage", "churn_threat", "legal_threat"}},
		{"fr lock-out", "Je ne peux toujours pas me connecter et personne ne répond. C'est urgent.", Hot, []string{"repeat_contact", "deadline"}},
		{"es small talk", "Hoy es un buen día, gracias", Cool, []string{"-deadline"}},
		{"de not urgent", "Die Rechnung ist falsch, aber es ist nicht dringend.", Cool, []string{"-deadline"}},
		{"not an emergency", "It is not an emergency, but the VPN has been slow this week and I would like to understand why.", Cool, []string{"-deadline"}},
		{"fr not an emergency", "La facture est fausse, mais ce n'est pas une urgence.", Cool, []string{"-deadline"}},
		{"es not urgent", "La factura está mal, pero no es urgente.", Cool, []string{"-deadline"}},
		{"intensifier inside a phrase", "Our integration is completely down since your maintenance window.", Hot, []string{"outage", "ongoing"}},
		{"not is never stepped over", "The portal is not down, it is just slow for me.", Warm, []string{"-outage"}},
		{"at most two skip words", "The mood is really just totally down today.", Cool, []string{"-outage"}},
		// four calls and no call-back: the failure a page exists for, in
		// French as in English
		{"fr clitic inside a phrase", "J'ai appelé quatre fois et personne ne me rappelle.", Hot, []string{"repeat_contact"}},
		{"en calls never returned", "I called four times and nobody calls me back.", Hot, []string{"repeat_contact"}},
		{"strongest repeat counts first", "Following up again: this is my third email about the export.", Hot, []string{"repeat_contact"}},
		{"de adverb inside a phrase", "Der Export funktioniert leider nicht.", Warm, []string{"outage"}},
		{"a problem in the present tense is live", "Our printers stopped talking to the network after your technician's visit. The whole office is at a standstill.", Hot, []string{"business_impact", "-ongoing"}},
		{"a wait that goes on", "I have been on hold for 40 minutes and counting.", Hot, []string{"waiting", "ongoing"}},
		{"a wait inside a phrase takes no rank", "Flight cancelled. Been on hold since 4am.", Hot, []string{"waiting", "ongoing"}},
		{"an ordinal date", "We need the corrected export by the 15th.", Cool, []string{"deadline"}},
		{"failing since a date", "The sync has been failing every night since the 14th.", Hot, []string{"outage", "ongoing"}},
		{"something amiss since a start", "Hello, since about 8 this morning every order confirmation we send goes out with an empty PDF attached.", Hot, []string{"outage", "ongoing"}},
		{"de something amiss since a start", "Die Rechnungen haben seit gestern alle den falschen Steuersatz.", Hot, []string{"outage", "ongoing"}},
		{"es something amiss since a start", "Nuestra tienda online muestra precios a cero desde anoche.", Hot, []string{"outage", "ongoing"}},
		{"fr something amiss since a start", "Depuis la mise à jour, les bons de livraison sortent vides.", Hot, []string{"outage", "ongoing"}},
		{"amiss before, fine since", "Our PDFs were blank for a day last month, but since the 6.2 update they look perfect.", Cool, []string{"-outage"}},
		{"amiss no longer", "Since the update the PDFs are no longer empty. Thanks!", Cool, []string{"-outage"}},
		{"fr amiss no longer", "Depuis la mise à jour, les PDF ne sont plus vides. Merci !", Cool, []string{"-outage"}},
		{"nothing amiss", "Since the new release, nothing is missing from the reports.", Cool, []string{"-outage"}},
		{"zero downtime", "Since January we have had zero downtime. Great job!", Cool, []string{"-outage"}},
		{"es zero downtime", "Desde enero, cero caídas. ¡Enhorabuena!", Cool, []string{"-outage"}},
		{"fr the wrong amounts are gone", "Depuis la correction, les montants erronés ont disparu. Merci beaucoup.", Cool, []string{"-data_loss"}},
		{"es the wrong amounts are gone", "Los importes erróneos han desaparecido, muchas gracias.", Cool, []string{"-data_loss"}},
		{"without, told as how", "Since Monday we work without paper, which the team loves.", Cool, []string{"-outage"}},
		{"without, told as a state", "Since this morning we are without internet in all our stores.", Hot, []string{"outage"}},
		{"de without, told as a state", "Seit heute früh sind wir ohne Internet in allen Filialen.", Hot, []string{"outage"}},
		{"de without errors", "Seit Montag läuft der Import ohne Fehler.", Cool, []string{"calm", "-service_failure"}},
		{"shown wrong to all", "Hi, the driver app shows every delivery as already completed, so nobody knows which parcels are still in the van.", Hot, []string{"outage"}},
		{"de shown wrong to all", "Liebes Support-Team, unsere Buchungsbestätigungen zeigen bei allen Gästen das falsche Datum an.", Hot, []string{"outage"}},
		{"fr shown wrong to all", "Bonjour, le portail affiche les heures du mois dernier pour tout le personnel.", Hot, []string{"outage"}},
		{"es shown wrong to all", "Buenas, la pantalla de stock muestra cantidades negativas en la mitad de los productos.", Hot, []string{"outage"}},
		{"shown to all, and right", "Our status page shows all systems operational, thanks for the quick fix this morning.", Cool, []string{"-outage"}},
		{"de shown to all, and right", "Die Übersicht zeigt alle Aufträge als erledigt, das stimmt so, wir haben alles abgearbeitet.", Cool, []string{"-outage"}},
		{"fr shown to all, right again", "Le portail affiche à nouveau tous les rendez-vous correctement, merci pour votre aide rapide.", Cool, []string{"-outage"}},
		{"shown to all, asked about", "Hi, the dashboard shows last month's numbers for all teams until the nightly job runs, is that right?", Cool, []string{"-outage"}},
		{"es shown to all, new look", "Nuestras pantallas muestran todas el nuevo diseño desde esta mañana, ¡queda genial!", Cool, []string{"-outage"}},
		{"wrong to our own people", "Dear support, the reminder texts to our patients went out with the wrong appointment times. Several people turned up at the wrong hour this morning.", Hot, []string{"outage"}},
		{"de wrong to our own people", "Unsere Kunden bekommen seit heute leere Rechnungen.", Hot, []string{"outage"}},
		{"fr wrong to our own people", "Nos clients reçoivent des factures avec un mauvais montant.", Hot, []string{"outage"}},
		{"es wrong to our own people", "Nuestros clientes reciben la factura con el importe equivocado.", Hot, []string{"outage"}},
		{"wrong to our own people, asked about", "Our customers sometimes type the wrong email address in the form, can it check that?", Warm, []string{"-outage"}},
		{"de wrong no longer", "Unsere Kunden bekommen keine leeren Rechnungen mehr, danke!", Cool, []string{"-outage"}},
		{"es wrong, not", "Nuestros clientes no reciben facturas vacías, todo bien.", Cool, []string{"-outage"}},
		{"a correction supplied", "Since yesterday I know that I gave you the wrong customer number, the right one is 44821.", Warm, []string{"-outage"}},
		{"fr a correction supplied", "Depuis hier je sais que je vous ai donné le mauvais numéro de client, le bon est 44821.", Cool, []string{"-outage"}},
		{"de what a printer still prints", "Guten Morgen, der Drucker im Lager druckt nur noch leere Etiketten. Der LKW kommt um 14 Uhr.", Hot, []string{"outage"}},
		{"logged out over and over", "Hi, the scanner app logs our warehouse staff out every few minutes, so picking has basically stopped.", Hot, []string{"outage"}},
		{"logged out by design", "The portal logs users out after an hour of inactivity. Can we change that?", Cool, []string{"-outage"}},
		{"customers who keep calling", "Dear team, after the last update our booking page accepts orders but the confirmation emails are not going out. Customers keep calling us.", Hot, []string{"business_impact"}},
		{"es customers who keep calling", "Los clientes no paran de llamar, la web no carga.", Hot, []string{"business_impact"}},
		{"de a verb put last", "Die Kunden rufen ständig an, weil die Bestätigungen nicht ankommen.", Hot, []string{"outage", "business_impact"}},
		{"what can we do", "Hi, the export button does nothing when we click it, and the auditors arrive on Monday. What can we do?", Hot, []string{"plea"}},
		{"a reason asked to stay", "Honestly, your competitor called us yesterday with a good offer. Give me one reason to stay after this month.", Hot, []string{"churn_threat"}},
		{"de a date to decide on a rival's offer", "Wir haben ein Angebot von einem anderen Anbieter vorliegen und entscheiden nächste Woche. Bisher spricht wenig für Sie.", Hot, []string{"churn_threat", "ultimatum"}},
		{"a date to decide, and no rival", "We decide next week which plan to take, I'll let you know.", Cool, []string{"-ultimatum"}},
		{"de an account shown as expired", "Hallo, unser Zugang wird als \"abgelaufen\" angezeigt, obwohl die Rechnung bezahlt ist. Wir kommen an keine Daten.", Hot, []string{"outage"}},
		{"fr chasing told politely", "Bonjour, je me permets de relancer : toujours pas de nouvelles du technicien annoncé pour mardi.", Hot, []string{"repeat_contact"}},
		{"no news from our own side", "Still no news from our side on the budget, we'll let you know once finance decides.", Cool, []string{"-repeat_contact"}},
		{"es can someone take it", "Buenos días, cuarta vez que pido la factura corregida. ¿Alguien puede encargarse?", Hot, []string{"repeat_contact", "plea"}},
		{"can someone, calmly", "Could someone send me the November invoice? Thanks.", Cool, []string{"plea"}},
		{"de what no longer works, told by its verb", "Unsere Telefone stellen nicht mehr zu den Mitarbeitern durch. Die Kunden hören nur Stille.", Hot, []string{"outage"}},
		{"de what someone no longer is", "Ich bin ab morgen nicht mehr in der Firma, Frau Roth übernimmt.", Warm, nil},
		{"de what customers no longer have", "Die Kunden haben keine Fragen mehr.", Warm, nil},
		{"put out without a part", "Bonjour, nos tickets de caisse sortent sans le montant total. Les clients refusent de payer.", Hot, []string{"outage", "business_impact"}},
		{"put out without a hitch", "Our parcels arrive without delay, great service.", Cool, []string{"-outage", "-sarcasm"}},
		{"de put out without errors", "Die Rechnungen werden ohne Fehler erstellt, danke.", Cool, []string{"-outage"}},
		{"another company's results", "Hello, the search on our help centre returns results from another company. Our customers are confused. Please have a look.", Hot, []string{"security", "business_impact"}},
		{"de other firms' invoices", "Guten Tag, im Kundenportal sehen unsere Kunden die Rechnungen anderer Firmen. Bitte sofort prüfen.", Hot, []string{"security"}},
		{"es a polite outage", "Hola, perdonad la molestia, pero nuestra tienda online parece estar caída. ¿Podríais echar un vistazo?", Hot, []string{"outage"}},
		{"de denied access, told politely", "Hallo, ich bekomme immer eine \"Zugriff verweigert\"-Seite, sobald ich das Finanzmodul öffne.", Hot, []string{"outage"}},
		{"frozen on purpose", "Our frozen food range goes live on the shop today, exciting times!", Cool, []string{"-outage"}},
		{"de a renewal stopped", "Hallo, unsere Geschäftsführung hat die Verlängerung gestoppt, bis die Ausfälle geklärt sind.", Hot, []string{"churn_threat"}},
		{"fr a renewal suspended", "Bonjour, notre direction a suspendu le renouvellement tant que les pannes ne sont pas expliquées.", Hot, []string{"churn_threat"}},
		{"es a renewal frozen", "Hola, la dirección ha congelado la renovación hasta que nos expliquen las caídas.", Hot, []string{"churn_threat"}},
		{"renewal reminders stopped", "We stopped the renewal reminders on our side, all good. Thanks!", Cool, []string{"-churn_threat"}},
		{"fr times shifted, told in words", "Bonjour, les délais affichés sur la page de suivi sont tous décalés de douze heures. Nos clients appellent sans arrêt.", Hot, []string{"outage", "business_impact"}},
		{"de a fix told in a few words", "Hallo, der Drucker war kurz offline, ich habe ihn neu gestartet und jetzt läuft alles.", Cool, []string{"resolved"}},
		{"fr a lost password reset at once", "Bonjour, j'avais perdu mon mot de passe mais la réinitialisation a fonctionné tout de suite, merci.", Cool, []string{"-data_loss"}},
		{"fr cancellation asked out of curiosity", "Bonjour, pouvez-vous m'expliquer la procédure de résiliation ? Simple curiosité, nous sommes très contents.", Cool, []string{"-churn_threat"}},
		{"fr a switch of provider in the first person plural", "Bonjour, si les erreurs de facturation ne sont pas corrigées cette semaine, nous changeons de prestataire.", Hot, []string{"churn_threat"}},
		{"es a password reset is no fix", "Hola, he restablecido la contraseña tres veces y sigo sin poder entrar.", Hot, []string{"-resolved", "outage"}},
		{"fr still blocked after a reset", "Le reset n'a pas fonctionné, je suis toujours bloqué.", Hot, []string{"outage"}},
		{"fr unblocked", "Il était toujours bloqué par le pare-feu, notre admin l'a débloqué, merci.", Warm, []string{"resolved"}},
		{"a fix the day before, and locked out again", "The reset worked fine yesterday but this morning I'm locked out again.", Hot, []string{"outage"}},
		{"one value instead of another", "Dear support, our online bookings are being charged in dollars instead of euros.", Hot, []string{"outage"}},
		{"de one value instead of another", "Ihre SMS-Erinnerungen gehen um 3 Uhr nachts statt um 15 Uhr raus. Patienten rufen verärgert in der Praxis an.", Hot, []string{"outage"}},
		{"fr one value instead of another", "Madame, Monsieur, nos réservations en ligne sont facturées en dollars au lieu d'euros.", Hot, []string{"outage"}},
		{"es one value instead of another", "Estimado soporte, nuestras reservas online se cobran en dólares en lugar de euros.", Hot, []string{"outage"}},
		{"one value instead of another, asked for", "Please bill us in euros instead of dollars from next month.", Cool, []string{"-outage"}},
		{"fr one value instead of another, preferred", "Nous préférons être facturés en euros au lieu de dollars à partir de janvier.", Cool, []string{"-outage"}},
		{"a meeting moved", "The meeting is at 3pm instead of 2pm, see you there!", Warm, []string{"-outage"}},
		{"shown from yesterday", "Dear team, the booking calendar is showing yesterday's availability all day, so people are booking slots that are already taken.", Hot, []string{"outage"}},
		{"es shown from last week", "Hola, ¿podríais revisar una cosa? El calendario compartido muestra el horario de la semana pasada y las enfermeras no saben sus turnos de hoy.", Hot, []string{"outage"}},
		{"yesterday's sales, rightly", "The report shows yesterday's sales, which is how it should be.", Cool, []string{"-outage"}},
		{"de yesterday's sales", "Der Bericht zeigt die Umsätze von gestern.", Cool, []string{"-outage"}},
		{"a decimal point ends no clause", "Hello, our checkout shows a shipping cost of 0.00 for every country. We are losing money on each order.", Hot, []string{"outage"}},
		{"es a decimal comma ends no clause", "Hola, nuestro carrito muestra gastos de envío de 0,00 € para todos los países. Perdemos dinero en cada pedido.", Hot, []string{"outage"}},
		{"churn weighed aloud", "honestly thinking of cancelling. every week something breaks and nobody owns it", Hot, []string{"churn_threat"}},
		{"stock gone to zero, shown for everything", "our stock levels went to 0 overnight for every product, shop shows everything sold out", Hot, []string{"data_loss", "outage"}},
		{"de stock gone to zero", "alle Lagerbestände stehen seit heute Nacht auf 0, Shop zeigt alles ausverkauft", Hot, []string{"outage"}},
		{"shown for everything, and loved", "The new dashboard shows everything at a glance, love it.", Cool, []string{"-outage"}},
		{"bounced all weekend", "reminder emails to our members bounced all weekend, nobody got their class times", Hot, []string{"outage", "ongoing"}},
		{"de still shown old", "Hallo, die Rechnungen aus Ihrem System zeigen noch die alte Bankverbindung. Zwei Kunden haben schon aufs alte Konto überwiesen.", Hot, []string{"outage"}},
		{"shown from last year", "Hi, the invoices we send from your system show last year's bank details. Two clients have already paid into the old account.", Hot, []string{"outage"}},
		{"a language instead of another", "Hello, every appointment confirmation goes out in Japanese instead of English. Our patients can't read them.", Hot, []string{"outage"}},
		{"fr a language instead of another", "Bonjour, toutes les confirmations de rendez-vous partent en anglais au lieu du français. Nos patients ne les comprennent pas.", Hot, []string{"outage"}},
		{"a language asked for instead of another", "Hello, could the appointment confirmations go out in Spanish instead of English for our clinic in Madrid? No rush.", Cool, []string{"-outage"}},
		{"a list cut short", "Hello, the order export contains only the first 100 orders, the rest are missing. Our warehouse ships from that list.", Hot, []string{"data_loss"}},
		{"double to every customer", "Hi, the loyalty app gives every customer double points on each purchase. Could you check?", Hot, []string{"outage"}},
		{"shown to all, asked for", "Please show all users the banner from Monday.", Cool, []string{"-outage"}},
		{"shown for every month, nicely", "The charts show every month of last year nicely.", Cool, []string{"-outage"}},
		{"wrong with every one", "Hi, the route planner puts every delivery in the wrong city. Drivers are calling the office nonstop.", Hot, []string{"outage", "business_impact"}},
		{"de wrong with every one", "Hallo, der Routenplaner legt jede Lieferung in die falsche Stadt. Die Fahrer rufen ununterbrochen im Büro an.", Hot, []string{"outage"}},
		{"each wrong answer is a kind", "Each wrong answer in the quiz costs a point.", Warm, []string{"-outage"}},
		{"orders that never show up", "Hello, the webshop takes payment but the orders never show up in our back office. This has been going on since Tuesday.", Hot, []string{"outage", "ongoing"}},
		{"de a move to another system", "Wir sind seit sechs Jahren Kunde, bereiten aber gerade den Umzug unserer Filialen auf ein anderes System im Januar vor.", Hot, []string{"churn_threat"}},
		{"a placeholder printed on every order", "Hi, the PDF receipts print the customer's name as \"undefined\" on every order today. Could you take a look?", Hot, []string{"outage"}},
		{"fr a placeholder shown, where further on", "Bonjour, les reçus affichent « undefined » à la place du nom du client sur toutes les commandes aujourd'hui.", Hot, []string{"outage"}},
		{"printed for every order, clearly", "The receipts print every order number clearly now, thanks.", Cool, []string{"-outage"}},
		{"just checking whether anyone looked", "Hi, just checking whether anyone has looked at ticket 55812 yet. It's been a week and the export is still broken.", Hot, []string{"-calm", "repeat_contact"}},
		{"de in touch again about a request", "Hallo, ich melde mich nochmal wegen meiner Anfrage von letztem Donnerstag zu den doppelten Rechnungen. Bisher keine Rückmeldung.", Hot, []string{"repeat_contact"}},
		{"de anyone looked at a manual", "Hat sich schon jemand das neue Handbuch angesehen? Würde mich über Feedback freuen.", Cool, []string{"-repeat_contact"}},
		{"a renewal refused in the present", "Hi, my manager asked me to let you know we're not renewing unless the uptime improves this quarter.", Hot, []string{"churn_threat"}},
		{"de a renewal refused, subject first", "Hallo, meine Chefin lässt ausrichten: Wir verlängern nicht, wenn sich die Verfügbarkeit dieses Quartal nicht bessert.", Hot, []string{"churn_threat"}},
		{"extra seats not renewed", "We're not renewing the extra seats, but the main plan stays. Thanks!", Cool, []string{"-churn_threat"}},
		{"totals off by a share", "Hello, the invoice totals are off by exactly 19% on every invoice since the update. Our accountant noticed.", Hot, []string{"outage"}},
		{"off by default", "Keep it turned off by default please.", Cool, []string{"-outage"}},
		{"people named bare after what went wrong", "Hi, the booking emails go out with the wrong hotel address, guests are ending up across town.", Hot, []string{"outage"}},
		{"es people named bare after and", "Hola, los correos de reserva salen con la dirección de hotel equivocada y los huéspedes acaban en la otra punta de la ciudad.", Hot, []string{"outage"}},
		{"wrong, if", "If the address is wrong, customers can change it in their profile.", Cool, []string{"-outage"}},
		{"fr wrong, if", "Si l'adresse est fausse, les clients peuvent la corriger eux-mêmes.", Cool, []string{"-outage"}},
		{"double points loved", "Hi, the loyalty app's double points weekend went really well, customers loved it!", Cool, []string{"-outage"}},
		{"reminders counted", "Bonjour, désolé de vous relancer, toujours pas de facture corrigée après deux rappels. Merci d'escalader.", Hot, []string{"repeat_contact"}},
		{"de a contract ended, verb first", "Ehrlich gesagt: Wenn das SLA diesen Monat noch einmal gerissen wird, beenden wir den Vertrag.", Hot, []string{"churn_threat"}},
		{"the second week", "Hi, this is the second week our nightly backup hasn't completed. We need to know our data is safe.", Hot, []string{"waiting"}},
		{"es what I can no longer do", "Hola, ya no puedo gestionar usuarios desde la migración.", Hot, []string{"outage"}},
		{"es what I can no longer wait for", "Ya no puedo esperar a probar la nueva versión.", Cool, []string{"-outage"}},
		{"es assurances that did not hold", "Estimado soporte, pese a sus garantías de la semana pasada, los cobros duplicados siguen. Por favor, llámenme.", Hot, []string{"repeat_contact"}},
		{"a replacement sought", "Our finance director has asked me to find a replacement for your tool by March.", Hot, []string{"churn_threat"}},
		{"de a migration away", "Wir haben begonnen, von Ihrer Plattform wegzumigrieren. Bitte senden Sie uns das Verfahren für den Datenexport.", Hot, []string{"churn_threat"}},
		{"es an account to close", "Se acabó. Cierren nuestra cuenta y dejen de cobrarnos.", Hot, []string{"churn_threat"}},
		{"a notice of a new address", "Please consider this our notice of a new billing address from March.", Cool, []string{"-churn_threat"}},
		{"es going on holiday", "Este verano nos vamos todos de vacaciones en agosto, y nos vamos tranquilos gracias a vosotros.", Warm, nil},
		{"a last chance", "This is your last chance to keep our account.", Hot, []string{"churn_threat"}},
		{"de signed with another provider", "Wir haben bei einem anderen Anbieter unterschrieben, bitte bestätigen Sie das Kündigungsdatum.", Hot, []string{"churn_threat"}},
		{"a termination letter drafted", "I've been asked to draft the termination letter. Is there anything you can do before I send it?", Hot, []string{"churn_threat"}},
		{"the notice period asked about", "The termination notice period is 30 days, right? Just checking for our records.", Cool, []string{"-churn_threat"}},
		{"a team shut out", "Hi, the system says our subscription has lapsed, but we paid on the 1st. The whole team is shut out.", Hot, []string{"outage"}},
		{"people who cannot start work", "Hello, the invite links for our new staff expire before they open them. Five people can't start work.", Hot, []string{"business_impact"}},
		{"stuck in traffic", "We're stuck in traffic, running 10 minutes late.", Cool, []string{"-outage"}},
		{"links that expire before a weekend", "Invite links expire before the weekend, please resend on Monday.", Cool, []string{"-outage"}},
		{"fr an app impossible to use", "Bonjour, l'appli demande à chaque utilisateur d'accepter à nouveau les conditions puis plante. Impossible de l'utiliser.", Hot, []string{"outage"}},
		{"costs compared with rivals", "Our CFO wants a cost comparison with your competitors on her desk by Friday.", Hot, []string{"churn_threat"}},
		{"fr churn weighed as a question", "Franchement, nous nous demandons si nous continuons avec vous après ce trimestre.", Hot, []string{"churn_threat"}},
		{"a comparison done, and kept", "We did a comparison with your competitors last year and chose you. Happy to renew.", Warm, nil},
		{"de posts published twice", "Hallo, alle geplanten Beiträge wurden heute Morgen doppelt veröffentlicht. Unsere Follower beschweren sich.", Hot, []string{"business_impact"}},
		{"other customers' history on screen", "Hi, the customer portal shows other customers' order history when you log in. Please fix this immediately.", Hot, []string{"security"}},
		{"de a callback asked for twice", "Guten Tag, ich habe am Montag und am Mittwoch um Rückruf gebeten. Bisher hat niemand angerufen.", Hot, []string{"repeat_contact"}},
		{"de lawyers brought in, verb first", "Wir sind sehr enttäuscht. Wenn die Datenmigration nicht wie vereinbart bis zum 15. fertig ist, schalten wir unsere Anwälte ein.", Hot, []string{"legal_threat"}},
		{"es another customer's details", "Buenos días, las facturas salen con el NIF de otro cliente. Ya hemos enviado varias.", Hot, []string{"security"}},
		{"a symptom on screen now", "Good afternoon, our delivery drivers' app shows an empty route list. They're waiting at the depot.", Hot, []string{"outage", "waiting"}},
		{"fr on screen, by design", "La borne affiche hors ligne la nuit, c'est voulu, je confirme juste.", Cool, []string{"calm"}},
		{"a pay link to a dead page, told by customers", "Hi, quick one: the \"Pay now\" button on our invoices leads to a 404 page. Three customers have told us so far this morning.", Hot, []string{"outage", "business_impact"}},
		{"a designed 404 page", "The 404 page you designed for us is hilarious, our customers love it.", Cool, []string{"-outage"}},
		{"de nobody reacted to a mail", "Hallo, wir wurden für 40 Plätze belastet, haben aber nur 12. Das ist schon der zweite Monat, und auf meine Mail vom 3. hat niemand reagiert.", Hot, []string{"repeat_contact", "-outage"}},
		{"es open for days, no answer", "Hola, vuelvo a preguntar por el caso 88213. Lleva nueve días abierto y sigo sin respuesta.", Hot, []string{"repeat_contact"}},
		{"zero of a problem", "Since January we have had zero downtime. Great job!", Cool, []string{"calm"}},
		{"zero info on a loss", "24 hrs since flight landed and ZERO info on my missing bag?", Warm, []string{"data_loss"}},
		{"a show is no screen", "I think I could watch an entire show with just these two all the time.", Cool, []string{"-outage"}},
		{"ultimatum", "Fix the export, otherwise we cancel our contract.", Hot, []string{"ultimatum", "churn_threat"}},
		{"de ultimatum", "Reparieren Sie den Export, sonst kündigen wir den Vertrag.", Hot, []string{"ultimatum", "churn_threat"}},
		{"a fix as the condition is no fix", "Unless the export works again, we will cancel our subscription.", Hot, []string{"-resolved", "churn_threat"}},
		{"a condition without a threat", "Unless you prefer a call, I will send the notes by mail.", Cool, []string{"-ultimatum"}},
		{"an outage and whom it stops", "Good morning, the Outlook add-in stopped syncing for everyone in our Paris office. Thank you.", Hot, []string{"outage", "affected"}},
		{"whom a problem stops, with no problem", "All our customers will get the new version tomorrow.", Cool, []string{"-affected"}},
		{"es whom a problem stops, with no problem", "Toda la plantilla tiene acceso desde hoy, gracias.", Cool, []string{"-affected"}},
		{"fr whom a problem stops, praised", "Tous nos clients sont ravis depuis ce matin.", Cool, []string{"-affected"}},
		{"whom a problem stops, told with a symptom", "The shared calendar has been empty for all 40 staff since the update last night. We cannot see any appointments.", Hot, []string{"affected", "outage"}},
		{"es symptom and whom it stops", "El calendario compartido está vacío para toda la plantilla desde la actualización de anoche. No vemos ninguna cita.", Hot, []string{"affected", "outage"}},
		{"fr refused with words between", "Bonjour, le paiement en ligne est refusé pour tous nos clients depuis ce matin.", Hot, []string{"affected", "outage"}},
		{"de missing on every document", "Seit dem Update heute Morgen fehlen auf allen Rechnungen Logo und Bankverbindung.", Hot, []string{"affected", "outage"}},
		{"nobody can sign in, with words between", "We changed our admin email and now nobody on our side can sign in to the dashboard.", Hot, []string{"outage"}},
		{"de nobody after the modal", "Seit der Umstellung kann sich bei uns niemand mehr im Dashboard anmelden.", Hot, []string{"outage"}},
		{"nobody logged in, by choice", "Nobody has logged in to the old portal since March, feel free to delete it.", Cool, []string{"-outage"}},
		{"de a problem back after it was reported", "Ich habe die doppelten Bestellungen am Montag gemeldet, am Mittwoch nochmal, und heute ist es wieder passiert.", Hot, []string{"repeat_contact"}},
		{"es a switch in the subjunctive", "Llevamos seis años con vosotros, pero después de esta semana voy a recomendar que nos cambiemos a otro proveedor.", Hot, []string{"churn_threat"}},
		{"a state in quotes", "Good morning. Our accountant's user shows \"suspended\" and she has the VAT return due at noon. Please reactivate it.", Hot, []string{"outage", "deadline"}},
		{"es a state in quotes", "Buenos días, el usuario de nuestra contable aparece como \"suspendido\" y tiene que presentar el IVA a mediodía.", Hot, []string{"outage"}},
		{"fr none of a kind of thing", "Bonjour, aucune des factures envoyées cette semaine n'est arrivée chez nos clients. Elles reviennent avec « boîte indisponible ».", Hot, []string{"business_impact", "outage"}},
		{"de planned maintenance", "Der Server war letzte Nacht wie geplant zur Wartung offline, heute früh lief alles. Danke für die Vorwarnung.", Cool, []string{"calm"}},
		{"de worked before the stated start", "Gestern lief alles, seit heute Morgen geht nichts mehr.", Hot, []string{"outage", "-resolved"}},
		{"worked before the stated start", "Everything was working yesterday, since this morning nothing loads.", Hot, []string{"outage", "-resolved"}},
		{"a fix after the problem", "The login was broken since Monday. It works again now, thanks!", Cool, []string{"resolved"}},
		{"what is at stake, with no problem", "Reminder: the payroll export is due by 3pm as usual, I'll run it after lunch.", Warm, []string{"-affected"}},
		{"a fix that came too late", "The reset link you sent expired before it arrived, and now the account is frozen. Our shop is closed until we can get back in.", Hot, []string{"outage", "-resolved"}},
		{"fr vendors to replace", "Après les deux dernières pannes, vous êtes en tête de liste des fournisseurs à remplacer.", Hot, []string{"churn_threat"}},
		{"a supplier that replaces something", "The supplier to replace the battery is coming tomorrow.", Cool, []string{"-churn_threat"}},
		{"seats taken elsewhere", "If we can't get a straight answer by Friday, we'll be moving our 300 seats elsewhere.", Hot, []string{"churn_threat"}},
		{"de none of it urgent", "Keine der neuen Funktionen ist für uns dringend, lassen Sie sich Zeit.", Cool, []string{"-deadline", "-business_impact"}},
		{"es none of it urgent", "Ninguna de las nuevas funciones es urgente para nosotros, tomaos vuestro tiempo.", Cool, []string{"-deadline"}},
		{"a state expected", "The test user shows \"disabled\" as expected after we offboarded him. All good.", Cool, []string{"calm"}},
		{"de nobody locked out any more", "Früher hatten wir viele gesperrte Konten, aber seit der 2FA-Umstellung wurde niemand mehr ausgesperrt. Super Arbeit.", Cool, nil},
		{"contact listed by its dates", "Per my emails of 14, 18 and 22 November, the credit note is still outstanding. Please escalate.", Hot, []string{"repeat_contact"}},
		{"de contact listed by its dates", "Bezugnehmend auf meine E-Mails vom 14., 18. und 22. November: Die Gutschrift ist immer noch offen. Bitte eskalieren Sie das.", Hot, []string{"repeat_contact"}},
		{"a rival's better offer", "Your competitor offered us a better deal last week. Give me one reason not to sign it.", Hot, []string{"churn_threat"}},
		{"de a rival's better offer", "Ihr Wettbewerber hat uns letzte Woche ein besseres Angebot gemacht. Nennen Sie mir einen Grund, es nicht zu unterschreiben.", Hot, []string{"churn_threat"}},
		{"a rival's offer turned down", "We chose you over a competitor who offered a better price, and we're glad we did.", Cool, nil},
		{"contact counted with praise", "We called three times last year about the old printer and you were always great. Now we'd like to order two new ones.", Cool, nil},
		{"a promise whose time has passed", "You said someone would ring me back within the hour. That was yesterday.", Hot, []string{"repeat_contact"}},
		{"es one more outage and we go", "Esta es nuestra última advertencia: una caída más este mes y nos vamos.", Hot, []string{"churn_threat"}},
		{"es going on holiday", "Este viernes nos vamos de vacaciones, volvemos el lunes.", Cool, []string{"-churn_threat"}},
		{"fr stopped on purpose", "Le webhook ne se déclenche plus depuis que nous avons mis l'intégration en pause volontairement, ignorez les alertes.", Warm, []string{"calm"}},
		{"counted reviews, not contact", "Fifth time writing a review for you guys this year, you deserve every star.", Cool, nil},
		{"de whom a problem stops, inside it", "App stürzt bei allen Nutzern beim Start ab.", Hot, []string{"outage", "affected"}},
		{"fr counted with digits", "Toujours rien ? C'est le 3e mail.", Hot, []string{"repeat_contact"}},
		{"needing to leave now", "I need to leave now, talk tomorrow.", Warm, []string{"-deadline"}},
		{"asked to finally reply", "Could somebody please finally reply? I opened this case on the 2nd and it's the 19th.", Hot, []string{"repeat_contact"}},
		{"fr other solutions weighed", "Notre conseil d'administration m'a demandé d'étudier d'autres solutions si le service ne s'améliore pas ce mois-ci.", Hot, []string{"churn_threat"}},
		{"es a plan cancelled with a refund", "A estas alturas pido el reembolso completo y la cancelación de nuestro plan.", Hot, []string{"churn_threat"}},
		{"earlier mail referred to", "As discussed in my emails of 3 and 10 June, we'd love to extend the pilot. Thanks for a great partnership.", Cool, []string{"-repeat_contact"}},
		{"none had the problem again", "None of the agents have seen the error again since Tuesday.", Warm, []string{"-outage"}},
		{"es thanks for replying at last", "Gracias por responder por fin, ya está todo claro.", Cool, []string{"-repeat_contact"}},
		{"fr kinds of solution", "Nous aimerions étudier d'autres solutions de paiement proposées par votre plateforme.", Cool, []string{"-churn_threat"}},
		{"fr typed without accents", "je pense serieusement a resilier l abonnement apres cette semaine", Hot, []string{"churn_threat"}},
		{"fr an apostrophe typed as a space", "impossible d acceder a mon compte, le mail de reinitialisation arrive jamais, essaye 4 fois. j en ai besoin pour un rdv client a 14h", Hot, []string{"outage"}},
		{"de umlauts typed with e", "ueberlege ernsthaft nach dieser woche das abo hinzuschmeissen", Hot, []string{"churn_threat"}},
		{"tickets without answers", "3 tickets, 0 answers. what exactly am i paying for", Hot, []string{"repeat_contact", "anger_word"}},
		{"not extending, with a condition", "We have informed our procurement team that we will not be extending beyond March unless the reporting issue is resolved.", Hot, []string{"churn_threat"}},
		{"de a trial not extended", "Die Testphase für das Sandbox-Konto verlängern wir nicht, alle arbeiten jetzt in der Produktion.", Cool, []string{"-churn_threat"}},
		{"a rival's trial started", "We've started a trial with one of your competitors. I'd rather stay, but I need to see a fix this week.", Hot, []string{"churn_threat"}},
		{"fr a lawyer who will call", "Mon avocat prendra contact avec vous au sujet des prélèvements non autorisés sur notre compte.", Hot, []string{"legal_threat"}},
		{"session expired, thrown out", "Every time I try to approve the invoices I get \"session expired\" and I'm thrown back to the login page. Month-end close is today.", Hot, []string{"outage"}},
		{"an outage told in the present", "Our website is down.", Hot, []string{"outage"}},
		{"de an outage told in the present", "Unsere Website ist down.", Hot, []string{"outage"}},
		{"down for maintenance, asked about", "Your status page says the EU region is down for maintenance tonight, will we be affected?", Warm, []string{"calm"}},
		{"down, no rush", "The test server is down, no rush.", Warm, []string{"calm"}},
		{"fr a polite outage, seeming", "Bonjour, désolé de vous déranger, mais notre boutique en ligne semble hors ligne. Pourriez-vous jeter un œil ?", Hot, []string{"outage"}},
		{"de none of our mails go out", "Sehr geehrtes Team, es gehen keine unserer E-Mails mehr raus. Viele Grüße, Anna", Hot, []string{"business_impact"}},
		{"de nothing broken", "Es ist nichts kaputt, ich möchte nur die neue Rechteverwaltung besser verstehen.", Cool, []string{"-outage"}},
		{"de offline on Sunday, nothing to do", "Zur Info: Unsere Fahrer sind am Sonntag wegen des Umzugs offline, Sie müssen nichts tun.", Warm, []string{"calm"}},
		{"a crash for our staff", "Good morning, the mobile app is crashing for our staff whenever they try to clock in.", Hot, []string{"outage", "affected"}},
		{"fr no longer shown", "Bonjour, le widget de réservation ne s'affiche plus sur notre site. Quelqu'un pourrait-il vérifier ?", Hot, []string{"outage"}},
		{"fr an error no longer shown", "Le message d'erreur ne s'affiche plus, merci !", Warm, nil},
		{"fr no longer shown, as wanted", "Nos clients ne voient plus la bannière, c'est parfait.", Cool, nil},
		{"a crash once, fine now", "The app crashed once for our staff last week but it's fine now.", Cool, []string{"resolved"}},
		{"fr contact listed by its days", "Re-bonjour, j'ai signalé ceci lundi et mercredi et je n'ai rien reçu. Les doubles prélèvements sont toujours là. Cordialement, Tom", Hot, []string{"repeat_contact"}},
		{"contact on two days to say thanks", "I called on Monday and Tuesday to say thanks for the great onboarding.", Cool, []string{"-repeat_contact"}},
		{"fr a third request", "Troisième demande : quand la TVA de nos factures sera-t-elle corrigée ? Notre comptable attend.", Hot, []string{"repeat_contact"}},
		{"seems offline, politely", "Hi, sorry to bother you, but our online store seems to be offline. Could you take a look?", Hot, []string{"outage", "-calm"}},
		{"de offline as planned, inside the phrase", "Die alte Website ist jetzt wie geplant offline und die neue ist live. Super gemacht!", Warm, []string{"calm"}},
		{"de no complaint at all", "Unsere Kunden sind begeistert vom neuen Checkout, seit dem Start keine einzige Beschwerde!", Cool, []string{"-outage"}},
		{"a question withdrawn", "Is the API down for everyone or just us? Never mind, it was our firewall, all good now.", Cool, nil},
		{"a reply waited for since a date", "Can somebody please answer? I've been waiting since the 3rd for a reply about the refund.", Hot, []string{"waiting", "plea"}},
		{"fr a ticket closed, still failing", "Vous avez fermé mon ticket sans rien corriger. La synchro échoue toujours chaque nuit.", Hot, []string{"repeat_contact", "outage"}},
		{"de a cancellation form asked for", "Ehrlich gesagt habe ich genug von den Ausreden. Schicken Sie mir heute das Kündigungsformular.", Hot, []string{"churn_threat"}},
		{"wanting out of the contract", "I want out of this contract. Tell me what it costs to terminate early.", Hot, []string{"churn_threat"}},
		{"de a renewal called off", "Das ist inakzeptabel. Betrachten Sie unsere Verlängerung als storniert.", Hot, []string{"churn_threat"}},
		{"es the rest follow a rival", "Vuestra competencia ya ha migrado la mitad de nuestros locales. El resto irá detrás si nada cambia.", Hot, []string{"churn_threat"}},
		{"walking to the office", "We walk to the office every day, lovely weather.", Warm, nil},
		{"trust in an old tool given up", "We no longer trust the old export, so we use yours now. Thanks!", Cool, nil},
		{"a test account closed", "Could you close our account for the test environment? Only that one.", Cool, []string{"-churn_threat"}},
		{"fr a fix as the condition, with other vendors", "Nous mettons le renouvellement en suspens et discutons avec deux autres fournisseurs jusqu'à ce que ce soit réglé.", Hot, []string{"churn_threat", "-resolved"}},
		{"de a company stuck at the login", "Unser SSO-Zertifikat ist über Nacht abgelaufen und die ganze Firma hängt am Anmeldebildschirm fest.", Hot, []string{"outage"}},
		{"posts never published", "The scheduled posts didn't publish this morning, our product launch announcement never went out.", Hot, []string{"outage"}},
		{"es told to agent after agent", "He explicado este problema a cuatro agentes distintos. Cada uno empieza de cero.", Hot, []string{"repeat_contact"}},
		{"a login the system no longer knows", "Hi, our receptionist's login now says \"user not found\", though she used it yesterday. Patients are arriving.", Hot, []string{"outage"}},
		{"es blocked for a day", "Estimado equipo, tras demasiados intentos mi cuenta se bloqueó temporalmente, pero ya han pasado 24 horas.", Hot, []string{"outage", "waiting"}},
		{"de a promise, then nobody, in the next sentence", "Hallo, mir wurde für Donnerstag ein Technikerbesuch zugesagt. Niemand kam und niemand rief an.", Hot, []string{"repeat_contact"}},
		{"a case open for weeks", "Good morning, could someone finally look at case 20931? It's been open for three weeks now.", Hot, []string{"repeat_contact"}},
		{"fr everything back", "Coupure de courant au bureau ce matin, tout est revenu. C'est pour ça que la synchro s'est arrêtée.", Cool, []string{"resolved"}},
		{"fr numbers, not encrypted files", "Bonjour BB, merci d'envoyer les chiffres T3 d'ici ven. soir si poss. Sinon lun. ça va. Cdt, KS", Cool, []string{"-security"}},
		{"es an out-of-office with what to do if something breaks", "Fuera hasta el 14/12. Para facturación urgente, escribid a AP@. En caso de caída, ver la página de estado.", Cool, []string{"calm"}},
		{"de a renewal refused, its nicht after the object", "Wir verlängern unseren Vertrag nicht, wenn das nicht diese Woche behoben wird.", Hot, []string{"churn_threat", "-calm"}},
		{"de a renewal, gladly", "Wir verlängern unseren Vertrag gern um ein Jahr.", Cool, []string{"calm"}},
		{"de something missing, asked for calmly", "Es fehlt noch Ihre Unterschrift, bitte schicken Sie sie heute.", Warm, []string{"service_failure"}},
		{"explicit cancellation", "Cancel us. Done.", Hot, []string{"churn_threat"}},
		{"de explicit cancellation", "Wir kündigen.", Hot, []string{"churn_threat"}},
		{"fr explicit cancellation", "Je souhaite résilier avec effet immédiat.", Hot, []string{"churn_threat"}},
		{"es explicit cancellation", "Quiero dar de baja el servicio.", Hot, []string{"churn_threat"}},
		{"a cancellation asked about", "What happens to our data if we cancel? Not planning to.", Cool, []string{"-churn_threat"}},
		{"de negation apart from its verb", "Der Export funktioniert seit dem Update nicht mehr.", Hot, []string{"outage", "ongoing"}},
		{"de cannot log in, since Friday", "Unsere Mitarbeiter können sich seit heute früh nicht an den Scannern anmelden.", Hot, []string{"outage", "ongoing"}},
		{"de particle apart from its verb", "Die Anmeldung mit dem Firmenkonto schlägt seit gestern fehl.", Hot, []string{"outage", "ongoing"}},
		{"de state at the clause's end", "Der Server ist seit heute Morgen down.", Hot, []string{"outage", "ongoing"}},
		{"a fix asked about", "Wann wird der Fehler bei den Rechnungen behoben? Unsere Kunden beschweren sich täglich.", Hot, []string{"-resolved"}},
		{"de it is not about", "Es geht uns nicht um den Preis.", Cool, []string{"-outage"}},
		{"polite data loss pages", "Half of our product catalogue disappeared after the import. Customers are seeing empty pages right now.", Hot, []string{"data_loss"}},
		{"a greeting is not tomorrow", "Guten Morgen, können Sie mir die Rechnung noch einmal schicken?", Cool, []string{"-ongoing"}},
		{"excitement is not a wait", "Can't wait for the new release next week, the beta looks great!", Cool, []string{"-waiting", "-service_failure"}},
		{"a threat weighed in earnest", "We are seriously considering moving to a different vendor.", Hot, []string{"ultimatum", "churn_threat"}},
		{"es if it goes on like this", "Si esto sigue así, nos pasamos a otra plataforma.", Hot, []string{"ultimatum", "churn_threat"}},
		{"earnest without a threat", "Wir überlegen ernsthaft, den Jahresplan zu buchen. Können Sie uns ein Angebot schicken?", Cool, []string{"-ultimatum"}},
		{"a broken promise pages on its own", "They told me a technician would come on Tuesday. Nobody came.", Hot, []string{"repeat_contact"}},
		{"writing again says it is not solved", "Troisième relance : la facture erronée n'est toujours pas corrigée.", Hot, []string{"repeat_contact"}},
		{"closed without a fix is no fix", "Mein Ticket wurde zweimal geschlossen, ohne dass das Problem gelöst wurde.", Hot, []string{"-resolved", "repeat_contact"}},
		{"fr closed without a fix", "Mon ticket a été fermé deux fois sans que le problème soit résolu.", Hot, []string{"-resolved"}},
		{"a lock-out is live however it is told", "I forgot my password and the recovery mail goes to an address that no longer exists. I can't access anything.", Hot, []string{"outage"}},
		{"what is not chosen is no threat", "Können Mitglieder ihr Abo pausieren statt zu kündigen?", Cool, []string{"-churn_threat"}},
		{"a problem no longer there is good news", "El problema de imágenes de ayer ya no está, nada que reportar desde entonces.", Cool, []string{"resolved"}},
		{"fr nothing to report since", "Le souci d'images d'hier a disparu, rien à signaler depuis.", Cool, nil},
		{"polite request is no page", "My flight tomorrow was moved to a later time, can you help me pick a new seat? Thanks", Cool, []string{"plea"}},
		{"de weighing a renewal", "Nach den Störungen prüfen wir derzeit ernsthaft, ob wir unseren Vertrag zum Jahresende noch verlängern.", Hot, []string{"churn_threat"}},
		{"fr weighing a renewal", "Après les pannes répétées, nous nous demandons sérieusement si nous allons renouveler le contrat.", Hot, []string{"churn_threat"}},
		{"a renewal planned early is no threat", "Wir prüfen gerade, ob wir den Vertrag schon jetzt verlängern können, um den Rabatt zu bekommen.", Cool, []string{"-churn_threat"}},
		{"a better rate from another provider", "Just a heads-up that we've been offered a noticeably better rate by another provider for the same package.", Hot, []string{"churn_threat"}},
		{"fr an offer weighed", "Un concurrent nous a fait une offre nettement plus avantageuse pour un service équivalent.", Hot, []string{"churn_threat"}},
		{"the vendor's own price is no rival's", "Your price is better than any competitor's, thanks for the renewal.", Cool, []string{"-churn_threat"}},
		{"de cancelling some day", "Eine allgemeine Frage: Wie läuft eine Kündigung ab, falls wir irgendwann einmal wechseln sollten?", Cool, []string{"-churn_threat"}},
		{"how to cancel is asked, not threatened", "Hi, how do I cancel my subscription?", Warm, []string{"churn_threat"}},
		{"how to cancel, upset", "How do I cancel? I have had enough.", Hot, []string{"churn_threat"}},
		{"never again is no some day", "I will do my best to never fly with you ever again.", Hot, []string{"churn_threat"}},
		{"es users removed by the count", "El mes que viene damos de baja a dos usuarios que se jubilan, pero añadiremos tres nuevos.", Cool, []string{"-churn_threat"}},
		{"es another clinic's calendar instead of ours", "La app de citas nos muestra la agenda de otra clínica en lugar de la nuestra.", Hot, []string{"outage"}},
		{"fr a bill paid is no fix", "Plus moyen de se connecter depuis ce matin, le site affiche « compte suspendu » alors qu'on a bien réglé la facture. Urgent svp.", Hot, []string{"outage", "-resolved"}},
		{"fr a page that stays blank", "Depuis ce matin, la page reste blanche et le rendez-vous ne s'enregistre pas quand nos clientes réservent.", Hot, []string{"outage"}},
		{"de a page that stays white, verb first", "Seit heute Morgen bleibt die Seite weiß, wenn unsere Kunden buchen wollen.", Hot, []string{"outage"}},
		{"people who arrive are no parcel", "Anything booked online since yesterday simply isn't showing at the front desk. Three patients have arrived this morning that we had no record of.", Hot, []string{"outage", "-resolved"}},
		{"a parcel that arrived is", "The parcel has arrived, thanks!", Cool, []string{"resolved"}},
		{"our people by the count", "The payslips for our 12 drivers have the wrong hours this week.", Hot, []string{"outage"}},
		{"an order cancelled on request is no churn", "Guten Tag, bitte stornieren Sie meine doppelte Bestellung Nr. 55102, die habe ich versehentlich zweimal abgeschickt.", Cool, []string{"-churn_threat"}},
		{"an order cancelled as a threat is", "Nous vous laissons jusqu'à demain pour corriger le problème, faute de quoi nous annulerons notre commande.", Hot, []string{"churn_threat"}},
		{"a trial that ended with a rival", "Unser Team hat sich nach der Testphase für eine andere Lösung entschieden, wir lassen den Vertrag daher zum Jahresende auslaufen.", Hot, []string{"churn_threat"}},
		{"a ticket closed with the problem still there", "Sie haben das Ticket einfach geschlossen, aber auf den Bescheinigungen stehen nach wie vor falsche Beträge.", Hot, []string{"repeat_contact"}},
		{"es all in order again", "Esta mañana la aplicación me ha cerrado la sesión; he vuelto a entrar sin problema y todo está en orden.", Cool, []string{"resolved"}},
		{"en nothing shows up", "Customers pay online and get the confirmation, but none of those orders show up on the kitchen list since yesterday.", Hot, []string{"outage"}},
		{"es an error no longer there", "El error que os comenté la semana pasada ya no aparece. ¡Gracias!", Cool, nil},
		{"fr all prices shown at zero", "Depuis ce matin tous les prix de notre boutique en ligne s'affichent à 0,00 €.", Hot, []string{"outage"}},
		{"a zero that is expected", "All test invoices show 0,00 €, as expected.", Cool, []string{"-outage"}},
		{"fr shown well since yesterday", "Bonjour, le planning s'affiche parfaitement depuis hier soir. Bravo à l'équipe.", Cool, []string{"-outage"}},
		{"fr another subscription cancelled", "Je vais résilier mon abonnement à la salle de sport, pas le vôtre ! Par contre, j'aimerais savoir s'il existe une option annuelle.", Cool, []string{"-churn_threat"}},
		{"locked out and back in", "I locked myself out this morning after a few wrong passwords, but the reset link worked a treat and I'm back in. No need to do anything.", Cool, []string{"resolved"}},
		{"de asked again and again", "Ich hake hier zum wiederholten Male nach: Ticket 7781 wird hin und her geschoben, jedes Mal heißt es, man sei nicht zuständig.", Hot, []string{"repeat_contact"}},
		{"fr no answer from the writer's side", "Nos bureaux seront fermés ce vendredi, donc pas d'inquiétude si vous n'avez pas de réponse de notre part ce jour-là.", Cool, []string{"-repeat_contact"}},
		{"members who stopped asking", "I can confirm the reminder emails have been arriving again since Tuesday's update, and our members have stopped asking about them.", Cool, []string{"resolved"}},
		{"customers who stopped receiving", "Since Tuesday all our members have stopped receiving the reminder emails.", Hot, []string{"outage"}},
		{"es a stranger's ticket", "Las entradas que se envían desde ayer llevan el nombre y el asiento de otra persona, y los compradores nos escriben preocupados.", Hot, []string{"security"}},
		{"fr a rival who called, told we are content", "Un commercial de votre concurrent nous a appelés, nous lui avons dit que nous sommes satisfaits.", Cool, []string{"-churn_threat"}},
		{"a recommendation not to renew", "I'll be recommending to our board that we don't renew. The service has been unreliable all year.", Hot, []string{"churn_threat"}},
		{"de a renewal refused at the end of its clause", "Hiermit teilen wir Ihnen förmlich mit, dass wir den Rahmenvertrag Nr. RV-5532 über den Betrieb unserer Warenwirtschaft nicht über den 31. Dezember hinaus verlängern werden.", Hot, []string{"churn_threat"}},
		{"de a renewal asked about", "Ich weiß nicht, ob wir schon verlängert haben, können Sie das prüfen?", Cool, []string{"-churn_threat"}},
		{"letters left unanswered", "I refer to my letters of 4 and 18 March and to the calls logged under CS-448120, none of which has received a substantive reply.", Hot, []string{"repeat_contact"}},
		{"an early termination weighed", "Our board of directors will, at its meeting on Thursday, consider the early termination of our subscription.", Warm, []string{"churn_threat"}},
		{"de only an automatic reply", "Ich melde mich jetzt zum dritten Mal wegen der fehlerhaften Gehaltsabrechnungen, und bisher kam nur eine automatische Antwort. Die Löhne müssen am Freitag raus.", Hot, []string{"repeat_contact", "-calm"}},
		{"de an automatic reply", "Vielen Dank für Ihre Nachricht. Dies ist eine automatische Antwort. Ich bin bis Montag nicht im Büro.", Cool, []string{"calm"}},
		{"a start told by what happened then", "Our heating hasn't come on since the smart meter was swapped yesterday and it's meant to drop below freezing tonight.", Hot, []string{"outage"}},
		{"fr an offer about to be signed", "Un concurrent nous a fait une offre et je compte la signer la semaine prochaine.", Hot, []string{"churn_threat"}},
		{"a threat under a condition not met", "If we don't see a fix this week, we're out.", Hot, []string{"churn_threat", "ultimatum"}},
		{"fr a threat without a fix", "Sans correctif cette semaine, on arrête.", Hot, []string{"churn_threat", "ultimatum"}},
		{"a condition on others threatens nothing", "AP can tell them to leave, and then call the cops if they don't.", Warm, []string{"-ultimatum"}},
		{"nothing beyond an auto-reply", "This is my fourth email about the same missing shipment and I still haven't gotten anything beyond an auto-reply. Please have someone look at this today.", Hot, []string{"repeat_contact", "-calm"}},
		{"es work typed and lost", "Los alumnos no pueden entregar sus trabajos: al pulsar «enviar» sale un error y se pierde todo lo que han escrito. El plazo vence esta noche.", Hot, []string{"data_loss"}},
		{"de a price of zero on every article, nothing sold right", "Seit heute früh zeigt unser Kassensystem bei jedem Artikel den Preis 0,00 € an, und wir können so nichts korrekt verkaufen.", Hot, []string{"outage"}},
		{"es no longer any queues", "Muchas gracias por resolver lo de la impresora de tickets; desde ayer imprime perfectamente y ya no tenemos colas en la caja.", Cool, []string{"-outage"}},
		{"es no longer any access", "Hola, desde ayer ya no tenemos acceso a la cuenta.", Hot, []string{"outage"}},
		{"de everyone back in", "Vielen Dank, dass Sie das Problem so schnell behoben haben; seit gestern kommen alle Mitarbeiter wieder problemlos ins System.", Cool, []string{"-outage", "resolved"}},
		{"winding down an account", "We've decided to wind down our account with you over the next few weeks. No hard feelings, it just isn't the right fit for us anymore.", Hot, []string{"churn_threat"}},
		{"fr unless a gesture", "Un de vos concurrents nous propose la même prestation pour 30 % de moins. À moins d'un geste de votre part, nous irons voir ailleurs.", Hot, []string{"churn_threat", "ultimatum"}},
		{"fr working together again", "Votre aide pour paramétrer les exports la semaine dernière nous a fait gagner un temps fou, et toute l'équipe compta est ravie. Au plaisir de travailler à nouveau avec vous !", Cool, []string{"-repeat_contact"}},
		{"a login that goes round and round", "Every time I enter my password the page asks for my email address again, round and round without end. I have an invoice to pay there today.", Hot, []string{"outage"}},
		{"fr pages that come out blank", "Depuis hier soir toutes les factures générées par notre compte sortent en pages blanches, alors que nous devons les envoyer avant la clôture du mois.", Hot, []string{"outage"}},
		{"es a cancellation under a condition", "Si no me dais una solución antes de fin de mes, me daré de baja.", Hot, []string{"churn_threat", "ultimatum"}},
		{"the same account for everyone", "Since Monday the payroll export sends every employee's net salary to the same bank account number, and today is payday.", Hot, []string{"outage"}},
		{"the same opening hours again", "Since Monday all our shops have the same opening hours again, thanks!", Cool, nil},
		{"fr tomorrow's appointments in place of today's", "Depuis la mise à jour notre agenda affiche les rendez-vous de demain à la place de ceux d'aujourd'hui.", Hot, []string{"outage"}},
		{"fr tomorrow's appointments preferred", "Nous préférons afficher les rendez-vous de demain à la place de ceux d'aujourd'hui.", Cool, []string{"-outage"}},
		{"de nobody takes care of it", "Ich habe es per Kontaktformular, per E-Mail und zweimal telefonisch versucht, aber niemand kümmert sich um mein Anliegen. Wie lange soll ich noch warten?", Hot, nil},
		{"es not stopping is going on", "¿Qué tal fue la maratón del domingo? Yo la vi desde la tienda, no paramos de arreglar pinchazos de última hora.", Cool, []string{"-outage"}},
		{"a better deal to be matched", "Zendesk has offered us a much better deal, and unless you can match it we'll be moving across in Q3.", Hot, []string{"churn_threat"}},
		{"fr a contract not carried on", "Nous vous informons que notre contrat, qui arrive à échéance le 30 juin, ne sera pas reconduit.", Hot, []string{"churn_threat"}},
		{"de a switch under a condition", "Die Telekom bietet uns das gleiche Paket für deutlich weniger an. Wenn Sie bis Ende der Woche kein besseres Angebot machen, wechseln wir.", Hot, []string{"churn_threat", "ultimatum"}},
		{"es a session ended by the customer's own setting", "He visto que el sistema me cierra la sesión automáticamente tras 30 minutos sin actividad, y entiendo que es justo la configuración de seguridad que pedimos.", Cool, nil},
		{"an outage told politely", "Sorry to bother you on a Sunday, but the tenant portal seems to have been down since about 7am and residents can't log maintenance requests. Could you look at it when you get a chance?", Hot, []string{"outage"}},
		{"politeness without a problem", "I lost my notes from the call, could you resend the summary when you get a chance?", Cool, []string{"calm"}},
		{"es a number ported", "Buenas, Movistar me ofrece fibra y móvil por 15 euros menos al mes, así que la semana que viene pido la portabilidad.", Hot, []string{"churn_threat"}},
		{"es a question after a date ends the sentence before it", "La dirección me ha pedido que busque alternativas antes de la renovación del día 15. ¿Podría llamarme alguien esta semana?", Hot, []string{"churn_threat"}},
		{"a mail treated as notice", "Unless someone can explain the price jump and reverse it, please treat this as our notice.", Hot, []string{"churn_threat"}},
		{"a polite outage with a time it is needed by", "I hope I am not being a nuisance, but the website seems to be down and I cannot see my pharmacy orders at all. Would someone kindly look into it when you have a moment, as I need my tablets refilled by tomorrow.", Hot, []string{"outage", "deadline"}},
		{"de neither internet nor phone", "Seit Montag funktionieren in unserem Haus weder Internet noch Telefon.", Hot, []string{"outage"}},
		{"gas off since yesterday", "Hello, I hope you're all keeping well. Our gas has been off since yesterday afternoon and we have a six-week-old baby at home, so the house is getting very cold.", Hot, []string{"outage"}},
		{"fr a neighbourhood without power", "Notre quartier est privé d'électricité depuis l'orage de cet après-midi et la chambre froide de mon activité de traiteur chauffe.", Hot, []string{"outage"}},
		{"fr the error is what disappeared", "Le message d'erreur qui apparaissait la semaine dernière : depuis la mise à jour de mardi, il a disparu et tout se passe bien.", Warm, []string{"-data_loss"}},
		{"a fix the customer was only told of", "This is my third email about being charged twice. Your system sent me an email saying the case was resolved. It is not: the money is still gone and rent is due on Friday.", Hot, []string{"-resolved"}},
		{"es a fix the customer was only told of", "Me cerraron la incidencia diciendo que estaba resuelta, pero la centralita sigue sin funcionar desde el lunes.", Hot, []string{"-resolved"}},
		{"a fix the customer has seen", "The status page says the incident is resolved, and the dashboard works again for us. Thanks.", Cool, []string{"resolved"}},
		{"es thanks after a lock-out", "Gracias por la ayuda de esta mañana. Estuvimos sin acceso al panel una hora, pero ya funciona todo perfectamente.", Cool, []string{"resolved"}},
		{"es without it working", "Cerraron el ticket sin que funcione, y seguimos sin acceso al panel.", Hot, []string{"-resolved"}},
		{"de thanks after an outage", "Danke für die schnelle Hilfe! Nach dem Ausfall heute früh läuft die Kasse seit Mittag wieder einwandfrei.", Cool, []string{"resolved"}},
		{"fr thanks after an outage", "Merci pour votre aide. Après la coupure de ce matin, tout fonctionne normalement depuis midi.", Cool, []string{"resolved"}},
		{"thanks after a lock-out", "Thanks to Sam for getting us back in this morning. We were locked out for half an hour but it's all been working fine since.", Cool, []string{"resolved"}},
		{"not working fine is no fix", "The booking page isn't working fine since the update, half our guests cannot pay.", Hot, []string{"-resolved"}},
		{"es not working well is no fix", "La app no funciona perfectamente desde ayer, se cuelga cada hora.", Hot, []string{"-resolved"}},
		{"es the future of another verb", "Ya no va a hacer falta que vengan, lo hemos solucionado nosotros.", Cool, []string{"-outage"}},
		{"es a printer that does not go", "La impresora de tickets no va desde las nueve y tenemos cola.", Hot, []string{"outage"}},
		{"fr a cancellation for a retirement", "Je pars à la retraite en juin et je ferme le cabinet, je souhaite donc résilier l'abonnement au 30 juin. Merci pour ces années.", Cool, []string{"-churn_threat"}},
		{"de a cancellation of what is no longer needed", "Wir brauchen den zweiten Anschluss ab März nicht mehr. Können wir ihn zum Monatsende kündigen? Ansonsten sind wir sehr zufrieden.", Cool, []string{"-churn_threat", "-ultimatum"}},
		{"es a cancellation of what is no longer needed", "Ya no vamos a necesitar la tercera licencia, ¿cómo la damos de baja? Por lo demás, muy contentos.", Cool, []string{"-churn_threat"}},
		{"es a cancellation after praise of the service", "Mi hija deja la academia en junio, así que daremos de baja su perfil. Ha sido un servicio genial, gracias.", Cool, []string{"-churn_threat"}},
		{"a cancellation after it has been great", "Please cancel our subscription at the end of the month. It has been great working with you all.", Cool, []string{"-churn_threat"}},
		{"praise turned by a but keeps the threat", "It has been great for years, but after three outages this month we are cancelling our contract.", Hot, []string{"churn_threat"}},
		{"de praise denied keeps the threat", "Es ist alles andere als gut gewesen. Wir kündigen zum Monatsende.", Hot, []string{"churn_threat"}},
		{"de a partnership not to be continued", "Nach den wiederholten Ausfällen sehen wir uns leider gezwungen, die Zusammenarbeit zum Ende der Laufzeit nicht fortzusetzen.", Hot, []string{"churn_threat"}},
		{"fr otherwise at the end of a sentence", "Merci de résilier la ligne fax fin du mois, elle ne sert plus. RAS sinon.", Cool, []string{"-ultimatum", "-outage"}},
		{"fr otherwise before a threat", "Corrigez la facture avant vendredi, sinon nous résilions le contrat.", Hot, []string{"ultimatum"}},
		{"nothing's wrong right now", "Quick question for our audit: if the main line went down, how fast would the backup kick in? Nothing's wrong right now.", Cool, []string{"calm", "-anger_word"}},
		{"de the dropouts are gone", "Danke! Seit dem Routertausch läuft alles wieder stabil, die Aussetzer am Abend sind komplett weg.", Cool, []string{"-data_loss"}},
		{"es an account left suspended", "Nos han rechazado el cobro y la cuenta ha quedado suspendida, no podemos facturar.", Hot, []string{"outage"}},
		{"a line's light gone red", "The fibre light on the ONT has been red since the storm last night and I'm presenting to a client at 2pm today.", Hot, []string{"outage"}},
		{"fr a sale agreement is no break-in", "Nous avons des signatures de compromis prévues toute la journée, merci de confirmer le rendez-vous de 15h.", Cool, []string{"-security"}},
		{"fr an account compromised", "Notre compte a été compromis cette nuit, des virements partent sans notre accord.", Hot, []string{"security"}},
		{"es stranded and booked with another", "Son ustedes una vergüenza. Nos dejaron tirados en el puerto y la vuelta ya la hemos reservado con otra naviera.", Hot, []string{"churn_threat", "business_impact"}},
		{"es idle on a train and nobody says anything", "Llevamos 3 horas parados en mitad del campo, sin aire acondicionado, y nadie del personal nos dice nada.", Hot, []string{"outage"}},
		{"nobody has been locked out", "Since the 2FA change nobody has been locked out. Great work.", Cool, []string{"-outage", "-service_failure"}},
		{"nobody has been able to log in", "Nobody in accounts has been able to log in since 9am.", Hot, []string{"outage"}},
		{"de nobody was locked out", "Seit der Umstellung wurde niemand mehr gesperrt, danke!", Cool, []string{"-outage"}},
		{"the writer's own replies are slow", "Our team lunch is at 1pm today, so replies may be slow for an hour.", Cool, []string{"calm"}},
		{"es a move of premises", "En enero nos cambiamos de local y el nuevo trae su propio contrato, así que daremos de baja el vuestro. Todo muy bien con vosotros.", Warm, []string{"-churn_threat"}},
		{"cold as hell", "The office is cold as hell this week, so I'm working from the café. Nothing wrong on your side.", Warm, []string{"-insult"}},
		{"double-checks are no doubled thing", "Since your change every morning's counts match and the team has stopped doing manual double-checks.", Cool, []string{"-outage"}},
		{"every invoice doubled", "Since Monday every invoice shows double amounts and customers are calling us.", Hot, []string{"outage"}},
		{"de a move abroad", "Wir ziehen im Herbst nach Österreich und kündigen deshalb den Vertrag fürs Büro in Köln.", Cool, []string{"-churn_threat"}},
		{"es content with the vendor while pausing", "En septiembre cerramos el chiringuito hasta mayo, así que queremos dar de baja la suscripción. Estamos muy contentos con vosotros.", Cool, []string{"-churn_threat"}},
		{"es a pleasure, and a cooperative of its own", "Nuestra academia pasa a una cooperativa con su propio programa, así que no renovaremos. Ha sido un placer.", Cool, []string{"-churn_threat"}},
		{"content denied keeps the threat", "We are not happy with you at all. Cancel the contract.", Hot, []string{"churn_threat"}},
		{"es a licence not to be renewed", "La clínica no va a renovar la licencia en abril; ya hemos hablado con otra empresa.", Hot, []string{"churn_threat"}},
		{"es salary and mortgage to another bank", "Si no se soluciona esta semana me llevo la nómina y la hipoteca a otra entidad.", Hot, []string{"churn_threat"}},
		{"de idle staff", "Die Kommissionierung steht, 40 Leute haben nichts zu tun.", Warm, []string{"business_impact", "-calm"}},
		{"de nothing to do for you", "Das Problem haben wir selbst gelöst. Nichts zu tun.", Cool, []string{"calm"}},
		{"fr a ticket closed to reopen", "Votre technicien a clôturé le ticket hier en indiquant résolu, mais la synchro est toujours bloquée. Merci de le rouvrir et de me rappeler.", Hot, []string{"repeat_contact", "plea"}},
		{"fr access suspended, pupils waiting", "Carte refusée trois fois, accès suspendu. Mes élèves attendent le cours en ligne.", Hot, []string{"outage", "business_impact"}},
		{"fr all accounts closed", "C'est inadmissible. Préparez la clôture de tous mes comptes, je transfère tout ailleurs dès lundi.", Hot, []string{"churn_threat"}},
		{"de a repair only claimed", "Zweimal wurde der Wasserschaden angeblich repariert und zweimal steht das Wasser wieder drin.", Warm, []string{"-resolved"}},
		{"de the management to someone else", "Ich hab die Nase voll. Die Verwaltung unserer WEG geht ab der nächsten Versammlung an jemand anderen.", Hot, []string{"churn_threat"}},
		{"es no intention to go on", "Después de este trato no pienso seguir. En cuanto termine la permanencia me voy a otra compañía.", Hot, []string{"churn_threat"}},
		{"es neither I nor my staff can get in", "Ni yo ni mis dos empleadas podemos entrar al programa desde esta mañana, sale licencia caducada pero está pagada.", Hot, []string{"outage"}},
		{"a card terminal refusing, cash only", "The card terminal in our bakery say connection refused from this morning. We can take only cash now and customers are going away.", Hot, []string{"outage", "business_impact"}},
		{"only cash fares is a question of fares", "Can I use a companion pass on points, or is it only cash fares? Thanks!", Cool, []string{"-business_impact"}},
		{"es an outage that is history", "La caída del sistema del mes pasado ya es historia. Ahora todo va de lujo, ¿publicaréis el informe?", Cool, []string{"resolved"}},
		{"fr informal, to another provider", "franchement on arrete les frais. 3 semaines que la synchro marche pas, je passe chez un autre presta des la fin du mois", Hot, []string{"churn_threat"}},
		{"fr informal, not continuing", "Vu les soucis de livraison on continuera pas l'an prochain, notre DG a deja valide un autre fournisseur.", Hot, []string{"churn_threat"}},
		{"de another wholesaler", "Nach den Verzögerungen werden wir die Maschinen ab dem dritten Quartal bei einem anderen Großhändler beziehen.", Hot, []string{"churn_threat"}},
		{"a cancellation for a degree finished", "I will be cancelling my subscription at the end of term, as I'm finishing my degree. I've genuinely enjoyed the service.", Cool, []string{"-churn_threat"}},
		{"fr signed with another operator", "Suite aux coupures répétées de notre ligne, notre cabinet a signé hier avec un autre opérateur.", Hot, []string{"churn_threat"}},
		{"es an analyser stopped", "El analizador se ha detenido esta mañana y no vuelve a arrancar. Tenemos 140 muestras de pacientes pendientes.", Hot, []string{"outage"}},
		{"an error since 7am, parcels on the dock", "Label printing has returned an error since 7am. 340 parcels sitting on the dock and the pickup is at 3.", Hot, []string{"outage", "business_impact"}},
		{"fr none of the secretaries can log in", "Aucune de nos secrétaires n'arrive à se connecter ce matin, message « compte verrouillé ». Les patients attendent.", Hot, []string{"outage"}},
		{"de looking around at other providers", "Wir schauen uns gerade ernsthaft bei anderen Anbietern um. Wenn sich bis Monatsende nichts ändert, war's das mit uns.", Hot, []string{"churn_threat"}},
		{"es enough already is no calm", "Mire, ya está bien. Pago 350 euros al mes para que el sistema se caiga cada semana. Quiero que me den de baja.", Hot, []string{"-calm", "churn_threat"}},
		{"a card blocked abroad", "Your app blocked my card while I'm in Lisbon. Hotel checkout is in two hours and I have no other way to pay.", Hot, []string{"outage"}},
		{"de someone else working from home", "Seit gestern Abend geht unser Internet nicht mehr. Meine Frau arbeitet im Homeoffice und hat um 10 einen Kundentermin.", Hot, []string{"-calm"}},
		{"de working from home myself", "Bin heute im Homeoffice und ab 15 Uhr nicht erreichbar.", Cool, []string{"calm"}},
		{"a crisis simulation", "Our comms team is running a crisis simulation next week where we pretend our website has been hacked. Nothing is actually wrong!", Cool, []string{"calm"}},
		{"es almost down from success", "¡La campaña ha sido una bomba! Casi se nos cae la web del éxito jaja. Lo del corte del martes ya está olvidado.", Cool, []string{"-outage"}},
		{"nearly impossible is a problem", "Since Monday it has been nearly impossible to log in to the portal, and our staff cannot submit timesheets.", Hot, []string{"outage"}},
		{"es a fix only in an email", "Es la tercera vez que escribo. Hoy me llega un correo de que está resuelta y la conciliación sigue sin funcionar.", Hot, []string{"-resolved"}},
		{"an email saying thanks after a fix", "Got your email, the sync is resolved on our side too. Thanks!", Cool, []string{"resolved"}},
		{"es a lawyer and charges refused", "He pedido a nuestro abogado que revise el contrato y he dado instrucciones al banco de no atender más sus cargos.", Hot, []string{"legal_threat", "churn_threat"}},
		{"not carrying on after the third wrong invoice", "After the third wrong invoice in a row I don't think we can carry on. Please tell me how to close everything out.", Hot, []string{"churn_threat"}},
		{"fr payouts that never arrived", "Nos reversements du 3 juillet ne sont jamais arrivés sur notre compte. Je dois payer mes fournisseurs et les salaires vendredi. Merci de me rappeler aujourd'hui.", Hot, []string{"business_impact"}},
		{"es content while pausing for the summer", "En verano vuelvo a mi pueblo, así que quiero dar de baja la suscripción de julio a septiembre. Estoy contento con el servicio.", Cool, []string{"-churn_threat"}},
		{"de a framework contract not carried past a date", "Unsere Geschäftsleitung hat beschlossen, den Rahmenvertrag nicht über den 31.12. hinaus fortzuführen.", Hot, []string{"churn_threat"}},
		{"a lock-out completely sorted", "Thanks to Aisha: the login problem on Monday that locked out half our team is completely sorted and everyone's back in.", Cool, []string{"resolved"}},
		{"de a drill typed without umlauts", "Kurze Frage: Wir machen naechste Woche eine Notfalluebung. Was passiert mit laufenden Bestellungen, wenn der Strom ausfaellt?", Cool, []string{"calm"}},
		{"fr no more blocking", "Merci Karim : depuis votre intervention de jeudi, plus aucun blocage sur les terminaux.", Cool, []string{"-outage"}},
		{"de another supplier found", "Es reicht. Meine Werkstatt steht, und ich hab mir schon einen anderen Lieferanten gesucht. Dann sind wir fertig miteinander.", Hot, []string{"churn_threat", "business_impact"}},
		{"fr a breakdown forgotten", "La panne de la semaine dernière est bien oubliée, tout tourne nickel depuis.", Cool, []string{"resolved"}},
		{"es a ticket you close as solved", "Es el tercer correo. Ahora me cerráis la incidencia como resuelta y los pedidos siguen sin sincronizarse.", Hot, []string{"-resolved"}},
		{"de a subscription no longer needed", "Ich studiere ab Oktober in Leipzig und brauche das Abo dann nicht mehr. Wie kann ich kündigen? War immer zufrieden!", Cool, []string{"-churn_threat", "-outage"}},
		{"es an out-of-office without mail", "Me encuentro de vacaciones hasta el 15 de febrero sin acceso a correo. Para temas urgentes, llame a la mesa de ayuda.", Cool, []string{"-outage"}},
		{"a red light and missed calls", "Since 7am our home broadband has shown a red light. I work from home and have missed two client calls already.", Hot, []string{"outage", "business_impact"}},
		{"zero orders since midnight", "Our checkout goes to a blank page. It started around midnight and we've had zero orders since, on our busiest Saturday.", Hot, []string{"business_impact"}},
		{"es half an hour is no media", "El martes se nos cayó la tienda, pero renovaste el certificado y en media hora estaba todo funcionando otra vez. Mil gracias.", Cool, []string{"-legal_threat", "resolved"}},
		{"water back by lunch", "Thank you to the crew who fixed the burst main on Saturday. We had no water for most of the morning but it was all back by lunch.", Cool, []string{"resolved"}},
		{"es school finished, it went well", "Mi hija termina el bachillerato y ya no va a necesitar la plataforma, así que la daremos de baja en julio. Ha ido muy bien.", Cool, []string{"-churn_threat"}},
		{"de never to be seen again", "Das wars. Ich hol mein Auto heute ab und ihr seht mich nie wieder. Die Wartungsvereinbarung könnt ihr euch sonstwohin stecken.", Hot, []string{"churn_threat"}},
		{"de otherwise very content, six words on", "Wir geben den Zweitwagen ab und kündigen die Wartungsvereinbarung. Ansonsten sind wir mit Ihnen sehr zufrieden.", Cool, []string{"-churn_threat", "-ultimatum"}},
		{"fr never to set foot again", "C'est du grand n'importe quoi. La voiture m'a lâché le soir même. Je ne remettrai plus jamais les pieds dans votre garage.", Hot, []string{"churn_threat"}},
		{"quotes from a rival", "Third invoice this year with charges we never agreed to. Our contract is up in June and I'm already getting quotes from Packwell.", Hot, []string{"churn_threat"}},
		{"fr informal, card blocked and nobody picks up", "ma carte est bloquee et je peux plus payer le loyer, personne decroche", Hot, []string{"outage"}},
		{"de a test announced", "Wir testen morgen von 8 bis 9 Uhr unser Notstromaggregat, in der Zeit meldet Ihr System wohl Verbindung verloren. Das ist Absicht, bitte keinen Alarm schlagen.", Warm, []string{"calm"}},
		{"fr a bug that is a bad memory", "Votre nouvel export est une tuerie. Le bug d'octobre n'est plus qu'un mauvais souvenir.", Cool, []string{"resolved"}},
		{"es a blank booking page, zero bookings", "Desde anoche la página de reservas sale en blanco y hoy llevamos cero citas. Los teléfonos no paran de sonar.", Hot, []string{"outage"}},
		{"es a card that works everywhere else", "No puedo entrar en la cuenta desde esta mañana, dice que la cuenta está bloqueada. La tarjeta funciona perfectamente en todo lo demás.", Hot, []string{"-resolved"}},
		{"de nothing but the automatic reply", "Ich schreibe zum dritten Mal, der Techniker ist nicht erschienen, und auf meine Mails kommt nur die automatische Antwort.", Hot, []string{"-calm", "repeat_contact"}},
		{"closed as resolved, nothing fixed", "You closed ticket 77120 as resolved but nothing was fixed. The exports are still coming out blank. Please reopen it.", Hot, []string{"repeat_contact"}},
		{"fr a merger, otherwise satisfied", "Suite à la fusion de nos filiales, nous souhaiterions résilier le second abonnement. Nous sommes par ailleurs très satisfaits de vos services.", Warm, []string{"-churn_threat"}},
		{"a burning smell on board", "there's a strong burning smell in row 24 on CW710 right now and the crew keeps saying it's fine. please someone check", Hot, []string{"business_impact"}},
		{"a connection that boards soon", "landing in 20 min, my connection boards in 25 in a different terminal. nobody showed with the wheelchair. PLEASE", Hot, []string{"deadline"}},
		{"a phone line that hangs up, a daughter in hospital", "your phone line just says high call volumes and hangs up. I need to change tomorrow's flight because my daughter is in hospital.", Hot, []string{"business_impact"}},
		{"fr decided not to renew", "Suite aux nombreux soucis de synchronisation, nous avons décidé de ne pas reconduire notre abonnement en janvier.", Hot, []string{"churn_threat"}},
		{"fr closed as solved while nothing changed", "Vous avez clôturé mon ticket comme résolu alors que rien n'a changé. Pouvez-vous rouvrir le dossier et me faire appeler ?", Hot, []string{"repeat_contact"}},
		{"parting ways for a rival", "honestly i think this is where we part ways. my husband already signed us up with FreshBox after the missing delivery.", Hot, []string{"churn_threat"}},
		{"de stable since the router swap", "Der Ausfall letzte Woche war ärgerlich, aber seit dem Routertausch läuft alles stabil. Top Service!", Cool, []string{"resolved"}},
		{"es locked out of one's own house", "El martes me quedé bloqueado fuera de casa (se me olvidaron las llaves) y no pude recoger el paquete. No hay prisa.", Cool, []string{"-business_impact"}},
		{"de an order line cancelled", "Anbei die korrigierte AB zu Best.-Nr. 4471, Pos. 3 bitte stornieren (mit Hr. Weber abgesprochen).", Cool, []string{"-churn_threat"}},
		{"de an order cancelled as a threat", "Wenn das bis Freitag nicht geliefert ist, stornieren wir die gesamte Bestellung und den Rahmenvertrag.", Hot, []string{"churn_threat"}},
		{"a school merging", "Our school is merging with another one in September, so we won't renew our licence in August. Nothing wrong with your service.", Warm, []string{"-churn_threat"}},
		{"broadband that hasn't come back", "Our broadband went off at about 7 this morning and hasn't come back. Restarting does nothing and I have a presentation at 2pm.", Hot, []string{"-resolved", "outage"}},
		{"an error that hasn't come back", "Since your patch on Monday the error hasn't come back. Thanks!", Cool, []string{"resolved"}},
		{"fr the last straw and a rival's appointment", "C'est la goutte d'eau. On arrête là, j'ai déjà rendez-vous avec un de vos concurrents mardi. Préparez la fin du contrat.", Hot, []string{"churn_threat"}},
		{"lines closed without a retention call", "After the way my late mother's account was handled, I'm done. Send me the form to close both lines and don't bother with a retention offer.", Hot, []string{"churn_threat"}},
		{"es not going ahead, not counting on you", "Tras lo ocurrido con la entrega, no voy a seguir adelante con el pedido ni contaré con ustedes en el futuro.", Hot, []string{"churn_threat"}},
		{"es as if it were my fault is no calm", "Me habéis cobrado dos veces y encima me tratáis como si fuera culpa mía. No pienso seguir pagando por esto.", Hot, []string{"-calm"}},
		{"fr a line no longer of use", "Mon fils part faire ses études à Montréal, je souhaiterais résilier sa ligne au 1er septembre, aucun souci avec vous, c'est juste qu'il n'en aura plus l'usage.", Cool, []string{"-churn_threat", "-outage"}},
		{"printers not receiving jobs, trucks at 4", "None of the label printers are receiving jobs from the dashboard. The trucks leave at 4pm and 230 parcels are waiting.", Hot, []string{"business_impact"}},
		{"heating off with toddlers at home", "Our thermostat went offline overnight and the heating won't come on. Two toddlers in the house, 3 degrees outside.", Hot, []string{"outage"}},
		{"fr a warehouse that closes", "Nous allons résilier l'option multi-sites car notre entrepôt de Tours ferme. Rien à voir avec votre service, on en est très contents.", Cool, []string{"-churn_threat"}},
		{"es two licences for two who retire", "La nueva versión nos encanta. En marzo daremos de baja dos licencias porque se jubilan dos compañeros.", Cool, []string{"-churn_threat"}},
		{"es all twenty licences as a threat", "Si esto no se soluciona hoy, daremos de baja las 20 licencias.", Hot, []string{"churn_threat"}},
		{"a connection in two hours", "the inbound hasnt left yet and my connection is in 2 hours. booked on one ticket, will you move me?", Hot, []string{"deadline"}},
		{"a flight in progress is no deadline", "it says I can't because my flight is in progress.", Cool, []string{"-deadline"}},
		{"explained to three colleagues", "Ich habe das Problem bereits drei Ihrer Kollegen erklärt, und es geht immer noch nicht.", Hot, []string{"repeat_contact"}},
		{"a cancellation over a problem keeps its threat", "We no longer need a supplier whose deliveries arrive broken every week. Cancel our contract.", Hot, []string{"churn_threat"}},
		{"de otherwise a cancellation", "Beheben Sie den Fehler bis Freitag, ansonsten kündigen wir den Vertrag.", Hot, []string{"churn_threat"}},
		{"fr the whole account to a competitor", "J'en ai assez. Je passe toutes nos agences chez votre concurrent dès le mois prochain.", Hot, []string{"churn_threat"}},
		{"fr shipments to another carrier", "Après un troisième colis perdu, la boutique va transférer tous ses envois chez un autre transporteur.", Hot, []string{"churn_threat"}},
		{"es weighing another platform", "Tras los fallos de este trimestre estamos valorando pasar las reservas del hotel a otra plataforma.", Hot, []string{"churn_threat"}},
		{"cover taken elsewhere", "After six weeks without a callback about my claim, I'll take my car and contents cover elsewhere at renewal.", Hot, []string{"churn_threat"}},
		{"quotes from other providers", "Our CFO has asked me for quotes from two other hosting providers before the renewal in May.", Hot, []string{"churn_threat"}},
		{"es a budget asked of other firms", "Ya hemos pedido presupuesto a otras tres empresas de mantenimiento.", Hot, []string{"churn_threat"}},
		{"es a board reconsidering the contract", "El consejo esta reconsiderando el contrato con ustedes despues de lo de esta semana.", Hot, []string{"churn_threat"}},
		{"fr partners re-examining the contract", "Nos associés souhaitent réexaminer le contrat qui nous lie à votre société.", Hot, []string{"churn_threat"}},
		{"a quote for a customer is no rival", "Could you send the quote for the new printers to our other office as well?", Cool, []string{"-churn_threat"}},
		{"none of the staff can get in", "Since last night's update none of the cashiers at our two shops can get into the till software.", Hot, []string{"outage"}},
		{"none of them had trouble", "None of the new starters could get in on day one, but IT sorted it out within the hour. Thanks!", Cool, nil},
		{"de a lock-out asked about", "Eine allgemeine Frage: wenn mal eine Lastschrift nicht durchgeht, wird das Konto dann sofort gesperrt?", Cool, []string{"-outage"}},
		{"a hypothetical with nothing wrong", "Quick hypothetical: if a payment fails at renewal, is the account shut off straight away? Nothing wrong right now.", Warm, []string{"calm"}},
		{"a system stopped at a time", "Our invoice export stopped at 03:40 last night and 80 invoices are stuck in the queue.", Hot, []string{"outage"}},
		{"a chore stopped", "Since the fix our team has stopped doing manual stock counts. Thanks again!", Cool, []string{"-outage"}},
		{"thanks, the duplicates stopped", "Thanks a lot - since the update the duplicate emails have stopped completely.", Cool, []string{"-outage"}},
		{"es a card declined", "Me han rechazado la tarjeta en el súper y tengo que pagar la compra ahora.", Hot, []string{"outage"}},
		{"a block sorted", "My card was blocked on Monday but your colleague had it sorted within the hour. Thank you!", Cool, []string{"resolved"}},
		{"a fire drill", "Next Tuesday we have a fire drill and the office will be empty for 30 minutes, so we will not be reachable.", Cool, nil},
		{"fr the last time", "C'est la dernière fois que je commande chez vous : colis perdu et toujours aucun remboursement.", Hot, []string{"churn_threat"}},
		{"es if you want to keep us", "Si quieren conservar nuestra cuenta, necesito una llamada de dirección antes del viernes.", Hot, []string{"churn_threat"}},
		{"fr another provider chosen", "Après ces pannes à répétition, la direction a choisi un autre prestataire.", Hot, []string{"churn_threat"}},
		{"fr a subscription not carried on", "Après ces coupures, notre cabinet ne reconduira pas son abonnement.", Hot, []string{"churn_threat"}},
		{"es closed as solved", "Han cerrado la incidencia como resuelta pero la impresora sigue sin imprimir.", Hot, []string{"-resolved"}},
		{"fr a release to come", "Mon virement est bloqué depuis trois semaines et je partirai dès que vous l'aurez débloqué.", Warm, []string{"-resolved"}},
		{"de a move", "Wir ziehen im Mai nach Hamburg und möchten den Anschluss hier zum 30.04. kündigen.", Cool, []string{"-churn_threat"}},
		{"de always content", "Wir stellen auf ein neues Kassensystem um und kündigen Ihr Paket zum Jahresende. Waren immer sehr zufrieden!", Cool, []string{"-churn_threat"}},
		{"de always content, but", "Wir waren immer zufrieden, aber nach der dritten Panne kündigen wir zum Monatsende.", Hot, []string{"churn_threat"}},
		{"de a fix with more after it", "Der Fehler beim Import der Kontoauszüge ist seit dem Patch nicht mehr aufgetreten und der Monatsabschluss lief sauber durch.", Cool, []string{"resolved"}},
		{"es no teacher can get in", "Ningún profesor puede entrar en la plataforma de notas y hay que subirlas hoy.", Hot, []string{"outage"}},
		{"es someone else says it is fine", "Nos han rechazado la tarjeta al renovar y la cuenta está en modo solo lectura desde hace una hora. El banco dice que la tarjeta está bien.", Hot, []string{"-calm"}},
		{"es what happens if, asked without a question mark", "Nos piden documentar qué pasa si se cae la plataforma durante un examen. Ahora mismo todo funciona bien.", Cool, []string{"-outage"}},
		{"es not continuing with the vendor", "El club no seguirá con ustedes la próxima temporada después de tantos cobros duplicados.", Hot, []string{"churn_threat"}},
		{"fr looking elsewhere", "J'en ai marre des cartons écrasés. Je vais voir ailleurs à la fin du mois.", Hot, []string{"churn_threat"}},
		{"es going with another firm", "Tercera vez que nos cobráis doble. Me voy con otra empresa.", Hot, []string{"churn_threat"}},
		{"an account on credit hold", "Our card payment was declined and now the portal shows our account on credit hold, so we can't place the order we need to restart the line.", Hot, []string{"outage"}},
		{"de a fire brigade drill", "Nur zur Info: morgen von 10 bis 11 Uhr ist bei uns Feuerwehrübung, die Rampe ist dann gesperrt.", Warm, []string{"calm"}},
		{"fr working again", "Top merci, la synchro refonctionne depuis ce matin.", Cool, []string{"resolved"}},
		{"utilities off for a vulnerable tenant", "The gas supply has been off since 6am: no heating, no hot water, and the tenant has a two week old baby.", Hot, []string{"outage"}},
		{"de water off until restored", "Seit gestern Abend kommt in allen Wohnungen kein Wasser mehr. Bitte sagen Sie mir, wann die Versorgung wiederhergestellt wird.", Hot, []string{"-resolved"}},
		{"de a fix that was done", "Die Versorgung wurde heute früh wiederhergestellt, danke.", Cool, []string{"resolved"}},
		{"es taking the supplies to another company", "Estoy valorando seriamente llevar todos los suministros a otra compañía.", Hot, []string{"churn_threat"}},
		{"a quote accepted from another supplier", "I'm done. I've already accepted a quote from another supplier, so send the final bill.", Hot, []string{"churn_threat"}},
		{"an alternative supplier sought", "The board has decided to seek an alternative supplier for our booking system.", Hot, []string{"churn_threat"}},
		{"es in talks with another provider", "No tenemos intención de renovar el contrato y ya estamos en conversaciones con otro proveedor.", Hot, []string{"churn_threat"}},
		{"customers turned away", "Since 07:40 the card terminals in all our branches return 'host unavailable' and we are turning away customers.", Hot, []string{"business_impact"}},
		{"de customers leaving is no fix", "Seit 7 Uhr geht an keiner Kasse Kartenzahlung, die Hälfte der Kunden geht wieder raus.", Hot, []string{"-resolved"}},
		{"a continuity exercise", "For our business continuity exercise we will simulate a total outage next week. Nothing is broken, this is for the plan.", Warm, []string{"calm"}},
		{"es a building closed for works", "El año que viene damos de baja la licencia porque el edificio cierra por obras. Muy contentos con el servicio.", Cool, []string{"-churn_threat"}},
		{"es an account closed is leaving", "Si no lo arreglan hoy cerramos la cuenta y nos vamos.", Hot, []string{"churn_threat"}},
		{"fr a lawyer's title under a retirement", "En raison de mon départ à la retraite, je ne renouvellerai pas l'abonnement du cabinet. Bien cordialement, Me Caron, Avocat", Warm, []string{"-churn_threat"}},
		{"de an association dissolved", "Wir kündigen das zweite Postfach zum Jahresende, weil sich der Verein auflöst und die Adresse nicht mehr gebraucht wird.", Cool, []string{"-churn_threat", "-outage"}},
		{"a lift stuck with a resident who needs it", "The lift stopped between the 6th and 7th floor at 8:40 and has not moved since; a resident in a wheelchair has a hospital appointment at 11 and your engineer line just rings out.", Hot, []string{"outage"}},
		{"thanks, working perfectly now", "Thank you to Marek: the intercom had been dead for a week and it's working perfectly now.", Cool, []string{"resolved"}},
		{"fr a door repaired", "Merci ! La porte du hall qui ne fermait plus a été réparée ce matin.", Cool, []string{"resolved"}},
		{"es shown as solved", "La incidencia aparece como 'resuelta' y la calefacción sigue sin funcionar; mi padre de 90 años está en casa sin calefacción.", Hot, []string{"-resolved"}},
		{"fr flats entrusted to another agency", "J'en ai marre. Je vais confier mes quatre appartements à une autre agence.", Hot, []string{"churn_threat"}},
		{"what stopped failing", "Thanks - after the router change the stream stopped freezing. Great service.", Cool, []string{"-outage"}},
		{"fr nothing serious", "Je pars six mois à l'étranger, je voudrais mettre l'abonnement en pause ou le résilier, rien de grave.", Warm, []string{"calm"}},
		{"es a motorbike sold", "Voy a dar de baja el seguro de la moto porque la he vendido, ¿qué papeles necesitáis?", Cool, []string{"-churn_threat"}},
		{"fr a new insurer", "Je ne resterai pas une année de plus chez vous. Mon nouvel assureur vous contactera.", Hot, []string{"churn_threat"}},
		{"de that's it for me", "Ehrlich gesagt wars das für mich, ich wechsle zum Jahresende.", Hot, []string{"churn_threat"}},
		{"not another penny", "Take our dealership off your booking platform. I'm not paying another penny for this.", Hot, []string{"churn_threat"}},
		{"de money received", "Nur ein kurzes Dankeschön: das Geld ist heute eingegangen, ich hatte nicht mehr damit gerechnet.", Cool, []string{"-outage"}},
		{"a problem gone", "Just wanted to say thanks, the sync issue from last week is gone and the team is happy again.", Cool, []string{"-data_loss"}},
		{"data gone", "All our customer data is gone since the update last night!", Hot, []string{"data_loss"}},
		{"worked perfectly since", "Thanks to Laura for sorting out our login on Tuesday. We were locked out for a while, but everything has worked perfectly since.", Cool, []string{"resolved"}},
		{"es a school closed for the summer", "Somos una academia de idiomas y en julio y agosto cerramos. ¿Podemos pausar la suscripción o darnos de baja hasta septiembre?", Cool, []string{"-churn_threat"}},
		{"de content for long, after a notice", "Nach den Ausfällen sehen wir uns nach Alternativen um und werden fristgerecht kündigen. Das wäre schade, eigentlich waren wir lange sehr zufrieden.", Hot, []string{"churn_threat"}},
		{"never ordering again", "I'm sorry to say it, but after the squashed cake we won't be ordering from you again.", Hot, []string{"churn_threat"}},
		{"fr a card swallowed", "Ma carte a été avalée par le distributeur et l'appli dit carte en opposition; je suis sans autre moyen de paiement ce soir.", Hot, []string{"outage"}},
		{"de a card said to be fine", "Seit gestern wird die Zahlung mit der Kreditkarte abgelehnt und jetzt ist der Shop gesperrt. Die Karte ist in Ordnung.", Hot, []string{"-calm"}},
		{"es a refund seen", "Muchas gracias por resolver el cobro duplicado. Ya vi el reembolso en mi cuenta y todo quedó perfecto.", Cool, []string{"resolved"}},
		{"es a bookshop closed", "En marzo me mudo con mi familia y voy a cerrar la librería, ¿cómo doy de baja la suscripción? Fue un gusto trabajar con ustedes.", Cool, []string{"-churn_threat"}},
		{"signed with someone else", "I'm done after the last two billing mistakes. Make sure nothing renews on March 3rd, we've already signed with someone else.", Hot, []string{"churn_threat"}},
		{"de a phone system dead", "Unsere Telefonanlage ist seit heute früh tot, eingehende Anrufe gehen ins Leere. Jeder verpasste Anruf ist eine verlorene Bestellung.", Hot, []string{"outage"}},
		{"fr leaving for another operator", "Trois mois que la box coupe. Je pars chez un autre opérateur à la fin du mois.", Hot, []string{"churn_threat"}},
		{"es access taken away before a class", "Al renovar me rechaza la tarjeta y la app me ha quitado el acceso a las clases; tengo sesión en 30 minutos.", Hot, []string{"outage"}},
		{"business taken to a rival", "Our contract is up on 30 June and unless someone shows me a real fix, we'll be taking our business to ShipRight.", Hot, []string{"churn_threat"}},
		{"es told a thousand times", "Os lo he dicho mil veces y nadie hace nada. Dadme de baja ya.", Hot, []string{"churn_threat", "repeat_contact"}},
		{"es a degree finished", "Mi hija termina la carrera en junio, así que no vamos a renovar la suscripción de estudiante. Le ha sido muy útil.", Cool, []string{"-churn_threat"}},
		{"de all ok again", "Letzte Woche ist bei uns die Klimaanlage ausgefallen, ist aber alles wieder ok. Wie schnell wären unsere Backups im Ernstfall wieder da?", Cool, nil},
		{"de no future together", "Nach drei Monaten fehlerhafter Abrechnungen sehe ich leider keine gemeinsame Zukunft mehr; wir haben Angebote von zwei anderen Anbietern eingeholt.", Hot, []string{"churn_threat"}},
		{"no need for asap", "FYI the Q3 numbers look amazing, I still can't believe it. No need to do the PO ASAP, next week is fine.", Warm, []string{"calm"}},
		{"a system that has not loaded", "The appointment system has not loaded since half past seven; reception are writing everything on paper and patients are queuing out of the door.", Hot, []string{"outage"}},
		{"de the last order", "Wenn ich bis Freitag keine Gutschrift für die doppelt berechneten 249,90 € sehe, war das unsere letzte Bestellung bei Ihnen.", Hot, []string{"churn_threat"}},
		{"fr no trouble with the service", "Nous partons vivre chez notre fils au printemps, je souhaiterais résilier l'abonnement au 1er avril. Aucun souci avec votre service, au contraire.", Cool, []string{"calm", "-churn_threat"}},
		{"now runs perfectly", "Thank you to Aisha: the payroll export that kept failing last week now runs perfectly.", Cool, []string{"resolved"}},
		{"everything shown sold out", "Your inventory sync pushed zero stock to all of our listings overnight. Every product now shows sold out in our biggest sale weekend of the year.", Hot, []string{"outage"}},
		{"fr never ordering again", "Colis jamais reçu, remboursement refusé. Je ne commanderai plus jamais chez vous.", Hot, []string{"churn_threat"}},
		{"es a refund arrived", "Muchas gracias, ya me ha llegado el reembolso del pedido que se me había cobrado dos veces. Todo perfecto.", Cool, []string{"resolved"}},
		{"fr stopping everything", "Si ce n'est pas réglé d'ici demain, j'arrête tout.", Hot, []string{"churn_threat"}},
		{"es signed with another company", "Ya he firmado con otra compañía, así que quiero la baja ya.", Hot, []string{"churn_threat"}},
		{"a provider found", "Please tell me how to get our records out and close the account, we've found a provider whose exports actually work.", Hot, []string{"churn_threat"}},
		{"money that has not come back", "You promised a refund on Tuesday, then Thursday. Still nothing, and the £418 hasn't come back.", Hot, []string{"-resolved"}},
		{"an error that has not come back", "The sync error from last week hasn't come back, thanks.", Cool, []string{"resolved"}},
		{"es a reader that reads nothing", "El lector de la clínica no lee ninguna tarjeta desde esta mañana y tenemos la sala llena.", Hot, []string{"outage"}},
		{"es a magazine no longer read", "Mi hijo ya no la lee, así que quiero pasar a la edición digital.", Cool, []string{"-outage"}},
		{"es a customer lost", "Pues nada, ya me han perdido como cliente. Tres cargos duplicados y ni una respuesta.", Hot, []string{"churn_threat"}},
		{"de ordering elsewhere", "Ehrlich, das wars dann. Zweimal falsche Ware, ab nächsten Monat bestell ich woanders.", Hot, []string{"churn_threat"}},
		{"don't bother renewing", "Honestly, don't bother renewing my plan in March. I'll take my money somewhere that makes things that last.", Hot, []string{"churn_threat"}},
		{"es signed elsewhere, just confirm", "Me voy. Ya he contratado con otra compañía, solo quiero que me confirmen la baja.", Hot, []string{"churn_threat"}},
		{"es only one module, not another firm", "Solo damos de baja el módulo de SMS, el resto sigue igual.", Warm, []string{"-churn_threat"}},
		{"fr no longer in the country", "Je pars faire mes études à Montréal, je voudrais résilier mon forfait en septembre. Tout s'est très bien passé, je ne serai plus en France.", Cool, []string{"-outage", "-churn_threat"}},
		{"fr not wishing to go on", "Vu la qualité du service ces derniers mois, nous ne souhaitons pas poursuivre. Merci de ne pas reconduire l'abonnement.", Hot, []string{"churn_threat"}},
		{"de a baby in a cold house", "Unsere Wärmepumpe zeigt seit gestern Abend Fehler E-47, im Haus sind es 14 Grad und wir haben ein drei Monate altes Baby.", Hot, nil},
		{"de running fine since", "Letzte Woche ist bei uns der Strom ausgefallen, war aber nach einer Stunde wieder alles da und läuft seitdem einwandfrei.", Cool, []string{"resolved"}},
		{"de internet gone", "Bei uns ist seit gestern Abend das Internet komplett weg, ich musste heute schon zwei Kundentermine absagen.", Hot, []string{"outage"}},
		{"every transaction declined", "Our card terminals at all four stores have been declining every transaction since 9am. Customers are leaving full baskets at the till.", Hot, []string{"outage"}},
		{"es a boiler out with an elderly mother at home", "La caldera se ha apagado y no arranca. Estamos sin agua caliente ni calefacción y tengo a mi madre de 87 años en casa.", Hot, []string{"outage"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustClassify(t, c, Input{Text: tt.text})
			checkResult(t, res)
			if res.Level != tt.want {
				t.Errorf("level %v, want %v (heat %.3f anger %.3f urgency %.3f, reasons %v)", res.Level, tt.want, res.Heat, res.Anger, res.Urgency, res.Reasons)
			}
			checkSignals(t, res, tt.signals)
		})
	}
}

// checkSignals reports each signal of want that is not among res's
// reasons, and each "-signal" that is.
func checkSignals(t *testing.T, res Result, want []string) {
	t.Helper()
	for _, s := range want {
		present := !strings.HasPrefix(s, "-")
		if got := hasSignal(res, strings.TrimPrefix(s, "-"), ""); got != present {
			t.Errorf("%q: signal %s present = %v, want %v; reasons %v", res.Prepared, strings.TrimPrefix(s, "-"), got, present, res.Reasons)
		}
	}
}

// TestReasonsAreEvidence checks that reasons show words a reader accepts:
// no function words, and no word twice.
func TestReasonsAreEvidence(t *testing.T) {
	c := testClassifier(t)
	for _, text := range []string{
		"Our server is down and you did not call me back, me and my team cannot work!",
		"Y el servicio sigue sin funcionar y nadie me llama y no puedo trabajar.",
		"Hallo, guten Tag, seit heute geht einen ganzen Tag gar nichts, das ist eine Frechheit. Mit freundlichen Grüßen",
		"Buenos días, estimados señores: llevamos una semana sin servicio y nadie contesta. Atentamente, Ana",
		"Bonjour, c'est la troisième fois que je vous écris et toujours rien, déjà deux semaines. Cordialement",
	} {
		res := mustClassify(t, c, Input{Text: text})
		seen := map[string]bool{}
		for _, r := range res.Reasons {
			if r.Signal != "model_word" {
				continue
			}
			w := strings.ToLower(r.Phrase)
			if len(w) < 3 || slices.Contains([]string{"our", "you", "and", "hallo", "guten", "einen", "buenos",
				"días", "estimados", "señores", "atentamente", "bonjour", "c'est", "déjà", "cordialement"}, w) {
				t.Errorf("function word %q as a reason in %v", r.Phrase, res.Reasons)
			}
			if seen[w] {
				t.Errorf("%q twice in %v", r.Phrase, res.Reasons)
			}
			seen[w] = true
		}
	}
}

// TestUltimatumShowsItsCondition checks that an ultimatum read from its
// condition word shows the condition a senior reads, and stops where
// what follows it begins.
func TestUltimatumShowsItsCondition(t *testing.T) {
	c := testClassifier(t)
	for _, tt := range []struct{ text, want string }{
		{"If this is not fixed this week, I am leaving.", "If this is not fixed this week"},
		{"If nobody sorts this out by Friday we are moving to another provider.", "If nobody sorts this out by Friday"},
		{"Sans correctif cette semaine, on arrête.", "Sans correctif cette semaine"},
		{"Wenn das bis morgen nicht behoben ist, kündigen wir.", "Wenn das bis morgen nicht behoben ist"},
		{"Si no lo arreglan hoy cancelo el contrato y los denuncio.", "Si no lo arreglan hoy"},
	} {
		res := mustClassify(t, c, Input{Text: tt.text})
		var got []string
		for _, r := range res.Reasons {
			if r.Signal == "ultimatum" {
				got = append(got, r.Phrase)
				if tt.text[r.Start:r.End] != r.Phrase {
					t.Errorf("%q: phrase %q is not text[%d:%d]", tt.text, r.Phrase, r.Start, r.End)
				}
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: ultimatum reasons %q, want %q among them", tt.text, got, tt.want)
		}
	}
}

// TestBareWordsShowMore checks that a time read from a bare "since"
// shows since when, and a bare "can't" what cannot be done, stopping
// before the next evidence.
func TestBareWordsShowMore(t *testing.T) {
	c := testClassifier(t)
	for _, tt := range []struct{ text, signal, want string }{
		{"Desde el día 3 la sincronización con el banco duplica los movimientos.", "ongoing", "Desde el día 3"},
		{"Le rapprochement ne remonte plus les opérations depuis le 2 février.", "ongoing", "depuis le 2 février"},
		{"The app is stuck on the loading screen for every user. We can't do deliveries without it.", "service_failure", "can't do deliveries"},
		{"If the sync isn't stable by the end of the month, we won't be renewing.", "service_failure", "isn't stable"},
	} {
		res := mustClassify(t, c, Input{Text: tt.text})
		var got []string
		for _, r := range res.Reasons {
			if r.Signal == tt.signal {
				got = append(got, r.Phrase)
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: %s reasons %q, want %q among them", tt.text, tt.signal, got, tt.want)
		}
	}
}

// TestOnePhraseOneReason checks that rule reasons of one signal never
// overlap: a longer phrase stands for the shorter ones inside it, a time
// an obligation makes a deadline is not counted beside the deadline
// phrase around it ("hoy mismo"), and of two phrases that share words
// the stronger stands for both. It reads the written mails and tweets
// in testdata as well.
func TestOnePhraseOneReason(t *testing.T) {
	c := testClassifier(t)
	texts := []string{
		"Der Server ist seit heute Morgen down.",
		"Our shop has been down since this morning and still nobody called back.",
		"Desde esta mañana la web está caída.",
		"Necesito una respuesta hoy mismo, el sistema no funciona.",
		"Ich muss heute noch die Löhne freigeben und das Portal ist down.",
		"No puedo acceder a nada desde esta mañana.",
	}
	for _, f := range []struct{ file, label string }{{"testdata/support-mail.tsv", "page"}, {"testdata/urgency-tweets.tsv", "urgent"}} {
		rows, err := evaluate.ReadTSVFile(f.file, f.label)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			texts = append(texts, r.Text)
		}
	}
	for _, text := range texts {
		res := mustClassify(t, c, Input{Text: text})
		for i, a := range res.Reasons {
			for _, b := range res.Reasons[i+1:] {
				if a.Signal == b.Signal && a.Phrase != "" && b.Phrase != "" && a.Start < b.End && b.Start < a.End {
					t.Errorf("%q: %s %q and %q overlap in %v", text, a.Signal, a.Phrase, b.Phrase, res.Reasons)
				}
			}
		}
	}
}

// TestEncodedTextIsNotEvidence checks that base64 and hex bodies add
// nothing: they are data, not what a customer wrote.
func TestEncodedTextIsNotEvidence(t *testing.T) {
	c := testClassifier(t)
	r := rand.New(rand.NewPCG(7, 9))
	raw := make([]byte, 3<<20)
	for i := range raw {
		raw[i] = byte(r.Uint32())
	}
	enc := base64.StdEncoding.EncodeToString(raw)
	var b strings.Builder
	for i := 0; i < len(enc); i += 76 {
		b.WriteString(enc[i:min(i+76, len(enc))])
		b.WriteByte('\n')
	}
	res := mustClassify(t, c, Input{Subject: "log", Text: b.String()})
	if res.Level != Cool || res.Heat > 0.05 {
		t.Errorf("base64 body: level %v heat %.3f", res.Level, res.Heat)
	}
	hex := mustClassify(t, c, Input{Text: "checksum 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 bcdfghjklmnpqrst"})
	for _, r := range append(res.Reasons, hex.Reasons...) {
		if r.Signal != "model" && r.Signal != "model_word" {
			t.Errorf("encoded text fired %s on %q", r.Signal, r.Phrase)
		}
		if r.Signal == "model_word" && (strings.Contains(r.Phrase, "9f86") || strings.Contains(r.Phrase, "bcdfg")) {
			t.Errorf("encoded token %q shown as evidence", r.Phrase)
		}
	}
}

// TestSupportMail runs the short support mails in testdata, written to
// check (not to tune) the classifier in English, German, French and
// Spanish: mails that must page a senior person, and calm ones that must
// not. The bar is the one the product is held to.
func TestSupportMail(t *testing.T) {
	c := testClassifier(t)
	rows, err := evaluate.ReadTSVFile("testdata/support-mail.tsv", "page")
	if err != nil {
		t.Fatal(err)
	}
	var pages, paged, calm, falsePages int
	for _, r := range rows {
		res := mustClassify(t, c, Input{Text: r.Text})
		if r.Label {
			pages++
			if res.Level == Hot {
				paged++
			} else {
				t.Logf("missed page (%v, heat %.2f): %s", res.Level, res.Heat, r.Text)
			}
			continue
		}
		calm++
		if res.Level == Hot {
			falsePages++
			t.Logf("false page (heat %.2f): %s", res.Heat, r.Text)
		}
	}
	if pages < 18 || calm < 22 {
		t.Fatalf("%d must-page and %d calm mails, want at least 18 and 22", pages, calm)
	}
	if paged*18 < 16*pages {
		t.Errorf("%d of %d must-page mails HOT, want at least 16 in 18", paged, pages)
	}
	if falsePages*22 > calm {
		t.Errorf("%d of %d calm mails HOT, want at most 1 in 22", falsePages, calm)
	}
}

// TestUrgencyTweets ranks short messages travellers write to an airline,
// written for this check in the manner of the urgency-labelled tweets the
// product is measured on (none of those are copied): a person stuck now,
// a connection at risk, bags missing, a phone that hangs up, against
// praise, opinions and complaints about trips that are over, many of
// them furious. Urgency, not heat, must rank the first above the second.
func TestUrgencyTweets(t *testing.T) {
	c := testClassifier(t)
	rows, err := evaluate.ReadTSVFile("testdata/urgency-tweets.tsv", "urgent")
	if err != nil {
		t.Fatal(err)
	}
	scored := make([]evaluate.Scored, 0, len(rows))
	for _, r := range rows {
		res := mustClassify(t, c, Input{Text: r.Text})
		scored = append(scored, evaluate.Scored{Score: res.Urgency, Label: r.Label})
	}
	auc, err := evaluate.AUC(scored)
	if err != nil {
		t.Fatal(err)
	}
	if auc < 0.89 {
		t.Errorf("urgency ROC AUC %.3f on %d written tweets, want at least 0.89", auc, len(rows))
	}
}

// TestNamesAreNoEvidence: a signature's name moves the model a little,
// but not enough to be shown to a person as a reason.
func TestNamesAreNoEvidence(t *testing.T) {
	c := testClassifier(t)
	res := mustClassify(t, c, Input{Text: "The VPN has been very slow again this week and my team is frustrated. It is not an emergency, but it is the second time this month.\n\nHelen Brandt\nCOO, BigCustomer Ltd"})
	for _, r := range res.Reasons {
		if r.Signal == "model_word" && (r.Phrase == "Helen" || r.Phrase == "Brandt") {
			t.Errorf("name %q (weight %.3f) as a reason: %v", r.Phrase, r.Weight, res.Reasons)
		}
	}
}

// TestTravellersClock: a traveller tells urgency by the clock ("my flight
// is at 9:40", "I fly 7am tomorrow", "checkin closes 14:00") and tells a
// finished or imagined trip by its words ("rebooked me in 10 min", "if
// my flight is delayed", "the delay in April", "I'm home now"). Each
// urgent message must carry its time as a deadline and score above
// minUrgency; each calm one must not carry the listed signals and stay
// below maxUrgency.
func TestTravellersClock(t *testing.T) {
	c := testClassifier(t)
	tests := []struct {
		text       string
		minUrgency float64
		maxUrgency float64
		signals    []string // "-signal" must not be among the reasons
		phrase     string   // a reason's phrase, when set
	}{
		{"@AirNorth my flight is at 9:40 and the kiosk says my booking does not exist", 0.5, 1, []string{"deadline", "service_failure"}, "flight is at 9:40"},
		{"I fly 7am tomorrow and there is still no ticket number on my booking", 0.5, 1, []string{"deadline"}, "7am tomorrow"},
		{"checkin closes 14:00 and the counter says the name on my ticket is wrong", 0.4, 1, []string{"deadline"}, ""},
		{"my mum is 80 and nobody is answering at the wheelchair desk, her flight boards at 6:15", 0.6, 1, []string{"deadline", "repeat_contact"}, "boards at 6:15"},
		{"our flight just got cancelled and we are at gate B12 with two kids", 0.5, 1, []string{"ongoing", "-past_or_claim"}, "just got cancelled"},
		{"Why did you board us if you knew the crew was 2 hours late?", 0.4, 1, []string{"waiting"}, ""},
		{"the agent rebooked me in 10 min, great service", 0, 0.3, []string{"-deadline"}, ""},
		{"If my flight is delayed, do I get a meal voucher?", 0, 0.2, []string{"-service_failure", "-ongoing"}, ""},
		{"still mad about the delay last week but I got home in the end", 0, 0.3, []string{"-ongoing"}, ""},
		{"can I book a seat in the emergency exit row?", 0, 0.1, []string{"-deadline"}, ""},
		{"the delay in April was awful and nobody said sorry", 0, 0.35, []string{"past_or_claim"}, "in April"},
		{"I'm home now, the storm delay was long but the crew were lovely", 0, 0.3, []string{"-ongoing"}, ""},
		{"got a text at 4am that my 8:40 is cxld and I'm at the airport with two kids", 0.5, 1, []string{"service_failure", "ongoing"}, "cxld"},
		{"the seat next to me smells of something burning and we are about to push back", 0.5, 1, []string{"business_impact", "deadline"}, ""},
		{"bag not on the carousel and my meds for tonight are in it", 0.5, 1, []string{"data_loss", "business_impact"}, ""},
		{"still waiting for my refund from the cancelled trip, any news?", 0, 0.45, []string{"past_or_claim"}, "still waiting for my refund"},
		{"it took 50 min to board last sunday, the new groups are a mess", 0, 0.3, []string{"-waiting"}, ""},
		{"a passenger in row 9 is having a seizure and the crew are asking for a doctor", 0.4, 1, []string{"business_impact"}, "having a seizure"},
		{"left my passport on the plane, seat 17A, and my flight home is tomorrow morning", 0.5, 1, []string{"business_impact"}, "left my passport on"},
		{"the phone line hangs up after the hold message every time, my dad is in the ICU", 0.5, 1, []string{"business_impact", "service_failure"}, "in the ICU"},
		{"the agent who rebooked my dad last friday deserves a raise", 0, 0.2, []string{"praise"}, ""},
		{"is there a weather waiver for my flight tomorrow? the snowstorm is supposed to hit tonight", 0.3, 1, []string{"service_failure"}, "weather waiver"},
		{"you moved my return flight without notification and the new one leaves before my meeting ends", 0.3, 1, []string{"service_failure"}, "without notification"},
		{"thanks for losing my luggage", 0.35, 1, []string{"data_loss", "-past_or_claim"}, ""},
		{"yes I sent the DM, my flight is at 6", 0.3, 1, []string{"deadline"}, "flight is at 6"},
		{"the gate closes in 20 and nobody is at the transfer desk", 0.4, 1, []string{"deadline"}, ""},
		{"my dad is 85 and the wheelchair never showed, he is alone at the gate", 0.4, 1, []string{"business_impact"}, "wheelchair never showed"},
		{"our bags showed up two days late, got them now, what a trip", 0, 0.3, []string{"resolved"}, ""},
		{"last week's trip was a mess and still no apology", 0, 0.35, []string{"-repeat_contact"}, ""},
		{"row 14 smells of smoke on flt 88 and the crew says it's fine", 0.3, 1, []string{"business_impact"}, ""},
		{"cancelled, rebooked, got in 9 hrs late. home now. never again", 0, 0.55, []string{"-deadline"}, ""},
		{"bag was lost for two days but just showed up at my door, thanks", 0, 0.2, []string{"resolved"}, ""},
		// a time that is not a clock, and a time far from any flight
		{"the score was 9:405 at half time", 0, 0.1, []string{"-deadline"}, ""},
	}
	for _, tc := range tests {
		res := mustClassify(t, c, Input{Text: tc.text})
		if res.Urgency < tc.minUrgency || res.Urgency > tc.maxUrgency {
			t.Errorf("%q: urgency %.2f, want %.2f to %.2f; reasons %v", tc.text, res.Urgency, tc.minUrgency, tc.maxUrgency, res.Reasons)
		}
		checkSignals(t, res, tc.signals)
		if tc.phrase != "" && !hasReasonPhrase(res, tc.phrase) {
			t.Errorf("%q: no reason with phrase %q; reasons %v", tc.text, tc.phrase, res.Reasons)
		}
	}
}

// hasReasonPhrase reports a reason of any signal with exactly phrase.
func hasReasonPhrase(res Result, phrase string) bool {
	for _, r := range res.Reasons {
		if r.Phrase == phrase {
			return true
		}
	}
	return false
}

func TestHourMinutes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"9:40", true}, {"14:00", true}, {"0:05", true}, {"23:59 ", true}, {"25:00", false}, {"9:60", false},
		{"9:405", false}, {"9:4", false}, {"123:40", false}, {"9", false}, {"a:40", false},
	} {
		end := strings.IndexByte(tc.text, ':')
		if end < 0 {
			end = len(tc.text)
		}
		if got := hourMinutes(tc.text, 0, end); got != tc.want {
			t.Errorf("hourMinutes(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
