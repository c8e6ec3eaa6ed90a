// The benchmark's reference: what a data journalist would write without the
// explorer. Plain JavaScript Canvas2D draws the same geometry (the explorer's
// world-50m.bin, already in Equal Earth), the same fills (a mineral's share
// classes, or plain land) and the same bloc outlines, and redraws on every
// wheel and drag event the way a d3-zoom page redraws in its "zoom" listener.
// It keeps one Path2D per country, built once, and moves it with the canvas
// transform: the fast way to draw a static map in Canvas2D.
//
// window.reference reports {ready, firstFrame, frames, frameAt} (times from
// performance.now(), in ms) for the benchmark.
(function () {
  "use strict";
  // Colours, widths and share classes are the explorer's (internal/style),
  // given by style.js, which the benchmark writes from Go.
  var S = window.referenceStyle;
  document.documentElement.style.background = S.sea;
  var SIGNED = ["founding-signatory", "signatory", "partner", "member", "chair", "self"];
  var MAX_ZOOM = 40;

  var out = window.reference = { frames: 0, ready: 0, firstFrame: 0, frameAt: [] };
  var params = new URLSearchParams(location.search);
  var canvas = document.getElementById("map");
  var ctx = canvas.getContext("2d");

  function bytes(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.arrayBuffer();
    });
  }

  // decode reads the explorer's world format (see mapdata/format.go).
  function decode(buf) {
    var dv = new DataView(buf), off = 8, td = new TextDecoder();
    var u32 = function () { var v = dv.getUint32(off, true); off += 4; return v; };
    var f32 = function () { var v = dv.getFloat32(off, true); off += 4; return v; };
    if (td.decode(new Uint8Array(buf, 0, 8)) !== "PSXWORLD" || u32() !== 3) throw new Error("not a version 3 world file");
    var nc = u32(), nv = u32(), ni = u32(); u32();
    var bounds = [f32(), f32(), f32(), f32()];
    var countries = [];
    for (var i = 0; i < nc; i++) {
      var cl = dv.getUint8(off); off += 1;
      var code = td.decode(new Uint8Array(buf, off, cl)); off += cl;
      var nl = dv.getUint16(off, true); off += 2;
      var name = td.decode(new Uint8Array(buf, off, nl)); off += nl;
      off += 12; // label, area
      u32(); u32(); u32(); u32();
      countries.push({ code: code, name: name, nrings: u32(), rings: [] });
    }
    countries.forEach(function (c) {
      for (var j = 0; j < c.nrings; j++) c.rings.push([u32(), u32()]);
    });
    var xs = new Float64Array(nv), ys = new Float64Array(nv), q = 0, STEPS = 16383;
    var sx = (bounds[2] - bounds[0]) / STEPS, sy = (bounds[3] - bounds[1]) / STEPS;
    for (i = 0; i < nv; i++) { q = (q + dv.getUint16(off + 2 * i, true)) & 0xffff; xs[i] = bounds[0] + q * sx; }
    q = 0; off += 2 * nv;
    for (i = 0; i < nv; i++) { q = (q + dv.getUint16(off + 2 * i, true)) & 0xffff; ys[i] = bounds[1] + q * sy; }
    countries.forEach(function (c) {
      var p = new Path2D(), box = [Infinity, Infinity, -Infinity, -Infinity];
      c.rings.forEach(function (r) {
        for (var k = r[0]; k < r[1]; k++) {
          if (k === r[0]) p.moveTo(xs[k], ys[k]); else p.lineTo(xs[k], ys[k]);
          box[0] = Math.min(box[0], xs[k]); box[1] = Math.min(box[1], ys[k]);
          box[2] = Math.max(box[2], xs[k]); box[3] = Math.max(box[3], ys[k]);
        }
        p.closePath();
      });
      c.path = p;
      c.box = box;
    });
    return { bounds: bounds, countries: countries };
  }

  // fills colours countries as the explorer does: by the chosen mineral's
  // share classes, or plain land.
  function fills(world, data, mineral) {
    var m = (data.minerals || []).filter(function (x) { return x.id === mineral; })[0];
    var byCode = {};
    world.countries.forEach(function (c) { byCode[c.code] = m ? S.noData : S.land; });
    if (m) {
      (m.producers || []).forEach(function (p) {
        var s = p.share != null ? p.share : (p.amount != null && m.world > 0 ? p.amount / m.world * 100 : null);
        var k = S.breaks.length;
        if (s != null) for (var i = 0; i < S.breaks.length; i++) if (s < S.breaks[i]) { k = i; break; }
        byCode[p.country] = S.classes[k];
      });
    }
    return byCode;
  }

  // members lists the countries whose latest standing in a bloc, today, is signed.
  function members(data, bloc, today) {
    var b = (data.blocs || []).filter(function (x) { return x.id === bloc; })[0], st = {};
    if (!b) return [];
    b.members.forEach(function (m) {
      if ((!m.date || m.date <= today) && (!st[m.country] || m.date >= st[m.country].date)) st[m.country] = m;
    });
    return Object.keys(st).filter(function (k) { return SIGNED.indexOf(st[k].status) >= 0; });
  }

  Promise.all([bytes("world-50m.bin"), bytes("dataset.json")]).then(function (r) {
    var world = decode(r[0]);
    var data = JSON.parse(new TextDecoder().decode(r[1]));
    var fill = fills(world, data, params.get("mineral"));
    var today = new Date().toISOString().slice(0, 10);
    var byCode = {};
    world.countries.forEach(function (c) { byCode[c.code] = c; });
    var outlines = S.outlines.map(function (o) {
      return [o.bloc ? members(data, o.bloc, today) : [o.country], o.width, o.colour];
    });
    var borders = new Path2D();
    world.countries.forEach(function (c) { borders.addPath(c.path); });

    var dpr = 1, w = 0, h = 0, fit = { k: 1, x: 0, y: 0 }, view = { k: 1, x: 0, y: 0 }, selected = null;
    function resize() {
      dpr = window.devicePixelRatio || 1;
      var rect = canvas.getBoundingClientRect();
      w = rect.width; h = rect.height;
      canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
      var b = world.bounds, pad = 8;
      var k = Math.min((w - 2 * pad) / (b[2] - b[0]), (h - 2 * pad) / (b[3] - b[1]));
      fit = { k: k, x: w / 2 - (b[0] + b[2]) / 2 * k, y: h / 2 - (b[1] + b[3]) / 2 * k };
    }
    // The d3-zoom transform applied after the fit: screen = view(fit(p)).
    function transform() {
      return { k: fit.k * view.k, x: fit.x * view.k + view.x, y: fit.y * view.k + view.y };
    }
    function draw() {
      var t = transform();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = S.sea;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
      world.countries.forEach(function (c) {
        ctx.fillStyle = fill[c.code];
        ctx.fill(c.path, "evenodd");
      });
      ctx.lineJoin = "round";
      ctx.strokeStyle = S.border;
      ctx.lineWidth = S.borderWidth / t.k;
      ctx.stroke(borders);
      outlines.forEach(function (o) {
        ctx.strokeStyle = o[2];
        ctx.lineWidth = o[1] / t.k;
        o[0].forEach(function (code) { if (byCode[code]) ctx.stroke(byCode[code].path); });
      });
      if (selected) {
        ctx.strokeStyle = S.selected;
        ctx.lineWidth = S.selectedWidth / t.k;
        ctx.stroke(selected.path);
      }
      out.frames++;
      var now = performance.now();
      if (!out.firstFrame) out.firstFrame = now;
      out.frameAt.push(now);
      if (out.frameAt.length > 1024) out.frameAt.shift();
    }

    // d3-zoom's defaults: wheel zooms by 2^(-deltaY·0.002) about the pointer,
    // a drag pans, the scale stays within [1, 40]; every event redraws.
    function zoomAt(px, py, f) {
      var k = Math.max(1, Math.min(MAX_ZOOM, view.k * f));
      f = k / view.k;
      view = { k: k, x: px - (px - view.x) * f, y: py - (py - view.y) * f };
      draw();
    }
    canvas.addEventListener("wheel", function (e) {
      e.preventDefault();
      var r = canvas.getBoundingClientRect();
      var d = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002);
      zoomAt(e.clientX - r.left, e.clientY - r.top, Math.pow(2, d));
    }, { passive: false });
    var drag = null;
    canvas.addEventListener("pointerdown", function (e) {
      drag = { x: e.clientX, y: e.clientY, moved: 0 };
      canvas.setPointerCapture && canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      drag.moved += Math.abs(dx) + Math.abs(dy);
      drag.x = e.clientX; drag.y = e.clientY;
      view = { k: view.k, x: view.x + dx, y: view.y + dy };
      draw();
    });
    canvas.addEventListener("pointerup", function (e) {
      var click = drag && drag.moved < 3;
      drag = null;
      if (!click) return;
      var r = canvas.getBoundingClientRect(), t = transform();
      var x = (e.clientX - r.left - t.x) / t.k, y = (e.clientY - r.top - t.y) / t.k;
      var hit = null;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      world.countries.forEach(function (c) {
        if (!hit && x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3] && ctx.isPointInPath(c.path, x, y, "evenodd")) hit = c;
      });
      selected = hit;
      document.getElementById("details-title").textContent = hit ? hit.name : "No country selected";
      document.getElementById("details-body").textContent = hit ? hit.code : "Click a country.";
      draw();
    });
    window.addEventListener("resize", function () { resize(); draw(); });
    resize();
    draw();
    out.ready = performance.now();
  }).catch(function (err) {
    document.getElementById("details-title").textContent = "The reference map could not load: " + err.message;
  });
})();
