package e2e

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Temporary: screenshots for the lead to look at (SHOTS=name:w:h:embed:query;...).
func TestZZShots(t *testing.T) {
	spec := os.Getenv("SHOTS")
	if spec == "" {
		return
	}
	os.MkdirAll("/tmp/shots", 0o755)
	for _, s := range strings.Split(spec, ";") {
		f := strings.SplitN(s, ":", 5)
		w, h := atoi(f[1]), atoi(f[2])
		ctx, d := openSize(t, sizeCase{w: w, h: h, dpr: 1, embed: f[3] == "1", query: f[4]})
		settle(t, d)
		var buf []byte
		if err := chromedp.Run(ctx, chromedp.FullScreenshot(&buf, 100)); err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/shots/"+f[0]+".png", buf, 0o644)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
