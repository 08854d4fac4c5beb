package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.Browser;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In the browser: the coordinator runs linkage and decides a doubtful pair looking at both records side by side;
 * the evaluator builds a cohort with a comparison group, reads the rates and the survival chart, and saves it.
 * Both pages pass axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecidivismJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static String surname(Random random) {
    StringBuilder s = new StringBuilder("Z");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  @Test
  void coordinator_reviews_a_pair_and_evaluator_reads_the_survival_of_a_cohort() throws Exception {
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    Random random = new Random();
    String run = Long.toString(Math.abs(random.nextLong()), 36).toUpperCase();
    LocalDate month = LocalDate.of(1960 + random.nextInt(9), 1 + random.nextInt(12), 1);
    StringBuilder history = new StringBuilder(CohortIT.HISTORY);
    StringBuilder arrests = new StringBuilder(CohortIT.ARRESTS);
    for (int i = 0; i < 30; i++) {
      String last = surname(random);
      boolean completed = i < 15;
      LocalDate date = month.plusDays(i % 28);
      history.append(String.join(",", "SF-SUP", "J" + run + i, "Jack", last, "1930-06-0" + (1 + i % 9), "M", run + "S" + i, "",
          completed ? date.minusDays(30).toString() : date.toString(), completed ? "completed" : "ineligible", completed ? date.toString() : "",
          "", "")).append('\n');
      if (i % 3 == 0) {
        arrests.append(String.join(",", run + "R" + i, "Jack", last, "1930-06-0" + (1 + i % 9), "M", run + "S" + i, "",
            date.plusDays(completed ? 300 + i * 10L : 90 + i * 5L).toString(), "SFPD", "647(b)", "Solicitation", "SEX_BUYING")).append('\n');
      }
    }
    // Twins? Same last name and birth date as person 1, another first name, no identifier: a person decides.
    String twin = history.toString().split("\n")[2].split(",")[3];
    arrests.append(String.join(",", run + "TWIN", "Mortimer", twin, "1930-06-02", "M", "", "", month.plusDays(400).toString(), "SFPD",
        "647(b)", "Solicitation", "SEX_BUYING")).append('\n');
    assertEquals(200, coordinator.postCsv("api/v1/historical-cases/import", history.toString()).status());
    assertEquals(200, coordinator.postCsv("api/v1/arrest-records/import", arrests.toString()).status());

    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.COORDINATOR);
      browser.open("linkage/reviews.xhtml");
      browser.click("runForm:run");
      browser.click("confirmForm:confirmYes");
      browser.waitForText(By.id("pageMessages"), "Linkage read");
      By open = By.xpath("//button[@aria-label='Review: " + run + "TWIN']");
      browser.waitFor(open).click();
      browser.waitForText(By.id("sideBySide"), "Mortimer");
      String pair = browser.text(By.id("sideBySide"));
      assertTrue(pair.contains("Jack") && pair.contains(twin), pair);
      assertTrue(pair.contains("different") && pair.contains("the same"), "each field says how it agrees: " + pair);
      browser.assertAccessible();
      browser.type("decision:note", "Different first name; booking photo shows another man");
      browser.click("decision:noMatch");
      browser.waitForText(By.id("pageMessages"), "will not be proposed again");
      browser.signOut();

      browser.signIn(DemoUser.EVALUATOR);
      browser.open("evaluation/cohorts.xhtml");
      browser.set("builder:indexFrom", month.toString());
      browser.set("builder:indexTo", month.plusDays(27).toString());
      browser.click("builder:comparisonGroups:2"); // Ineligible
      browser.click("builder:run");
      browser.waitFor(By.id("rates"));
      String groups = browser.text(By.id("groupSizes"));
      assertTrue(groups.contains("Cohort: 15") && groups.contains("Comparison: 15"), groups);
      assertTrue(browser.text(By.id("rates")).contains("12 months"), browser.text(By.id("rates")));
      browser.waitFor(By.id("survivalChart"));
      String logRank = browser.text(By.id("logRank"));
      assertTrue(logRank.contains("chi-square"), logRank);
      assertFalse(logRank.contains("p = 0.0000"), "a tiny p is written p < 0.0001: " + logRank);
      // The chart says what its axes are and names the groups by what they hold.
      String chart = browser.driver().findElement(By.id("survivalChart")).getAttribute("textContent");
      assertTrue((chart.contains("Months since the index event") || chart.contains("Years since the index event"))
          && chart.contains("Share not re-arrested"), chart);
      assertEquals("Completed", browser.text(By.id("legendCohort")));
      assertEquals("Ineligible", browser.text(By.id("legendComparison")));
      assertTrue(browser.text(By.id("survivalCaption")).matches("(?s).*from 0\\.\\d0 to 1\\.00.*"), browser.text(By.id("survivalCaption")));
      assertFalse(browser.pageText().contains(twin), "no name on the evaluator's page");
      browser.assertAccessible();
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('rates').scrollIntoView()");
      browser.screenshot("cohort-report");
      browser.type("builder:saveName", "Journey " + run);
      browser.click("builder:save");
      browser.waitForText(By.id("pageMessages"), "is saved");
    }
    assertEquals("REJECTED", coordinator.get("api/v1/linkage/links?state=REJECTED&limit=1000").json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject()).filter(o -> o.getJsonObject("record").getString("sourceRecordId").equals(run + "TWIN"))
        .findFirst().orElseThrow().getString("state"));
  }
}
