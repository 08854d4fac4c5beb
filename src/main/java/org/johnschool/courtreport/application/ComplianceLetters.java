package org.johnschool.courtreport.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.johnschool.completion.application.Certificates;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.InvalidTransitionException;
import org.johnschool.platform.Phrase;
import org.johnschool.program.domain.Program;
import org.johnschool.referral.application.CaseOutcomes;
import org.johnschool.referral.application.CaseOutcomes.CaseOutcome;

/** The compliance letter per case: completed or failed, the dates and the reason, for the court. */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ComplianceLetters {

  @PersistenceContext EntityManager em;
  @Inject CaseOutcomes outcomes;
  @Inject Certificates certificates;
  @Inject org.johnschool.program.application.ProgramTime time;

  public record Letter(String programName, String programAddress, String courtName, String participant, String courtCaseNumber,
      LocalDate referralDate, LocalDate deadline, LocalDate completedOn, String certificateNumber, String completedBy, String completionReason,
      LocalDate failedOn, String failureReason, LocalDate written) {}

  public Letter letter(StaffScope scope, long referralId) {
    CaseOutcome o = outcomes.outcome(scope, referralId);
    if (o.completedOn() == null && o.failedOn() == null) {
      throw new InvalidTransitionException(Phrase.of("letter.tooEarly", o.status()));
    }
    Program p = em.find(Program.class, scope.programId());
    String certificate = o.completedOn() == null ? null : certificates.numberOf(scope, referralId);
    return new Letter(p.getName(), p.getAddress(), o.courtName(), o.fullName(), o.courtCaseNumber(), o.referralDate(), o.deadline(),
        o.completedOn(), certificate, o.completedBy(), o.completionOverrideReason(), o.failedOn(), o.failureReason(), time.today(scope.programId()));
  }
}
