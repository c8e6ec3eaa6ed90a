// Starts the floor (main_js.go) with Go's wasm_exec.js. Streamed, so that
// Chromium keeps the compiled code for a repeat visit.
(function () {
  "use strict";
  // The world's fetch starts now, alongside the wasm's, as the reference's
  // starts as soon as its script runs; main_js.go takes the response.
  window.floorWorld = fetch("../world-50m.bin");
  var go = new Go();
  WebAssembly.instantiateStreaming(fetch("floor.wasm"), go.importObject).then(function (r) {
    performance.mark("floor:instantiated");
    window.floorWasm = r.instance;
    go.run(r.instance);
  }).catch(function (err) {
    document.getElementById("details-title").textContent = "The floor could not start: " + err.message;
  });
})();
