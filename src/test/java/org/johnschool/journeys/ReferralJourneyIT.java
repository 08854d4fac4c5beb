package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
      assertTrue(Integer.parseInt(browser.text(By.id("newThisWeek"))) >= 1, "the dashboard counts the new referral");
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

  @Test
  void a_clerk_uploads_a_docket_file_and_watches_it_import() throws Exception {
    LocalDate today = LocalDate.now();
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Path csv = Files.createTempFile("docket", ".csv");
    Files.writeString(csv, "court,court_case_number,arrest_date,arresting_agency,referral_date,deadline,first_name,last_name,date_of_birth,sex,charges\n"
        + "SF-SUP,U1-" + suffix + "," + today.minusDays(9) + ",SFPD," + today.minusDays(2) + "," + today.plusDays(80) + ",Lee,Upload,1970-01-01,M,647(b)|Solicitation\n"
        + "SF-SUP,U2-" + suffix + "," + today.minusDays(9) + ",SFPD," + today.minusDays(2) + "," + today.plusDays(80) + ",Kim,Upload,1971-01-01,M,236.1|Trafficking\n");
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.CLERK_SF);
      browser.open("clerk/import.xhtml");
      browser.assertAccessible();
      browser.driver().findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
      browser.click("upload:submit");
      browser.waitFor(By.id("progress:done"));
      assertTrue(browser.text(By.id("progress:done")).contains("Imported 2 referrals: 1 eligible, 1 ineligible"), browser.pageText());
      browser.assertAccessible();
      browser.screenshot("clerk-import-done");
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  @Test
  void the_pages_speak_spanish_when_asked() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.select("language", "es");
      browser.waitForText(By.tagName("h1"), "Iniciar sesión");
      assertEquals("es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      browser.assertAccessible();
    }
  }
}
