package classify

import (
	"fmt"
	"os"
)

// ReadModelFile reads a model written with MarshalBinary, as `hotline
// train` does, to measure or use in place of the embedded one.
func ReadModelFile(path string) (*Model, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := new(Model)
	if err := m.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
