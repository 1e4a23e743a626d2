package ack_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/hotline/hotline/service/ack"
)

// A link names the alert and the person and expires; anything else is
// rejected.
func ExampleSigner() {
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	s, _ := ack.NewSigner([]byte("a key of at least 16 bytes"), "https://hotline.example.com/ack", time.Hour,
		func() time.Time { return now })
	link := s.URL(42, "alice")
	fmt.Println(strings.HasPrefix(link, "https://hotline.example.com/ack?token="))

	c, err := s.Verify(s.Token(42, "alice"))
	fmt.Println(c.AlertID, c.Person, c.Expires.Format(time.Kitchen), err)

	_, err = s.Verify(s.Token(42, "alice") + "x")
	fmt.Println(err)
	// Output:
	// true
	// 42 alice 10:00AM <nil>
	// acknowledge link is not valid
}
