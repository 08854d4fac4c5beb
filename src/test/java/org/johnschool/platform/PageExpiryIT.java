package org.johnschool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Browser;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coordinator leaves a case open too long, or works in more tabs than the server keeps: a click is
 * answered by a page that says it was not saved and leads back, never by a server error or by a button
 * that silently does nothing. After the session ends, a click leads to the sign-in page and from there
 * back to the case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageExpiryIT {

  private static final String STALE_VIEW = "-1234567890:987654321";
  private static final Map<String, String> AJAX_CLICK = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "caseForm:save",
      "jakarta.faces.partial.execute", "@all", "caseForm", "caseForm", "jakarta.faces.ViewState", STALE_VIEW);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void a_click_on_an_expired_page_says_it_was_not_saved_and_leads_back_to_the_case() {
    PageSession coordinator = new PageSession(base);
    assertEquals(302, coordinator.signIn(DemoUser.COORDINATOR).status());
    String casePage = coordinator.address("cases/case.xhtml?id=4242");

    Page full = coordinator.post("cases/case.xhtml", Map.of("caseForm", "caseForm", "caseForm:save", "", "jakarta.faces.ViewState", STALE_VIEW),
        Map.of("Referer", casePage));
    assertTrue(full.redirectsTo("expired.xhtml"), "a full-page post is sent to the expired page, not answered with a 500: " + full);
    Page expired = coordinator.get(full.location());
    assertEquals(200, expired.status());
    assertTrue(expired.body().contains("was not saved"), expired.body());
    String back = casePage.substring(casePage.indexOf("/", "http://".length()));
    assertTrue(expired.body().contains("href=\"" + back + "\""), "a link back to the case that was open: " + back);

    Page ajax = coordinator.post("cases/case.xhtml", AJAX_CLICK, Map.of("Referer", casePage, "Faces-Request", "partial/ajax"));
    assertEquals(200, ajax.status());
    assertTrue(ajax.body().contains("<redirect url=") && ajax.body().contains("expired.xhtml?again="),
        "an Ajax button gets JSF's redirect to the expired page: " + ajax.body());

    for (String elsewhere : new String[] {"//evil.example/x", "javascript:alert(1)", "https://evil.example/"}) {
      Page tampered = coordinator.get("expired.xhtml?again=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));
      assertEquals(200, tampered.status());
      assertFalse(tampered.body().contains("evil.example") || tampered.body().contains("javascript:"), "never a link off the application");
    }
  }

  @Test
  void a_sign_in_page_left_open_too_long_comes_back_saying_so_and_still_knows_where_to_go() {
    PageSession person = new PageSession(base);
    String login = person.address("login.xhtml?next=%2Fcases%2Flist.xhtml");
    Page stale = person.post("login.xhtml", Map.of("login", "login", "login:username", DemoUser.COORDINATOR.username, "login:password",
        DemoUser.COORDINATOR.password, "login:submit", "", "jakarta.faces.ViewState", STALE_VIEW), Map.of("Referer", login));
    assertTrue(stale.redirectsTo("login.xhtml?next=%2Fcases%2Flist.xhtml&expired=true"), "back to the sign-in page: " + stale);
    Page again = person.get(stale.location());
    assertEquals(200, again.status());
    assertTrue(again.body().contains("open too long"), "and it says why");
    assertTrue(person.get("cases/list.xhtml").redirectsTo("login.xhtml"), "the stale post signed nobody in");
  }

  @Test
  void a_click_after_the_session_ended_goes_to_sign_in_and_from_there_back_to_the_case() {
    PageSession ended = new PageSession(base);
    String casePage = ended.address("cases/case.xhtml?id=4242");

    Page ajax = ended.post("cases/case.xhtml", AJAX_CLICK, Map.of("Referer", casePage, "Faces-Request", "partial/ajax"));
    assertEquals(200, ajax.status(), "an Ajax request cannot follow a plain redirect: " + ajax);
    assertTrue(ajax.header("content-type").startsWith("text/xml"), ajax.header("content-type"));
    String url = ajax.body().replaceAll("(?s).*<redirect url=\"([^\"]*)\".*", "$1");
    assertTrue(url.contains("/login.xhtml?next="), ajax.body());
    String next = URLDecoder.decode(url.substring(url.indexOf("next=") + 5), StandardCharsets.UTF_8);
    assertTrue(next.endsWith("/cases/case.xhtml?id=4242"), "back to the case the page showed: " + next);

    Page full = ended.post("cases/case.xhtml", Map.of("caseForm", "caseForm", "jakarta.faces.ViewState", STALE_VIEW), Map.of("Referer", casePage));
    assertTrue(full.redirectsTo("login.xhtml"), "a full-page post still gets a plain redirect: " + full);
  }

  @Test
  void in_the_browser_a_search_click_on_an_expired_list_and_after_the_session_ended_leads_somewhere_useful() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.COORDINATOR);
      browser.open("cases/list.xhtml");
      // The page's own Ajax at load answers with a fresh view state: let it finish before the state goes stale, as a
      // person's list would sit idle until it expired.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
          "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
      ((JavascriptExecutor) browser.driver()).executeScript(
          "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(e => e.value = '" + STALE_VIEW + "')");
      browser.click("list:search");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("expired.xhtml"));
      assertTrue(browser.pageText().contains("was not saved"), browser.pageText());
      browser.assertAccessible();
      browser.driver().findElement(By.linkText("Open the page again")).click();
      browser.waitFor(By.id("list:search"));

      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.click("list:search");
      browser.waitFor(By.id("login:username"));
      browser.type("login:username", DemoUser.COORDINATOR.username);
      browser.type("login:password", DemoUser.COORDINATOR.password);
      browser.click("login:submit");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("cases/list.xhtml"));
      browser.waitFor(By.id("list:search"));
    }
  }
}
