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
import java.time.Instant;
import java.util.Locale;

/**
 * A single-use code that stands in for the authenticator when the phone is lost. Shown once when
 * made; only its SHA-256 is kept.
 */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

  public static final int PER_ACCOUNT = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private StaffUser user;

  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(StaffUser user, String code) {
    this.user = user;
    this.codeHash = Sha256.hex(normalize(code));
    this.madeAt = Instant.now();
  }

  /** Ten characters in two groups ({@code xxxxx-xxxxx}), about 49 bits, without look-alike characters. */
  public static String newCode() {
    StringBuilder code = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** How a typed code is compared: case, spaces and hyphens do not matter. */
  public static String normalize(String typed) {
    return typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  public static String hashOf(String typed) {
    return Sha256.hex(normalize(typed));
  }

  public void use(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("recovery code already used");
    }
    usedAt = now;
  }

  public boolean isUsed() {
    return usedAt != null;
  }
}
