package main

import (
	"errors"
	"syscall/js"
	"time"

	"paxsilica/internal/i18n"
)

// pageCatalog parses the catalog the page holds for the explorer
// (window.paxsilica.catalog, the JSON text of lang/<tag>.json) when it is
// the one of tag.
func pageCatalog(tag string) (*i18n.Catalog, error) {
	v := js.Global().Get("paxsilica")
	if v.Type() != js.TypeObject || v.Get("catalog").Type() != js.TypeString {
		return nil, errors.New("exporter: the page holds no catalog")
	}
	c, err := i18n.Parse([]byte(v.Get("catalog").String()))
	if err != nil {
		return nil, err
	}
	if c.Tag != tag {
		return nil, errors.New("exporter: the page's catalog is not " + tag + "'s")
	}
	return c, nil
}

// main publishes window.paxsilicaExporter and waits for calls:
//
//	init(geometry, dataset)          // Uint8Arrays, once; returns "" or an error
//	make(kind, query, pageURL)       // {name, type, title, data: Uint8Array} or {error}
//
// and then calls window.paxsilicaExporterReady() if the page set it.
func main() {
	var m *maker
	bytesOf := func(v js.Value) []byte {
		b := make([]byte, v.Get("length").Int())
		js.CopyBytesToGo(b, v)
		return b
	}
	api := js.Global().Get("Object").New()
	api.Set("init", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) != 2 {
			return "exporter: init needs the geometry and the dataset"
		}
		var err error
		if m, err = newMaker(bytesOf(args[0]), bytesOf(args[1])); err != nil {
			return err.Error()
		}
		m.catalog = pageCatalog
		return ""
	}))
	api.Set("make", js.FuncOf(func(this js.Value, args []js.Value) any {
		out := js.Global().Get("Object").New()
		if m == nil {
			out.Set("error", "exporter: not initialised")
			return out
		}
		if len(args) != 3 {
			out.Set("error", "exporter: make needs a kind, the query and the page's address")
			return out
		}
		start := time.Now()
		f, err := m.make(args[0].String(), args[1].String(), args[2].String(), time.Now().UTC().Format("2006-01-02"))
		if err != nil {
			out.Set("error", err.Error())
			return out
		}
		data := js.Global().Get("Uint8Array").New(len(f.Data))
		js.CopyBytesToJS(data, f.Data)
		out.Set("name", f.Name)
		out.Set("type", f.Type)
		out.Set("title", f.Title)
		out.Set("data", data)
		out.Set("ms", float64(time.Since(start).Microseconds())/1000)
		return out
	}))
	js.Global().Set("paxsilicaExporter", api)
	if ready := js.Global().Get("paxsilicaExporterReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
