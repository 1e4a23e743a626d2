package classify

import (
	"context"
	"strings"
	"testing"

	"github.com/hotline/hotline/service/mail"
)

// A complaint forwarded as an attachment, under a calm covering note with
// a signature, is scored on the complaint: the forwarder's signature must
// not cut it off, and the forwarded subject counts.
func TestFromMailScoresForwardedMessage(t *testing.T) {
	complaint := "From: Dana Whitfield <dana@harbor-bakery.example>\r\n" +
		"Subject: THIRD time asking - fix it NOW or we cancel\r\n\r\n" +
		"This is unacceptable. I am furious. Your service has been down since Monday, " +
		"I have written three times and nobody answers. Fix it TODAY or we cancel and I call my lawyer!!!\r\n"
	raw := "From: Front Desk <desk@example.com>\r\nSubject: Fwd: THIRD time asking - fix it NOW or we cancel\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nSee below, customer forwarded from the shop inbox.\r\n\r\n-- \r\nFront Desk\r\n" +
		"--b\r\nContent-Type: message/rfc822\r\n\r\n" + complaint + "\r\n--b--\r\n"
	m, err := mail.Parse(strings.NewReader(raw), mail.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := testClassifier(t)
	in := FromMail(m)
	if i, j := strings.Index(in.Text, "See below"), strings.Index(in.Text, "I am furious"); i < 0 || j < 0 || i > j {
		t.Errorf("want the forwarder's words first, then the complaint:\n%s", in.Text)
	}
	res, err := c.Classify(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if res.Level != Hot {
		t.Errorf("forwarded complaint scored %v (heat %.2f), want HOT\n%s", res.Level, res.Heat, res.Prepared)
	}
	if !strings.Contains(res.Prepared, "I am furious") {
		t.Errorf("prepared text lacks the complaint:\n%s", res.Prepared)
	}
}
