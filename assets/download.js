// Download: the Download button opens a dialog that saves the current view
// as a PNG figure or its data as CSV, and links the whole dataset. The code
// that draws and composes them is a separate, small Go program (the
// exporter, no Ebiten) that is fetched only when the dialog first opens, so
// it costs nothing on the first load. It gets the geometry and the dataset
// the page has already loaded, and the view from the address, which the
// explorer keeps current.
(function () {
  "use strict";
  var self = document.currentScript;
  // exporterURL is the exporter to fetch: for a page in another language
  // than English, the one that shapes its script (go-text and the
  // Devanagari fonts, about 0.7 MB more); an English reader never fetches it.
  function exporterURL() {
    var english = (document.documentElement.lang || "en") === "en";
    var ds = (self && self.dataset) || {};
    if (!english) return ds.exporterShaping || "exporter-shaping.wasm";
    return ds.exporter || "exporter.wasm";
  }
  var loading = null;

  // load fetches, compiles and starts the exporter once; it resolves when
  // the exporter has its data.
  function load() {
    if (loading) return loading;
    var boot = window.paxsilicaBoot || {};
    var data = Promise.all([boot.geometry || fetchBytes("world-50m.bin"), boot.dataset || fetchBytes("dataset.json")]);
    loading = new Promise(function (resolve, reject) {
      if (typeof Go !== "function") throw new Error("wasm_exec.js did not load");
      window.paxsilicaExporterReady = resolve;
      var go = new Go();
      var started = performance.now();
      var url = exporterURL();
      WebAssembly.instantiateStreaming(fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": HTTP " + r.status);
        return r;
      }), go.importObject).then(function (res) {
        go.run(res.instance).then(function () { reject(new Error("the exporter stopped")); });
        window.paxsilica = window.paxsilica || {};
        window.paxsilica.exporterLoadMs = performance.now() - started;
      }).catch(reject);
    }).then(function () { return data; }).then(function (d) {
      var err = window.paxsilicaExporter.init(d[0], d[1]);
      if (err) throw new Error(err);
      return window.paxsilicaExporter;
    });
    loading.catch(function () { loading = null; });
    return loading;
  }

  function fetchBytes(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.arrayBuffer();
    }).then(function (b) { return new Uint8Array(b); });
  }

  // save hands bytes to the browser as a download named name.
  function save(name, type, bytes) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // t says a text in the page's language (app.js holds the catalog).
  function t(key, args) {
    var boot = window.paxsilicaBoot;
    return boot && boot.t ? boot.t(key, args) : key;
  }

  function wire() {
    var dialog = document.getElementById("download-dialog");
    var open = document.getElementById("download");
    if (!dialog || !open) return;
    var status = document.getElementById("download-status");
    var busy = false;
    function say(text) { status.textContent = text; }

    // refresh enables what the view has data for and says why the rest is off.
    function refresh() {
      var q = new URLSearchParams(location.search);
      var mineral = q.get("mineral"), country = q.get("country");
      var prod = document.getElementById("download-producers");
      var ties = document.getElementById("download-ties");
      prod.disabled = !mineral;
      ties.disabled = !country;
      document.getElementById("download-producers-note").textContent = mineral ? "" : t("download.producersOff");
      document.getElementById("download-ties-note").textContent = country ? "" : t("download.tiesOff");
      var scen = document.getElementById("download-scenario");
      if (scen) {
        var on = q.get("scenario") === "cut" && !!mineral;
        scen.disabled = !on;
        document.getElementById("download-scenario-note").textContent = t(on ? "download.scenarioOn" : "download.scenarioOff");
      }
    }

    open.addEventListener("click", function () {
      refresh();
      say("");
      dialog.showModal();
      load().catch(function () {}); // start fetching now; errors are told on use
    });
    document.getElementById("download-close").addEventListener("click", function () { dialog.close(); });

    dialog.querySelectorAll("button[data-kind]").forEach(function (b) {
      b.addEventListener("click", function () {
        if (busy) return;
        busy = true;
        var kind = b.getAttribute("data-kind");
        say(t(kind === "png" ? "download.drawing" : "download.preparing"));
        load().then(function (exp) {
          // Let the status paint before the exporter takes the thread.
          return new Promise(function (resolve) {
            requestAnimationFrame(function () { setTimeout(function () { resolve(exp); }, 0); });
          });
        }).then(function (exp) {
          var out = exp.make(kind, location.search.replace(/^\?/, ""), location.href);
          if (out.error) throw new Error(out.error.replace(/^exporter: /, ""));
          save(out.name, out.type, out.data);
          window.paxsilica = window.paxsilica || {};
          window.paxsilica.lastDownload = { name: out.name, title: out.title, ms: out.ms, bytes: out.data.length };
          say(t("download.saved", { name: out.name, kb: Math.max(1, Math.round(out.data.length / 1024)), title: out.title }));
        }).catch(function (err) {
          say(t("download.failed", { error: err && err.message ? err.message : String(err) }));
        }).then(function () { busy = false; });
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
  else wire();
})();
