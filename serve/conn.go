package main

import (
	"bytes"
	"errors"
	"net"
	"net/http"
	"os"
	"sync"
	"time"
)

// writeChunk is the most written to a connection under one deadline: a
// reader that takes up a chunk within the send timeout keeps the
// connection, however long the whole answer takes.
const writeChunk = 16 << 10

// guardedConn is one client connection as the server sees it. Every write
// gets a fresh deadline of sendTimeout (nginx's send_timeout: the time
// allowed between two successful writes, not for the whole answer), so a
// client that stops reading is cut while a slow but steady one is served
// to the end. Where the kernel tells how much it still holds for the
// client (Linux), a deadline that passes while that amount has dropped is
// renewed too: the kernel wakes a blocked writer only once a good part of
// a large send buffer is free, which a slow reader may take longer than
// the timeout to drain. It also adds the security headers to the few answers Go's
// HTTP server writes by itself (400, 431, 501, 505), and gives its slot
// back to the listener when closed.
type guardedConn struct {
	net.Conn
	sendTimeout time.Duration
	headers     []byte // "Name: value\r\n" lines of the security headers
	release     func()
	closeOnce   sync.Once
}

func (c *guardedConn) Write(p []byte) (int, error) {
	p = c.withHeaders(p)
	written := 0
	for len(p) > 0 {
		n := min(len(p), writeChunk)
		if err := c.Conn.SetWriteDeadline(time.Now().Add(c.sendTimeout)); err != nil {
			return written, err
		}
		queued, known := unsent(c.Conn)
		m, err := c.Conn.Write(p[:n])
		written += m
		p = p[m:]
		if err == nil {
			continue
		}
		if !errors.Is(err, os.ErrDeadlineExceeded) || !known {
			return written, err
		}
		// Timed out: go on only if the client took bytes meanwhile.
		if now, ok := unsent(c.Conn); m == 0 && (!ok || now >= queued) {
			return written, err
		}
	}
	return written, nil
}

// cannedHeaders ends the header block of every answer net/http writes to
// the connection itself, bypassing the handler (see conn.serve in
// net/http/server.go).
var cannedHeaders = []byte("\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n")

// withHeaders returns p with the security headers added when p is one of
// net/http's own error answers, which carry none. A handler's answer
// already has them (the secure middleware) and is returned unchanged.
func (c *guardedConn) withHeaders(p []byte) []byte {
	if !bytes.HasPrefix(p, []byte("HTTP/1.1 ")) {
		return p
	}
	end := bytes.Index(p, cannedHeaders)
	if end < 0 || bytes.Contains(p[:end], []byte("\r\nContent-Security-Policy:")) {
		return p
	}
	out := make([]byte, 0, len(p)+len(c.headers))
	out = append(out, p[:end+2]...) // the status line and its CRLF
	out = append(out, c.headers...)
	return append(out, p[end+2:]...)
}

// CloseWrite lets net/http half-close the connection after an error
// answer, as it does on a bare *net.TCPConn.
func (c *guardedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

func (c *guardedConn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(c.release)
	return err
}

// headerLines renders headers as the lines of an HTTP header block.
func headerLines(h http.Header) []byte {
	var b bytes.Buffer
	h.Write(&b)
	return b.Bytes()
}
