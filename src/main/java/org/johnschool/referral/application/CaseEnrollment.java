package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Referrals;

/**
 * What scheduling needs of a case, and the status changes enrollment makes to it: the case becomes
 * ENROLLED when it takes a seat and ELIGIBLE again when its enrollment ends without completion.
 */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CaseEnrollment {

  @Inject Referrals referrals;
  @Inject VisibleCases visibleCases;
  @Inject Clock clock;

  /** The facts of a case that enrollment checks and notices use. */
  public record CaseForEnrollment(long id, ReferralStatus status, LocalDate deadline, String preferredLanguage, String courtCaseNumber,
      String fullName, String email) {}

  /** The case, locked until the transaction ends; 404 when the caller may not see it. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
  public CaseForEnrollment lockCase(long referralId, StaffScope scope) {
    return facts(get(referralId, scope, true));
  }

  public void enrolled(long referralId, StaffScope scope) {
    get(referralId, scope, false).enroll(clock.instant());
  }

  public void unenrolled(long referralId, StaffScope scope) {
    get(referralId, scope, false).withdrawEnrollment(clock.instant());
  }

  /** Several cases at once (rosters), by id; cases outside the scope are left out. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
  public Map<Long, CaseForEnrollment> cases(Collection<Long> ids, StaffScope scope) {
    Map<Long, CaseForEnrollment> found = new LinkedHashMap<>();
    for (var f : referrals.caseFacts(ids, scope)) {
      boolean sealed = f.sealedAt() != null;
      String name = org.johnschool.referral.domain.SealedIdentity.name(sealed, f.firstName(), f.middleName(), f.lastName());
      found.put(f.id(), new CaseForEnrollment(f.id(), f.status(), f.deadline(), f.preferredLanguage(), f.courtCaseNumber(), name,
          sealed ? null : f.email()));
    }
    return found;
  }

  /** Refuses (404) a case the caller may not see; other parts call this before touching what belongs to a case. */
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
  public void requireVisible(long referralId, StaffScope scope) {
    if (visibleCases.known(referralId, scope)) {
      return;
    }
    if (!referrals.isVisible(referralId, scope)) {
      throw new NotFoundException("No case " + referralId + " is visible to you.");
    }
    visibleCases.found(referralId, scope);
  }

  private Referral get(long referralId, StaffScope scope, boolean lock) {
    return (lock ? referrals.findForUpdate(referralId, scope) : referrals.find(referralId, scope))
        .orElseThrow(() -> new NotFoundException("No case " + referralId + " is visible to you."));
  }

  private static CaseForEnrollment facts(Referral r) {
    var p = r.getPerson();
    String name = org.johnschool.referral.domain.SealedIdentity.name(r.isSealed(), p.getFirstName(), p.getMiddleName(), p.getLastName());
    return new CaseForEnrollment(r.getId(), r.getStatus(), r.getDeadline(), p.getPreferredLanguage(), r.getCourtCaseNumber(), name,
        r.isSealed() ? null : p.getEmail());
  }
}
