package loadgen

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRunCountsWrongAnswers(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good":
			w.Write([]byte("hello"))
		case "/wrong":
			w.Write([]byte("not what you asked for"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	for _, tc := range []struct {
		name string
		want map[string][]byte
		errs int64
	}{
		{"all good", map[string][]byte{"/good": []byte("hello")}, 0},
		{"wrong bytes", map[string][]byte{"/wrong": []byte("hello")}, 100},
		{"missing", map[string][]byte{"/missing": []byte("x")}, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(srv.URL, tc.want, 100, 8)
			if r.Errors != tc.errs || r.Requests != 100 || r.PerSecond() <= 0 {
				t.Errorf("%+v, want %d errors", r, tc.errs)
			}
		})
	}
}
