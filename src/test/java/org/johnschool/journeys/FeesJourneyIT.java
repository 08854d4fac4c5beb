package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.Browser;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** In a real browser: a coordinator records a cash payment on a case page, sees the balance drop and prints the receipt. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeesJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void a_coordinator_records_a_cash_payment_and_prints_the_receipt() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(61), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment",
        "{\"sessionId\":" + session + "}").status());
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.signIn(DemoUser.COORDINATOR);
      browser.open("cases/case.xhtml?id=" + referral);
      browser.waitFor(By.cssSelector("#caseTabs [role=tab]"));

      // The case page opens short: its sections as tabs, an enrolled case on its enrollment, each form closed until asked for.
      assertEquals(List.of("Eligibility", "Class enrollment", "Class day and completion", "Fees", "Court case", "Person"),
          browser.driver().findElements(By.cssSelector("#caseTabs [role=tab]")).stream().map(a -> a.getText().strip()).toList());
      browser.waitFor(By.id("enrollmentSummary"));
      assertFalse(browser.driver().findElement(By.id("balance")).isDisplayed(), "the fees are in their own tab");
      long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return document.body.scrollHeight");
      assertTrue(height < 1600, "the case page opens shorter than the 3,267 px of every section and form open: " + height + " px");
      browser.showTab("fees");
      browser.waitForText(By.id("balance"), "Balance owed: $1000.00");
      assertFalse(browser.driver().findElement(By.id("feesForm:amount")).isDisplayed(), "the payment form is closed");
      browser.openPanel("paymentPanel");

      browser.type("feesForm:amount", "12.3.4");
      browser.click("feesForm:pay");
      browser.waitFor(By.cssSelector("#feesForm .field-error"));
      assertTrue(browser.text(By.id("balance")).contains("$1000.00"), "nothing stored");
      assertEquals("12.3.4", browser.waitFor(By.id("feesForm:amount")).getAttribute("value"), "the refused amount stays as it was typed");
      assertEquals("true", browser.waitFor(By.id("feesForm:amount")).getAttribute("aria-invalid"), "the refused amount is marked");
      assertTrue(browser.text(By.id("errorSummary")).contains("Amount ($): "), "the summary names the field");
      // An amount with three decimals is refused as such, not taken for a payment that leaves a credit.
      browser.type("feesForm:amount", "1000.005");
      browser.click("feesForm:pay");
      browser.waitForText(By.cssSelector("#feesForm .field-error"), "decimal");
      assertTrue(browser.driver().findElements(By.id("feesForm:creditWarning")).isEmpty(), "no credit warning for an amount that is refused");
      assertEquals("1000.005", browser.waitFor(By.id("feesForm:amount")).getAttribute("value"));

      browser.type("feesForm:amount", "125.00");
      browser.select("feesForm:method", "CASH");
      browser.click("feesForm:pay");
      browser.waitForText(By.id("balance"), "Balance owed: $875.00");
      browser.waitForText(By.id("headerBalanceAmount"), "$875.00"); // the header follows without a reload
      browser.assertAccessible();
      browser.screenshot("fees-paid");
      assertTrue(browser.text(By.id("entriesForm:entries")).contains("Payment in cash"), "the entry in words: "
          + browser.text(By.id("entriesForm:entries")));
      assertFalse(browser.text(By.id("entriesForm:entries")).contains("CASH"));


      browser.openPanel("assessmentPanel");
      browser.type("assessmentForm:income", "24000");
      browser.type("assessmentForm:householdSize", "2");
      browser.click("assessmentForm:assess");
      browser.waitForText(By.id("assessmentNow"), "Household of 2");

      browser.openPanel("planFormPanel");
      browser.set("planForm:firstDue", ServerClock.today(base).plusDays(10).toString());
      browser.click("planForm:makePlan");
      browser.waitFor(By.id("installments"));
      assertTrue(browser.text(By.id("installments")).contains("Due"));

      browser.openPanel("waiverPanel");
      browser.type("waiverForm:waiverReason", "Lost his job last month");
      browser.click("waiverForm:requestWaiver");
      browser.waitForText(By.id("waiverList"), "Waiting for an admin");
      browser.assertAccessible();
      browser.screenshot("fees-assessment-plan-waiver");

      browser.click("feesForm:printReceipt");
      browser.waitForText(By.id("receiptNumber"), "DEMO-");
      assertTrue(browser.text(By.id("receiptAmount")).contains("$125.00"));
      String pdf = browser.driver().findElement(By.id("receiptPdf")).getAttribute("href");
      Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
          "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
              + ".catch(e => done('error ' + e));", pdf);
      assertEquals("200 application/pdf", fetched, "the receipt PDF opens in the signed-in session");
      browser.assertAccessible();
      browser.screenshot("receipt");

      browser.open("fees/office.xhtml");
      browser.waitForText(By.id("closeTotal"), "Collected");
      assertTrue(browser.pageText().contains("Cash"));
      browser.assertAccessible();
      browser.screenshot("fees-office");

      // More than the balance: the page says what credit it leaves and records nothing until confirmed.
      browser.open("cases/case.xhtml?id=" + referral);
      browser.waitFor(By.id("balance")); // the tab the person had chosen is shown again
      String owed = browser.text(By.id("balance")).replaceAll(".*\\$", "");
      String more = new java.math.BigDecimal(owed).add(new java.math.BigDecimal("25.00")).toPlainString();
      assertNotNull(browser.driver().findElement(By.id("paymentPanel")).getAttribute("open"),
          "the form the person had open is open again when they come back to the case");
      // Keyboard: the arrow keys move between the tabs.
      browser.driver().findElement(By.id("tab-fees")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
      browser.waitFor(By.id("caseNumber"));
      assertEquals("tab-court", browser.driver().switchTo().activeElement().getAttribute("id"));
      browser.showTab("fees");
      browser.type("feesForm:amount", more);
      browser.select("feesForm:method", "CHECK");
      browser.type("feesForm:reference", "4471");
      browser.click("feesForm:pay");
      browser.waitForText(By.id("feesForm:creditWarning"), "leave a credit of $25.00");
      browser.assertAccessible();
      assertTrue(browser.text(By.id("balance")).contains("$" + owed), "nothing recorded yet");
      browser.click("feesForm:keepAmount");
      browser.waitFor(By.id("feesForm:pay"));
      assertTrue(browser.text(By.id("balance")).contains("$" + owed), "nothing recorded");
      browser.type("feesForm:amount", more);
      browser.click("feesForm:pay");
      browser.click("feesForm:payWithCredit");
      browser.waitForText(By.id("balance"), "Credit: $25.00");
      assertTrue(browser.text(By.id("entriesForm:entries")).contains("Payment by check"));
    }
  }

  @Test
  void an_admin_decides_an_adjustment_a_coordinator_could_not_post_alone() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(62), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    String reason = "Charged twice " + java.util.UUID.randomUUID().toString().substring(0, 6);
    var asked = coordinator.post("api/v1/referrals/" + referral + "/account/adjustments", "{\"amount\":\"-400.00\",\"reason\":\"" + reason + "\"}");
    assertEquals(202, asked.status(), asked.toString());

    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.ADMIN);
      browser.open("fees/office.xhtml");
      org.openqa.selenium.WebElement row = browser.waitFor(By.xpath("//*[@id='adjustmentsForm:openAdjustments']//tr[contains(., '" + reason + "')]"));
      assertTrue(row.getText().contains("-400.00") && row.getText().contains("coordinator"), row.getText());
      browser.assertAccessible();
      browser.screenshot("fees-office-adjustments");
      String rowId = row.findElement(By.cssSelector("button[id$=':approve']")).getAttribute("id");
      browser.type(rowId.replace(":approve", ":decisionNote"), "Second charge confirmed");
      browser.click(rowId);
      browser.waitForText(By.id("pageMessages"), "Adjustment approved and posted.");
      assertFalse(browser.text(By.id("adjustmentsForm")).contains(reason), "decided, it leaves the queue");
    }
    assertEquals("600.00", coordinator.get("api/v1/referrals/" + referral + "/account").json().getString("balance"));
  }
}
