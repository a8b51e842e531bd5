// 大字 and 朗读 for older readers (适老化): added here, so without JavaScript neither appears and
// nothing else on the page changes. 大字 is remembered in this browser; 朗读 reads the notice
// aloud with the browser's own speech synthesis.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "gongkai-large";
  var head = document.querySelector(".masthead");
  var masthead = head && head.querySelector(".wrap");
  if (!masthead) return;
  // The words, in the page's language, come from the masthead (data-large, data-read, …).
  var say = head.dataset;

  function remember(on) {
    try { localStorage.setItem(key, on ? "1" : "0"); } catch (e) { /* private mode: this page only */ }
  }

  var tools = document.createElement("div");
  tools.className = "reader-tools";

  var large = document.createElement("button");
  large.type = "button";
  large.textContent = say.large || "大字";
  large.setAttribute("aria-pressed", root.classList.contains("large") ? "true" : "false");
  large.addEventListener("click", function () {
    var on = !root.classList.contains("large");
    root.classList.toggle("large", on);
    large.setAttribute("aria-pressed", on ? "true" : "false");
    remember(on);
  });
  tools.appendChild(large);

  var notice = document.querySelector("article.notice");
  var speech = window.speechSynthesis;
  if (notice && speech && window.SpeechSynthesisUtterance) {
    var read = document.createElement("button");
    read.type = "button";
    read.textContent = say.read || "朗读";
    read.setAttribute("aria-pressed", "false");
    var stop = function () {
      speech.cancel();
      read.textContent = say.read || "朗读";
      read.setAttribute("aria-pressed", "false");
    };
    read.addEventListener("click", function () {
      if (read.getAttribute("aria-pressed") === "true") { stop(); return; }
      // The notice as a reader hears it: its heading, dates, tables, text, revision notes and
      // hotline; not the commit list, checksums, file names or download links.
      var copy = notice.cloneNode(true);
      var history = copy.querySelectorAll(".history");
      for (var h = 0; h < history.length; h++) {
        var section = history[h].closest("section");
        if (section && !section.querySelector(".revisions")) section.remove(); else history[h].remove();
      }
      var skipped = copy.querySelectorAll("code, .hash, .integrity, .csv, .notice-links, script");
      for (var i = 0; i < skipped.length; i++) skipped[i].remove();
      var utterance = new SpeechSynthesisUtterance(copy.textContent.replace(/\s+/g, " ").trim());
      utterance.lang = say.speechLang || "zh-CN";
      utterance.onend = stop;
      speech.cancel();
      speech.speak(utterance);
      read.textContent = say.stop || "停止朗读";
      read.setAttribute("aria-pressed", "true");
    });
    tools.appendChild(read);
    window.addEventListener("pagehide", function () { speech.cancel(); });
  }
  masthead.appendChild(tools);
})();
