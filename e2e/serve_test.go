package e2e

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The page advertises its oEmbed endpoint, and the endpoint answers for it.
func TestOEmbedDiscovery(t *testing.T) {
	t.Parallel()
	resp, err := http.Get(siteURL)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	const link = `<link rel="alternate" type="application/json+oembed" href="oembed?format=json&amp;url=%2F"`
	if !strings.Contains(string(page), link) {
		t.Fatalf("index.html lacks the oEmbed discovery link")
	}
	resp, err = http.Get(siteURL + "oembed?format=json&url=%2F%3Fcountry%3DJPN")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `country=JPN`) || !strings.Contains(string(body), `"type":"rich"`) {
		t.Errorf("oEmbed answered %d: %s", resp.StatusCode, body)
	}
}

// On SIGTERM the server stops taking connections but lets a download in
// flight finish, then exits cleanly.
func TestGracefulShutdown(t *testing.T) {
	t.Parallel()
	cmd := exec.Command(serveBin, "-dir", filepath.Join(repoRoot, "dist"), "-addr", "127.0.0.1:0")
	dieWithTests(cmd)
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	rd := bufio.NewReader(out)
	line, _ := rd.ReadString('\n')
	url := strings.TrimSpace(line[strings.Index(line, "http://"):])
	wasm := distFile(t, "explorer")
	want, _ := os.ReadFile(filepath.Join(repoRoot, "dist", wasm))
	resp, err := http.Get(url + wasm)
	if err != nil {
		t.Fatal(err)
	}
	// Read a little, stop the server, then read the rest slowly.
	head := make([]byte, 64<<10)
	if _, err := io.ReadFull(resp.Body, head); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	waitUntil(t, context.Background(), "serve to stop taking connections", func() (bool, string) {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err != nil, "it still accepts connections"
	})
	rest, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || len(head)+len(rest) != len(want) {
		t.Errorf("download in flight cut short: %d of %d bytes (%v)", len(head)+len(rest), len(want), err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve exited with %v", err)
		}
	case <-time.After(waitLimit):
		t.Error("serve did not exit after SIGTERM")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("serve still answers after shutting down")
	}
}
