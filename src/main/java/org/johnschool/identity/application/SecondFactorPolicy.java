package org.johnschool.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.johnschool.identity.domain.StaffUser;

/**
 * Who must use two-step sign-in: every account in production mode (CJIS IA-2 for systems holding
 * criminal-justice information); in demo mode, the accounts an admin marks as required, and anyone
 * who set it up.
 */
@ApplicationScoped
public class SecondFactorPolicy {

  /** What a correct password leads to. */
  public enum Step {
    /** Signed in: no second factor asked. */
    DONE,
    /** Asked for a code from the authenticator app (or a recovery code). */
    CODE,
    /** Must set up an authenticator app before going on. */
    ENROL
  }

  public boolean production() {
    return !"demo".equalsIgnoreCase(System.getProperty("jsm.mode", "production"));
  }

  public boolean required(StaffUser user) {
    return production() || user.isSecondFactorRequired() || user.hasSecondFactor();
  }

  public Step after(StaffUser user) {
    if (user.hasSecondFactor()) {
      return Step.CODE;
    }
    return required(user) ? Step.ENROL : Step.DONE;
  }
}
