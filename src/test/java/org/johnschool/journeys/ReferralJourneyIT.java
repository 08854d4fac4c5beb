package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Browser;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In a real browser: a clerk signs in, refers a case by the form and sees it; a coordinator signs in,
 * finds it screened with reasons, and overrides the result with a justification. Every page visited
 * passes axe-core (WCAG 2.1 AA, no serious or critical violation).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void a_clerk_refers_by_form_and_a_coordinator_sees_it_screened_and_overrides_it() throws Exception {
    String lastName = "Journey" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
    String caseNumber = "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LocalDate today = LocalDate.now();
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.assertAccessible();
      browser.signIn(DemoUser.CLERK_SF);
      browser.assertAccessible();

      browser.open("clerk/refer.xhtml");
      browser.assertAccessible();
      browser.type("refer:courtCaseNumber", caseNumber);
      browser.set("refer:arrestDate", today.minusDays(7).toString());
      browser.type("refer:arrestingAgency", "SFPD");
      browser.set("refer:deadline", today.plusDays(90).toString());
      browser.type("refer:firstName", "Pat");
      browser.type("refer:lastName", lastName);
      browser.set("refer:dateOfBirth", "1979-04-12");
      browser.select("refer:sex", "M");
      browser.type("refer:chargeRows:0:statute", "415");
      browser.type("refer:chargeRows:0:description", "Disturbing the peace");
      browser.screenshot("clerk-referral-form");
      browser.click("refer:submit");

      browser.waitFor(By.id("caseStatus"));
      assertTrue(browser.text(By.id("caseStatus")).contains("Ineligible"), browser.pageText());
      assertEquals(caseNumber, browser.text(By.id("caseNumber")));
      browser.assertAccessible();
      browser.screenshot("clerk-referral-stored");
      browser.signOut();

      browser.signIn(DemoUser.COORDINATOR);
      browser.open("cases/list.xhtml");
      browser.type("list:name", lastName);
      browser.click("list:search");
      browser.waitForText(By.id("list:table"), caseNumber);
      browser.assertAccessible();
      browser.driver().findElement(By.linkText(caseNumber)).click();

      browser.waitFor(By.id("reasons"));
      assertTrue(browser.text(By.id("reasons")).contains("Buyer offense charged"), browser.pageText());
      assertTrue(browser.text(By.id("personName")).contains(lastName));
      browser.assertAccessible();

      browser.click("overrideForm:openOverride");
      browser.type("overrideForm:justification", "The charge was amended to 647(b) at arraignment.");
      browser.click("overrideForm:confirmOverride");
      browser.waitForText(By.id("caseStatus"), "Eligible");
      assertTrue(browser.text(By.id("override")).contains("The charge was amended"), browser.pageText());
      browser.screenshot("coordinator-case-overridden");
      browser.assertAccessible();
    }
  }
}
