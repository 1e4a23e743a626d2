package main

import (
	"fmt"
	"strconv"
	"strings"
)

// optionalFloat is a float flag whose absence means something the help
// text says in words ("default: the HOT threshold"); unset, it prints no
// default of its own, so help does not show a sentinel like -1.
type optionalFloat struct {
	v   float64
	set bool
}

func (f *optionalFloat) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.FormatFloat(f.v, 'g', -1, 64)
}

func (f *optionalFloat) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("not a number: %q", s)
	}
	f.v, f.set = v, true
	return nil
}

// byteSize is a size flag that reads and prints as people write sizes:
// 32MiB, 512KiB, 1GiB, or a plain number of bytes.
type byteSize int64

var byteUnits = []struct {
	suffix string
	n      int64
}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}

func (b *byteSize) String() string {
	if b == nil {
		return "0"
	}
	for _, u := range byteUnits[:3] {
		if v := int64(*b); v != 0 && v%u.n == 0 {
			return strconv.FormatInt(v/u.n, 10) + u.suffix
		}
	}
	return strconv.FormatInt(int64(*b), 10)
}

func (b *byteSize) Set(s string) error {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range byteUnits {
		if len(t) > len(u.suffix) && strings.EqualFold(t[len(t)-len(u.suffix):], u.suffix) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return fmt.Errorf("not a size: %q (write e.g. 32MiB, 512KiB or a number of bytes)", s)
	}
	*b = byteSize(n * mult)
	return nil
}
