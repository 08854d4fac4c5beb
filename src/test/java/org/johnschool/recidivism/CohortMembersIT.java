package org.johnschool.recidivism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.johnschool.recidivism.domain.AgeBand;
import org.johnschool.recidivism.domain.CohortDefinition;
import org.johnschool.recidivism.domain.CohortMember;
import org.johnschool.recidivism.domain.OutcomeGroup;
import org.johnschool.recidivism.infrastructure.CohortMembers;
import org.johnschool.support.Deployments;
import org.johnschool.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cohort query inside the server (issue 21: SQL tested where it runs), on cases written row by row in a program of
 * their own and rolled back afterwards: which outcome group and index date each kind of case gets, which arrest
 * records count as its re-arrest, and where observation ends. The report's statistics on top of these members are
 * tested against R in {@code StatisticsAgainstRTest}; the whole report through REST in {@code CohortIT}.
 */
@ExtendWith(ArquillianExtension.class)
class CohortMembersIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer(CohortMembersIT.class);
  }

  @Inject UserTransaction tx;
  @Resource(lookup = "java:jboss/datasources/JsmDS") DataSource data;

  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate TO = LocalDate.of(2020, 12, 31);
  private static final LocalDate OBSERVED = LocalDate.of(2024, 6, 30);
  private static final List<OutcomeGroup> COMPARISON = List.of(OutcomeGroup.INELIGIBLE, OutcomeGroup.DECLINED, OutcomeGroup.NEVER_ENROLLED);

  @Test
  void each_kind_of_case_gets_the_outcome_group_and_index_date_of_the_evaluation_method() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "CM-GROUPS");
      long session = rows.session(LocalDate.of(2020, 3, 7));

      long completed = caseOf(rows, "CM-1", LocalDate.of(2020, 2, 1), "ENROLLED");
      rows.set("referral", completed, "status = 'COMPLETED', completed_on = ?", LocalDate.of(2020, 3, 7));
      rows.enrollment(completed, session, "ENROLLED");

      long failedWithSeat = caseOf(rows, "CM-2", LocalDate.of(2020, 2, 2), "RETURNED_TO_COURT");
      rows.set("referral", failedWithSeat, "failed_on = ?, failure_reason = 'did not come'", LocalDate.of(2020, 4, 1));
      rows.enrollment(failedWithSeat, session, "CANCELLED");

      long failedOnlyWaitlisted = caseOf(rows, "CM-3", LocalDate.of(2020, 2, 3), "RETURNED_TO_COURT");
      rows.set("referral", failedOnlyWaitlisted, "failed_on = ?, failure_reason = 'no seat taken'", LocalDate.of(2020, 5, 1));
      rows.enrollment(failedOnlyWaitlisted, session, "WAITLISTED");

      long failedNeverEnrolled = caseOf(rows, "CM-4", LocalDate.of(2020, 2, 4), "RETURNED_TO_COURT");
      rows.set("referral", failedNeverEnrolled, "failed_on = ?, failure_reason = 'never came'", LocalDate.of(2020, 5, 2));

      long screenedOut = caseOf(rows, "CM-5", LocalDate.of(2020, 2, 5), "INELIGIBLE");
      rows.set("referral", screenedOut, "screening_result = 'INELIGIBLE'");

      long overriddenOut = caseOf(rows, "CM-6", LocalDate.of(2020, 2, 6), "INELIGIBLE");
      rows.set("referral", overriddenOut, "screening_result = 'ELIGIBLE', override_result = 'INELIGIBLE', override_justification = 'pending case'");

      long overriddenInStillOpen = caseOf(rows, "CM-7", LocalDate.of(2020, 2, 7), "ELIGIBLE");
      rows.set("referral", overriddenInStillOpen, "screening_result = 'INELIGIBLE', override_result = 'ELIGIBLE', override_justification = 'court says so'");

      long oldRecordDeclined = caseOf(rows, "CM-8", LocalDate.of(2020, 2, 8), "RETURNED_TO_COURT");
      rows.set("referral", oldRecordDeclined, "failed_on = ?, failure_reason = 'declined'", LocalDate.of(2020, 2, 9));
      rows.historical(oldRecordDeclined, "DECLINED", null);

      long oldRecordCompleted = caseOf(rows, "CM-9", LocalDate.of(2019, 11, 1), "ELIGIBLE");
      rows.historical(oldRecordCompleted, "COMPLETED", LocalDate.of(2020, 1, 15));

      long sealed = caseOf(rows, "CM-10", LocalDate.of(2020, 2, 10), "ENROLLED");
      rows.set("referral", sealed, "status = 'COMPLETED', completed_on = ?, sealed_at = now(), sealing_basis = 'PC 1203.4'", LocalDate.of(2020, 3, 7));

      long exitAfterPeriod = caseOf(rows, "CM-11", LocalDate.of(2020, 12, 20), "ENROLLED");
      rows.set("referral", exitAfterPeriod, "status = 'COMPLETED', completed_on = ?", LocalDate.of(2021, 1, 9));

      Map<String, String> members = describe(CohortMembers.read(c, rows.program,
          new CohortDefinition(FROM, TO, null, null, null, null, COMPARISON), OBSERVED));

      assertEquals(new TreeMap<>(Map.of(
          "2020-03-07", "COMPLETED",        // completed: followed from the day it completed
          "2020-04-01", "FAILED",           // failed after taking a seat: from the day it failed
          "2020-02-03", "NEVER_ENROLLED",   // failed with only a waitlist place: from its referral
          "2020-02-04", "NEVER_ENROLLED",   // failed without any enrollment
          "2020-02-05", "INELIGIBLE",       // screened out
          "2020-02-06", "INELIGIBLE",       // overridden to ineligible
          "2020-02-08", "DECLINED",         // the old records' outcome wins over the case's own dates
          "2020-01-15", "COMPLETED")),      // the old records' exit date is its index, though referred in 2019
          members, "left out: the open case, the sealed case and the case that left the program after the period");
    });
  }

  @Test
  void the_rearrest_is_the_first_linked_or_confirmed_record_after_the_index_up_to_the_end_of_observation() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "CM-REARREST");
      long person = rows.person("Ursula", "Tourist", LocalDate.of(1980, 5, 1));
      long completed = rows.referral(rows.courtA, person, "CM-20", LocalDate.of(2020, 2, 1), "ENROLLED");
      rows.set("referral", completed, "status = 'COMPLETED', completed_on = ?", LocalDate.of(2020, 3, 7));
      rows.rearrest(person, LocalDate.of(2020, 3, 7), "SEX_BUYING", "LINKED");     // the index day itself: not after it
      rows.rearrest(person, LocalDate.of(2020, 5, 1), "SEX_BUYING", "REVIEW");     // not yet decided
      rows.rearrest(person, LocalDate.of(2020, 6, 1), "SEX_BUYING", "REJECTED");   // someone else's
      rows.rearrest(person, LocalDate.of(2020, 7, 1), "VIOLENT", "CONFIRMED");
      rows.rearrest(person, LocalDate.of(2020, 8, 1), "SEX_BUYING", "LINKED");

      long other = rows.person("Victor", "Visitor", LocalDate.of(1990, 1, 1));
      long otherCase = rows.referral(rows.courtB, other, "CM-21", LocalDate.of(2020, 2, 2), "ENROLLED");
      rows.set("referral", otherCase, "status = 'COMPLETED', completed_on = ?", LocalDate.of(2020, 3, 8));
      rows.rearrest(other, LocalDate.of(2024, 7, 1), "SEX_BUYING", "LINKED");       // after the end of observation

      assertEquals(Map.of("CM-20", "2020-07-01", "CM-21", "none"), firstRearrests(c, rows, "ANY", OBSERVED));
      assertEquals(Map.of("CM-20", "2020-08-01", "CM-21", "none"), firstRearrests(c, rows, "SEX_BUYING", OBSERVED));
      assertEquals(Map.of("CM-20", "2020-07-01", "CM-21", "2024-07-01"), firstRearrests(c, rows, "ANY", LocalDate.of(2024, 7, 1)));
      assertEquals(Map.of("CM-20", "none"), firstRearrests(c, rows, "ANY", LocalDate.of(2020, 3, 7)),
          "a case whose index lies after the end of observation is no member");
    });
  }

  @Test
  void courts_and_age_bands_narrow_the_cohort_by_the_age_at_the_index() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "CM-NARROW");
      long young = rows.person("Young", "Buyer", LocalDate.of(1996, 3, 8));   // 23 on 2020-03-07
      long youngCase = rows.referral(rows.courtA, young, "CM-30", LocalDate.of(2020, 2, 1), "ENROLLED");
      rows.set("referral", youngCase, "status = 'COMPLETED', completed_on = ?", LocalDate.of(2020, 3, 7));
      long older = rows.person("Older", "Buyer", LocalDate.of(1995, 3, 7));   // 25 on 2020-03-07
      long olderCase = rows.referral(rows.courtB, older, "CM-31", LocalDate.of(2020, 2, 2), "ENROLLED");
      rows.set("referral", olderCase, "status = 'COMPLETED', completed_on = ?", LocalDate.of(2020, 3, 7));

      String courtA = "CM-NARROW-A";
      assertEquals(1, CohortMembers.read(c, rows.program, new CohortDefinition(FROM, TO, List.of(courtA), null, null, null, null), OBSERVED).size());
      List<CohortMember> under25 = CohortMembers.read(c, rows.program,
          new CohortDefinition(FROM, TO, null, null, List.of(AgeBand.UNDER_25), null, null), OBSERVED);
      assertEquals(1, under25.size());
      assertEquals(LocalDate.of(2020, 3, 7), under25.get(0).index());
      assertEquals(2, CohortMembers.read(c, rows.program, new CohortDefinition(FROM, TO, null, null, null, null, null), OBSERVED).size());
    });
  }

  @Test
  void observation_ends_on_the_day_of_the_programs_latest_import_that_brought_records() throws Exception {
    inRolledBackTransaction(c -> {
      Rows rows = new Rows(c, "CM-OBSERVED");
      Rows other = new Rows(c, "CM-OTHER");
      assertNull(CohortMembers.observedUntil(c, rows.program), "no import yet");
      rows.execute("insert into arrest_import (id, program_id, imported_by, imported_at, row_count) values (nextval('arrest_import_seq'), ?, 't', "
          + "timestamptz '2024-05-01 12:00:00+00', 0)", rows.program);
      assertNull(CohortMembers.observedUntil(c, rows.program), "an empty import observes nothing");
      rows.execute("insert into arrest_import (id, program_id, imported_by, imported_at, row_count) values (nextval('arrest_import_seq'), ?, 't', "
          + "timestamptz '2024-03-01 12:00:00+00', 10), (nextval('arrest_import_seq'), ?, 't', timestamptz '2024-04-01 12:00:00+00', 10)",
          rows.program, rows.program);
      rows.execute("insert into arrest_import (id, program_id, imported_by, imported_at, row_count) values (nextval('arrest_import_seq'), ?, 't', "
          + "timestamptz '2025-01-01 12:00:00+00', 10)", other.program);
      assertEquals(LocalDate.of(2024, 4, 1), CohortMembers.observedUntil(c, rows.program));
    });
  }

  /** One completed case of its own person in court A. */
  private static long caseOf(Rows rows, String caseNumber, LocalDate referred, String status) throws Exception {
    return rows.referral(rows.courtA, rows.person("P" + caseNumber, "Person", LocalDate.of(1980, 1, 1)), caseNumber, referred, status);
  }

  /** Index date → outcome group of each member (the test's index dates are distinct). */
  private static Map<String, String> describe(List<CohortMember> members) {
    return members.stream().collect(Collectors.toMap(m -> m.index().toString(), m -> m.group().name(), (a, b) -> a + "," + b, TreeMap::new));
  }

  /** Court case number → first re-arrest ("none") of each member of the program's participants. */
  private static Map<String, String> firstRearrests(Connection c, Rows rows, String category, LocalDate until) throws Exception {
    List<CohortMember> members = CohortMembers.read(c, rows.program, new CohortDefinition(FROM, TO, null, null, null, category, null), until);
    Map<LocalDate, String> caseByIndex = Map.of(LocalDate.of(2020, 3, 7), "CM-20", LocalDate.of(2020, 3, 8), "CM-21");
    return members.stream().collect(Collectors.toMap(m -> caseByIndex.get(m.index()),
        m -> m.firstRearrest() == null ? "none" : m.firstRearrest().toString()));
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
