package langs

import "paxsilica/internal/i18n"

// hindi is the Hindi catalog. Conventions from CLDR's hi locale: Latin
// digits (hi's default numbering system is latn), Indian grouping
// (#,##,##0.###: 12,34,567), percent #,##,##0%, long date "d MMMM y" and
// the wide month names of the Gregorian calendar; plural "one" for 0 and 1.
//
// Texts are written for a Hindi news reader, not word for word. A term we
// were unsure of carries a comment saying so and what else it could be.
func hindi() *i18n.Catalog {
	return &i18n.Catalog{
		Tag: "hi", Dir: "ltr", Name: "हिन्दी",
		Grouping: [2]int{3, 2}, Plural: i18n.OneIsZeroOrOne,
		Months: []string{"जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून",
			"जुलाई", "अगस्त", "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"},
		DatePattern: "{d} {month} {y}",
		Msgs:        hindiMsgs,
	}
}

// hindiMsgs are the Hindi templates, by the same keys as English's (see
// i18n's english.go for the groups).
var hindiMsgs = map[string]string{
	"lang.broken":   "इस भाषा के पाठ इस्तेमाल नहीं किए जा सके ({why}); एक्सप्लोरर अंग्रेज़ी में दिखाया गया है।",
	"lang.fallback": "भाषा “{lang}” उपलब्ध नहीं है; एक्सप्लोरर अंग्रेज़ी में दिखाया गया है।",
	"lang.missing":  "पेज ने इन्हें उपलब्ध नहीं कराया",
	"lang.other":    "पेज ने “{tag}” के पाठ दिए",
}
