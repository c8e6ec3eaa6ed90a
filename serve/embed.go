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
	sub, err := fs.Sub(embedded, "site")
	if err != nil {
		return nil
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return nil
	}
	return sub
}
