package org.johnschool.journeys;

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
import org.johnschool.support.Browser;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Each role's dashboard shows its day: what to do next, with links to it; no placeholder of a module to come. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static void noPlaceholder(Browser browser) {
    String page = browser.pageText();
    assertFalse(page.contains("come with the") || page.contains("module"), "a placeholder on the dashboard: " + page);
  }

  @Test
  void a_facilitator_sees_the_next_class_and_opens_its_class_day_from_the_dashboard() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(1), "en", 9);
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.FACILITATOR);
      browser.waitFor(By.id("nextClasses"));
      noPlaceholder(browser);
      browser.assertAccessible();
      browser.driver().findElement(By.cssSelector("#nextClasses a[href*='attendance.xhtml?id=" + session + "']")).click();
      browser.waitFor(By.id("rosterForm"));
      assertTrue(browser.url().contains("attendance.xhtml?id=" + session), browser.url());
    }
  }

  @Test
  void a_clerk_sees_the_courts_latest_referrals_and_a_coordinator_the_work_waiting() throws Exception {
    String caseNumber = Referrals.uniqueCaseNumber();
    assertEquals(201, Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals",
        Referrals.json("SF-SUP", caseNumber, Referrals.uniqueLastName(), "647(b)")).status());
    assertEquals(201, Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals",
        Referrals.eligibleWithDeadline("SF-SUP", ServerClock.today(base).minusDays(2))).status(), "a case past its deadline");
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.CLERK_SF);
      assertTrue(browser.text(By.id("recent")).contains(caseNumber), browser.pageText());
      noPlaceholder(browser);
      browser.assertAccessible();
      browser.signOut();

      browser.signIn(DemoUser.COORDINATOR);
      assertTrue(Long.parseLong(browser.text(By.id("pastDeadline"))) >= 1, browser.pageText());
      assertTrue(Long.parseLong(browser.text(By.id("toEnroll"))) >= 1, browser.pageText());
      noPlaceholder(browser);
      browser.assertAccessible();
      browser.signOut();

      browser.signIn(DemoUser.ADMIN);
      browser.waitFor(By.id("lockedCount"));
      browser.waitFor(By.id("undeliveredCount"));
      browser.assertAccessible();
    }
  }

  @Test
  void an_evaluator_sees_the_saved_cohorts_and_how_far_the_arrest_data_goes() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.EVALUATOR);
      browser.waitFor(By.id("coverage"));
      assertTrue(browser.text(By.id("coverage")).contains("arrest records") || browser.text(By.id("coverage")).contains("No arrest records"),
          browser.pageText());
      browser.waitFor(By.id("cohortsHeading"));
      noPlaceholder(browser);
      browser.assertAccessible();
    }
  }
}
