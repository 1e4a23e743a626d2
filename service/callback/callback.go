// Package callback finds what a person needs to call a customer back: the
// phone numbers in the mail (body and signature; never the quoted history,
// which holds our own numbers and older ones) normalised to E.164, and
// whether the customer asked for a call.
//
// A promised call-back that never came is one of the worst failures in
// support; when the customer asks for a call, or the mail is hot, the alert
// leads with the name and a tel: link so the person paged can dial at once.
package callback

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// DefaultRegion is the region national numbers ("0161 496 0000") are read
// in when Options leaves it empty.
const DefaultRegion = "GB"

// Number is one phone number found in the mail.
type Number struct {
	// E164 is the number in E.164, e.g. "+441614960000".
	E164 string
	// Display is the number formatted for reading, e.g. "+44 161 496 0000".
	Display string
	// Start and End are byte offsets of the number as written.
	Start, End int
}

// Link returns the tel: URI of the number.
func (n Number) Link() string { return "tel:" + n.E164 }

// Request is what the mail says about calling back.
type Request struct {
	// Numbers in the order they appear, without duplicates.
	Numbers []Number
	// Asked is true when the customer asks to be called; Phrase is the
	// words that say so.
	Asked  bool
	Phrase string
}

// Finder finds call-back requests. The zero value is not usable; use New.
type Finder struct {
	region string
}

// New returns a Finder that reads national numbers in region, an ISO
// 3166-1 alpha-2 code such as "GB", "DE" or "US"; empty means
// DefaultRegion.
func New(region string) (*Finder, error) {
	if region == "" {
		region = DefaultRegion
	}
	region = strings.ToUpper(region)
	if phonenumbers.GetCountryCodeForRegion(region) == 0 {
		return nil, fmt.Errorf("phone region %q is not a region code such as GB, DE or US", region)
	}
	return &Finder{region: region}, nil
}

// Region returns the region national numbers are read in.
func (f *Finder) Region() string { return f.region }

// Find reads the mail body (plain text) and returns its numbers and
// whether the customer asked for a call.
func (f *Finder) Find(body string) Request {
	var r Request
	seen := map[string]bool{}
	off := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		t := strings.TrimSpace(line)
		if quoteStart(t) {
			break
		}
		if !strings.HasPrefix(t, ">") {
			if !r.Asked {
				r.Phrase = askedFor(line)
				r.Asked = r.Phrase != ""
			}
			for _, c := range candidates(line) {
				n, ok := f.parse(line[c[0]:c[1]])
				if !ok || seen[n.E164] {
					continue
				}
				seen[n.E164] = true
				n.Start, n.End = off+c[0], off+c[1]
				r.Numbers = append(r.Numbers, n)
			}
		}
		off += len(line)
	}
	return r
}

func (f *Finder) parse(s string) (Number, bool) {
	p, err := phonenumbers.Parse(s, f.region)
	if err != nil || !phonenumbers.IsValidNumber(p) {
		return Number{}, false
	}
	return Number{E164: phonenumbers.Format(p, phonenumbers.E164), Display: phonenumbers.Format(p, phonenumbers.INTERNATIONAL)}, true
}

// candidates returns the spans of runs that could be phone numbers: a "+"
// or digit, then digits and the usual separators, 7 to 17 digits in all.
// A run glued to letters ("INV20260312") is an identifier, not a number.
func candidates(line string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(line) {
		c := line[i]
		if !(c == '+' || c == '(' || isDigit(c)) || (i > 0 && isWordByte(line[i-1])) {
			i++
			continue
		}
		start, digits, end := i, 0, i
		j := i
		for ; j < len(line); j++ {
			c := line[j]
			switch {
			case isDigit(c):
				digits++
				end = j + 1
			case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || (c == '+' && j == start):
				if c == ' ' && j+1 < len(line) && line[j+1] == ' ' {
					goto done // two spaces end a number in a column layout
				}
			default:
				goto done
			}
		}
	done:
		if j < len(line) && isWordByte(line[j]) && end == j {
			digits = 0 // "12345abc"
		}
		if digits >= 7 && digits <= 17 {
			out = append(out, [2]int{start, end})
		}
		i = max(j, i+1)
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

// askPhrases are how customers ask for a call, folded to lower case.
var askPhrases = [...]string{
	"call me", "call back", "callback", "call-back", "ring me", "phone me", "give me a call", "give us a call",
	"call us", "someone call", "somebody call", "anyone call", "speak to someone", "speak to a person", "talk to someone",
	"someone on the phone", "somebody on the phone", "on the phone with", "phone call",
	"rufen sie mich", "rückruf", "zurückrufen", "anrufen", "appelez-moi", "rappelez-moi", "me rappeler", "m'appeler",
	"llámeme", "llamenme", "llámenme", "me llamen", "llamarme", "devolver la llamada",
}

// askedFor returns the words in line that ask for a call, or "".
func askedFor(line string) string {
	low := strings.ToLower(line)
	for _, p := range askPhrases {
		i := strings.Index(low, p)
		if i < 0 {
			continue
		}
		before := strings.TrimRightFunc(low[:i], unicode.IsSpace)
		if strings.HasSuffix(before, "don't") || strings.HasSuffix(before, "do not") || strings.HasSuffix(before, "no need to") ||
			strings.HasSuffix(before, "nobody will") || strings.HasSuffix(before, "never") {
			continue
		}
		if len(low) == len(line) {
			return line[i : i+len(p)]
		}
		return p // lower-casing changed the length; the phrase is enough
	}
	return ""
}

// quoteStart reports whether a trimmed line opens the quoted history of a
// reply.
func quoteStart(l string) bool {
	if strings.Contains(l, "Original Message") || strings.HasPrefix(l, "-----Ursprüngliche Nachricht") ||
		strings.HasPrefix(l, "From: ") || strings.HasPrefix(l, "Von: ") || strings.HasPrefix(l, "De : ") {
		return true // Outlook puts the quoted mail under its headers
	}
	if !strings.HasSuffix(l, ":") {
		return false
	}
	low := strings.ToLower(l)
	for _, p := range [...]string{"on ", "am ", "le ", "el "} {
		if strings.HasPrefix(low, p) {
			for _, w := range [...]string{"wrote:", "schrieb", "a écrit", "escribió"} {
				if strings.Contains(low, w) {
					return true
				}
			}
		}
	}
	return false
}
