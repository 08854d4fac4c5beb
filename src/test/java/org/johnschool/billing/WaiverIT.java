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

/** Hardship waivers: a coordinator asks, an admin who did not ask decides; an approval lowers the balance by a WAIVER entry. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaiverIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private long enrolledCase() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(62), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}")
        .status());
    return referral;
  }

  private String balance(long referral) {
    return Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + referral + "/account").json().getString("balance");
  }

  @Test
  void a_partial_waiver_asked_by_a_coordinator_and_approved_by_an_admin_lowers_the_balance() {
    long referral = enrolledCase();
    var asked = Api.as(base, DemoUser.COORDINATOR).post("api/v1/waivers",
        "{\"referralId\":" + referral + ",\"amount\":\"300.00\",\"reason\":\"Unemployed since March; two children\"}");
    assertEquals(201, asked.status(), asked.toString());
    long id = asked.json().getJsonNumber("id").longValue();
    assertEquals("REQUESTED", asked.json().getString("status"));

    assertEquals(403, Api.as(base, DemoUser.COORDINATOR).post("api/v1/waivers/" + id + "/approval", "{}").status());
    var approved = Api.as(base, DemoUser.ADMIN).post("api/v1/waivers/" + id + "/approval", "{\"note\":\"Pay stubs seen\"}");
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals("700.00", balance(referral));
    assertEquals(409, Api.as(base, DemoUser.ADMIN).post("api/v1/waivers/" + id + "/approval", "{}").status(), "decided once");
  }

  @Test
  void the_requester_may_not_decide_their_own_waiver() {
    long referral = enrolledCase();
    long id = Api.as(base, DemoUser.ADMIN).post("api/v1/waivers", "{\"referralId\":" + referral + ",\"reason\":\"Homeless\"}")
        .json().getJsonNumber("id").longValue();

    var self = Api.as(base, DemoUser.ADMIN).post("api/v1/waivers/" + id + "/approval", "{}");
    assertEquals(409, self.status(), self.toString());
    assertTrue(self.json().getString("message").contains("cannot be decided by the person who requested it"));
    assertEquals(409, Api.as(base, DemoUser.ADMIN).post("api/v1/waivers/" + id + "/rejection", "{\"note\":\"no\"}").status());
    assertEquals("1000.00", balance(referral));
  }

  @Test
  void a_full_waiver_forgives_the_whole_balance_and_bad_requests_name_the_field() {
    long referral = enrolledCase();
    var bad = Api.as(base, DemoUser.COORDINATOR).post("api/v1/waivers", "{\"referralId\":" + referral + ",\"amount\":\"-5\",\"reason\":\" \"}");
    assertEquals(400, bad.status(), bad.toString());
    long id = Api.as(base, DemoUser.COORDINATOR).post("api/v1/waivers", "{\"referralId\":" + referral + ",\"reason\":\"No income\"}")
        .json().getJsonNumber("id").longValue();
    assertEquals(200, Api.as(base, DemoUser.ADMIN).post("api/v1/waivers/" + id + "/approval", "{}").status());
    assertEquals("0.00", balance(referral));
  }
}
