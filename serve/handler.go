package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"paxsilica/internal/kit/sitefiles"
)

// contentTypes fixes the types that matter and that a system's MIME table
// may lack or get wrong.
var contentTypes = map[string]string{
	".wasm":  "application/wasm",
	".js":    "text/javascript; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".html":  "text/html; charset=utf-8",
	".json":  "application/json",
	".bin":   "application/octet-stream",
	".png":   "image/png",
	".svg":   "image/svg+xml",
	".md":    "text/markdown; charset=utf-8",
	".zip":   "application/zip",
	".woff2": "font/woff2",
	".txt":   "text/plain; charset=utf-8",
}

// site serves the files of the built explorer from fsys: "/" is index.html;
// directories, dot-files and missing files are 404 with a short message.
// Precompressed copies (name.br, name.gz) are served to clients that accept
// them; nothing is compressed per request.
type site struct {
	fsys fs.FS

	mu    sync.Mutex
	etags map[string]etag // by file name, for the representation's bytes
}

type etag struct {
	size int64
	mod  time.Time
	tag  string
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: "+r.Method, http.StatusMethodNotAllowed)
		return
	}
	name, ok := siteFile(r.URL.Path)
	if !ok {
		http.Error(w, "404 not found: "+r.URL.Path, http.StatusNotFound)
		return
	}
	ext := path.Ext(name)
	// Pick the representation: brotli, then gzip, then the file itself.
	served, encoding := name, ""
	if sitefiles.Compressible(ext) {
		w.Header().Add("Vary", "Accept-Encoding")
		for _, enc := range preferredEncodings(r.Header.Get("Accept-Encoding")) {
			if st, err := fs.Stat(s.fsys, name+encSuffix[enc]); err == nil && !st.IsDir() {
				served, encoding = name+encSuffix[enc], enc
				break
			}
		}
	}
	f, err := s.fsys.Open(served)
	if notAFile(err) {
		http.Error(w, "404 not found: "+r.URL.Path, http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "500 cannot read "+r.URL.Path, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.Error(w, "404 not found: "+r.URL.Path, http.StatusNotFound)
		return
	}
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, "500 file not seekable: "+r.URL.Path, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	ct := contentTypes[ext]
	if ct == "" {
		ct = mime.TypeByExtension(ext)
	}
	if ct != "" {
		h.Set("Content-Type", ct)
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	if sitefiles.IsHashed(name) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	tag, err := s.etag(served, st, rs)
	if err != nil {
		http.Error(w, "500 cannot read "+r.URL.Path, http.StatusInternalServerError)
		return
	}
	h.Set("ETag", tag)
	// ServeContent answers If-None-Match with 304, HEAD, and byte ranges
	// (of the representation sent, as HTTP defines them).
	http.ServeContent(w, r, "", st.ModTime(), rs)
}

// etag returns the strong ETag of a file's bytes: a hash, cached until the
// file's size or time changes.
func (s *site) etag(name string, st fs.FileInfo, rs io.ReadSeeker) (string, error) {
	s.mu.Lock()
	e, ok := s.etags[name]
	s.mu.Unlock()
	if ok && e.size == st.Size() && e.mod.Equal(st.ModTime()) {
		return e.tag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, rs); err != nil {
		return "", err
	}
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag := `"` + hex.EncodeToString(h.Sum(nil))[:20] + `"`
	s.mu.Lock()
	if s.etags == nil {
		s.etags = map[string]etag{}
	}
	s.etags[name] = etag{size: st.Size(), mod: st.ModTime(), tag: tag}
	s.mu.Unlock()
	return tag, nil
}

var encSuffix = map[string]string{"br": ".br", "gzip": ".gz"}

// preferredEncodings returns the encodings to try, br before gzip, among
// those the Accept-Encoding header allows (q > 0; "*" allows both).
func preferredEncodings(header string) []string {
	q := map[string]float64{}
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		name := strings.ToLower(strings.TrimSpace(fields[0]))
		if name == "" {
			continue
		}
		v := 1.0
		for _, p := range fields[1:] {
			p = strings.TrimSpace(p)
			if strings.HasPrefix(p, "q=") {
				if f, err := strconv.ParseFloat(p[2:], 64); err == nil {
					v = f
				}
			}
		}
		q[name] = v
	}
	var out []string
	for _, enc := range []string{"br", "gzip"} {
		v, ok := q[enc]
		if !ok {
			v, ok = q["*"]
		}
		if ok && v > 0 {
			out = append(out, enc)
		}
	}
	return out
}

// notAFile reports whether an error opening a path means there is no such
// file in the site: missing, a file used as a folder ("/index.html/x") or
// a name the file system cannot hold. Those are 404; only a real failure to
// read a file that exists is 500.
func notAFile(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) ||
		errors.Is(err, syscall.ENOTDIR) || errors.Is(err, syscall.ENAMETOOLONG)
}

// Longest path and path segment that can name a site file (Linux's
// PATH_MAX and NAME_MAX); longer ones are 404 before the file system sees
// them.
const (
	maxPath    = 4096
	maxSegment = 255
)

// siteFile maps a URL path to a file name in the site, refusing anything
// that is not a plain relative path: parent references, backslashes, NUL,
// dot-files (".git", ".env") and names too long for a file are not served.
func siteFile(urlPath string) (string, bool) {
	if len(urlPath) > maxPath || !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	p := strings.TrimPrefix(urlPath, "/")
	if p == "" {
		return "index.html", true
	}
	if strings.HasSuffix(p, "/") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") || len(seg) > maxSegment {
			return "", false
		}
	}
	if !fs.ValidPath(p) {
		return "", false
	}
	return p, true
}
