package i18n

import "strings"

// The glossary of minerals and units. English keeps the dataset's own
// words (the dataset is the source of them, so the catalog cannot drift
// from it); other languages read reviewed terms from their catalog:
// "mineral.<id>" for a mineral's name, "mineral.<id>.stage" for its stage
// and "unit.<unit>" for a unit (spaces in the unit become "_": "unit.t_REO").
// What a catalog lacks keeps the dataset's English.

// Mineral returns the language's name of the mineral with dataset id id,
// or english, the dataset's name.
func (c *Catalog) Mineral(id, english string) string {
	return c.glossary("mineral."+id, english)
}

// Stage returns the language's words for the stage of the mineral with
// dataset id id ("mine production"), or english, the dataset's.
func (c *Catalog) Stage(id, english string) string {
	return c.glossary("mineral."+id+".stage", english)
}

// Unit returns the language's words for a dataset unit ("t", "kg",
// "t REO"), or the unit itself.
func (c *Catalog) Unit(unit string) string {
	if unit == "" {
		return ""
	}
	return c.glossary("unit."+strings.ReplaceAll(unit, " ", "_"), unit)
}

func (c *Catalog) glossary(key, english string) string {
	if c == nil || c.English() {
		return english
	}
	for k := c; k != nil && k.Tag != "en"; k = k.fallback {
		if s, ok := k.Msgs[key]; ok && s != "" {
			return s
		}
	}
	return english
}
