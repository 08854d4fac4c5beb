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
 * The pages no journey opens in the browser, each as a role that uses it: every one passes axe-core (WCAG 2.1 AA) and
 * runs no script the Content-Security-Policy refused ({@link Browser#assertAccessible}). With the journeys,
 * TwoStepSignInIT (the two steps of a two-step sign-in) and PageExpiryIT (the expired page), every page of the
 * application is checked in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static void check(Browser browser, String page, String heading) {
    browser.open(page);
    browser.waitFor(By.tagName("h1"));
    assertTrue(browser.text(By.tagName("h1")).contains(heading), page + " shows " + browser.text(By.tagName("h1")));
    browser.assertAccessible();
  }

  @Test
  void every_page_no_journey_opens_is_accessible_and_runs_only_its_own_scripts() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(71), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    var payment = coordinator.post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"25.00\",\"method\":\"CASH\"}");
    assertEquals(201, payment.status(), payment.toString());
    long entry = payment.json().getJsonNumber("entryId").longValue();

    try (Browser browser = new Browser(base)) {
      check(browser, "verify.xhtml", "Verify a certificate");
      browser.signIn(DemoUser.ADMIN);
      for (String[] page : new String[][] {{"dashboard.xhtml", "Dashboard"}, {"account/security.xhtml", "My account"},
          {"admin/users.xhtml", "Users"}, {"admin/courts.xhtml", "Courts"}, {"admin/eligibility.xhtml", "Eligibility rules"},
          {"admin/program.xhtml", "Program settings"}, {"no-such-page.xhtml", "This page cannot be shown"}}) {
        check(browser, page[0], page[1]);
      }
      browser.signOut();

      browser.signIn(DemoUser.COORDINATOR);
      check(browser, "cases/notice.xhtml?id=" + referral, "Enrollment notice");
      check(browser, "cases/receipt.xhtml?entry=" + entry, "Receipt");
      check(browser, "sessions/test-entry.xhtml?session=" + session + "&referral=" + referral + "&kind=POST", "post-test from paper");
      browser.signOut();

      browser.signIn(DemoUser.CLERK_SF);
      check(browser, "clerk/referrals.xhtml", "My court's referrals");
      check(browser, "dashboard.xhtml", "Dashboard");
    }
  }
}
