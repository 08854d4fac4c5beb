package org.johnschool.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at a browser: Debian's headless Chromium driven by Selenium, with axe-core checks. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final String base;
  private final Path profile;

  public Browser(URL base) throws java.io.IOException {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    this.profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--lang=en-US",
        "--user-data-dir=" + profile);
    // The console, to see scripts the Content-Security-Policy refused (assertAccessible checks it).
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public void open(String path) {
    driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
  }

  public void signIn(DemoUser user) {
    open("login.xhtml");
    type("login:username", user.username);
    type("login:password", user.password);
    click("login:submit");
    waitFor(By.id("signOutForm:signOut"));
  }

  public void signOut() {
    click("signOutForm:signOut");
    waitFor(By.id("login:username"));
  }

  public void type(String id, String text) {
    WebElement e = waitFor(By.id(id));
    if (java.util.List.of("input", "textarea").contains(e.getTagName())) {
      e.clear();
      e.sendKeys(text);
      return;
    }
    // A date or time picker: its input sits inside. Its script sets the input's value when the widget starts, which
    // on a busy machine can come after Selenium has typed (a person is never that fast): wait for the widget of this
    // very input, then select what is there and type over it, as a person does.
    WebElement input = e.findElement(By.tagName("input"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]); return !!w && !!w.input && w.input[0] === arguments[1];",
        id, input)));
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    input.sendKeys(text);
    // An open picker panel keeps the keyboard, and the keys are lost without a sound: say so here, not at submit.
    String shown = input.getAttribute("value");
    if (!text.equals(shown)) {
      throw new AssertionError("typed '" + text + "' into " + id + " but it shows '" + shown + "' (is a picker's panel open over it?)");
    }
  }

  /** Waits until the input (or the picker's input inside the element) of this id shows this text; answers what it shows. */
  public String waitForValue(String id, String text) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text.equals(valueOf(id)));
    } catch (org.openqa.selenium.TimeoutException e) {
      // the caller's assertion says what it shows instead
    }
    return valueOf(id);
  }

  private String valueOf(String id) {
    WebElement e = driver.findElement(By.id(id));
    if (!java.util.List.of("input", "select", "textarea").contains(e.getTagName())) {
      e = e.findElement(By.tagName("input"));
    }
    return e.getAttribute("value");
  }

  /**
   * Sets a value directly, as the API writes it: a date as 2027-03-01, a time as 09:30 (a date picker, whose input sits
   * inside the element of its id, takes that too; {@link #type} types what a person types).
   */
  public void set(String id, String value) {
    WebElement e = waitFor(By.id(id));
    if (!java.util.List.of("input", "select", "textarea").contains(e.getTagName())) {
      e = e.findElement(By.tagName("input"));
    }
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", e, value);
  }

  public void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(waitFor(By.id(id))).selectByValue(value);
  }

  public void click(String id) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** Answers yes to the page's confirmation dialog (PrimeFaces {@code p:confirm}) that the last click opened. */
  public void confirm() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
  }

  /** Shows one section of a page with tabs (the case page: eligibility, enrollment, completion, fees, court, person, history). */
  public void showTab(String name) {
    click("tab-" + name);
    waitFor(By.id("section-" + name));
  }

  /**
   * Opens a form that the page shows on demand (a {@code j:action} panel, such as the case page's "Record a payment")
   * as a person does, by its title; a panel already open stays open.
   */
  public void openPanel(String panelId) {
    WebElement panel = waitFor(By.id(panelId));
    if (panel.getAttribute("open") == null) {
      panel.findElement(By.tagName("summary")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panel.getAttribute("open") != null);
    }
  }

  /**
   * The controls of the page a finger would hit that are smaller than 44 × 44 px (links, buttons, menus, fields; a
   * check box counts by its label), as "text (width×height)"; for tablet pages.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> smallTapTargets() {
    return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
        var small = [];
        document.querySelectorAll('header a, header button, header select, header input, header summary, main a, main button, '
            + 'main select, main summary, main input:not([type=hidden]):not([type=checkbox]):not([type=radio])').forEach(function (e) {
          var r = e.getBoundingClientRect();
          if (e.offsetParent === null || r.width === 0) return;
          if (r.height < 44 || r.width < 44) small.push((e.innerText || e.value || e.id || e.tagName).trim().substring(0, 40)
              + ' (' + Math.round(r.width) + '×' + Math.round(r.height) + ')');
        });
        return small;
        """);
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** The element's text; an element redrawn by Ajax between finding and reading it is found again. */
  public String text(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          WebElement e = d.findElement(by);
          return e.isDisplayed() ? e.getText() : null;
        });
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * WCAG 2.1 A and AA by axe-core: no serious or critical violation on this page. And, as every page checked passes
   * here, no script refused by the Content-Security-Policy since the last check ({@link #assertNoScriptRefused}).
   */
  public void assertAccessible() {
    assertNoScriptRefused();
    // Judge the page as it settles: a button caught mid-transition (the theme fades colours over 0.2 s after a click
    // or an update) has an in-between colour that axe would measure.
    // Inline style properties set through the CSSOM, which the Content-Security-Policy allows.
    ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('*').forEach(function (e) {"
        + " e.style.setProperty('transition', 'none', 'important'); e.style.setProperty('animation', 'none', 'important'); });");
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    List<Rule> bad = results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
    assertTrue(bad.isEmpty(), "Accessibility violations on " + driver.getCurrentUrl() + ": "
        + bad.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream().limit(3)
            .map(n -> n.getTarget().toString()).collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
  }

  /** No script refused by the Content-Security-Policy since the last check (a button whose handler was refused does nothing). */
  public void assertNoScriptRefused() {
    List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy")).toList();
    assertTrue(refused.isEmpty(), "Scripts refused by the Content-Security-Policy before or on " + driver.getCurrentUrl() + ": " + refused);
  }

  /** Saves a screenshot under target/ (kept by the build for a person to look at). */
  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("project.build.directory", "target"), "screenshots");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
