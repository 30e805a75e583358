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

  // Gradio labels each chat message "user's message: …" / "bot's message: …", the bot's with
  // the answer's raw HTML; a screen reader reads that out. In Danish, and as the text it shows.
  var MESSAGE_LABEL = /^(user|bot|assistant)'s message: ([\s\S]*)$/;

  function plainText(markup) {
    // DOMParser builds an inert document: nothing in it runs or loads.
    var doc = new DOMParser().parseFromString(markup, "text/html");
    doc.querySelectorAll(".cite-pop, .kopier-knapper, details.vis-mere").forEach(function (e) {
      e.remove();
    });
    // Line breaks and blocks part words, as on the screen.
    doc.querySelectorAll("br").forEach(function (e) { e.replaceWith(" "); });
    doc.querySelectorAll("div, li, p").forEach(function (e) { e.append(" "); });
    return (doc.body.textContent || "").replace(/\s+/g, " ").trim();
  }

  function danish(value) {
    var key = value.trim();
    if (Object.prototype.hasOwnProperty.call(DA, key)) return DA[key];
    var m = MESSAGE_LABEL.exec(value);
    if (m) return (m[1] === "user" ? "Spørgsmål: " : "Svar: ") + plainText(m[2]);
    return null;
  }

  function translateAttrs(el) {
    for (var i = 0; i < ATTRS.length; i++) {
      var v = el.getAttribute(ATTRS[i]);
      var da = v && danish(v);
      if (da && da !== v) el.setAttribute(ATTRS[i], da);
    }
  }

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
    translateAttrs(node);
    if (node.closest && node.closest(".svar")) return; // answers are ours, already Danish
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_ALL);
    var n = walker.nextNode();
    while (n) {
      if (n.nodeType === 3) translateNode(n);
      else if (n.nodeType === 1) translateAttrs(n);
      n = walker.nextNode();
    }
  }

  function watchPage() {
    translateNode(document.body);
    addCalendars();
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === "characterData") translateNode(r.target);
        else if (r.type === "attributes") translateNode(r.target);
        else r.addedNodes.forEach(translateNode);
      });
      addCalendars(); // the filter fields appear when their panel is first opened
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRS,
    });
  }

  // --- a calendar beside each date field ------------------------------------------------------
  // The fields take typed dates (19-06-2017 or 2017-06-19); the calendar is the browser's own
  // date picker, and a date picked there is written into the field as DD-MM-YYYY.
  var CALENDARS = {
    "dato-fra": "Vælg fra-dato i kalenderen",
    "dato-til": "Vælg til-dato i kalenderen",
  };
  var ICON = '<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" ' +
    'stroke="currentColor" stroke-width="2"><rect x="3" y="5" width="18" height="16" rx="2"/>' +
    '<path d="M3 10h18M8 3v4M16 3v4"/></svg>';

  function isoOf(text) {
    var t = (text || "").trim();
    var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return m[1] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[3]).slice(-2);
    m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
    if (m) return m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2);
    return "";
  }

  function addCalendars() {
    Object.keys(CALENDARS).forEach(function (id) {
      var block = document.getElementById(id);
      if (!block || block.querySelector(".kalender")) return;
      var field = block.querySelector("textarea, input:not([type='date'])");
      if (!field) return;
      var wrap = document.createElement("span");
      wrap.className = "kalender";
      wrap.innerHTML = ICON;
      var picker = document.createElement("input");
      picker.type = "date";
      picker.setAttribute("aria-label", CALENDARS[id]);
      picker.title = CALENDARS[id];
      // Open at the date already in the field.
      var sync = function () { picker.value = isoOf(field.value); };
      picker.addEventListener("pointerdown", sync);
      picker.addEventListener("focus", sync);
      picker.addEventListener("click", function () {
        try { picker.showPicker(); } catch (e) { /* older browsers open it themselves */ }
      });
      picker.addEventListener("change", function () {
        var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(picker.value);
        if (!m) return;
        field.value = m[3] + "-" + m[2] + "-" + m[1];
        // Gradio reads the field on its input event (and then runs the chips' change).
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new Event("change", { bubbles: true }));
      });
      wrap.appendChild(picker);
      // Beside the field itself, so it sits inside it whatever Gradio's padding.
      field.parentElement.classList.add("kalender-felt");
      field.parentElement.appendChild(wrap);
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
      // The button's own label, kept aside: a second click within the "Kopieret" moment
      // must not make "Kopieret ✓" the label for good.
      var label = button.getAttribute("data-label") || button.textContent;
      button.setAttribute("data-label", label);
      // What the user sees: the whole answer while "Vis mere" is open, else the short one.
      var answer = button.closest(".svar");
      var open = answer && answer.querySelector(":scope > details.vis-mere[open]");
      var text = (open && button.getAttribute("data-kopi-fuld")) ||
        button.getAttribute("data-kopi") || "";
      copyText(absolute(text)).then(function () {
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

  // A question sent while the last answer is still being written waits for it (the server
  // asks it next); say so under the input box, so the wait is not taken for a lost question.
  // Questions asked and answers finished are counted here: more than one open means a wait.
  // (Only the last of several questions sent meanwhile is asked, so two open is the most.)
  var open = 0;
  function showQueued() {
    var row = document.getElementById("input-row");
    if (!row) return;
    var note = document.getElementById("koe-besked");
    if (!note) {
      note = document.createElement("p");
      note.id = "koe-besked";
      note.setAttribute("role", "status");
      note.setAttribute("aria-live", "polite");
      row.insertAdjacentElement("afterend", note);
    }
    var waiting = open > 1;
    note.textContent = waiting
      ? "Dit spørgsmål stilles, så snart det forrige svar er færdigt."
      : "";
    note.hidden = !waiting;
  }
  window.referatAsked = function () {
    open = Math.min(open + 1, 2);
    showQueued();
  };
  window.referatAnswered = function () {
    open = Math.max(open - 1, 0);
    showQueued();
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watchPage);
  } else {
    watchPage();
  }
})();
