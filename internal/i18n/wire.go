package i18n

import (
	"errors"
	"strconv"

	"github.com/tidwall/gjson"
)

// Parse reads a catalog from the JSON that langs.Encode writes (and the
// site serves as lang/<tag>.json): {"tag", "dir", "name", "grouping",
// "months", "datePattern", "plural", "msgs": {key: template}, "countries":
// {code: name}}. Keys it lacks read as English.
func Parse(data []byte) (*Catalog, error) {
	if !gjson.ValidBytes(data) {
		return nil, errors.New("i18n: the catalog is not valid JSON")
	}
	r := gjson.ParseBytes(data)
	c := &Catalog{
		Tag: r.Get("tag").String(), Dir: r.Get("dir").String(), Name: r.Get("name").String(),
		DatePattern: r.Get("datePattern").String(), Plural: PluralRule(r.Get("plural").String()),
		Msgs: map[string]string{}, Countries: map[string]string{},
	}
	if !Supported(c.Tag) {
		return nil, errors.New("i18n: the catalog's tag " + quote(c.Tag) + " is not a language the explorer offers")
	}
	if c.Dir != "ltr" && c.Dir != "rtl" {
		return nil, errors.New("i18n: the catalog's dir must be ltr or rtl, not " + quote(c.Dir))
	}
	g := r.Get("grouping").Array()
	if len(g) == 2 {
		c.Grouping = [2]int{int(g[0].Int()), int(g[1].Int())}
	}
	for _, m := range r.Get("months").Array() {
		c.Months = append(c.Months, m.String())
	}
	if len(c.Months) != 0 && len(c.Months) != 12 {
		return nil, errors.New("i18n: the catalog lists " + itoa(len(c.Months)) + " months, not 12")
	}
	r.Get("msgs").ForEach(func(k, v gjson.Result) bool { c.Msgs[k.String()] = v.String(); return true })
	r.Get("countries").ForEach(func(k, v gjson.Result) bool { c.Countries[k.String()] = v.String(); return true })
	return c.With(), nil
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "“" + s + "”"
}

func itoa(n int) string { return strconv.Itoa(n) }
