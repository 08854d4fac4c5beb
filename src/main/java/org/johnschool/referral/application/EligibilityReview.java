package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.referral.domain.EligibilityResult;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.Referrals;

/** A coordinator reviews a screening result and may override it with a written justification. */
@Stateless
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class EligibilityReview {

  @Inject Referrals referrals;
  @Inject java.time.Clock clock;

  public ReferralView override(long referralId, EligibilityResult decision, String justification, StaffScope scope) {
    return override(referralId, decision, justification, scope, java.util.Locale.ENGLISH);
  }

  public ReferralView override(long referralId, EligibilityResult decision, String justification, StaffScope scope,
      java.util.Locale locale) {
    Referral referral = referrals.find(referralId, scope)
        .orElseThrow(() -> new NotFoundException("No referral " + referralId + " is visible to you."));
    referral.overrideEligibility(decision, justification, scope.username(), clock.instant());
    return ReferralView.of(referral, scope, locale);
  }
}
