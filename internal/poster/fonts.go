package poster

import (
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// The figure's text is set in the Go fonts (golang.org/x/image/font/gofont,
// by Bigelow & Holmes, under the Go project's BSD licence, as that
// package's LICENSE says): embedded in the program, so no file is read.
var (
	fontsOnce     sync.Once
	regular, bold *truetype.Font
)

// face returns a face of the regular or bold Go font at size pixels.
func face(isBold bool, size float64) font.Face {
	fontsOnce.Do(func() {
		// The embedded TTFs are known good: a parse error is a broken build.
		var err error
		if regular, err = truetype.Parse(goregular.TTF); err != nil {
			panic("poster: the Go regular font does not parse: " + err.Error())
		}
		if bold, err = truetype.Parse(gobold.TTF); err != nil {
			panic("poster: the Go bold font does not parse: " + err.Error())
		}
	})
	f := regular
	if isBold {
		f = bold
	}
	return truetype.NewFace(f, &truetype.Options{Size: size, Hinting: font.HintingNone})
}
