package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The README's tour: each role's main page, as the browser shows it, saved in docs/screenshots so the pictures stay
 * true to the pages (every run of the suite makes them again; commit them when a page changes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TourIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static final Path SCREENSHOTS = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath().getParent()
      .resolve("docs").resolve("screenshots");

  private static void shoot(Browser browser, String page, String name) throws Exception {
    browser.open(page);
    browser.waitFor(By.tagName("h1"));
    assertTrue(browser.driver().findElements(By.id("errorText")).isEmpty(), page + " shows the error page");
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void each_roles_main_pages_are_photographed_for_the_readme() throws Exception {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(12), "en", 20);
    long referral = ClassSessions.eligibleCase(base);
    assertEquals(201, Api.as(base, DemoUser.COORDINATOR).post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}")
        .status());
    try (Browser browser = new Browser(base)) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.signIn(DemoUser.CLERK_SF);
      shoot(browser, "dashboard.xhtml", "clerk-dashboard");
      shoot(browser, "clerk/refer.xhtml", "clerk-new-referral");
      browser.signOut();
      browser.signIn(DemoUser.COORDINATOR);
      shoot(browser, "dashboard.xhtml", "coordinator-dashboard");
      shoot(browser, "cases/case.xhtml?id=" + referral, "coordinator-case");
      browser.signOut();
      browser.signIn(DemoUser.FACILITATOR);
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
      shoot(browser, "sessions/attendance.xhtml?id=" + session, "facilitator-class-day-tablet");
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      browser.signOut();
      browser.signIn(DemoUser.EVALUATOR);
      shoot(browser, "evaluation/cohorts.xhtml", "evaluator-cohorts");
      browser.signOut();
      browser.signIn(DemoUser.ADMIN);
      shoot(browser, "admin/users.xhtml", "admin-users");
    }
    try (var files = Files.list(SCREENSHOTS)) {
      assertTrue(files.filter(p -> p.toString().endsWith(".png")).count() >= 7, "the tour's pictures are in " + SCREENSHOTS);
    }
  }
}
