package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.Api.Reply;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A court system refers cases over REST; coordinators review them; each role sees only what it may. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void a_clerk_refers_a_case_and_gets_it_back_screened_eligible_with_every_reason() {
    Reply created = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP"));

    assertEquals(201, created.status(), created.toString());
    JsonObject body = created.json();
    assertEquals("ELIGIBLE", body.getString("status"));
    assertEquals("ELIGIBLE", body.getJsonObject("eligibility").getString("result"));
    assertTrue(body.getJsonObject("eligibility").getJsonArray("reasons").size() >= 5, body.toString());
    assertTrue(created.location().endsWith("/api/v1/referrals/" + body.getJsonNumber("id").longValue()), created.location());

    Reply read = Api.as(base, DemoUser.CLERK_SF).get(created.location().replaceFirst("^https?://[^/]+/", ""));
    assertEquals(200, read.status());
    assertEquals("Jon", read.json().getJsonObject("person").getString("firstName"));
  }

  @Test
  void a_penal_code_prefix_in_the_statute_code_screens_as_the_section_itself_and_the_code_is_kept_as_written() {
    for (String written : new String[] {"PC 647(b)", "Pen. Code § 647(b)", "pc647(B)"}) {
      Reply created = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals",
          Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), Referrals.uniqueLastName(), written));
      assertEquals(201, created.status(), created.toString());
      assertEquals("ELIGIBLE", created.json().getString("status"), written + ": " + created);
      JsonObject charge = created.json().getJsonArray("charges").getJsonObject(0);
      assertEquals(written, charge.getString("statuteCode"));
      assertEquals("647(B)", charge.getString("readAs"));
    }
  }

  @Test
  void a_trafficking_charge_makes_the_case_ineligible_with_the_reason() {
    String body = Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), "Traffick", "236.1");
    Reply created = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", body);

    assertEquals(201, created.status(), created.toString());
    assertEquals("INELIGIBLE", created.json().getString("status"));
    var failed = created.json().getJsonObject("eligibility").getJsonArray("reasons").stream()
        .map(JsonValue::asJsonObject).filter(r -> !r.getBoolean("met")).map(r -> r.getString("code")).toList();
    assertTrue(failed.contains("NO_TRAFFICKING_CHARGE"), failed.toString());
    assertTrue(failed.contains("BUYER_OFFENSE"), failed.toString());
  }

  @Test
  void the_same_court_case_number_twice_is_a_conflict_naming_the_first_referral() {
    String caseNumber = Referrals.uniqueCaseNumber();
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Reply first = clerk.post("api/v1/referrals", Referrals.json("SF-SUP", caseNumber, "Twice", "647(b)"));
    Reply second = clerk.post("api/v1/referrals", Referrals.json("SF-SUP", caseNumber, "Twice", "647(b)"));

    assertEquals(201, first.status(), first.toString());
    assertEquals(409, second.status(), second.toString());
    long firstId = first.json().getJsonNumber("id").longValue();
    assertEquals(firstId, second.json().getJsonNumber("existingId").longValue());
    assertTrue(second.json().getString("message").contains(String.valueOf(firstId)));
  }

  @Test
  void invalid_input_is_refused_with_every_field_named_and_nothing_stored() {
    String caseNumber = Referrals.uniqueCaseNumber();
    String bad = Referrals.json("SF-SUP", caseNumber, "", "647(b)").replace("\"1980-02-03\"", "\"1980-02-31\"");
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    long before = coordinator.get("api/v1/referrals?size=1").json().getJsonNumber("total").longValue();

    Reply refused = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", bad);

    assertEquals(400, refused.status(), refused.toString());
    var fields = refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    assertTrue(fields.contains("person.lastName"), fields.toString());
    assertTrue(fields.contains("person.dateOfBirth"), fields.toString());
    assertEquals(before, coordinator.get("api/v1/referrals?size=1").json().getJsonNumber("total").longValue());
  }

  @Test
  void malformed_json_is_a_400_in_the_error_shape() {
    Reply refused = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", "{\"court\": ");
    assertEquals(400, refused.status(), refused.toString());
    assertEquals(400, refused.json().getInt("status"));
  }

  @Test
  void a_clerk_sees_only_referrals_of_their_own_court() {
    Reply created = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP"));
    long id = created.json().getJsonNumber("id").longValue();

    assertEquals(404, Api.as(base, DemoUser.CLERK_ALAMEDA).get("api/v1/referrals/" + id).status());
    Reply list = Api.as(base, DemoUser.CLERK_ALAMEDA).get("api/v1/referrals?size=200");
    assertTrue(list.json().getJsonArray("items").stream().noneMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id));

    Reply otherCourt = Api.as(base, DemoUser.CLERK_ALAMEDA).post("api/v1/referrals", Referrals.eligible("SF-SUP"));
    assertEquals(400, otherCourt.status(), otherCourt.toString());
    assertEquals("court", otherCourt.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void an_evaluator_reads_no_case_one_by_one_and_cannot_refer() {
    Reply created = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP"));
    long id = created.json().getJsonNumber("id").longValue();
    Api evaluator = Api.as(base, DemoUser.EVALUATOR);

    // Issue 22, item 14: their person-level data is the de-identified export, never a case's record.
    assertEquals(403, evaluator.get("api/v1/referrals/" + id).status());
    assertEquals(403, evaluator.get("api/v1/referrals?size=50").status());
    assertEquals(403, evaluator.post("api/v1/referrals", Referrals.eligible("SF-SUP")).status());
  }

  @Test
  void a_clerk_learns_which_rule_was_not_met_never_what_other_courts_or_sealed_records_hold() {
    // A San Francisco case, sealed since.
    Reply earlier = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals",
        Referrals.eligibleWithDeadline("SF-SUP", org.johnschool.support.ServerClock.today(base).minusDays(3)));
    long sealed = earlier.json().getJsonNumber("id").longValue();
    String lastName = earlier.json().getJsonObject("person").getString("lastName");
    assertEquals(200, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + sealed + "/completion/failure",
        "{\"reason\":\"Never enrolled.\"}").status());
    assertEquals(201, Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals/" + sealed + "/sealing/order",
        "{\"date\":\"" + org.johnschool.support.ServerClock.today(base) + "\",\"legalBasis\":\"Cal. Penal Code 1203.4\"}").status());

    // The Oakland clerk refers the same name and birth date.
    Reply oakland = Api.as(base, DemoUser.CLERK_ALAMEDA).post("api/v1/referrals", Referrals.json("ALA-SUP", Referrals.uniqueCaseNumber(), lastName, "647(b)"));
    assertEquals(201, oakland.status(), oakland.toString());
    var reason = oakland.json().getJsonObject("eligibility").getJsonArray("reasons").stream().map(v -> v.asJsonObject())
        .filter(r -> r.getString("code").equals("FIRST_OFFENSE")).findFirst().orElseThrow();
    assertFalse(reason.getBoolean("met"));
    assertEquals("Not a first solicitation offense under the program's rules; the program office can say more.", reason.getString("message"),
        "the rule, not what the records hold: " + oakland.body());
    assertFalse(oakland.body().contains("earlier referral") || oakland.body().contains("earlier diversion"), oakland.body());

    // The program's office reads the whole finding.
    long id = oakland.json().getJsonNumber("id").longValue();
    String office = Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + id).body();
    assertTrue(office.contains("The program's records hold 1 earlier referral(s) of this person."), office);
  }

  @Test
  void a_coordinator_overrides_the_screening_with_a_justification_and_both_results_are_kept() {
    String body = Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), "Override", "236.1");
    long id = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", body).json().getJsonNumber("id").longValue();
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);

    Reply noReason = coordinator.post("api/v1/referrals/" + id + "/eligibility-override", "{\"result\":\"ELIGIBLE\",\"justification\":\" \"}");
    assertEquals(400, noReason.status(), noReason.toString());
    assertEquals("justification", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Reply clerkTries = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals/" + id + "/eligibility-override",
        "{\"result\":\"ELIGIBLE\",\"justification\":\"Clerk says so\"}");
    assertEquals(403, clerkTries.status(), clerkTries.toString());

    Reply overridden = coordinator.post("api/v1/referrals/" + id + "/eligibility-override",
        "{\"result\":\"ELIGIBLE\",\"justification\":\"Charge amended to 647(b) at arraignment.\"}");
    assertEquals(200, overridden.status(), overridden.toString());
    JsonObject eligibility = overridden.json().getJsonObject("eligibility");
    assertEquals("ELIGIBLE", overridden.json().getString("status"));
    assertEquals("ELIGIBLE", eligibility.getString("result"));
    assertEquals("INELIGIBLE", eligibility.getString("screeningResult"));
    assertEquals("coordinator", eligibility.getJsonObject("override").getString("by"));
  }

  @Test
  void the_server_log_never_holds_names_birth_dates_or_identifiers() throws Exception {
    String lastName = "Logcheck" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String body = Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), lastName, "647(b)").replace("\"stateId\":null", "\"stateId\":\"SID777123\"");
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    assertEquals(201, clerk.post("api/v1/referrals", body).status());
    assertEquals(409, clerk.post("api/v1/referrals", body.replace("\"647(b)\"", "\"647(b)\"")).status());
    clerk.post("api/v1/referrals", body.replace("1980-02-03", "1980-13-45"));

    java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    String text = java.nio.file.Files.readString(log);
    assertFalse(text.contains(lastName), "the log holds a name");
    assertFalse(text.contains("SID777123"), "the log holds a state ID");
  }

  @Test
  void requests_without_valid_credentials_get_401() {
    assertEquals(401, Api.anonymous(base).get("api/v1/referrals").status());
    assertEquals(401, Api.as(base, "clerk", "not-the-password-at-all").get("api/v1/referrals").status());
  }

  @Test
  void paging_and_filters_are_checked() {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    assertEquals(400, coordinator.get("api/v1/referrals?size=0").status());
    assertEquals(400, coordinator.get("api/v1/referrals?status=NOPE").status());
    Reply page = coordinator.get("api/v1/referrals?status=ELIGIBLE&court=SF-SUP&page=0&size=5");
    assertEquals(200, page.status(), page.toString());
    assertTrue(page.json().getJsonArray("items").size() <= 5);
    assertTrue(page.json().getJsonArray("items").stream().allMatch(i -> i.asJsonObject().getString("status").equals("ELIGIBLE")));
  }
}
