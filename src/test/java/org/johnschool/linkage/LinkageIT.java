package org.johnschool.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator links re-arrest records to the program's persons: on a generated set with the truth known, the
 * automatic links reach precision and recall of 0.98; identifiers link whatever the names; doubtful pairs wait in
 * the review queue, and each decision is kept with who made it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LinkageIT {

  private static final Logger LOG = Logger.getLogger(LinkageIT.class.getName());
  private static final String DOCKET = "court,court_case_number,arrest_date,arresting_agency,referral_date,deadline,first_name,last_name,"
      + "date_of_birth,sex,state_id,charges\n";
  private static final String ARRESTS = "source_record_id,first_name,last_name,date_of_birth,sex,state_id,fbi_number,arrest_date,agency,"
      + "statute,description,offense_category\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static String docketRow(String caseNumber, String first, String last, LocalDate dob, String stateId) {
    LocalDate today = LocalDate.now(); // days of margin either side: the row does not hang on the hour
    return String.join(",", "SF-SUP", caseNumber, today.minusDays(30).toString(), "SFPD", today.minusDays(20).toString(),
        today.plusDays(60).toString(), first, last, dob.toString(), "M", stateId == null ? "" : stateId, "647(b)|Solicitation") + "\n";
  }

  private static String arrestRow(String id, String first, String last, LocalDate dob, String stateId) {
    return String.join(",", id, first, last, dob.toString(), "M", stateId == null ? "" : stateId, "", "2025-06-01", "SFPD", "647(b)",
        "Solicitation", "SEX_BUYING") + "\n";
  }

  /** Every pair in a state, keyed by the record's source id, with the person's court case numbers. */
  private static Map<String, JsonObject> pairs(Api api, String state) {
    Map<String, JsonObject> bySource = new HashMap<>();
    for (int offset = 0; ; offset += 1000) {
      JsonObject page = api.get("api/v1/linkage/links?state=" + state + "&limit=1000&offset=" + offset).json();
      var items = page.getJsonArray("items");
      items.forEach(v -> bySource.put(v.asJsonObject().getJsonObject("record").getString("sourceRecordId"), v.asJsonObject()));
      if (items.size() < 1000) {
        return bySource;
      }
    }
  }

  private static boolean names(JsonObject pair, String caseNumber) {
    return pair.getJsonObject("person").getJsonArray("courtCases").getValuesAs(jakarta.json.JsonString.class).stream()
        .anyMatch(s -> s.getString().endsWith(" " + caseNumber));
  }

  @Test
  void linkage_finds_the_true_pairs_with_precision_and_recall_of_at_least_098() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String prefix = "LK" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    LinkageTestSet set = new LinkageTestSet(prefix, 300, 300, 300, 20261123L);
    StringBuilder docket = new StringBuilder(DOCKET);
    set.persons.forEach(p -> docket.append(docketRow(p.caseNumber(), p.first(), p.last(), p.dob(), null)));
    var imported = coordinator.postCsv("api/v1/referrals/import", docket.toString());
    assertEquals(200, imported.status(), imported.toString());
    StringBuilder arrests = new StringBuilder(ARRESTS);
    set.records.forEach(r -> arrests.append(arrestRow(r.sourceId(), r.first(), r.last(), r.dob(), null)));
    var loaded = coordinator.postCsv("api/v1/arrest-records/import", arrests.toString());
    assertEquals(200, loaded.status(), loaded.toString());

    var run = coordinator.post("api/v1/linkage/runs", "{}");
    assertEquals(200, run.status(), run.toString());
    assertTrue(run.json().getInt("records") >= 600);
    assertTrue(run.json().getJsonNumber("comparisons").longValue() < 600L * 300,
        "blocking scores far fewer pairs than all of them: " + run.json());

    Map<String, JsonObject> linked = pairs(coordinator, "LINKED");
    Map<String, JsonObject> review = pairs(coordinator, "REVIEW");
    int truePositives = 0;
    int falsePositives = 0;
    int mine = 0;
    for (var r : set.records) {
      JsonObject pair = linked.get(r.sourceId());
      if (pair == null) {
        continue;
      }
      mine++;
      if (r.trueCaseNumber() != null && names(pair, r.trueCaseNumber())) {
        truePositives++;
      } else {
        falsePositives++;
      }
    }
    long reviewed = set.records.stream().filter(r -> review.containsKey(r.sourceId())).count();
    double precision = (double) truePositives / mine;
    double recall = (double) truePositives / set.truth.size();
    String figures = "Linkage on the generated set: " + mine + " linked, " + reviewed + " to review; precision " + precision + ", recall "
        + recall;
    LOG.info(figures);
    assertTrue(precision >= 0.98, "precision " + precision + " (" + falsePositives + " false links)");
    assertTrue(recall >= 0.98, "recall " + recall + " (" + truePositives + " of " + set.truth.size() + ")");

    var again = coordinator.post("api/v1/linkage/runs", "{}");
    assertEquals(200, again.status());
    assertEquals(linked.size(), pairs(coordinator, "LINKED").size(), "a new run gives the same links, not doubled ones");
  }

  @Test
  void an_identifier_links_whatever_the_names_and_a_doubtful_pair_waits_for_a_decision_that_is_kept() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String p = "LQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    LocalDate dob = LocalDate.of(1971, 2, 17);
    String docket = DOCKET + docketRow(p + "A", "Ignatius", "Wolfenbarger", dob, p + "SID")
        + docketRow(p + "B", "Bartholomew", "Quackenbush", LocalDate.of(1966, 9, 21), null);
    assertEquals(200, coordinator.postCsv("api/v1/referrals/import", docket).status());
    String arrests = ARRESTS + arrestRow(p + "-1", "Iggy", "Wolf", LocalDate.of(1970, 1, 1), p + "SID")
        + arrestRow(p + "-2", "Mortimer", "Quackenbush", LocalDate.of(1966, 9, 21), null);
    assertEquals(200, coordinator.postCsv("api/v1/arrest-records/import", arrests).status());
    assertEquals(200, coordinator.post("api/v1/linkage/runs", "{}").status());

    JsonObject byId = pairs(coordinator, "LINKED").get(p + "-1");
    assertNotNull(byId, "the state ID links");
    assertEquals("STATE_ID", byId.getJsonObject("evidence").getString("method"));

    JsonObject doubtful = pairs(coordinator, "REVIEW").get(p + "-2");
    assertNotNull(doubtful, "same last name and birth date, another first name (a twin, or a clerk's slip): a person decides");
    assertEquals("DIFFERENT", doubtful.getJsonObject("evidence").getString("firstName"));
    assertEquals("EXACT", doubtful.getJsonObject("evidence").getString("birthDate"));
    assertEquals("Bartholomew", doubtful.getJsonObject("person").getString("firstName"));
    assertEquals("Mortimer", doubtful.getJsonObject("record").getString("firstName"));
    long id = doubtful.getJsonNumber("id").longValue();

    var queue = coordinator.get("api/v1/linkage/reviews?limit=200").json();
    assertTrue(queue.getJsonNumber("total").longValue() >= 1);

    var bad = coordinator.post("api/v1/linkage/reviews/" + id, "{\"decision\":\"PERHAPS\"}");
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("decision"), bad.body());

    var decided = coordinator.post("api/v1/linkage/reviews/" + id, "{\"decision\":\"MATCH\",\"note\":\"Middle name used at booking; court file shows both\"}");
    assertEquals(200, decided.status(), decided.toString());
    assertEquals("CONFIRMED", decided.json().getString("state"));
    assertEquals(DemoUser.COORDINATOR.username, decided.json().getString("decidedBy"));
    assertEquals(409, coordinator.post("api/v1/linkage/reviews/" + id, "{\"decision\":\"NO_MATCH\"}").status(), "decided once");

    assertEquals(200, coordinator.post("api/v1/linkage/runs", "{}").status());
    assertEquals("CONFIRMED", coordinator.get("api/v1/linkage/reviews/" + id).json().getString("state"), "a new run keeps decisions");

    assertEquals(403, Api.as(base, DemoUser.EVALUATOR).get("api/v1/linkage/reviews").status());
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).post("api/v1/linkage/runs", "{}").status());
    assertEquals(400, coordinator.post("api/v1/linkage/runs", "{\"upper\":5,\"lower\":9}").status());
  }
}
