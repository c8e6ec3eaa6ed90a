package main

import (
	"embed"
	"io/fs"
)

// embedded is the site `make serve-bin` copies into serve/site before
// building; a plain `go build` embeds only the README there.
//
//go:embed all:site
var embedded embed.FS

// embeddedSite returns the embedded site, or nil when this binary was built
// without one.
func embeddedSite() fs.FS {
	return siteIn(embedded)
}

// siteIn returns the site under "site/" in fsys, without the folder's
// README (which describes the folder, not the site), or nil when there is
// no site there.
func siteIn(fsys fs.FS) fs.FS {
	sub, err := fs.Sub(fsys, "site")
	if err != nil {
		return nil
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return nil
	}
	return hidden{FS: sub, names: map[string]bool{"README.md": true}}
}

// hidden is a file system without some of its files.
type hidden struct {
	fs.FS
	names map[string]bool
}

func (h hidden) Open(name string) (fs.File, error) {
	if h.names[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return h.FS.Open(name)
}
