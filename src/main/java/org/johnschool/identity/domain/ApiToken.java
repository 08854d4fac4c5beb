package org.johnschool.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A bearer token for the REST API, issued after both sign-in steps. The caller holds the token; the
 * system keeps only its SHA-256, so a copy of the database signs nobody in.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private StaffUser user;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(StaffUser user, String token, Instant now, Duration lifetime) {
    this.user = user;
    this.tokenHash = Sha256.hex(token);
    this.issuedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** 256 random bits, URL-safe. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "jsm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public boolean validAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public StaffUser getUser() {
    return user;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
