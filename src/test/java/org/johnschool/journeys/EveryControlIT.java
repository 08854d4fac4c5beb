package org.johnschool.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.ServerClock;
import org.johnschool.support.Browser;
import org.johnschool.support.ClassSessions;
import org.johnschool.support.Crawler;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every control of every page, as each role: the crawler ({@link Crawler}) opens every page the role's navigation
 * reaches (and a case and a class of its own, with an enrollment and a payment, so their pages are reached too),
 * presses every button with nothing typed and with typical input, opens every link, and fails on an error page, a
 * refused script, an accessibility violation or an ERROR in the server's log. Then the same pages in Spanish must
 * show no English text of the bundle. Two roles are crawled at a time, each in its own browser. The journeys test what
 * we designed; this tries what a person might press (it
 * would have found the "Add a charge" button that always failed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryControlIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  /** The crawl's own records (a class, an enrolled case with a payment), as the pages of the role reach them. */
  private List<String> records(DemoUser user) {
    long session = ClassSessions.create(base, ServerClock.today(base).plusDays(75), "en", 5);
    long referral = ClassSessions.eligibleCase(base);
    Api coordinator = Api.as(base, DemoUser.COORDINATOR);
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"5.00\",\"method\":\"CHECK\","
        + "\"reference\":\"1001\"}").status());
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    List<String> pages = new ArrayList<>();
    switch (user) {
      case CLERK_SF -> pages.add(root + "clerk/referral.xhtml?id=" + referral);
      case COORDINATOR, ADMIN, FACILITATOR -> {
        pages.add(root + "cases/case.xhtml?id=" + referral);
        pages.add(root + "sessions/session.xhtml?id=" + session);
        pages.add(root + "sessions/attendance.xhtml?id=" + session);
      }
      default -> { }
    }
    return pages;
  }

  /** The roles, crawled two at a time (each in its own browser). */
  private static final List<DemoUser> ROLES = List.of(DemoUser.ADMIN, DemoUser.CLERK_SF, DemoUser.COORDINATOR, DemoUser.FACILITATOR,
      DemoUser.EVALUATOR);

  /** Crawls every role (two browsers at once) and returns each role's findings. */
  private List<String> crawlEveryRole(boolean spanish) throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Crawler>> crawls = new ArrayList<>();
      for (DemoUser user : ROLES) {
        crawls.add(pool.submit(() -> crawl(user, spanish)));
      }
      List<String> findings = new ArrayList<>();
      for (var crawl : crawls) {
        Crawler crawler = crawl.get();
        System.out.println("[crawl] " + crawler.summary());
        assertTrue(spanish || crawler.pressed() > 0, "the crawler pressed nothing: " + crawler.summary());
        findings.addAll(crawler.findings());
      }
      return findings;
    } finally {
      pool.shutdownNow();
    }
  }

  private Crawler crawl(DemoUser user, boolean spanish) throws Exception {
    List<String> records = records(user);
    try (Browser browser = new Browser(base)) {
      browser.signIn(user);
      if (spanish) {
        browser.select("language", "es");
        browser.waitForText(By.tagName("h1"), "Panel");
      }
      Crawler crawler = new Crawler(browser, base.toString(), user.username);
      if (spanish) {
        crawler.inSpanish();
      }
      List<String> pages = new ArrayList<>(crawler.navigation());
      pages.addAll(records);
      try {
        crawler.crawl(pages);
      } finally {
        if (spanish) {
          // The language chosen is kept for the account: give the shared demo account its English back.
          browser.open("dashboard.xhtml");
          browser.select("language", "en");
          browser.waitForText(By.tagName("h1"), "Dashboard");
        }
      }
      return crawler;
    }
  }

  @Test
  void every_button_and_link_each_role_can_reach_works_with_empty_and_typical_input() throws Exception {
    List<String> findings = crawlEveryRole(false);
    assertTrue(findings.isEmpty(), findings.size() + " defects found by pressing everything:\n" + String.join("\n", findings));
  }

  @Test
  void in_spanish_every_page_and_every_refusal_each_role_can_reach_shows_no_english_text() throws Exception {
    List<String> findings = crawlEveryRole(true);
    assertTrue(findings.isEmpty(), findings.size() + " English texts on Spanish pages:\n" + String.join("\n", findings));
  }
}
