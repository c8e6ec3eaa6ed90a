package main

import (
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

// contentTypes fixes the types that matter and that a system's MIME table
// may lack or get wrong.
var contentTypes = map[string]string{
	".wasm": "application/wasm",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".json": "application/json",
	".bin":  "application/octet-stream",
	".png":  "image/png",
	".svg":  "image/svg+xml",
}

// site serves the files of the built explorer from fsys: "/" is index.html;
// directories, dot-files and missing files are 404 with a short message.
type site struct {
	fsys fs.FS
}

func (s site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
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
	f, err := s.fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
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
	rs, ok := f.(interface {
		Read([]byte) (int, error)
		Seek(int64, int) (int64, error)
	})
	if !ok {
		http.Error(w, "500 file not seekable: "+r.URL.Path, http.StatusInternalServerError)
		return
	}
	ext := path.Ext(name)
	ct := contentTypes[ext]
	if ct == "" {
		ct = mime.TypeByExtension(ext)
	}
	if ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	http.ServeContent(w, r, name, st.ModTime(), rs)
}

// siteFile maps a URL path to a file name in the site, refusing anything
// that is not a plain relative path: parent references, backslashes, NUL
// and dot-files (".git", ".env") are not served.
func siteFile(urlPath string) (string, bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
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
		if seg == "" || strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	if !fs.ValidPath(p) {
		return "", false
	}
	return p, true
}
