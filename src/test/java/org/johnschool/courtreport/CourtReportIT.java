package org.johnschool.courtreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.johnschool.support.ServerClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The court's side: the clerk records dispositions (a dismissal after completion makes the case DISMISSED),
 * the status feed lists exactly the changes after the given time and only to the court's own clerk, and
 * the weekly report and compliance letter come as CSV and PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourtReportIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** Today where the program is, by the server's clock. */
  private LocalDate today() {
    return ServerClock.today(base);
  }

  private List<String> changesOf(JsonObject feed, long referral) {
    return feed.getJsonArray("changes").stream().map(v -> v.asJsonObject())
        .filter(c -> c.getJsonNumber("referralId").longValue() == referral)
        .map(c -> c.getString("kind") + ":" + (!c.containsKey("from") || c.isNull("from") ? "" : c.getString("from")) + ">" + c.getString("to")).toList();
  }

  private JsonObject feed(Api api, String since) {
    var r = api.get("api/v1/courts/SF-SUP/status-changes?since=" + since + "&limit=5000");
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  @Test
  void the_feed_lists_exactly_the_changes_since_the_given_time_with_dispositions_and_only_to_the_courts_clerk() throws Exception {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    Api admin = Api.as(base, DemoUser.ADMIN);
    Instant before = ServerClock.now(base); // the server's clock stamps the changes: compared with its own reading, no sleeping

    long completed = ClassSessions.eligibleCase(base);
    long session = ClassSessions.create(base, today().plusDays(20), "en", 5);
    assertEquals(201, coordinator.post("api/v1/referrals/" + completed + "/enrollment", "{\"sessionId\":" + session + "}").status());
    assertEquals(200, admin.post("api/v1/referrals/" + completed + "/completion", "{\"reason\":\"Court order: attended in another county.\"}").status());

    var bad = clerk.post("api/v1/referrals/" + completed + "/disposition", "{\"category\":\"PARDONED\",\"date\":\"" + today().plusDays(1) + "\"}");
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("\"category\""), bad.body());
    assertEquals(403, coordinator.post("api/v1/referrals/" + completed + "/disposition", "{\"category\":\"DISMISSED\",\"date\":\"" + today() + "\"}").status());
    assertEquals(404, Api.as(base, DemoUser.CLERK_ALAMEDA).post("api/v1/referrals/" + completed + "/disposition",
        "{\"category\":\"DISMISSED\",\"date\":\"" + today() + "\"}").status(), "another court's clerk does not see the case");
    var dismissed = clerk.post("api/v1/referrals/" + completed + "/disposition",
        "{\"category\":\"DISMISSED\",\"date\":\"" + today() + "\",\"description\":\"Dismissed in the interest of justice\"}");
    assertEquals(201, dismissed.status(), dismissed.toString());
    assertEquals("DISMISSED", dismissed.json().getString("status"));
    assertEquals(409, clerk.post("api/v1/referrals/" + completed + "/disposition", "{\"category\":\"CONVICTED\",\"date\":\"" + today() + "\"}").status());

    Instant between = ServerClock.now(base);
    var late = clerk.post("api/v1/referrals", Referrals.eligibleWithDeadline("SF-SUP", today().minusDays(2)));
    long failed = late.json().getJsonNumber("id").longValue();
    assertEquals(200, coordinator.post("api/v1/referrals/" + failed + "/completion/failure", "{\"reason\":\"Never enrolled.\"}").status());
    assertEquals(200, coordinator.get("api/v1/referrals/" + completed + "/compliance-letter.pdf", "application/pdf").status(),
        "a completed case has its compliance letter");
    assertEquals(201, clerk.post("api/v1/referrals/" + failed + "/disposition", "{\"category\":\"CONVICTED\",\"date\":\"" + today() + "\"}").status());

    JsonObject all = feed(clerk, before.toString());
    assertEquals(List.of("STATUS:>REFERRED", "STATUS:REFERRED>ELIGIBLE", "STATUS:ELIGIBLE>ENROLLED", "STATUS:ENROLLED>COMPLETED",
        "DISPOSITION:COMPLETED>DISMISSED"), changesOf(all, completed));
    assertEquals(List.of("STATUS:>REFERRED", "STATUS:REFERRED>ELIGIBLE", "STATUS:ELIGIBLE>FAILED", "STATUS:FAILED>RETURNED_TO_COURT",
        "DISPOSITION:RETURNED_TO_COURT>RETURNED_TO_COURT"), changesOf(all, failed));
    assertTrue(all.getJsonArray("changes").stream().allMatch(c -> Instant.parse(c.asJsonObject().getString("changedAt")).isAfter(before)));
    assertTrue(!Instant.parse(all.getString("asOf")).isAfter(ServerClock.now(base)));
    assertFalse(all.getBoolean("more"));

    JsonObject later = feed(clerk, between.toString());
    assertEquals(List.of(), changesOf(later, completed), "nothing of the first case after the second time");
    assertEquals(5, changesOf(later, failed).size());

    assertEquals(404, Api.as(base, DemoUser.CLERK_ALAMEDA).get("api/v1/courts/SF-SUP/status-changes?since=" + before).status());
    assertEquals(403, Api.as(base, DemoUser.EVALUATOR).get("api/v1/courts/SF-SUP/status-changes?since=" + before).status());
    var noSince = clerk.get("api/v1/courts/SF-SUP/status-changes");
    assertEquals(400, noSince.status());
    assertTrue(noSince.body().contains("since"));

    String caseNumber = coordinator.get("api/v1/referrals/" + failed).json().getString("courtCaseNumber");
    var csv = clerk.get("api/v1/courts/SF-SUP/weekly-report.csv", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().startsWith("changed_at,court_case_number"));
    assertTrue(csv.body().contains(caseNumber + "," + failed + ",DISPOSITION,RETURNED_TO_COURT,RETURNED_TO_COURT,CONVICTED on"), csv.body());
    var pdf = clerk.get("api/v1/courts/SF-SUP/weekly-report.pdf", "application/pdf");
    assertEquals(200, pdf.status());
    assertTrue(pdf.body().startsWith("%PDF"));

    var letter = clerk.get("api/v1/referrals/" + failed + "/compliance-letter.pdf", "application/pdf");
    assertEquals(200, letter.status());
    assertTrue(letter.body().startsWith("%PDF"));
    long open = ClassSessions.eligibleCase(base);
    assertEquals(409, clerk.get("api/v1/referrals/" + open + "/compliance-letter.pdf", "application/pdf").status());
  }

  @Test
  void a_dismissal_after_completion_seals_the_identity_from_every_role_except_an_admin_who_states_a_reason() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    Api facilitator = Api.as(base, DemoUser.FACILITATOR);
    Api admin = Api.as(base, DemoUser.ADMIN);
    long session = ClassSessions.create(base, today(), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    String lastName = coordinator.get("api/v1/referrals/" + referral).json().getJsonObject("person").getString("lastName");
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    assertEquals(200, admin.post("api/v1/referrals/" + referral + "/completion", "{\"reason\":\"Court order: attended elsewhere.\"}").status());
    assertTrue(coordinator.get("api/v1/sessions/" + session + "/roster").body().contains(lastName), "before sealing the roster names the person");
    assertEquals(201, clerk.post("api/v1/referrals/" + referral + "/disposition",
        "{\"category\":\"DISMISSED\",\"date\":\"" + today() + "\"}").status());

    for (Api who : List.of(clerk, coordinator, facilitator, admin)) {
      var view = who.get("api/v1/referrals/" + referral);
      assertEquals(200, view.status(), view.toString());
      assertFalse(view.body().contains(lastName), view.body());
      assertTrue(view.json().getBoolean("sealed"));
      assertFalse(view.json().containsKey("person"));
      assertTrue(view.json().containsKey("personPseudonym"), "the pseudonym stays for evaluation");
    }
    assertTrue(coordinator.get("api/v1/referrals/" + referral).json().getString("courtCaseNumber").startsWith("CR-"), "the case number stays");
    for (String path : List.of("api/v1/referrals?size=200", "api/v1/sessions/" + session + "/roster", "api/v1/sessions/" + session + "/attendance",
        "api/v1/referrals/" + referral + "/history", "api/v1/referrals/" + referral + "/completion", "api/v1/notices?referralId=" + referral,
        "api/v1/notices?page=0&size=200")) {
      var r = (path.contains("history") || path.contains("page=") ? admin : coordinator).get(path);
      assertEquals(200, r.status(), path + " " + r);
      assertFalse(r.body().contains(lastName), path + " shows the sealed name");
    }
    assertTrue(coordinator.get("api/v1/sessions/" + session + "/roster").body().contains("Sealed record"));

    assertEquals(403, coordinator.post("api/v1/referrals/" + referral + "/sealing/identity", "{\"reason\":\"Curious about this person\"}").status());
    var noReason = admin.post("api/v1/referrals/" + referral + "/sealing/identity", "{\"reason\":\"why\"}");
    assertEquals(400, noReason.status());
    assertTrue(noReason.body().contains("\"reason\""));
    var read = admin.post("api/v1/referrals/" + referral + "/sealing/identity", "{\"reason\":\"Subpoena 2026-114 from the district attorney\"}");
    assertEquals(200, read.status(), read.toString());
    assertEquals(lastName, read.json().getString("lastName"));
    var readings = admin.get("api/v1/referrals/" + referral + "/sealing/readings");
    assertTrue(readings.body().contains("Subpoena 2026-114") && readings.body().contains("\"admin\":\"admin\""), readings.body());
    assertEquals(1, readings.structure().asJsonArray().size());
    var trail = admin.get("api/v1/audit/events?type=SEALED_RECORD_READ&user=admin&size=200");
    assertTrue(trail.body().contains("\"subject\":\"referral " + referral + "\"") && trail.body().contains("Subpoena 2026-114"),
        "the reading is in the audit trail too: " + trail.body());
  }

  @Test
  void a_sealing_order_with_its_date_and_legal_basis_seals_a_case_returned_to_court() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    var late = clerk.post("api/v1/referrals", Referrals.eligibleWithDeadline("SF-SUP", today().minusDays(3)));
    long referral = late.json().getJsonNumber("id").longValue();
    assertEquals(200, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/completion/failure",
        "{\"reason\":\"Never enrolled.\"}").status());
    var bad = clerk.post("api/v1/referrals/" + referral + "/sealing/order", "{\"date\":\"" + today().plusDays(2) + "\"}");
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("\"date\""));
    var noBasis = clerk.post("api/v1/referrals/" + referral + "/sealing/order", "{\"date\":\"" + today() + "\"}");
    assertEquals(400, noBasis.status());
    assertTrue(noBasis.body().contains("\"legalBasis\""));
    var sealed = clerk.post("api/v1/referrals/" + referral + "/sealing/order",
        "{\"date\":\"" + today() + "\",\"legalBasis\":\"Cal. Penal Code 1203.4\"}");
    assertEquals(201, sealed.status(), sealed.toString());
    assertTrue(sealed.json().getBoolean("sealed"));
    assertEquals(409, clerk.post("api/v1/referrals/" + referral + "/sealing/order",
        "{\"date\":\"" + today() + "\",\"legalBasis\":\"again\"}").status());
    assertEquals(404, Api.as(base, DemoUser.CLERK_ALAMEDA).post("api/v1/referrals/" + referral + "/sealing/order",
        "{\"date\":\"" + today() + "\",\"legalBasis\":\"x\"}").status());
  }
}
