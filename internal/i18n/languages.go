package i18n

// Language is one language the explorer speaks: its tag and its name in
// itself, for the language switch.
type Language struct {
	Tag, Name string
}

// Languages are the languages the explorer offers, English first (the
// default). Adding one: see README.md, "Adding a language".
var Languages = []Language{
	{Tag: "en", Name: "English"},
	{Tag: "hi", Name: "हिन्दी"},
}

// Supported reports whether tag names a language the explorer offers.
func Supported(tag string) bool {
	for _, l := range Languages {
		if l.Tag == tag {
			return true
		}
	}
	return false
}
