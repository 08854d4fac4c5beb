package org.johnschool.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.johnschool.court.domain.Court;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.domain.DispositionCategory;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.referral.domain.HistoricalCase;
import org.johnschool.referral.domain.HistoricalOutcome;
import org.johnschool.referral.domain.Person;
import org.johnschool.referral.domain.PersonDetails;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Sex;
import org.junit.jupiter.api.Test;

/** A program's old cases come in closed, with the status the domain gives their recorded outcome. */
class HistoricalCaseTest {

  final Program program = new Program("P", "Program", null);
  final Court court = new Court(program, "SF-SUP", "Superior Court");
  static final LocalDate REFERRED = LocalDate.of(2019, 3, 4);
  static final LocalDate EXITED = LocalDate.of(2019, 5, 6);

  Referral imported(HistoricalOutcome outcome, LocalDate exit, DispositionCategory disposition) {
    Person person = new Person(program, new PersonDetails("Jon", null, "Doe", List.of(), LocalDate.of(1980, 2, 3), Sex.M,
        null, null, null, null, null, "en"));
    return Referral.historical(court, person,
        new HistoricalCase("19-CR-1", REFERRED, outcome, exit, disposition, disposition == null ? null : EXITED.plusDays(30)),
        7L, "admin");
  }

  @Test
  void a_completion_the_court_dismissed_is_dismissed_and_keeps_its_completion_day() {
    Referral r = imported(HistoricalOutcome.COMPLETED, EXITED, DispositionCategory.DISMISSED);
    assertEquals(ReferralStatus.DISMISSED, r.getStatus());
    assertEquals(EXITED, r.getCompletedOn());
    assertEquals(EXITED, r.getDeadline());
    assertEquals("admin", r.getDispositionRecordedBy());
    assertEquals(EligibilityResult.ELIGIBLE, r.getScreeningResult());
  }

  @Test
  void a_completion_without_disposition_is_completed() {
    Referral r = imported(HistoricalOutcome.COMPLETED, EXITED, null);
    assertEquals(ReferralStatus.COMPLETED, r.getStatus());
    assertNull(r.getDispositionRecordedBy());
  }

  @Test
  void failed_and_declined_cases_went_back_to_court() {
    Referral failed = imported(HistoricalOutcome.FAILED, EXITED, null);
    assertEquals(ReferralStatus.RETURNED_TO_COURT, failed.getStatus());
    assertEquals(EXITED, failed.getFailedOn());
    Referral declined = imported(HistoricalOutcome.DECLINED, null, null);
    assertEquals(ReferralStatus.RETURNED_TO_COURT, declined.getStatus());
    assertEquals(REFERRED, declined.getDeadline());
  }

  @Test
  void an_ineligible_case_was_screened_out() {
    Referral r = imported(HistoricalOutcome.INELIGIBLE, null, null);
    assertEquals(ReferralStatus.INELIGIBLE, r.getStatus());
    assertEquals(EligibilityResult.INELIGIBLE, r.getScreeningResult());
  }

  @Test
  void completed_and_failed_cases_need_their_exit_date_on_or_after_the_referral() {
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> imported(HistoricalOutcome.FAILED, null, null));
    assertEquals("exit_date", missing.errors().get(0).field());
    InvalidInputException early = assertThrows(InvalidInputException.class,
        () -> imported(HistoricalOutcome.COMPLETED, REFERRED.minusDays(1), null));
    assertEquals("exit_date", early.errors().get(0).field());
  }
}
