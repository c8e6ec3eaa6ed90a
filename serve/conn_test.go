package main

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// guarded serves h on a loopback port behind a guardedListener and returns
// its address.
func guarded(t *testing.T, h http.Handler, max int, sendTimeout time.Duration) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, MaxHeaderBytes: 4 << 10, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(newGuardedListener(ln, max, maxRefusing, sendTimeout, securityHeaders("'self'")))
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// raw sends req on a new connection and returns all the server answers
// before it closes the connection.
func raw(t *testing.T, addr, req string) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(c)
	return string(b)
}

// The answers net/http writes by itself, for requests it cannot parse, carry
// the security headers like every other answer.
func TestOwnErrorsCarrySecurityHeaders(t *testing.T) {
	addr := guarded(t, routes(testFS(), testOptions("'self'")), 16, time.Minute)
	for _, tc := range []struct{ name, req, status, body string }{
		{"malformed header", "GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", "400 Bad Request", "400"},
		{"missing host", "GET / HTTP/1.1\r\n\r\n", "400 Bad Request", "400"},
		{"headers too large", "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 8<<10) + "\r\n\r\n", "431 Request Header Fields Too Large", "431"},
		{"unknown version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", "505 HTTP Version Not Supported", "505"},
		{"unknown transfer coding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: rot13\r\n\r\n", "501 Not Implemented", "Unsupported transfer encoding"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := raw(t, addr, tc.req)
			head, body, _ := strings.Cut(got, "\r\n\r\n")
			if !strings.HasPrefix(head, "HTTP/1.1 "+tc.status) {
				t.Fatalf("answer %q, want %s", got, tc.status)
			}
			for _, h := range []string{"\r\nContent-Security-Policy: default-src 'self';", "\r\nX-Content-Type-Options: nosniff\r\n", "\r\nReferrer-Policy: strict-origin-when-cross-origin\r\n", "\r\nConnection: close"} {
				if !strings.Contains(head+"\r\n", h) {
					t.Errorf("head lacks %q:\n%s", h, head)
				}
			}
			if !strings.Contains(body, tc.body) {
				t.Errorf("body %q", body)
			}
		})
	}
	// A handler's answer is left as it is: its headers appear once.
	if got := raw(t, addr, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"); strings.Count(got, "Content-Security-Policy") != 1 || !strings.HasSuffix(got, "ok\n") {
		t.Errorf("healthz answered %q", got)
	}
}

// smallReceiver dials addr with a small receive buffer, so that the kernel
// holds little of what the server sends on the reader's behalf.
func smallReceiver(t *testing.T, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
		var serr error
		rc.Control(func(fd uintptr) { serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
		return serr
	}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// A client that reads nothing is cut after the send timeout; one that reads
// slowly but steadily gets the whole answer, though it takes longer than the
// timeout (the deadline is renewed on each write, not set for the answer).
func TestSendTimeout(t *testing.T) {
	// More than the kernel buffers on loopback for the stalled client; less,
	// to keep the test short, for the steady one.
	const size = 1 << 20
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<20)
	done := make(chan error, 8)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := big[:size]
		if r.URL.Path == "/big" {
			body = big
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, err := w.Write(body)
		done <- err
	})
	const timeout = 400 * time.Millisecond
	addr := guarded(t, h, 16, timeout)

	stalled := smallReceiver(t, addr)
	io.WriteString(stalled, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("the whole answer was written to a client that reads nothing")
		}
	case <-time.After(60 * time.Second):
		t.Fatal("a client that reads nothing still holds its connection after a minute")
	}

	steady := smallReceiver(t, addr)
	io.WriteString(steady, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	start := time.Now()
	rd := bufio.NewReader(steady)
	resp, err := http.ReadResponse(rd, nil)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 32<<10)
	got := 0
	for {
		n, err := resp.Body.Read(buf)
		got += n
		if err != nil {
			break
		}
		time.Sleep(8 * time.Millisecond) // far slower than the server, never idle for long
	}
	if got != size {
		t.Errorf("a steady reader got %d of %d bytes in %v", got, size, time.Since(start))
	}
	if err := <-done; err != nil {
		t.Errorf("the steady reader's answer failed: %v", err)
	}
	t.Logf("steady reader took %v with a send timeout of %v", time.Since(start).Round(time.Millisecond), timeout)
}

// Over the cap, a connection is answered 503 at once, with the security
// headers and a Retry-After; a freed slot is taken again.
func TestConnectionCap(t *testing.T) {
	addr := guarded(t, routes(testFS(), testOptions("'self'")), 2, time.Minute)
	var held []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		// A request answered proves the server holds the connection.
		io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("held connection: %v %v", resp, err)
		}
		held = append(held, c)
	}
	got := raw(t, addr, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	for _, want := range []string{"HTTP/1.1 503 Service Unavailable\r\n", "\r\nRetry-After: 5\r\n", "\r\nContent-Security-Policy: ", "\r\nX-Content-Type-Options: nosniff\r\n", busyBody} {
		if !strings.Contains(got, want) {
			t.Errorf("over the cap: %q lacks %q", got, want)
		}
	}
	held[0].Close()
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := raw(t, addr, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		if strings.HasPrefix(got, "HTTP/1.1 200 OK") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("a closed connection's slot was never freed: %q", got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
