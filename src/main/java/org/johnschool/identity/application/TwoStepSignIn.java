package org.johnschool.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.johnschool.identity.application.SecondFactorPolicy.Step;
import org.johnschool.identity.domain.OneTimeCode;
import org.johnschool.identity.domain.RecoveryCode;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;

/**
 * The second step of signing in: a code from an authenticator app (RFC 6238) or a single-use recovery
 * code; setting the app up; new recovery codes. Every outcome is a security event, and wrong codes
 * count towards the lockout like wrong passwords (CJIS AC-7).
 */
@Stateless
@PermitAll
public class TwoStepSignIn {

  public static final String ISSUER = "John School Manager";

  @Inject StaffUsers users;
  @Inject SignInService signIn;
  @Inject SecondFactorPolicy policy;
  @Inject CredentialCache credentials;
  @PersistenceContext EntityManager em;

  /** A new authenticator secret and the {@code otpauth://} address apps read from a QR code. */
  public record Setup(String secret, String otpauthUri) implements java.io.Serializable {}

  public Step stepAfterPassword(String username) {
    return users.findByUsername(username).map(policy::after).orElse(Step.DONE);
  }

  public Setup newSetup(String username) {
    String secret = OneTimeCode.newSecret();
    String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
    String issuer = URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20");
    return new Setup(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuer + "&algorithm=SHA1&digits="
        + OneTimeCode.DIGITS + "&period=" + OneTimeCode.STEP_SECONDS);
  }

  /**
   * Confirms the app with a code it shows; returns the recovery codes, shown this once. A wrong code
   * stores nothing but the failure's record (empty answer; not an exception, which would roll that back).
   */
  public Optional<List<String>> enrol(String username, String secret, String code, String sourceAddress) {
    StaffUser user = users.getByUsername(username);
    if (user.hasSecondFactor()) {
      throw new InvalidInputException("code", Phrase.of("twoStep.alreadySetUp"));
    }
    if (!user.enrolSecondFactor(secret, code, Instant.now())) {
      signIn.record(Type.SECOND_FACTOR_ENROLLED, username, Outcome.FAILURE, sourceAddress, "code did not match the new secret");
      return Optional.empty();
    }
    signIn.record(Type.SECOND_FACTOR_ENROLLED, username, Outcome.SUCCESS, sourceAddress, null);
    return Optional.of(replaceRecoveryCodes(user, sourceAddress));
  }

  /**
   * Checks the second step at sign-in: a 6-digit code, or a recovery code (used up). False when wrong;
   * the failure is recorded and counted.
   */
  public boolean verify(String username, String code, String sourceAddress) {
    Optional<StaffUser> found = users.findByUsername(username);
    // One check of the account's codes at a time: a code is accepted once, and every failure counts.
    StaffUser user = found.map(users::lockForSignIn).orElse(null);
    if (user == null || !user.canSignIn()) {
      signIn.record(Type.SECOND_FACTOR, username, Outcome.FAILURE, sourceAddress, "account locked or disabled");
      return false;
    }
    Instant now = Instant.now();
    if (user.acceptOneTimeCode(code, now)) {
      signIn.signInComplete(user);
      signIn.record(Type.SECOND_FACTOR, username, Outcome.SUCCESS, sourceAddress, "authenticator code");
      return true;
    }
    Optional<RecoveryCode> recovery = unusedRecoveryCode(user, code);
    if (recovery.isPresent()) {
      recovery.get().use(now);
      signIn.signInComplete(user);
      signIn.record(Type.SECOND_FACTOR, username, Outcome.SUCCESS, sourceAddress,
          "recovery code; " + recoveryCodesLeft(username) + " left");
      return true;
    }
    credentials.forget(username);
    signIn.record(Type.SECOND_FACTOR, username, Outcome.FAILURE, sourceAddress, "wrong or reused code");
    signIn.countFailure(user, sourceAddress);
    return false;
  }

  /** New recovery codes (the old ones stop working), after a current code from the app; empty when the code is wrong. */
  public Optional<List<String>> renewRecoveryCodes(String username, String code, String sourceAddress) {
    StaffUser user = users.getByUsername(username);
    if (!user.acceptOneTimeCode(code, Instant.now())) {
      signIn.record(Type.RECOVERY_CODES_MADE, username, Outcome.FAILURE, sourceAddress, "wrong code from the app");
      return Optional.empty();
    }
    return Optional.of(replaceRecoveryCodes(user, sourceAddress));
  }

  public long recoveryCodesLeft(String username) {
    return em.createQuery("select count(r) from RecoveryCode r where r.user.username = :u and r.usedAt is null", Long.class)
        .setParameter("u", username).getSingleResult();
  }

  public boolean hasSecondFactor(String username) {
    return users.findByUsername(username).map(StaffUser::hasSecondFactor).orElse(false);
  }

  public boolean required(String username) {
    return users.findByUsername(username).map(policy::required).orElse(true);
  }

  private List<String> replaceRecoveryCodes(StaffUser user, String sourceAddress) {
    em.createQuery("delete from RecoveryCode r where r.user = :u").setParameter("u", user).executeUpdate();
    List<String> codes = new ArrayList<>();
    while (codes.size() < RecoveryCode.PER_ACCOUNT) {
      String code = RecoveryCode.newCode();
      if (!codes.contains(code)) {
        codes.add(code);
        em.persist(new RecoveryCode(user, code));
      }
    }
    signIn.record(Type.RECOVERY_CODES_MADE, user.getUsername(), Outcome.SUCCESS, sourceAddress, codes.size() + " codes");
    return codes;
  }

  private Optional<RecoveryCode> unusedRecoveryCode(StaffUser user, String typed) {
    if (typed == null || RecoveryCode.normalize(typed).length() != 10) {
      return Optional.empty();
    }
    return em.createQuery("select r from RecoveryCode r where r.user = :u and r.codeHash = :h and r.usedAt is null", RecoveryCode.class)
        .setParameter("u", user).setParameter("h", RecoveryCode.hashOf(typed)).getResultStream().findFirst();
  }
}
