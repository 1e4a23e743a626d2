package classify

import "unicode/utf8"

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvString is 64-bit FNV-1a; the scanners inline the same loop.
func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// fnvRune feeds the UTF-8 bytes of r into h.
func fnvRune(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = (h ^ uint64(b)) * fnvPrime
	}
	return h
}

// slotOf maps a key to its first slot: one multiply-shift (Fibonacci
// hashing), whose top bits mix every bit of the key, so FNV's weak low
// bits do not crowd the table.
func slotOf(k uint64, shift uint8) uint64 {
	// shift is below 64; saying so spares the compiler's test for a
	// shift by 64 or more on every probe
	return (k * 0x9e3779b97f4a7c15) >> (shift & 63)
}

// hashTable maps 64-bit word hashes to values with open addressing. It is
// built once and read-only afterwards, so concurrent readers need no lock,
// and a lookup costs one or two cache lines instead of a string map probe.
type table[V any] struct {
	// slots interleave keys and values so that a probe touches one cache
	// line, which matters for the 117,000-word sentiment table.
	slots []slot[V]
	mask  uint64
	// shift is 64 - log2(len(slots)), for slotOf.
	shift uint8
}

type slot[V any] struct {
	key uint64
	val V
}

// hashTable is the common word-to-weight table.
type hashTable = table[float32]

func newHashTable(n int) hashTable { return newTable[float32](n) }

func newTable[V any](n int) table[V] {
	size, bits := 16, uint8(4)
	for size < 2*n {
		size <<= 1
		bits++
	}
	return table[V]{slots: make([]slot[V], size), mask: uint64(size - 1), shift: 64 - bits}
}

// put stores v under k; key 0 is reserved as "empty" and remapped.
func (t *table[V]) put(k uint64, v V) {
	if k == 0 {
		k = 1
	}
	for i := slotOf(k, t.shift); ; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 || t.slots[i].key == k {
			t.slots[i] = slot[V]{k, v}
			return
		}
	}
}

func (t *table[V]) get(k uint64) (V, bool) {
	if k == 0 {
		k = 1
	}
	for i := slotOf(k, t.shift); ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return t.slots[i].val, true
		case 0:
			var zero V
			return zero, false
		}
	}
}

// find returns the value stored under k, nil if there is none: get,
// without copying a large value out of the table.
func (t *table[V]) find(k uint64) *V {
	if k == 0 {
		k = 1
	}
	for i := slotOf(k, t.shift); ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return &t.slots[i].val
		case 0:
			return nil
		}
	}
}

// filterBits is log2 of the size of a hashFilter in bits: 32 Kbit, 4 KB,
// which keeps false hits rare for the thousands of phrase anchors.
const filterBits = 15

// hashFilter is a set of hashes that can answer "certainly not a key"
// with one load from a bit set small enough to stay in the L1 cache. Most
// words of a mail are not phrase anchors, and the filter spares them the
// mixing and table probe of a lookup. A set bit only means "maybe".
type hashFilter [1 << filterBits / 64]uint64

func (f *hashFilter) add(h uint64) {
	i := h >> (64 - filterBits)
	f[i/64] |= 1 << (i % 64)
}

func (f *hashFilter) has(h uint64) bool {
	i := h >> (64 - filterBits)
	return f[i/64]&(1<<(i%64)) != 0
}
