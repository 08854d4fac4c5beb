package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Parallel;
import org.johnschool.support.ServerClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The till's limits hold for one request and for twenty at once (issue 22, items 3 and 4): money goes back only as far
 * as it came in, one payment is at most the program's largest and above the balance only when the payer chooses a
 * credit, a coordinator's adjustment stays small and never makes a credit, and every money operation on one case waits
 * for the one before it — 201/200 or 409, never a 500, never past a limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MoneyLimitsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Api coordinator() {
    return Api.as(base, DemoUser.COORDINATOR);
  }

  private long enrolledCase() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(60), "en", 30);
    long referral = ClassSessions.eligibleCase(base);
    var r = coordinator().post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}");
    assertEquals(201, r.status(), r.toString());
    return referral;
  }

  private Api.Reply pay(long referral, String amount, boolean allowCredit) {
    return coordinator().post("api/v1/referrals/" + referral + "/payments",
        "{\"amount\":\"" + amount + "\",\"method\":\"CASH\"" + (allowCredit ? ",\"allowCredit\":true" : "") + "}");
  }

  private String balance(long referral) {
    return coordinator().get("api/v1/referrals/" + referral + "/account").json().getString("balance");
  }

  private static Map<Integer, Integer> statuses(List<Api.Reply> replies) {
    Map<Integer, Integer> counts = new TreeMap<>();
    replies.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  @Test
  void money_goes_back_only_as_far_as_it_came_in() {
    long referral = enrolledCase();
    assertEquals(201, pay(referral, "14.00", false).status());
    String path = "api/v1/referrals/" + referral + "/account/";

    // The probe's route: a coordinator lowered the balance by 500 and refunded 500 against 14 paid. Now the adjustment
    // waits for an admin who did not ask for it.
    var large = coordinator().post(path + "adjustments", "{\"amount\":\"-500.00\",\"reason\":\"Fee set in error\"}");
    assertEquals(202, large.status(), large.toString());
    assertEquals("REQUESTED", large.json().getString("status"));
    assertEquals("-500.00", large.json().getString("amount"));
    assertEquals("986.00", balance(referral), "nothing was posted");
    Api admin = Api.as(base, DemoUser.ADMIN);
    assertEquals(403, coordinator().post("api/v1/adjustments/" + large.json().getJsonNumber("id") + "/approval", "{}").status());
    assertEquals(400, admin.post("api/v1/adjustments/" + large.json().getJsonNumber("id") + "/rejection", "{}").status(), "a rejection says why");
    var rejected = admin.post("api/v1/adjustments/" + large.json().getJsonNumber("id") + "/rejection", "{\"note\":\"Ask the court first\"}");
    assertEquals("REJECTED", rejected.json().getString("status"), rejected.toString());
    assertEquals("986.00", balance(referral));

    // Within the limit and not into a credit, it is posted at once.
    assertEquals("936.00", coordinator().post(path + "adjustments", "{\"amount\":\"-50.00\",\"reason\":\"Workbook not given\"}").json()
        .getString("balance"));

    // An admin's own request waits for another admin; approved by one, the credit is made — and still pays out nothing
    // beyond the 14.00 received.
    var own = admin.post(path + "adjustments", "{\"amount\":\"-1.00\",\"reason\":\"Rounding\"}");
    assertEquals(200, own.status(), "small ones are posted: " + own);
    var asked = admin.post(path + "adjustments", "{\"amount\":\"-300.00\",\"reason\":\"Rounding\"}");
    assertEquals(202, asked.status(), asked.toString());
    var self = admin.post("api/v1/adjustments/" + asked.json().getJsonNumber("id") + "/approval", "{}");
    assertEquals(409, self.status(), "four eyes: " + self);
    var toCredit = coordinator().post(path + "adjustments", "{\"amount\":\"-949.00\",\"reason\":\"Dismissed by the court\"}");
    assertEquals(202, toCredit.status(), "above the limit and into a credit: it waits: " + toCredit);
    assertTrue(admin.get("api/v1/adjustments").body().contains("Dismissed by the court"), "in the admins' queue");
    var approved = admin.post("api/v1/adjustments/" + toCredit.json().getJsonNumber("id") + "/approval", "{\"note\":\"Order seen\"}");
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals("-14.00", balance(referral));
    assertEquals(409, admin.post("api/v1/adjustments/" + toCredit.json().getJsonNumber("id") + "/approval", "{}").status(), "once");
    var intoCredit = coordinator().post(path + "adjustments", "{\"amount\":\"-1.00\",\"reason\":\"Small but into more credit\"}");
    assertEquals(202, intoCredit.status(), "a credit waits for an admin however small: " + intoCredit);

    var refund = coordinator().post(path + "refunds", "{\"amount\":\"14.01\",\"reason\":\"Give it back\"}");
    assertEquals(409, refund.status(), refund.toString());
    assertTrue(refund.body().contains("14.00"), refund.body());
    assertEquals("0.00", coordinator().post(path + "refunds", "{\"amount\":\"14.00\",\"reason\":\"Give it back\"}").json().getString("balance"));

    // The refunded payment can no longer be voided: that would leave a refund of money never received.
    long paymentId = coordinator().get(path.substring(0, path.length() - 1)).json().getJsonArray("entries").stream()
        .map(e -> e.asJsonObject()).filter(e -> e.getString("type").equals("PAYMENT")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    var voided = coordinator().post("api/v1/account-entries/" + paymentId + "/void", "{\"reason\":\"Wrong case\"}");
    assertEquals(409, voided.status(), voided.toString());
    assertEquals("0.00", balance(referral));
  }

  @Test
  void one_payment_is_at_most_the_programs_largest_and_above_the_balance_only_as_a_chosen_credit() {
    long referral = enrolledCase();
    var huge = pay(referral, "1000000.00", true);
    assertEquals(400, huge.status(), huge.toString());
    assertTrue(huge.body().contains("\"field\":\"amount\"") && huge.body().contains("10000.00"), huge.body());

    var over = pay(referral, "1050.00", false);
    assertEquals(400, over.status(), over.toString());
    assertTrue(over.body().contains("\"field\":\"allowCredit\"") && over.body().contains("50.00"), over.body());
    assertEquals("1000.00", balance(referral), "nothing was stored");
    assertEquals(201, pay(referral, "1050.00", true).status());
    assertEquals("-50.00", balance(referral));

    // The program's limits are the admin's to set; a bad one changes nothing.
    Api admin = Api.as(base, DemoUser.ADMIN);
    var bad = admin.put("api/v1/fees/schedule", "{\"largestPayment\":\"0\",\"adjustmentLimit\":\"-1\"}");
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.body().contains("\"field\":\"largestPayment\"") && bad.body().contains("\"field\":\"adjustmentLimit\""), bad.body());
    var schedule = admin.get("api/v1/fees/schedule").json();
    assertEquals("10000.00", schedule.getString("largestPayment"));
    assertEquals("250.00", schedule.getString("adjustmentLimit"));
    assertEquals(403, coordinator().put("api/v1/fees/schedule", "{\"largestPayment\":\"20000.00\"}").status());
  }

  @Test
  void twenty_refunds_at_once_pay_back_the_credit_once() {
    long referral = enrolledCase();
    assertEquals(201, pay(referral, "1010.00", true).status());
    var answers = Parallel.run(20, i -> coordinator().post("api/v1/referrals/" + referral + "/account/refunds",
        "{\"amount\":\"10.00\",\"reason\":\"Overpaid\"}"));
    assertEquals(Map.of(200, 1, 409, 19), statuses(answers), answers.toString());
    assertEquals("0.00", balance(referral));
  }

  @Test
  void twenty_payments_at_once_never_pay_past_the_balance_without_a_credit() {
    long referral = enrolledCase();
    assertEquals(201, pay(referral, "900.00", false).status());
    var answers = Parallel.run(20, i -> coordinator().post("api/v1/referrals/" + referral + "/payments",
        "{\"amount\":\"20.00\",\"method\":\"CASH\"}"));
    assertEquals(Map.of(201, 5, 400, 15), statuses(answers), answers.toString());
    assertEquals("0.00", balance(referral));
  }

  @Test
  void voids_charges_and_waiver_approvals_at_once_take_effect_once() {
    long referral = enrolledCase();
    var paid = pay(referral, "994.00", false);
    assertEquals(201, paid.status());
    long paymentId = paid.json().getJsonNumber("entryId").longValue();
    var voids = Parallel.run(20, i -> coordinator().post("api/v1/account-entries/" + paymentId + "/void", "{\"reason\":\"Bounced\"}"));
    assertEquals(Map.of(200, 1, 409, 19), statuses(voids), voids.toString());
    assertEquals("1000.00", balance(referral));
    assertEquals(201, pay(referral, "994.00", false).status());

    Api admin = Api.as(base, DemoUser.ADMIN);
    String name = "Kit " + UUID.randomUUID().toString().substring(0, 8);
    long item = admin.post("api/v1/fees/items", "{\"name\":\"" + name + "\",\"amount\":\"5.00\",\"chargedAtEnrollment\":false}").json()
        .getJsonNumber("id").longValue();
    try {
      var charges = Parallel.run(20, i -> coordinator().post("api/v1/referrals/" + referral + "/account/charges", "{\"itemId\":" + item + "}"));
      assertEquals(Map.of(201, 1, 409, 19), statuses(charges), charges.toString());
    } finally {
      admin.put("api/v1/fees/items/" + item, "{\"name\":\"" + name + "\",\"amount\":\"5.00\",\"retired\":true}");
    }
    assertEquals("11.00", balance(referral));

    // Two requests, each for the whole 11.00, approved at once: one forgives it, the other finds nothing owed.
    long first = coordinator().post("api/v1/waivers", "{\"referralId\":" + referral + ",\"reason\":\"Hardship\"}").json()
        .getJsonNumber("id").longValue();
    long second = coordinator().post("api/v1/waivers", "{\"referralId\":" + referral + ",\"reason\":\"Hardship again\"}").json()
        .getJsonNumber("id").longValue();
    var approvals = Parallel.run(2, i -> admin.post("api/v1/waivers/" + (i == 0 ? first : second) + "/approval", "{\"note\":\"ok\"}"));
    assertEquals(Map.of(200, 1, 409, 1), statuses(approvals), approvals.toString());
    assertEquals("0.00", balance(referral));
  }
}
