// Package guard holds the explorer's defences at its edges, the decisions
// that need no browser: which origin a host page named (?origin=), how
// long a field of a host's message may be, how often the URL may be
// rewritten, and when a failure inside the explorer is survivable, for
// wasm/ to apply at the boundary between Go and the page.
package guard
