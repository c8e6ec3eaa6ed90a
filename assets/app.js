// Boot: checks what the browser can do, starts fetching the map geometry, the
// dataset and the WebAssembly at once, shows progress, and says in words what
// went wrong instead of leaving a blank page.
//
// It runs in <head>, before the page is laid out, so that the downloads start
// as early as they can and the poster is shown in the final layout: the
// embedded one where asked, and no poster for views it does not show (it
// would jump when the live map came).
(function () {
  "use strict";
  // The build gives large assets content-hashed names and passes them here,
  // with the wasm's uncompressed size for the progress bar.
  var self = document.currentScript;
  var names = {
    wasm: (self && self.dataset.wasm) || "explorer.wasm",
    geometry: (self && self.dataset.geometry) || "world-50m.bin",
    dataset: "dataset.json"
  };
  var wasmBytes = Number(self && self.dataset.wasmBytes) || 0;
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);

  // Language. The URL says it (?lang=hi; without it, English). The build
  // lists the catalogs of the other languages in data-catalogs as
  // "tag:dir:file"; English is in this script and in the Go program. For a
  // language listed here <html lang dir> are set at once, before the first
  // paint, the catalog is fetched beside the other downloads, and the
  // page's texts (data-i18n attributes) stay hidden until it arrives or a
  // short while has passed (then they show in English, and are filled when
  // it comes). The Go program starts only once the catalog has arrived or
  // failed: it reads the JSON text as window.paxsilica.catalog. A language
  // the explorer does not offer is English; Go says so in the notices.
  var catalogs = {};
  ((self && self.dataset.catalogs) || "").split(/\s+/).forEach(function (entry) {
    var p = entry.split(":");
    if (p.length === 3 && (p[1] === "ltr" || p[1] === "rtl")) catalogs[p[0]] = { dir: p[1], file: p[2] };
  });
  var pax = window.paxsilica = window.paxsilica || {};
  var asked = (params.get("lang") || "").trim().toLowerCase();
  var lang = Object.prototype.hasOwnProperty.call(catalogs, asked) ? asked : "en";
  pax.lang = lang;
  var msgs = null; // the catalog's templates, once it has arrived
  var catalog = Promise.resolve(null);
  if (lang !== "en") {
    root.lang = lang;
    root.dir = catalogs[lang].dir;
    root.classList.add("i18n-wait");
    catalog = fetch(catalogs[lang].file).then(function (resp) {
      if (!resp.ok) throw new Error(catalogs[lang].file + ": HTTP " + resp.status + " " + resp.statusText);
      return resp.text();
    }).then(function (text) {
      var parsed = JSON.parse(text);
      msgs = parsed && typeof parsed.msgs === "object" && parsed.msgs ? parsed.msgs : {};
      pax.catalog = text;
      return text;
    }).catch(function (err) {
      // The page stays English, and says so.
      pax.catalogError = err && err.message ? err.message : String(err);
      console.warn("paxsilica: the " + lang + " catalog could not be loaded: " + pax.catalogError);
      root.lang = "en";
      root.dir = "ltr";
      return null;
    });
    // Texts hidden for a short while at most: a slow catalog shows English
    // first, never nothing.
    setTimeout(function () { root.classList.remove("i18n-wait"); }, 1500);
  }

  // english are the texts this script and download.js compose, in English:
  // the build writes them from the Go catalog (internal/i18n/english.go)
  // into data-english.
  var english = {};
  try { english = JSON.parse((self && self.dataset.english) || "{}"); } catch (e) { english = {}; }
  function has(key) { return !!msgs && typeof msgs[key] === "string"; }
  // t returns the text of key in the page's language, each {name} filled
  // from args; English where the catalog lacks it (or has not arrived).
  function t(key, args) {
    var s = has(key) ? msgs[key] : english[key];
    if (typeof s !== "string") s = key;
    for (var k in args || {}) s = s.split("{" + k + "}").join(String(args[k]));
    return s;
  }
  // fillPage puts the catalog's texts into the page's elements that name a
  // key: data-i18n (the text), data-i18n-aria, -title and -placeholder (those
  // attributes). Text only, never markup; a key the catalog lacks keeps its
  // English.
  function fillPage() {
    if (msgs) {
      var attrs = { "data-i18n-aria": "aria-label", "data-i18n-title": "title", "data-i18n-placeholder": "placeholder" };
      document.querySelectorAll("[data-i18n],[data-i18n-aria],[data-i18n-title],[data-i18n-placeholder]").forEach(function (e) {
        var key = e.getAttribute("data-i18n");
        if (key && has(key)) e.textContent = msgs[key];
        for (var a in attrs) {
          key = e.getAttribute(a);
          if (key && has(key)) e.setAttribute(attrs[a], msgs[key]);
        }
      });
    }
    root.classList.remove("i18n-wait");
    show();
  }
  if (params.get("embed") === "1") root.classList.add("embed");
  // Compact layout (embeds, and windows up to 1100 px): the toolbar is one
  // row with the rest of the controls behind "More controls", and the key
  // starts collapsed, so the map gets the room.
  // When the layout changes (a window narrowed or widened, a tablet
  // turned), the key takes the new layout's default: a key opened on a wide
  // screen does not stay open over a phone-sized map. Within one layout it
  // stays as the reader left it.
  // Touch layouts (phones and embeds) get targets of at least 24×24 px
  // and text of at least 12 px everywhere, the panel's charts included.
  var wide = window.matchMedia("(min-width: 1101px)"), narrow = window.matchMedia("(max-width: 760px)");
  var wasCompact = null;
  function layout() {
    var embed = root.classList.contains("embed"), compact = embed || !wide.matches;
    root.classList.toggle("compact", compact);
    root.classList.toggle("touch", embed || narrow.matches);
    var key = document.getElementById("legend-box");
    if (key && compact !== wasCompact) key.open = !compact;
    if (key) wasCompact = compact;
  }
  layout();
  wide.addEventListener("change", layout);
  narrow.addEventListener("change", layout);
  document.addEventListener("DOMContentLoaded", function () {
    var bar = document.getElementById("toolbar");
    var more = document.getElementById("menu-toggle");
    layout();
    if (!bar || !more) return;
    function openMenu(open) {
      bar.classList.toggle("open", open);
      more.setAttribute("aria-expanded", String(open));
    }
    more.addEventListener("click", function () { openMenu(!bar.classList.contains("open")); });
    bar.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && bar.classList.contains("open")) {
        e.stopPropagation(); // closes the menu, keeps the selection
        openMenu(false);
        more.focus();
      }
    });
    document.addEventListener("pointerdown", function (e) {
      if (bar.classList.contains("open") && !bar.contains(e.target)) openMenu(false);
    });
  });
  // The poster is the default view: the whole world, every layer, today. A
  // selected country is drawn over it once live; any other view is not it.
  var posterParams = ["embed", "lang", "origin", "country"];
  params.forEach(function (v, k) {
    if (posterParams.indexOf(k) < 0) root.classList.add("no-poster");
  });

  // The status box is in the body: until it is parsed, remember what to show
  // (a key and its arguments, so that it is said again in the page's
  // language when the catalog arrives; or a text the Go program composed).
  var shown = { key: null, args: null, text: null, value: null, error: false, note: null };
  function show() {
    var box = document.getElementById("status");
    if (!box) return;
    var text = document.getElementById("status-text");
    var bar = document.getElementById("status-progress");
    if (shown.text !== null) text.textContent = shown.text;
    else if (shown.key !== null) text.textContent = t(shown.key, shown.args);
    if (shown.value === null) bar.removeAttribute("value");
    else bar.value = shown.value;
    if (shown.error) {
      box.classList.add("error");
      box.setAttribute("role", "alert");
    }
    var note = document.getElementById("status-note");
    if (note && shown.note !== null) {
      note.textContent = shown.note;
      note.hidden = false;
    }
  }
  function status(key, args, value) {
    shown.key = key;
    shown.args = args;
    shown.value = value;
    show();
  }
  document.addEventListener("DOMContentLoaded", show);

  var failed = false;
  // fail shows the first failure, a text (the Go program composes its own);
  // later ones (the program exiting because of it) would only hide the
  // precise message. failWith says one of the boot's own, by key.
  function fail(message) {
    failWith(null, null, message);
  }
  function failWith(key, args, message) {
    if (failed) return;
    failed = true;
    shown.error = true;
    shown.text = message === undefined ? null : message;
    status(key, args, null);
    root.classList.remove("ready");
  }

  // fetchBytes fetches url as bytes.
  function fetchBytes(url) {
    return fetch(url).then(function (resp) {
      if (!resp.ok) throw new Error(url + ": HTTP " + resp.status + " " + resp.statusText);
      return resp.arrayBuffer().then(function (b) { return new Uint8Array(b); });
    });
  }

  var boot = window.paxsilicaBoot = { fail: fail, t: t };

  // The catalog fills the page once both have arrived; one that failed
  // leaves it English, and the boot says so in English (the Go program
  // adds a notice).
  if (lang !== "en") {
    Promise.all([catalog, new Promise(function (resolve) { document.addEventListener("DOMContentLoaded", resolve); })]).then(function (r) {
      if (r[0] === null) {
        shown.note = "The texts in " + lang + " could not be loaded (" + pax.catalogError + "); the explorer is shown in English.";
      }
      fillPage();
    });
  }

  // The language switch (links in the header, and under More controls in
  // embeds): each link goes to the view as it is now, with lang set (or
  // dropped, for English). The explorer keeps the address current, so it
  // is read when the link is used: the view survives the switch.
  function langLink(tag) {
    var u = new URL(location.href);
    if (tag === "en") u.searchParams.delete("lang");
    else u.searchParams.set("lang", tag);
    return u.pathname + u.search + u.hash;
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".lang-switch a[data-lang]").forEach(function (a) {
      var tag = a.getAttribute("data-lang");
      if (tag === lang) a.setAttribute("aria-current", "true");
      function update() { a.href = langLink(tag); }
      update();
      // Before the browser follows the link (or copies it, or opens it in a
      // new tab), it points at the current view.
      ["focus", "pointerenter", "pointerdown", "click", "contextmenu"].forEach(function (ev) { a.addEventListener(ev, update); });
    });
  });

  // mark records a step of the start-up on the page's performance timeline
  // ("paxsilica:<name>"), where the benchmark reads the breakdown.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark("paxsilica:" + name);
  }
  boot.mark = mark;

  // build makes the DOM the explorer describes in JSON (wasm/dom_js.go), in
  // one call instead of one per element: elements of a fixed list of tags,
  // a fixed list of attributes, text by textContent. Data never becomes
  // markup, and anything else in the description is an error. Charts'
  // bars give their length as data-w and ticks their place as data-x, a
  // percentage the builder checks and sets as the element's width or left.
  var tags = { p: 1, h3: 1, ul: 1, li: 1, span: 1, div: 1, a: 1, strong: 1, button: 1, details: 1, summary: 1,
    table: 1, caption: 1, thead: 1, tbody: 1, tfoot: 1, tr: 1, th: 1, td: 1, dl: 1, dt: 1, dd: 1 };
  var attrs = { "class": 1, href: 1, target: 1, rel: 1, title: 1,
    scope: 1, colspan: 1, type: 1, role: 1, tabindex: 1, open: 1, "aria-sort": 1, "aria-label": 1, "aria-hidden": 1,
    "data-sort": 1, "data-code": 1, "data-mineral": 1, "data-date": 1, "data-day": 1, "data-label": 1, "data-w": 1, "data-x": 1, lang: 1 };
  var percent = /^(100(\.0+)?|\d{1,2}(\.\d+)?)$/;
  // The one link rule, the same pattern as the dataset's validator
  // (internal/weburl.Pattern; a Go test checks the text matches): http(s),
  // the scheme in any case, a host, no spaces or controls.
  var webURL = new RegExp(String.raw`^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@\x00-\x20\x7f]+(?:[/?#][^\x00-\x20\x7f]*)?$`);
  boot.isWebURL = function (s) { return typeof s === "string" && webURL.test(s); };
  function list(v) { return Array.isArray(v) ? v : []; }
  boot.build = function (json) {
    function make(d) {
      if (!d || typeof d !== "object") return document.createTextNode("");
      if (!d.t) return document.createTextNode(typeof d.x === "string" ? d.x : "");
      if (!tags[d.t]) throw new Error("build: tag " + d.t + " is not allowed");
      var e = document.createElement(d.t);
      for (var k in d.a || {}) {
        if (!attrs[k]) throw new Error("build: attribute " + k + " is not allowed");
        if (k === "href" && !boot.isWebURL(d.a[k])) {
          // Data, not a program error: the link is left out, the text stays.
          console.warn("paxsilica: build: not a link the explorer opens, shown as text: " + String(d.a[k]).slice(0, 200));
          continue;
        }
        if ((k === "data-w" || k === "data-x") && !percent.test(d.a[k])) throw new Error("build: " + k + " must be a percentage 0–100");
        if (k === "data-w") e.style.width = d.a[k] + "%";
        if (k === "data-x") e.style.left = d.a[k] + "%";
        e.setAttribute(k, d.a[k]);
      }
      if (d.x) e.textContent = d.x;
      list(d.k).forEach(function (c) { e.appendChild(make(c)); });
      return e;
    }
    var frag = document.createDocumentFragment();
    list(JSON.parse(json)).forEach(function (d) { frag.appendChild(make(d)); });
    return frag;
  };

  // Printed, the panel's folded sections are opened: paper cannot unfold.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("#details details").forEach(function (d) { d.open = true; });
  });

  // Input before the program is ready is kept, not lost: a click or tap on
  // the poster, Enter in the search box, a click on a map control. The panel
  // says at once that the country is loading; the explorer takes the input
  // with boot.takeEarly() when its first frame is drawn and applies it then
  // (the URL follows as for any selection). A later click on the poster
  // replaces an earlier one.
  var early = { map: null, search: null, controls: [] };
  var replayed = { "view-map": 1, "view-network": 1, "view-table": 1, "timeline-latest": 1,
    "zoom-in": 1, "zoom-out": 1, "zoom-reset": 1, "scenario-preset": 1 };
  function live() { return root.classList.contains("ready") || failed; }
  document.addEventListener("click", function (e) {
    if (live() || !(e.target instanceof Element)) return;
    var el = e.target;
    // The map area lets clicks through (to the canvas, once there is one):
    // before the program runs they land on the body.
    var area = document.getElementById("map-area");
    var a = area ? area.getBoundingClientRect() : null;
    if ((el === document.body || el === root || el.id === "poster" || el === area) && a &&
        e.clientX >= a.left && e.clientX < a.right && e.clientY >= a.top && e.clientY < a.bottom) {
      early.map = { fx: (e.clientX - a.left) / a.width, fy: (e.clientY - a.top) / a.height };
      var title = document.getElementById("details-title");
      if (title) title.textContent = t("boot.picked");
      return;
    }
    var b = el.closest("button");
    if (b && replayed[b.id] && early.controls.length < 20) early.controls.push(b.id);
  }, true);
  document.addEventListener("keydown", function (e) {
    if (live() || e.key !== "Enter" || !(e.target instanceof Element) || e.target.id !== "search") return;
    e.preventDefault();
    early.search = e.target.value;
    var title = document.getElementById("details-title");
    if (title) title.textContent = t("boot.searching", { query: early.search.slice(0, 60) });
  }, true);
  // takeEarly replays the early search and control clicks through the
  // explorer's own listeners, and returns the early map click in CSS px of
  // the map area as it is laid out now, or null.
  boot.takeEarly = function () {
    var taken = early;
    early = { map: null, search: null, controls: [] };
    if (taken.search !== null) {
      var box = document.getElementById("search");
      if (box) {
        box.value = taken.search;
        box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      }
    }
    taken.controls.forEach(function (id) {
      var b = document.getElementById(id);
      if (b) b.click();
    });
    if (!taken.map) return null;
    var a = document.getElementById("map-area").getBoundingClientRect();
    return { x: a.left + taken.map.fx * a.width, y: a.top + taken.map.fy * a.height };
  };

  // Ebiten asks for every animation frame, even with nothing to draw, and
  // each answer is a call into Go. The explorer calls boot.sleep() after a
  // frame in which nothing asked for another, and boot.wake() when something
  // does: Ebiten's requests wait in between, so idling costs nothing.
  //
  // A click's details are painted before the map's frame: the explorer calls
  // boot.paintFirst() as it fills the panel, and an Ebiten frame that would
  // run before that paint (software WebGL: 20–40 ms here) waits for the
  // animation frame after it.
  var awake = true, parked = [], nativeFrame = window.requestAnimationFrame.bind(window);
  var panelFirst = false;
  boot.frameRequests = 0; // granted to Ebiten, for tests
  function grant(cb) {
    boot.frameRequests++;
    return nativeFrame(function (t) {
      if (panelFirst) nativeFrame(cb); // the next frame, after this paint
      else cb(t);
    });
  }
  function gatedFrame(cb) {
    if (awake) return grant(cb);
    parked.push(cb);
    return 0;
  }
  boot.sleep = function () { awake = false; };
  boot.asleep = function () { return !awake; }; // for tests
  boot.wake = function () {
    awake = true;
    var cbs = parked;
    parked = [];
    cbs.forEach(grant);
  };
  // afterPaint runs f in a task after the next animation frame's paint.
  boot.afterPaint = function (f) {
    nativeFrame(function () { setTimeout(f, 0); });
  };
  boot.paintFirst = function () {
    if (panelFirst) return;
    panelFirst = true;
    boot.afterPaint(function () { panelFirst = false; });
  };
  // Ebiten also listens to these itself; a frame must follow them.
  window.addEventListener("resize", boot.wake);
  window.addEventListener("focus", boot.wake);
  document.addEventListener("visibilitychange", boot.wake);

  if (typeof WebAssembly !== "object") {
    failWith("boot.noWasm");
    return;
  }

  // Geometry, dataset and program load in parallel; the explorer reports
  // failures of the first two itself, with what it could still show.
  boot.geometry = fetchBytes(names.geometry);
  boot.geometry.catch(function () {});
  boot.dataset = fetchBytes(names.dataset);
  boot.dataset.catch(function () {});

  // Compiling the wasm waits until the poster has been painted: the frame
  // after the one that drew it. wasm_exec.js (Go) is at the end of the body.
  // WebGL 2 is not checked here: creating a context to check took 100–280 ms
  // of every start, and Ebiten creates its own; when it cannot, the program
  // says that WebGL 2 is missing (wasm/main_js.go).
  var ready = new Promise(function (resolve) { document.addEventListener("DOMContentLoaded", resolve); });
  var posterShown = ready.then(function () {
    var img = document.getElementById("poster");
    var loaded = !img || img.complete || root.classList.contains("no-poster") ? Promise.resolve() :
      new Promise(function (resolve) {
        img.addEventListener("load", resolve);
        img.addEventListener("error", resolve);
      });
    return loaded.then(function () {
      return new Promise(function (resolve) {
        requestAnimationFrame(function () { requestAnimationFrame(function () { resolve(); }); });
      });
    });
  }).then(function () { mark("poster-shown"); });
  // The wasm is requested at once but compiled, and counted for the bar,
  // only once the poster is on screen: compiling (both cores) and reading
  // 15 MB a chunk at a time on the main thread kept a small machine from
  // painting its first frame until the download ended (poster 0.3 → 0.9 s).
  //
  // It is compiled as it streams in, from the Response fetch gave: Chromium
  // then keeps the compiled code beside the HTTP cache entry and a repeat
  // visit skips the compile. (A Response built by script from a stream has
  // no such cache; a clone shares it, so the bar counts a clone's bytes.)
  // A server that does not say application/wasm gets the old path: the
  // bytes read whole, then compiled.
  boot.compiledBy = "";
  var wasmResp = fetch(names.wasm);
  wasmResp.then(function () { mark("wasm-response"); }, function () {});
  var wasm = Promise.all([wasmResp, posterShown]).then(function (r) {
    var resp = r[0];
    if (!resp.ok) throw new Error(names.wasm + ": HTTP " + resp.status + " " + resp.statusText);
    var total = resp.headers.get("Content-Encoding") ? wasmBytes : Number(resp.headers.get("Content-Length")) || wasmBytes;
    var type = (resp.headers.get("Content-Type") || "").split(";")[0].trim().toLowerCase();
    mark("wasm-compile-start");
    if (typeof WebAssembly.compileStreaming === "function" && type === "application/wasm") {
      boot.compiledBy = "streaming";
      // The count stops when the compile ends (it has every byte then):
      // a main thread busy starting Go reads the clone late, and the bar
      // must not come back over "Starting…".
      var counted = readAll(resp.clone(), total, false);
      counted.catch(function () {}); // compileStreaming reports a failure
      return WebAssembly.compileStreaming(resp).then(function (module) {
        counted.cancel();
        return module;
      }, function (err) {
        counted.cancel();
        throw err;
      });
    }
    boot.compiledBy = "bytes";
    return readAll(resp, total, true).then(function (bytes) {
      mark("wasm-downloaded");
      return WebAssembly.compile(bytes);
    });
  }).then(function (module) {
    mark("wasm-compiled");
    return module;
  });
  // readAll reads resp's body a chunk at a time, moving the bar; with keep
  // it returns the bytes, else it only counts them. The promise's cancel()
  // stops the reading and the bar.
  function readAll(resp, total, keep) {
    var reader = resp.body.getReader(), chunks = [], got = 0, shownPct = -1, cancelled = false;
    var read = (function pump() {
      return reader.read().then(function (r) {
        if (cancelled) return null;
        if (r.done) {
          if (!keep) return null;
          var out = new Uint8Array(got), off = 0;
          chunks.forEach(function (c) { out.set(c, off); off += c.length; });
          return out;
        }
        if (keep) chunks.push(r.value);
        got += r.value.length;
        var pct = Math.round(100 * got / total);
        if (total > 0 && got <= total && pct !== shownPct) { // the page changes only with the number
          shownPct = pct;
          status("boot.progress", { pct: pct }, got / total);
        }
        return pump();
      });
    })();
    read.cancel = function () {
      cancelled = true;
      reader.cancel().catch(function () {});
    };
    return read;
  }
  Promise.all([wasm, ready, catalog]).then(function (r) {
    if (typeof Go !== "function") throw new Error("wasm_exec.js did not load");
    status("boot.starting", null, null);
    var go = new Go();
    return WebAssembly.instantiate(r[0], go.importObject).then(function (instance) {
      mark("wasm-instantiated");
      boot.instance = instance; // for the benchmark's memory figure
      // Ebiten takes requestAnimationFrame when the program starts (its
      // package variables are set inside go.run, before it returns): it gets
      // the gated one, and the page keeps its own.
      var own = window.requestAnimationFrame;
      window.requestAnimationFrame = gatedFrame;
      try {
        return go.run(instance);
      } finally {
        window.requestAnimationFrame = own;
      }
    });
  }).then(function () {
    failWith("boot.stopped");
  }).catch(function (err) {
    failWith("boot.failed", { error: err && err.message ? err.message : String(err) });
  });
})();
