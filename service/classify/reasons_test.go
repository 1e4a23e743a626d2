package classify

import (
	"math"
	"testing"
)

// TestWordWeightFloor checks that no weight at or below the floor, times
// scale, passes minWordWeight, and that the floor is close to the bound.
func TestWordWeightFloor(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 50, 333, 1000, 12345, 1 << 20} {
		scale := float32(1 / math.Sqrt(float64(n)))
		f := wordWeightFloor(scale)
		if float64(f*scale) > minWordWeight {
			t.Errorf("n %d: floor %v times scale %v is %v, above %v", n, f, scale, f*scale, minWordWeight)
		}
		if next := math.Nextafter32(f, 1e9); float64(next*scale) <= minWordWeight*(1-1e-6) {
			t.Errorf("n %d: floor %v is far below the bound", n, f)
		}
	}
}
