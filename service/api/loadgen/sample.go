package loadgen

import (
	"fmt"
	"strings"

	hotlinev1 "github.com/hotline/hotline/api/hotline/v1"
)

// The sample is a typical hot support mail of about 2 KB: a repeat contact
// about an outage, with a quoted earlier reply and a signature, so load
// figures include the work of stripping both.
const (
	sampleFrom    = "Dana Whitfield <dana.whitfield@northwind-dental.example>"
	sampleSubject = "RE: Email down AGAIN - third time this week, we are losing patients"
	sampleBody    = `Hi,

This is the third time this week that our email has stopped working and I am
honestly at the end of my rope. Nobody called me back yesterday even though
your colleague promised someone would ring me before 5pm. We run a dental
practice with four chairs and the front desk cannot see any appointment
confirmations, so patients are turning up at the wrong time and we have had
to send two of them home already this morning.

I need someone senior to call me TODAY, before our lunch break at 12:30. If
this is not fixed by the end of the day I will cancel our contract and move
to another provider, and I will be asking for a refund for this month. This
is completely unacceptable for a service we pay over 400 a month for.

What I need from you:
- a working mailbox for reception@ and billing@ before 12:30
- an explanation of why this keeps happening
- a phone call, not another ticket number

Our office number is on the account. Please do not tell me to restart the
computer again, we have done that three times already.

Dana

--
Dana Whitfield
Practice Manager, Northwind Dental
Tel 0161 496 0123

On Tue, 3 Mar 2026 at 16:02, Hotline Support <support@hotline.example> wrote:
> Hello Dana,
>
> Thank you for contacting us. We have restarted the mail relay for your
> domain and messages should start arriving again within the next hour. If
> you still see problems, please reply to this message and quote your ticket
> number so that we can look into it further.
>
> Kind regards,
> The Support Team
>
> > On Mon, 2 Mar 2026, Dana Whitfield wrote:
> > Our email stopped working this morning, nothing is coming in.
`
)

// SampleRequest returns the sample mail as separate fields, the way a
// service that already parsed the mail calls Classify.
func SampleRequest() *hotlinev1.ClassifyRequest {
	return &hotlinev1.ClassifyRequest{
		Subject: sampleSubject,
		Text:    sampleBody,
		From:    sampleFrom,
		// What a mail client sets on a message marked urgent.
		Headers: map[string]string{"Importance": "High", "X-Priority": "1"},
	}
}

// SampleRaw returns the sample mail as a whole RFC 5322 message, the way
// an ingester that reads a mailbox calls Classify.
func SampleRaw() *hotlinev1.ClassifyRequest {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\n", sampleFrom)
	b.WriteString("To: Hotline Support <support@hotline.example>\r\n")
	fmt.Fprintf(&b, "Subject: %s\r\n", sampleSubject)
	b.WriteString("Date: Wed, 4 Mar 2026 09:14:07 +0000\r\n")
	b.WriteString("Message-ID: <CA+d4n4.W41tf13ld@mail.northwind-dental.example>\r\n")
	b.WriteString("In-Reply-To: <20260303160200.4411@hotline.example>\r\n")
	b.WriteString("MIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n")
	b.WriteString("Content-Transfer-Encoding: 8bit\r\n")
	b.WriteString("Importance: High\r\n")
	b.WriteString("X-Priority: 1\r\n")
	b.WriteString("\r\n")
	b.WriteString(strings.ReplaceAll(sampleBody, "\n", "\r\n"))
	return &hotlinev1.ClassifyRequest{Raw: []byte(b.String())}
}
