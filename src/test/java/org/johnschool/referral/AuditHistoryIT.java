package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every change of a referral is recorded with who made it, and an admin can read the whole history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditHistoryIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void intake_and_override_are_in_the_history_with_who_and_what() {
    String body = Referrals.json("SF-SUP", Referrals.uniqueCaseNumber(), "Audited", "236.1");
    long id = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", body).json().getJsonNumber("id").longValue();
    Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + id + "/eligibility-override",
        "{\"result\":\"ELIGIBLE\",\"justification\":\"Reviewed the police report.\"}");

    var reply = Api.as(base, DemoUser.ADMIN).get("api/v1/referrals/" + id + "/history");

    assertEquals(200, reply.status(), reply.toString());
    JsonArray entries = (JsonArray) reply.structure();
    JsonObject created = entries.stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("record").equals("referral") && e.getString("kind").equals("ADD")).findFirst().orElseThrow();
    assertEquals("clerk", created.getString("who"));
    JsonObject overridden = entries.stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("record").equals("referral") && e.getString("kind").equals("MOD")).findFirst().orElseThrow();
    assertEquals("coordinator", overridden.getString("who"));
    assertTrue(overridden.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
        .anyMatch(c -> c.getString("field").equals("status") && c.getString("before").equals("INELIGIBLE") && c.getString("after").equals("ELIGIBLE")),
        overridden.toString());
    assertTrue(entries.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("record").equals("person")));
  }

  @Test
  void only_an_admin_reads_the_history() {
    long id = Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP")).json().getJsonNumber("id").longValue();
    assertEquals(403, Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + id + "/history").status());
    assertEquals(403, Api.as(base, DemoUser.EVALUATOR).get("api/v1/referrals/" + id + "/history").status());
  }
}
