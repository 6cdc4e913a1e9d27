// onrecord: a click on a highlight shows who said it, when and through whom. No dependencies.
(function () {
  "use strict";
  function cardFor(id) { return document.getElementById("st-" + id); }

  function select(id, scroll) {
    document.querySelectorAll(".hl.selected, .card.selected").forEach(function (el) {
      el.classList.remove("selected");
    });
    document.querySelectorAll('.hl[data-st="' + id + '"]').forEach(function (el) {
      el.classList.add("selected");
    });
    var card = cardFor(id);
    if (!card) { return; }
    card.classList.add("selected");
    var pop = document.getElementById("popover");
    if (pop) {
      pop.textContent = "";
      var who = card.querySelector(".card-head .speaker");
      var facts = card.querySelectorAll(".facts dd");
      var line = document.createElement("strong");
      line.textContent = who ? who.textContent : "Unnamed speaker";
      pop.appendChild(line);
      ["said", "cue", "via"].forEach(function (label, i) {
        if (facts[i]) {
          var p = document.createElement("div");
          p.textContent = label + ": " + facts[i].textContent.trim();
          pop.appendChild(p);
        }
      });
      pop.hidden = false;
    }
    if (scroll) { card.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
  }

  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest && ev.target.closest(".hl[data-st]");
    if (mark) { select(mark.getAttribute("data-st"), true); return; }
    var card = ev.target.closest && ev.target.closest(".card[data-st]");
    if (card && !ev.target.closest("a")) {
      select(card.getAttribute("data-st"), false);
      var first = document.querySelector('.hl[data-st="' + card.getAttribute("data-st") + '"]');
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches && ev.target.matches(".hl[data-st]")) {
      select(ev.target.getAttribute("data-st"), true);
    }
  });
  function fromHash() {
    var m = /^#st-(\d+)$/.exec(window.location.hash);
    if (m && document.querySelector(".hl[data-st]")) {
      select(m[1], false);
      var first = document.querySelector('.hl[data-st="' + m[1] + '"]');
      if (first) { first.scrollIntoView({ block: "center" }); }
    }
  }
  document.addEventListener("DOMContentLoaded", fromHash);
  window.addEventListener("hashchange", fromHash);
})();
