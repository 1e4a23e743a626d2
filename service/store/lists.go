package store

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

type listColumns struct{ refs, attachments, problems, reasons string }

// encodeLists encodes the list fields of m as JSON, the way json.Marshal
// does. Nearly every message has references and many have reasons:
// json.Marshal spent microseconds per message on them, a visible share of
// recording a first sync, so the common shapes are written directly and
// anything else (a string that needs escaping, a weight json writes with
// an exponent) goes to json.Marshal.
func encodeLists(m *Message) (listColumns, error) {
	var c listColumns
	var err error
	enc := func(v any) string {
		if err != nil {
			return ""
		}
		var b []byte
		b, err = json.Marshal(v)
		return string(b)
	}
	// Most lists are empty, and json.Marshal costs microseconds even then.
	c.refs, c.attachments, c.problems, c.reasons = "[]", "[]", "[]", "[]"
	if len(m.References) > 0 {
		n := 2
		for _, r := range m.References {
			n += len(r) + 3
		}
		if b, ok := appendStrings(make([]byte, 0, n), m.References); ok {
			c.refs = string(b)
		} else {
			c.refs = enc(m.References)
		}
	}
	if len(m.Attachments) > 0 {
		c.attachments = enc(m.Attachments)
	}
	if len(m.Problems) > 0 {
		c.problems = enc(m.Problems)
	}
	if len(m.Reasons) > 0 {
		n := 2
		for _, r := range m.Reasons {
			n += len(r.Signal) + len(r.Phrase) + 96
		}
		if b, ok := appendReasons(make([]byte, 0, n), m.Reasons); ok {
			c.reasons = string(b)
		} else {
			c.reasons = enc(m.Reasons)
		}
	}
	if err != nil {
		return c, fmt.Errorf("encode lists: %w", err)
	}
	return c, nil
}

// appendStrings appends ss as a JSON array, or reports false when a
// string needs escaping.
func appendStrings(b []byte, ss []string) ([]byte, bool) {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		if b, ok = appendString(b, s); !ok {
			return nil, false
		}
	}
	return append(b, ']'), true
}

// appendString appends s as a JSON string when json.Marshal would write it
// unchanged between quotes: printable ASCII other than the quote, the
// backslash and the three characters it escapes for HTML.
func appendString(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return nil, false
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"'), true
}

// appendReasons appends rs as json.Marshal would, or reports false.
func appendReasons(b []byte, rs []Reason) ([]byte, bool) {
	b = append(b, '[')
	for i, r := range rs {
		if i > 0 {
			b = append(b, ',')
		}
		var ok bool
		b = append(b, `{"Signal":`...)
		if b, ok = appendString(b, r.Signal); !ok {
			return nil, false
		}
		b = append(b, `,"Weight":`...)
		if b, ok = appendFloat(b, r.Weight); !ok {
			return nil, false
		}
		b = append(b, `,"Phrase":`...)
		if b, ok = appendString(b, r.Phrase); !ok {
			return nil, false
		}
		b = append(b, `,"Start":`...)
		b = strconv.AppendInt(b, int64(r.Start), 10)
		b = append(b, `,"End":`...)
		b = strconv.AppendInt(b, int64(r.End), 10)
		b = append(b, '}')
	}
	return append(b, ']'), true
}

// appendFloat appends f as json.Marshal writes a float64 in the range it
// writes without an exponent, or reports false.
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if abs := math.Abs(f); math.IsNaN(f) || math.IsInf(f, 0) || (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
		return nil, false
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64), true
}
