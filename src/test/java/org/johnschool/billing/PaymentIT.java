package org.johnschool.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * The program office takes payments: enrollment charges the program fee, each payment gets the next receipt
 * number without gaps, a retried payment (same Idempotency-Key) is stored once, bad input is refused by
 * field, and a voided receipt restores the balance while staying on record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private HttpResponse<String> pay(long referralId, String key, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/referrals/" + referralId + "/payments"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((DemoUser.COORDINATOR.username + ":"
            + DemoUser.COORDINATOR.password).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject account(long referralId) {
    return Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + referralId + "/account").json();
  }

  private long enrolledCase() {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(60), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    var r = Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}");
    assertEquals(201, r.status(), r.toString());
    return referral;
  }

  @Test
  void enrollment_charges_the_program_fee_and_a_cash_payment_gets_a_receipt() throws Exception {
    long referral = enrolledCase();
    assertEquals("1000.00", account(referral).getString("balance"));

    var paid = pay(referral, UUID.randomUUID().toString(), "{\"amount\":\"125.00\",\"method\":\"CASH\"}");
    assertEquals(201, paid.statusCode(), paid.body());
    JsonObject receipt = jakarta.json.Json.createReader(new java.io.StringReader(paid.body())).readObject();
    assertTrue(receipt.getString("receiptNumber").matches("DEMO-\\d{6}"), receipt.toString());
    assertEquals("875.00", receipt.getString("balanceAfter"));
    JsonObject account = account(referral);
    assertEquals("875.00", account.getString("balance"));
    assertEquals(List.of("CHARGE", "PAYMENT"), account.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("type")).toList());
  }

  @Test
  void separate_fee_items_are_charged_at_enrollment_or_by_the_coordinator_once() throws Exception {
    Api admin = Api.as(base, DemoUser.ADMIN);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var refused = admin.post("api/v1/fees/items", "{\"name\":\"\",\"amount\":\"-5\"}");
    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.body().contains("\"name\"") && refused.body().contains("\"amount\""), refused.body());
    assertEquals(403, coordinator.post("api/v1/fees/items", "{\"name\":\"Kit " + suffix + "\",\"amount\":\"5.00\"}").status());

    var sti = admin.post("api/v1/fees/items", "{\"name\":\"STI test " + suffix + "\",\"amount\":\"45.00\",\"chargedAtEnrollment\":false}");
    assertEquals(201, sti.status(), sti.toString());
    long stiId = sti.json().getJsonNumber("id").longValue();
    assertEquals(409, admin.post("api/v1/fees/items", "{\"name\":\"sti TEST " + suffix + "\",\"amount\":\"1.00\"}").status());
    var workbook = admin.post("api/v1/fees/items", "{\"name\":\"Workbook " + suffix + "\",\"amount\":\"20.00\",\"chargedAtEnrollment\":true}");
    assertEquals(201, workbook.status(), workbook.toString());
    long workbookId = workbook.json().getJsonNumber("id").longValue();
    long referral;
    try {
      referral = enrolledCase();
    } finally {
      assertEquals(200, admin.put("api/v1/fees/items/" + workbookId, "{\"name\":\"Workbook " + suffix + "\",\"amount\":\"20.00\",\"retired\":true}").status());
    }
    assertEquals("1020.00", account(referral).getString("balance"));

    var charged = coordinator.post("api/v1/referrals/" + referral + "/account/charges", "{\"itemId\":" + stiId + "}");
    assertEquals(201, charged.status(), charged.toString());
    assertEquals("1065.00", charged.json().getString("balance"));
    assertEquals(409, coordinator.post("api/v1/referrals/" + referral + "/account/charges", "{\"itemId\":" + stiId + "}").status());
    assertEquals(409, coordinator.post("api/v1/referrals/" + referral + "/account/charges", "{\"itemId\":" + workbookId + "}").status(),
        "a retired item is not charged");
    assertEquals(400, coordinator.post("api/v1/referrals/" + referral + "/account/charges", "{}").status());
    assertEquals("1065.00", account(referral).getString("balance"));
    assertTrue(admin.get("api/v1/fees/schedule").body().contains("STI test " + suffix));
  }

  @Test
  void twenty_concurrent_retries_of_one_payment_store_exactly_one() throws Exception {
    long referral = enrolledCase();
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      answers.add(pool.submit((Callable<HttpResponse<String>>) () -> pay(referral, key, "{\"amount\":\"50.00\",\"method\":\"CASH\"}")));
    }
    Set<String> receipts = new TreeSet<>();
    for (var a : answers) {
      HttpResponse<String> r = a.get();
      assertEquals(201, r.statusCode(), r.body());
      receipts.add(jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject().getString("receiptNumber"));
    }
    pool.shutdown();
    assertEquals(1, receipts.size(), receipts.toString());
    JsonObject account = account(referral);
    assertEquals(1, account.getJsonArray("entries").stream().filter(e -> e.asJsonObject().getString("type").equals("PAYMENT")).count());
    assertEquals("950.00", account.getString("balance"));
    // Who, when and from where, like every other change (issue 22, item 6).
    try (java.sql.Connection c = org.johnschool.support.Database.connect(); var st = c.prepareStatement(
        "select entered_by, created_at, source_address from account_entry where referral_id = ? and entry_type = 'PAYMENT'")) {
      st.setLong(1, referral);
      try (var rs = st.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("coordinator", rs.getString(1));
        assertTrue(rs.getTimestamp(2) != null);
        assertEquals("127.0.0.1", rs.getString(3), "the payment records the address it was entered from");
      }
    }

    var other = pay(referral, key, "{\"amount\":\"60.00\",\"method\":\"CASH\"}");
    assertEquals(409, other.statusCode(), other.body());
    assertEquals("950.00", account(referral).getString("balance"));
  }

  @Test
  void receipt_numbers_stay_gapless_under_concurrent_payments() throws Exception {
    List<Long> cases = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      cases.add(enrolledCase());
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      long referral = cases.get(i % cases.size());
      answers.add(pool.submit((Callable<HttpResponse<String>>) () -> pay(referral, UUID.randomUUID().toString(),
          "{\"amount\":\"10.00\",\"method\":\"MONEY_ORDER\"}")));
    }
    TreeSet<Integer> numbers = new TreeSet<>();
    for (var a : answers) {
      HttpResponse<String> r = a.get();
      assertEquals(201, r.statusCode(), r.body());
      String n = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject().getString("receiptNumber");
      numbers.add(Integer.parseInt(n.substring(n.indexOf('-') + 1)));
    }
    pool.shutdown();
    assertEquals(24, numbers.size());
    assertEquals(23, numbers.last() - numbers.first(), "24 consecutive numbers: " + numbers);
  }

  @Test
  void bad_payments_are_refused_by_field_and_store_nothing() throws Exception {
    long referral = enrolledCase();
    var bad = pay(referral, null, "{\"amount\":\"12.345\",\"method\":\"BITCOIN\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("\"field\":\"amount\"") && bad.body().contains("\"field\":\"method\""), bad.body());

    var card = pay(referral, null, "{\"amount\":\"10.00\",\"method\":\"CARD\",\"reference\":\"4111 1111 1111 1111\"}");
    assertEquals(400, card.statusCode(), card.body());
    assertTrue(card.body().contains("Never enter a card number"), card.body());

    var check = pay(referral, null, "{\"amount\":\"10.00\",\"method\":\"CHECK\"}");
    assertEquals(400, check.statusCode());
    assertTrue(check.body().contains("check number"));
    assertEquals(1, account(referral).getJsonArray("entries").size(), "only the fee charge");
    assertEquals(403, Api.as(base, DemoUser.CLERK_SF).get("api/v1/referrals/" + referral + "/account").status());
  }

  @Test
  void an_overpayment_becomes_a_credit_that_is_refunded_and_adjustments_need_a_reason() throws Exception {
    long referral = enrolledCase();
    assertEquals(201, pay(referral, null, "{\"amount\":\"1050.00\",\"method\":\"MONEY_ORDER\",\"allowCredit\":true}").statusCode());
    assertEquals("-50.00", account(referral).getString("balance"));

    Api c = Api.as(base, DemoUser.COORDINATOR);
    var tooMuch = c.post("api/v1/referrals/" + referral + "/account/refunds", "{\"amount\":\"60.00\",\"reason\":\"Overpaid\"}");
    assertEquals(409, tooMuch.status(), tooMuch.toString());
    assertEquals("0.00", c.post("api/v1/referrals/" + referral + "/account/refunds", "{\"amount\":\"50.00\",\"reason\":\"Overpaid\"}")
        .json().getString("balance"));

    assertEquals(400, c.post("api/v1/referrals/" + referral + "/account/adjustments", "{\"amount\":\"-25.00\"}").status());
    assertEquals("25.00", c.post("api/v1/referrals/" + referral + "/account/adjustments", "{\"amount\":\"25.00\",\"reason\":\"STI test fee\"}")
        .json().getString("balance"));
  }

  @Test
  void a_payment_plan_spreads_the_balance_and_payments_settle_its_installments() throws Exception {
    long referral = enrolledCase();
    Api c = Api.as(base, DemoUser.COORDINATOR);
    var bad = c.post("api/v1/referrals/" + referral + "/payment-plan", "{\"count\":1,\"firstDue\":\"2001-01-01\"}");
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.body().contains("\"field\":\"count\"") && bad.body().contains("\"field\":\"firstDue\""), bad.body());

    var plan = c.post("api/v1/referrals/" + referral + "/payment-plan",
        "{\"count\":4,\"firstDue\":\"" + ServerClock.today(base).plusDays(14) + "\",\"everyDays\":30}");
    assertEquals(201, plan.status(), plan.toString());
    assertEquals("250.00", plan.json().getJsonArray("installments").getJsonObject(0).getString("amount"));

    assertEquals(201, pay(referral, null, "{\"amount\":\"250.00\",\"method\":\"CASH\"}").statusCode());
    JsonObject now = c.get("api/v1/referrals/" + referral + "/payment-plan").json();
    assertEquals("PAID", now.getJsonArray("installments").getJsonObject(0).getString("state"));
    assertEquals("DUE", now.getJsonArray("installments").getJsonObject(1).getString("state"));
    assertEquals(4, account(referral).getJsonObject("plan").getJsonArray("installments").size());
    assertEquals(200, c.get("api/v1/fees/overdue").status());
  }

  @Test
  void a_voided_receipt_restores_the_balance_and_stays_on_record() throws Exception {
    long referral = enrolledCase();
    var paid = pay(referral, null, "{\"amount\":\"200.00\",\"method\":\"CHECK\",\"reference\":\"1042\"}");
    long entry = jakarta.json.Json.createReader(new java.io.StringReader(paid.body())).readObject().getJsonNumber("entryId").longValue();

    var noReason = Api.as(base, DemoUser.COORDINATOR).post("api/v1/account-entries/" + entry + "/void", "{}");
    assertEquals(400, noReason.status(), noReason.toString());
    var voided = Api.as(base, DemoUser.COORDINATOR).post("api/v1/account-entries/" + entry + "/void", "{\"reason\":\"Check returned\"}");
    assertEquals(200, voided.status(), voided.toString());
    JsonObject account = account(referral);
    assertEquals("1000.00", account.getString("balance"));
    JsonObject payment = account.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("type").equals("PAYMENT")).findFirst().orElseThrow();
    assertTrue(payment.getBoolean("reversed"));
    assertEquals(409, Api.as(base, DemoUser.COORDINATOR).post("api/v1/account-entries/" + entry + "/void", "{\"reason\":\"again\"}").status());
  }
}
