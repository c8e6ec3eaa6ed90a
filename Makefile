# Pax Silica Explorer. `make run` builds and serves at http://127.0.0.1:8080/;
# `make test` runs every test, the browser tests in headless Chromium included.
# `make help` lists the targets.
GO      ?= go
DIST    := dist
ADDR    ?= 127.0.0.1:8080
GOROOT  := $(shell $(GO) env GOROOT)
# Inlining is off except in our packages and Ebiten (the per-frame paths):
# the standard library's inlined copies cost 280 KB of brotli in the wasm
# (2.33 → 2.06 MB) and nothing measurable per frame; see docs/BENCHMARKS.md.
WASMFLAGS := -trimpath -ldflags="-s -w" -gcflags=all=-l -gcflags=paxsilica/...= -gcflags=github.com/hajimehoshi/ebiten/v2/...=
# The exporter (Download) is loaded on demand and keeps Go's inlining: its
# time goes into rasterising, PNG filtering and deflate (docs/BENCHMARKS.md).
# exporter-shaping.wasm is the same with go-text and the Devanagari fonts, to
# draw Hindi figures: download.js fetches it only for a page not in English.
EXPORTERFLAGS := -trimpath -ldflags="-s -w"
SITE_FILES := index.html assets/app.js assets/app.css assets/embed.js assets/download.js data/world-50m.bin data/dataset.json data/CHANGELOG.md
# Precompression: fast (brotli 3) for run and test, as shipped (brotli 11)
# for dist, serve-bin and bench; either way each compressed copy is kept in
# .cache/ under its content's hash, so an unchanged file is never redone.
COMPRESS := -cache .cache/precompress
dist serve-bin bench: COMPRESS += -best

# The browser tests run in parallel tabs of one Chromium: four at a time
# keep both cores busy while others wait on the network or the GPU process.
# They never fail on time (each wait allows minutes); the binary's timeout
# is only the last resort against a hang.
E2EFLAGS := -parallel 4 -timeout 90m

.PHONY: all help build dist run serve-bin test unit wasm-unit lint browser-deps data data-check bench clean

all: build

## help: list the targets
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## build: the whole site into dist/: hashed names, brotli and gzip copies
build:
	rm -rf $(DIST) && mkdir -p $(DIST)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $(DIST)/explorer.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build $(EXPORTERFLAGS) -o $(DIST)/exporter.wasm ./cmd/exporter
	GOOS=js GOARCH=wasm $(GO) build $(EXPORTERFLAGS) -tags shaping -o $(DIST)/exporter-shaping.wasm ./cmd/exporter
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" $(DIST)/wasm_exec.js
	cp $(SITE_FILES) $(DIST)/
	mkdir -p $(DIST)/fonts && cp assets/fonts/*.woff2 assets/fonts/OFL.txt $(DIST)/fonts/
	$(GO) run ./cmd/poster -out $(DIST)/poster.png
	$(GO) run ./cmd/datazip -out $(DIST)/paxsilica-data.zip
	$(GO) run ./cmd/site -dir $(DIST) $(COMPRESS)

## dist: the site as shipped (brotli 11) in dist/, for any static host or CDN
dist: build

## serve-bin: one binary with the site embedded, in bin/serve
serve-bin: build
	rm -rf serve/site && mkdir -p serve/site && cp -r $(DIST)/. serve/site/
	$(GO) build -trimpath -o bin/serve ./serve
	find serve/site -mindepth 1 ! -name README.md -exec rm -rf {} +

## run: build, then serve dist/ at $(ADDR)
run: build
	$(GO) run ./serve -dir $(DIST) -addr $(ADDR)

## test: vet, lint, unit tests (also under WebAssembly) and browser tests (installs Debian's chromium as root)
test: build browser-deps lint wasm-unit
	$(GO) test -count=1 $(E2EFLAGS) ./...

## unit: the tests that need no browser
unit:
	$(GO) test -count=1 $$($(GO) list ./... | grep -v /e2e)

## wasm-unit: the dataset loader's tests and corruption corpus as the browser
## runs them, compiled to WebAssembly and run in Node (Go's go_js_wasm_exec)
wasm-unit:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" ./internal/dataset ./internal/isodate ./internal/weburl

## lint: gofmt, go vet and staticcheck (pinned in go.mod's tool line), native and wasm
lint:
	@out=$$("$(GOROOT)/bin/gofmt" -l .); if [ -n "$$out" ]; then echo "lint: gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm ./cmd/exporter ./e2e/reference/floor
	GOOS=js GOARCH=wasm $(GO) vet -tags shaping ./cmd/exporter
	$(GO) tool staticcheck ./...
	GOOS=js GOARCH=wasm "$$($(GO) tool -n staticcheck)" ./wasm ./cmd/exporter ./e2e/reference/floor
	GOOS=js GOARCH=wasm "$$($(GO) tool -n staticcheck)" -tags shaping ./cmd/exporter

browser-deps:
	@sh .ci/ensure-deps

## bench: figures, not pass/fail: the explorer against the Canvas2D reference
## (e2e/reference) in headless Chromium, then the Go benchmarks
bench: build browser-deps
	$(GO) test -run '^$$' -bench VersusReference -benchtime 1x -timeout 60m ./e2e
	$(GO) test -run '^$$' -bench 'PanZoom|Idle|Throughput|Exporter|DatasetDecode|CodeCache' -benchtime 3x -timeout 60m ./e2e
	$(GO) test -run '^$$' -bench . ./internal/dataset ./internal/mapdata ./internal/mapdata/hittest ./internal/scene ./internal/poster

## data-check: the maintainer's check of data/dataset.json at today's date:
## sources, computed shares, home-page links, stale statuses; a short report
## (make test runs the same checks at the dataset's own date)
data-check:
	$(GO) run ./cmd/datacheck -data data/dataset.json

## data: regenerate data/world-50m.bin from the Natural Earth TopoJSON
data:
	$(GO) run ./cmd/geodata -in data/source/countries-50m.json -out data/world-50m.bin

## clean: remove dist/, bin/ and the compression cache
clean:
	rm -rf $(DIST) bin .cache
