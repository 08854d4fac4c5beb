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
}
