// Boot: checks what the browser can do, starts fetching the map geometry and
// the WebAssembly at once, shows progress, and says in words what went wrong
// instead of leaving a blank page.
(function () {
  "use strict";
  // The build gives large assets content-hashed names and passes them here.
  var self = document.currentScript;
  var names = {
    wasm: (self && self.dataset.wasm) || "explorer.wasm",
    geometry: (self && self.dataset.geometry) || "world-50m.bin",
    dataset: "dataset.json"
  };
  var statusBox = document.getElementById("status");
  var statusText = document.getElementById("status-text");
  var progress = document.getElementById("status-progress");

  var failed = false;
  // fail shows the first failure; later ones (the program exiting because of
  // it) would only hide the precise message.
  function fail(message) {
    if (failed) return;
    failed = true;
    statusBox.classList.add("error");
    statusBox.setAttribute("role", "alert");
    statusText.textContent = message;
    document.documentElement.classList.remove("ready");
  }

  function fetchBytes(url, onProgress) {
    return fetch(url).then(function (resp) {
      if (!resp.ok) throw new Error(url + ": HTTP " + resp.status + " " + resp.statusText);
      // Content-Length is the compressed size when the server sends brotli or
      // gzip, while the bytes read are decompressed: no percentage then.
      var total = resp.headers.get("Content-Encoding") ? 0 : Number(resp.headers.get("Content-Length")) || 0;
      if (!resp.body || !onProgress) return resp.arrayBuffer().then(function (b) { return new Uint8Array(b); });
      var reader = resp.body.getReader(), chunks = [], got = 0;
      return (function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            var out = new Uint8Array(got), off = 0;
            chunks.forEach(function (c) { out.set(c, off); off += c.length; });
            return out;
          }
          chunks.push(r.value);
          got += r.value.length;
          onProgress(got, total);
          return pump();
        });
      })();
    });
  }

  var boot = window.paxsilicaBoot = { fail: fail };

  if (typeof WebAssembly !== "object" || typeof Go !== "function") {
    fail("This browser cannot run WebAssembly, which Pax Silica Explorer needs. Please use a current version of Chrome, Edge, Firefox or Safari.");
    return;
  }
  if (!document.createElement("canvas").getContext("webgl2")) {
    fail("This browser does not provide WebGL 2, which Pax Silica Explorer needs to draw the map. Turn on hardware acceleration or use a current browser.");
    return;
  }

  // Geometry, dataset and program load in parallel; the explorer reports
  // failures of the first two itself, with what it could still show.
  boot.geometry = fetchBytes(names.geometry);
  boot.geometry.catch(function () {});
  boot.dataset = fetchBytes(names.dataset);
  boot.dataset.catch(function () {});

  var go = new Go();
  fetchBytes(names.wasm, function (got, total) {
    if (total > 0 && got <= total) {
      progress.value = got / total;
      statusText.textContent = "Loading the map… " + Math.round(100 * got / total) + "%";
    }
  }).then(function (bytes) {
    statusText.textContent = "Starting…";
    progress.removeAttribute("value");
    return WebAssembly.instantiate(bytes, go.importObject);
  }).then(function (result) {
    return go.run(result.instance);
  }).then(function () {
    fail("The explorer stopped unexpectedly. Reload the page to start it again.");
  }).catch(function (err) {
    fail("The explorer could not start: " + (err && err.message ? err.message : String(err)));
  });
})();
