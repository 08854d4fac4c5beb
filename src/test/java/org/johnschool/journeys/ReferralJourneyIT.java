package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.johnschool.support.ServerClock;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
    LocalDate today = ServerClock.today(base);
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
      browser.showTab("court");
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
      browser.showTab("person");
      assertTrue(browser.text(By.id("personName")).contains(lastName));
      // The header names the person at the top; lists and codes read as words.
      assertTrue(browser.text(By.id("casePerson")).contains("Pat " + lastName), browser.text(By.id("caseHeader")));
      assertEquals("English", browser.text(By.id("personLanguage")));
      assertEquals("None", browser.text(By.id("personAliases")));
      assertFalse(browser.pageText().contains("[]"), "no raw list on the page");
      assertTrue(browser.driver().findElements(By.id("feesForm")).isEmpty() && browser.driver().findElements(By.id("completionHeading")).isEmpty(),
          "an ineligible case offers no fee or completion forms");
      browser.assertAccessible();

      browser.showTab("eligibility");
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
  void a_clerk_adds_and_removes_charge_rows_by_keyboard_without_losing_what_was_typed() throws Exception {
    String caseNumber = "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LocalDate today = ServerClock.today(base);
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.CLERK_SF);
      browser.open("clerk/refer.xhtml");
      browser.type("refer:courtCaseNumber", caseNumber);
      browser.set("refer:arrestDate", today.minusDays(7).toString());
      browser.type("refer:arrestingAgency", "SFPD");
      browser.set("refer:deadline", today.plusDays(90).toString());
      browser.type("refer:firstName", "Ursula");
      browser.type("refer:lastName", "Two-Charges");
      browser.type("refer:dateOfBirth", "13/45/1980"); // a mistake elsewhere on the form does not block the charge rows
      browser.select("refer:sex", "M");
      browser.type("refer:chargeRows:0:statute", "415");
      browser.type("refer:chargeRows:0:description", "Disturbing the peace");

      // "Add a charge" by keyboard: the new row appears, the focus goes to its statute code, nothing typed is lost.
      browser.waitFor(By.id("refer:addCharge")).sendKeys(org.openqa.selenium.Keys.ENTER);
      browser.waitFor(By.id("refer:chargeRows:1:statute"));
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d ->
          "refer:chargeRows:1:statute".equals(d.switchTo().activeElement().getAttribute("id")));
      browser.driver().switchTo().activeElement().sendKeys("PC 647(b)");
      browser.type("refer:chargeRows:1:description", "Solicitation");
      assertEquals("415", browser.waitFor(By.id("refer:chargeRows:0:statute")).getAttribute("value"));
      assertEquals("Ursula", browser.waitFor(By.id("refer:firstName")).getAttribute("value"));
      browser.assertAccessible();

      // A third row, then remove the first: the rows that stay keep their values.
      browser.click("refer:addCharge");
      browser.waitFor(By.id("refer:chargeRows:2:statute"));
      browser.type("refer:chargeRows:2:statute", "653.22");
      browser.type("refer:chargeRows:2:description", "Loitering");
      browser.waitFor(By.id("refer:chargeRows:0:removeCharge")).sendKeys(org.openqa.selenium.Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d ->
          d.findElements(By.id("refer:chargeRows:2:statute")).isEmpty());
      assertEquals("PC 647(b)", browser.waitFor(By.id("refer:chargeRows:0:statute")).getAttribute("value"));
      assertEquals("653.22", browser.waitFor(By.id("refer:chargeRows:1:statute")).getAttribute("value"));
      assertEquals(caseNumber, browser.waitFor(By.id("refer:courtCaseNumber")).getAttribute("value"));
      assertEquals("13/45/1980", browser.waitForValue("refer:dateOfBirth", "13/45/1980"));

      browser.type("refer:dateOfBirth", "04/12/1979");
      browser.click("refer:submit");
      browser.waitFor(By.id("caseStatus"));
      assertTrue(browser.text(By.id("caseStatus")).contains("Eligible"), browser.pageText());
      browser.showTab("court");
      String charges = browser.text(By.id("charges"));
      assertTrue(charges.contains("PC 647(b)") && charges.contains("653.22") && !charges.contains("415"), charges);
      browser.assertAccessible();
    }
  }

  @Test
  void a_refused_referral_marks_each_field_says_what_is_wrong_under_it_and_sums_up_with_links_at_the_top() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.CLERK_SF);
      browser.open("clerk/refer.xhtml");
      browser.type("refer:courtCaseNumber", "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
      browser.type("refer:chargeRows:0:description", "Solicitation");
      browser.click("refer:addCharge");
      browser.type("refer:chargeRows:1:statute", "647(b)");
      browser.click("refer:submit");

      WebElement summary = browser.waitFor(By.id("errorSummary"));
      String page = browser.pageText();
      assertFalse(page.contains("charges[") || page.contains("person.") || page.contains("statuteCode"), page);
      assertTrue(summary.getText().contains("Charge 1 — statute code: This field is required."), summary.getText());
      assertTrue(summary.getText().contains("Charge 2 — description: This field is required."), summary.getText());
      assertTrue(summary.getText().contains("First name: This field is required."), summary.getText());
      WebElement statute = browser.waitFor(By.id("refer:chargeRows:0:statute"));
      assertEquals("true", statute.getAttribute("aria-invalid"));
      assertEquals("false", browser.waitFor(By.id("refer:courtCaseNumber")).getAttribute("aria-invalid"));
      assertTrue(browser.waitFor(By.id("refer:firstName-error")).getText().contains("This field is required."));
      assertEquals("647(b)", browser.waitFor(By.id("refer:chargeRows:1:statute")).getAttribute("value"), "what was typed stays");
      browser.assertAccessible();

      // The summary's link puts the keyboard in the field it names.
      summary.findElement(By.partialLinkText("Charge 1 — statute code")).click();
      assertEquals("refer:chargeRows:0:statute", browser.driver().switchTo().activeElement().getAttribute("id"));
      browser.screenshot("clerk-referral-refused");

      // In Spanish the domain's refusals read in Spanish too (the API keeps English); the account gets English back after.
      try {
        browser.select("language", "es");
        browser.waitFor(By.cssSelector("html[lang=es]"));
        browser.type("refer:courtCaseNumber", "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        browser.click("refer:submit");
        String spanish = browser.waitFor(By.id("errorSummary")).getText();
        assertTrue(spanish.contains("Este campo es obligatorio."), spanish);
        assertFalse(spanish.contains("This field is required."), spanish);
      } finally {
        browser.select("language", "en");
        browser.waitFor(By.cssSelector("html[lang=en]"));
      }
    }
  }

  @Test
  void dates_are_picked_and_typed_the_way_the_page_language_writes_them() throws Exception {
    LocalDate today = ServerClock.today(base);
    java.time.format.DateTimeFormatter spanish = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    String lastName = "Fechas" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.CLERK_SF);
      try {
        browser.select("language", "es");
        browser.waitFor(By.cssSelector("html[lang=es]"));
        browser.open("clerk/refer.xhtml");
        assertEquals(today.format(spanish), browser.waitForValue("refer:referralDate", today.format(spanish)), "today as Spanish writes it");
        assertEquals("dd/mm/aaaa", browser.waitFor(By.id("refer:dateOfBirth_input")).getAttribute("placeholder"));
        // The picker's weeks start on Monday, named in Spanish.
        browser.driver().findElement(By.cssSelector("[id='refer:dateOfBirth'] button")).click();
        WebElement firstDay = browser.waitFor(By.cssSelector("[id='refer:dateOfBirth_panel'] thead th"));
        assertEquals("L", firstDay.getText());
        // Closed with Escape, and typing waits until it is gone: an open panel keeps the keyboard (a click elsewhere
        // right after opening it is taken as the opening click on a slow machine, and the panel stayed over the form).
        browser.waitFor(By.id("refer:dateOfBirth_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("refer:dateOfBirth_panel")));

        // Typed as a Spanish speaker writes dates: 12/04/1979 is the 12th of April.
        browser.type("refer:courtCaseNumber", "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        browser.type("refer:arrestDate", "31/02/" + today.getYear());
        browser.type("refer:arrestingAgency", "SFPD");
        browser.type("refer:deadline", today.plusDays(90).format(spanish));
        browser.type("refer:firstName", "Paz");
        browser.type("refer:lastName", lastName);
        browser.type("refer:dateOfBirth", "12/04/1979");
        browser.select("refer:sex", "M");
        browser.type("refer:aliases", "Juan Nadie\nPepe Falso");
        browser.type("refer:chargeRows:0:statute", "647(b)");
        browser.type("refer:chargeRows:0:description", "Solicitud");
        browser.click("refer:submit");
        String refusal = browser.waitFor(By.id("refer:arrestDate-error")).getText();
        assertTrue(refusal.contains("no es una fecha; escríbala como dd/mm/aaaa"), refusal);
        assertEquals("12/04/1979", browser.waitForValue("refer:dateOfBirth", "12/04/1979"), "what was typed stays as it was typed");
        assertEquals("31/02/" + today.getYear(), browser.waitForValue("refer:arrestDate", "31/02/" + today.getYear()), "the refused date too");
        browser.assertAccessible();

        browser.type("refer:arrestDate", today.minusDays(7).format(spanish));
        browser.click("refer:submit");
        browser.waitFor(By.id("caseStatus"));
        browser.showTab("person");
        assertEquals("12 abr 1979", browser.text(By.id("personBirth")));
        assertEquals("Juan Nadie, Pepe Falso", browser.text(By.id("personAliases")), "the aliases as people read them");
      } finally {
        browser.select("language", "en");
        browser.waitFor(By.cssSelector("html[lang=en]"));
      }
      // In English the same date reads the American way.
      browser.open("clerk/refer.xhtml");
      assertEquals(today.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")),
          browser.waitFor(By.id("refer:referralDate_input")).getAttribute("value"));
    }
  }

  @Test
  void a_clerk_uploads_a_docket_file_and_watches_it_import() throws Exception {
    LocalDate today = ServerClock.today(base);
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
  void the_import_page_says_what_to_do_without_a_file_documents_the_charges_and_offers_a_template() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.CLERK_SF);
      browser.open("clerk/import.xhtml");
      assertTrue(browser.text(By.id("chargesFormat")).contains("647(b)|Solicitation;653.22|Loitering"), browser.pageText());
      browser.click("upload:submit");
      browser.waitFor(By.id("errorSummary"));
      WebElement file = browser.waitFor(By.id("upload:file"));
      assertEquals("true", file.getAttribute("aria-invalid"));
      assertTrue(browser.pageText().contains("No file was chosen: choose the docket file (CSV)"), browser.pageText());
      browser.assertAccessible();
    }
    PageSession clerk = new PageSession(base);
    clerk.signIn(DemoUser.CLERK_SF);
    PageSession.Page page = clerk.get("clerk/import.xhtml");
    PageSession.Page template = clerk.submit("clerk/import.xhtml", page, "template", java.util.Map.of(), "download");
    assertEquals(200, template.status());
    assertTrue(template.header("content-type").startsWith("text/csv"), template.header("content-type"));
    assertEquals(String.join(",", org.johnschool.referral.application.DocketColumns.ALL), template.body().strip());
  }

  @Test
  void the_language_chosen_on_the_sign_in_page_is_kept_for_the_account_at_its_next_sign_in() throws Exception {
    String username = "es" + Long.toString(System.nanoTime(), 36);
    String password = "a long and unusual password of Sol's 7";
    var created = org.johnschool.support.Api.as(base, DemoUser.ADMIN).post("api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"Sol Spanish\",\"role\":\"CLERK\",\"court\":\"ALA-SUP\",\"password\":\"" + password + "\"}");
    assertEquals(201, created.status(), created.toString());
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.select("language", "es");
      browser.waitForText(By.tagName("h1"), "Iniciar sesión");
      browser.type("login:username", username);
      browser.type("login:password", password);
      browser.click("login:submit");
      browser.waitForText(By.tagName("h1"), "Panel");
      browser.signOut();
    }
    try (Browser browser = new Browser(base)) { // another browser, in English
      browser.open("login.xhtml");
      browser.waitForText(By.tagName("h1"), "Sign in");
      browser.type("login:username", username);
      browser.type("login:password", password);
      browser.click("login:submit");
      browser.waitForText(By.tagName("h1"), "Panel");
      assertEquals("es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      browser.select("language", "en");
      browser.waitForText(By.tagName("h1"), "Dashboard");
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
