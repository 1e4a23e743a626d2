package mail_test

import (
	"fmt"
	"strings"

	"github.com/hotline/hotline/service/mail"
)

func ExampleParse() {
	raw := "From: =?UTF-8?Q?Ren=C3=A9e?= <renee@example.com>\r\n" +
		"Subject: Refund still missing\r\n" +
		"Message-ID: <abc@example.com>\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" +
		"<p>I am <b>still</b> waiting.</p><p>Third email!</p>"
	m, err := mail.Parse(strings.NewReader(raw), mail.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.FromName, m.From, m.MessageID)
	fmt.Println(m.Subject)
	fmt.Println(m.Text)
	// Output:
	// Renée renee@example.com abc@example.com
	// Refund still missing
	// I am still waiting.
	//
	// Third email!
}

func ExampleHTMLToText() {
	fmt.Println(mail.HTMLToText(`<style>p{}</style><p>Fish &amp; chips</p><p>cold<br>again</p>`))
	// Output:
	// Fish & chips
	//
	// cold
	// again
}
