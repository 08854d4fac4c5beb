package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Referrals;

/**
 * How a case ends on the program's side: completed (by the rule, or by an admin with a written reason) or
 * failed and returned to court. The completion part decides when; this part changes the case.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class CaseOutcomes {

  @PersistenceContext EntityManager em;
  @Inject Referrals referrals;
  @Inject org.johnschool.program.application.ProgramTime time;

  /** The facts of a case that completion, certificates and letters print. */
  public record CaseOutcome(long id, ReferralStatus status, String courtCaseNumber, String courtCode, String courtName, String fullName,
      LocalDate referralDate, LocalDate deadline, LocalDate completedOn, String completedBy, String completionOverrideReason,
      LocalDate failedOn, String failureReason, org.johnschool.referral.domain.FailureGround failureGround) {}

  /** A case past its court deadline that has not completed. */
  public record Overdue(long id, String courtCaseNumber, String courtName, String fullName, ReferralStatus status, LocalDate deadline,
      long daysPast) implements java.io.Serializable {}

  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.CLERK_NAME})
  public CaseOutcome outcome(StaffScope scope, long referralId) {
    return view(get(scope, referralId, false));
  }

  /** The rule holds: the case completes today (the caller evaluated the rule under the case's lock). */
  public CaseOutcome completeByRule(StaffScope scope, long referralId, LocalDate on) {
    Referral r = get(scope, referralId, true);
    r.complete(on, null, null, time.instant());
    em.flush();
    return view(r);
  }

  /** An admin completes the case although the rule does not hold, with a written reason (audited). */
  @RolesAllowed(Role.ADMIN_NAME)
  public CaseOutcome completeByAdmin(StaffScope scope, long referralId, LocalDate on, String reason) {
    Referral r = get(scope, referralId, true);
    r.complete(on, scope.username(), reason, time.instant());
    em.flush();
    return view(r);
  }

  /**
   * The case fails: FAILED, then RETURNED_TO_COURT, with the reason. After the deadline a coordinator confirms it;
   * before, only an admin on a stated ground (the rule is {@link Referral#failAndReturnToCourt}).
   */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public CaseOutcome fail(StaffScope scope, long referralId, String reason, org.johnschool.referral.domain.FailureGround ground) {
    Referral r = get(scope, referralId, true);
    r.failAndReturnToCourt(time.today(scope.programId()), reason, ground, scope.role() == Role.ADMIN, time.instant());
    em.flush();
    return view(r);
  }

  /** Whether this person may fail the case today, and how (the page offers what the rule allows). */
  public Referral.Failable failable(StaffScope scope, long referralId) {
    Referral.Failable may = get(scope, referralId, false).failable(time.today(scope.programId()));
    boolean decides = scope.role() == Role.COORDINATOR || scope.role() == Role.ADMIN;
    if (!decides || may == Referral.Failable.ADMIN_ON_A_GROUND && scope.role() != Role.ADMIN) {
      return Referral.Failable.NO;
    }
    return may;
  }

  /** Locks the case for a decision about it (completion events of one case go one at a time). */
  public ReferralStatus lockStatus(StaffScope scope, long referralId) {
    return get(scope, referralId, true).getStatus();
  }

  /** Eligible or enrolled cases whose court deadline has passed, oldest deadline first. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<Overdue> pastDeadline(StaffScope scope, int first, int max) {
    LocalDate today = time.today(scope.programId());
    return em.createQuery("select r from Referral r join fetch r.person join fetch r.court where r.program.id = :p "
            + "and r.status in :open and r.deadline < :today order by r.deadline, r.id", Referral.class)
        .setParameter("p", scope.programId()).setParameter("open", List.of(ReferralStatus.ELIGIBLE, ReferralStatus.ENROLLED))
        .setParameter("today", today).setFirstResult(first).setMaxResults(max).getResultList().stream()
        .map(r -> new Overdue(r.getId(), r.getCourtCaseNumber(), r.getCourt().getName(), name(r), r.getStatus(), r.getDeadline(),
            java.time.temporal.ChronoUnit.DAYS.between(r.getDeadline(), today)))
        .toList();
  }

  /** How many cases {@link #pastDeadline} lists in all. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public long countPastDeadline(StaffScope scope) {
    LocalDate today = time.today(scope.programId());
    return em.createQuery("select count(r) from Referral r where r.program.id = :p and r.status in :open and r.deadline < :today", Long.class)
        .setParameter("p", scope.programId()).setParameter("open", List.of(ReferralStatus.ELIGIBLE, ReferralStatus.ENROLLED))
        .setParameter("today", today).getSingleResult();
  }

  private Referral get(StaffScope scope, long referralId, boolean lock) {
    return (lock ? referrals.findForUpdate(referralId, scope) : referrals.find(referralId, scope))
        .orElseThrow(() -> new NotFoundException("No case " + referralId + " is visible to you."));
  }

  private static String name(Referral r) {
    var p = r.getPerson();
    return org.johnschool.referral.domain.SealedIdentity.name(r.isSealed(), p.getFirstName(), p.getMiddleName(), p.getLastName());
  }

  private static CaseOutcome view(Referral r) {
    return new CaseOutcome(r.getId(), r.getStatus(), r.getCourtCaseNumber(), r.getCourt().getCode(), r.getCourt().getName(), name(r),
        r.getReferralDate(), r.getDeadline(), r.getCompletedOn(), r.getCompletedBy(), r.getCompletionOverrideReason(), r.getFailedOn(),
        r.getFailureReason(), r.getFailureGround());
  }
}
