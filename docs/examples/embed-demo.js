// The example host page's script: loads the explorer (from ?explorer=, by
// default a local `make run`), adds its embed.js, sends the buttons'
// commands and logs every paxsilica event. window.__events keeps them for
// the browser tests.
(function () {
  "use strict";
  var base = new URLSearchParams(location.search).get("explorer") || "http://127.0.0.1:8080/";
  var explorerOrigin = new URL(base).origin;
  var frame = document.getElementById("explorer");
  // ?params= adds explorer parameters (country=…, origin=…) to the iframe.
  var extra = new URLSearchParams(location.search).get("params") || "";
  frame.src = base + "?embed=1" + (extra ? "&" + extra : "");
  var s = document.createElement("script");
  s.src = base + "embed.js";
  document.head.appendChild(s);
  var log = document.getElementById("log");
  window.__events = [];
  window.addEventListener("message", function (e) {
    if (e.source !== frame.contentWindow || e.origin !== explorerOrigin) return;
    var d = e.data;
    if (!d || typeof d !== "object") return;
    window.__events.push(d);
    log.textContent += JSON.stringify(d) + "\n";
  });
  document.getElementById("controls").addEventListener("click", function (e) {
    var msg = e.target.getAttribute("data-msg");
    if (msg) frame.contentWindow.postMessage(JSON.parse(msg), explorerOrigin);
  });
})();
