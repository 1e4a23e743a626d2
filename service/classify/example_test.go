package classify_test

import (
	"context"
	"fmt"
	"log"

	"github.com/hotline/hotline/service/classify"
)

func ExampleClassifier_Classify() {
	c, err := classify.New(classify.DefaultOptions())
	if err != nil {
		log.Fatal(err)
	}
	res, err := c.Classify(context.Background(), classify.Input{
		Subject: "Checkout down",
		Text:    "Our checkout has been down since 7am and we are losing sales. Please call me back today.",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Level)
	for _, r := range res.Reasons[:2] {
		fmt.Printf("%s %q\n", r.Signal, r.Phrase)
	}
	// Output:
	// HOT
	// outage "has been down"
	// business_impact "losing sales"
}
