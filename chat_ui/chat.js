// Referat chat: behaviour Gradio has no component for. Loaded once in the page head.
(function () {
  "use strict";

  // --- Gradio's own strings in Danish --------------------------------------------------------
  // Gradio ships no Danish locale and its English strings win over custom translations, so the
  // visible ones are replaced where they appear (text, aria-label, title, placeholder).
  var DA = {
    "Connection to the server was lost. Attempting reconnection...":
      "Forbindelsen til serveren blev afbrudt. Prøver at oprette forbindelse igen …",
    "Connection errored out.": "Forbindelsen fejlede.",
    "Could not resolve app config.": "Siden kunne ikke indlæses. Genindlæs siden.",
    "This application is currently busy. Please try again. ":
      "Referat har travlt lige nu. Prøv igen om lidt.",
    "Lost connection due to leaving page. Rejoining queue...":
      "Forbindelsen blev afbrudt, da siden blev forladt. Prøver igen …",
    "Error": "Fejl",
    "error": "fejl",
    "Warning": "Advarsel",
    "Info": "Info",
    "Close": "Luk",
    "Loading...": "Indlæser …",
    "Loading": "Indlæser",
    "Like": "Godt svar",
    "Dislike": "Dårligt svar",
    "Liked": "Godt svar",
    "Disliked": "Dårligt svar",
    "Copy": "Kopiér",
    "Copied": "Kopieret",
    "Copy message": "Kopiér besked",
    "Copy conversation": "Kopiér samtalen",
    "Clear": "Ryd",
    "Retry": "Prøv igen",
    "Undo": "Fortryd",
    "Edit": "Rediger",
    "Submit": "Send",
    "Stop": "Stop",
    "Examples": "Eksempler",
    "Chatbot": "Samtale",
    "chatbot conversation": "samtale",
    "Empty": "Tom",
    "Settings": "Indstillinger",
    "Share": "Del",
    "Download": "Hent",
    "Remove": "Fjern",
    "Expand": "Udvid",
    "Collapse": "Fold sammen",
    "Scroll down": "Rul ned",
    "Scroll to bottom": "Rul til bunden",
    "Select an option": "Vælg",
    "Dropdown": "Rulleliste",
    "No results": "Ingen resultater",
    "Press Enter to add": "Tryk Enter for at tilføje",
  };
  var ATTRS = ["aria-label", "title", "placeholder"];

  function translateNode(node) {
    if (node.nodeType === 3) {
      var t = node.nodeValue;
      var key = t.trim();
      if (key && Object.prototype.hasOwnProperty.call(DA, key)) {
        node.nodeValue = t.replace(key, DA[key]);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    for (var i = 0; i < ATTRS.length; i++) {
      var v = node.getAttribute(ATTRS[i]);
      if (v && Object.prototype.hasOwnProperty.call(DA, v.trim())) {
        node.setAttribute(ATTRS[i], DA[v.trim()]);
      }
    }
    if (node.closest && node.closest(".svar")) return; // answers are ours, already Danish
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_ALL);
    var n = walker.nextNode();
    while (n) {
      if (n.nodeType === 3) translateNode(n);
      else if (n.nodeType === 1) {
        for (var j = 0; j < ATTRS.length; j++) {
          var w = n.getAttribute(ATTRS[j]);
          if (w && Object.prototype.hasOwnProperty.call(DA, w.trim())) {
            n.setAttribute(ATTRS[j], DA[w.trim()]);
          }
        }
      }
      n = walker.nextNode();
    }
  }

  function watchStrings() {
    translateNode(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === "characterData") translateNode(r.target);
        else if (r.type === "attributes") translateNode(r.target);
        else r.addedNodes.forEach(translateNode);
      });
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRS,
    });
  }

  // --- copy an answer as plain text or Markdown -----------------------------------------------
  function absolute(text) {
    // Source links are relative to this server; a pasted link must work anywhere.
    return text.replace(/(^|[\s(])\/minutes\//gm, "$1" + window.location.origin + "/minutes/");
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
    return Promise.resolve();
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest && ev.target.closest("button.kopier");
    if (button) {
      ev.preventDefault();
      var label = button.textContent;
      copyText(absolute(button.getAttribute("data-kopi") || "")).then(function () {
        button.textContent = "Kopieret ✓";
        setTimeout(function () { button.textContent = label; }, 1800);
      });
      return;
    }
    // On a touch screen the first tap on [n] shows the quote; the second opens the source.
    var cite = ev.target.closest && ev.target.closest("a.cite");
    document.querySelectorAll("a.cite.vis").forEach(function (a) {
      if (a !== cite) a.classList.remove("vis");
    });
    if (cite && window.matchMedia("(hover: none)").matches && !cite.classList.contains("vis")) {
      ev.preventDefault();
      cite.classList.add("vis");
      requestAnimationFrame(function () { place(cite); });
    }
  }, true);

  // Keep a shown quote inside the conversation panel (it would be cut at the right edge).
  function place(cite) {
    var pop = cite.querySelector(".cite-pop");
    var panel = document.getElementById("samtale");
    if (!pop || !panel) return;
    pop.style.left = "";
    var over = pop.getBoundingClientRect().right - panel.getBoundingClientRect().right + 8;
    if (over > 0) pop.style.left = "calc(-0.5rem - " + Math.ceil(over) + "px)";
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var cite = ev.target.closest && ev.target.closest("a.cite");
      if (cite) requestAnimationFrame(function () { place(cite); });
    });
  });

  // --- after a question: show its start, not the bottom of the panel -------------------------
  function scrollToLatest() {
    var log = document.querySelector("#samtale [role='log']") ||
      document.querySelector("#samtale .bubble-wrap");
    if (!log) return;
    var users = log.querySelectorAll(".message-row.user-row");
    if (!users.length) users = log.querySelectorAll(".message.user, [data-testid='user']");
    var last = users[users.length - 1];
    if (!last) return;
    var top = last.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop;
    log.scrollTop = Math.max(0, top - 4);
    var box = document.getElementById("samtale").getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight * 0.5) {
      document.getElementById("samtale").scrollIntoView({ block: "start" });
    }
  }
  window.referatScrollToLatest = function () {
    // Twice: once the question is shown, once the first words of the answer are.
    setTimeout(scrollToLatest, 150);
    setTimeout(scrollToLatest, 700);
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchStrings);
  } else {
    watchStrings();
  }
})();
