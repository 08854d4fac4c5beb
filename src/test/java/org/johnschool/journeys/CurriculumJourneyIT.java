package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.Browser;
import org.johnschool.support.CurriculumFiles;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In a real browser: a facilitator reads the day's course in English and in Spanish; an admin loads the
 * curriculum folder and compares versions. Every page visited passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CurriculumJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void a_facilitator_reads_the_course_in_english_and_spanish() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.signIn(DemoUser.FACILITATOR);
      browser.open("curriculum/course.xhtml?lang=en");
      browser.waitForText(By.id("title-law-and-your-case"), "The law and your case");
      assertTrue(browser.pageText().contains("18 U.S.C. § 1591"), "sources are shown");
      browser.assertAccessible();
      browser.screenshot("curriculum-course-en");

      browser.open("curriculum/course.xhtml?lang=es");
      browser.waitForText(By.id("title-law-and-your-case"), "La ley y su caso");
      assertTrue(browser.pageText().contains("Objetivos de aprendizaje") || browser.pageText().contains("Learning objectives"));
      browser.assertAccessible();
    }
  }

  @Test
  void an_admin_loads_the_folder_and_compares_versions() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("login.xhtml");
      browser.signIn(DemoUser.ADMIN);
      browser.open("curriculum/course.xhtml");
      browser.click("loadForm:reload");
      String message = browser.waitFor(By.cssSelector(".page-messages .msg-info")).getText();
      assertTrue(message.matches("(Nothing changed: version \\d+ is still current\\.|Curriculum version \\d+ loaded\\.)"), message);
      browser.assertAccessible();

      String marker = "Point added " + UUID.randomUUID();
      var upload = Api.as(base, DemoUser.ADMIN).postZip("api/v1/curriculum/versions", CurriculumFiles.zipWithEdit(
          "modules/community-impact.en.md", t -> t.replace("4. Discussion", "4. " + marker + "\n5. Discussion")));
      assertEquals(201, upload.status(), upload.toString());

      browser.open("curriculum/compare.xhtml?lang=en");
      browser.waitFor(By.tagName("h1"));
      String compare = browser.pageText();
      assertTrue(compare.contains("to version " + upload.json().getInt("number")), compare);
      assertTrue(browser.text(By.cssSelector(".diff-ADDED")).contains(marker), compare);
      browser.assertAccessible();
      browser.screenshot("curriculum-compare");
    }
  }
}
