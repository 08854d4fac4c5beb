package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin applies the retention policy to sealed cases: the dry run lists and changes nothing; the run purges the
 * identity of persons whose cases are all sealed, and leaves the case and every unsealed person alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private long sealedCase(Api clerk, Api coordinator) {
    long referral = clerk.post("api/v1/referrals", Referrals.eligibleWithDeadline("SF-SUP", ServerClock.today(base).minusDays(3))).json()
        .getJsonNumber("id").longValue();
    assertEquals(200, coordinator.post("api/v1/referrals/" + referral + "/completion/failure", "{\"reason\":\"Never enrolled.\"}").status());
    assertEquals(201, clerk.post("api/v1/referrals/" + referral + "/sealing/order",
        "{\"date\":\"" + ServerClock.today(base) + "\",\"legalBasis\":\"Cal. Penal Code 1203.4\"}").status());
    return referral;
  }

  @Test
  void a_dry_run_lists_and_a_run_purges_the_identities_of_sealed_cases_only() {
    Api clerk = Api.as(base, DemoUser.CLERK_SF);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    Api admin = Api.as(base, DemoUser.ADMIN);
    long sealed = sealedCase(clerk, coordinator);
    long open = clerk.post("api/v1/referrals", Referrals.eligible("SF-SUP")).json().getJsonNumber("id").longValue();
    String openName = coordinator.get("api/v1/referrals/" + open).json().getJsonObject("person").getString("lastName");
    String reason = "{\"reason\":\"Retention check by the records officer\"}";
    String sealedName = admin.post("api/v1/referrals/" + sealed + "/sealing/identity", reason).json().getString("lastName");

    assertEquals(400, admin.post("api/v1/retention/runs", "").status(), "no period configured and none given");
    assertEquals(403, coordinator.post("api/v1/retention/runs?years=0", "").status());

    var dry = admin.post("api/v1/retention/runs?years=0", "");
    assertEquals(200, dry.status(), dry.toString());
    assertTrue(dry.json().getBoolean("dryRun"));
    assertTrue(dry.body().contains("\"referralId\":" + sealed), dry.body());
    assertFalse(dry.body().contains("\"referralId\":" + open + ","), "an unsealed case is never listed");
    assertEquals(sealedName, admin.post("api/v1/referrals/" + sealed + "/sealing/identity", reason).json().getString("lastName"),
        "a dry run changes nothing");

    var later = admin.post("api/v1/retention/runs?years=5&dryRun=false", "");
    assertEquals(200, later.status());
    assertFalse(later.body().contains("\"referralId\":" + sealed), "sealed today is within a five-year period");

    var run = admin.post("api/v1/retention/runs?years=0&dryRun=false", "");
    assertEquals(200, run.status(), run.toString());
    assertTrue(run.json().getInt("persons") >= 1);
    var identity = admin.post("api/v1/referrals/" + sealed + "/sealing/identity", reason).json();
    assertEquals("Purged", identity.getString("lastName"));
    assertEquals("Purged", identity.getString("firstName"));
    assertTrue(identity.getString("dateOfBirth").endsWith("-01-01"), "only the year of birth stays: " + identity);
    assertFalse(identity.containsKey("stateId"));
    assertEquals(200, admin.get("api/v1/referrals/" + sealed).status(), "the case itself stays");
    assertEquals(openName, coordinator.get("api/v1/referrals/" + open).json().getJsonObject("person").getString("lastName"));
    assertFalse(admin.post("api/v1/retention/runs?years=0", "").body().contains("\"referralId\":" + sealed + ","),
        "a purged person is not listed again");
  }
}
