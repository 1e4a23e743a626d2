package classify

import "github.com/hotline/hotline/service/mail"

// htmlToText renders an HTML-only body; the mail package owns the details.
func htmlToText(s string) string { return mail.HTMLToText(s) }
