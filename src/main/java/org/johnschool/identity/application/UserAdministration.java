package org.johnschool.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.johnschool.court.domain.Court;
import org.johnschool.identity.domain.PasswordHasher;
import org.johnschool.identity.domain.PasswordPolicy;
import org.johnschool.identity.domain.Role;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.platform.ConflictException;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.NotFoundException;
import org.johnschool.program.domain.Program;

/** An admin keeps the program's staff accounts: create, change role and court, disable, release a lock. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {

  @Inject StaffUsers users;
  @Inject SignInService signIn;
  @Inject CredentialCache credentials;
  @Inject SecondFactorPolicy policy;
  @Inject ApiTokens tokens;
  @PersistenceContext EntityManager em;

  /**
   * What the admin pages and REST show of an account (never the password hash or the authenticator
   * secret): {@code twoStep} whether it is set up, {@code twoStepRequired} whether the account must use it.
   */
  public record UserView(long id, String username, String displayName, String role, String court, boolean enabled, boolean locked,
      boolean twoStep, boolean twoStepRequired) implements java.io.Serializable {}

  private UserView view(StaffUser u) {
    return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole().name(),
        u.getCourt() == null ? null : u.getCourt().getCode(), u.isEnabled(), u.isLocked(), u.hasSecondFactor(), policy.required(u));
  }

  public List<UserView> list(StaffScope scope) {
    return users.listOfProgram(scope.programId()).stream().map(this::view).toList();
  }

  public UserView create(StaffScope scope, String username, String displayName, String role, String courtCode, String password,
      boolean requireTwoStep) {
    String name = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    if (users.findByUsername(name).isPresent()) {
      throw new ConflictException(Phrase.of("user.username.taken", name), users.getByUsername(name).getId());
    }
    PasswordPolicy.problemWith(password, name).ifPresent(p -> {
      throw new InvalidInputException("password", p);
    });
    StaffUser user = new StaffUser(em.getReference(Program.class, scope.programId()), name, displayName, role(role),
        court(scope, courtCode), PasswordHasher.hash(password));
    user.requireSecondFactor(requireTwoStep);
    users.add(user);
    em.flush();
    return view(user);
  }

  public UserView update(StaffScope scope, long id, String displayName, String role, String courtCode, boolean enabled,
      boolean requireTwoStep) {
    StaffUser user = own(scope, id);
    user.describe(displayName);
    user.assign(role(role), court(scope, courtCode));
    user.requireSecondFactor(requireTwoStep);
    if (enabled) {
      user.enable();
    } else {
      if (user.getUsername().equals(scope.username())) {
        throw new InvalidInputException("enabled", Phrase.of("user.disableSelf"));
      }
      user.disable();
      credentials.forget(user.getUsername());
      tokens.revokeAll(user);
    }
    return view(user);
  }

  public UserView release(StaffScope scope, String username, String sourceAddress) {
    StaffUser user = users.findByUsername(username).filter(u -> u.getProgram().getId() == scope.programId())
        .orElseThrow(() -> new NotFoundException(Phrase.of("user.unknown")));
    user.release();
    signIn.record(Type.ACCOUNT_RELEASED, user.getUsername(), Outcome.SUCCESS, sourceAddress, "released by " + scope.username());
    return view(user);
  }

  /**
   * Clears an account's second factor (lost phone, after checking who is asking by another channel):
   * recovery codes and API tokens go too; the person sets it up again at the next sign-in.
   */
  public UserView resetSecondFactor(StaffScope scope, String username, String sourceAddress) {
    StaffUser user = users.findByUsername(username).filter(u -> u.getProgram().getId() == scope.programId())
        .orElseThrow(() -> new NotFoundException(Phrase.of("user.unknown")));
    user.resetSecondFactor();
    em.createQuery("delete from RecoveryCode r where r.user = :u").setParameter("u", user).executeUpdate();
    int revoked = tokens.revokeAll(user);
    signIn.record(Type.SECOND_FACTOR_RESET, user.getUsername(), Outcome.SUCCESS, sourceAddress,
        "reset by " + scope.username() + "; " + revoked + " API tokens revoked");
    return view(user);
  }

  private StaffUser own(StaffScope scope, long id) {
    return users.findById(id).filter(u -> u.getProgram().getId() == scope.programId())
        .orElseThrow(() -> new NotFoundException(Phrase.of("user.unknown")));
  }

  private static Role role(String role) {
    try {
      return Role.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("role", Phrase.of("user.role.unknown"));
    }
  }

  private Court court(StaffScope scope, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return em.createQuery("select c from Court c join fetch c.program where c.code = :code and c.program.id = :p", Court.class)
        .setParameter("code", code.trim().toUpperCase(Locale.ROOT)).setParameter("p", scope.programId())
        .getResultStream().findFirst()
        .orElseThrow(() -> new InvalidInputException("court", Phrase.of("user.court.unknown", code)));
  }
}
