package org.johnschool.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Tries every control as a new user would: for a signed-in role, opens every page its navigation reaches and every
 * page their links lead to (one of each: one case, one class); on each, presses every button once with nothing typed
 * and once with typical input, and opens every link that stays in the application. After each step it looks for the error page (a 5xx, or a dead link's 404), a script the
 * Content-Security-Policy refused, and any ERROR line the server wrote to its log meanwhile; each page passes axe-core
 * once. It never signs out and never presses what would take the shared demo setup away (see {@link #SPARED}). What it
 * pressed and what it found is printed; {@link #findings()} lists the defects.
 */
public final class Crawler {

  /**
   * Buttons left alone: signing out ends the crawl, and these take away what every other test relies on (the demo
   * accounts and the program's configuration). Everything else is pressed.
   */
  static final Pattern SPARED = Pattern.compile(
      "(?i).*(sign out|reset two-step|retire|reactivate|deactivat|delete|purge|renew recovery).*");

  /** The same by the buttons' ids, which do not change with the page's language. */
  static final Pattern SPARED_IDS = Pattern.compile(
      "(?i).*:(signOut|resetTwoStep|toggleVenue|togglePresenter|retireItem|renew|delete[A-Za-z]*|purge[A-Za-z]*)$");

  /** The pages checked by axe-core in this run, by path (crawls of several roles share it). */
  private static final Set<String> AXE_CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A row's controls repeat the first row's: only the first row of a table or repeat is pressed. */
  private static final Pattern ROW_INDEX = Pattern.compile(":[0-9]+:");

  private final Browser browser;
  private final JavascriptExecutor js;
  private final String root;
  private final Path serverLog;
  private final List<String> findings = new java.util.concurrent.CopyOnWriteArrayList<>() {
    @Override
    public boolean add(String finding) {
      System.out.println("[crawl] FOUND " + finding);
      return super.add(finding);
    }
  };
  private final Set<String> pagesCrawled = new LinkedHashSet<>();
  private final Set<String> filesOpened = new LinkedHashSet<>();
  private String who;
  private int pressed;
  private int typed;

  /**
   * The English texts a page shown in Spanish must not contain: the English bundle's text of each key whose Spanish
   * text differs, cut at its placeholders, the parts of two words or more and 12 characters or more (a single word
   * may be data as well).
   */
  private Set<String> english = Set.of();
  private boolean light;

  public Crawler(Browser browser, String base, String who) {
    this.browser = browser;
    this.js = (JavascriptExecutor) browser.driver();
    this.root = base.endsWith("/") ? base : base + "/";
    this.who = who;
    this.serverLog = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
  }

  /**
   * A crawl in Spanish: the person chose Spanish; every page and every answer to a button pressed with nothing typed
   * (the validation messages) is checked for English text of the bundle. Lighter than the full crawl: no typical
   * input, no accessibility check, no links to files.
   */
  public Crawler inSpanish() {
    Set<String> texts = new LinkedHashSet<>();
    englishOf("messages", texts);
    englishOf("errors", texts); // what the domain says when it refuses input
    this.english = texts;
    this.light = true;
    this.who = who + " (es)";
    return this;
  }

  /** The sentences of this bundle whose Spanish text differs, cut at the arguments. */
  private static void englishOf(String name, Set<String> texts) {
    Properties en = bundle(name + ".properties");
    Properties es = bundle(name + "_es.properties");
    for (String key : en.stringPropertyNames()) {
      String text = en.getProperty(key);
      if (!text.equals(es.getProperty(key))) {
        for (String part : text.split("\\{[^}]*\\}|''")) {
          // A sentence, not a word that data (a curriculum text, a name) may hold as well.
          if (part.strip().length() >= 12 && part.strip().contains(" ")) {
            texts.add(part.strip());
          }
        }
      }
    }
  }

  private static Properties bundle(String name) {
    Properties p = new Properties();
    try (var in = Crawler.class.getResourceAsStream("/org/johnschool/i18n/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** What went wrong, one line each (page, control, what was seen). */
  public List<String> findings() {
    return findings;
  }

  public int pressed() {
    return pressed;
  }

  /** The pages the main navigation (and the account link) leads to, as the signed-in role sees them. */
  public List<String> navigation() {
    browser.open("dashboard.xhtml");
    Set<String> pages = new LinkedHashSet<>();
    pages.add(root + "dashboard.xhtml");
    for (WebElement a : browser.driver().findElements(By.cssSelector("nav a[href], #signOutForm a[href]"))) {
      String href = a.getAttribute("href");
      if (href != null && href.startsWith(root)) {
        pages.add(href);
      }
    }
    return new ArrayList<>(pages);
  }

  /**
   * Every page of the navigation, and every page their links lead to (a case, a class, a curriculum version), each
   * once: its accessibility, every button with nothing typed and with typical input, and every link it has.
   */
  public void crawl(List<String> navigation) {
    navigation.forEach(page -> pagesCrawled.add(URI.create(page).getPath()));
    List<String> reached = new ArrayList<>();
    for (String page : navigation) {
      reached.addAll(crawl(page));
    }
    for (String page : reached) {
      crawl(page);
    }
  }

  /** One page; returns the pages its links lead to that are not crawled yet (one address each). */
  private List<String> crawl(String page) {
    String name = page.substring(root.length());
    long mark = logSize();
    long started = System.nanoTime();
    browser.driver().get(page);
    if (!check(name, "open", mark)) {
      return List.of();
    }
    long opened = System.nanoTime();
    try {
      // Each page once for accessibility, whichever role opens it first (the roles see the same markup).
      if (!light && AXE_CHECKED.add(URI.create(page).getPath())) {
        browser.assertAccessible();
      }
    } catch (AssertionError e) {
      findings.add(who + " " + name + ": " + e.getMessage());
    }
    System.out.println("[crawl] " + who + " " + name + ": opened in " + (opened - started) / 1_000_000 + " ms, axe "
        + (System.nanoTime() - opened) / 1_000_000 + " ms");
    // The page as it opened serves the first press; every later press opens it again.
    boolean fresh = true;
    for (Map.Entry<String, Integer> button : buttons().entrySet()) {
      if (light && button.getValue() == 0) {
        continue; // in Spanish, the refusals are what a press with nothing typed can show: buttons of forms with fields
      }
      press(page, name, button.getKey(), false, fresh);
      fresh = false;
      if (!light && button.getValue() > 0) {
        press(page, name, button.getKey(), true, false);
      }
    }
    if (!fresh) {
      browser.driver().get(page);
    }
    List<String> next = new ArrayList<>();
    for (String link : links()) {
      String path = URI.create(link).getPath();
      if (path.endsWith(".xhtml") && pagesCrawled.add(path)) {
        next.add(link);
      } else if (!light && !path.endsWith(".xhtml") && filesOpened.add(path)) {
        long before = logSize();
        System.out.println("[crawl] " + who + " " + name + ": open " + link.substring(root.length()));
        browser.driver().get(link);
        check(name, "link " + link.substring(root.length()), before);
      }
    }
    return next;
  }

  /**
   * Presses one button on the page freshly loaded, with nothing typed or with typical input; returns how many empty
   * fields its form has (with none, typical input is the same as nothing typed, so the crawl does not press again).
   */
  private int press(String page, String name, String button, boolean typical, boolean pageFresh) {
    long mark = logSize();
    if (!pageFresh) {
      browser.driver().get(page);
    }
    // One script: is the button there, what does it say, how many fields could a person fill, (typical) fill them,
    // and mark the page so that settle() tells a new page from this one.
    ajaxIdle(); // a page's own Ajax at load (re-rendering a panel closed again) must be done before the crawler opens it
    @SuppressWarnings("unchecked")
    List<Object> found = (List<Object>) js.executeScript(PREPARE, button, typical);
    if (found == null) {
      return 0;
    }
    String label = (String) found.get(0);
    int fillable = ((Number) found.get(1)).intValue();
    if (typical) {
      typed += fillable;
    }
    System.out.println("[crawl] " + who + " " + name + ": press " + button + " \"" + label + "\"" + (typical ? " (typical input)" : " (nothing typed)"));
    long started = System.nanoTime();
    try {
      browser.driver().findElement(By.id(button)).click();
    } catch (org.openqa.selenium.ElementNotInteractableException notYet) {
      // A panel or tab the script just opened may still be laying out, or an Ajax answer redrew it closed, on a busy
      // machine: a person waits and opens it again; so does the crawler, once, before it calls the button broken.
      try {
        ajaxIdle();
        js.executeScript(PREPARE, button, false);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(5))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id(button))).click();
      } catch (WebDriverException e) {
        findings.add(who + " " + name + ": " + button + " \"" + label + "\" could not be pressed: " + firstLine(e.getMessage()));
        return fillable;
      }
    } catch (WebDriverException e) {
      findings.add(who + " " + name + ": " + button + " \"" + label + "\" could not be pressed: " + firstLine(e.getMessage()));
      return fillable;
    }
    pressed++;
    settle();
    check(name, button + " \"" + label + "\"" + (typical ? " with typical input" : " with nothing typed"), mark);
    System.out.println("[crawl]   answered in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    return fillable;
  }

  /** Waits (up to ten seconds) until the page has loaded and PrimeFaces has no Ajax request queued or running. */
  private void ajaxIdle() {
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
          "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    } catch (org.openqa.selenium.TimeoutException e) {
      // a page that keeps polling: press anyway
    }
  }

  /**
   * Opens the closed panels around the button (forms shown on demand), then finds the button (null when gone, hidden
   * or disabled), its label, and the empty fields of its form a person could fill; with typical input it fills them as
   * a person typically would (a date a week ahead, a time, a small number, an e-mail address, a unique code for codes
   * and numbers, a short sentence) and picks the first choice of an empty list; what is already filled in stays. Then marks the page and scrolls the button into view.
   */
  private static final String PREPARE = """
      var b = document.getElementById(arguments[0]), typical = arguments[1];
      for (var d = b ? b.closest('main details') : null; d; d = d.parentElement.closest('main details')) d.open = true;
      var tab = b ? b.closest('[role=tabpanel][hidden]') : null;
      if (tab) document.getElementById('tab-' + tab.getAttribute('data-tab')).click();
      if (!b || b.offsetParent === null || b.disabled) return null;
      var label = (b.innerText || b.value || b.getAttribute('aria-label') || '').trim();
      var form = b.closest('form'), fillable = 0;
      var week = new Date(Date.now() + 7 * 86400000).toISOString().substring(0, 10);
      var unique = 'CRAWL-' + Date.now().toString(36).toUpperCase();
      if (form) form.querySelectorAll('input, textarea, select').forEach(function (e) {
        if (e.disabled || e.readOnly || e.offsetParent === null) return;
        var type = (e.getAttribute('type') || e.tagName).toLowerCase();
        if (e.tagName === 'SELECT') {
          if (!e.value && e.options.length > 1) { fillable++; if (typical) e.selectedIndex = 1; }
          return;
        }
        if (['hidden', 'submit', 'button', 'checkbox', 'radio', 'file', 'image', 'reset'].indexOf(type) >= 0 || e.value) return;
        fillable++;
        if (!typical) return;
        var id = (e.id || '').toLowerCase(), value;
        if (e.closest('.date-input') || type === 'date' || /date|from|until|deadline|day|week/.test(id)) value = week;
        else if (e.closest('.time-input') || type === 'time' || /time|start|end/.test(id)) value = '09:00';
        else if (type === 'email' || /mail/.test(id)) value = 'crawler@example.org';
        else if (type === 'number' || /amount|fee|minutes|age|capacity|count|years|percent|share|grace|max|min/.test(id)) value = '5';
        else if (/code|number|username|reference/.test(id)) value = unique;
        else if (type === 'password') value = 'crawler-password-not-it';
        else value = 'Crawler typical text';
        e.value = value;
      });
      window.__crawlMark = 1;
      window.addEventListener('beforeunload', function () { window.__crawlLeaving = 1; });
      b.scrollIntoView({block: 'center'});
      return [label, fillable];
      """;

  /**
   * Waits until the click's answer is in: a new page loaded, or the page's Ajax calls done, the same twice in a row. A
   * post that answers with a file (a download) leaves the page where it is: after two seconds of that, it is done.
   */
  private void settle() {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    Instant leftAt = null;
    int calm = 0;
    while (Instant.now().isBefore(end) && calm < 2) {
      try {
        Thread.sleep(100);
        String state = (String) js.executeScript("if (window.__crawlMark === undefined) return document.readyState === 'complete' ? 'new' : 'loading';"
            + " if (window.__crawlLeaving) return 'leaving';"
            + " return (!window.jQuery || jQuery.active === 0) && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " ? 'calm' : 'busy';");
        if ("leaving".equals(state)) {
          leftAt = leftAt == null ? Instant.now() : leftAt;
          state = Duration.between(leftAt, Instant.now()).toMillis() > 2000 ? "calm" : "busy";
        }
        calm = "new".equals(state) || "calm".equals(state) ? calm + 1 : 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (WebDriverException navigating) {
        calm = 0;
      }
    }
  }

  /** After a step: no error page, no refused script, no error in the server's log since {@code mark}. */
  private boolean check(String name, String step, long mark) {
    boolean ok = true;
    try {
      List<WebElement> error = browser.driver().findElements(By.id("errorText"));
      if (!error.isEmpty()) {
        findings.add(who + " " + name + ": " + step + " -> error page (status " + error.get(0).getAttribute("data-status") + ") at "
            + browser.url().substring(Math.min(root.length(), browser.url().length())));
        ok = false;
      }
      browser.assertNoScriptRefused();
      if (!english.isEmpty()) {
        // The page's text, hidden parts too, but not a part in another language on purpose (a participant's notice
        // in theirs, marked with its lang) nor scripts.
        String text = (String) js.executeScript("var b = document.body.cloneNode(true);"
            + " b.querySelectorAll('script, style, [lang]:not([lang^=es])').forEach(function (e) { e.remove(); });"
            + " return b.textContent.replace(/\\s+/g, ' ');");
        english.stream().filter(text::contains).forEach(t -> findings.add(who + " " + name + ": " + step + " -> English text: " + t));
      }
    } catch (AssertionError e) {
      findings.add(who + " " + name + ": " + step + " -> " + e.getMessage());
    } catch (WebDriverException e) {
      findings.add(who + " " + name + ": " + step + " -> the browser failed: " + firstLine(e.getMessage()));
      ok = false;
    }
    for (String line : logSince(mark)) {
      findings.add(who + " " + name + ": " + step + " -> server log: " + line);
      ok = false;
    }
    return ok;
  }

  /**
   * The ids of the page's visible buttons once every panel is open (forms shown on demand), a table's or repeat's
   * first row only, spared ones left out, each with the number of empty fields of its form (one script call).
   */
  @SuppressWarnings("unchecked")
  private Map<String, Integer> buttons() {
    List<List<Object>> found = (List<List<Object>>) js.executeScript("""
        var out = [];
        document.querySelectorAll('main details').forEach(function (d) { d.open = true; }); // forms opened on demand
        document.querySelectorAll('main [role=tabpanel][hidden]').forEach(function (p) { p.hidden = false; }); // every tab's section
        document.querySelectorAll('main button[id], main input[type=submit][id], main input[type=button][id], main a.ui-commandlink[id]')
          .forEach(function (b) {
            if (b.offsetParent === null || b.disabled) return;
            var form = b.closest('form'), empty = 0;
            if (form) form.querySelectorAll('input, textarea, select').forEach(function (e) {
              var type = (e.getAttribute('type') || e.tagName).toLowerCase();
              if (e.disabled || e.readOnly || e.offsetParent === null) return;
              if (e.tagName === 'SELECT') { if (!e.value && e.options.length > 1) empty++; return; }
              if (['hidden', 'submit', 'button', 'checkbox', 'radio', 'file', 'image', 'reset'].indexOf(type) < 0 && !e.value) empty++;
            });
            out.push([b.id, (b.innerText || b.value || b.getAttribute('aria-label') || '').trim(), empty]);
          });
        return out;
        """);
    Map<String, String> byShape = new LinkedHashMap<>();
    Map<String, Integer> buttons = new LinkedHashMap<>();
    for (List<Object> b : found) {
      String id = (String) b.get(0);
      String label = (String) b.get(1);
      if (SPARED.matcher(label).matches() || SPARED_IDS.matcher(id).matches()) {
        System.out.println("[crawl] " + who + " spares " + id + " \"" + label + "\"");
        continue;
      }
      if (byShape.putIfAbsent(ROW_INDEX.matcher(id).replaceAll(":#:"), id) == null) {
        buttons.put(id, ((Number) b.get(2)).intValue());
      }
    }
    return buttons;
  }

  /** The links of the page's content that stay in the application (pages, not files, not the API), one script call. */
  @SuppressWarnings("unchecked")
  private List<String> links() {
    return (List<String>) js.executeScript("""
        var root = arguments[0], out = [];
        document.querySelectorAll('main [role=tabpanel][hidden]').forEach(function (p) { p.hidden = false; });
        document.querySelectorAll('main a[href]').forEach(function (a) {
          var href = a.href;
          if (href.indexOf(root) === 0 && href.indexOf('#') < 0 && href.indexOf('/api/') < 0 && a.offsetParent !== null) out.push(href);
        });
        return out;
        """, root);
  }

  private long logSize() {
    try {
      return Files.size(serverLog);
    } catch (IOException e) {
      return 0;
    }
  }

  /** ERROR lines the server logged after {@code mark} (a rotated log is read from its start). */
  private List<String> logSince(long mark) {
    List<String> errors = new ArrayList<>();
    try (RandomAccessFile log = new RandomAccessFile(serverLog.toFile(), "r")) {
      long start = log.length() < mark ? 0 : mark;
      byte[] bytes = new byte[(int) Math.min(log.length() - start, 4_000_000)];
      log.seek(start);
      log.readFully(bytes);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (line.matches("^(\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d:\\d\\d,\\d{3} (ERROR|SEVERE|FATAL) .*")) {
          errors.add(line.length() > 400 ? line.substring(0, 400) + "…" : line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors;
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  /** A line for the build's output: how much was tried. */
  public String summary() {
    return who + ": " + pressed + " presses (" + typed + " fields filled), " + pagesCrawled.size() + " pages, " + filesOpened.size() + " files, " + findings.size() + " findings";
  }
}
