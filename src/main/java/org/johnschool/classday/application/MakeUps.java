package org.johnschool.classday.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.scheduling.application.EnrollmentDesk;
import org.johnschool.scheduling.application.EnrollmentDesk.EnrollmentView;

/**
 * Make-up seats: a case that missed required modules takes a seat in a later session to attend only those. The offer
 * is this class's rule too: an enrolled case with a class day on record, modules left and no seat held now, offered
 * the scheduled sessions of the next 180 days where the program is.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MakeUps {

  @Inject ClassDay classDay;
  @Inject EnrollmentDesk desk;

  /** How far ahead make-up sessions are offered. */
  static final int OFFER_DAYS = 180;

  @Inject org.johnschool.scheduling.application.SessionQueries sessionQueries;
  @Inject org.johnschool.referral.application.CaseOutcomes outcomes;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** Whether a make-up seat can be booked for the case now, and the sessions to choose from (none when it cannot). */
  public record Offer(boolean possible, java.util.List<org.johnschool.scheduling.application.SessionQueries.SessionSummary> sessions)
      implements java.io.Serializable {

    public static final Offer NONE = new Offer(false, java.util.List.of());
  }

  public Offer offer(StaffScope scope, long referralId) {
    var progress = classDay.progress(scope, referralId);
    if (outcomes.outcome(scope, referralId).status() != org.johnschool.referral.domain.ReferralStatus.ENROLLED
        || progress.required().isEmpty() || progress.remaining().isEmpty() || classDay.hasCurrentSeat(scope, referralId)) {
      return Offer.NONE;
    }
    java.time.LocalDate today = time.today(scope.programId());
    return new Offer(true, sessionQueries.between(scope, today, today.plusDays(OFFER_DAYS)).stream()
        .filter(s -> s.status() == org.johnschool.scheduling.domain.SessionStatus.SCHEDULED).toList());
  }

  public EnrollmentView enroll(StaffScope scope, long referralId, long sessionId, String reason, boolean confirmWarnings) {
    return desk.enrollForMakeUp(scope, referralId, sessionId, reason, confirmWarnings, classDay.progress(scope, referralId).remaining());
  }
}
