/* The town's search (search/index.html): reads the index files the build wrote as scripts, so
   it works from any static file server and from disk: search/villages.js lists the villages,
   each with its notices' days, and each village keeps its index in VILLAGE/search/ (t/ terms,
   d/ notices, newest first). A query is cut as the build cut the notices: runs of Chinese
   characters into pairs, ASCII words whole. Each village is asked for the terms (a village
   lacking one is not asked for the next), the hits are merged newest first across the town,
   then confirmed by finding each run and word in their text, so only true matches are listed. */
(function () {
  "use strict";
  var box = document.getElementById("search-results");
  if (!box) return;
  var nojs = document.getElementById("search-nojs");
  if (nojs) nojs.hidden = true;
  var d = box.dataset;
  var root = d.root, chunk = +d.chunk, version = d.version;
  var pageSize = 20;
  var loaded = {}, waiting = {}, villages = null;

  function isHan(c) {
    var v = c.codePointAt(0);
    return (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) ||
      (v >= 0x20000 && v <= 0x3134F);
  }
  function normal(s) { return s.normalize("NFKC").toLowerCase(); }

  /* The runs and words a query asks for, each with the terms the index holds for it. */
  function parse(q) {
    var needs = [], run = [], word = "", short = false;
    function endRun() {
      if (run.length === 1) short = true;
      if (run.length >= 2) {
        var pairs = [];
        for (var i = 1; i < run.length; i++) pairs.push(run[i - 1] + run[i]);
        needs.push({text: run.join(""), terms: pairs});
      }
      run = [];
    }
    function endWord() {
      if (word.length === 1) short = true;
      if (word.length >= 2) needs.push({text: word, terms: [word]});
      word = "";
    }
    for (var c of normal(q)) {
      if (isHan(c)) { endWord(); run.push(c); }
      else if (/^[a-z0-9]$/.test(c)) { endRun(); word += c; }
      else { endRun(); endWord(); }
    }
    endRun(); endWord();
    return {needs: needs, short: short};
  }

  function hash(term) {
    var h = 2166136261;
    for (var i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h;
  }

  /* Loads a script once; it hands its data to gongkaiSearch under `key`. */
  function load(key, src) {
    if (loaded[key]) return Promise.resolve(loaded[key]);
    if (!waiting[key]) {
      waiting[key] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { loaded[key] ? resolve(loaded[key]) : reject(new Error(key)); };
        s.onerror = function () { reject(new Error(key)); };
        document.head.appendChild(s);
      });
    }
    return waiting[key];
  }
  function villageFile(v, kind, k) {
    return load(kind + "/" + v.id + "/" + k, root + v.id + "/search/" + kind + "/" + k + ".js?v=" + v.version);
  }
  window.gongkaiSearch = {
    villages: function (list) { loaded.villages = list; },
    terms: function (id, k, map) { loaded["t/" + id + "/" + k] = map; },
    docs: function (id, k, list) { loaded["d/" + id + "/" + k] = list; }
  };

  /* The villages, in the order of the town's search, each with its notices' days. */
  function townIndex() {
    if (villages) return Promise.resolve(villages);
    return load("villages", root + "search/villages.js?v=" + version).then(function (list) {
      villages = list.map(function (row, order) {
        var days = [], last = 0;
        if (row[4]) {
          row[4].split(",").forEach(function (step, i) {
            last = i === 0 ? parseInt(step, 36) : last - parseInt(step, 36);
            days.push(last);
          });
        }
        return {id: row[0], count: row[1], shards: row[2], version: row[3], days: days, order: order};
      });
      return villages;
    });
  }

  function postings(v, term) {
    return villageFile(v, "t", hash(term) % v.shards).then(function (map) {
      var ids = [], last = 0, text = map[term];
      if (text === undefined) return ids;
      text.split(",").forEach(function (gap) { last += parseInt(gap, 36); ids.push(last); });
      return ids;
    });
  }

  /* A village's notices holding every term: asked term by term, stopping at the first it lacks. */
  function villageHits(v, terms) {
    var lists = [];
    function next(i) {
      if (i >= terms.length) return Promise.resolve(intersect(lists));
      return postings(v, terms[i]).then(function (ids) {
        if (ids.length === 0) return [];
        lists.push(ids);
        return next(i + 1);
      });
    }
    return next(0);
  }

  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    return lists[0].filter(function (id) {
      return lists.every(function (list) { return binarySearch(list, id); });
    });
  }
  function binarySearch(list, id) {
    var lo = 0, hi = list.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] === id) return true;
      if (list[mid] < id) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  function words(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* A short passage around the first match, the match marked. */
  function snippet(text, needs) {
    var low = normal(text), at = -1, len = 0;
    needs.forEach(function (n) { var i = low.indexOf(n.text); if (i >= 0 && (at < 0 || i < at)) { at = i; len = n.text.length; } });
    var p = el("p", "search-snippet");
    if (at < 0) return p;
    var from = Math.max(0, at - 30), to = Math.min(text.length, at + len + 50);
    p.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, at)));
    p.appendChild(el("mark", null, text.slice(at, at + len)));
    p.appendChild(document.createTextNode(text.slice(at + len, to) + (to < text.length ? "…" : "")));
    return p;
  }

  function render(q, query, candidates) {
    box.textContent = "";
    var count = el("p", "search-count");
    var list = el("ol", "search-list");
    box.appendChild(count);
    box.appendChild(list);
    var next = 0, found = 0, checked = 0;
    var more = el("button", "search-more");
    more.type = "button";

    /* Confirms candidates in order until a page of matches is shown or none is left. */
    function step() {
      var shown = 0;
      function go() {
        if (next >= candidates.length || shown >= pageSize) return Promise.resolve();
        var hit = candidates[next];
        return villageFile(hit.v, "d", Math.floor(hit.id / chunk)).then(function (docs) {
          var doc = docs[hit.id % chunk], text = normal(doc[6]);
          next++;
          checked++;
          if (query.needs.every(function (n) { return text.indexOf(n.text) >= 0; })) {
            found++;
            shown++;
            var li = el("li", "search-hit");
            var a = el("a", null, doc[1]);
            a.href = root + doc[0] + "/index.html";
            var h = el("h2");
            h.appendChild(a);
            li.appendChild(h);
            var meta = el("p", "search-meta", [doc[2], doc[3]].join(d.sep) + d.sep);
            var time = el("time", null, doc[5]);
            time.dateTime = doc[4];
            meta.appendChild(time);
            li.appendChild(meta);
            li.appendChild(snippet(doc[6], query.needs));
            list.appendChild(li);
          }
          return go();
        });
      }
      return go().then(function () {
        var left = candidates.length - next;
        /* A pair or a word is found exactly by the index; a longer run only once confirmed. */
        var exact = query.needs.every(function (n) { return n.terms.length === 1; });
        if (found === 0 && left === 0) {
          count.textContent = words(d.none, {q: q});
        } else if (left === 0 || exact) {
          count.textContent = words(d.found, {n: left === 0 ? found : candidates.length});
        } else {
          count.textContent = words(d.atleast, {n: found});
        }
        if (left > 0) {
          more.textContent = words(d.more, {n: Math.min(pageSize, left)});
          if (!more.parentNode) box.appendChild(more);
        } else if (more.parentNode) {
          more.remove();
        }
        box.dataset.state = "done";
      });
    }
    /* One step at a time: a second press while one runs would take the same notices twice. */
    var busy = null;
    more.addEventListener("click", function () {
      if (busy) return;
      box.dataset.state = "searching";
      busy = step().then(function () { busy = null; });
    });
    return step();
  }

  function search(q) {
    box.dataset.state = "searching";
    var query = parse(q);
    if (query.needs.length === 0) {
      box.textContent = q.trim() ? d.short : "";
      box.dataset.state = "done";
      return Promise.resolve();
    }
    box.textContent = d.searching;
    var terms = [];
    query.needs.forEach(function (n) { n.terms.forEach(function (t) { if (terms.indexOf(t) < 0) terms.push(t); }); });
    return townIndex().then(function (list) {
      return Promise.all(list.filter(function (v) { return v.count > 0; }).map(function (v) {
        return villageHits(v, terms).then(function (ids) {
          return ids.map(function (id) { return {v: v, id: id}; });
        });
      }));
    }).then(function (perVillage) {
      /* Newest first across the town; on one day by village, then as the village lists them. */
      var hits = [].concat.apply([], perVillage);
      hits.sort(function (a, b) {
        return (b.v.days[b.id] - a.v.days[a.id]) || (a.v.order - b.v.order) || (a.id - b.id);
      });
      return render(q, query, hits);
    }).catch(function () {
      box.textContent = d.failed;
      box.dataset.state = "failed";
    });
  }

  var input = document.getElementById("q");
  var q = new URLSearchParams(location.search).get("q") || "";
  if (input) input.value = q;
  if (q) search(q);
  window.gongkaiSearch.run = search;
})();
