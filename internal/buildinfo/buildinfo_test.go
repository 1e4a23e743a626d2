package buildinfo

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestWrite checks each line against the build information it comes
// from, including a dirty tree and a binary without VCS stamps.
func TestWrite(t *testing.T) {
	const rev = "0123456789abcdef0123456789abcdef01234567"
	stamped := func(settings ...debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Settings: settings}
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"clean", stamped(debug.BuildSetting{Key: "vcs.revision", Value: rev}, debug.BuildSetting{Key: "vcs.time", Value: "2026-11-30T10:00:00Z"},
			debug.BuildSetting{Key: "vcs.modified", Value: "false"}),
			"hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: " + rev + "\ncommitted: 2026-11-30T10:00:00Z\n"},
		{"modified", stamped(debug.BuildSetting{Key: "vcs.revision", Value: rev}, debug.BuildSetting{Key: "vcs.modified", Value: "true"}),
			"hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: " + rev + " (modified)\n"},
		{"no stamp", stamped(), "hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: unknown\n"},
		{"no build info", nil, "hotline v1.2.3\ngo: " + runtime.Version() + "\nrevision: unknown\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := Write(&b, "hotline", "v1.2.3", tt.info); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s: printed\n%s\nwant\n%s", tt.name, b.String(), tt.want)
		}
	}
}
