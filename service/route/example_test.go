package route_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hotline/hotline/service/route"
)

// A routing file is validated as a whole; every problem names its path.
func ExampleParseConfig() {
	_, err := route.ParseConfig(strings.NewReader(`
people: [{name: alice, email: alice@support.example.com}]
chains: [{name: senior, steps: [{notify: [alice, bob], timeout: 10m}]}]
routes:
  - {name: vip, match: {senders: ["@bigcustomer.example"]}, chain: oncall}
`))
	var ve *route.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// chains[0].steps[0].notify[1]: unknown person or group "bob"
	// routes[0].chain: unknown chain "oncall"
	// routes: no default route: add one with default: true so that no hot message matches nothing
}
