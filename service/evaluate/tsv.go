// Package evaluate measures how well a score ranks labelled texts: it reads
// the tab-separated evaluation sets and computes ROC AUC, average precision
// and precision, recall and F1 at a threshold.
package evaluate

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Example is one labelled text from an evaluation set.
type Example struct {
	Text  string
	Label bool
	// ID is the row's "id" column, empty when the file has none; it
	// assigns rows to cross-validation folds (see Fold).
	ID string
	// Tags are the comma-separated names in the row's "labels" column
	// (GoEmotions lists every emotion the raters marked there), nil when
	// the file has none. They let training use related labels.
	Tags []string
	// Weight is the row's loss weight in training, 0 for the default;
	// ReadTSV leaves it 0 and Weigh sets it.
	Weight float64
}

// maxLine bounds one TSV row; long Reddit comments and mails fit easily.
const maxLine = 16 << 20

// ReadTSV reads a tab-separated file with a header row, returning the text
// column and the 0/1 label column named label. A label written
// COLUMN=VALUE is 1 where that column holds exactly VALUE and 0 elsewhere
// ("labels=neutral" picks GoEmotions rows whose only label is neutral).
// Fields are split on tabs only: quotes are part of the text, because the
// sets are not CSV-quoted.
func ReadTSV(r io.Reader, label string) ([]Example, error) {
	labelName, want, byValue := strings.Cut(label, "=")
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read header: %w", err)
		}
		return nil, fmt.Errorf("read header: empty input")
	}
	header := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
	textCol, labelCol, idCol, tagsCol := -1, -1, -1, -1
	for i, h := range header {
		switch h {
		case "text":
			textCol = i
		case labelName:
			labelCol = i
		case "id":
			idCol = i
		case "labels":
			tagsCol = i
		}
	}
	if textCol < 0 {
		return nil, fmt.Errorf("header has no %q column (have %s)", "text", strings.Join(header, ", "))
	}
	if labelCol < 0 {
		return nil, fmt.Errorf("header has no label column %q (have %s)", labelName, strings.Join(header, ", "))
	}
	var out []Example
	line := 1
	for sc.Scan() {
		line++
		row := strings.TrimRight(sc.Text(), "\r")
		if row == "" {
			continue
		}
		fields := strings.Split(row, "\t")
		if len(fields) != len(header) {
			return nil, fmt.Errorf("line %d: %d fields, header has %d", line, len(fields), len(header))
		}
		var y bool
		switch v := strings.TrimSpace(fields[labelCol]); {
		case byValue:
			y = v == want
		case v == "1":
			y = true
		case v == "0":
		default:
			return nil, fmt.Errorf("line %d: label %q is %q, want 0 or 1", line, label, fields[labelCol])
		}
		ex := Example{Text: fields[textCol], Label: y}
		if idCol >= 0 {
			ex.ID = fields[idCol]
		}
		if tagsCol >= 0 && strings.TrimSpace(fields[tagsCol]) != "" {
			ex.Tags = strings.Split(strings.TrimSpace(fields[tagsCol]), ",")
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return out, nil
}

// ReadTSVFile is ReadTSV on a named file.
func ReadTSVFile(path, label string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ex, err := ReadTSV(f, label)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ex, nil
}

// HasTag reports whether the row's labels column lists tag.
func (e Example) HasTag(tag string) bool {
	for _, t := range e.Tags {
		if strings.TrimSpace(t) == tag {
			return true
		}
	}
	return false
}

// Fold assigns a row to one of k cross-validation folds by an FNV-1a hash of
// its id, so the split is the same on every run and does not depend on the
// order of the file. Rows without an id should be given their line number.
func Fold(id string, k int) int {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return int(h % uint64(k))
}
