package org.johnschool.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.Api.Reply;
import org.johnschool.support.Browser;
import org.johnschool.support.Database;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail as an admin searches it: every sign-in and failure with the six AU-3 fields, data
 * changes with who and what, searches recorded too, bad filters named, and nothing can change it, not
 * even a direct SQL statement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

  static final String PASSWORD = "copper kettle window nine";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  List<JsonObject> events(String query) {
    Reply r = Api.as(base, DemoUser.ADMIN).get("api/v1/audit/events?" + query);
    assertEquals(200, r.status(), r.toString());
    return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  void sign_ins_failures_and_password_changes_carry_type_time_place_source_outcome_and_identity() {
    String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, Api.as(base, DemoUser.ADMIN).post("api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"Audit Test\",\"role\":\"EVALUATOR\",\"password\":\"" + PASSWORD + "\"}").status());
    assertEquals(401, Api.as(base, username, "not the password at all").get("api/v1/cohorts").status());
    assertEquals(302, new PageSession(base).signIn(username, PASSWORD).status(), "signs in through the page");

    List<JsonObject> found = events("user=" + username);
    Set<String> seen = found.stream().map(e -> e.getString("type") + "/" + e.getString("outcome")).collect(Collectors.toSet());
    assertTrue(seen.containsAll(Set.of("LOGIN/FAILURE", "LOGIN/SUCCESS")), seen.toString());
    for (JsonObject e : found) {
      for (String field : List.of("type", "occurredAt", "node", "sourceAddress", "outcome", "username")) {
        assertTrue(e.containsKey(field) && !e.isNull(field) && !e.getString(field).isBlank(), field + " missing in " + e);
      }
    }
    assertEquals(1, events("user=" + username + "&type=LOGIN&outcome=FAILURE").size(), "filters narrow it down");
    assertTrue(events("user=" + username + "&from=2000-01-01&to=2000-12-31").isEmpty());
  }

  @Test
  void data_changes_show_who_and_which_records_and_searching_is_itself_recorded() {
    String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
    Api admin = Api.as(base, DemoUser.ADMIN);
    assertEquals(201, admin.post("api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"Audit Change\",\"role\":\"EVALUATOR\",\"password\":\"" + PASSWORD + "\"}").status());
    Reply changes = admin.get("api/v1/audit/changes?user=admin&size=20");
    assertEquals(200, changes.status(), changes.toString());
    assertTrue(changes.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .anyMatch(c -> c.getJsonArray("records").toString().contains("StaffUser") && "admin".equals(c.getString("username"))),
        changes.body());

    int before = events("user=admin&type=AUDIT_READ&size=200").size();
    events("type=LOGIN&size=1");
    assertTrue(events("user=admin&type=AUDIT_READ&size=200").size() > before, "a search of the trail is in the trail");
  }

  /** The revision of the newest data change by this user that touched a record of this kind. */
  private long newestChange(String username, String kind) {
    Reply changes = Api.as(base, DemoUser.ADMIN).get("api/v1/audit/changes?user=" + username + "&size=10");
    assertEquals(200, changes.status(), changes.toString());
    return changes.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonArray("records").getValuesAs(jakarta.json.JsonString.class).stream().anyMatch(k -> k.getString().equals(kind)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " change by " + username + ": " + changes.body()))
        .getJsonNumber("revision").longValue();
  }

  private static JsonObject record(JsonObject change, String kind) {
    return change.getJsonArray("records").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("kind").equals(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + change));
  }

  private static JsonObject field(JsonObject record, String name) {
    return record.getJsonArray("fields").getValuesAs(JsonObject.class).stream().filter(f -> f.getString("field").equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name + " in " + record));
  }

  @Test
  void a_data_change_shows_each_field_before_and_after_but_never_a_secret_or_a_sealed_identity() throws Exception {
    Api admin = Api.as(base, DemoUser.ADMIN);
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    // A coordinator overrides the screening of an ineligible case: the change reads status INELIGIBLE → ELIGIBLE.
    String justification = "The charge was amended to 647(b) at arraignment.";
    long referral = clerk.post("api/v1/referrals", org.johnschool.support.Referrals.json("SF-SUP",
        org.johnschool.support.Referrals.uniqueCaseNumber(), org.johnschool.support.Referrals.uniqueLastName(), "VC 23152(a)"))
        .json().getJsonNumber("id").longValue();
    assertEquals(200, coordinator.post("api/v1/referrals/" + referral + "/eligibility-override",
        "{\"result\":\"ELIGIBLE\",\"justification\":\"" + justification + "\"}").status());
    long revision = newestChange("coordinator", "Referral");
    Reply change = admin.get("api/v1/audit/changes/" + revision);
    assertEquals(200, change.status(), change.toString());
    JsonObject referralChange = record(change.json(), "Referral");
    assertEquals("MOD", referralChange.getString("change"));
    assertEquals(referral, referralChange.getJsonNumber("id").longValue());
    assertEquals("INELIGIBLE", field(referralChange, "status").getString("before"));
    assertEquals("ELIGIBLE", field(referralChange, "status").getString("after"));
    assertFalse(field(referralChange, "override justification").containsKey("before"), "no value before: none in the answer");
    assertEquals(justification, field(referralChange, "override justification").getString("after"));

    // A new account: its fields in words; the password hash is not in the audit tables, nor anywhere in the answer.
    String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, admin.post("api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"Audit Fields\",\"role\":\"EVALUATOR\",\"password\":\"" + PASSWORD + "\"}").status());
    Reply created = admin.get("api/v1/audit/changes/" + newestChange("admin", "StaffUser"));
    JsonObject account = record(created.json(), "StaffUser");
    assertEquals("ADD", account.getString("change"));
    assertEquals("Audit Fields", field(account, "display name").getString("after"));
    assertEquals("EVALUATOR", field(account, "role").getString("after"));
    assertFalse(field(account, "password changed at").containsKey("withheld"), "when the password changed is no secret");
    try (Connection c = Database.connect(); var st = c.prepareStatement("select password_hash from app_user where username = ?")) {
      st.setString(1, username);
      var rs = st.executeQuery();
      assertTrue(rs.next());
      assertFalse(created.body().contains(rs.getString(1)), "the password hash is nowhere in the answer");
    }

    // A sealed case: the person's fields changed, their values are withheld.
    long sealed = clerk.post("api/v1/referrals", org.johnschool.support.Referrals.eligibleWithDeadline("SF-SUP", ServerClock.today(base).minusDays(3)))
        .json().getJsonNumber("id").longValue();
    String lastName = coordinator.get("api/v1/referrals/" + sealed).json().getJsonObject("person").getString("lastName");
    assertEquals(200, coordinator.post("api/v1/referrals/" + sealed + "/completion/failure", "{\"reason\":\"Never enrolled.\"}").status());
    assertEquals(201, clerk.post("api/v1/referrals/" + sealed + "/sealing/order",
        "{\"date\":\"" + ServerClock.today(base) + "\",\"legalBasis\":\"Cal. Penal Code 1203.4\"}").status());
    long intake = ((jakarta.json.JsonArray) admin.get("api/v1/referrals/" + sealed + "/history").structure()).getJsonObject(0)
        .getJsonNumber("revision").longValue();
    Reply intakeChange = admin.get("api/v1/audit/changes/" + intake);
    assertEquals(200, intakeChange.status(), intakeChange.toString());
    assertEquals("SEALED", field(record(intakeChange.json(), "Person"), "last name").getString("withheld"));
    assertFalse(intakeChange.body().contains(lastName), "a sealed person's name is not in the trail's answer: " + intakeChange.body());

    assertEquals(404, admin.get("api/v1/audit/changes/999999999").status());
    assertEquals(403, coordinator.get("api/v1/audit/changes/" + revision).status());

    // On the page: the admin's data changes, the newest one (the new account: a long change) opened, field by field.
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.ADMIN);
      browser.open("admin/audit.xhtml");
      browser.type("filter:username", "admin");
      browser.click("filter:search");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
        d.findElement(By.linkText("Data changes")).click();
        return d.findElement(By.id("lists:tabs:changes:0:showChange")).isDisplayed();
      });
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 500)); // a short window
      browser.click("lists:tabs:changes:0:showChange");
      // The window is short: read the dialog's whole text, also what is scrolled out of sight.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("changeDetail")).getAttribute("textContent")
          .contains("display name"));
      long[] fit = ((java.util.List<?>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "const d = document.getElementById('changeDialog').getBoundingClientRect();"
              + "const c = document.getElementById('changeDetail');"
              + "return [Math.round(d.bottom), window.innerHeight, c.scrollHeight > c.clientHeight ? 1 : 0];"))
          .stream().mapToLong(o -> ((Number) o).longValue()).toArray();
      assertTrue(fit[0] <= fit[1], "the dialog stays inside the window (" + fit[0] + " > " + fit[1] + "); its content scrolls: " + fit[2]);
      String shown = browser.driver().findElement(By.id("changeDetail")).getAttribute("textContent").replaceAll("\\s+", " ");
      assertTrue(shown.contains("StaffUser") && shown.contains("added") && shown.contains("Audit Fields") && shown.contains("EVALUATOR"), shown);
      browser.assertAccessible();
    }
  }

  @Test
  void an_admin_searches_the_trail_on_its_page() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.ADMIN);
      browser.open("admin/audit.xhtml");
      browser.waitFor(By.id("lists:tabs:events"));
      browser.assertAccessible();
      browser.select("filter:type", "LOGIN");
      browser.click("filter:search");
      // The filter applies: the table is redrawn with sign-ins only (the page's own searches drop out), types in words.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
        String events = d.findElement(By.id("lists:tabs:events")).getText();
        return events.contains("Sign-in") && !events.contains("Audit trail read") && !events.contains("LOGIN");
      });
      String when = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.cssSelector("[id='lists:tabs:events'] tbody time")).getText());
      assertTrue(when.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+"), "a time to the second with its zone: " + when);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
        d.findElement(By.linkText("Data changes")).click();
        return true;
      });
      browser.waitFor(By.id("lists:tabs:changes"));
      browser.assertAccessible();
    }
  }

  @Test
  void bad_filters_are_named_and_only_admins_search() {
    Reply bad = Api.as(base, DemoUser.ADMIN).get("api/v1/audit/events?type=HACKED&outcome=MAYBE&size=0");
    assertEquals(400, bad.status(), bad.toString());
    Set<String> fields = bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
        .collect(Collectors.toSet());
    assertEquals(Set.of("type", "outcome", "size"), fields);
    assertEquals(400, Api.as(base, DemoUser.ADMIN).get("api/v1/audit/events?from=yesterday").status());
    assertEquals(400, Api.as(base, DemoUser.ADMIN).get("api/v1/audit/events?from=2026-02-01&to=2026-01-01").status());
    assertEquals(403, Api.as(base, DemoUser.COORDINATOR).get("api/v1/audit/events").status());
    assertEquals(403, Api.as(base, DemoUser.EVALUATOR).get("api/v1/audit/changes").status());
  }

  @Test
  void the_trail_refuses_updates_and_deletes_even_in_sql() throws SQLException {
    events("size=1");
    try (Connection c = Database.connect(); Statement s = c.createStatement()) {
      SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("update security_event set outcome = 'SUCCESS'"));
      assertTrue(update.getMessage().contains("append-only"), update.getMessage());
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from security_event"));
      assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_revision"));
      assertThrows(SQLException.class, () -> s.executeUpdate("update audit_revision set username = 'someone else'"));
      try (var rs = s.executeQuery("select count(*) from security_event")) {
        rs.next();
        assertTrue(rs.getLong(1) > 0);
      }
    }
    assertFalse(events("size=5").isEmpty(), "and the application still reads it");
  }
}
