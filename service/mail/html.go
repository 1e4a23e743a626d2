package mail

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText renders an HTML mail body as plain text for scoring and display.
// Many support mails arrive as HTML only, and the classifier needs the words a
// person sees, not the markup: script, style and head content are dropped,
// block elements and <br> become line breaks, entities are decoded, links keep
// their text, and runs of whitespace collapse to one space while paragraph
// breaks survive as a single blank line. It never panics and runs in time
// linear in the input, because it streams tokens and never builds a tree.
func HTMLToText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	w := textWriter{}
	// While skipDepth > 0 everything is dropped until the matching end tag of
	// skipName; counting only that name keeps implicitly closed elements such
	// as <p> or <li> from unbalancing the count.
	var skipName string
	skipDepth := 0
	inHead := false
	pre := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF or a tokenizer limit: either way the input is exhausted.
			return w.String()
		case html.TextToken:
			if skipDepth > 0 || inHead {
				continue
			}
			w.text(string(z.Text()), pre > 0)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if tt == html.StartTagToken && string(name) == skipName {
					skipDepth++
				}
				continue
			}
			if tt == html.StartTagToken && !voidElement(a) && (dropped(a) || hidden(z, hasAttr)) {
				skipName, skipDepth = string(name), 1
				continue
			}
			switch a {
			case atom.Head:
				inHead = tt == html.StartTagToken
				continue
			case atom.Body:
				// A missing </head> must not swallow the whole body.
				inHead = false
				continue
			}
			if inHead {
				continue
			}
			switch a {
			case atom.Br:
				w.lineBreak()
			case atom.Pre:
				w.block(2)
				if tt == html.StartTagToken {
					pre++
				}
			case atom.Li:
				w.block(1)
				w.bullet()
			case atom.Td, atom.Th:
				w.space()
			default:
				if n := blockBreak(a); n > 0 {
					w.block(n)
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipDepth > 0 {
				if string(name) == skipName {
					skipDepth--
				}
				continue
			}
			a := atom.Lookup(name)
			if a == atom.Head {
				inHead = false
				continue
			}
			if inHead {
				continue
			}
			switch a {
			case atom.Br:
				// Browsers treat a stray </br> as <br>.
				w.lineBreak()
			case atom.Pre:
				if pre > 0 {
					pre--
				}
				w.block(2)
			default:
				if n := blockBreak(a); n > 0 {
					w.block(n)
				}
			}
		}
	}
}

// dropped lists elements whose content is never shown as text.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Title, atom.Object,
		atom.Iframe, atom.Svg, atom.Math, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// hidden reports whether the current start tag is styled invisible, as mail
// "preheader" snippets are; their text is not what the reader sees.
func hidden(z *html.Tokenizer, hasAttr bool) bool {
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch string(key) {
		case "hidden":
			return true
		case "style":
			v := strings.ToLower(string(val))
			v = strings.ReplaceAll(v, " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// blockBreak is the number of line breaks a block element puts around itself:
// 2 for paragraph-like elements (a blank line), 1 for line-like ones, 0 inline.
func blockBreak(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Aside, atom.Nav, atom.Main, atom.Figure, atom.Fieldset, atom.Address, atom.Hr:
		return 2
	case atom.Div, atom.Tr, atom.Dt, atom.Dd, atom.Caption, atom.Center, atom.Form,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Figcaption, atom.Details, atom.Summary,
		atom.Option, atom.Legend:
		return 1
	}
	return 0
}

// textWriter collapses whitespace lazily: separators are remembered and only
// written when the next visible character arrives, so output never starts or
// ends with blank space and never holds more than one blank line in a row.
type textWriter struct {
	b       strings.Builder
	sp      bool
	breaks  int
	pending string // a prefix such as a list bullet, written before the next text
}

func (w *textWriter) String() string { return w.b.String() }

func (w *textWriter) block(n int) {
	if n > w.breaks {
		w.breaks = n
	}
}

func (w *textWriter) lineBreak() {
	w.breaks++
}

func (w *textWriter) space() { w.sp = true }

func (w *textWriter) bullet() { w.pending = "- " }

func (w *textWriter) text(s string, preformatted bool) {
	for len(s) > 0 {
		// Invalid bytes decode to U+FFFD, so the output is always valid UTF-8.
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if r == '\n' && preformatted {
			w.breaks++
			continue
		}
		if unicode.IsSpace(r) || r == 0 || r == '\u200b' || r == '\u200c' || r == '\ufeff' {
			if unicode.IsSpace(r) {
				w.sp = true
			}
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		w.flush()
		w.b.WriteRune(r)
	}
}

func (w *textWriter) flush() {
	if w.b.Len() > 0 {
		switch {
		case w.breaks > 0:
			w.b.WriteString("\n\n"[:min(w.breaks, 2)])
		case w.sp:
			w.b.WriteByte(' ')
		}
	}
	w.sp, w.breaks = false, 0
	if w.pending != "" {
		w.b.WriteString(w.pending)
		w.pending = ""
	}
}
