package i18n

import (
	"strconv"
	"strings"
)

// Number formats v with the language's digit grouping and at most one
// decimal: 750000 → "750,000" in English, "7,50,000" in Hindi; 141.2 →
// "141.2".
func (c *Catalog) Number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 2 {
		s = strconv.FormatFloat(v, 'f', 1, 64)
	}
	return c.group(s)
}

// Int formats n with the language's digit grouping.
func (c *Catalog) Int(n int) string { return c.group(strconv.Itoa(n)) }

// Percent formats a share: 98.7 → "98.7%" (CLDR's pattern for both English
// and Hindi puts the sign after the number, without a space).
func (c *Catalog) Percent(v float64) string { return c.Number(v) + "%" }

// group inserts separators into the integer part of a formatted number.
func (c *Catalog) group(s string) string {
	first, rest := c.grouping()
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= first {
		return sign + s
	}
	head, tail := intPart[:len(intPart)-first], intPart[len(intPart)-first:]
	var groups []string
	for len(head) > rest {
		groups = append(groups, head[len(head)-rest:])
		head = head[:len(head)-rest]
	}
	var b strings.Builder
	b.WriteString(sign)
	b.WriteString(head)
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteByte(',')
		b.WriteString(groups[i])
	}
	b.WriteByte(',')
	b.WriteString(tail)
	b.WriteString(frac)
	return b.String()
}

func (c *Catalog) grouping() (first, rest int) {
	for k := c; k != nil; k = k.fallback {
		if k.Grouping[0] > 0 && k.Grouping[1] > 0 {
			return k.Grouping[0], k.Grouping[1]
		}
	}
	return 3, 3
}

// Digits groups the integer part of a plain decimal number as strconv
// writes it ("1234567.25") the language's way and keeps every decimal:
// "1,234,567.25" in English, "12,34,567.25" in Hindi. Text that is not
// such a number is returned as it is.
func (c *Catalog) Digits(s string) string {
	t := strings.TrimPrefix(s, "-")
	if t == "" || t[0] == '.' || strings.Count(t, ".") > 1 || strings.HasSuffix(t, ".") {
		return s
	}
	for _, r := range t {
		if (r < '0' || r > '9') && r != '.' {
			return s
		}
	}
	return c.group(s)
}
