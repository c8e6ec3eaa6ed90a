package e2e

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// goldenViews are the views whose screenshots are kept under
// testdata/golden, so that a change to what the map shows is reviewed as a
// picture diff. Rewrite them with `go test ./e2e -run Golden -update-golden`
// (the default view also becomes README.md's assets/screenshot.png).
var goldenViews = []struct {
	name string
	c    sizeCase
}{
	{"default-1280x720", sizeCase{w: 1280, h: 720, dpr: 1}},
	{"phone-390x844", sizeCase{w: 390, h: 844, dpr: 1}},
	{"embed-600x450-india", sizeCase{w: 600, h: 450, dpr: 1, embed: true, query: "country=IND"}},
	{"china-zoom-1024x768", sizeCase{w: 1024, h: 768, dpr: 1, query: "country=CHN&center=110,30&zoom=3"}},
}

// TestGoldenScreenshots compares a few views with their committed
// screenshots, tolerantly: the pictures are compared in blocks of 4×4 px,
// and fail when more than 2 % of the blocks differ clearly (software
// rendering and text anti-aliasing move single pixels, not blocks).
func TestGoldenScreenshots(t *testing.T) {
	t.Parallel()
	for _, v := range goldenViews {
		t.Run(v.name, func(t *testing.T) {
			t.Parallel()
			ctx, d := openSize(t, v.c)
			settle(t, d)
			got := toCSS(screenshot(t, ctx), v.c.dpr)
			path := filepath.Join(repoRoot, "e2e", "testdata", "golden", v.name+".png")
			if *updateGolden {
				if err := writePNG(path, got); err != nil {
					t.Fatal(err)
				}
				if v.name == "default-1280x720" {
					if err := writePNG(filepath.Join(repoRoot, "assets", "screenshot.png"), got); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatalf("no golden screenshot (run with -update-golden to make it): %v", err)
			}
			want, err := png.Decode(f)
			f.Close()
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if got.Bounds().Size() != want.Bounds().Size() {
				t.Fatalf("screenshot is %v, golden %v", got.Bounds().Size(), want.Bounds().Size())
			}
			share, diff := blockDiff(got, want)
			if share > 0.02 {
				saveFailure(t, "golden-"+v.name, map[string]image.Image{"live": got, "diff": diff})
				t.Errorf("%s of the picture's 4×4 blocks differ from %s (the diff is saved: look at it, then rewrite with -update-golden if the change is meant)", pct(share), path)
			}
		})
	}
}

// blockDiff compares two pictures of one size in 4×4 blocks by mean colour:
// the share of blocks that differ by more than 40 in a channel, and a
// picture of them (the live picture, faded, with those blocks in red).
func blockDiff(a, b image.Image) (float64, *image.RGBA) {
	const k = 4
	r := a.Bounds()
	diff := image.NewRGBA(r)
	n, bad := 0, 0
	mean := func(img image.Image, x0, y0 int) [3]int {
		var s [3]int
		for y := y0; y < y0+k; y++ {
			for x := x0; x < x0+k; x++ {
				cr, cg, cb, _ := img.At(x, y).RGBA()
				s[0], s[1], s[2] = s[0]+int(cr>>8), s[1]+int(cg>>8), s[2]+int(cb>>8)
			}
		}
		return [3]int{s[0] / (k * k), s[1] / (k * k), s[2] / (k * k)}
	}
	for y := r.Min.Y; y+k <= r.Max.Y; y += k {
		for x := r.Min.X; x+k <= r.Max.X; x += k {
			n++
			ma, mb := mean(a, x, y), mean(b, x, y)
			off := false
			for i := range 3 {
				off = off || abs(ma[i]-mb[i]) > 40
			}
			for j := range k {
				for i := range k {
					c := color.RGBA{uint8(128 + ma[0]/2), uint8(128 + ma[1]/2), uint8(128 + ma[2]/2), 255}
					if off {
						c = color.RGBA{220, 0, 0, 255}
					}
					diff.SetRGBA(x+i, y+j, c)
				}
			}
			if off {
				bad++
			}
		}
	}
	if n == 0 {
		return 0, diff
	}
	return float64(bad) / float64(n), diff
}

// writePNG writes img to path, making its folder.
func writePNG(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
