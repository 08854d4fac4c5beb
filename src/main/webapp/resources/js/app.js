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

  document.addEventListener("DOMContentLoaded", focusSummary);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", focusSummary);
  }
})();
