package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A financial assessment puts the case in a sliding-scale tier, and the program fee on its account follows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void the_fee_follows_the_households_tier_and_a_new_assessment_corrects_it() {
    Api admin = Api.as(base, DemoUser.ADMIN);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String tiers = "[{\"incomeLimit\":\"20000.00\",\"perPerson\":\"7000.00\",\"fee\":\"250.00\"},"
        + "{\"incomeLimit\":\"40000.00\",\"perPerson\":\"7000.00\",\"fee\":\"500.00\"}]";
    assertEquals(403, coordinator.put("api/v1/sliding-scale", tiers).status());
    var bad = admin.put("api/v1/sliding-scale", "[{\"incomeLimit\":\"abc\",\"perPerson\":\"0\",\"fee\":\"2000.00\"}]");
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.body().contains("tiers[0].incomeLimit"), bad.body());
    assertEquals(200, admin.put("api/v1/sliding-scale", tiers).status());

    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(64), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());

    var low = coordinator.post("api/v1/assessments/" + referral, "{\"householdIncome\":\"24000\",\"householdSize\":2,\"note\":\"Pay stub\"}");
    assertEquals(201, low.status(), low.toString());
    assertEquals(1, low.json().getInt("tier"));
    assertEquals("250.00", low.json().getString("balance"));

    var higher = coordinator.post("api/v1/assessments/" + referral, "{\"householdIncome\":\"45000\",\"householdSize\":2}");
    assertEquals(2, higher.json().getInt("tier"));
    assertEquals("500.00", higher.json().getString("balance"));

    var none = coordinator.post("api/v1/assessments/" + referral, "{\"householdIncome\":\"-1\"}");
    assertEquals(400, none.status(), none.toString());
    assertTrue(none.body().contains("householdSize"), none.body());
    assertEquals("500.00", coordinator.get("api/v1/referrals/" + referral + "/account").json().getString("balance"));
  }
}
