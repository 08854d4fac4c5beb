package org.johnschool.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.johnschool.identity.domain.ApiToken;
import org.johnschool.identity.domain.SecurityEvent.Outcome;
import org.johnschool.identity.domain.SecurityEvent.Type;
import org.johnschool.identity.domain.Sha256;
import org.johnschool.identity.domain.StaffUser;
import org.johnschool.identity.domain.StaffUsers;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.Phrase;

/**
 * REST sign-in for accounts with two-step sign-in: HTTP Basic plus a one-time code buys a bearer
 * token that lasts as long as a page session may ({@link SignedInStaff#ABSOLUTE_LIMIT}).
 */
@Stateless
@PermitAll
public class ApiTokens {

  @Inject StaffUsers users;
  @Inject TwoStepSignIn twoStep;
  @Inject SecondFactorPolicy policy;
  @Inject SignInService signIn;
  @PersistenceContext EntityManager em;

  /** A token and when it stops working. */
  public record Issued(String token, Instant expiresAt) {}

  /**
   * Issues a token to a caller whose password was just checked. Accounts with a second factor must
   * send a current code; accounts that must set one up are told to do so on the sign-in page first.
   * Empty when the code is wrong (recorded and counted, like a wrong password).
   */
  public Optional<Issued> issue(String username, String code, String sourceAddress) {
    StaffUser user = users.getByUsername(username);
    switch (policy.after(user)) {
      case ENROL -> throw new InvalidInputException("code",
          "This account must set up two-step sign-in first: sign in on the web page once, then ask for a token.");
      case CODE -> {
        if (code == null || code.isBlank()) {
          throw new InvalidInputException("code", Phrase.of("token.code"));
        }
        if (!twoStep.verify(username, code, sourceAddress)) {
          return Optional.empty();
        }
      }
      case DONE -> { }
    }
    String token = ApiToken.newToken();
    ApiToken stored = new ApiToken(user, token, Instant.now(), SignedInStaff.ABSOLUTE_LIMIT);
    em.persist(stored);
    signIn.record(Type.API_TOKEN_ISSUED, username, Outcome.SUCCESS, sourceAddress, "expires " + stored.getExpiresAt());
    return Optional.of(new Issued(token, stored.getExpiresAt()));
  }

  /** Who a presented token signs in, if it is known, unexpired and not revoked, and the account may still sign in. */
  public Optional<SignedInStaff> authenticate(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    return find(token).filter(t -> t.validAt(Instant.now())).map(ApiToken::getUser).filter(StaffUser::canSignIn)
        .map(u -> new SignedInStaff(u.getUsername(), u.getRole(), System.currentTimeMillis()));
  }

  /** Ends a token before its time (the API's sign-out). */
  public boolean revoke(String token, String sourceAddress) {
    Optional<ApiToken> found = find(token);
    found.ifPresent(t -> {
      t.revoke(Instant.now());
      signIn.record(Type.API_TOKEN_REVOKED, t.getUser().getUsername(), Outcome.SUCCESS, sourceAddress, null);
    });
    return found.isPresent();
  }

  /** Ends every token of an account (second factor reset, account disabled). */
  public int revokeAll(StaffUser user) {
    return em.createQuery("update ApiToken t set t.revokedAt = :now where t.user = :u and t.revokedAt is null")
        .setParameter("now", Instant.now()).setParameter("u", user).executeUpdate();
  }

  private Optional<ApiToken> find(String token) {
    return em.createQuery("select t from ApiToken t join fetch t.user where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", Sha256.hex(token)).getResultStream().findFirst();
  }
}
