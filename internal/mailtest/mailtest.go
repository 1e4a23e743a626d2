// Package mailtest builds the raw support mail that tests and benchmarks
// deliver and parse, so that the parser's benchmarks and the ingester's
// measure the same messages.
package mailtest

import (
	"bytes"
	"fmt"
)

// Reply returns message i of a mailbox of support mail: about 3.8 KB of
// 8-bit text/plain, a reply quoting the conversation below it, with a
// signature and the headers a real delivery carries. Every tenth message
// is an angry repeat contact with a deadline; the others are calm.
func Reply(i int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Return-Path: <customer%d@example.com>\r\n", i)
	fmt.Fprintf(&b, "Received: from mx.example.com (mx.example.com [192.0.2.1])\r\n\tby mail.example.org with ESMTPS id %08x\r\n\tfor <support@example.org>; Mon, 23 Nov 2026 10:00:00 +0000\r\n", i)
	fmt.Fprintf(&b, "From: \"Customer %d\" <customer%d@example.com>\r\nTo: support@example.org\r\n", i, i)
	fmt.Fprintf(&b, "Subject: Re: Order %d delayed\r\nDate: Mon, 23 Nov 2026 10:%02d:%02d +0000\r\n", i, (i/60)%60, i%60)
	fmt.Fprintf(&b, "Message-ID: <bench-%d@example.com>\r\nIn-Reply-To: <reply-%d@example.org>\r\nReferences: <orig-%d@example.com> <reply-%d@example.org>\r\n", i, i, i, i)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	if i%10 == 0 {
		b.WriteString("This is the third time I am writing and I am really angry. The order is two weeks late,\r\nnobody answers, and I need it by Friday or I will cancel and ask for a refund.\r\n\r\n")
	} else {
		b.WriteString("Hello, thanks for the update. Could you tell me when the package will ship?\r\nI would like to plan the delivery. Kind regards.\r\n\r\n")
	}
	for b.Len() < 3600 {
		b.WriteString("> On Friday the support team wrote: we are looking into your order and will get back to you\r\n> as soon as we have news from the warehouse. Thank you for your patience.\r\n")
	}
	b.WriteString("\r\n-- \r\nCustomer\r\nExample Street 1, 12345 Example City\r\n")
	return b.Bytes()
}
