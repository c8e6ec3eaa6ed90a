package e2e

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// updateGolden rewrites the golden screenshots under testdata/golden and
// docs/sizes.png from what the browser shows now, instead of comparing.
var updateGolden = flag.Bool("update-golden", false, "rewrite e2e/testdata/golden/*.png and docs/sizes.png from this run")

// writeContactSheet tiles the screenshots, each scaled to one height and
// captioned with its size, into a PNG at path.
func writeContactSheet(path string, shots []sizeShot) error {
	shots = slices.Clone(shots)
	slices.SortFunc(shots, func(a, b sizeShot) int { return strings.Compare(a.name, b.name) })
	const thumbH, pad, caption, maxW = 260, 12, 18, 2000
	type placed struct {
		r    image.Rectangle
		shot sizeShot
	}
	var ps []placed
	x, y, rowW := pad, pad, 0
	for _, s := range shots {
		b := s.img.Bounds()
		w := b.Dx() * thumbH / max(1, b.Dy())
		if x+w+pad > maxW && x > pad {
			x, y = pad, y+thumbH+caption+pad
		}
		ps = append(ps, placed{image.Rect(x, y, x+w, y+thumbH), s})
		x += w + pad
		rowW = max(rowW, x)
	}
	out := image.NewRGBA(image.Rect(0, 0, max(rowW, 200), y+thumbH+caption+pad))
	xdraw.Draw(out, out.Bounds(), image.NewUniform(color.RGBA{0xf4, 0xf6, 0xf8, 0xff}), image.Point{}, xdraw.Src)
	for _, p := range ps {
		xdraw.ApproxBiLinear.Scale(out, p.r, p.shot.img, p.shot.img.Bounds(), xdraw.Src, nil)
		d := font.Drawer{Dst: out, Src: image.NewUniform(color.RGBA{0x1d, 0x27, 0x33, 0xff}), Face: basicfont.Face7x13,
			Dot: fixed.P(p.r.Min.X, p.r.Max.Y+14)}
		// basicfont draws no "@": the device pixel ratio is spelt out.
		d.DrawString(strings.Replace(p.shot.name, "@", " DPR ", 1))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, out); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// saveFailure keeps the pictures of a failed case (named by their role:
// live, poster, diff) in E2E_OUT, or in paxsilica-e2e in the temporary
// folder, and says where.
func saveFailure(t *testing.T, name string, pics map[string]image.Image) {
	dir := os.Getenv("E2E_OUT")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "paxsilica-e2e")
	}
	os.MkdirAll(dir, 0o755)
	for suffix, img := range pics {
		p := filepath.Join(dir, name+"-"+suffix+".png")
		if f, err := os.Create(p); err == nil {
			png.Encode(f, img)
			f.Close()
			t.Logf("%s picture: %s", suffix, p)
		}
	}
}
