package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// guardedListener accepts at most max connections at once; each is a
// guardedConn. A connection over the cap is answered at once with 503 and
// a Retry-After, then closed, so the server never runs out of file
// descriptors (which would stall every client, load balancers' health
// checks included) and a client over the cap learns it at once instead of
// waiting in the kernel's queue.
type guardedListener struct {
	net.Listener
	max         int
	sendTimeout time.Duration
	headers     []byte

	mu      sync.Mutex
	active  int
	refused int

	refusing chan struct{} // a slot per refusal being written
}

// maxRefusing bounds the refusals in flight (connBudget may allow fewer);
// past it a connection over the cap is closed without an answer.
const maxRefusing = 64

// newGuardedListener holds at most max connections at once and writes at
// most refusing 503 answers at once (connBudget).
func newGuardedListener(ln net.Listener, max, refusing int, sendTimeout time.Duration, security http.Header) *guardedListener {
	return &guardedListener{Listener: ln, max: max, sendTimeout: sendTimeout, headers: headerLines(security),
		refusing: make(chan struct{}, refusing)}
}

func (l *guardedListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		l.mu.Lock()
		full := l.active >= l.max
		if full {
			l.refused++
		} else {
			l.active++
		}
		refused := l.refused
		l.mu.Unlock()
		if full {
			select {
			case l.refusing <- struct{}{}:
				go func() { l.refuse(c, refused); <-l.refusing }()
			default:
				c.Close()
			}
			continue
		}
		return &guardedConn{Conn: c, sendTimeout: l.sendTimeout, headers: l.headers, release: l.release}, nil
	}
}

func (l *guardedListener) release() {
	l.mu.Lock()
	l.active--
	l.mu.Unlock()
}

// busyBody is the text of the answer to a connection over the cap.
const busyBody = "503 the server is busy: too many connections; try again in a few seconds\n"

// refuse answers a connection over the cap with 503 and closes it. The
// answer is a few hundred bytes to a fresh socket, so the write does not
// wait on the client; its deadline is a guard all the same. The request is
// read (briefly) before closing, so that the kernel does not reset the
// connection and lose the answer.
func (l *guardedListener) refuse(c net.Conn, refused int) {
	defer c.Close()
	if refused == 1 || refused%1000 == 0 {
		log.Printf("serve: %d connections open, the most allowed (-max-conns); %d refused with 503 so far", l.max, refused)
	}
	var b strings.Builder
	b.WriteString("HTTP/1.1 503 Service Unavailable\r\n")
	b.Write(l.headers)
	fmt.Fprintf(&b, "Retry-After: 5\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(busyBody), busyBody)
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte(b.String())); err != nil {
		return
	}
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	}
	io.Copy(io.Discard, io.LimitReader(c, 64<<10))
}
