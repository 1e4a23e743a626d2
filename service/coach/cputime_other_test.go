//go:build !unix

package coach

import "time"

func processCPU() time.Duration { return 0 }
