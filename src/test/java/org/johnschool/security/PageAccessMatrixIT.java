package org.johnschool.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of the pages (issue 8): every page of the application ({@code src/main/webapp}, outside WEB-INF)
 * × anonymous and each role, against {@code src/test/resources/security/page-matrix.csv}; a page without a row fails
 * the build. Cells: {@code login} (sent to sign in), {@code 403}, or {@code ok} (the page answers, not 403 and not 500;
 * pages that need a parameter show their own "not found").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessMatrixIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private static List<String> pages() throws Exception {
    Path webapp = Path.of("src", "main", "webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> webapp.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/")).sorted().toList();
    }
  }

  private PageSession signedIn(String caller) {
    PageSession session = new PageSession(base);
    if (!caller.equals("anonymous")) {
      assertEquals(302, session.signIn(AccessTable.user(caller)).status(), caller + " signs in");
    }
    return session;
  }

  private String answer(PageSession session, String page) {
    Page r = session.get(page);
    int s = r.status();
    if (s >= 300 && s < 400) {
      return r.redirectsTo("login.xhtml") ? "login" : "ok";
    }
    return s == 403 || s >= 500 ? Integer.toString(s) : "ok";
  }

  @Test
  void every_page_answers_every_role_as_the_matrix_says() throws Exception {
    List<String> pages = pages();
    Map<String, String[]> matrix = AccessTable.read("/security/page-matrix.csv");
    List<String> callers = AccessTable.CALLERS;
    Map<String, PageSession> clients = new LinkedHashMap<>();
    for (String caller : callers) {
      clients.put(caller, signedIn(caller));
    }
    if (matrix.isEmpty()) {
      StringBuilder draft = new StringBuilder("page," + String.join(",", callers) + "\n");
      for (String page : pages) {
        draft.append(page);
        for (String caller : callers) {
          draft.append(',').append(answer(clients.get(caller), page));
        }
        draft.append('\n');
      }
      Files.writeString(Path.of("target", "page-matrix-observed.csv"), draft);
      fail("No page matrix: what the server answers now is in target/page-matrix-observed.csv");
    }
    TreeSet<String> missing = new TreeSet<>(pages);
    missing.removeAll(matrix.keySet());
    TreeSet<String> extra = new TreeSet<>(matrix.keySet());
    extra.removeAll(pages);
    assertTrue(missing.isEmpty() && extra.isEmpty(), "Every page needs its row in page-matrix.csv. Without a row: " + missing
        + "; rows without a page: " + extra);
    List<String> wrong = new ArrayList<>();
    for (var row : matrix.entrySet()) {
      for (int i = 0; i < callers.size(); i++) {
        String got = answer(clients.get(callers.get(i)), row.getKey());
        if (!got.equals(row.getValue()[i])) {
          wrong.add(row.getKey() + " as " + callers.get(i) + ": expected " + row.getValue()[i] + ", got " + got);
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from the page matrix:\n" + String.join("\n", wrong));
  }

  @Test
  void an_address_whose_record_number_is_not_a_number_or_missing_answers_the_not_found_page() {
    PageSession coordinator = signedIn("coordinator");
    PageSession clerk = signedIn("clerk");
    Map<String, PageSession> addresses = new LinkedHashMap<>();
    for (String page : List.of("cases/case.xhtml?id=abc", "cases/case.xhtml?id=99999999999999999999999", "cases/notice.xhtml?id=x1",
        "cases/receipt.xhtml?entry=abc", "sessions/session.xhtml?id=abc", "sessions/attendance.xhtml?id=abc",
        "sessions/attendance.xhtml", "sessions/attendance.xhtml?id=999999999",
        "sessions/test-entry.xhtml?session=abc&referral=1&kind=POST", "curriculum/results.xhtml?session=abc",
        "curriculum/course.xhtml?v=abc", "curriculum/compare.xhtml?from=abc&to=1")) {
      addresses.put(page, coordinator);
    }
    addresses.put("clerk/referral.xhtml?id=abc", clerk);
    List<String> wrong = new ArrayList<>();
    for (var address : addresses.entrySet()) {
      Page page = address.getValue().get(address.getKey());
      if (page.status() != 404 || !page.body().contains("This page cannot be shown")) {
        wrong.add(address.getKey() + " answered " + page.status());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void every_page_opened_with_real_record_numbers_answers_every_role_without_a_500() throws Exception {
    long session = org.johnschool.support.ClassSessions.create(base, org.johnschool.support.ServerClock.today(base).plusDays(40), "en", 5);
    long referral = org.johnschool.support.ClassSessions.eligibleCase(base);
    var coordinator = org.johnschool.support.Api.as(base, org.johnschool.support.DemoUser.COORDINATOR);
    assertEquals(201, coordinator.post("api/v1/referrals/" + referral + "/enrollment", "{\"sessionId\":" + session + "}").status());
    var paid = coordinator.post("api/v1/referrals/" + referral + "/payments", "{\"amount\":\"10.00\",\"method\":\"CASH\"}");
    assertEquals(201, paid.status(), paid.toString());
    long entry = paid.json().getJsonNumber("entryId").longValue();

    // Issue 22, item 9: the facilitator's services refuse receipts and notices; the pages said 500.
    PageSession facilitator = signedIn("facilitator");
    assertEquals(403, facilitator.get("cases/receipt.xhtml?entry=" + entry).status());
    int notice = facilitator.get("cases/notice.xhtml?id=" + referral).status();
    assertTrue(notice == 403 || notice == 404, "the enrollment notice as a facilitator: " + notice);

    // Every page, every role, with the numbers of real records in every parameter a page reads.
    List<String> failed = new ArrayList<>();
    int asked = 0;
    for (String caller : AccessTable.CALLERS) {
      PageSession client = signedIn(caller);
      for (String page : pages()) {
        for (long id : new long[] {referral, session}) {
          String address = page + "?id=" + id + "&entry=" + entry + "&session=" + session + "&referral=" + referral + "&kind=POST";
          int status = client.get(address).status();
          asked++;
          if (status >= 500) {
            failed.add(address + " as " + caller + ": " + status);
          }
        }
      }
    }
    assertTrue(failed.isEmpty(), failed.size() + " of " + asked + " answered a server error:\n" + String.join("\n", failed));
  }
}
