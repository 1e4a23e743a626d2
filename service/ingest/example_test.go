package ingest_test

import (
	"fmt"

	"github.com/hotline/hotline/service/ingest"
)

// A mailbox URL carries everything but the secret; String is safe to log.
func ExampleParseURL() {
	m, err := ingest.ParseURL("imaps://support:hunter2@mail.example.com/Support%2FUrgent")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.String())
	fmt.Println(m.Key())
	fmt.Println(m.Addr(), m.TLS)

	oauth, _ := ingest.ParseURL("imaps://help@example.com;AUTH=XOAUTH2@imap.gmail.com/INBOX")
	fmt.Println(oauth.User, oauth.Auth)
	// Output:
	// imaps://support@mail.example.com:993/Support/Urgent
	// support@mail.example.com/Support/Urgent
	// mail.example.com:993 true
	// help@example.com XOAUTH2
}
