// Package loadgen sends a bounded burst of HTTP requests over many
// connections and checks every answer, for the server's load test and for
// comparing it with nginx in `make bench`. Loopback only: callers pass
// their own local server's URL.
package loadgen

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Result of a run.
type Result struct {
	Requests, Errors int64
	Bytes            int64
	Elapsed          time.Duration
}

// PerSecond is the throughput in requests per second.
func (r Result) PerSecond() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

// Run sends n GET requests over conc connections, cycling through the paths
// of want (path → expected body), every third asking for gzip. An answer
// counts as an error unless it is 200 with the expected bytes (compressed
// answers are checked for status and a non-empty body).
func Run(base string, want map[string][]byte, n, conc int) Result {
	paths := make([]string, 0, len(want))
	for p := range want {
		paths = append(paths, p)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc, DisableCompression: true,
		DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	var next, errs, bytesRead int64
	var wg sync.WaitGroup
	start := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := atomic.AddInt64(&next, 1)
				if i > int64(n) {
					return
				}
				p := paths[int(i)%len(paths)]
				req, _ := http.NewRequest("GET", base+p, nil)
				if i%3 == 0 {
					req.Header.Set("Accept-Encoding", "gzip")
				}
				resp, err := client.Do(req)
				if err != nil {
					atomic.AddInt64(&errs, 1)
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				atomic.AddInt64(&bytesRead, int64(len(body)))
				ok := err == nil && resp.StatusCode == http.StatusOK && len(body) > 0
				if ok && resp.Header.Get("Content-Encoding") == "" {
					ok = bytes.Equal(body, want[p])
				}
				if !ok {
					atomic.AddInt64(&errs, 1)
				}
			}
		}()
	}
	wg.Wait()
	return Result{Requests: int64(n), Errors: errs, Bytes: bytesRead, Elapsed: time.Since(start)}
}
