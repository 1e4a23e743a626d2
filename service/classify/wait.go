package classify

import (
	"strconv"
	"strings"
	"time"
)

// StatedWait reads how long a customer says they have been waiting from
// a reason phrase ("since Monday", "for five days", "3 hrs", "seit
// gestern", "depuis 9h"), counted back from written, the time the mail was
// written or received. It reports false for phrases that state no wait.
// Alerts add it to the time since the mail arrived: someone who writes
// "down since Monday" on Wednesday has been waiting two days, not 0s.
func StatedWait(phrase string, written time.Time) (time.Duration, bool) {
	words := strings.Fields(strings.ToLower(phrase))
	for i, w := range words {
		words[i] = strings.Trim(w, ".,!?;:")
	}
	// "it has been three days", "ça fait dix jours": the lead-in says
	// nothing about the length
	for len(words) > 0 && leadIns[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return 0, false
	}
	switch words[0] {
	case "since", "seit", "depuis", "desde":
		rest := skipApprox(words[1:])
		if len(rest) > 0 && rest[0] == "hace" {
			// "desde hace tres días" is a duration
			rest = rest[1:]
		}
		article := false
		if len(rest) > 0 && (rest[0] == "el" || rest[0] == "le" || rest[0] == "dem" || rest[0] == "the") {
			// "desde el lunes", "depuis le lundi", "seit dem 2. Februar"
			rest, article = rest[1:], true
		}
		if d, ok := duration(rest); ok {
			// "seit zwei Tagen", "depuis trois jours"
			return d, true
		}
		if t, ok := dateOfMonth(rest, article, written); ok {
			return written.Sub(t), true
		}
		return since(rest, written)
	case "for", "über", "over", "pendant", "durante", "llevo", "llevamos", "hace":
		words = words[1:]
		if len(words) > 1 && words[0] == "the" && (words[1] == "past" || words[1] == "last") {
			// "for the past hour", "for the last 3 hours"
			words = words[2:]
		}
	}
	words = skipApprox(words)
	if len(words) > 0 {
		if unit, ok := waitUnits[words[0]]; ok && !strings.HasSuffix(words[0], "s") {
			// "for the past hour": one of the unit
			return unit, true
		}
	}
	return duration(words)
}

// leadIns open a stated wait without being part of it.
var leadIns = map[string]bool{"it's": true, "its": true, "it": true, "has": true, "have": true, "been": true,
	"ça": true, "ca": true, "cela": true, "fait": true}

// approx are the words that soften a stated time ("since about 10am",
// "seit etwa einer Stunde"); the wait is read as stated.
var approx = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true,
	"nearly": true, "almost": true, "over": true, "etwa": true, "ungefähr": true, "circa": true, "fast": true,
	"environ": true, "presque": true, "casi": true, "aproximadamente": true}

func skipApprox(words []string) []string {
	for len(words) > 0 && approx[words[0]] {
		words = words[1:]
	}
	return words
}

// since reads the point in time after "since" and returns how long ago it
// was at written.
func since(words []string, written time.Time) (time.Duration, bool) {
	if len(words) == 0 {
		return 0, false
	}
	day := time.Date(written.Year(), written.Month(), written.Day(), 0, 0, 0, 0, written.Location())
	at := func(t time.Time) (time.Duration, bool) {
		if t.After(written) {
			return 0, false
		}
		return written.Sub(t), true
	}
	w := words[0]
	if w == "last" || w == "letzter" || w == "letztem" || w == "letzten" {
		if len(words) > 1 {
			switch words[1] {
			case "night", "nacht":
				return at(day.Add(-4 * time.Hour))
			case "week", "woche":
				return at(day.AddDate(0, 0, -7))
			}
		}
		return 0, false
	}
	switch w {
	case "yesterday", "gestern", "hier", "ayer":
		return at(day.AddDate(0, 0, -1))
	case "this", "heute", "ce", "esta":
		// "this morning", "heute Morgen", "ce matin", "esta mañana"
		return at(day.Add(8 * time.Hour))
	}
	if wd, ok := weekdays[w]; ok {
		back := (int(written.Weekday()) - int(wd) + 7) % 7
		return at(day.AddDate(0, 0, -back))
	}
	if h, ok := clockHour(words); ok {
		t := day.Add(time.Duration(h) * time.Minute)
		if t.After(written) {
			t = t.AddDate(0, 0, -1)
		}
		return at(t)
	}
	return 0, false
}

// dateOfMonth reads a day of the month, with or without its month: "2
// février", "día 3", "3 de marzo", "2 Februar", "March 3". A day without
// a month needs an article or "día" before it or an ordinal's ending
// ("el 3", "the 14th"; "since 10" is a clock) and is in this month, or
// the last one if it has not come yet; a month in the future is last
// year's.
func dateOfMonth(words []string, article bool, written time.Time) (time.Time, bool) {
	if len(words) > 0 && (words[0] == "día" || words[0] == "dia") {
		words, article = words[1:], true
	}
	var day int
	var month time.Month
	switch {
	case len(words) == 0:
		return time.Time{}, false
	case months[words[0]] != 0 && len(words) > 1:
		// "March 3", "March 3rd"
		month, day = months[words[0]], dayNumber(words[1])
	default:
		day = dayNumber(words[0])
		rest := words[1:]
		if len(rest) > 1 && (rest[0] == "de" || rest[0] == "of") {
			rest = rest[1:]
		}
		if len(rest) > 0 {
			month = months[rest[0]]
		}
	}
	if day < 1 || day > 31 {
		return time.Time{}, false
	}
	if month == 0 {
		if !article && !isOrdinal(words[0]) {
			return time.Time{}, false
		}
		t := time.Date(written.Year(), written.Month(), day, 0, 0, 0, 0, written.Location())
		if t.After(written) {
			t = t.AddDate(0, -1, 0)
		}
		return t, true
	}
	t := time.Date(written.Year(), month, day, 0, 0, 0, 0, written.Location())
	if t.Day() != day {
		// "31 February"
		return time.Time{}, false
	}
	if t.After(written) {
		t = t.AddDate(-1, 0, 0)
	}
	return t, true
}

// dayNumber reads "3", "03" or "3rd" as a day, 0 for anything else.
func dayNumber(w string) int {
	if isOrdinal(w) {
		w = w[:len(w)-2]
	}
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	d, err := strconv.Atoi(w)
	if err != nil {
		return 0
	}
	return d
}

// months names the months in English, German, French and Spanish, with
// and without accents.
var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"januar": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10,
	"dezember": 12,
	"janvier":  1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

// clockHour reads "9am", "9 am", "10.30pm", "14:00" or "9h" as minutes
// after midnight.
func clockHour(words []string) (int, bool) {
	w := words[0]
	pm := false
	switch {
	case strings.HasSuffix(w, "am"):
		w = strings.TrimSuffix(w, "am")
	case strings.HasSuffix(w, "pm"):
		w, pm = strings.TrimSuffix(w, "pm"), true
	case strings.HasSuffix(w, "h") || strings.HasSuffix(w, "uhr"):
		w = strings.TrimSuffix(strings.TrimSuffix(w, "uhr"), "h")
	case len(words) > 1 && (words[1] == "am" || words[1] == "uhr" || words[1] == "h"):
	case len(words) > 1 && words[1] == "pm":
		pm = true
	default:
		if !strings.ContainsAny(w, ":") {
			return 0, false
		}
	}
	hs, ms, _ := strings.Cut(strings.ReplaceAll(w, ".", ":"), ":")
	h, err := strconv.Atoi(hs)
	if err != nil || h < 0 || h > 23 {
		return 0, false
	}
	m := 0
	if ms != "" {
		if m, err = strconv.Atoi(ms); err != nil || m < 0 || m > 59 {
			return 0, false
		}
	}
	if pm && h < 12 {
		h += 12
	}
	return h*60 + m, true
}

// duration reads "<number> <unit>" ("five days", "3 hrs", "2 Wochen").
func duration(words []string) (time.Duration, bool) {
	if len(words) < 2 {
		return 0, false
	}
	n, ok := numberWord(words[0])
	if !ok {
		return 0, false
	}
	unit, ok := waitUnits[words[1]]
	if !ok {
		return 0, false
	}
	return time.Duration(n * float64(unit)), true
}

// numberWord reads digits ("3", "3.5") or a number word.
func numberWord(w string) (float64, bool) {
	if v, err := strconv.ParseFloat(w, 64); err == nil && v >= 0 && v < 1000 {
		return v, true
	}
	v, ok := waitNumbers[w]
	return v, ok
}

var waitNumbers = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "couple": 2, "few": 3, "several": 3,
	"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "sechs": 6, "zehn": 10, "dix": 10, "seis": 6,
	"diez": 10, "una": 1, "un": 1, "une": 1, "einen": 1, "eine": 1, "einer": 1, "einem": 1}

var waitUnits = map[string]time.Duration{
	"minute": time.Minute, "minutes": time.Minute, "min": time.Minute, "mins": time.Minute,
	"hour": time.Hour, "hours": time.Hour, "hr": time.Hour, "hrs": time.Hour, "h": time.Hour,
	"day": 24 * time.Hour, "days": 24 * time.Hour, "week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
	"month": 30 * 24 * time.Hour, "months": 30 * 24 * time.Hour,
	"minuten": time.Minute, "stunde": time.Hour, "stunden": time.Hour, "tag": 24 * time.Hour,
	"tage": 24 * time.Hour, "tagen": 24 * time.Hour, "woche": 7 * 24 * time.Hour, "wochen": 7 * 24 * time.Hour,
	"heure": time.Hour, "heures": time.Hour, "jour": 24 * time.Hour, "jours": 24 * time.Hour,
	"semaine": 7 * 24 * time.Hour, "semaines": 7 * 24 * time.Hour, "minuto": time.Minute,
	"minutos": time.Minute, "hora": time.Hour, "horas": time.Hour, "día": 24 * time.Hour,
	"días": 24 * time.Hour, "dias": 24 * time.Hour, "semana": 7 * 24 * time.Hour, "semanas": 7 * 24 * time.Hour,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
	"donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
	"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
	"domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday,
	"jueves": time.Thursday, "viernes": time.Friday, "sábado": time.Saturday,
}
