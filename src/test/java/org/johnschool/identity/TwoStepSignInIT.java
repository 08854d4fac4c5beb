package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.identity.domain.OneTimeCode;
import org.johnschool.support.Api;
import org.johnschool.support.Api.Reply;
import org.johnschool.support.Browser;
import org.johnschool.support.Database;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-step sign-in as a coordinator meets it: an admin requires it, the first sign-in sets up the
 * authenticator, later sign-ins ask for a code or a recovery code, the REST API wants a token, an admin
 * resets it for a lost phone. Codes are computed here from the secret the page shows, as the app would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepSignInIT {

  static final String PASSWORD = "harbor lantern orchard seven";
  static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");
  static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  String newAccount(boolean requireTwoStep) {
    String username = "twostep." + UUID.randomUUID().toString().substring(0, 8);
    Reply created = Api.as(base, DemoUser.ADMIN).post("api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"Two Step\",\"role\":\"COORDINATOR\",\"password\":\"" + PASSWORD + "\",\"requireTwoStep\":" + requireTwoStep + "}");
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.json().getBoolean("twoStepRequired"));
    assertFalse(created.json().getBoolean("twoStep"));
    return username;
  }

  /** Signs in for the first time, sets up the app with the code it would show; returns the secret and the recovery codes. */
  record Enrolled(String secret, List<String> recoveryCodes, PageSession session) {}

  Enrolled enrol(String username) {
    PageSession browser = new PageSession(base);
    Page afterPassword = browser.signIn(username, PASSWORD);
    assertTrue(afterPassword.redirectsTo("two-step-setup.xhtml"), "sent to set up the app: " + afterPassword.location());
    assertTrue(browser.get("dashboard.xhtml").redirectsTo("login.xhtml"), "no access before the second step");

    Page setup = browser.get("two-step-setup.xhtml");
    assertEquals(200, setup.status());
    Matcher m = SECRET.matcher(setup.body());
    assertTrue(m.find(), "the page shows the key for typing in");
    String secret = m.group(1).replace(" ", "");
    assertTrue(setup.body().contains("<svg"), "and a QR code");

    String wrong = OneTimeCode.at(secret, Instant.now().minusSeconds(600));
    Page refused = browser.submit("two-step-setup.xhtml", setup, "setup", Map.of("code", wrong), "confirm");
    assertTrue(refused.body().contains("That code does not match"), "a wrong code is refused");
    assertFalse(RECOVERY.matcher(refused.body()).find());

    Page confirmed = browser.submit("two-step-setup.xhtml", refused, "setup", Map.of("code", OneTimeCode.at(secret, Instant.now())), "confirm");
    List<String> codes = new ArrayList<>();
    Matcher r = RECOVERY.matcher(confirmed.body());
    while (r.find()) {
      codes.add(r.group(1));
    }
    assertEquals(10, codes.size(), "ten recovery codes, shown once");

    Page on = browser.submit("two-step-setup.xhtml", confirmed, "proceed", Map.of(), "continue");
    assertTrue(on.redirectsTo("dashboard.xhtml"), "on into the application: " + on.location());
    assertEquals(200, browser.get("dashboard.xhtml").status(), "signed in after both steps");
    return new Enrolled(secret, codes, browser);
  }

  @Test
  void a_required_account_sets_up_its_app_at_first_sign_in_then_needs_a_code_or_a_recovery_code() {
    String username = newAccount(true);
    Enrolled enrolled = enrol(username);
    JsonObject view = userView(username);
    assertTrue(view.getBoolean("twoStep"));
    try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement("select mfa_secret from app_user where username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        String stored = rs.getString(1);
        assertTrue(stored.startsWith("v1:") && !stored.contains(enrolled.secret()), "the database holds the secret sealed, not as the app got it");
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }

    PageSession browser = new PageSession(base);
    Page afterPassword = browser.signIn(username, PASSWORD);
    assertTrue(afterPassword.redirectsTo("login-code.xhtml"), "asked for a code: " + afterPassword.location());
    assertTrue(browser.get("cases/list.xhtml").redirectsTo("login.xhtml"), "the password alone opens nothing");
    Page codePage = browser.get("login-code.xhtml");
    Page wrong = browser.submit("login-code.xhtml", codePage, "code", Map.of("otp", "not-a-code"), "submit");
    assertEquals(200, wrong.status());
    assertTrue(wrong.body().contains("That code is wrong or was already used"));
    Page in = browser.submit("login-code.xhtml", wrong, "code", Map.of("otp", enrolled.recoveryCodes().get(0).toUpperCase()), "submit");
    assertTrue(in.redirectsTo("dashboard.xhtml"), "a recovery code signs in: " + in.location());
    assertEquals(200, browser.get("cases/list.xhtml").status());

    PageSession again = new PageSession(base);
    assertTrue(again.signIn(username, PASSWORD).redirectsTo("login-code.xhtml"));
    Page reused = again.submit("login-code.xhtml", again.get("login-code.xhtml"), "code", Map.of("otp", enrolled.recoveryCodes().get(0)), "submit");
    assertTrue(reused.body().contains("That code is wrong or was already used"), "a recovery code works once");

    Page account = browser.get("account/security.xhtml");
    assertTrue(account.body().contains("Recovery codes left: 9."), "the account page counts what is left");
  }

  @Test
  void in_the_browser_the_setup_code_and_account_pages_are_accessible() throws Exception {
    String username = newAccount(true);
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.type("login:username", username);
      browser.type("login:password", PASSWORD);
      browser.click("login:submit");
      String secret = browser.text(By.id("secret")).replace(" ", "");
      browser.assertAccessible();
      browser.type("setup:code", OneTimeCode.at(secret, Instant.now()));
      browser.click("setup:confirm");
      browser.waitFor(By.id("recoveryCodes"));
      browser.assertAccessible();
      browser.click("proceed:continue");
      browser.waitFor(By.id("signOutForm:signOut"));
      browser.click("signOutForm:account");
      browser.waitForText(By.id("twoStepStatus"), "Two-step sign-in is on.");
      browser.assertAccessible();
      browser.signOut();

      browser.type("login:username", username);
      browser.type("login:password", PASSWORD);
      browser.click("login:submit");
      browser.waitFor(By.id("code:otp"));
      browser.assertAccessible();
      browser.type("code:otp", OneTimeCode.at(secret, Instant.now().plusSeconds(30)));
      browser.click("code:submit");
      browser.waitFor(By.id("signOutForm:signOut"));
      assertTrue(browser.url().contains("dashboard.xhtml"), browser.url());
    }
  }

  @Test
  void the_rest_api_takes_a_token_bought_with_the_password_and_a_code() {
    String username = newAccount(true);
    Enrolled enrolled = enrol(username);
    Api basic = Api.as(base, username, PASSWORD);

    Reply refused = basic.get("api/v1/referrals?size=1");
    assertEquals(401, refused.status());
    assertTrue(refused.body().contains("/api/v1/auth/tokens"), "the refusal says how to get a token: " + refused.body());

    assertEquals(400, basic.post("api/v1/auth/tokens", "{}").status(), "the code is required");
    assertEquals(401, basic.post("api/v1/auth/tokens", "{\"code\":\"" + OneTimeCode.at(enrolled.secret(), Instant.now().minusSeconds(900)) + "\"}")
        .status(), "an old code is refused");
    Reply issued = basic.post("api/v1/auth/tokens", "{\"code\":\"" + OneTimeCode.at(enrolled.secret(), Instant.now().plusSeconds(30)) + "\"}");
    assertEquals(201, issued.status(), issued.toString());
    String token = issued.json().getString("token");
    assertEquals("Bearer", issued.json().getString("tokenType"));

    Api bearer = Api.withToken(base, token);
    assertEquals(200, bearer.get("api/v1/referrals?size=1").status(), "the token opens the API");
    assertEquals(401, Api.withToken(base, token + "x").get("api/v1/referrals?size=1").status(), "a changed token opens nothing");
    assertEquals(204, bearer.delete("api/v1/auth/tokens/current").status());
    assertEquals(401, bearer.get("api/v1/referrals?size=1").status(), "a revoked token opens nothing");

    Reply recovered = basic.post("api/v1/auth/tokens", "{\"code\":\"" + enrolled.recoveryCodes().get(3) + "\"}");
    assertEquals(201, recovered.status(), "a recovery code also buys a token");
    Reply reset = Api.as(base, DemoUser.ADMIN).post("api/v1/users/" + username + "/two-step/reset", "");
    assertEquals(200, reset.status(), reset.toString());
    assertFalse(reset.json().getBoolean("twoStep"));
    assertEquals(401, Api.withToken(base, recovered.json().getString("token")).get("api/v1/referrals?size=1").status(),
        "a reset ends every token of the account");
    assertTrue(new PageSession(base).signIn(username, PASSWORD).redirectsTo("two-step-setup.xhtml"), "and the app is set up again");
  }

  @Test
  void five_wrong_codes_lock_the_account_like_five_wrong_passwords() {
    String username = newAccount(true);
    enrol(username);
    PageSession browser = new PageSession(base);
    assertTrue(browser.signIn(username, PASSWORD).redirectsTo("login-code.xhtml"));
    Page page = browser.get("login-code.xhtml");
    for (int i = 0; i < 5; i++) {
      page = browser.submit("login-code.xhtml", page, "code", Map.of("otp", "00000" + i), "submit");
      assertEquals(200, page.status());
    }
    assertTrue(userView(username).getBoolean("locked"), "locked after five wrong codes");
    Page refused = new PageSession(base).signIn(username, PASSWORD);
    assertFalse(refused.redirectsTo("login-code.xhtml"), "the right password no longer gets past the first step");
    assertTrue(refused.body().contains("Sign-in failed"), refused.body());
  }

  @Test
  void wrong_codes_count_towards_the_lock_however_often_the_right_password_comes_between_them() {
    String username = newAccount(true);
    Enrolled enrolled = enrol(username);
    Api basic = Api.as(base, username, PASSWORD);
    for (int i = 0; i < 4; i++) {
      // The right password each time (Basic), a wrong code.
      assertEquals(401, basic.post("api/v1/auth/tokens", "{\"code\":\"" + wrongCode(enrolled.secret(), i) + "\"}").status());
    }
    PageSession browser = new PageSession(base);
    assertTrue(browser.signIn(username, PASSWORD).redirectsTo("login-code.xhtml"), "the password again, on the pages");
    assertFalse(userView(username).getBoolean("locked"), "four failures so far");
    browser.submit("login-code.xhtml", browser.get("login-code.xhtml"), "code", Map.of("otp", wrongCode(enrolled.secret(), 4)), "submit");

    assertTrue(userView(username).getBoolean("locked"), "the fifth wrong code locks the account: the passwords between did not reset the count");
    assertEquals(401, basic.post("api/v1/auth/tokens", "{\"code\":\"" + OneTimeCode.at(enrolled.secret(), Instant.now()) + "\"}").status());
  }

  @Test
  void one_code_sent_ten_times_at_once_buys_one_token() {
    String username = newAccount(true);
    Enrolled enrolled = enrol(username);
    String code = OneTimeCode.at(enrolled.secret(), Instant.now().plusSeconds(30));

    List<Integer> answers = org.johnschool.support.Parallel.run(10,
        i -> Api.as(base, username, PASSWORD).post("api/v1/auth/tokens", "{\"code\":\"" + code + "\"}").status());

    assertEquals(1, answers.stream().filter(s -> s == 201).count(), "a code is used once: " + answers);
    assertEquals(9, answers.stream().filter(s -> s == 401).count(), "the others are refused, none a server error: " + answers);
  }

  /** A six-digit code the app does not show at any time near now. */
  static String wrongCode(String secret, int i) {
    java.util.Set<String> near = new java.util.HashSet<>();
    for (int step = -20; step <= 20; step++) {
      near.add(OneTimeCode.at(secret, Instant.now().plusSeconds(30L * step)));
    }
    for (int n = 100_000 * i + 1; ; n++) {
      String code = String.format("%06d", n);
      if (!near.contains(code)) {
        return code;
      }
    }
  }

  @Test
  void a_demo_account_without_the_requirement_signs_in_with_its_password_and_may_turn_it_on() {
    String username = newAccountWithoutRequirement();
    PageSession browser = new PageSession(base);
    assertTrue(browser.signIn(username, PASSWORD).redirectsTo("dashboard.xhtml"));
    Page account = browser.get("account/security.xhtml");
    assertTrue(account.body().contains("Two-step sign-in is off"));

    Page mismatch = browser.submit("account/security.xhtml", account, "password",
        Map.of("currentPassword", PASSWORD, "newPassword", "river stone meadow eleven", "repeatPassword", "river stone meadow twelve"), "change");
    assertTrue(mismatch.body().contains("The two new passwords differ"));
    Page wrongCurrent = browser.submit("account/security.xhtml", mismatch, "password",
        Map.of("currentPassword", "not my password at all", "newPassword", "river stone meadow eleven", "repeatPassword",
            "river stone meadow eleven"), "change");
    assertTrue(wrongCurrent.body().contains("The current password is wrong"));
    Page tooShort = browser.submit("account/security.xhtml", wrongCurrent, "password",
        Map.of("currentPassword", PASSWORD, "newPassword", "short", "repeatPassword", "short"), "change");
    assertTrue(tooShort.body().contains("newPassword"), "the rule is shown at the field");
    assertEquals(200, Api.as(base, username, PASSWORD).get("api/v1/referrals?size=1").status(), "nothing changed so far");

    browser.submit("account/security.xhtml", tooShort, "password",
        Map.of("currentPassword", PASSWORD, "newPassword", "river stone meadow eleven", "repeatPassword", "river stone meadow eleven"), "change");
    assertEquals(401, Api.as(base, username, PASSWORD).get("api/v1/referrals?size=1").status(), "the old password is gone");
    assertEquals(200, Api.as(base, username, "river stone meadow eleven").get("api/v1/referrals?size=1").status());

    Page setup = browser.get("two-step-setup.xhtml");
    assertEquals(200, setup.status(), "a signed-in person may turn it on");
    assertTrue(SECRET.matcher(setup.body()).find());
  }

  String newAccountWithoutRequirement() {
    String username = "onestep." + UUID.randomUUID().toString().substring(0, 8);
    Reply created = Api.as(base, DemoUser.ADMIN).post("api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"One Step\",\"role\":\"COORDINATOR\",\"password\":\"" + PASSWORD + "\"}");
    assertEquals(201, created.status(), created.toString());
    assertFalse(created.json().getBoolean("twoStepRequired"), "demo mode: not required unless the admin says so");
    return username;
  }

  JsonObject userView(String username) {
    Reply list = Api.as(base, DemoUser.ADMIN).get("api/v1/users");
    return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
  }
}
