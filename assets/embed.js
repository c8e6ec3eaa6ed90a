// Pax Silica Explorer: optional script for pages that embed it. Include it
// once; every explorer iframe on the page then takes the height it asks for
// (paxsilica:resize). Messages are only believed from the iframe they claim
// to come from. Without this script the iframe keeps its own height.
(function () {
  "use strict";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "paxsilica:resize") return;
    var h = Number(d.height);
    if (!isFinite(h) || h < 200 || h > 3000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.round(h) + "px";
      }
    }
  });
})();
