package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.platform.NotFoundException;
import org.johnschool.referral.domain.Referral;
import org.johnschool.referral.domain.ReferralFilter;
import org.johnschool.referral.domain.ReferralSort;
import org.johnschool.referral.domain.ReferralStatus;
import org.johnschool.referral.domain.Referrals;

/** Reading referrals within the caller's scope; what is out of scope does not exist for them. */
@Stateless
@RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class ReferralQueries {

  @Inject Referrals referrals;

  public ReferralView get(long id, StaffScope scope) {
    return get(id, scope, java.util.Locale.ENGLISH);
  }

  /** With the eligibility reasons in the reader's language. */
  public ReferralView get(long id, StaffScope scope, java.util.Locale locale) {
    Referral r = referrals.find(id, scope).orElseThrow(() -> new NotFoundException("No referral " + id + " is visible to you."));
    return ReferralView.of(r, scope, locale);
  }

  public ReferralPage page(StaffScope scope, ReferralFilter filter, ReferralSort sort, boolean ascending, int first, int size) {
    return new ReferralPage(items(scope, filter, sort, ascending, first, size), count(scope, filter));
  }

  /** One page of a list, without counting the whole list (a paged table counts once, then loads). */
  public List<ReferralView> items(StaffScope scope, ReferralFilter filter, ReferralSort sort, boolean ascending, int first, int size) {
    return referrals.page(scope, filter, sort, ascending, first, size).stream().map(r -> ReferralView.of(r, scope)).toList();
  }

  public long count(StaffScope scope, ReferralFilter filter) {
    return referrals.count(scope, filter);
  }

  /**
   * Referrals with a referral date on or after the given day (dashboards: "new this week"). Evaluators read the
   * program's counts, never a case: their person-level data is the de-identified export (issue 22, item 14).
   */
  @RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.EVALUATOR_NAME})
  public long countReferredSince(StaffScope scope, java.time.LocalDate since) {
    return referrals.countReferredSince(scope, since);
  }

  @RolesAllowed({Role.CLERK_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME, Role.FACILITATOR_NAME, Role.EVALUATOR_NAME})
  public Map<ReferralStatus, Long> countByStatus(StaffScope scope) {
    return referrals.countByStatus(scope);
  }

  /** One page of a list and the size of the whole list. */
  public record ReferralPage(List<ReferralView> items, long total) {}
}
