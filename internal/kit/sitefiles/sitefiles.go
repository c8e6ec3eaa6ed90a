// Package sitefiles holds the conventions the build (cmd/site) and the
// server (serve) share about the files of the built site: which get
// precompressed copies and how they are made, and how content-hashed names
// look.
package sitefiles

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"regexp"
	"strings"
)

// Compressible reports whether files with extension ext (".wasm") get brotli
// and gzip copies (name.br, name.gz).
func Compressible(ext string) bool {
	switch ext {
	case ".wasm", ".js", ".css", ".html", ".json", ".bin", ".svg":
		return true
	}
	return false
}

// hashLen is the number of hex digits of SHA-256 in a hashed name.
const hashLen = 10

var hashedRE = regexp.MustCompile(`\.[0-9a-f]{10}\.[a-z0-9]+$`)

// Hashed returns name with the hash of content before its extension:
// "explorer.wasm" → "explorer.3f2a9c01be.wasm".
func Hashed(name string, content []byte) string {
	sum := sha256.Sum256(content)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
}

// IsHashed reports whether a name carries a content hash, so that its
// content never changes and it may be cached for good. It is asked of the
// names pages request; a precompressed copy (name.br) shares its name's.
func IsHashed(name string) bool { return hashedRE.MatchString(name) }
