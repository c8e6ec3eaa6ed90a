package mapdata

import (
	"os"
	"testing"
)

// BenchmarkDecode is the geometry load: the shipped file to a World.
func BenchmarkDecode(b *testing.B) {
	raw, err := os.ReadFile("../../data/world-50m.bin")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Decode(raw); err != nil {
			b.Fatal(err)
		}
	}
}
