package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
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

/** The day's close reconciles receipts by method (voids counted against their method); collected fees split to funds to the cent. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeeReportIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Api coordinator() {
    return Api.as(base, DemoUser.COORDINATOR);
  }

  private BigDecimal methodTotal(JsonObject close, String method) {
    return close.getJsonArray("byMethod").stream().map(JsonValue::asJsonObject).filter(m -> m.getString("method").equals(method))
        .map(m -> new BigDecimal(m.getString("amount"))).findFirst().orElse(BigDecimal.ZERO);
  }

  private long enrolledCase() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(63), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, coordinator().post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    return referral;
  }

  @Test
  void the_daily_close_counts_payments_by_method_and_voids_against_their_method() {
    long referral = enrolledCase();
    JsonObject before = coordinator().get("api/v1/fees/daily-close?cashier=coordinator").json();
    var cash = coordinator().post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"10.00\",\"method\":\"CASH\"}").json();
    var check = coordinator().post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"20.00\",\"method\":\"CHECK\",\"reference\":\"77\"}")
        .json();
    coordinator().post("api/v1/account-entries/" + check.getJsonNumber("entryId").longValue() + "/void", "{\"reason\":\"Bounced\"}");

    JsonObject after = coordinator().get("api/v1/fees/daily-close?cashier=coordinator").json();
    assertEquals(new BigDecimal("10.00"), methodTotal(after, "CASH").subtract(methodTotal(before, "CASH")));
    assertEquals(0, methodTotal(after, "CHECK").compareTo(methodTotal(before, "CHECK")));
    JsonObject voided = after.getJsonArray("receipts").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("receiptNumber").equals(check.getString("receiptNumber"))).findFirst().orElseThrow();
    assertTrue(voided.getBoolean("voided"));

    var csv = coordinator().get("api/v1/fees/daily-close.csv", "text/csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("receipt_number,recorded_at,amount,method,reference,received_by,voided\r\n"));
    assertTrue(csv.body().contains(cash.getString("receiptNumber") + ","));
  }

  @Test
  void an_admin_sets_the_base_fee_and_a_bad_amount_is_refused() {
    Api admin = Api.as(base, DemoUser.ADMIN);
    assertEquals("1000.00", coordinator().get("api/v1/fees/schedule").json().getString("baseFee"));
    assertEquals(400, admin.put("api/v1/fees/schedule", "{\"baseFee\":\"ten\"}").status());
    assertEquals(403, coordinator().put("api/v1/fees/schedule", "{\"baseFee\":\"5.00\"}").status());
    assertEquals("1000.00", admin.put("api/v1/fees/schedule", "{\"baseFee\":\"1000.00\"}").json().getString("baseFee"));
  }

  @Test
  void collected_fees_split_to_funds_add_up_to_the_cent() {
    long referral = enrolledCase();
    coordinator().post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"100.01\",\"method\":\"CASH\"}");
    Api admin = Api.as(base, DemoUser.ADMIN);
    var bad = admin.put("api/v1/fees/allocation-shares", "[{\"fund\":\"Survivor services\",\"share\":0.5},{\"fund\":\"Operations\",\"share\":0.4}]");
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(403, coordinator().put("api/v1/fees/allocation-shares", "[{\"fund\":\"All\",\"share\":1}]").status());
    assertEquals(200, admin.put("api/v1/fees/allocation-shares", "[{\"fund\":\"Survivor services\",\"share\":0.33333},"
        + "{\"fund\":\"Program operations\",\"share\":0.33333},{\"fund\":\"Law-enforcement training\",\"share\":0.33334}]").status());

    JsonObject report = coordinator().get("api/v1/fees/allocation?from=" + ServerClock.today(base) + "&to=" + ServerClock.today(base)).json();
    BigDecimal collected = new BigDecimal(report.getString("collected"));
    assertTrue(collected.compareTo(new BigDecimal("100.01")) >= 0, report.toString());
    BigDecimal sum = report.getJsonArray("funds").stream().map(f -> new BigDecimal(f.asJsonObject().getString("amount")))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(collected, sum);
    assertEquals(3, report.getJsonArray("funds").size());
  }
}
