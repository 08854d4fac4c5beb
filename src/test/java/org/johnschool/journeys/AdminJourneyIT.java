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
