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
