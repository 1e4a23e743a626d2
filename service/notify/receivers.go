package notify

import "github.com/hotline/hotline/service/store"

// BuildReceivers builds one receiver for every channel a person in the
// routing config can be paged on: mail through email, and the JSON and
// Slack webhooks signed with webhookSecret (empty: unsigned). It is the one
// place that knows which receiver serves which channel, so serve, the demo
// and tests cannot disagree.
func BuildReceivers(email Email, webhookSecret []byte) map[store.Channel]Notifier {
	return map[store.Channel]Notifier{
		store.ChannelEmail:   &email,
		store.ChannelWebhook: &Webhook{Secret: webhookSecret},
		store.ChannelSlack:   &Webhook{Secret: webhookSecret, Slack: true},
	}
}
