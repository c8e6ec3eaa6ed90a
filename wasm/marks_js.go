package main

// bootMark is app.js's paxsilicaBoot.mark: it records a step of the
// start-up on the page's performance timeline ("paxsilica:<name>"), where
// the benchmark reads the start-up breakdown (docs/BENCHMARKS.md).
var bootMark = lookupBoot("mark")

// mark records the start-up step name (see bootMark).
func mark(name string) {
	if bootMark.ok {
		bootMark.f.Invoke(name)
	}
}

// marked holds the steps already marked by markOnce.
var marked = map[string]bool{}

// markOnce marks a step met every frame (the first Update) the first time.
func markOnce(name string) {
	if !marked[name] {
		marked[name] = true
		mark(name)
	}
}
