// Starts the floor (main_js.go) with Go's wasm_exec.js. Streamed, so that
// Chromium keeps the compiled code for a repeat visit.
(function () {
  "use strict";
  var go = new Go();
  WebAssembly.instantiateStreaming(fetch("floor.wasm"), go.importObject).then(function (r) {
    window.floorWasm = r.instance;
    go.run(r.instance);
  }).catch(function (err) {
    document.getElementById("details-title").textContent = "The floor could not start: " + err.message;
  });
})();
