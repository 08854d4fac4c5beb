package org.johnschool.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.identity.domain.PasswordPolicy;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;

/** What signed-in staff do to their own account: change the password. */
@Stateless
@PermitAll
public class AccountSecurity {

  @Inject StaffUsers users;
  @Inject SignInService signIn;
  @Inject CredentialCache credentials;

  /** Needs the current password; the new one follows the password rules. A wrong current password counts as a failed sign-in. */
  public boolean changePassword(String username, String current, String replacement, String sourceAddress) {
    StaffUser user = users.getByUsername(username);
    if (!PasswordHasher.matches(current == null ? "" : current, user.getPasswordHash())) {
      signIn.record(Type.PASSWORD_CHANGED, username, Outcome.FAILURE, sourceAddress, "wrong current password");
      signIn.countFailure(user, sourceAddress);
      credentials.forget(username);
      return false;
    }
    PasswordPolicy.problemWith(replacement, username).ifPresent(p -> {
      throw new InvalidInputException("newPassword", p);
    });
    if (PasswordHasher.matches(replacement, user.getPasswordHash())) {
      throw new InvalidInputException("newPassword", Phrase.of("password.sameAsCurrent"));
    }
    user.setPasswordHash(PasswordHasher.hash(replacement));
    credentials.forget(username);
    signIn.record(Type.PASSWORD_CHANGED, username, Outcome.SUCCESS, sourceAddress, null);
    return true;
  }
}
