package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.johnschool.court.application.CourtDirectory;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;

/** A court refers one case (form or REST): checked, stored and screened, or refused with reasons. */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ReferralIntake {

  @Inject ReferralRegistrar registrar;
  @Inject Referrals referrals;
  @Inject CourtDirectory courts;
  @Inject org.johnschool.program.application.ProgramTime time;
  @PersistenceContext EntityManager em;

  public ReferralView refer(ReferralRequest request, StaffScope scope) {
    ReferralValidator.Result checked = ReferralValidator.check(request, time.clock(scope.programId()));
    if (checked instanceof ReferralValidator.Invalid invalid) {
      throw new InvalidInputException(invalid.errors());
    }
    ValidReferral valid = ((ReferralValidator.Valid) checked).referral();
    Court court = courtFor(valid.courtCode(), scope);
    Map<String, Long> taken = referrals.existingCaseNumbers(court.getId(), List.of(valid.facts().courtCaseNumber()));
    if (!taken.isEmpty()) {
      Long existing = taken.values().iterator().next();
      throw new ConflictException(Phrase.of("referral.duplicate", court.getCode(), valid.facts().courtCaseNumber(), existing), existing);
    }
    Referral referral = registrar.register(court, valid, em.getReference(StaffUser.class, scope.userId()),
        registrar.policyOf(scope.programId()));
    em.flush();
    return ReferralView.of(referral, scope);
  }

  /** The court named by a referral, if the caller may refer to it (a clerk only to their own). */
  Court courtFor(String code, StaffScope scope) {
    Court court = courts.findByCode(code, scope.programId()).orElse(null);
    ReferralRegistrar.courtProblem(code, court, scope).ifPresent(problem -> {
      throw new InvalidInputException("court", problem);
    });
    return court;
  }
}
