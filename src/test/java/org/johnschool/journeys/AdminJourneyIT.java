package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser, an admin's day: finding an account and editing it where one looks, the menus of the navigation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void an_admin_finds_an_account_by_search_and_edits_it_in_a_dialog_titled_edit_user() throws Exception {
    String username = "ed" + Long.toString(System.nanoTime(), 36);
    var created = Api.as(base, DemoUser.ADMIN).post("api/v1/users", "{\"username\":\"" + username + "\",\"displayName\":\"Edna Editable\","
        + "\"role\":\"EVALUATOR\",\"password\":\"a long and unusual password 4 edna\"}");
    assertEquals(201, created.status(), created.toString());
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.ADMIN);
      browser.open("admin/users.xhtml");
      browser.type("search:query", "Evaluator " + username.toUpperCase());
      browser.click("search:go");
      browser.waitForText(By.id("table:users"), username);
      String rows = browser.text(By.id("table:users"));
      assertFalse(rows.contains("coordinator"), "the search leaves only the accounts it matches: " + rows);

      browser.click("table:users:0:edit");
      WebElement dialog = browser.waitFor(By.id("editDialog"));
      assertTrue(dialog.getText().contains("Edit user") && dialog.getText().contains(username), dialog.getText());
      browser.assertAccessible();
      browser.type("editForm:displayName", "Edna Edited");
      browser.click("editForm:save");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
      browser.waitForText(By.id("table:users"), "Edna Edited");
      browser.screenshot("admin-users-edited");
    }
  }

  @Test
  void the_program_settings_show_every_label_and_the_whole_name_and_address_on_a_desktop_and_a_tablet() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.signIn(DemoUser.ADMIN);
      for (var size : new org.openqa.selenium.Dimension[] {new org.openqa.selenium.Dimension(1366, 768), new org.openqa.selenium.Dimension(820, 1180)}) {
        browser.driver().manage().window().setSize(size);
        browser.open("admin/program.xhtml");
        browser.waitFor(By.id("program:save"));
        for (String id : new String[] {"program:name", "program:address", "program:rescheduleLimit", "program:graceMinutes"}) {
          WebElement input = browser.driver().findElement(By.id(id));
          long hidden = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
              "const e = arguments[0]; return e.scrollWidth - e.clientWidth;", input);
          assertTrue(hidden <= 0, id + " shows its whole value \"" + input.getAttribute("value") + "\" at " + size + ": " + hidden + " px cut off");
          WebElement label = browser.driver().findElement(By.cssSelector("label[for='" + id + "']"));
          assertTrue(label.getLocation().getY() + label.getSize().getHeight() <= input.getLocation().getY(),
              "the label of " + id + " sits above its field at " + size);
          assertTrue(label.getLocation().getX() + label.getSize().getWidth() <= size.getWidth(), "the label of " + id + " fits the window at " + size);
        }
        assertTrue(browser.text(By.id("program")).contains("How many times a case may be moved to another session"),
            "each number is explained under its label");
      }
      browser.assertAccessible();
    }
  }

  @Test
  void the_navigation_groups_the_pages_in_menus_on_one_line_and_marks_the_page_shown() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
      browser.signIn(DemoUser.ADMIN);
      browser.open("admin/courts.xhtml");
      WebElement nav = browser.waitFor(By.cssSelector("nav.app-nav"));
      assertTrue(nav.getSize().getHeight() < 50, "the navigation takes one line at 1366 px: " + nav.getSize());
      WebElement current = nav.findElement(By.cssSelector("a[aria-current=page]"));
      assertEquals("Courts", current.getAttribute("textContent").strip());
      assertEquals("Administration", nav.findElement(By.cssSelector("summary.current")).getText().strip());

      // By keyboard: open a menu, follow a link in it; Escape closes a menu.
      WebElement cases = nav.findElement(By.xpath(".//summary[normalize-space()='Cases']"));
      cases.sendKeys(org.openqa.selenium.Keys.ENTER);
      WebElement list = nav.findElement(By.linkText("Cases"));
      assertTrue(list.isDisplayed(), "the menu opens");
      browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !list.isDisplayed());
      cases.sendKeys(org.openqa.selenium.Keys.ENTER);
      nav.findElement(By.linkText("Cases")).click();
      browser.waitForText(By.tagName("h1"), "Cases");
      browser.assertAccessible();
      browser.screenshot("admin-navigation");
    }
  }
}
