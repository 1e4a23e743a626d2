package flagvalue

import (
	"flag"
	"io"
	"testing"
)

func TestByteSizeFlag(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true}, {"1MiB", 1 << 20, true}, {"32mib", 32 << 20, true}, {"512KiB", 512 << 10, true},
		{"2GiB", 2 << 30, true}, {"2MB", 2e6, true}, {"10 KiB", 10 << 10, true}, {"0", 0, true},
		{"", 0, false}, {"-1", 0, false}, {"1.5MiB", 0, false}, {"MiB", 0, false}, {"9999999999GiB", 0, false},
	} {
		var b ByteSize
		err := b.Set(tt.in)
		if (err == nil) != tt.ok || (tt.ok && int64(b) != tt.want) {
			t.Errorf("Set(%q) = %d, %v; want %d ok=%v", tt.in, int64(b), err, tt.want, tt.ok)
		}
	}
	for in, want := range map[ByteSize]string{1 << 20: "1MiB", 32 << 20: "32MiB", 1000: "1000", 3 << 10: "3KiB", 0: "0"} {
		if got := in.String(); got != want {
			t.Errorf("String(%d) = %q, want %q", int64(in), got, want)
		}
	}
}

func TestOptionalFloat(t *testing.T) {
	var f OptionalFloat
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&f, "threshold", "")
	if f.String() != "" || f.Or(0.6) != 0.6 {
		t.Errorf("unset: %q, Or %v", f.String(), f.Or(0.6))
	}
	if err := fs.Parse([]string{"--threshold", "x"}); err == nil {
		t.Error("--threshold x accepted")
	}
	if err := fs.Parse([]string{"--threshold", "0"}); err != nil || f.Or(0.6) != 0 || f.String() != "0" {
		t.Errorf("--threshold 0: %v, Or %v, String %q", err, f.Or(0.6), f.String())
	}
}

func TestStringsFlag(t *testing.T) {
	var s Strings
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&s, "imap", "")
	if err := fs.Parse([]string{"--imap", "a", "--imap", "b,c"}); err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || s[0] != "a" || s[1] != "b,c" || s.String() != "a,b,c" {
		t.Errorf("Strings after two uses = %q (%s)", []string(s), s.String())
	}
}
