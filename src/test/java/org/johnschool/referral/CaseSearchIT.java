package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.support.Api;
import org.johnschool.support.DemoUser;
import org.johnschool.support.Deployments;
import org.johnschool.support.PageSession;
import org.johnschool.support.PageSession.Page;
import org.johnschool.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator finds cases on the case list by the beginning of the person's last name or of the court case number,
 * in any letter case (one search box for both; the names and case numbers are searched within the program).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSearchIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void the_case_list_finds_a_case_by_the_start_of_the_last_name_or_of_the_case_number() {
    String lastName = Referrals.uniqueLastName();
    String caseNumber = Referrals.uniqueCaseNumber();
    String otherCase = Referrals.uniqueCaseNumber();
    assertEquals(201, Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.json("SF-SUP", caseNumber, lastName, "647(b)")).status());
    assertEquals(201, Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", Referrals.eligible("SF-SUP").replaceFirst("CR-[0-9A-F-]+", otherCase))
        .status());

    PageSession coordinator = new PageSession(base);
    assertTrue(coordinator.signIn(DemoUser.COORDINATOR).redirectsTo("dashboard.xhtml"));

    Page byName = search(coordinator, lastName.substring(0, 11).toUpperCase(Locale.ROOT));
    assertTrue(byName.body().contains(caseNumber), "a name's beginning, in capitals, finds the case");
    assertFalse(byName.body().contains(otherCase), "and only the cases of that name");

    Page byCaseNumber = search(coordinator, caseNumber.substring(0, 10).toLowerCase(Locale.ROOT));
    assertTrue(byCaseNumber.body().contains(caseNumber), "a case number's beginning, in lower case, finds the case");
    assertFalse(byCaseNumber.body().contains(otherCase));

    Page nothing = search(coordinator, lastName + "zz");
    assertFalse(nothing.body().contains(caseNumber), "a name that matches nobody finds nothing");

    for (String wildcard : new String[] {"%", "_", lastName.substring(0, 4) + "%" + lastName.substring(5, 9), "\\"}) {
      assertFalse(search(coordinator, wildcard).body().contains(caseNumber), "\"" + wildcard + "\" is searched for as typed, not as a pattern");
    }
  }

  @Test
  void the_search_finds_first_and_last_name_in_either_order_a_part_of_a_name_or_of_a_case_number_and_says_how_many() {
    String lastName = Referrals.uniqueLastName();
    String caseNumber = Referrals.uniqueCaseNumber();
    String body = Referrals.json("SF-SUP", caseNumber, lastName, "647(b)").replace("\"firstName\":\"Jon\"", "\"firstName\":\"Ursula\"");
    assertEquals(201, Api.as(base, DemoUser.CLERK_SF).post("api/v1/referrals", body).status());
    PageSession coordinator = new PageSession(base);
    coordinator.signIn(DemoUser.COORDINATOR);

    for (String typed : new String[] {"Ursula " + lastName, lastName + ", Ursula", lastName.substring(4, 12), "ursula " + lastName.substring(3, 9),
        caseNumber.substring(5, 11).toLowerCase(Locale.ROOT)}) {
      Page found = search(coordinator, typed);
      assertTrue(found.body().contains(caseNumber), "\"" + typed + "\" finds the case");
      if (!typed.equals(caseNumber.substring(5, 11).toLowerCase(Locale.ROOT))) {
        assertTrue(found.body().contains("1 case in all"), "\"" + typed + "\" finds that case alone and says so");
      }
    }
    assertFalse(search(coordinator, "Ursula " + lastName + "zz").body().contains(caseNumber), "every word must match");
    assertFalse(search(coordinator, "Ursula").body().contains("ui-column-filter"), "no filter boxes that do nothing");
  }

  private static Page search(PageSession session, String text) {
    Page list = session.get("cases/list.xhtml");
    assertEquals(200, list.status());
    Page found = session.submit("cases/list.xhtml", list, "list", Map.of("name", text), "search");
    assertEquals(200, found.status());
    return found;
  }
}
