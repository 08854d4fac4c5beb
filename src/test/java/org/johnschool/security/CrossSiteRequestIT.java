package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged requests (issue 8): a signed-in admin's browser is made to post a form without the page's
 * view state, or with one from another session, and to call the API with nothing but its cookie. None
 * of it changes anything. And no password ever reaches the server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  boolean userExists(String username) {
    return Api.as(base, DemoUser.ADMIN).get("api/v1/users").body().contains("\"username\":\"" + username + "\"");
  }

  @Test
  void a_form_posted_without_its_own_view_state_changes_nothing() {
    PageSession admin = new PageSession(base);
    assertEquals(302, admin.signIn(DemoUser.ADMIN).status());
    Page users = admin.get("admin/users.xhtml");
    PageSession other = new PageSession(base);
    other.signIn(DemoUser.ADMIN);
    Page otherUsers = other.get("admin/users.xhtml");

    String forged = "csrf." + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> fields = Map.of("username", forged, "displayName", "Forged", "role", "ADMIN", "password", "forged password of some length");
    Page fake = new Page(200, "<input name=\"jakarta.faces.ViewState\" value=\"-1234567890:987654321\" />", null);
    admin.submit("admin/users.xhtml", fake, "userForm", fields, "create");
    admin.submit("admin/users.xhtml", otherUsers, "userForm", fields, "create");
    assertFalse(userExists(forged), "a made-up view state, or another session's, creates nothing");

    String real = "csrf." + UUID.randomUUID().toString().substring(0, 8);
    admin.submit("admin/users.xhtml", users, "userForm", Map.of("username", real, "displayName", "Real", "role", "EVALUATOR",
        "password", "a real password of some length"), "create");
    assertTrue(userExists(real), "the page's own form still works (so the refusal above is the view state's doing)");
  }

  @Test
  void a_nul_typed_into_a_pages_field_is_refused_naming_the_field_and_stores_nothing() {
    // Issue 22, item 9: a NUL pasted into a page's text field reached PostgreSQL, which cannot store it (500).
    PageSession admin = new PageSession(base);
    assertEquals(302, admin.signIn(DemoUser.ADMIN).status());
    Page users = admin.get("admin/users.xhtml");
    String name = "nul." + UUID.randomUUID().toString().substring(0, 8);
    Page answer = admin.submit("admin/users.xhtml", users, "userForm", Map.of("username", name, "displayName", "Nul\u0000Name", "role",
        "EVALUATOR", "password", "a real password of some length"), "create");
    assertEquals(200, answer.status(), answer.body().length() > 600 ? answer.body().substring(0, 600) : answer.body());
    assertTrue(answer.body().contains("Remove the invisible NUL character"), "the page says what is wrong");
    assertFalse(userExists(name), "nothing stored");
  }

  @Test
  void a_form_posted_without_its_pages_script_nonce_changes_nothing_and_says_so() {
    PageSession admin = new PageSession(base);
    assertEquals(302, admin.signIn(DemoUser.ADMIN).status());
    Page users = admin.get("admin/users.xhtml");
    String forged = "nonce." + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> params = new LinkedHashMap<>(Map.of("userForm", "userForm", "userForm:username", forged,
        "userForm:displayName", "No nonce", "userForm:role", "EVALUATOR", "userForm:password", "a real password of some length",
        "userForm:create", "", "jakarta.faces.ViewState", users.viewState()));
    Page answer = admin.post("admin/users.xhtml", params, Map.of());
    assertTrue(answer.redirectsTo("expired.xhtml"), "sent to the page that says nothing was saved: " + answer);
    assertFalse(userExists(forged), "the page's own view state without the nonce its scripts add creates nothing");

    params.put("primefaces.nonce", users.nonce());
    admin.post("admin/users.xhtml", params, Map.of());
    assertTrue(userExists(forged), "the same post with the nonce creates the account (so the refusal was the nonce's doing)");
  }

  @Test
  void the_api_ignores_the_session_cookie() {
    PageSession admin = new PageSession(base);
    assertEquals(302, admin.signIn(DemoUser.ADMIN).status());
    assertEquals(200, admin.get("admin/users.xhtml").status(), "signed in on the pages");
    Page api = admin.get("api/v1/users");
    assertEquals(401, api.status(), "the API wants its own credentials, never the cookie: " + api.body());
  }

  @Test
  void passwords_never_reach_the_server_log() throws Exception {
    Api.as(base, "nobody.here", "a-wrong-password-to-log-maybe").get("api/v1/referrals");
    new PageSession(base).signIn("admin", "another-wrong-password-typed");
    Path log = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
    assertTrue(Files.exists(log), log.toString());
    String text = Files.readString(log);
    // The demo banner lists the demo accounts at each start (demo mode only); nothing else may print a password.
    int banners = occurrences(text, "Demo accounts (user / password)");
    for (DemoUser u : DemoUser.values()) {
      assertTrue(occurrences(text, u.password) <= banners, u.username + "'s password appears outside the demo banner");
    }
    assertFalse(text.contains("a-wrong-password-to-log-maybe"));
    assertFalse(text.contains("another-wrong-password-typed"));
    assertFalse(text.contains("UT010019"), "refusals are answered once (no 'response already committed' errors in the log)");
  }

  static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  /** A docket file of one case, as the probe's cross-site form carried it. */
  private static String docket(String caseNumber) {
    java.time.LocalDate today = java.time.LocalDate.now(); // days of margin either side
    return "court,court_case_number,tracking_number,arrest_date,arresting_agency,referral_date,deadline,first_name,last_name,"
        + "date_of_birth,sex,charges,registered_sex_offender\n" + String.join(",", "SF-SUP", caseNumber, "T-1", today.minusDays(20).toString(),
        "SFPD", today.minusDays(3).toString(), today.plusDays(60).toString(), "Sam", "Crosssite", "1971-07-07", "M", "647(b)|S", "") + "\n";
  }

  private int send(DemoUser user, String path, String contentType, String body, String... headers) throws Exception {
    var b = java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", "Basic "
        + java.util.Base64.getEncoder().encodeToString((user.username + ":" + user.password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    b.POST(body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static long cases(String caseNumber) throws Exception {
    try (var c = org.johnschool.support.Database.connect(); var st = c.prepareStatement("select count(*) from referral where court_case_number = ?")) {
      st.setString(1, caseNumber);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void a_call_from_another_sites_page_changes_nothing_and_programs_calling_the_api_are_not_affected() throws Exception {
    // Issue 22, item 8: what a browser that cached the clerk's Basic credentials sends for another site's page.
    String self = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    String[][] foreign = {{"Origin", "http://127.0.0.1:9"}, {"Origin", "null"}, {"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"},
        {"Origin", "http://evil.example"}};
    for (String[] header : foreign) {
      String number = "PT-XS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      assertEquals(403, send(DemoUser.CLERK_SF, "api/v1/referrals/import", "text/plain", docket(number), header[0], header[1]), header[0] + ": " + header[1]);
      assertEquals(0, cases(number), header[0] + ": " + header[1] + " stored nothing");
    }
    // This application's own pages, a person typing the address, and programs (no Origin at all) still reach it.
    String[][] own = {{"Origin", self}, {"Sec-Fetch-Site", "same-origin"}, {"Sec-Fetch-Site", "none"}, {}};
    for (String[] header : own) {
      String number = "PT-XS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
      assertEquals(200, send(DemoUser.CLERK_SF, "api/v1/referrals/import", "text/csv", docket(number), header), String.join(": ", header));
      assertEquals(1, cases(number));
    }

    // A call that takes no body refuses a form's body types, so a form cannot reach it either.
    assertEquals(415, send(DemoUser.ADMIN, "api/v1/retention/runs?dryRun=true&years=200", "text/plain", "x"));
    assertEquals(415, send(DemoUser.ADMIN, "api/v1/retention/runs?dryRun=true&years=200", "application/x-www-form-urlencoded", "a=b"));
    assertEquals(200, send(DemoUser.ADMIN, "api/v1/retention/runs?dryRun=true&years=200", null, null), "the call itself still works");
  }

  @Test
  void another_sites_page_in_the_browser_cannot_use_the_clerks_cached_credentials() throws Exception {
    String number = "PT-BRCSRF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String csv = docket(number);
    // The other site: a page on another loopback port whose script posts the docket as plain text, credentials included.
    com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    String page = "<!doctype html><html><body><p id=result>sending</p><script>"
        + "fetch('" + base + "api/v1/referrals/import', {method: 'POST', mode: 'no-cors', credentials: 'include',"
        + " headers: {'Content-Type': 'text/plain'}, body: " + jakarta.json.Json.createValue(csv) + "})"
        + ".then(() => document.getElementById('result').textContent = 'sent', e => document.getElementById('result').textContent = 'failed ' + e);"
        + "</script></body></html>";
    site.createContext("/", exchange -> {
      byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    site.start();
    try (org.johnschool.support.Browser browser = new org.johnschool.support.Browser(base)) {
      // The clerk opened the API in this browser once, signing in to its Basic prompt: the browser keeps the credentials.
      browser.driver().get(base.getProtocol() + "://" + DemoUser.CLERK_SF.username + ":" + DemoUser.CLERK_SF.password + "@" + base.getHost() + ":"
          + base.getPort() + "/api/v1/referrals?size=1");
      assertTrue(browser.driver().getPageSource().contains("total"), "the API answered the clerk: " + browser.driver().getPageSource());
      browser.driver().get("http://127.0.0.1:" + site.getAddress().getPort() + "/");
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
          !d.findElement(org.openqa.selenium.By.id("result")).getText().equals("sending"));
    } finally {
      site.stop(0);
    }
    assertEquals(0, cases(number), "the other site's script created no referral");
  }
}
