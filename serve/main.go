// Command serve is the explorer's file server: one binary that serves the
// built site (embedded by `make serve-bin`, or from -dir), precompressed,
// with caching, security headers, /healthz and /oembed.
//
//	go run ./serve -dir dist -addr 127.0.0.1:8080
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	dir := flag.String("dir", "", "serve the site from this directory instead of the embedded one")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	ancestors := flag.String("frame-ancestors", "*", "CSP frame-ancestors: who may embed the explorer, e.g. \"'self' https://news.example\"")
	logRequests := flag.Bool("log", false, "log one line per request (JSON)")
	flag.Parse()

	var fsys fs.FS
	source := "the embedded site"
	if *dir != "" {
		if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
			log.Fatalf("serve: %s is not a directory; run `make build` first", *dir)
		}
		fsys, source = os.DirFS(*dir), *dir
	} else if fsys = embeddedSite(); fsys == nil {
		log.Fatal("serve: this binary has no site embedded: build it with `make serve-bin`, or pass -dir dist")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	var h http.Handler = routes(fsys, *ancestors)
	if *logRequests {
		h = logged(h, slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
	fmt.Printf("Pax Silica Explorer: serving %s at http://%s/\n", source, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			log.Fatalf("serve: %v", err)
		}
	case <-ctx.Done():
		// Requests in flight finish; new connections are refused.
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			log.Printf("serve: shutdown: %v", err)
		}
		fmt.Println("serve: stopped")
	}
}

// routes is the whole server: the site, /healthz and /oembed, behind the
// security headers. No ServeMux: it would redirect "/a/../.env" to a cleaned
// path, where a refusal is wanted.
func routes(fsys fs.FS, frameAncestors string) http.Handler {
	files := &site{fsys: fsys}
	return secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthz":
			healthz(w, r)
		case "/oembed":
			oEmbed(w, r)
		default:
			files.ServeHTTP(w, r)
		}
	}), frameAncestors)
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

// logged logs one structured line per request.
func logged(next http.Handler, l *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		l.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "bytes", sw.bytes,
			"encoding", w.Header().Get("Content-Encoding"), "ms", float64(time.Since(start).Microseconds())/1000)
	})
}
