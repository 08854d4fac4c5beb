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

  private record Seen(long referralId, StaffScope scope) {}

  private final Set<Seen> visible = new HashSet<>();

  boolean known(long referralId, StaffScope scope) {
    return visible.contains(new Seen(referralId, scope));
  }

  void found(long referralId, StaffScope scope) {
    visible.add(new Seen(referralId, scope));
  }
}
