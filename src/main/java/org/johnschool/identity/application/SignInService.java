package org.johnschool.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.identity.domain.SecurityEvent;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;

/**
 * Checks a user name and password, applies the lockout rule and records the outcome. Callers learn
 * only success or failure, never which part was wrong.
 */
@Stateless
@PermitAll
public class SignInService {

  /** Spent on unknown users too, so timing does not tell whether a user name exists. */
  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password-for-timing");

  @Inject StaffUsers users;
  @Inject CredentialCache cache;
  @Inject SecondFactorPolicy policy;
  @Inject SecurityLog securityLog;
  @Inject CurrentStaff currentStaff;
  @PersistenceContext EntityManager em;

  /** A right password: who it is, and what must still happen before they are signed in. */
  public record PasswordAccepted(SignedInStaff staff, SecondFactorPolicy.Step next, boolean remembered) {}

  /**
   * Checks the password (failures recorded and counted); a success is not recorded here but by the
   * caller once the whole sign-in is done (see {@link #signedIn}).
   */
  public Optional<PasswordAccepted> checkPassword(String username, String password, String sourceAddress) {
    Optional<StaffUser> found = users.findByUsername(username);
    if (found.isEmpty()) {
      PasswordHasher.matches(password == null ? "" : password, DUMMY_HASH);
      record(Type.LOGIN, username, Outcome.FAILURE, sourceAddress, "unknown user");
      return Optional.empty();
    }
    StaffUser user = found.get();
    if (cache.isKnownGood(user.getUsername(), password, user.getPasswordHash()) && user.canSignIn()) {
      return Optional.of(accepted(user, true));
    }
    boolean passwordOk = PasswordHasher.matches(password == null ? "" : password, user.getPasswordHash());
    if (!user.canSignIn()) {
      record(Type.LOGIN, user.getUsername(), Outcome.FAILURE, sourceAddress, user.isLocked() ? "account locked" : "account disabled");
      return Optional.empty();
    }
    if (!passwordOk) {
      cache.forget(user.getUsername());
      record(Type.LOGIN, user.getUsername(), Outcome.FAILURE, sourceAddress, "wrong password");
      countFailure(user, sourceAddress);
      return Optional.empty();
    }
    PasswordAccepted accepted = accepted(user, false);
    if (accepted.next() == SecondFactorPolicy.Step.DONE) {
      signInComplete(user); // with a second step due, the count stands until the code is right too
    }
    cache.remember(user.getUsername(), password, user.getPasswordHash());
    return Optional.of(accepted);
  }

  /**
   * Counts a failure of either factor (or of the current password when changing it) under the account's row lock, so
   * parallel failures all count; the fifth within 15 minutes locks the account.
   */
  public void countFailure(StaffUser user, String sourceAddress) {
    if (users.lockForSignIn(user).recordFailedLogin(Instant.now())) {
      record(Type.ACCOUNT_LOCKED, user.getUsername(), Outcome.SUCCESS, sourceAddress,
          StaffUser.MAX_FAILED_LOGINS + " failed sign-ins within 15 minutes");
    }
  }

  /**
   * A complete sign-in (password, and the second step where one is due) clears the failure count. It writes only when
   * there is a count to clear, so the requests of a signed-in account do not all change its row.
   */
  public void signInComplete(StaffUser user) {
    if (user.getFailedLogins() > 0) {
      users.lockForSignIn(user).recordSuccessfulLogin();
    }
  }

  private PasswordAccepted accepted(StaffUser user, boolean remembered) {
    PasswordAccepted accepted = new PasswordAccepted(new SignedInStaff(user.getUsername(), user.getRole(), System.currentTimeMillis()),
        policy.after(user), remembered);
    if (accepted.next() == SecondFactorPolicy.Step.DONE) {
      currentStaff.signedInWith(user); // signed in with this request: it need not read the account again
    }
    return accepted;
  }

  /** Records a completed sign-in (password, and the second step where one is due). */
  public void signedIn(String username, String sourceAddress, String how) {
    record(Type.LOGIN, username, Outcome.SUCCESS, sourceAddress, how);
  }

  /** The signed-in identity of an account (after its second step). */
  public SignedInStaff staff(String username) {
    StaffUser user = users.getByUsername(username);
    return new SignedInStaff(user.getUsername(), user.getRole(), System.currentTimeMillis());
  }

  /** Whether a signed-in user may still use the system (not disabled or locked since). */
  public boolean stillActive(String username) {
    return users.findByUsername(username).map(StaffUser::canSignIn).orElse(false);
  }

  public void record(Type type, String username, Outcome outcome, String sourceAddress, String detail) {
    securityLog.record(type, username, outcome, sourceAddress, detail, null);
  }
}
