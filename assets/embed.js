// Pax Silica Explorer: optional script for pages that embed it. Include it
// once; every explorer iframe on the page then takes the height it asks for
// (paxsilica:resize). Messages are only believed from the iframe they claim
// to come from. Without this script the iframe keeps its own height.
//
// The explorer's language is its URL's (?lang=hi in the iframe's src), which
// this script leaves as it is; an iframe that speaks another language than
// its page and does not say so gets that language as its lang attribute, so
// that its title is read in the right language.
(function () {
  "use strict";
  function langOf(frame) {
    try {
      var tag = new URL(frame.src, location.href).searchParams.get("lang");
      return tag && /^[a-z]{2,3}$/i.test(tag.trim()) ? tag.trim().toLowerCase() : "";
    } catch (err) {
      return "";
    }
  }
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "paxsilica:resize") return;
    var h = Number(d.height);
    if (!isFinite(h) || h < 200 || h > 3000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.round(h) + "px";
        var tag = langOf(frames[i]);
        if (tag && !frames[i].hasAttribute("lang")) frames[i].setAttribute("lang", tag);
      }
    }
  });
})();
