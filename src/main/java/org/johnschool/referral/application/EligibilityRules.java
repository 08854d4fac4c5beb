package org.johnschool.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.johnschool.identity.application.StaffScope;
import org.johnschool.identity.domain.Role;
import org.johnschool.referral.domain.EligibilityPolicy;

/** An admin reads and changes the program's eligibility rules (audited like all domain data). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class EligibilityRules {

  @Inject ReferralRegistrar registrar;

  /** The rules as the admin page edits them. */
  public record RulesForm(int minimumAge, String buyerStatutes, String traffickingStatutes, boolean requireFirstOffense,
      boolean requireNoPriorDiversion, boolean excludeRegisteredOffenders, boolean excludePendingSimilar) {}

  public RulesForm current(StaffScope scope) {
    EligibilityPolicy p = registrar.policyOf(scope.programId());
    return new RulesForm(p.getMinimumAge(), String.join(", ", p.getBuyerStatutes()), String.join(", ", p.getTraffickingStatutes()),
        p.isRequireFirstOffense(), p.isRequireNoPriorDiversion(), p.isExcludeRegisteredOffenders(), p.isExcludePendingSimilar());
  }

  /** The program's buyer-offense statutes, as the referral form suggests them to whoever refers. */
  @RolesAllowed({Role.CLERK_NAME, Role.ADMIN_NAME})
  public List<String> buyerStatutes(StaffScope scope) {
    return registrar.policyOf(scope.programId()).getBuyerStatutes();
  }

  public void change(StaffScope scope, RulesForm form) {
    registrar.policyOf(scope.programId()).change(form.minimumAge(), split(form.buyerStatutes()), split(form.traffickingStatutes()),
        form.requireFirstOffense(), form.requireNoPriorDiversion(), form.excludeRegisteredOffenders(), form.excludePendingSimilar());
  }

  private static List<String> split(String list) {
    return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
