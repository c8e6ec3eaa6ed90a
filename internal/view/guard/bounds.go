package guard

// MaxField is the longest string field a host page's message may carry
// (type, country, mineral, view, date; the longest real one is under 30
// characters). A longer one is refused before it is copied into Go: three
// 50-million-character strings once grew the explorer's memory from 50 to
// 479 MB, which WebAssembly never gives back.
const MaxField = 256

// FieldOK reports whether a string field of length n (in UTF-16 code units,
// as JavaScript counts) may be read.
func FieldOK(n int) bool { return n <= MaxField }

// MaxNoticeItems bounds the notices listed in the panel, those about the
// URL (urlstate.MaxNotices at most) and those added later (an unknown
// mineral, a failure survived): past it the oldest go.
const MaxNoticeItems = 12
