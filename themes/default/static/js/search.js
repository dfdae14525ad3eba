// Search, as progressive enhancement: without this file the header's search box leads to the A–Ö
// register. The index (written by generator/search/) is a set of classic scripts, each calling
// insynSearch(name, data), so it loads from file://, under any sub-path and from an unpacked archive:
// no fetch(), no modules, no WebAssembly. A query loads meta.js, one term file per word (by the
// word's first two characters) and the record files of the results it shows; between keys the page
// preloads what the likely next keys need ("Preloading" below).
(function () {
  "use strict";

  // The header's box goes to the search page when this script runs (the register otherwise).
  document.querySelectorAll("form.site-search[data-search-page]").forEach(function (form) {
    form.setAttribute("action", form.getAttribute("data-search-page"));
  });

  var form = document.querySelector("form.search-page-form");
  if (!form) return;

  // ---- Loading index files as scripts -------------------------------------------------------------
  var base = form.getAttribute("data-search-index");
  var loaded = {};
  var waiting = {};
  window.insynSearch = function (name, data) {
    loaded[name] = data;
    if (waiting[name]) waiting[name].resolve(data);
  };
  function load(name) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    if (waiting[name]) return waiting[name].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      var script = document.createElement("script");
      script.src = base + name + ".js";
      script.onerror = function () {
        delete waiting[name];
        reject(new Error("cannot load " + name));
      };
      document.head.appendChild(script);
    });
    waiting[name] = entry;
    return entry.promise;
  }

  // ---- Words: the same rules as generator/search/tokenize.cc --------------------------------------
  var fold = {};
  function isWordChar(cp) {
    if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
    if (cp < 0xc0 || cp === 0xd7 || cp === 0xf7) return false;
    if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f)) return false;
    if ((cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff) return false;
    return true;
  }
  function isDigit(ch) { return ch >= "0" && ch <= "9"; }
  // The words of `text` with where each starts and ends in it (UTF-16 offsets).
  function words(text) {
    var out = [], word = "", start = -1, prev = "";
    var chars = Array.from(text), offset = 0;
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i], cp = ch.codePointAt(0);
      if (isWordChar(cp)) {
        if (start < 0) start = offset;
        word += cp < 0x180 && fold[ch] !== undefined ? fold[ch] : ch;
      } else if ((ch === "." || ch === ",") && isDigit(prev) && i + 1 < chars.length && isDigit(chars[i + 1])) {
        word += ch;
      } else if (word) {
        out.push({ word: word, start: start, end: offset });
        word = "";
        start = -1;
      }
      prev = ch;
      offset += ch.length;
    }
    if (word) out.push({ word: word, start: start, end: offset });
    return out;
  }
  // The term files a word needs: the one whose key begins it, or (while typing a short word) every
  // file whose key it begins; plus the "=" file of a split key equal to it (index_writer.h).
  function shardsFor(word) {
    var chars = Array.from(word), out = [];
    for (var n = 1; n <= chars.length; n++) {
      if (meta.shardSet[chars.slice(0, n).join("")]) { out.push(chars.slice(0, n).join("")); break; }
    }
    if (!out.length) {
      meta.shards.forEach(function (k) { if (k.lastIndexOf(word, 0) === 0) out.push(k); });
      meta.exact.forEach(function (k) { if (k.lastIndexOf(word, 0) === 0 && k !== word) out.push(k + "="); });
    }
    if (meta.exactSet[word]) out.push(word + "=");
    return out;
  }
  function fileKey(key) {
    return Array.from(key).map(function (ch) {
      if (/^[a-z0-9]$/.test(ch)) return ch;
      var cp = ch.codePointAt(0);
      return cp <= 0xffff ? "_" + ("000" + cp.toString(16)).slice(-4) : "-" + ("00000" + cp.toString(16)).slice(-6);
    }).join("");
  }
  function undelta(list) {
    var out = new Array(list.length), id = 0;
    for (var i = 0; i < list.length; i++) { id += list[i]; out[i] = id; }
    return out;
  }

  // ---- Matching -------------------------------------------------------------------------------------
  // Scores of one query word: the exact word 3, words of the same stem 2.5 (Snowball's stems, computed
  // at build time), words it begins 1.5 (typing), compounds it begins a part of 1; a title counts twice.
  function matchWord(q, shard, count) {
    var scores = new Float32Array(count), terms = [];
    var stems = {}, anyPrefix = false;
    shard.w.forEach(function (e) {
      if (e[0] === q) stems[e[1] || e[0]] = true;
      if (e[0].lastIndexOf(q, 0) === 0) anyPrefix = true;
    });
    if (!anyPrefix) {
      // A form the site never uses ("rehabiliteringarna"): the longest stem it begins with, when what
      // is left is no longer than a Swedish ending.
      var best = "";
      shard.w.forEach(function (e) {
        var s = e[1] || e[0];
        if (s.length >= 4 && s.length > best.length && q.length - s.length <= 5 && q.lastIndexOf(s, 0) === 0) best = s;
      });
      if (best) stems[best] = true;
    }
    function add(ids, weight) {
      for (var i = 0; i < ids.length; i++) if (scores[ids[i]] < weight) scores[ids[i]] = weight;
    }
    shard.w.forEach(function (e) {
      var w = e[0] === q ? 3 : stems[e[1] || e[0]] ? 2.5 : e[0].lastIndexOf(q, 0) === 0 ? 1.5 : 0;
      if (!w) return;
      terms.push(e[0]);
      add(undelta(e[2]), 2 * w);
      add(undelta(e[3]), w);
    });
    shard.p.forEach(function (e) {
      if (e[0].lastIndexOf(q, 0) !== 0) return;
      add(undelta(e[1]), 2);
      add(undelta(e[2]), 1);
    });
    return { scores: scores, terms: terms };
  }

  // ---- The page ---------------------------------------------------------------------------------------
  var input = form.elements.q;
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var pageSize = 30, firstBatch = 8, shown = pageSize, generation = 0, meta = null, groupOf = null;
  var maxFiles = 6;  // term files one word may need before the box asks for another character
  var kindLabels = {};
  (form.getAttribute("data-t-kinds") || "").split("|").forEach(function (pair) {
    var at = pair.indexOf("=");
    if (at > 0) kindLabels[pair.slice(0, at)] = pair.slice(at + 1);
  });
  function text(key, q, n) {
    return (form.getAttribute("data-t-" + key) || "").replace("{q}", q).replace("{n}", String(n));
  }
  function filterValue(name) { return form.elements[name] ? form.elements[name].value : ""; }

  function prepareMeta(m) {
    meta = m;
    fold = m.fold;
    groupOf = new Int32Array(m.count);
    m.groups.forEach(function (g, gi) { for (var i = 0; i < g[5]; i++) groupOf[g[4] + i] = gi; });
    meta.shardSet = {};
    meta.exactSet = {};
    meta.kib = {};
    m.shards.forEach(function (k, i) { meta.shardSet[k] = true; meta.kib["t" + fileKey(k)] = m.sizes ? m.sizes[i] : 1; });
    m.exact.forEach(function (k) { meta.exactSet[k] = true; });
  }

  function updateUrl(q) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    ["year", "board", "kind"].forEach(function (name) { if (filterValue(name)) params.set(name, filterValue(name)); });
    var search = params.toString();
    try {
      history.replaceState(null, "", search ? "?" + search : location.pathname.split("/").pop());
    } catch (e) { /* some browsers refuse history changes on file:// pages; the search still works */ }
  }

  // The query box's words of at least two characters (shorter ones are left out of a query).
  function queryTokens(raw) {
    var tokens = [];
    words(raw).forEach(function (t) {
      if (Array.from(t.word).length >= 2 && tokens.indexOf(t.word) < 0) tokens.push(t.word);
    });
    return tokens;
  }

  // Term files ("t" + file key) a word needs.
  function termFiles(word) {
    return shardsFor(word).map(function (k) { return "t" + fileKey(k); });
  }
  // The entries of a word's term files, or null while one of them is not loaded.
  function entriesFor(word) {
    var files = termFiles(word), w = [], p = [];
    for (var i = 0; i < files.length; i++) {
      var f = loaded[files[i]];
      if (!f) return null;
      w = w.concat(f.w);
      p = p.concat(f.p);
    }
    return { w: w, p: p };
  }
  // A word's scores for every record, kept for the last few words: the next keystroke usually
  // scores the other words of the query again, and preloading scores the likely next words.
  var scoreCache = new Map();
  function scoresFor(word) {
    var scores = scoreCache.get(word);
    if (!scores) {
      var entries = entriesFor(word);
      if (!entries) return null;
      scores = matchWord(word, entries, meta.count);
      if (scoreCache.size >= 32) scoreCache.delete(scoreCache.keys().next().value);
    } else {
      scoreCache.delete(word);  // to the end: used last
    }
    scoreCache.set(word, scores);
    return scores;
  }
  // The records that match every word, best first; only the first `limit` when it is given (a partial
  // selection: preloading needs eight of ten thousand).
  function rank(tokens, limit) {
    var lists = tokens.map(scoresFor), total = new Float32Array(lists[0].scores);
    for (var t = 1; t < lists.length; t++) {
      var s = lists[t].scores;
      for (var id = 0; id < meta.count; id++) total[id] = s[id] ? total[id] + s[id] : 0;
    }
    var year = filterValue("year"), board = filterValue("board"), kind = filterValue("kind");
    var hits = [];
    var better = function (a, b) { return total[b] - total[a] || a - b; };
    for (var id = 0; id < meta.count; id++) {
      if (!total[id]) continue;
      if (year || board || kind) {
        var g = meta.groups[groupOf[id]];
        if ((year && String(g[1]) !== year) || (board && g[0] !== board) || (kind && g[3] !== kind)) continue;
      }
      if (limit && hits.length === limit) {
        if (better(id, hits[limit - 1]) >= 0) continue;
        hits.pop();
      }
      hits.push(id);
      if (limit) for (var i = hits.length - 1; i > 0 && better(hits[i], hits[i - 1]) < 0; i--) {
        var swap = hits[i]; hits[i] = hits[i - 1]; hits[i - 1] = swap;
      }
    }
    if (!limit) hits.sort(better);
    var terms = [];
    tokens.forEach(function (t, i) { terms = terms.concat(lists[i].terms); terms.push(t); });
    return { hits: hits, terms: terms };
  }

  function run(keepShown) {
    var raw = input.value.trim();
    var my = ++generation;
    results.removeAttribute("aria-busy");  // a list an earlier keystroke was still filling
    if (!keepShown) shown = pageSize;
    updateUrl(raw);
    var tokens = queryTokens(raw);
    if (!raw) { results.textContent = ""; status.textContent = ""; return Promise.resolve(); }
    if (!tokens.length) {
      results.textContent = "";
      status.textContent = text("min", raw, 0);
      schedulePreload(my);
      return Promise.resolve();
    }
    var needed = tokens.map(shardsFor);
    // A short prefix of a word the site holds thousands of forms of ("r0" of "R00042"): wait for more.
    // More than a few files is more than a keystroke can load in 50 ms (bench/README.md, "Search").
    if (needed.some(function (list) { return list.length > maxFiles; })) {
      status.textContent = text("more-chars", raw, 0);
      schedulePreload(my);
      return Promise.resolve();
    }
    if (needed.some(function (list) { return !list.length; })) return show(raw, [], [], my, 0);
    return Promise.all(tokens.map(function (t) {
      return Promise.all(termFiles(t).map(load));
    })).then(function () {
      if (my !== generation) return;
      var ranked = rank(tokens, 0);
      return show(raw, ranked.hits, ranked.terms, my, keepShown ? shown - pageSize : firstBatch);
    }, function () {
      if (my === generation) status.textContent = text("error", raw, 0);
    });
  }

  // ---- Preloading for the next keystroke ------------------------------------------------------------
  // A keystroke that needs an index file not yet loaded waits for a script from disk (10–60 ms each in
  // Chromium, more with several at once), and a new prefix waits for its term files and then for the
  // record files of its first results, one after the other (bench/README.md, "Search"). So while the
  // reader is between keys the page loads what the likely next keys need: for the word being typed,
  // each character the site's words continue it with, the most used first, gets its term files when
  // they are not in yet (the word has one character, or its prefix needs too many files) and then the
  // record files of the first results it would show. Within a budget per pause, so a query's bytes stay
  // bounded; a keystroke ends the pause's work (done one next word per task), not the files already
  // asked for.
  var preloadTermKiB = 256, preloadRecordFiles = 12;
  // Not when the reader asked the browser to save data.
  var saveData = navigator.connection && navigator.connection.saveData;
  function schedulePreload(my) {
    if (!saveData) setTimeout(function () { if (my === generation) preload(my); }, 0);
  }
  // The words one more character makes of `word`, heaviest first: weighed by the records their
  // entries point at when the word's term files are in, else by the size of the term files.
  function nextWords(word) {
    var weights = {}, n = word.length;
    function add(term, weight) {
      if (term.length <= n || term.lastIndexOf(word, 0) !== 0) return;
      var next = word + String.fromCodePoint(term.codePointAt(n));
      weights[next] = (weights[next] || 0) + weight;
    }
    var entries = Array.from(word).length >= 2 ? entriesFor(word) : null;
    if (entries) {
      entries.w.forEach(function (e) { add(e[0], e[2].length + e[3].length); });
      entries.p.forEach(function (e) { add(e[0], e[1].length + e[2].length); });
    } else {
      meta.shards.forEach(function (k, i) { add(k, meta.sizes ? meta.sizes[i] : 1); });
      meta.exact.forEach(function (k) { add(k, 0); });
    }
    return Object.keys(weights).sort(function (a, b) { return weights[b] - weights[a] || (a < b ? -1 : 1); });
  }
  function preload(my) {
    var value = input.value, all = words(value), last = all[all.length - 1];
    // After a space the next key starts a word of one character, which a query leaves out.
    if (!last || last.end !== value.length) return;
    var others = queryTokens(value).filter(function (t) { return t !== last.word; });
    var kib = preloadTermKiB, records = preloadRecordFiles, plans = [];
    nextWords(last.word).forEach(function (next) {
      var files = termFiles(next);
      if (!files.length || files.length > maxFiles) return;  // that key asks for one more character
      var cost = 0;
      files.forEach(function (f) { if (!loaded[f] && !waiting[f]) cost += meta.kib[f] || 1; });
      if (cost > kib) return;
      kib -= cost;
      plans.push({ tokens: others.concat([next]), files: files });
      files.forEach(function (f) { load(f).catch(function () {}); });
    });
    (function step(i) {
      if (my !== generation || i >= plans.length || records <= 0) return;
      Promise.all(plans[i].files.map(load)).then(function () {
        if (my !== generation) return;
        var top = plans[i].tokens.every(scoresFor) ? rank(plans[i].tokens, firstBatch).hits : [];
        var chunks = {};
        top.forEach(function (id) { chunks["r" + Math.floor(id / meta.chunk)] = true; });
        Object.keys(chunks).forEach(function (name) {
          if (loaded[name] || waiting[name] || records <= 0) return;
          records--;
          load(name).catch(function () {});
        });
        setTimeout(function () { step(i + 1); }, 0);
      }, function () {});
    })(0);
  }

  // Record files a list of results needs.
  function loadRecords(ids) {
    var chunks = {};
    ids.forEach(function (id) { chunks[Math.floor(id / meta.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return load("r" + c); }));
  }
  // Shows the first `head` results (and announces the count) as soon as their record files are in, then
  // the rest of the page: every record file is a script to load, and thirty results can need twenty of
  // them, more than a keystroke has time for. Focus stays on the link it was on.
  function show(raw, hits, terms, my, head) {
    if (!hits.length) {
      results.textContent = "";
      results.removeAttribute("aria-busy");
      status.textContent = text("none", raw, 0);
      schedulePreload(my);
      return Promise.resolve();
    }
    var top = hits.slice(0, shown), first = top.slice(0, Math.max(1, head));
    var fail = function () { if (my === generation) status.textContent = text("error", raw, 0); };
    return loadRecords(first).then(function () {
      if (my !== generation) return;
      var partial = first.length < top.length;
      results.setAttribute("aria-busy", partial ? "true" : "false");
      render(first, hits.length, terms);
      status.textContent = text(hits.length === 1 ? "count-one" : "count", raw, hits.length);
      schedulePreload(my);
      if (!partial) return;
      return loadRecords(top).then(function () {
        if (my !== generation) return;
        var focused = results.contains(document.activeElement) ? document.activeElement.getAttribute("href") : null;
        render(top, hits.length, terms);
        results.setAttribute("aria-busy", "false");
        if (focused === null) return;
        var links = results.querySelectorAll(".search-hits a");
        for (var i = 0; i < links.length; i++) if (links[i].getAttribute("href") === focused) { links[i].focus(); break; }
      }, fail);
    }, fail);
  }

  function record(id) { return loaded["r" + Math.floor(id / meta.chunk)][id % meta.chunk]; }

  // Whether a word of a result is one the query matched: it begins with a matched term, or contains
  // one of at least four characters. Looked up by the word's prefixes and inner parts in a set, not by
  // trying every term: a short prefix of a code ("r00") matches a thousand terms.
  function matcher(terms) {
    var set = new Set(terms), memo = new Map();
    return function (word) {
      var hit = memo.get(word);
      if (hit !== undefined) return hit;
      var chars = Array.from(word);
      hit = false;
      for (var i = 0; i < chars.length && !hit; i++) {
        var part = "";
        for (var j = i; j < chars.length && !hit; j++) {
          part += chars[j];
          hit = (i === 0 || j - i >= 3) && set.has(part);
        }
      }
      memo.set(word, hit);
      return hit;
    };
  }
  // Text with the words a query matched in <mark>; built from text nodes, never from HTML.
  function highlighted(str, matches) {
    var frag = document.createDocumentFragment(), at = 0;
    words(str).forEach(function (w) {
      if (!matches(w.word)) return;
      frag.appendChild(document.createTextNode(str.slice(at, w.start)));
      var mark = document.createElement("mark");
      mark.textContent = str.slice(w.start, w.end);
      frag.appendChild(mark);
      at = w.end;
    });
    frag.appendChild(document.createTextNode(str.slice(at)));
    return frag;
  }
  // A short excerpt around the first matched word.
  function excerpt(str, matches) {
    var first = -1;
    words(str).some(function (w) {
      if (matches(w.word)) first = w.start;
      return first >= 0;
    });
    var from = first > 80 ? str.lastIndexOf(" ", first - 60) + 1 : 0;
    var out = str.slice(from, from + 200);
    return (from > 0 ? "… " : "") + out + (from + 200 < str.length ? " …" : "");
  }

  function render(top, count, terms) {
    var matches = matcher(terms);
    // Grouped by plan year (newest first) and document, in the index's order; best first inside.
    var groups = {}, order = [];
    top.forEach(function (id) {
      var g = meta.groups[groupOf[id]];
      var key = g[1] + "|" + g[0] + "|" + g[2];
      if (!groups[key]) { groups[key] = { g: g, ids: [], first: g[4] }; order.push(key); }
      groups[key].ids.push(id);
    });
    order.sort(function (a, b) { return groups[a].first - groups[b].first; });
    results.textContent = "";
    var lastYear = null;
    order.forEach(function (key) {
      var grp = groups[key], g = grp.g;
      var yearHeading = g[1] ? g[1] + (g[0] ? " – " + g[0] : "") : text("pages", "", 0);
      if (yearHeading !== lastYear) {
        var h2 = document.createElement("h2");
        h2.textContent = yearHeading;
        results.appendChild(h2);
        lastYear = yearHeading;
      }
      var h3 = document.createElement("h3");
      h3.textContent = g[2] || text("pages", "", 0);
      results.appendChild(h3);
      var list = document.createElement("ul");
      list.className = "search-hits";
      grp.ids.forEach(function (id) {
        var r = record(id);
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "../" + r[0] + (r[1] ? "#" + r[1] : "");
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = kindLabels[g[3]] || g[3];
        a.appendChild(kind);
        a.appendChild(document.createTextNode(" "));
        a.appendChild(highlighted((r[2] ? r[2] + " " : "") + r[3], matches));
        li.appendChild(a);
        if (r[4]) {
          var p = document.createElement("p");
          p.appendChild(highlighted(excerpt(r[4], matches), matches));
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      results.appendChild(list);
    });
    if (count > top.length) {
      var more = document.createElement("button");
      more.type = "button";
      more.className = "search-more";
      more.textContent = text("more", "", 0);
      more.addEventListener("click", function () {
        var index = top.length;
        shown += pageSize;
        run(true).then(function () {
          var links = results.querySelectorAll(".search-hits a");
          if (links[index]) links[index].focus();
        });
      });
      results.appendChild(more);
    }
  }

  // Arrow keys move from the box through the results and back.
  form.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && e.target === input) {
      var first = results.querySelector(".search-hits a");
      if (first) { e.preventDefault(); first.focus(); }
    }
  });
  results.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Escape") return;
    var links = Array.prototype.slice.call(results.querySelectorAll(".search-hits a"));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    if (e.key === "Escape" || (e.key === "ArrowUp" && at === 0)) input.focus();
    else if (e.key === "ArrowDown" && at + 1 < links.length) links[at + 1].focus();
    else if (e.key === "ArrowUp") links[at - 1].focus();
  });

  form.addEventListener("submit", function (e) { e.preventDefault(); run(false); });
  input.addEventListener("input", function () { run(false); });
  ["year", "board", "kind"].forEach(function (name) {
    if (form.elements[name]) form.elements[name].addEventListener("change", function () { run(false); });
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  ["year", "board", "kind"].forEach(function (name) {
    if (form.elements[name] && params.get(name)) form.elements[name].value = params.get(name);
  });
  load("meta").then(function (m) {
    prepareMeta(m);
    if (input.value) run(false);
  }, function () { status.textContent = text("error", "", 0); });
})();
