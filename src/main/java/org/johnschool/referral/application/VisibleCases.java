package org.johnschool.referral.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;
import org.johnschool.identity.application.StaffScope;

/**
 * The cases this request has found visible to its caller. The case page's parts (enrollment, completion, tests, fees,
 * sealing) each check the case before they read it, seven checks of one case per page; the first asks the database.
 * Only a case found visible is remembered, and only for this request.
 */
@RequestScoped
public class VisibleCases {

  private final Set<String> visible = new HashSet<>();

  boolean known(long referralId, StaffScope scope) {
    return visible.contains(key(referralId, scope));
  }

  void found(long referralId, StaffScope scope) {
    visible.add(key(referralId, scope));
  }

  private static String key(long referralId, StaffScope scope) {
    return scope.userId() + "/" + scope.role() + "/" + scope.programId() + "/" + scope.courtId() + "/" + referralId;
  }
}
