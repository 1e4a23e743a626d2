package classify

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Model is a logistic regression over hashed features: the probability of
// the positive class is sigmoid(sum of the weights of the features present,
// times their values). It is small, fast, and fully explained by its
// weights, which is why Hotline trains its own instead of using a library.
type Model struct {
	Config  FeatureConfig
	Weights []float32
}

// modelMagic starts every model file, with a version byte after it.
const modelMagic = "HLMD"

const modelVersion = 1

// MarshalBinary encodes the model: magic, version, the feature
// configuration, the weight count and the weights as little-endian float32.
func (m *Model) MarshalBinary() ([]byte, error) {
	if len(m.Weights) != 1<<m.Config.Bits {
		return nil, fmt.Errorf("model has %d weights, config wants %d", len(m.Weights), 1<<m.Config.Bits)
	}
	out := make([]byte, 0, 16+4*len(m.Weights))
	out = append(out, modelMagic...)
	var flags byte
	if m.Config.Bigrams {
		flags |= 1
	}
	if m.Config.Norm {
		flags |= 2
	}
	out = append(out, modelVersion, m.Config.Bits, flags, m.Config.CharMin, m.Config.CharMax, m.Config.NegMode, m.Config.NegScope, 0)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(m.Weights)))
	for _, w := range m.Weights {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(w))
	}
	return out, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (m *Model) UnmarshalBinary(data []byte) error {
	if len(data) < 16 || string(data[:4]) != modelMagic {
		return errors.New("not a hotline model file")
	}
	if data[4] != modelVersion {
		return fmt.Errorf("model version %d, want %d", data[4], modelVersion)
	}
	cfg := FeatureConfig{Bits: data[5], Bigrams: data[6]&1 != 0, Norm: data[6]&2 != 0, CharMin: data[7], CharMax: data[8], NegMode: data[9], NegScope: data[10]}
	if cfg.Bits < 4 || cfg.Bits > 26 {
		return fmt.Errorf("model has %d hash bits", cfg.Bits)
	}
	if cfg.CharMax < cfg.CharMin || (cfg.CharMax > 0 && cfg.CharMin == 0) {
		return fmt.Errorf("model has character n-grams %d..%d", cfg.CharMin, cfg.CharMax)
	}
	if cfg.NegMode > 2 {
		return fmt.Errorf("model has negation mode %d", cfg.NegMode)
	}
	n := binary.LittleEndian.Uint32(data[12:16])
	if n != 1<<cfg.Bits || len(data) != 16+4*int(n) {
		return fmt.Errorf("model size: %d weights in %d bytes for %d hash bits", n, len(data), cfg.Bits)
	}
	w := make([]float32, n)
	for i := range w {
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[16+4*i:]))
	}
	m.Config, m.Weights = cfg, w
	return nil
}

// margin is the linear score (log-odds) of a feature vector.
func (m *Model) margin(feats []feat) float64 {
	var z float32
	for _, f := range feats {
		z += m.Weights[f.idx] * f.val
	}
	return float64(z)
}
