// Package flagvalue holds flag.Value types for values people write in
// their own way: sizes with units, and numbers whose absence means
// something the help text says in words.
package flagvalue

import (
	"fmt"
	"strconv"
	"strings"
)

// OptionalFloat is a float flag whose absence means something the help
// text says in words ("default: the HOT threshold"); unset, it prints no
// default of its own, so help does not show a sentinel like -1.
type OptionalFloat struct {
	v   float64
	set bool
}

func (f *OptionalFloat) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.FormatFloat(f.v, 'g', -1, 64)
}

// Set parses s as a float.
func (f *OptionalFloat) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("not a number: %q", s)
	}
	f.v, f.set = v, true
	return nil
}

// Or returns the value given on the command line, or def when the flag
// was not given.
func (f *OptionalFloat) Or(def float64) float64 {
	if !f.set {
		return def
	}
	return f.v
}

// ByteSize is a size flag that reads and prints as people write sizes:
// 32MiB, 512KiB, 1GiB, or a plain number of bytes.
type ByteSize int64

var byteUnits = []struct {
	suffix string
	n      int64
}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}

func (b *ByteSize) String() string {
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

// Set parses s as a number of bytes with an optional unit, any case.
func (b *ByteSize) Set(s string) error {
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
	*b = ByteSize(n * mult)
	return nil
}

// Strings is a repeatable string flag: each use adds one value.
type Strings []string

func (s *Strings) String() string { return strings.Join(*s, ",") }

// Set adds v.
func (s *Strings) Set(v string) error { *s = append(*s, v); return nil }
