// Command serve is the explorer's file server: one binary that serves the
// built site (embedded by `make serve-bin`, or from -dir), precompressed,
// with caching, security headers, /healthz and /oembed. It cuts clients
// that stop reading and caps the connections it holds.
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
	"strings"
	"syscall"
	"time"
)

// options are the server's settings, from its flags.
type options struct {
	frameAncestors string
	public         publicSite
}

func main() {
	dir := flag.String("dir", "", "serve the site from this directory instead of the embedded one")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	ancestors := flag.String("frame-ancestors", "*", "CSP frame-ancestors: who may embed the explorer, e.g. \"'self' https://news.example\"")
	publicOrigin := flag.String("public-origin", "", "the origin readers reach the explorer at, e.g. https://explorer.example; /oembed writes its iframes there")
	hosts := flag.String("hosts", "", "without -public-origin: comma-separated host[:port] names /oembed may take from the request's Host (default: the listening address)")
	sendTimeout := flag.Duration("send-timeout", 60*time.Second, "cut a client that takes none of an answer for this long (renewed on every write, like nginx's send_timeout)")
	maxConns := flag.Int("max-conns", 1024, "most connections held at once, lowered to fit the open-file limit; the excess is answered 503")
	logRequests := flag.Bool("log", false, "log one line per request (JSON)")
	flag.Parse()

	if err := checkFrameAncestors(*ancestors); err != nil {
		log.Fatalf("serve: %v", err)
	}
	if *sendTimeout <= 0 || *maxConns < 1 {
		log.Fatalf("serve: -send-timeout and -max-conns must be positive")
	}
	opts := options{frameAncestors: *ancestors}
	if *publicOrigin != "" {
		o, err := parseOrigin(*publicOrigin)
		if err != nil {
			log.Fatalf("serve: -public-origin: %v", err)
		}
		opts.public.origin = o
	}

	var fsys fs.FS
	source, filesPerConn := "the embedded site", 1
	if *dir != "" {
		if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
			log.Fatalf("serve: %s is not a directory; run `make build` first", *dir)
		}
		fsys, source, filesPerConn = os.DirFS(*dir), *dir, 2
	} else if fsys = embeddedSite(); fsys == nil {
		log.Fatal("serve: this binary has no site embedded: build it with `make serve-bin`, or pass -dir dist")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	opts.public.hosts = allowedHosts(*hosts, ln.Addr())
	limit, limited := openFileLimit()
	conns, refusing := connBudget(*maxConns, limit, limited, filesPerConn)
	if conns < *maxConns {
		log.Printf("serve: -max-conns lowered from %d to %d to fit the open-file limit of %d (with %d refusals at once)", *maxConns, conns, limit, refusing)
	}
	var h http.Handler = routes(fsys, opts)
	if *logRequests {
		h = logged(h, slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          log.New(os.Stderr, "serve: ", log.LstdFlags),
	}
	fmt.Printf("Pax Silica Explorer: serving %s at http://%s/\n", source, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() {
		done <- srv.Serve(newGuardedListener(ln, conns, refusing, *sendTimeout, securityHeaders(*ancestors)))
	}()
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

// allowedHosts returns the hosts /oembed may take from a request: those of
// the -hosts flag, or else the listening address (with "localhost" for a
// loopback one). An unspecified address (0.0.0.0) names no host.
func allowedHosts(flagValue string, addr net.Addr) map[string]bool {
	out := map[string]bool{}
	if flagValue != "" {
		for _, h := range strings.Split(flagValue, ",") {
			if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
				out[h] = true
			}
		}
		return out
	}
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || tcp.IP.IsUnspecified() {
		return out
	}
	out[strings.ToLower(tcp.String())] = true
	if tcp.IP.IsLoopback() {
		out[fmt.Sprintf("localhost:%d", tcp.Port)] = true
	}
	return out
}

// routes is the whole server: the site, /healthz and /oembed, behind the
// security headers. No ServeMux: it would redirect "/a/../.env" to a cleaned
// path, where a refusal is wanted.
func routes(fsys fs.FS, opts options) http.Handler {
	files := &site{fsys: fsys}
	previews := newPreviews(fsys, opts.public)
	return secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthz":
			healthz(w, r)
		case "/oembed":
			opts.public.oEmbed(w, r)
		case "/preview.png":
			previews.serveImage(w, r)
		case "/", "/index.html":
			if !previews.servePage(w, r) {
				files.ServeHTTP(w, r)
			}
		default:
			files.ServeHTTP(w, r)
		}
	}), opts.frameAncestors)
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
