package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.referral.domain.CaseFacts;
import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralFilter;
import org.johnschool.referral.domain.ReferralSort;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Referrals;
import org.johnschool.referral.domain.Sex;
import org.johnschool.support.Deployments;
import org.johnschool.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referral repository inside the server (issue 21: queries tested where they run), on rows written in programs
 * of their own and rolled back afterwards: a clerk's court bounds every read, search words match only themselves, and
 * the same person is found by state ID, FBI number or exact names and birth date, within the program.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralRepositoryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer(ReferralRepositoryIT.class);
  }

  @Inject UserTransaction tx;
  @Inject Referrals referrals;
  @Resource(lookup = "java:jboss/datasources/JsmDS") DataSource data;

  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

  @Test
  void a_clerk_reads_counts_and_lists_only_the_cases_of_their_own_court() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "RR-SCOPE");
      long inA = rows.referral(rows.courtA, rows.person("Ann", "Alpha", LocalDate.of(1980, 1, 1)), "RR-A-1", DAY, "REFERRED");
      long inB = rows.referral(rows.courtB, rows.person("Ben", "Beta", LocalDate.of(1981, 1, 1)), "RR-B-1", DAY, "ELIGIBLE");
      Rows elsewhere = new Rows(c, "RR-ELSEWHERE");
      long otherProgram = elsewhere.referral(elsewhere.courtA, elsewhere.person("Cy", "Gamma", LocalDate.of(1982, 1, 1)), "RR-C-1", DAY, "REFERRED");

      StaffScope clerkOfA = new StaffScope("clerk.a", 1, rows.program, Role.CLERK, rows.courtA);
      StaffScope coordinator = new StaffScope("coordinator", 2, rows.program, Role.COORDINATOR, null);

      assertTrue(referrals.find(inA, clerkOfA).isPresent());
      assertFalse(referrals.find(inB, clerkOfA).isPresent(), "another court's case");
      assertFalse(referrals.find(otherProgram, coordinator).isPresent(), "another program's case");
      assertFalse(referrals.findForUpdate(inB, clerkOfA).isPresent());
      assertTrue(referrals.isVisible(inA, clerkOfA));
      assertFalse(referrals.isVisible(inB, clerkOfA));
      assertTrue(referrals.isVisible(inB, coordinator));
      assertFalse(referrals.isVisible(otherProgram, coordinator));
      assertEquals(List.of("RR-A-1"), caseNumbers(referrals.findAll(List.of(inA, inB, otherProgram), clerkOfA)));
      assertEquals(List.of("RR-A-1", "RR-B-1"), caseNumbers(referrals.findAll(List.of(inA, inB, otherProgram), coordinator)));
      assertEquals(List.of("RR-A-1"), referrals.caseFacts(List.of(inA, inB, otherProgram), clerkOfA).stream().map(CaseFacts::courtCaseNumber).toList());

      assertEquals(1, referrals.count(clerkOfA, ReferralFilter.NONE));
      assertEquals(2, referrals.count(coordinator, ReferralFilter.NONE));
      assertEquals(0, referrals.count(clerkOfA, new ReferralFilter(null, "RR-SCOPE-B", null, null, null)), "naming the other court does not widen it");
      assertEquals(List.of("RR-A-1"), caseNumbers(referrals.page(clerkOfA, ReferralFilter.NONE, ReferralSort.COURT_CASE_NUMBER, true, 0, 50)));
      assertEquals(List.of("RR-A-1"), search(clerkOfA, "RR"), "a search within the court");
      assertEquals(List.of(), search(clerkOfA, "Beta"), "another court's person is not found by name");
      assertEquals(Map.of(ReferralStatus.REFERRED, 1L), referrals.countByStatus(clerkOfA));
      assertEquals(Map.of(ReferralStatus.REFERRED, 1L, ReferralStatus.ELIGIBLE, 1L), referrals.countByStatus(coordinator));
      assertEquals(1, referrals.countReferredSince(clerkOfA, DAY));
      assertEquals(0, referrals.countReferredSince(coordinator, DAY.plusDays(1)));
    });
  }

  @Test
  void search_words_match_names_and_case_numbers_and_percent_or_underscore_only_themselves_and_sealed_names_never() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "RR-SEARCH");
      rows.referral(rows.courtA, rows.person("Ursula", "Tourist", LocalDate.of(1980, 1, 1)), "CR-24-0117", DAY, "REFERRED");
      rows.referral(rows.courtA, rows.person("Lee", "Lee_Park", LocalDate.of(1980, 1, 1)), "CR-24-0200", DAY, "REFERRED");
      rows.referral(rows.courtA, rows.person("Lee", "LeeXPark", LocalDate.of(1980, 1, 1)), "CR-24-0300", DAY, "REFERRED");
      rows.referral(rows.courtA, rows.person("Pat", "Percent", LocalDate.of(1980, 1, 1)), "CR-100%", DAY, "REFERRED");
      long sealed = rows.referral(rows.courtA, rows.person("Sealy", "Hidden", LocalDate.of(1980, 1, 1)), "CR-24-0999", DAY, "REFERRED");
      rows.set("referral", sealed, "sealed_at = now(), sealing_basis = 'PC 1203.4'");
      StaffScope coordinator = new StaffScope("coordinator", 2, rows.program, Role.COORDINATOR, null);

      assertEquals(List.of("CR-24-0117"), search(coordinator, "Tourist, Ursula"));
      assertEquals(List.of("CR-24-0117"), search(coordinator, "rsula 24-01"));
      assertEquals(List.of("CR-24-0200"), search(coordinator, "lee_"), "an underscore is no wildcard");
      assertEquals(List.of("CR-100%"), search(coordinator, "0%"), "a percent sign is no wildcard");
      assertEquals(List.of(), search(coordinator, "Hidden"), "a sealed case is not found by its person's name");
      assertEquals(List.of("CR-24-0999"), search(coordinator, "24-0999"), "but by its case number");
      StaffScope evaluator = new StaffScope("evaluator", 3, rows.program, Role.EVALUATOR, null);
      assertEquals(5, referrals.count(evaluator, new ReferralFilter(null, null, null, null, "Tourist")), "an evaluator's search words are ignored, not matched");
    });
  }

  @Test
  void the_same_person_is_found_by_state_id_fbi_number_or_exact_names_and_birth_date_within_the_program() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "RR-SAME");
      long byNames = rows.person("Ursula", "Tourist", LocalDate.of(1980, 5, 1));
      rows.referral(rows.courtA, byNames, "RR-S-1", DAY, "INELIGIBLE");
      long byStateId = rows.person("Sam", "State", LocalDate.of(1970, 1, 1));
      rows.set("person", byStateId, "state_id = 'CA1234567'");
      rows.referral(rows.courtB, byStateId, "RR-S-2", DAY, "ELIGIBLE");
      long byFbi = rows.person("Fay", "Federal", LocalDate.of(1971, 1, 1));
      rows.set("person", byFbi, "fbi_number = 'FBI-99'");
      rows.referral(rows.courtA, byFbi, "RR-S-3", DAY, "RETURNED_TO_COURT");
      Rows elsewhere = new Rows(c, "RR-SAME-ELSEWHERE");
      elsewhere.referral(elsewhere.courtA, elsewhere.person("Otto", "Other", LocalDate.of(1960, 1, 1)), "RR-S-4", DAY, "ELIGIBLE");

      List<List<ReferralStatus>> found = referrals.earlierStatusesOfSamePeople(rows.program, List.of(
          person("URSULA", "tourist", LocalDate.of(1980, 5, 1), null, null),      // names in another case, same birth date
          person("Ursula", "Tourist", LocalDate.of(1980, 5, 2), null, null),      // another birth date
          person("Samuel", "Statham", LocalDate.of(1999, 9, 9), "CA1234567", null),
          person("F.", "Fed", LocalDate.of(1999, 9, 9), null, "FBI-99"),
          person("Otto", "Other", LocalDate.of(1960, 1, 1), null, null)));       // only in another program
      assertEquals(List.of(List.of(ReferralStatus.INELIGIBLE), List.of(), List.of(ReferralStatus.ELIGIBLE),
          List.of(ReferralStatus.RETURNED_TO_COURT), List.of()), found);
    });
  }

  private List<String> search(StaffScope scope, String words) {
    return caseNumbers(referrals.page(scope, new ReferralFilter(null, null, null, null, words), ReferralSort.COURT_CASE_NUMBER, true, 0, 50));
  }

  private static List<String> caseNumbers(List<Referral> cases) {
    return cases.stream().map(Referral::getCourtCaseNumber).sorted().toList();
  }

  private static PersonDetails person(String first, String last, LocalDate birth, String stateId, String fbi) {
    return new PersonDetails(first, null, last, List.of(), birth, Sex.M, stateId, fbi, null, null, null, "en");
  }

  private interface Work {
    void run(Connection c) throws Exception;
  }

  /** The work in a transaction of the server's data source, rolled back whatever happens. */
  private void inRolledBackTransaction(Work work) throws Exception {
    tx.begin();
    try (Connection c = data.getConnection()) {
      work.run(c);
    } finally {
      tx.rollback();
    }
  }
}
