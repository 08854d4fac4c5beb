package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.Referrals;
import org.johnschool.support.ServerClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evaluators never see names, identifiers or free text (issue 22, item 14): one marker goes into every identity and
 * free-text field a case has — names, aliases, case and tracking numbers, agency, charge description, the override's
 * justification, the payment's reference — and then every operation of the OpenAPI document an evaluator may call
 * (the access matrix's "ok" cells), the cohort reports and export over those days, and every page an evaluator may
 * open are asked. The marker never comes back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluatorLeakIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static String marker() {
    StringBuilder b = new StringBuilder("Qzx");
    for (int i = 0; i < 9; i++) {
      b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }

  @Test
  void a_marker_in_every_identity_and_free_text_field_never_reaches_an_evaluator() throws Exception {
    String m = marker();
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    // An ineligible charge, overridden with a justification that names the person (as the probe's did).
    String body = Referrals.json("SF-SUP", "CR-" + m.toUpperCase(Locale.ROOT), "Doe" + m, "VC 23152(a)")
        .replace("\"Jon\"", "\"" + m + "\"").replace("\"T-88231\"", "\"T-" + m + "\"").replace("\"SFPD\"", "\"SFPD " + m + "\"")
        .replace("\"Solicitation\"", "\"Solicitation with " + m + "\"")
        .replace("\"preferredLanguage\":\"en\"", "\"preferredLanguage\":\"en\",\"aliases\":[{\"firstName\":\"Alias\",\"lastName\":\"" + m
            + "\"}],\"address\":\"1 " + m + " Street\",\"phone\":\"415-555-0100\",\"email\":\"" + m + "@example.org\"");
    var created = clerk.post("api/v1/referrals", body);
    assertEquals(201, created.status(), created.toString());
    long referral = created.json().getJsonNumber("id").longValue();
    var override = coordinator.post("api/v1/referrals/" + referral + "/eligibility-override",
        "{\"result\":\"ELIGIBLE\",\"justification\":\"Judge confirmed " + m + " (case CR-" + m + ")\"}");
    assertEquals(200, override.status(), override.toString());
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(30), "en", 5);
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/payments",
        "{\"amount\":\"10.00\",\"method\":\"CARD\",\"reference\":\"R-" + m + "\"}").status());
    assertTrue(coordinator.get("api/v1/referrals/" + referral).body().contains(m), "the program's staff see the case as it is");

    Api evaluator = Api.as(base, DemoUser.EVALUATOR);
    List<String> leaks = new ArrayList<>();
    int asked = 0;
    Map<String, String[]> matrix = AccessTable.read("/security/access-matrix.csv");
    int column = AccessTable.CALLERS.indexOf("evaluator");
    String today = ServerClock.today(base).toString();
    String definition = "{\"indexFrom\":\"" + LocalDate.parse(today).minusYears(30) + "\",\"indexTo\":\"" + LocalDate.parse(today).plusDays(60) + "\"}";
    var saved = evaluator.post("api/v1/cohorts", "{\"name\":\"Leak check " + m.substring(0, 4) + "\",\"definition\":" + definition + "}");
    String cohortId = saved.status() == 201 ? Long.toString(saved.json().getJsonNumber("id").longValue()) : "1";
    for (var row : matrix.entrySet()) {
      if (!row.getValue()[column].equals("ok")) {
        continue;
      }
      String method = row.getKey().substring(0, row.getKey().indexOf(' '));
      String path = row.getKey().substring(row.getKey().indexOf(' ') + 1).replaceFirst("^/", "")
          .replace("{id}", row.getKey().contains("/cohorts/") ? cohortId : Long.toString(referral))
          .replace("{number}", "1").replace("{from}", "1").replace("{to}", "2").replaceAll("\\{[^}]+\\}", Long.toString(referral));
      Api.Reply answer = switch (method) {
        case "GET" -> evaluator.get(path + (path.contains("?") ? "&" : "?") + "session=" + session + "&referralId=" + referral);
        case "POST" -> path.contains("cohorts") ? evaluator.post(path, definition) : null;
        default -> null;
      };
      if (answer == null) {
        continue; // sign-in tokens, the load probe: nothing of a case
      }
      asked++;
      if (answer.body().toLowerCase(Locale.ROOT).contains(m.toLowerCase(Locale.ROOT))) {
        leaks.add(row.getKey() + " (" + answer.status() + ")");
      }
    }
    PageSession pages = new PageSession(base);
    assertEquals(302, pages.signIn(DemoUser.EVALUATOR).status());
    for (String page : List.of("dashboard.xhtml", "evaluation/cohorts.xhtml", "curriculum/results.xhtml", "curriculum/results.xhtml?session=" + session,
        "curriculum/course.xhtml", "account/security.xhtml")) {
      asked++;
      if (pages.get(page).body().toLowerCase(Locale.ROOT).contains(m.toLowerCase(Locale.ROOT))) {
        leaks.add(page);
      }
    }
    assertTrue(asked > 15, "asked " + asked);
    assertTrue(leaks.isEmpty(), "the marker reached the evaluator through " + leaks + " (of " + asked + " asked)");
  }
}
