package sitefiles

import "testing"

func TestHashed(t *testing.T) {
	a := Hashed("explorer.wasm", []byte("one"))
	b := Hashed("explorer.wasm", []byte("two"))
	if a == b || !IsHashed(a) || !IsHashed(b) || len(a) != len("explorer.wasm")+hashLen+1 {
		t.Errorf("Hashed gave %q and %q", a, b)
	}
	for _, tc := range []struct {
		name string
		want bool
	}{{"explorer.wasm", false}, {"index.html", false}, {"dataset.json", false}, {"app.0123456789.js", true}, {"app.0123456789.js.br", false}, {"app.01234567.js", false}} {
		if got := IsHashed(tc.name); got != tc.want {
			t.Errorf("IsHashed(%q) = %v", tc.name, got)
		}
	}
	if !Compressible(".wasm") || Compressible(".png") {
		t.Error("Compressible")
	}
}
