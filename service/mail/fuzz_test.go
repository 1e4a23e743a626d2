package mail

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks that no input makes Parse panic, break its limits or
// return invalid UTF-8. Seeds are the golden corpus plus testdata/fuzz.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.eml"))
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	opts := Options{MaxBytes: 64 << 10, MaxTextBytes: 4 << 10}
	// One Parser for every input: what it keeps from one message must
	// never show in the next.
	var ps Parser
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(bytes.NewReader(raw), opts)
		reused, rerr := ps.Parse(bytes.NewReader(raw), opts)
		if !reflect.DeepEqual(m, reused) || fmt.Sprint(err) != fmt.Sprint(rerr) {
			t.Fatalf("a reused Parser differs:\n got %+v, %v\nwant %+v, %v", reused, rerr, m, err)
		}
		if err != nil {
			if m != nil {
				t.Fatalf("Parse returned both a message and error %v", err)
			}
			return
		}
		checkInvariants(t, m, int64(len(raw)), opts.withDefaults())
	})
}
