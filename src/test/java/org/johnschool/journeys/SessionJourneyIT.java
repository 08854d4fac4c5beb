package org.johnschool.journeys;

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
import org.johnschool.support.Browser;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In a real browser: a coordinator creates a session in the calendar, enrolls a case from the case's
 * page, and sees the seats left drop by one. Every page visited passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void a_coordinator_creates_a_session_enrolls_a_case_and_sees_one_seat_fewer() throws Exception {
    long referral = ClassSessions.eligibleCase(base);
    String lastName = Api.as(base, DemoUser.COORDINATOR).get("api/v1/referrals/" + referral).json().getJsonObject("person").getString("lastName");
    LocalDate date = ServerClock.today(base).plusDays(45);
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.signIn(DemoUser.COORDINATOR);
      browser.open("sessions/calendar.xhtml");
      browser.waitFor(By.cssSelector(".fc"));
      browser.assertAccessible();
      browser.screenshot("calendar");

      browser.set("newSession:date", date.toString());
      browser.set("newSession:start", "09:00");
      browser.set("newSession:end", "17:10");
      browser.type("newSession:capacity", "12");
      browser.click("newSession:create");
      browser.waitForText(By.id("seatsLeft"), "12 of 12 left");
      String sessionUrl = browser.url();
      String sessionId = sessionUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
      browser.assertAccessible();
      browser.screenshot("session-new");

      browser.open("cases/case.xhtml?id=" + referral);
      browser.waitFor(By.id("enrollmentHeading"));
      browser.assertAccessible();
      // A refused enrollment (no session chosen) keeps the case's address: a reload shows the case again.
      browser.click("enrollmentForm:enroll");
      browser.waitForText(By.cssSelector("#enrollmentForm .field-error"), "Choose a session.");
      assertTrue(browser.url().contains("id=" + referral), "the address still names the case: " + browser.url());
      browser.driver().get(browser.url());
      browser.waitFor(By.id("enrollmentHeading"));
      assertTrue(browser.driver().findElements(By.id("errorText")).isEmpty(), "a reload shows the case, not the error page");
      browser.select("enrollmentForm:session", sessionId);
      browser.click("enrollmentForm:enroll");
      browser.waitForText(By.id("enrollmentSummary"), "11 seats left");
      assertEquals(1, browser.url().split("id=", -1).length - 1, "the address names the case once: " + browser.url());
      browser.assertAccessible();
      browser.screenshot("case-enrolled");

      browser.click("printNotice");
      browser.waitForText(By.cssSelector("article.document"), "Document EN-");
      assertTrue(browser.pageText().contains("government photo ID"));
      assertTrue(browser.pageText().contains("Fee due: $1000.00"), "the notice names the fee owed");
      browser.assertAccessible();
      browser.screenshot("enrollment-notice");

      browser.open("sessions/session.xhtml?id=" + sessionId);
      browser.waitForText(By.id("seatsLeft"), "11 of 12 left");
      assertTrue(browser.pageText().contains(lastName), "the roster names the enrolled person");
      // The title writes the day as sentences do, not as ISO text.
      String day = date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.ENGLISH));
      assertEquals("Class session of " + day, browser.text(By.tagName("h1")));
      browser.assertAccessible();
      browser.screenshot("session-roster");

      // The agenda: each presenter list shows whole names; the order buttons say in words what they do.
      var presenter = browser.waitFor(By.id("agendaForm:agenda:0:presenter"));
      Number clipped = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "var s = arguments[0], c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(s).font;"
              + " var widest = 0; for (var o of s.options) widest = Math.max(widest, c.measureText(o.text).width);"
              + " return widest + 30 - s.clientWidth;", presenter);
      assertTrue(clipped.doubleValue() <= 0, "the presenter list is " + clipped + " px too narrow for its longest name");
      assertTrue(browser.text(By.id("agendaForm:agenda:0:down")).contains("Move later"), "the button says what it does");

      // A class in the calendar opens in the same tab.
      browser.open("sessions/calendar.xhtml");
      browser.waitFor(By.cssSelector(".fc"));
      for (int month = 0; month < 3 && browser.driver().findElements(By.cssSelector(".fc a.fc-event[href]")).isEmpty(); month++) {
        browser.driver().findElement(By.cssSelector(".fc .fc-next-button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
            .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return jQuery.active === 0 && PrimeFaces.ajax.Queue.isEmpty();")));
      }
      browser.waitFor(By.cssSelector(".fc a.fc-event[href]"));
      for (var event : browser.driver().findElements(By.cssSelector(".fc a.fc-event[href]"))) {
        assertTrue(event.getAttribute("target") == null || event.getAttribute("target").isEmpty() || "_self".equals(event.getAttribute("target")),
            "a class opens in the same tab: " + event.getAttribute("target"));
      }
    }
  }

  @Test
  void venues_and_the_outbox_are_readable_pages() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.signIn(DemoUser.ADMIN);
      browser.waitFor(By.id("sessionsWithSeats"));
      browser.waitFor(By.id("waiverCount"));
      browser.assertAccessible();
      browser.open("sessions/venues.xhtml");
      browser.waitForText(By.id("venueTable:venues"), "Demo County Hall of Justice");
      browser.assertAccessible();
      // A presenter's languages are chosen and read in words, not typed as codes.
      String presenter = "Presenter " + Long.toString(System.nanoTime(), 36);
      browser.type("presenterForm:presenterName", presenter);
      browser.select("presenterForm:presenterRole", "SURVIVOR_SPEAKER");
      browser.click("presenterForm:presenterLanguages:1");
      browser.click("presenterForm:createPresenter");
      browser.waitForText(By.id("presenterTable:presenters"), presenter);
      String row = browser.driver().findElement(By.xpath("//tr[td[normalize-space()='" + presenter + "']]")).getText();
      assertTrue(row.contains("English, Spanish"), row);
      browser.assertAccessible();
      browser.open("admin/fees.xhtml");
      browser.type("tiersForm:tiers", "40000, 0, 500\n30000, 0, 250");
      browser.click("tiersForm:saveTiers");
      browser.waitForText(By.cssSelector("#tiersForm .field-error"), "Income limits rise");
      browser.assertAccessible();
      browser.open("admin/outbox.xhtml");
      browser.waitFor(By.id("outboxForm:outbox"));
      browser.assertAccessible();
    }
  }
}
