package main

import (
	"os"
	"path/filepath"
	"strings"

	"paxsilica/internal/kit/sitefiles"
)

// fontDir is the folder of the built site that holds the web fonts of
// scripts other than Latin (fonts/, from assets/fonts/). app.css declares
// them for :lang() only, so an English reader fetches none.
const fontDir = sitefiles.FontDir

// hashFonts gives each font in dir/fonts/ a content-hashed name (so it is
// cached for a year) and points the stylesheet css (a file in dir, before
// it is hashed itself) at the new names. A font the stylesheet does not
// name is an error: it would be shipped and never used, or the stylesheet
// names a font by another spelling and would get none.
func hashFonts(dir, css string) error {
	fonts, err := filepath.Glob(filepath.Join(dir, fontDir, "*.woff2"))
	if err != nil || len(fonts) == 0 {
		return err
	}
	cssPath := filepath.Join(dir, css)
	sheet, err := os.ReadFile(cssPath)
	if err != nil {
		return err
	}
	text := string(sheet)
	for _, f := range fonts {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		name := filepath.Base(f)
		ref := `url("` + fontDir + "/" + name + `")`
		if !strings.Contains(text, ref) {
			return &fontError{font: fontDir + "/" + name, css: css}
		}
		h := sitefiles.Hashed(name, b)
		if err := os.Rename(f, filepath.Join(filepath.Dir(f), h)); err != nil {
			return err
		}
		text = strings.ReplaceAll(text, ref, `url("`+fontDir+"/"+h+`")`)
	}
	return os.WriteFile(cssPath, []byte(text), 0o644)
}

// fontError says that the stylesheet does not use a font of the site.
type fontError struct{ font, css string }

func (e *fontError) Error() string {
	return e.font + ` is not named in ` + e.css + ` as url("` + e.font + `")`
}
