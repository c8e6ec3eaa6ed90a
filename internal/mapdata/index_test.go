package mapdata

import (
	"sync"
	"testing"
)

// Index is safe for concurrent use, its first calls included (run with
// -race to see a regression surely; without it, a fatal map write may show).
func TestIndexConcurrentFirstUse(t *testing.T) {
	w := shipped(t)
	var wg sync.WaitGroup
	got := make([]int, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				got[g] = w.Index("USA")
			}
		}()
	}
	wg.Wait()
	for g, i := range got {
		if i < 0 || w.Countries[i].Code != "USA" {
			t.Errorf("goroutine %d: Index(USA) = %d", g, i)
		}
	}
}
