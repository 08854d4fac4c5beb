package org.johnschool.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.johnschool.platform.AuditedEntity;
import org.johnschool.platform.Phrase;
import org.johnschool.platform.InvalidInputException;
import org.johnschool.platform.InvalidTransitionException;

/**
 * A certificate of completion: a number nobody can guess (60 random bits, e.g. 7K3M-Q9XD-2F4B), the case's
 * completion date, and whether it was revoked (with the reason). Revoked, never deleted.
 */
@Entity
@Audited
@Table(name = "certificate")
public class Certificate extends AuditedEntity {

  /** Crockford's base-32 letters: no I, L, O or U to misread. */
  private static final String LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
  @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Column(nullable = false, updatable = false, length = 20)
  private String number;

  @Column(name = "completed_on", nullable = false, updatable = false)
  private LocalDate completedOn;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoke_reason", length = 1000)
  private String revokeReason;

  protected Certificate() {}

  public Certificate(long programId, long referralId, LocalDate completedOn, Instant issuedAt) {
    this.programId = programId;
    this.referralId = referralId;
    this.completedOn = Objects.requireNonNull(completedOn);
    this.number = newNumber();
    this.issuedAt = Objects.requireNonNull(issuedAt);
  }

  static String newNumber() {
    StringBuilder b = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('-');
      }
      b.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    return b.toString();
  }

  /** A number as someone typed it, in the stored form (upper case, dashes), or null when it cannot be one. */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    String plain = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
    if (!plain.matches("[0-9A-Z]{12}")) {
      return null;
    }
    return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
  }

  public void revoke(String reason, String by, Instant at) {
    if (revokedAt != null) {
      throw new InvalidTransitionException("Certificate " + number + " is already revoked.");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new InvalidInputException("reason", Phrase.of("certificate.revoke.reason"));
    }
    revokedAt = Objects.requireNonNull(at);
    revokedBy = Objects.requireNonNull(by);
    revokeReason = reason.trim();
  }

  public boolean isValid() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public long getReferralId() {
    return referralId;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
