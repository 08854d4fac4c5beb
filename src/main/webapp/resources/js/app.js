/* The application's own behaviour on every page (a file, as the Content-Security-Policy allows no inline script). */
(function () {
  "use strict";

  /* The error summary: shown after a refused form, it takes the focus so a screen reader reads it; each of its links
     puts the focus in the field it names (a plain link to an input would only scroll). */
  function focusSummary() {
    var summary = document.getElementById("errorSummary");
    if (summary && summary.getAttribute("data-seen") !== "1") {
      summary.setAttribute("data-seen", "1");
      summary.focus();
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.error-link") : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").substring(1)));
    if (field) {
      event.preventDefault();
      field.scrollIntoView({block: "center"});
      field.focus();
    }
  });

  /* The navigation's menus: one open at a time; a click elsewhere or Escape closes it (Escape puts the focus back on
     its title). */
  document.addEventListener("click", function (event) {
    document.querySelectorAll("nav details[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.removeAttribute("open");
      }
    });
  });
  document.addEventListener("toggle", function (event) {
    var opened = event.target;
    if (opened.tagName === "DETAILS" && opened.open && opened.closest("nav")) {
      document.querySelectorAll("nav details[open]").forEach(function (menu) {
        if (menu !== opened) {
          menu.removeAttribute("open");
        }
      });
    }
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var open = document.querySelector("nav details[open]");
      if (open) {
        open.removeAttribute("open");
        open.querySelector("summary").focus();
      }
    }
  });

  /* Progress: whatever takes more than a second (a page posted, an Ajax call, a file to download) shows the busy
     note until the answer is in. A download leaves the page where it is: the server's cookie says it has come. */
  var busyTimer = null;
  function busy(on) {
    var note = document.getElementById("busy");
    clearTimeout(busyTimer);
    if (!note) {
      return;
    }
    if (on) {
      busyTimer = setTimeout(function () {
        note.hidden = false;
        watchDownload();
      }, 1000);
    } else {
      note.hidden = true;
    }
  }
  function watchDownload() {
    var poll = setInterval(function () {
      if (document.cookie.indexOf("jsmDownloadDone=") >= 0) {
        document.cookie = "jsmDownloadDone=; Max-Age=0; path=/";
        clearInterval(poll);
        busy(false);
      }
    }, 400);
    setTimeout(function () { clearInterval(poll); }, 600000);
  }
  document.addEventListener("submit", function () { busy(true); });
  window.addEventListener("pageshow", function () { busy(false); });
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxSend", function () { busy(true); });
    window.jQuery(document).on("pfAjaxComplete", function () { busy(false); });
  }

  /* Forms opened on demand (j:action): a panel opens by itself when it holds a refusal or a warning, when the page
     names it the next step (data-open), or when the person had it open before the page came back after a post (kept
     for the page's address in the tab's session storage). */
  function panelKey() {
    return "jsmOpenPanels:" + location.pathname + location.search;
  }
  function openPanels(initial) {
    var remembered = [];
    try {
      remembered = JSON.parse(sessionStorage.getItem(panelKey()) || "[]");
    } catch (ignored) {
      remembered = [];
    }
    document.querySelectorAll("details.action-panel").forEach(function (panel) {
      if ((initial && (panel.getAttribute("data-open") === "true" || remembered.indexOf(panel.id) >= 0))
          || panel.querySelector(".field-error:not(:empty), .warning-box, [aria-invalid=true]")) {
        panel.open = true;
      }
    });
  }
  document.addEventListener("toggle", function (event) {
    var panel = event.target;
    if (panel.tagName !== "DETAILS" || !panel.classList.contains("action-panel")) {
      return;
    }
    var open = [];
    document.querySelectorAll("details.action-panel[open]").forEach(function (p) { open.push(p.id); });
    try {
      sessionStorage.setItem(panelKey(), JSON.stringify(open));
    } catch (ignored) {
      /* storage refused (private mode): the panels simply start closed next time */
    }
  }, true);
  document.addEventListener("DOMContentLoaded", function () { openPanels(true); });
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function () { openPanels(false); });
  }

  /* Tabs (the case page's sections): one section shown at a time. The one shown first is, in this order, the one the
     address names (#fees), one holding a refusal, the one the person had chosen when the page comes back (kept for the
     page's address in the tab's session storage), the one the page names (data-first). Arrow keys, Home and End move
     between the tabs (WAI-ARIA tabs pattern). */
  function tabKey() {
    return "jsmTab:" + location.pathname + location.search;
  }
  function showTab(list, name, remember) {
    var tabs = list.querySelectorAll("[role=tab]");
    var found = false;
    tabs.forEach(function (tab) {
      var on = tab.getAttribute("data-tab") === name;
      found = found || on;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(tab.getAttribute("aria-controls"));
      if (panel) {
        panel.hidden = !on;
      }
    });
    if (found && remember) {
      try {
        sessionStorage.setItem(tabKey(), name);
      } catch (ignored) {
        /* storage refused: the page opens on its first tab next time */
      }
    }
    return found;
  }
  function initTabs() {
    document.querySelectorAll("[role=tablist][data-first]").forEach(function (list) {
      var wanted = [];
      if (location.hash) {
        wanted.push(location.hash.substring(1));
      }
      document.querySelectorAll("[role=tabpanel]").forEach(function (panel) {
        if (panel.querySelector(".field-error:not(:empty), [aria-invalid=true], .warning-box")) {
          wanted.push(panel.getAttribute("data-tab"));
        }
      });
      try {
        wanted.push(sessionStorage.getItem(tabKey()));
      } catch (ignored) {
        /* no storage */
      }
      wanted.push(list.getAttribute("data-first"));
      var firstTab = list.querySelector("[role=tab]");
      wanted.push(firstTab ? firstTab.getAttribute("data-tab") : null);
      for (var i = 0; i < wanted.length; i++) {
        if (wanted[i] && showTab(list, wanted[i], true)) {
          break;
        }
      }
      list.addEventListener("click", function (event) {
        var tab = event.target.closest("[role=tab]");
        if (tab) {
          showTab(list, tab.getAttribute("data-tab"), true);
          history.replaceState(null, "", "#" + tab.getAttribute("data-tab"));
        }
      });
      list.addEventListener("keydown", function (event) {
        var tabs = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
        var at = tabs.indexOf(document.activeElement);
        var to = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1}[event.key];
        if (at < 0 || to === undefined) {
          return;
        }
        event.preventDefault();
        var next = tabs[(to + tabs.length) % tabs.length];
        next.focus();
        next.click();
      });
    });
  }
  document.addEventListener("DOMContentLoaded", initTabs);

  document.addEventListener("DOMContentLoaded", focusSummary);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", focusSummary);
  }
})();
