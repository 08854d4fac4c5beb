package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.Browser;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.ServerClock;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In a real browser: a facilitator checks in three participants on the class-day roster (one on time, one
 * late, one absent); the one on time completes once the post-test and the fee are in, and the certificate
 * PDF downloads; the clerk sees the case completed on the court's case page. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassDayJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  record Seat(long referral, String name) {}

  @Test
  void on_a_tablet_a_facilitator_checks_a_participant_in_with_one_tap_finds_one_by_name_and_reads_the_counts() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base), "en", 10);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      long referral = ClassSessions.eligibleCase(base);
      assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
      var person = coordinator.get("api/v1/referrals/" + referral).json().getJsonObject("person");
      seats.add(new Seat(referral, person.getString("firstName") + " " + person.getString("lastName")));
    }
    seats.sort(Comparator.comparing(Seat::name, String.CASE_INSENSITIVE_ORDER));
    try (Browser browser = new Browser(base)) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
      browser.signIn(DemoUser.FACILITATOR);
      assertEquals(List.of(), browser.smallTapTargets(), "every control of the dashboard fits a finger (44 × 44 px)");
      browser.open("sessions/attendance.xhtml?id=" + session);
      String counts = browser.text(By.id("counts"));
      assertEquals(List.of(), browser.smallTapTargets(), "every control of the class day fits a finger (44 × 44 px)");
      assertTrue(counts.contains("2 expected") && counts.contains("0 arrived") && counts.contains("0 left"), counts);

      browser.type("rosterForm:query", seats.get(1).name().split(" ")[1]);
      browser.click("rosterForm:find");
      // The roster is redrawn by the search: wait for the answer, not for a row that was there before it.
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> !d.findElement(By.id("rosterForm:roster")).getText().contains(seats.get(0).name()));
      assertTrue(browser.text(By.id("rosterForm:roster")).contains(seats.get(1).name()));
      assertFalse(browser.text(By.id("rosterForm:roster")).contains(seats.get(0).name()), "the search leaves the one asked for");

      java.time.LocalTime before = ServerClock.now(base).atZone(ServerClock.zone(base)).toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
      browser.click("rosterForm:roster:0:checkInNow");
      browser.waitForText(By.id("counts"), "1 arrived");
      java.time.LocalTime after = ServerClock.now(base).atZone(ServerClock.zone(base)).toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
      String row = browser.text(By.id("rosterForm:roster"));
      assertTrue(row.contains(before.toString()) || row.contains(after.toString()), "the arrival is the time of the tap: " + row);
      browser.assertAccessible();
      browser.screenshot("attendance-one-tap-tablet");
    }
  }

  @Test
  void a_facilitator_takes_attendance_and_the_participant_who_completes_gets_a_certificate_the_clerk_sees() throws Exception {
    LocalDate day = ServerClock.today(base).plusDays(1);
    long session = ClassSessions.create(base, day, "en", 10);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long referral = ClassSessions.eligibleCase(base);
      assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
      var person = coordinator.get("api/v1/referrals/" + referral).json().getJsonObject("person");
      seats.add(new Seat(referral, person.getString("firstName") + " " + person.getString("lastName")));
    }
    seats.sort(Comparator.comparing(Seat::name, String.CASE_INSENSITIVE_ORDER)); // the roster's order
    Seat onTime = seats.get(0);

    try (Browser browser = new Browser(base); var clock = ServerClock.at(base, day.atTime(9, 50))) {
      browser.open("login.xhtml");
      browser.signIn(DemoUser.FACILITATOR);
      browser.open("sessions/session.xhtml?id=" + session);
      browser.click("takeAttendance");
      browser.waitForText(By.id("rosterForm:roster"), seats.get(0).name());
      browser.assertAccessible();
      browser.screenshot("attendance-roster");

      browser.click("rosterForm:roster:0:record");
      browser.waitForText(By.id("editing"), seats.get(0).name());
      browser.click("editForm:idVerified");
      browser.set("editForm:arrived", "08:55");
      browser.assertAccessible();
      browser.click("editForm:save");
      browser.waitForText(By.id("rosterForm:roster:0:state"), "Present");

      browser.click("rosterForm:roster:1:record");
      browser.waitForText(By.id("editing"), seats.get(1).name());
      browser.click("editForm:idVerified");
      browser.set("editForm:arrived", "09:45");
      browser.click("editForm:save");
      browser.waitForText(By.id("rosterForm:roster:1:state"), "Late");

      browser.click("rosterForm:roster:2:record");
      browser.waitForText(By.id("editing"), seats.get(2).name());
      browser.select("editForm:status", "ABSENT");
      browser.click("editForm:save");
      browser.waitForText(By.id("rosterForm:roster:2:state"), "Absent");
      browser.waitForText(By.id("rosterForm:roster:0:state"), "Present");

      browser.click("rosterForm:roster:1:record"); // the late one's modules: the first two missed by the clock
      browser.waitFor(By.id("editForm:modules"));
      browser.assertAccessible();
      browser.screenshot("attendance-taken");

      browser.click("editForm:paperPre"); // the late one's pre-test, copied from the paper sheet
      browser.waitForText(By.id("participant"), seats.get(1).name());
      browser.select("entryForm:questions:0:answer", "a");
      browser.select("entryForm:questions:12:answer", "2");
      browser.assertAccessible();
      browser.click("entryForm:save");
      browser.waitForText(By.id("pageMessages"), "Test entered: 0 of 12 knowledge items right");

      browser.open("sessions/session.xhtml?id=" + session); // a paper feedback form
      browser.select("feedbackForm:overall", "5");
      browser.type("feedbackForm:comments", "Clear and respectful.");
      browser.click("feedbackForm:enterFeedback");
      browser.waitForText(By.id("feedback"), "Forms: 1 · overall 5 ·");
      browser.assertAccessible();

      browser.open("sessions/attendance.xhtml?id=" + session);
      browser.click("rosterForm:roster:0:record"); // the post-test on the kiosk for the one on time
      browser.waitForText(By.id("editing"), onTime.name());
      browser.click("editForm:kioskPost");
      browser.waitForText(By.id("pageMessages"), "Kiosk code for the Post-test");
      java.util.regex.Matcher code = java.util.regex.Pattern.compile(": ([2-9A-Z]{8}) \\(").matcher(browser.text(By.id("pageMessages")));
      assertTrue(code.find(), browser.text(By.id("pageMessages")));
      browser.signOut();

      browser.open("kiosk.xhtml");
      browser.type("codeForm:code", code.group(1));
      browser.click("codeForm:open");
      browser.waitFor(By.id("testForm:questions:0:answer:1"));
      assertTrue(!browser.pageText().contains(onTime.name()) && !browser.pageText().contains("Sign out"), "the kiosk shows nothing else");
      browser.assertAccessible();
      browser.screenshot("kiosk-test");
      browser.click("testForm:questions:0:answer:1");
      browser.click("testForm:questions:12:answer:3");
      ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
      browser.click("testForm:submit");
      browser.waitFor(By.id("thanks"));
      browser.select("feedbackForm:overall", "4");
      browser.type("feedbackForm:comments", "The survivor's talk stayed with me.");
      browser.assertAccessible();
      browser.click("feedbackForm:giveFeedback");
      browser.waitForText(By.id("pageMessages"), "Thank you for your opinion");
      var tests = Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + onTime.referral() + "/class-day/tests").body();
      assertTrue(tests.contains("\"kind\":\"POST\"") && tests.contains("\"mode\":\"KIOSK\"") && tests.contains("\"status\":\"SUBMITTED\""), tests);

      clock.then(base, day.atTime(17, 5)); // the class is over: the facilitator closes the roster
      browser.signIn(DemoUser.FACILITATOR);
      browser.open("sessions/attendance.xhtml?id=" + session);
      browser.click("closeForm:closeRoster");
      browser.confirm();
      browser.waitForText(By.id("rosterClosed"), "Roster closed by facilitator");
      assertTrue(browser.text(By.id("rosterForm:roster")).contains("17:00"), "those still there left at the end");
      browser.assertAccessible();
      browser.screenshot("attendance-closed");
      browser.signOut();

      browser.signIn(DemoUser.COORDINATOR);
      browser.open("cases/case.xhtml?id=" + onTime.referral());
      browser.showTab("completion");
      assertTrue(browser.text(By.id("trace")).contains("Owes $1000.00"), browser.text(By.id("trace")));
      browser.showTab("fees");
      browser.openPanel("paymentPanel");
      browser.type("feesForm:amount", "1000.00");
      browser.click("feesForm:pay");
      browser.waitForText(By.id("balance"), "Balance owed: $0.00");
      browser.open("cases/completion-reviews.xhtml"); // every condition holds: the completion waits for the coordinator
      browser.waitForText(By.id("reviews:cases"), onTime.name());
      browser.assertAccessible();
      browser.screenshot("completions-to-confirm");
      browser.open("cases/case.xhtml?id=" + onTime.referral());
      browser.showTab("completion");
      browser.waitForText(By.id("reviewWaiting"), "waits for a coordinator");
      ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
      browser.click("reviewForm:confirmCompletion");
      browser.waitForText(By.id("caseStatus"), "Completed");
      browser.showTab("completion");
      assertTrue(browser.text(By.id("trace")).contains("All 13 required modules attended"), browser.text(By.id("trace")));
      browser.waitFor(By.id("certificate"));
      browser.assertAccessible();
      browser.screenshot("case-completed");
      String pdfStart = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(document.getElementById('certificatePdf').href).then(r => r.arrayBuffer())"
              + ".then(b => done(new TextDecoder().decode(b.slice(0, 5)))).catch(e => done('failed: ' + e));");
      assertEquals("%PDF-", pdfStart);

      var late = Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + seats.get(1).referral() + "/completion").json();
      assertEquals("ENROLLED", late.getString("status"), "the late participant still has modules to make up");
      browser.open("cases/deadlines.xhtml");
      browser.waitFor(By.tagName("h1"));
      browser.assertAccessible();
      browser.signOut();

      String caseNumber = Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + onTime.referral()).json().getString("courtCaseNumber");
      browser.signIn(DemoUser.CLERK_SF);
      browser.open("clerk/referral.xhtml?id=" + onTime.referral());
      browser.waitForText(By.id("caseStatus"), "Completed");
      browser.waitFor(By.id("complianceLetter"));
      browser.assertAccessible();
      browser.screenshot("clerk-sees-completed");
      browser.open("court/changes.xhtml");
      browser.waitForText(By.id("changes"), caseNumber);
      assertTrue(browser.text(By.id("changes")).contains("Enrolled → Completed"), browser.text(By.id("changes")));
      browser.assertAccessible();
      browser.screenshot("court-changes");
      browser.signOut();

      Api facilitator = Api.as(base, DemoUser.FACILITATOR);
      for (String[] t : new String[][] {{"" + onTime.referral(), "PRE"}, {"" + seats.get(1).referral(), "POST"}}) {
        assertEquals(201, facilitator.post("api/v1/referrals/" + t[0] + "/class-day/tests", "{\"kind\":\"" + t[1] + "\",\"sessionId\":"
            + session + ",\"answers\":{\"law-completion\":\"" + (t[1].equals("PRE") ? "a" : "b") + "\"}}").status());
      }
      browser.signIn(DemoUser.EVALUATOR);
      browser.open("curriculum/results.xhtml?session=" + session);
      browser.waitForText(By.id("suppressed"), "fewer than 10 people");
      assertTrue(browser.driver().findElements(By.id("summary")).isEmpty(), "two people's answers are not shown to an evaluator");
      browser.assertAccessible();
      browser.signOut();
      browser.signIn(DemoUser.COORDINATOR);
      browser.open("curriculum/results.xhtml?session=" + session);
      browser.waitForText(By.id("summary"), "Knowledge");
      browser.waitFor(By.id("itemChart"));
      assertTrue(!browser.pageText().contains(onTime.name()), "the results show no names");
      browser.assertAccessible();
      browser.screenshot("test-results");
    }
  }
}
